"""A network's edges chained once into *strokes*: long polylines that run straight on through junctions.

Each edge is in exactly one stroke, in order and oriented, so that runs of
consecutive edges of a stroke are contiguous slices of the stroke vertices
(see :func:`..accessibility.catchment_lines.reached_lines`). Strokes are
derived from the network alone and kept with it (in the session cache).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..arrays import ranges
from .model import Network


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

    Parameters
    ----------
    network
        The network; the strokes are kept in its cache.

    Returns
    -------
    Strokes
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

    # the edges joined at each side, and the chains they form (connected components of the joins)
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
    # the chains in order: a depth-first search from one root joined to every chain's start
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
    # the stroke vertices: each edge's vertices in the direction of its entry side
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
