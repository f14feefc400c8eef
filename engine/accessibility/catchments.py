"""Catchments: the parts of the network reachable from each facility within each time band, and their tables.

Bounded multi-source Dijkstra searches (:mod:`.search`) run from the
facilities' snapped positions, limited to the largest band; each band's
reached edges follow from the node times, partly reached ones cut at the
exact point where the band runs out (:mod:`.reach`). Catchments from many
facilities share their searches with the session's helper process
(:func:`.parallel.helper`) once it is running.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import cast

import numpy as np

try:
    import pandas as pd
except ImportError:  # the plugin still loads; algorithms refuse to run (see engine.dependencies)
    pd = None

from ..errors import InvalidInputError
from ..i18n import format_count, format_examples, tr
from ..lists import decimal_comma_hint, maybe_decimal_comma, number, split_items
from ..network.model import Network
from ..network.modes import TravelMode
from ..network.snapping import Snap
from ..network.strokes import network_strokes
from ..progress import NullProgress, Progress, check_cancelled
from .reach import Reach, _group, _parts, _reach, _reached_rows, stroke_ends
from .search import SEARCH_BLOCK, SearchGraph, _HelperSearches, _to_helper, node_times, search_graph

#: Catchments from at least this many facilities share their searches with the session's helper process
#: (:func:`.parallel.helper`, when it is running): it searches from the last ``HELPER_SHARE`` of the facilities
#: while this process searches from the first ones and sorts out their reached edges, then sorts out the
#: helper's. Sorting out costs about half as much as searching, hence a little over half for the helper.
HELPER_STARTS = 16
HELPER_SHARE = 0.55


def parse_bands(text: str | Sequence[float]) -> list[float]:
    """Time bands in minutes from ``"5,10,15"`` (or a list), checked and sorted.

    Bands are separated by commas or semicolons (:func:`..lists.split_items`);
    with semicolons a comma is a decimal comma (``5;7,5;10``). Bands must be
    positive numbers; duplicates and bands out of order are refused with a
    message saying what to write instead, and what to write for a decimal
    comma where a comma may have been meant as one (``7,5``).

    Parameters
    ----------
    text
        Minutes separated by commas or semicolons, or a sequence of numbers.

    Returns
    -------
    list of float

    Raises
    ------
    InvalidInputError
        When a band is not a number, not positive, repeated or out of order.
    """
    items = split_items(text) if isinstance(text, str) else None
    if items is not None and isinstance(text, str):
        if not items or any(not t.strip() for t in text.split(";" if ";" in text else ",")):
            raise InvalidInputError(tr("Write the time bands as minutes separated by commas, e.g. 5,10,15."))
        try:
            values = [number(t) for t in items]
        except ValueError as error:
            raise InvalidInputError(
                tr("The time bands '{text}' are not numbers; write them as minutes separated by commas, e.g. 5,10,15.").format(
                    text=text
                )
            ) from error
    else:
        values = [float(v) for v in text]
    if not values:
        raise InvalidInputError(tr("Give at least one time band in minutes, e.g. 5,10,15."))
    bad = [v for v in values if not math.isfinite(v) or v <= 0]
    if bad:
        raise InvalidInputError(
            tr("Time bands must be more than zero minutes; {bands} cannot be used.").format(
                bands=", ".join(f"{v:g}" for v in bad)
            )
        )
    if len(set(values)) != len(values):
        raise InvalidInputError(
            tr("The time bands {bands} repeat a value; give each band once.").format(bands=", ".join(f"{v:g}" for v in values))
            + _comma_hint(text, items, values)
        )
    if values != sorted(values):
        raise InvalidInputError(
            tr("The time bands {bands} are not in increasing order; write them as {ordered}.").format(
                bands=", ".join(f"{v:g}" for v in values), ordered=",".join(f"{v:g}" for v in sorted(values))
            )
            + _comma_hint(text, items, values)
        )
    return values


def _comma_hint(text, items: list[str] | None, values: list[float]) -> str:
    """For bands split at commas: what to write if the first band not above the one before was a decimal comma."""
    if items is None or ";" in text:
        return ""
    for i in range(1, len(values)):
        if values[i] <= values[i - 1] and _is_digits(items[i]):
            return " " + decimal_comma_hint(f"{items[i - 1]},{items[i]}")
    return ""


def _is_digits(item: str) -> bool:
    return item.strip().isdigit()


def bands_note(text: str) -> str | None:
    """A note for the log when bands such as ``2,5`` may have been meant as one number (2.5 minutes), else None.

    Parameters
    ----------
    text : str
        The time bands as the user typed them (minutes); anything else than
        a string gives None.
    """
    if not isinstance(text, str) or not maybe_decimal_comma(text):
        return None
    first, second = split_items(text)
    return (
        tr("The time bands {text} are read as {first} and {second} minutes.").format(
            text=text.strip(), first=first, second=second
        )
        + " "
        + decimal_comma_hint(text)
    )


@dataclass
class Catchments:
    """Reached network parts per facility (or dissolved) and band.

    ``parts`` has one row per reached piece of edge: ``facility`` (position
    in the input, -1 when dissolved), ``band`` (minutes), ``edge``,
    ``start_m``/``end_m`` (metres from the edge's start), ``minutes_from``
    and ``minutes_to`` (earliest and latest arrival on the piece; the
    latter equals the band where the edge is cut). Bands are cumulative: the
    10-minute parts include the 5-minute ones. ``snap`` says which
    facilities were snapped and where. ``reach`` is the same compactly
    (:class:`Reach`); ``parts`` is made from it when first asked for.
    """

    reach: Reach
    bands: list[float]
    snap: Snap
    dissolved: bool
    profile: str
    network: Network = field(repr=False)

    @cached_property
    def parts(self) -> pd.DataFrame:
        return _parts(self.network, self.network.profile(self.profile), self.reach)


def compute_catchments(
    network: Network,
    profile: str,
    facilities_xy: np.ndarray,
    bands: Sequence[float],
    *,
    tolerance: float | None = None,
    dissolve: bool = False,
    progress: Progress | None = None,
) -> Catchments:
    """The parts of the network reachable from each facility (or any, when ``dissolve``) within each band.

    Bounded multi-source Dijkstra (scipy) from the facilities' snapped
    positions, limited to the largest band; each band's reached edges
    follow from the node times, partly reached ones cut at the exact point
    where the band runs out. From ``HELPER_STARTS`` facilities on, the
    session's helper process searches from some of them meanwhile.

    Parameters
    ----------
    network
        The network.
    profile
        The travel mode: ``"walk"``, ``"cycle"`` or ``"drive"``.
    facilities_xy
        ``(n, 2)`` positions of the facilities, in the network's CRS.
    bands
        Time bands in minutes (see :func:`parse_bands`).
    tolerance
        Facilities farther than this (metres) from a usable edge have no catchment.
    dissolve
        One catchment per band, reached from whichever facility is nearest.
    progress
        Progress and cancellation.

    Returns
    -------
    Catchments
    """
    progress = progress or NullProgress()
    bands = parse_bands(list(bands))
    prof = network.profile(profile)
    facilities_xy = np.asarray(facilities_xy, dtype=float).reshape(-1, 2)
    snap = network.snap(profile, facilities_xy, tolerance=tolerance)
    starts = np.flatnonzero(snap.ok)
    limits = np.asarray(bands, dtype=float) * 60.0
    groups = _Groups(stroke_ends(network, profile), limits, dissolve, progress, total=1 if dissolve else len(starts))
    if len(starts):
        _search(network, prof, snap, starts, groups)
    facility, band_index = np.asarray(groups.facility, dtype=np.int64), np.asarray(groups.band_index, dtype=np.int64)
    reach = _reach(network, prof, snap, starts, limits, facility, band_index, groups.found)
    return Catchments(reach, bands, snap, dissolve, profile, network)


@dataclass
class _Groups:
    """The (facility, band) groups of the searches done so far: ``found[i]`` (see :func:`.reach._group`) is the
    group of facility ``facility[i]`` (-1 when dissolved) and band ``band_index[i]``."""

    ends: dict
    limits: np.ndarray
    dissolve: bool
    progress: Progress
    total: int
    start_positions: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))  # set by _search
    facility: list[int] = field(default_factory=list)
    band_index: list[int] = field(default_factory=list)
    found: list[tuple] = field(default_factory=list)
    done: int = 0

    def sort_out(self, times: np.ndarray, owner: int) -> None:
        """The groups of one search (``times`` filled): its reached edges in every band."""
        position, time_u, time_v = _reached_rows(self.ends, times, self.limits[-1])
        on = self.start_positions if self.dissolve else self.start_positions[owner : owner + 1]
        for b, limit in enumerate(self.limits):
            inside = slice(None) if b == len(self.limits) - 1 else np.flatnonzero((time_u <= limit) | (time_v <= limit))
            self.found.append(_group(self.ends, position[inside], time_u[inside], time_v[inside], limit, on))
            self.facility.append(owner)
            self.band_index.append(b)
        self.done += 1
        self.progress.set_progress(100.0 * self.done / self.total)


def _search(network: Network, profile: TravelMode, snap: Snap, starts: np.ndarray, groups: _Groups) -> None:
    """Every search from the snapped facilities ``starts``, each sorted out into ``groups``.

    From ``HELPER_STARTS`` facilities on, the session's helper process
    searches from the last ``HELPER_SHARE`` of them meanwhile.
    """
    graph = search_graph(network, profile, snap.edge[starts], snap.offset[starts])
    times = np.full(profile.n_nodes + 1, np.inf)  # the last node stands for "cannot go on along the edge"
    start_positions = network_strokes(network).position[np.where(snap.ok, snap.edge, 0)]
    groups.start_positions = np.unique(start_positions[starts]) if groups.dissolve else start_positions
    near, far = len(starts), None
    if not groups.dissolve and len(starts) >= HELPER_STARTS:
        near = len(starts) - int(round(HELPER_SHARE * len(starts)))
        far = _to_helper(graph, np.arange(near, len(starts)), groups.limits[-1])
        near = len(starts) if far is None else near
    try:
        _search_here(graph, starts, near, times, groups)
        if far is not None:
            _sort_out_helpers(far, starts[near:], times, groups)
    finally:
        if far is not None:
            far.close()


def _search_here(graph: SearchGraph, starts: np.ndarray, near: int, times: np.ndarray, groups: _Groups) -> None:
    """This process's searches: from ``starts[:near]``, ``SEARCH_BLOCK`` at a time (from all at once when
    dissolved, keeping the time from the nearest)."""
    dissolve, progress = groups.dissolve, groups.progress
    blocks = [starts] if dissolve else [starts[i : min(i + SEARCH_BLOCK, near)] for i in range(0, near, SEARCH_BLOCK)]
    for block in blocks:
        check_cancelled(progress)
        found = node_times(graph, np.searchsorted(starts, block), limit_s=groups.limits[-1], min_only=dissolve)
        if dissolve:
            found = found[0]  # (times from the nearest start, which start)
        for row, owner in enumerate([-1] if dissolve else cast("list[int]", block.tolist())):
            times[:-1] = found[row]
            groups.sort_out(times, owner)


def _sort_out_helpers(far: _HelperSearches, starts: np.ndarray, times: np.ndarray, groups: _Groups) -> None:
    """The helper process's searches (from ``starts``), sorted out here once it has answered."""
    bounds, nodes, seconds = far.result()
    for row, owner in enumerate(cast("list[int]", starts.tolist())):
        check_cancelled(groups.progress)
        times.fill(np.inf)
        reached = slice(bounds[row], bounds[row + 1])
        times[nodes[reached]] = seconds[reached]
        groups.sort_out(times, owner)


def part_groups(parts: pd.DataFrame) -> tuple[pd.DataFrame, list[np.ndarray]]:
    """The (facility, band) groups of catchment parts, in order, with the row numbers of each.

    Parameters
    ----------
    parts
        :attr:`Catchments.parts`.

    Returns
    -------
    keys : pandas.DataFrame
        ``facility``, ``band`` and ``reached_km`` of each group.
    rows : list of numpy.ndarray
        The rows of ``parts`` in each group.
    """
    if parts.empty:
        return pd.DataFrame(columns=["facility", "band", "reached_km"]), []
    grouped = parts.groupby(["facility", "band"], sort=True)
    keys = grouped.size().reset_index()[["facility", "band"]]
    rows = [np.asarray(v, dtype=np.int64) for v in grouped.indices.values()]
    keys["reached_km"] = [float((parts["end_m"].to_numpy()[r] - parts["start_m"].to_numpy()[r]).sum()) / 1000.0 for r in rows]
    return keys, rows


def catchment_table(
    keys: pd.DataFrame,
    ids: Sequence,
    names: Sequence | None,
    areas_m2: Sequence[float],
    counts: np.ndarray | None,
    count_names: Sequence[str],
) -> pd.DataFrame:
    """Attributes of the catchment polygons: facility id and name, band, area (km²), reached km, counts.

    Parameters
    ----------
    keys
        The groups (:func:`part_groups`).
    ids, names
        The facilities' ids and names (None: no names), by position.
    areas_m2
        The area of each group's polygon in square metres.
    counts, count_names
        Counts per group (one column each, named by ``count_names``), or None.

    Returns
    -------
    pandas.DataFrame
        ``facility_id``, ``name``, ``band``, ``area_km2``, ``reached_km`` and the count columns.
    """
    ids = list(ids)
    facility = keys["facility"].to_numpy()
    table = pd.DataFrame(
        {
            "facility_id": [ids[f] if f >= 0 else None for f in facility],
            "name": [(list(names)[f] if names is not None else None) if f >= 0 else None for f in facility],
            "band": keys["band"].to_numpy(dtype=float),
            "area_km2": np.asarray(areas_m2, dtype=float) / 1e6,
            "reached_km": keys["reached_km"].to_numpy(dtype=float),
        }
    )
    if counts is not None:
        for column, name in enumerate(count_names):
            table[name] = counts[:, column]
    return table


def reached_table(parts: pd.DataFrame, ids: Sequence) -> pd.DataFrame:
    """Attributes of the reached-roads output: facility id, band, edge id, arrival minutes, length (m).

    Parameters
    ----------
    parts
        :attr:`Catchments.parts`.
    ids
        The facilities' ids, by position.

    Returns
    -------
    pandas.DataFrame
        ``facility_id``, ``band``, ``edge_id``, ``minutes_from``, ``minutes_to``, ``length_m``.
    """
    ids = list(ids)
    frame = parts[["band", "edge", "minutes_from", "minutes_to"]].copy()
    frame.insert(0, "facility_id", [ids[f] if f >= 0 else None for f in parts["facility"]])
    frame["length_m"] = (parts["end_m"] - parts["start_m"]).to_numpy()
    return frame.rename(columns={"edge": "edge_id"}).reset_index(drop=True)


def facility_messages(result: Catchments, network: Network, ids: Sequence, names: Sequence | None) -> list[str]:
    """Warnings naming facilities that were skipped (too far from the network) or lie on a small island.

    Parameters
    ----------
    result
        The catchments.
    network
        Their network.
    ids, names
        The facilities' ids and names (None: no names), by position.

    Returns
    -------
    list of str
        Translated warnings.
    """

    def label(i):
        return f"{ids[i]} ({names[i]})" if names is not None and names[i] is not None else str(ids[i])

    messages = []
    skipped = np.flatnonzero(~result.snap.ok)
    if len(skipped):
        messages.append(
            tr(
                "{n} facilities are farther from the network than the snapping tolerance (or have no "
                "location) and have no catchment: {examples}."
            ).format(n=format_count(len(skipped)), examples=format_examples([label(i) for i in skipped]))
        )
    island = network.profile(result.profile).island
    on_island = [i for i in np.flatnonzero(result.snap.ok) if island[result.snap.edge[i]] > 0]
    if on_island:
        messages.append(
            tr(
                "{n} facilities lie on a part of the network not connected to the rest (an island); their "
                "catchments stop at its edge: {examples}."
            ).format(n=format_count(len(on_island)), examples=format_examples([label(i) for i in on_island]))
        )
    return messages
