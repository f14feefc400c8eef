"""The reached network of each catchment as a few long polylines (one multi-line per facility and band).

A catchment reaches thousands of road pieces; drawing each as its own line
costs one geometry object per piece. Instead the network's edges are chained
once into *strokes* (:func:`network_strokes`): long polylines that run
straight on through junctions, each edge in exactly one stroke, in order and
oriented. Consecutive wholly reached edges of a stroke then form one part
whose vertices are a contiguous slice of the stroke vertices, found for every
catchment at once with numpy; partly reached pieces (cut exactly where time
runs out) are parts of their own. A catchment's parts cover exactly its
reached pieces: their total length equals the sum of the pieces' lengths.

Strokes are derived from the network alone and kept with it (in the session
cache), so a run on a cached network only searches, cuts and writes.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

try:
    import pandas as pd
except ImportError:  # the plugin still loads; algorithms refuse to run (see engine.dependencies)
    pd = None

from ..arrays import ranges
from ..network.model import Network


@dataclass(frozen=True)
class Strokes:
    """A network's edges chained into strokes.

    ``edge_at[p]`` is the edge at position ``p`` of the stroke order and
    ``position`` its inverse; ``continues[p]`` says whether position ``p + 1``
    carries on the same stroke. Edge ``e`` runs over the stroke vertices
    ``xy[first[e]:last[e] + 1]`` (in the stroke's direction; two consecutive
    edges of a stroke share their joining vertex). ``along[p]`` is the
    length of the edges before position ``p`` (so runs are measured by a
    subtraction).
    """

    edge_at: np.ndarray
    position: np.ndarray
    continues: np.ndarray
    first: np.ndarray
    last: np.ndarray
    xy: np.ndarray
    along: np.ndarray

    @property
    def count(self) -> int:
        return int(len(self.edge_at) - self.continues.sum())


def network_strokes(network: Network) -> Strokes:
    """The strokes of a network, computed once and kept with it.

    At every node the edge ends are sorted by direction and paired with the
    end half-way round (at a crossroads: straight on; at a bend: the two
    ends); ends join only where their coordinates are identical. The pairs
    link edges into paths and rings, put in order by a depth-first search
    (:func:`scipy.sparse.csgraph.depth_first_order`) from one root linked to
    one end of each path (and one edge of each ring).
    """
    cached = network._snap_index.get("strokes")
    if cached is None:
        cached = _strokes(network)
        network._snap_index["strokes"] = cached
    return cached


def _end_pairs(network: Network) -> tuple[np.ndarray, np.ndarray]:
    """Pairs of edge ends (``2 * edge + side``; side 0 at ``edge_u``) joined at their node."""
    n = network.n_edges
    node = np.stack([network.edge_u, network.edge_v], axis=1).ravel()
    vertex = np.stack([network.edge_start, network.edge_end], axis=1).ravel()
    toward = np.stack([network.edge_start + 1, network.edge_end - 1], axis=1).ravel()
    step = network.vertices[toward] - network.vertices[vertex]
    angle = np.arctan2(step[:, 1], step[:, 0])
    order = np.lexsort((angle, node))
    sorted_node = node[order]
    head = np.flatnonzero(np.concatenate([[True], sorted_node[1:] != sorted_node[:-1]]))
    degree = np.diff(np.concatenate([head, [len(order)]]))
    rank = np.arange(len(order)) - np.repeat(head, degree)
    half = np.repeat(degree // 2, degree)
    lower = np.flatnonzero((rank < half) & (np.repeat(degree, degree) != 3))
    a, b = order[lower], order[lower + half[lower]]
    # at a T junction the two ends closest to a straight line
    t = head[degree == 3]
    if len(t):
        theta = angle[order[t[:, None] + np.arange(3)]]
        gaps = np.stack([theta[:, 1] - theta[:, 0], theta[:, 2] - theta[:, 1], theta[:, 2] - theta[:, 0]], axis=1)
        bend = np.abs(np.pi - gaps)  # pairs (0, 1), (1, 2), (0, 2)
        choice = np.argmin(bend, axis=1)
        first = t + np.array([0, 1, 0])[choice]
        second = t + np.array([1, 2, 2])[choice]
        a, b = np.concatenate([a, order[first]]), np.concatenate([b, order[second]])
    same_place = (network.vertices[vertex[a]] == network.vertices[vertex[b]]).all(axis=1)
    keep = (a // 2 != b // 2) & same_place
    a, b = a[keep], b[keep]
    # two edges joined at both ends (a ring of two) keep one join, so every join is unambiguous
    low, high = np.minimum(a // 2, b // 2), np.maximum(a // 2, b // 2)
    _, once = np.unique(low * n + high, return_index=True)
    once = np.sort(once)
    return a[once], b[once]


def _strokes(network: Network) -> Strokes:
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components, depth_first_order

    n = network.n_edges
    a, b = _end_pairs(network)
    link = np.full((n, 2), -1, dtype=np.int64)  # the edge joined at each side
    link[a // 2, a % 2] = b // 2
    link[b // 2, b % 2] = a // 2
    joins = coo_matrix((np.ones(len(a)), (a // 2, b // 2)), shape=(n, n))
    _, label = connected_components(joins, directed=False)
    # one start per chain: its lowest edge with a free side (a path's end), else its lowest edge (a ring)
    free = (link < 0).any(axis=1)
    preference = np.where(free, 0, 1)
    order = np.lexsort((np.arange(n), preference, label))
    starts = order[np.concatenate([[True], label[order][1:] != label[order][:-1]])]
    root = n
    rows = np.concatenate([a // 2, np.full(len(starts), root)])
    cols = np.concatenate([b // 2, starts])
    graph = coo_matrix((np.ones(len(rows)), (rows, cols)), shape=(n + 1, n + 1)).tocsr()
    visit, predecessor = depth_first_order(graph, root, directed=False, return_predecessors=True)
    edge_at = visit[1:].astype(np.int64)
    position = np.empty(n, dtype=np.int64)
    position[edge_at] = np.arange(n)
    before = predecessor[edge_at]
    is_start = before == root
    # entry side: the side joined to the previous edge; a chain's start enters by the side not joined to the next
    after = np.full(n, -1, dtype=np.int64)
    after[:-1] = np.where(~is_start[1:], edge_at[1:], -1)
    own = link[edge_at]
    entry = np.where(is_start, np.where(own[:, 0] == after, 1, 0), np.where(own[:, 0] == before, 0, 1))
    entry = np.where(is_start & (after < 0), 0, entry)
    start_v, end_v = network.edge_start[edge_at], network.edge_end[edge_at]
    count = end_v - start_v + 1 - (~is_start)  # a continuing edge shares its first vertex with the previous one
    offsets = np.zeros(n + 1, dtype=np.int64)
    np.cumsum(count, out=offsets[1:])
    step = ranges((~is_start).astype(np.int64), count)
    backwards = np.repeat(entry == 1, count)
    index = np.where(backwards, np.repeat(end_v, count) - step, np.repeat(start_v, count) + step)
    first = np.empty(n, dtype=np.int64)
    last = np.empty(n, dtype=np.int64)
    first[edge_at] = offsets[:-1] - (~is_start)
    last[edge_at] = offsets[1:] - 1
    continues = np.zeros(n, dtype=bool)
    continues[:-1] = ~is_start[1:]
    along = np.zeros(n + 1)
    np.cumsum(network.edge_length[edge_at], out=along[1:])
    return Strokes(
        edge_at=edge_at, position=position, continues=continues, first=first, last=last, xy=network.vertices[index], along=along
    )


@dataclass(frozen=True)
class ReachedLines:
    """Polylines of the reached network, grouped per (facility, band).

    ``keys`` has one row per group: ``facility`` (-1 when dissolved),
    ``band``, ``reached_km`` (sum of the reached pieces) and ``pieces`` (the
    number of road pieces). Line ``i`` is ``xy[offsets[i]:offsets[i + 1]]``;
    the lines of group ``g`` are ``bounds[g]`` to ``bounds[g + 1] - 1``.
    """

    keys: pd.DataFrame
    xy: np.ndarray
    offsets: np.ndarray
    bounds: np.ndarray


def _runs(strokes: Strokes, group: np.ndarray, position: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Runs of consecutive whole edges of one stroke: (group, first row, last row).

    ``position`` (stroke positions) is sorted within each group and groups
    follow each other, so a run ends where the group changes, the next
    position is not the next one, or the stroke does not go on.
    """
    if len(position) == 0:
        return np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0, np.int64)
    new = np.ones(len(position), dtype=bool)
    new[1:] = (group[1:] != group[:-1]) | (position[1:] != position[:-1] + 1) | ~strokes.continues[position[:-1]]
    head = np.flatnonzero(new)
    tail = np.empty_like(head)
    tail[:-1] = head[1:] - 1
    tail[-1] = len(position) - 1
    return group[head], head, tail


def reached_lines(result) -> ReachedLines:
    """The reached network of a :class:`.catchments.Catchments` as polylines, per (facility, band).

    Whole edges follow the network's strokes (one line per run of
    consecutive whole edges); cut pieces keep their exact end points (see
    :func:`.catchments.piece_coordinates`). Groups that reach nothing are
    left out.
    """
    from .catchments import piece_coordinates

    network, reach = result.network, result.reach
    strokes = network_strokes(network)
    n_groups = reach.n_groups
    position, group = reach.whole, reach.whole_groups()
    run_group, head, tail = _runs(strokes, group, position)
    run_first = strokes.first[strokes.edge_at[position[head]]]
    run_last = strokes.last[strokes.edge_at[position[tail]]]
    cut = reach.cut
    cut_xy, cut_offsets = piece_coordinates(network, cut["edge"], cut["start_m"], cut["end_m"])
    run_m = strokes.along[position[tail] + 1] - strokes.along[position[head]]
    whole_m = np.bincount(run_group, weights=run_m, minlength=n_groups)
    cut_m = np.bincount(cut["group"], weights=cut["end_m"] - cut["start_m"], minlength=n_groups)
    pieces = np.bincount(run_group, weights=tail - head + 1, minlength=n_groups).astype(np.int64) + np.bincount(
        cut["group"], minlength=n_groups
    )
    kept = np.flatnonzero(pieces > 0)
    keys = pd.DataFrame(
        {
            "facility": reach.facility[kept].astype(np.int64),
            "band": reach.band[kept].astype(float),
            "reached_km": (whole_m + cut_m)[kept] / 1000.0,
            "pieces": pieces[kept].astype(np.int64),
        }
    )
    # every line: its group, where its vertices are (stroke vertices, then cut vertices) and how many
    source = np.concatenate([strokes.xy, cut_xy])
    line_group = np.concatenate([run_group, cut["group"]])
    line_first = np.concatenate([run_first, len(strokes.xy) + cut_offsets[:-1]])
    line_count = np.concatenate([run_last - run_first + 1, np.diff(cut_offsets)])
    line_order = np.argsort(line_group, kind="stable")
    line_first, line_count = line_first[line_order], line_count[line_order]
    offsets = np.zeros(len(line_count) + 1, dtype=np.int64)
    np.cumsum(line_count, out=offsets[1:])
    index = ranges(line_first, line_count)
    line_bounds = np.searchsorted(line_group[line_order], np.append(kept, n_groups))
    return ReachedLines(keys=keys, xy=np.take(source, index, axis=0), offsets=offsets, bounds=line_bounds)


def reached_lines_table(keys: pd.DataFrame, ids, names=None) -> pd.DataFrame:
    """Attributes of the reached network per (facility, band): facility id and name, band, km reached, road pieces."""
    ids = list(ids)
    names = list(names) if names is not None else None
    facility = keys["facility"].to_numpy(dtype=np.int64)
    return pd.DataFrame(
        {
            "facility_id": [ids[f] if f >= 0 else None for f in facility],
            "name": [(names[f] if names is not None else None) if f >= 0 else None for f in facility],
            "band": keys["band"].to_numpy(dtype=float),
            "reached_km": keys["reached_km"].to_numpy(dtype=float),
            "pieces": keys["pieces"].to_numpy(dtype=np.int64),
        }
    )
