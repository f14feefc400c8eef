"""Points onto lines: snapping onto the nearest point of the nearest usable edge, and cutting lines.

The snapping index is a KD-tree (:class:`scipy.spatial.cKDTree`) of points
every few metres along every segment of the usable edges; the nearest of
them bounds the search, then every segment with a point within that bound
plus half the spacing is measured exactly, so the result is the true
nearest point on the network.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..arrays import ranges


@dataclass(frozen=True)
class Snap:
    """Points snapped onto a profile's usable edges.

    ``edge`` is -1 where a point is farther than the tolerance (or has no
    coordinates); ``offset`` is the distance in metres from the edge's start
    along its geometry, ``distance`` the straight-line distance from the point
    to the snapped position ``xy``.
    """

    edge: np.ndarray
    offset: np.ndarray
    distance: np.ndarray
    xy: np.ndarray

    @property
    def ok(self) -> np.ndarray:
        return self.edge >= 0

    def __len__(self) -> int:
        return len(self.edge)


def cut_line(coordinates: np.ndarray, start: float, end: float) -> np.ndarray:
    """The part of a polyline between ``start`` and ``end`` metres from its first vertex.

    Parameters
    ----------
    coordinates
        ``(m, 2)`` vertices of the polyline.
    start, end
        Distances along the line in metres, clipped to its length (swapped when ``end < start``).

    Returns
    -------
    numpy.ndarray
        The point at ``start``, the vertices strictly between, and the point at ``end``.
    """
    coordinates = np.asarray(coordinates, dtype=float)
    segment = np.hypot(*np.diff(coordinates, axis=0).T)
    cumulative = np.concatenate([[0.0], np.cumsum(segment)])
    total = cumulative[-1]
    start, end = max(0.0, min(start, total)), max(0.0, min(end, total))
    if end < start:
        start, end = end, start
    inner = coordinates[(cumulative > start) & (cumulative < end)]
    return np.vstack([_point_at(coordinates, cumulative, start), inner, _point_at(coordinates, cumulative, end)])


def _point_at(coordinates: np.ndarray, cumulative: np.ndarray, distance: float) -> np.ndarray:
    i = int(np.searchsorted(cumulative, distance, side="right")) - 1
    i = min(max(i, 0), len(coordinates) - 2)
    span = cumulative[i + 1] - cumulative[i]
    t = 0.0 if span <= 0 else (distance - cumulative[i]) / span
    return coordinates[i] + (coordinates[i + 1] - coordinates[i]) * min(max(t, 0.0), 1.0)


def snap_index(vertices: np.ndarray, edge_start: np.ndarray, edge_end: np.ndarray, usable: np.ndarray) -> dict:
    """The snapping index of the usable edges of a network (see :meth:`.model.Network.snap`, which keeps it).

    Parameters
    ----------
    vertices, edge_start, edge_end
        The network's vertices, and the first and last vertex of each edge.
    usable
        Whether each edge can be used (by the profile the points are snapped for).

    Returns
    -------
    dict
        ``tree``: a :class:`scipy.spatial.cKDTree` of points every few metres
        along every segment of the usable edges (None when there is none),
        ``sample_seg``: the segment of each point, and per segment its ends
        ``a`` and ``b``, ``length``, ``along`` (metres from its edge's start)
        and ``seg_edge``; ``half``: half the largest spacing of the points.
    """
    from scipy.spatial import cKDTree

    # every segment of the usable edges, and how far along its edge it starts
    edges = np.flatnonzero(usable)
    counts = edge_end[edges] - edge_start[edges]
    seg_edge = np.repeat(edges, counts)
    seg_start = ranges(edge_start[edges], counts)
    a = vertices[seg_start]
    b = vertices[seg_start + 1]
    length = np.hypot(*(b - a).T)
    before = np.concatenate([[0.0], np.cumsum(length)])[:-1]
    edge_first = np.repeat(np.cumsum(counts) - counts, counts)
    along = before - before[edge_first] if len(before) else before
    # points at the middle of equal pieces of every segment, at most the spacing long
    spacing = float(np.clip(np.median(length) if len(length) else 10.0, 5.0, 50.0))
    pieces = np.maximum(1, np.ceil(length / spacing)).astype(np.int64)
    sample_seg = np.repeat(np.arange(len(a)), pieces)
    t = (ranges(0, pieces) + 0.5) / pieces[sample_seg]
    samples = a[sample_seg] + (b - a)[sample_seg] * t[:, None]
    half = float((length / pieces).max() / 2.0) if len(length) else 0.0
    return {
        "tree": cKDTree(samples) if len(samples) else None,
        "sample_seg": sample_seg,
        "a": a,
        "b": b,
        "length": length,
        "along": along,
        "seg_edge": seg_edge,
        "half": half,
    }


def snap_points(index: dict, edge_length: np.ndarray, xy: np.ndarray, *, tolerance: float | None = None) -> Snap:
    """Snap points to the nearest point of the nearest usable edge (see :meth:`.model.Network.snap`).

    Parameters
    ----------
    index
        The :func:`snap_index` of the usable edges.
    edge_length
        The length of every edge of the network (metres).
    xy
        The points, ``(n, 2)``; points with a NaN coordinate are not snapped.
    tolerance
        Points farther than this (metres) from every usable edge are not
        snapped (``edge`` -1); None snaps every point.

    Returns
    -------
    Snap
    """
    xy = np.asarray(xy, dtype=float).reshape(-1, 2)
    n = len(xy)
    edge = np.full(n, -1, dtype=np.int64)
    offset = np.full(n, np.nan)
    distance = np.full(n, np.nan)
    snapped = np.full((n, 2), np.nan)
    valid = np.isfinite(xy).all(axis=1)
    if index["tree"] is None or not valid.any():
        return Snap(edge, offset, distance, snapped)
    # candidate segments: those with a sample within the nearest sample's distance plus half a spacing
    points = np.flatnonzero(valid)
    nearest, _ = index["tree"].query(xy[points])
    candidates = index["tree"].query_ball_point(xy[points], nearest + index["half"] + 1e-6)
    sizes = np.array([len(c) for c in candidates])
    owner = np.repeat(points, sizes)
    segs = index["sample_seg"][np.concatenate([np.asarray(c, dtype=np.int64) for c in candidates])]
    pair = np.unique(np.stack([owner, segs], axis=1), axis=0)
    owner, segs = pair[:, 0], pair[:, 1]
    # the foot of the perpendicular on every candidate segment
    a, b = index["a"][segs], index["b"][segs]
    vector = b - a
    length2 = np.einsum("ij,ij->i", vector, vector)
    with np.errstate(divide="ignore", invalid="ignore"):
        t = np.where(length2 > 0, np.einsum("ij,ij->i", xy[owner] - a, vector) / length2, 0.0)
    t = np.clip(t, 0.0, 1.0)
    foot = a + vector * t[:, None]
    d = np.hypot(*(xy[owner] - foot).T)
    # the nearest foot of each point (the lowest segment among equals)
    order = np.lexsort((segs, d, owner))
    first = np.ones(len(order), dtype=bool)
    first[1:] = owner[order][1:] != owner[order][:-1]
    best = order[first]
    who = owner[best]
    seg = segs[best]
    edge[who] = index["seg_edge"][seg]
    offset[who] = np.clip(index["along"][seg] + t[best] * index["length"][seg], 0.0, edge_length[edge[who]])
    distance[who] = d[best]
    snapped[who] = foot[best]
    if tolerance is not None:
        far = distance > tolerance
        edge[far] = -1
    return Snap(edge, offset, distance, snapped)
