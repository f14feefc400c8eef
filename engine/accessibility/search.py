"""Bounded searches on a travel mode's graph from points lying on edges.

Every search is a bounded Dijkstra (:func:`scipy.sparse.csgraph.dijkstra`)
from the exact snapped position of each start point: the graph is extended
with one extra node per start point, joined to the two ends of the edge it
lies on by the part of the edge that leads there (only in the directions
the profile allows). Points at the end of a search are reached from the
ends of their edge in the same way (:func:`times_at_points`).

Catchments from many facilities share their searches with the session's
helper process (:func:`.parallel.helper`): :func:`_to_helper` hands it
:func:`reached_node_times`, and the graph and the answer pass through files.
"""

from __future__ import annotations

import math
from concurrent.futures import Future
from dataclasses import dataclass

import numpy as np

from .. import parallel
from ..network.model import Network
from ..network.modes import TravelMode

#: Searches run this many starts at a time (each gives a dense row of times over the network's nodes).
SEARCH_BLOCK = 32


def _reverse_arcs(profile: TravelMode) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    rows = np.repeat(np.arange(profile.n_nodes, dtype=np.int64), np.diff(profile.indptr))
    cols = profile.indices.astype(np.int64)
    order = np.lexsort((rows, cols))
    indptr = np.zeros(profile.n_nodes + 1, dtype=np.int64)
    np.cumsum(np.bincount(cols, minlength=profile.n_nodes), out=indptr[1:])
    return indptr, rows[order], profile.time_s[order], profile.length_m[order]


def start_arcs(
    network: Network, profile: TravelMode, snap_edge: np.ndarray, snap_offset: np.ndarray, *, reverse: bool = False
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Arcs from each start point (``0..k-1``) to the ends of its edge: (point, node, seconds, metres).

    With ``reverse`` the arcs lead from the ends of the edge *to* the point
    (for searches on the reversed graph: time to reach the point).

    Parameters
    ----------
    network, profile
        The network and the travel mode.
    snap_edge, snap_offset
        The edge of each start point and its distance in metres from the edge's start.
    reverse
        Arcs towards the points instead of from them.

    Returns
    -------
    point, node, seconds, metres : numpy.ndarray
        One arc per direction the profile allows.
    """
    edge = np.asarray(snap_edge, dtype=np.int64)
    s = np.asarray(snap_offset, dtype=float)
    length = network.edge_length[edge]
    spm = profile.seconds_per_metre[edge]
    point = np.arange(len(edge))
    to_end = profile.forward[edge] if not reverse else profile.backward[edge]
    to_start = profile.backward[edge] if not reverse else profile.forward[edge]
    nodes = np.concatenate([network.edge_v[edge][to_end], network.edge_u[edge][to_start]])
    metres = np.concatenate([(length - s)[to_end], s[to_start]])
    seconds = np.concatenate([((length - s) * spm)[to_end], (s * spm)[to_start]])
    return np.concatenate([point[to_end], point[to_start]]), nodes, seconds, metres


@dataclass
class SearchGraph:
    """CSR arrays of a profile's graph (or its reverse) with ``k`` start points appended as nodes ``n..n+k-1``."""

    indptr: np.ndarray
    indices: np.ndarray
    time_s: np.ndarray
    length_m: np.ndarray
    n_nodes: int
    n_starts: int

    def matrix(self):
        from scipy.sparse import csr_matrix

        size = self.n_nodes + self.n_starts
        return csr_matrix((self.time_s, self.indices, self.indptr), shape=(size, size))

    def arc_lengths(self, pred: np.ndarray, node: np.ndarray) -> np.ndarray:
        """Length of the arc ``pred → node`` for each pair (the fastest arc between them)."""
        size = self.n_nodes + self.n_starts
        rows = np.repeat(np.arange(size, dtype=np.int64), np.diff(self.indptr))
        keys = rows * size + self.indices.astype(np.int64)
        wanted = pred.astype(np.int64) * size + node.astype(np.int64)
        position = np.searchsorted(keys, wanted)
        return self.length_m[np.minimum(position, len(keys) - 1)]


def search_graph(
    network: Network, profile: TravelMode, snap_edge: np.ndarray, snap_offset: np.ndarray, *, reverse: bool = False
) -> SearchGraph:
    """The profile's graph (reversed when ``reverse``) extended with start points on their edges.

    Parameters
    ----------
    network, profile
        The network and the travel mode.
    snap_edge, snap_offset
        The edge of each start point and its distance in metres from the edge's start.
    reverse
        The reversed graph, whose searches give the times *to* the start points.

    Returns
    -------
    SearchGraph
        The start points are nodes ``n_nodes..n_nodes + k - 1``, each joined
        to its edge's ends by the fastest of :func:`start_arcs`.
    """
    if reverse:
        indptr, indices, time_s, length_m = _reverse_arcs(profile)
    else:
        indptr, indices, time_s, length_m = profile.indptr, profile.indices.astype(np.int64), profile.time_s, profile.length_m
    point, node, seconds, metres = start_arcs(network, profile, snap_edge, snap_offset, reverse=reverse)
    # the fastest arc from each start point to each node, in CSR order
    k = len(snap_edge)
    order = np.lexsort((seconds, node, point))
    point, node, seconds, metres = point[order], node[order], seconds[order], metres[order]
    keep = np.ones(len(point), dtype=bool)
    keep[1:] = (point[1:] != point[:-1]) | (node[1:] != node[:-1])
    point, node, seconds, metres = point[keep], node[keep], seconds[keep], metres[keep]
    # the start points' rows appended after the network's nodes
    extra = np.zeros(k + 1, dtype=np.int64)
    np.cumsum(np.bincount(point, minlength=k), out=extra[1:])
    return SearchGraph(
        indptr=np.concatenate([indptr, indptr[-1] + extra[1:]]),
        indices=np.concatenate([indices, node]).astype(np.int32),
        time_s=np.concatenate([time_s, seconds]),
        length_m=np.concatenate([length_m, metres]),
        n_nodes=profile.n_nodes,
        n_starts=k,
    )


def node_times(graph: SearchGraph, starts: np.ndarray, *, limit_s: float = np.inf, min_only: bool = False, metres: bool = False):
    """Seconds (and metres along the fastest route) from each start to every node; inf where not reached.

    Returns ``times`` of shape ``(len(starts), n_nodes)`` (one row when
    ``min_only``: the time from the nearest start, with ``sources`` saying
    which start that is) and, with ``metres``, the lengths of those routes
    (summed along Dijkstra's predecessor tree by pointer jumping).

    Parameters
    ----------
    graph
        :func:`search_graph`.
    starts
        The start points to search from (``0..k-1``).
    limit_s
        Nodes farther than this many seconds are not reached.
    min_only
        One search from all the starts at once (:func:`scipy.sparse.csgraph.dijkstra`'s ``min_only``).
    metres
        Also the metres along each fastest route (ignored with ``min_only``).

    Returns
    -------
    times or (times, sources) or (times, lengths)
        As described above.
    """
    from scipy.sparse.csgraph import dijkstra

    indices = graph.n_nodes + np.asarray(starts, dtype=np.int64)
    limit = float(limit_s) if math.isfinite(limit_s) else np.inf
    n = graph.n_nodes
    if min_only:
        times, _pred, sources = dijkstra(
            graph.matrix(), directed=True, indices=indices, limit=limit, min_only=True, return_predecessors=True
        )
        return times[None, :n], sources[None, :n] - n
    if not metres:
        times = dijkstra(graph.matrix(), directed=True, indices=indices, limit=limit)
        return np.atleast_2d(times)[:, :n]
    times, pred = dijkstra(graph.matrix(), directed=True, indices=indices, limit=limit, return_predecessors=True)
    times, pred = np.atleast_2d(times), np.atleast_2d(pred)
    lengths = np.where(np.isfinite(times), _route_lengths(graph, pred), np.nan)
    return times[:, :n], lengths[:, :n]


def _route_lengths(graph: SearchGraph, pred: np.ndarray) -> np.ndarray:
    """Metres from the root of each predecessor tree to every node (0 at roots and unreached nodes)."""
    rows, size = pred.shape
    node = np.broadcast_to(np.arange(size), pred.shape)
    has = pred >= 0
    arc = np.zeros(pred.shape)
    arc[has] = graph.arc_lengths(pred[has], node[has])
    offset = (np.arange(rows, dtype=np.int64) * size)[:, None]
    parent = np.where(has, pred + offset, -1).ravel()
    total = arc.ravel()
    while True:
        active = np.flatnonzero(parent >= 0)
        if len(active) == 0:
            break
        target = parent[active]
        total[active] += total[target]
        parent[active] = parent[target]
    return total.reshape(pred.shape)


def times_at_points(
    network: Network,
    profile: TravelMode,
    times: np.ndarray,
    lengths: np.ndarray | None,
    snap_edge: np.ndarray,
    snap_offset: np.ndarray,
    *,
    reverse: bool = False,
):
    """Seconds (and metres) from each search row to points lying on edges, through the ends of their edges.

    Without ``reverse`` the rows are times *from* starts to nodes and the
    points are destinations; with ``reverse`` the rows are times from nodes
    *to* the starts and the points are origins.

    Parameters
    ----------
    network, profile
        The network and the travel mode.
    times, lengths
        :func:`node_times` (``lengths`` None: no metres).
    snap_edge, snap_offset
        The edge of each point and its distance in metres from the edge's start.
    reverse
        As above.

    Returns
    -------
    seconds : numpy.ndarray
        ``(rows, points)``, inf where not reached.
    metres : numpy.ndarray or None
        NaN where not reached; None without ``lengths``.
    """
    edge = np.asarray(snap_edge, dtype=np.int64)
    s = np.asarray(snap_offset, dtype=float)
    u, v = network.edge_u[edge], network.edge_v[edge]
    length = network.edge_length[edge]
    spm = profile.seconds_per_metre[edge]
    if not reverse:
        via_u_ok, via_v_ok = profile.forward[edge], profile.backward[edge]
    else:
        via_u_ok, via_v_ok = profile.backward[edge], profile.forward[edge]
    via_u = np.where(via_u_ok, times[:, u] + s * spm, np.inf)
    via_v = np.where(via_v_ok, times[:, v] + (length - s) * spm, np.inf)
    best = np.minimum(via_u, via_v)
    if lengths is None:
        return best, None
    metres = np.where(via_u <= via_v, lengths[:, u] + s, lengths[:, v] + (length - s))
    return best, np.where(np.isfinite(best), metres, np.nan)


def reached_node_times(graph: SearchGraph, starts: np.ndarray, limit_s: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The nodes each of ``starts`` reaches within ``limit_s`` and its seconds to them, compactly.

    Returns ``(bounds, nodes, seconds)``: start ``i`` reaches
    ``nodes[bounds[i]:bounds[i + 1]]``. What the helper process sends back
    (a few MB, not a dense matrix).

    Parameters
    ----------
    graph
        :func:`search_graph`.
    starts
        The start points to search from, ``SEARCH_BLOCK`` at a time.
    limit_s
        The time limit in seconds.

    Returns
    -------
    bounds, nodes, seconds : numpy.ndarray
    """
    nodes, seconds = [], []
    for i in range(0, len(starts), SEARCH_BLOCK):  # a block at a time: one dense row per start and node
        for row in node_times(graph, starts[i : i + SEARCH_BLOCK], limit_s=limit_s):
            nodes.append(np.flatnonzero(row <= limit_s).astype(np.int32))
            seconds.append(row[nodes[-1]])
    bounds = np.zeros(len(nodes) + 1, dtype=np.int64)
    np.cumsum([len(n) for n in nodes], out=bounds[1:])
    if not nodes:
        return bounds, np.zeros(0, np.int32), np.zeros(0)
    return bounds, np.concatenate(nodes), np.concatenate(seconds)


def _helper_searches(
    graph_file: parallel.ArrayFile, n_nodes: int, n_starts: int, starts: np.ndarray, limit_s: float
) -> parallel.ArrayFile:
    """In the helper process: :func:`reached_node_times` on the graph in ``graph_file``, written to a file."""
    graph = SearchGraph(**graph_file.read(), length_m=np.zeros(0), n_nodes=n_nodes, n_starts=n_starts)
    return parallel.array_file(dict(zip(("bounds", "nodes", "seconds"), reached_node_times(graph, starts, limit_s))))


@dataclass
class _HelperSearches:
    """Searches handed to the session's helper process (see :func:`_to_helper`)."""

    future: Future
    graph_file: parallel.ArrayFile
    task: tuple

    def result(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """:func:`reached_node_times` from the helper, or worked out here when the helper could not (its process
        died, it was stopped before it began, or its files failed)."""
        from concurrent.futures import BrokenExecutor

        try:
            found = self.future.result().take()
            return found["bounds"], found["nodes"], found["seconds"]
        except BrokenExecutor:
            parallel.stop_helper(for_good=True)
            return reached_node_times(*self.task)
        except Exception:  # noqa: BLE001 - the same work here gives the same answer, or the same error
            return reached_node_times(*self.task)

    def close(self) -> None:
        """Files removed; an answer still to come is dropped when it comes."""
        self.future.cancel()
        self.graph_file.remove()
        self.future.add_done_callback(_drop_answer)


def _drop_answer(future) -> None:
    if not future.cancelled() and future.exception() is None:
        future.result().remove()


def _to_helper(graph: SearchGraph, starts: np.ndarray, limit_s: float) -> _HelperSearches | None:
    """:func:`reached_node_times` handed to the session's helper process, or None when there is no helper ready
    (then this process does all the searches). The graph goes in a file (see :func:`.parallel.array_file`)."""
    from concurrent.futures import BrokenExecutor

    pool = parallel.helper()
    if pool is None:
        return None
    try:
        graph_file = parallel.array_file({"indptr": graph.indptr, "indices": graph.indices, "time_s": graph.time_s})
    except OSError:  # no room for it
        return None
    try:
        future = pool.submit(_helper_searches, graph_file, graph.n_nodes, graph.n_starts, starts, limit_s)
    except BaseException as error:
        graph_file.remove()
        if isinstance(error, BrokenExecutor):  # its process died
            parallel.stop_helper(for_good=True)
        elif not isinstance(error, RuntimeError):  # RuntimeError: stopped meanwhile (plugin unloaded)
            raise
        return None
    return _HelperSearches(future, graph_file, (graph, starts, limit_s))
