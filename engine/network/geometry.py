"""Edge geometry as flat vertex arrays, for outputs: whole edges, and pieces of edges cut at distances along them."""

from __future__ import annotations

import numpy as np

from ..arrays import ranges
from .model import Network


def edge_geometries(network: Network, edges: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Vertices of whole edges, flat: edge ``i`` of ``edges`` (default: all) is ``xy[offsets[i]:offsets[i + 1]]``.

    Parameters
    ----------
    network
        The network.
    edges
        The edges wanted, in order; None for every edge.

    Returns
    -------
    xy : numpy.ndarray
        ``(m, 2)`` vertices of the edges, one edge after the other.
    offsets : numpy.ndarray
        ``len(edges) + 1`` positions in ``xy`` where each edge starts (and the last ends).
    """
    edges = np.arange(network.n_edges) if edges is None else np.asarray(edges, dtype=np.int64)
    counts = network.edge_end[edges] - network.edge_start[edges] + 1
    offsets = np.zeros(len(edges) + 1, dtype=np.int64)
    np.cumsum(counts, out=offsets[1:])
    index = ranges(network.edge_start[edges], counts)
    return network.vertices[index], offsets


def _vertex_along(network: Network) -> np.ndarray:
    """For every vertex, metres from the start of its line along the line (edges of a line share vertices)."""
    cached = network._snap_index.get("along")
    if cached is None:
        segment = np.hypot(*np.diff(network.vertices, axis=0).T) if len(network.vertices) > 1 else np.zeros(0)
        inside = np.zeros(len(segment) + 1, dtype=np.int64)
        np.add.at(inside, network.edge_start, 1)
        np.add.at(inside, network.edge_end, -1)
        segment = segment * (np.cumsum(inside)[:-1] > 0)
        cached = np.concatenate([[0.0], np.cumsum(segment)])
        network._snap_index["along"] = cached
    return cached


def piece_coordinates(
    network: Network, edges: np.ndarray, start_m: np.ndarray, end_m: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Vertices of edge pieces, flat: ``(xy, offsets)`` with piece ``i`` = ``xy[offsets[i]:offsets[i + 1]]``.

    Each piece is its start point (interpolated at ``start_m`` along the
    edge), the edge's vertices strictly between, and its end point; all
    pieces are cut at once with numpy.

    Parameters
    ----------
    network
        The network.
    edges
        The edge of each piece.
    start_m, end_m
        Where each piece starts and ends, in metres from its edge's start.

    Returns
    -------
    xy : numpy.ndarray
        ``(m, 2)`` vertices of the pieces, one piece after the other.
    offsets : numpy.ndarray
        ``len(edges) + 1`` positions in ``xy`` where each piece starts (and the last ends).
    """
    edges = np.asarray(edges, dtype=np.int64)
    start_m, end_m = np.asarray(start_m, float), np.asarray(end_m, float)
    if len(edges) == 0:
        return np.zeros((0, 2)), np.zeros(1, dtype=np.int64)
    # every vertex of every piece's edge, its distance along the edge, and whether it lies inside the piece
    cumulative = _vertex_along(network)
    first, last = network.edge_start[edges], network.edge_end[edges]
    n = last - first + 1
    bounds = np.concatenate([[0], np.cumsum(n)[:-1]])
    vertex = ranges(first, n)
    along = cumulative[vertex] - np.repeat(cumulative[first], n)
    inner = (along > np.repeat(start_m, n) + 1e-9) & (along < np.repeat(end_m, n) - 1e-9)
    inner_count = np.add.reduceat(inner.astype(np.int64), bounds)

    def point_at(distance):
        """Points ``distance`` metres along the pieces' edges (their end vertices where the piece reaches them)."""
        point = np.take(network.vertices, np.where(distance <= 0.0, first, last), axis=0)
        between = np.flatnonzero((distance > 0.0) & (distance < along[bounds + n - 1]))
        if len(between):
            rows = np.repeat(between, n[between])
            below = (
                np.bincount(rows, weights=along[ranges(bounds[between], n[between])] <= distance[rows], minlength=len(edges))[
                    between
                ].astype(np.int64)
                - 1
            )
            k = first[between] + np.clip(below, 0, n[between] - 2)
            a, b = np.take(network.vertices, k, axis=0), np.take(network.vertices, k + 1, axis=0)
            span = cumulative[k + 1] - cumulative[k]
            with np.errstate(invalid="ignore", divide="ignore"):
                t = np.clip(
                    np.where(span > 0, (distance[between] - (cumulative[k] - cumulative[first[between]])) / span, 0.0), 0.0, 1.0
                )
            point[between] = a + (b - a) * t[:, None]
        return point

    # each piece: its start point, its inner vertices, its end point
    counts = inner_count + 2
    offsets = np.zeros(len(edges) + 1, dtype=np.int64)
    np.cumsum(counts, out=offsets[1:])
    xy = np.empty((offsets[-1], 2))
    xy[offsets[:-1]] = point_at(start_m)
    xy[offsets[1:] - 1] = point_at(end_m)
    owner = np.repeat(np.arange(len(edges)), n)[inner]
    rank = ranges(0, inner_count)
    xy[offsets[owner] + 1 + rank] = network.vertices[vertex[inner]]
    return xy, offsets
