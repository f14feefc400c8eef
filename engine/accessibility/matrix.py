"""Travel-time matrices between origins and destinations on a network, and their tables.

Times come from the bounded searches of :mod:`.search`; two points on the
same edge are also joined along it directly, so times are exact to the
metre. Unreachable pairs are NaN (never infinity or zero) and counted.
Large matrices are split into chunks of sources run in a process pool
(:mod:`.parallel`) on every core; small ones run in this process.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

try:
    import pandas as pd
except ImportError:  # the plugin still loads; algorithms refuse to run (see engine.dependencies)
    pd = None

from ..cutoff import limit, within
from ..errors import InvalidInputError
from ..i18n import format_count, format_decimal, format_examples, plural, tr
from ..network.model import Network
from ..network.modes import TravelMode
from ..network.snapping import Snap
from ..parallel import map_chunks
from ..progress import NullProgress, Progress
from .search import node_times, search_graph, times_at_points

#: Matrices with more than this many (sources × network nodes) run in a process pool.
PARALLEL_WORK = 10_000_000


@dataclass
class TravelTimes:
    """An origin × destination matrix of travel times.

    ``minutes`` and ``metres`` (metres along the fastest route) have shape
    ``(origins, destinations)``; NaN where a pair is not connected, beyond
    the cut-off, or either point could not be snapped. ``origin_snap`` and
    ``destination_snap`` say which points were snapped (``edge >= 0``), how
    far from the network they were, and where. ``unreachable`` counts the
    pairs of snapped points with no route; ``beyond_cutoff`` those whose
    route is longer than the cut-off.
    """

    minutes: np.ndarray
    metres: np.ndarray
    origin_snap: Snap
    destination_snap: Snap
    profile: str
    cutoff_min: float | None
    unreachable: int
    beyond_cutoff: int

    @property
    def skipped_origins(self) -> np.ndarray:
        return np.flatnonzero(~self.origin_snap.ok)

    @property
    def skipped_destinations(self) -> np.ndarray:
        return np.flatnonzero(~self.destination_snap.ok)


def _matrix_chunk(
    network: Network,
    profile_name: str,
    source_edge: np.ndarray,
    source_offset: np.ndarray,
    target_edge: np.ndarray,
    target_offset: np.ndarray,
    reverse: bool,
    limit_s: float,
):
    """Minutes and metres from a chunk of sources to every target (a unit of work for the pool)."""
    profile = network.profile(profile_name)
    graph = search_graph(network, profile, source_edge, source_offset, reverse=reverse)
    times, lengths = node_times(graph, np.arange(len(source_edge)), limit_s=limit_s, metres=True)
    seconds, metres = times_at_points(network, profile, times, lengths, target_edge, target_offset, reverse=reverse)
    seconds = np.where(seconds <= limit_s, seconds, np.inf)
    minutes = np.where(np.isfinite(seconds), seconds / 60.0, np.nan)
    return minutes, np.where(np.isfinite(seconds), metres, np.nan)


def travel_times(
    network: Network,
    profile: str,
    origins_xy: np.ndarray,
    destinations_xy: np.ndarray,
    *,
    tolerance: float | None = None,
    cutoff_min: float | None = None,
    workers: int | None = None,
    chunk_size: int = 64,
    progress: Progress | None = None,
) -> TravelTimes:
    """Travel times (minutes) and distances (metres) between every origin and destination.

    The one entry point for any caller that needs network times (catchment
    reports, nearest facility, location planning). Points are snapped to
    the nearest usable edge of ``profile`` (those farther than
    ``tolerance`` metres are skipped: their rows/columns are NaN). Searches
    run from the smaller side (destinations on the reversed graph when they
    are fewer), bounded by ``cutoff_min``; chunks of sources run in a
    process pool when the work is large and ``workers`` allows (None: every
    idle core, see :func:`.parallel.default_workers`; 1: this process only).

    Parameters
    ----------
    network
        The network.
    profile
        The travel mode: ``"walk"``, ``"cycle"`` or ``"drive"``.
    origins_xy, destinations_xy
        ``(n, 2)`` positions, in the network's CRS.
    tolerance
        Snapping tolerance in metres (None: every point is snapped).
    cutoff_min
        Pairs farther apart than this many minutes are NaN (None: no cut-off).
    workers
        Processes for large matrices (see above).
    chunk_size
        Sources per unit of work.
    progress
        Progress and cancellation.

    Returns
    -------
    TravelTimes
    """
    progress = progress or NullProgress()
    prof = network.profile(profile)
    if cutoff_min is not None and (not math.isfinite(cutoff_min) or cutoff_min <= 0):
        raise InvalidInputError(tr("The cut-off must be more than zero minutes."))
    origins_xy = np.asarray(origins_xy, dtype=float).reshape(-1, 2)
    destinations_xy = np.asarray(destinations_xy, dtype=float).reshape(-1, 2)
    origin = network.snap(profile, origins_xy, tolerance=tolerance)
    destination = network.snap(profile, destinations_xy, tolerance=tolerance)
    limit_s = limit(cutoff_min) * 60.0 if cutoff_min is not None else np.inf
    minutes, metres = _search_pairs(
        network, profile, origin, destination, limit_s, workers=workers, chunk_size=chunk_size, progress=progress
    )
    o_rows, d_rows = np.flatnonzero(origin.ok), np.flatnonzero(destination.ok)
    if len(o_rows) and len(d_rows):
        _direct_and_cutoff(network, prof, origin, destination, minutes, metres, cutoff_min)
    unreachable, beyond = _count_missing(prof, origin, destination, minutes, o_rows, d_rows, cutoff_min)
    return TravelTimes(
        minutes=minutes,
        metres=metres,
        origin_snap=origin,
        destination_snap=destination,
        profile=profile,
        cutoff_min=cutoff_min,
        unreachable=unreachable,
        beyond_cutoff=beyond,
    )


def _search_pairs(
    network: Network,
    profile: str,
    origin: Snap,
    destination: Snap,
    limit_s: float,
    *,
    workers: int | None,
    chunk_size: int,
    progress: Progress,
) -> tuple[np.ndarray, np.ndarray]:
    """Minutes and metres between the snapped points found by the searches (NaN for the other pairs).

    Searches run from the smaller side (the destinations, on the reversed
    graph, when they are fewer), in chunks of sources, in a process pool
    when the work is large.
    """
    minutes = np.full((len(origin), len(destination)), np.nan)
    metres = np.full_like(minutes, np.nan)
    o_rows, d_rows = np.flatnonzero(origin.ok), np.flatnonzero(destination.ok)
    if not (len(o_rows) and len(d_rows)):
        return minutes, metres
    reverse = len(d_rows) < len(o_rows)
    sources, targets = (destination, origin) if reverse else (origin, destination)
    s_rows, t_rows = (d_rows, o_rows) if reverse else (o_rows, d_rows)
    chunks = [s_rows[i : i + chunk_size] for i in range(0, len(s_rows), chunk_size)]
    tasks = [
        (profile, sources.edge[c], sources.offset[c], targets.edge[t_rows], targets.offset[t_rows], reverse, limit_s)
        for c in chunks
    ]
    parallel = len(s_rows) * network.n_nodes > PARALLEL_WORK and len(chunks) > 1
    results = map_chunks(_matrix_chunk, tasks, shared=network, workers=workers if parallel else 1, progress=progress)
    for chunk, (block_minutes, block_metres) in zip(chunks, results):
        if reverse:
            minutes[np.ix_(t_rows, chunk)] = block_minutes.T
            metres[np.ix_(t_rows, chunk)] = block_metres.T
        else:
            minutes[np.ix_(chunk, t_rows)] = block_minutes
            metres[np.ix_(chunk, t_rows)] = block_metres
    return minutes, metres


def _direct_and_cutoff(
    network: Network,
    profile: TravelMode,
    origin: Snap,
    destination: Snap,
    minutes: np.ndarray,
    metres: np.ndarray,
    cutoff_min: float | None,
) -> None:
    """Pairs on the same edge improved with the route along it, then pairs beyond the cut-off set to NaN (in place)."""
    o_rows, d_rows = np.flatnonzero(origin.ok), np.flatnonzero(destination.ok)
    sub_minutes, sub_metres = minutes[np.ix_(o_rows, d_rows)], metres[np.ix_(o_rows, d_rows)]
    _same_edge(network, profile, origin, destination, sub_minutes, sub_metres, o_rows, d_rows)
    if cutoff_min is not None:
        over = ~within(sub_minutes, cutoff_min)
        sub_minutes[over] = np.nan
        sub_metres[over] = np.nan
    minutes[np.ix_(o_rows, d_rows)] = sub_minutes
    metres[np.ix_(o_rows, d_rows)] = sub_metres


def _count_missing(
    profile: TravelMode,
    origin: Snap,
    destination: Snap,
    minutes: np.ndarray,
    o_rows: np.ndarray,
    d_rows: np.ndarray,
    cutoff_min: float | None,
) -> tuple[int, int]:
    """Pairs of snapped points without a time: on different islands (unreachable) or beyond the cut-off."""
    if not len(o_rows) or not len(d_rows):
        return 0, 0
    missing = np.isnan(minutes[np.ix_(o_rows, d_rows)])
    if cutoff_min is None:
        return int(missing.sum()), 0
    o_island = profile.island[origin.edge[o_rows]]
    d_island = profile.island[destination.edge[d_rows]]
    apart = o_island[:, None] != d_island[None, :]
    unreachable = int((missing & apart).sum())
    return unreachable, int(missing.sum()) - unreachable


def _same_edge(
    network: Network,
    profile: TravelMode,
    origin: Snap,
    destination: Snap,
    minutes: np.ndarray,
    metres: np.ndarray,
    origin_rows: np.ndarray,
    dest_rows: np.ndarray,
) -> None:
    """Improve pairs on the same edge with the direct route along it (in place)."""
    o_edge, d_edge = origin.edge[origin_rows], destination.edge[dest_rows]
    if len(o_edge) == 0 or len(d_edge) == 0:
        return
    frame_o = pd.DataFrame({"edge": o_edge, "row": np.arange(len(o_edge))})
    frame_d = pd.DataFrame({"edge": d_edge, "col": np.arange(len(d_edge))})
    pairs = frame_o.merge(frame_d, on="edge")
    if pairs.empty:
        return
    r, c, e = pairs["row"].to_numpy(), pairs["col"].to_numpy(), pairs["edge"].to_numpy()
    so, sd = origin.offset[origin_rows][r], destination.offset[dest_rows][c]
    spm = profile.seconds_per_metre[e]
    along = np.where(sd >= so, profile.forward[e], profile.backward[e])
    direct = np.where(along, np.abs(sd - so) * spm / 60.0, np.nan)
    better = along & (np.isnan(minutes[r, c]) | (direct < minutes[r, c]))
    minutes[r[better], c[better]] = direct[better]
    metres[r[better], c[better]] = np.abs(sd - so)[better]


def nearest_pairs(result: TravelTimes, *, k: int | None = None) -> pd.DataFrame:
    """The matrix as a long table: ``origin``, ``destination``, ``minutes``, ``metres``, ``rank``.

    Only pairs with a time are listed (NaN pairs are counted in the result,
    not listed); with ``k``, only each origin's ``k`` nearest destinations.

    Parameters
    ----------
    result
        The matrix.
    k
        The number of nearest destinations kept per origin (None: all).

    Returns
    -------
    pandas.DataFrame
        Sorted by origin, then minutes; ``rank`` 1 is an origin's nearest destination.
    """
    if k is not None and k < 1:
        raise InvalidInputError(tr("The number of nearest destinations must be at least 1."))
    minutes = result.minutes
    rows, cols = np.nonzero(np.isfinite(minutes))
    frame = pd.DataFrame(
        {"origin": rows, "destination": cols, "minutes": minutes[rows, cols], "metres": result.metres[rows, cols]}
    )
    frame = frame.sort_values(["origin", "minutes", "destination"], kind="mergesort")
    frame["rank"] = frame.groupby("origin").cumcount() + 1
    if k is not None:
        frame = frame[frame["rank"] <= k]
    return frame.reset_index(drop=True)


def matrix_table(pairs: pd.DataFrame, origin_ids: Sequence, destination_ids: Sequence) -> pd.DataFrame:
    """The long matrix table with the points' own ids: origin_id, destination_id, minutes, metres, rank.

    Parameters
    ----------
    pairs
        :func:`nearest_pairs`.
    origin_ids, destination_ids
        The points' ids, by position.

    Returns
    -------
    pandas.DataFrame
    """
    origins, destinations = np.asarray(list(origin_ids), dtype=object), np.asarray(list(destination_ids), dtype=object)
    return pd.DataFrame(
        {
            "origin_id": origins[pairs["origin"].to_numpy(dtype=np.int64)],
            "destination_id": destinations[pairs["destination"].to_numpy(dtype=np.int64)],
            "minutes": pairs["minutes"].to_numpy(dtype=float),
            "metres": pairs["metres"].to_numpy(dtype=float),
            "rank": pairs["rank"].to_numpy(dtype=np.int64),
        }
    )


def summary_messages(result: TravelTimes, origin_ids: Sequence, destination_ids: Sequence) -> tuple[list[str], list[str]]:
    """(information, warnings) about skipped points and missing pairs, translated.

    Parameters
    ----------
    result
        The matrix.
    origin_ids, destination_ids
        The points' ids, by position, to name the skipped ones.

    Returns
    -------
    infos : list of str
        Pairs beyond the cut-off.
    warnings : list of str
        Points too far from the network, pairs not connected.
    """
    infos, warnings = [], []
    for snap, ids, label in (
        (result.origin_snap, origin_ids, tr("origins")),
        (result.destination_snap, destination_ids, tr("destinations")),
    ):
        skipped = np.flatnonzero(~snap.ok)
        if len(skipped):
            warnings.append(
                tr("{n} {what} are farther from the network than the snapping tolerance and were skipped: {examples}.").format(
                    n=format_count(len(skipped)), what=label, examples=format_examples([ids[i] for i in skipped])
                )
            )
    if result.unreachable:
        text = plural(
            result.unreachable,
            tr("{n} origin–destination pair is not connected by the network (NULL time)."),
            tr("{n} origin–destination pairs are not connected by the network (NULL times)."),
        )
        warnings.append(text.format(n=format_count(result.unreachable)))
    if result.beyond_cutoff:
        text = plural(
            result.beyond_cutoff,
            tr("{n} origin–destination pair is beyond the cut-off of {minutes} minutes (NULL time)."),
            tr("{n} origin–destination pairs are beyond the cut-off of {minutes} minutes (NULL times)."),
        )
        infos.append(text.format(n=format_count(result.beyond_cutoff), minutes=format_decimal(result.cutoff_min)))
    return infos, warnings
