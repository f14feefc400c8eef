"""What the searches of a catchment reach: edges covered end to end, and pieces cut where time runs out.

An edge reached at time ``t`` from one end is covered for
``(limit - t) / (seconds per metre)`` metres from that end; it is whole
when it is reached across from one end, or where the parts reached from
both ends meet. Edges are held by their position in the network's strokes
(:func:`..network.strokes.network_strokes`), so that runs of consecutive
edges are found without sorting.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

try:
    import pandas as pd
except ImportError:  # the plugin still loads; algorithms refuse to run (see engine.dependencies)
    pd = None

from ..network.model import Network
from ..network.modes import TravelMode
from ..network.snapping import Snap
from ..network.strokes import network_strokes

#: Seconds of slack when deciding that an edge is reached from end to end (rounding in sums of times).
WHOLE_SLACK_S = 1e-6


_PIECE_COLUMNS = ("group", "edge", "start_m", "end_m", "t_from", "t_to")


@dataclass(frozen=True)
class Reach:
    """The reached network of every (facility, band) group, compactly.

    Groups are facility after facility (``facility`` is -1 when
    dissolved), bands in increasing order. ``whole`` holds, group after
    group, the stroke positions (see :func:`..network.strokes.network_strokes`) of
    the edges covered end to end, sorted within each group so that runs of
    consecutive edges are found without sorting; group ``g``'s are
    ``whole[bounds[g]:bounds[g + 1]]``. ``whole_times`` makes the seconds
    at which the search arrives at their start and end nodes (inf where it
    may not go on along the edge from there). ``cut`` holds the other
    pieces, sorted by group: partly reached edges cut where time runs out,
    and the edges a facility lies on (its own piece merged with those
    reached from the edge's ends).
    """

    facility: np.ndarray
    band: np.ndarray
    limit_s: np.ndarray
    bounds: np.ndarray
    whole: np.ndarray
    whole_times: Callable[[], tuple[np.ndarray, np.ndarray]] = field(repr=False)
    cut: dict = field(repr=False)

    @property
    def n_groups(self) -> int:
        return len(self.facility)

    def whole_groups(self) -> np.ndarray:
        """The group of every whole edge."""
        return np.repeat(np.arange(self.n_groups, dtype=np.int64), np.diff(self.bounds))


def stroke_ends(network: Network, profile_name: str) -> dict:
    """Per stroke position (:func:`..network.strokes.network_strokes`): the edge's end nodes and travel seconds.

    ``u``/``v`` are the nodes from which the profile lets the search go on
    along the edge, or ``n_nodes`` (a node never reached) where it does not.
    Kept with the network.

    Parameters
    ----------
    network
        The network.
    profile_name
        The travel mode.

    Returns
    -------
    dict
        ``u``, ``v`` (node numbers) and ``travel`` (seconds along the edge, inf where unusable).
    """
    key = ("stroke ends", profile_name)
    cached = network._snap_index.get(key)
    if cached is None:
        prof = network.profile(profile_name)
        edge = network_strokes(network).edge_at
        cached = {  # np.intp: np.take with native indices is the fastest gather
            "u": np.where(prof.forward[edge], network.edge_u[edge], prof.n_nodes).astype(np.intp),
            "v": np.where(prof.backward[edge], network.edge_v[edge], prof.n_nodes).astype(np.intp),
            "travel": np.nan_to_num(network.edge_length[edge] * prof.seconds_per_metre[edge], nan=np.inf),
        }
        network._snap_index[key] = cached
    return cached


def _reached_rows(ends: dict, times: np.ndarray, limit_s: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Stroke positions of the edges reached within ``limit_s`` (``times`` ends with one inf), times at their ends."""
    u, v = ends["u"], ends["v"]
    reached = times <= limit_s
    found = np.take(reached, u)
    found |= np.take(reached, v)
    position = np.flatnonzero(found)
    return position, np.take(times, np.take(u, position)), np.take(times, np.take(v, position))


def _whole(travel: np.ndarray, time_u: np.ndarray, time_v: np.ndarray, limit_s) -> np.ndarray:
    """Edges covered end to end: reached across from one end, or the parts from both ends meet."""
    return (np.minimum(time_u, time_v) + travel <= limit_s + WHOLE_SLACK_S) | (
        time_u + time_v + travel <= 2 * limit_s + WHOLE_SLACK_S
    )


def _cut_pieces(
    length: np.ndarray, spm: np.ndarray, time_u: np.ndarray, time_v: np.ndarray, limit_s: float | np.ndarray
) -> tuple[np.ndarray, dict]:
    """Pieces of partly reached edges: from each end reached in time, as far as the time left allows.

    Returns the input row of each piece and its ``start_m``, ``end_m``,
    ``t_from`` (arrival at the end it starts from) and ``t_to`` (the limit).
    """
    limit_s = np.broadcast_to(np.asarray(limit_s, dtype=float), np.shape(length))
    from_u, from_v = np.flatnonzero(time_u <= limit_s), np.flatnonzero(time_v <= limit_s)
    with np.errstate(invalid="ignore", divide="ignore"):
        reach_u = np.minimum(length[from_u], (limit_s[from_u] - time_u[from_u]) / spm[from_u])
        reach_v = np.minimum(length[from_v], (limit_s[from_v] - time_v[from_v]) / spm[from_v])
    row = np.concatenate([from_u, from_v])
    pieces = {
        "start_m": np.concatenate([np.zeros(len(from_u)), length[from_v] - reach_v]),
        "end_m": np.concatenate([reach_u, length[from_v]]),
        "t_from": np.concatenate([time_u[from_u], time_v[from_v]]),
        "t_to": limit_s[row],
    }
    keep = pieces["end_m"] > pieces["start_m"]  # time runs out exactly at the node: nothing of the edge
    return row[keep], {k: v[keep] for k, v in pieces.items()}


def _whole_times(
    travel: np.ndarray, time_u: np.ndarray, time_v: np.ndarray, limit_s: float | np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Earliest and latest arrival on wholly reached edges (the latest where the searches from both ends meet)."""
    in_u, in_v = time_u <= limit_s, time_v <= limit_s
    first = np.minimum(time_u, time_v)
    latest = np.where(in_u & in_v, (time_u + time_v + travel) / 2.0, np.where(in_u, time_u, time_v) + travel)
    return first, np.minimum(np.maximum(latest, first), limit_s)


def _start_pieces(network: Network, profile: TravelMode, snap: Snap, starts: np.ndarray, limit_s: np.ndarray) -> dict:
    """Pieces of each start point's own edge reached directly from the point within its limit (``row``: index
    into ``starts``)."""
    edge = snap.edge[starts]
    s = snap.offset[starts]
    length = network.edge_length[edge]
    spm = profile.seconds_per_metre[edge]
    with np.errstate(invalid="ignore", divide="ignore"):
        reach = np.where(spm > 0, limit_s / spm, np.inf)
    fwd, bwd = np.flatnonzero(profile.forward[edge]), np.flatnonzero(profile.backward[edge])
    end_f = np.minimum(length, s + reach)[fwd]
    start_b = np.maximum(0.0, s - reach)[bwd]
    return {
        "row": np.concatenate([fwd, bwd]),
        "edge": np.concatenate([edge[fwd], edge[bwd]]),
        "start_m": np.concatenate([s[fwd], start_b]),
        "end_m": np.concatenate([end_f, s[bwd]]),
        "t_from": np.zeros(len(fwd) + len(bwd)),
        "t_to": np.concatenate([((end_f - s[fwd]) * spm[fwd]), (s[bwd] - start_b) * spm[bwd]]),
    }


def _merge_pieces(pieces: dict) -> dict:
    """Overlapping pieces of the same (group, edge) joined (earliest ``t_from``, latest ``t_to``); empty ones left
    out."""
    order = np.lexsort((pieces["start_m"], pieces["edge"], pieces["group"]))
    columns = [pieces[k][order].tolist() for k in _PIECE_COLUMNS]
    rows: list[list] = []
    for group, edge, start, end, t_from, t_to in zip(*columns):
        last = rows[-1] if rows else None
        if last is not None and last[0] == group and last[1] == edge and start <= last[3] + 1e-9:
            last[3], last[4], last[5] = max(last[3], end), min(last[4], t_from), max(last[5], t_to)
        else:
            rows.append([group, edge, start, end, t_from, t_to])
    merged = (
        {k: np.array(c, dtype=float) for k, c in zip(_PIECE_COLUMNS, zip(*rows))}
        if rows
        else {k: np.zeros(0) for k in _PIECE_COLUMNS}
    )
    merged["group"], merged["edge"] = merged["group"].astype(np.int64), merged["edge"].astype(np.int64)
    keep = merged["end_m"] > merged["start_m"]  # a start exactly at a node it cannot leave along the edge
    return {k: v[keep] for k, v in merged.items()}


def _group(
    ends: dict, position: np.ndarray, time_u: np.ndarray, time_v: np.ndarray, limit_s: float, start_positions: np.ndarray
) -> tuple:
    """One group's reached edges sorted out: whole ones, partly reached ones, and those a facility lies on.

    Returns the stroke positions and end times of each kind (nine arrays)
    and, for the start edges, whether they are whole.
    """
    whole = _whole(np.take(ends["travel"], position), time_u, time_v, limit_s)
    on_start = np.zeros(0, np.int64)
    if len(position):
        at = np.minimum(np.searchsorted(position, start_positions), len(position) - 1)
        on_start = np.unique(at[position[at] == start_positions])
    start_whole = whole[on_start]
    partly = ~whole
    partly[on_start] = False  # the start edges' pieces are merged with the facilities' own
    whole[on_start] = False
    rows = (np.flatnonzero(whole), np.flatnonzero(partly), on_start)
    return tuple(a[r] for r in rows for a in (position, time_u, time_v)) + (start_whole,)


def _reach(
    network: Network,
    profile: TravelMode,
    snap: Snap,
    starts: np.ndarray,
    limits: np.ndarray,
    facility: np.ndarray,
    band_index: np.ndarray,
    groups: list,
) -> Reach:
    """The :class:`Reach` of the groups found by the searches (``groups``: see :func:`_group`)."""
    group_limit = limits[band_index]
    counts = np.array([len(g[0]) for g in groups], dtype=np.int64)
    bounds = np.zeros(len(groups) + 1, dtype=np.int64)
    np.cumsum(counts, out=bounds[1:])
    partly = _cut(
        network, profile, group_limit, _column(groups, 3, np.int64), _column(groups, 4), _column(groups, 5), _group_of(groups, 3)
    )
    # the edges the facilities lie on: the pieces reached from their ends merged with the facilities' own
    merged = _start_edges(network, profile, snap, starts, facility, group_limit, groups)
    pieces = {k: np.concatenate([partly[k], merged[k]]) for k in _PIECE_COLUMNS}
    order = np.argsort(pieces["group"], kind="stable")
    return Reach(
        facility=facility,
        band=np.asarray(limits)[band_index] / 60.0,
        limit_s=group_limit,
        bounds=bounds,
        whole=_column(groups, 0, np.int64),
        whole_times=lambda: (_column(groups, 1), _column(groups, 2)),
        cut={k: v[order] for k, v in pieces.items()},
    )


def _column(groups: list, i: int, dtype=float) -> np.ndarray:
    """Array ``i`` of every group (see :func:`_group`), one group after the other."""
    return np.concatenate([g[i] for g in groups]).astype(dtype, copy=False) if groups else np.zeros(0, dtype)


def _group_of(groups: list, i: int) -> np.ndarray:
    """The group of every row of :func:`_column` ``i``."""
    return np.repeat(np.arange(len(groups), dtype=np.int64), [len(g[i]) for g in groups])


def _cut(
    network: Network,
    profile: TravelMode,
    group_limit: np.ndarray,
    position: np.ndarray,
    time_u: np.ndarray,
    time_v: np.ndarray,
    group: np.ndarray,
) -> dict:
    """:func:`_cut_pieces` of the edges at stroke positions ``position``, each with its edge and group."""
    edge = network_strokes(network).edge_at[position]
    spm = profile.seconds_per_metre
    row, pieces = _cut_pieces(network.edge_length[edge], spm[edge], time_u, time_v, group_limit[group])
    pieces["edge"], pieces["group"] = edge[row], group[row]
    return pieces


def _start_edges(
    network: Network,
    profile: TravelMode,
    snap: Snap,
    starts: np.ndarray,
    facility: np.ndarray,
    group_limit: np.ndarray,
    groups: list,
) -> dict:
    """Pieces of the edges the facilities lie on: those reached from the edges' ends (whole or cut) and the
    facilities' own, merged (see :func:`_merge_pieces`)."""
    s_position, s_u, s_v, s_whole, s_group = (
        _column(groups, 6, np.int64),
        _column(groups, 7),
        _column(groups, 8),
        _column(groups, 9, bool),
        _group_of(groups, 6),
    )
    s_cut = _cut(network, profile, group_limit, s_position[~s_whole], s_u[~s_whole], s_v[~s_whole], s_group[~s_whole])
    edge = network_strokes(network).edge_at[s_position[s_whole]]
    length = network.edge_length[edge]
    travel = stroke_ends(network, profile.name)["travel"][s_position[s_whole]]
    first, last = _whole_times(travel, s_u[s_whole], s_v[s_whole], group_limit[s_group[s_whole]])
    own = _own_pieces(network, profile, snap, starts, facility, group_limit)
    on_whole = {
        "group": s_group[s_whole],
        "edge": edge,
        "start_m": np.zeros(len(edge)),
        "end_m": length,
        "t_from": first,
        "t_to": last,
    }
    return _merge_pieces({k: np.concatenate([on_whole[k], s_cut[k], own[k]]) for k in _PIECE_COLUMNS})


def _own_pieces(
    network: Network, profile: TravelMode, snap: Snap, starts: np.ndarray, facility: np.ndarray, group_limit: np.ndarray
) -> dict:
    """:func:`_start_pieces` of the facility of every group (of every start, in every group, when dissolved)."""
    if (facility >= 0).all():
        start_group = np.arange(len(facility))
        start_index = np.searchsorted(starts, facility)
    else:  # dissolved: every start in every group
        start_group = np.repeat(np.arange(len(facility)), len(starts))
        start_index = np.tile(np.arange(len(starts)), len(facility))
    own = _start_pieces(network, profile, snap, starts[start_index], group_limit[start_group])
    own["group"] = start_group[own.pop("row")]
    return own


def _parts(network: Network, profile: TravelMode, reach: Reach) -> pd.DataFrame:
    """One row per reached piece (see :class:`Catchments`), group after group."""
    strokes = network_strokes(network)
    group = reach.whole_groups()
    edge = strokes.edge_at[reach.whole]
    time_u, time_v = reach.whole_times()
    travel = stroke_ends(network, profile.name)["travel"][reach.whole]
    first, last = _whole_times(travel, time_u, time_v, reach.limit_s[group])
    cut = reach.cut
    group = np.concatenate([group, cut["group"]])
    order = np.argsort(group, kind="stable")
    group = group[order]
    return pd.DataFrame(
        {
            "facility": reach.facility[group].astype(np.int64),
            "band": reach.band[group].astype(float),
            "edge": np.concatenate([edge, cut["edge"]])[order].astype(np.int64),
            "start_m": np.concatenate([np.zeros(len(edge)), cut["start_m"]])[order],
            "end_m": np.concatenate([network.edge_length[edge], cut["end_m"]])[order],
            "minutes_from": np.concatenate([first, cut["t_from"]])[order] / 60.0,
            "minutes_to": np.concatenate([last, cut["t_to"]])[order] / 60.0,
        },
        copy=False,
    )
