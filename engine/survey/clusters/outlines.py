"""Outlines of point clusters: alpha shapes of the member locations, buffered by half their spacing."""

from __future__ import annotations

import numpy as np

from .common import MARGIN_FRACTION, ClusterShape

#: A cluster of clusters' margin is at least this multiple of its parts': buffers drawn with BUFFER_SEGMENTS
#: segments a quarter circle fall short of the true arc by up to 1 − cos(π/(4 × segments)) (0.5% for 8), so a
#: 1% wider margin holds them (a test checks it against BUFFER_SEGMENTS).
PART_MARGIN = 1.01


def alpha_triangles(xy: np.ndarray, radius: float) -> tuple[np.ndarray, str]:
    """Triangles of the alpha shape of distinct points: Delaunay triangles with circumradius ≤ ``radius``.

    Falls back to every Delaunay triangle (the convex hull) when no triangle
    is that small; returns no triangle (``"points"``) for fewer than three
    distinct points or collinear points.

    Parameters
    ----------
    xy : numpy.ndarray
        ``(n, 2)`` coordinates (duplicates are ignored).
    radius : float
        Largest circumradius.

    Returns
    -------
    tuple of (numpy.ndarray, str)
        ``(k, 3, 2)`` triangles and how they were chosen: ``"alpha"``,
        ``"convex"`` or ``"points"``.
    """
    from scipy.spatial import Delaunay, QhullError

    xy = np.unique(np.asarray(xy, dtype=float).reshape(-1, 2), axis=0)
    if len(xy) < 3:
        return np.zeros((0, 3, 2)), "points"
    try:
        triangulation = Delaunay(xy)
    except QhullError:
        return np.zeros((0, 3, 2)), "points"
    # side lengths and doubled area of each Delaunay triangle, hence its circumradius
    triangles = xy[triangulation.simplices]
    a = np.hypot(*(triangles[:, 1] - triangles[:, 2]).T)
    b = np.hypot(*(triangles[:, 0] - triangles[:, 2]).T)
    c = np.hypot(*(triangles[:, 0] - triangles[:, 1]).T)
    u, v = triangles[:, 1] - triangles[:, 0], triangles[:, 2] - triangles[:, 0]
    double_area = np.abs(u[:, 0] * v[:, 1] - u[:, 1] * v[:, 0])
    with np.errstate(divide="ignore", invalid="ignore"):
        circumradius = a * b * c / (2.0 * double_area)
    # the small enough triangles; every (non-flat) one, the convex hull, when none is
    keep = (double_area > 0) & (circumradius <= radius)
    if not keep.any():
        return triangles[double_area > 0], "convex"
    return triangles[keep], "alpha"


def point_shape(xy: np.ndarray, link: float, spacing: float) -> ClusterShape:
    """Outline of locations linked within ``link``.

    Their alpha shape of radius ``link``, buffered by half the typical
    ``spacing`` of locations (the median nearest-neighbour distance), so that
    each location on the edge brings the area around it, as it does inside.

    Parameters
    ----------
    xy : numpy.ndarray
        ``(n, 2)`` locations.
    link : float
        The link distance (alpha radius).
    spacing : float
        Typical spacing of locations.

    Returns
    -------
    ClusterShape
    """
    triangles, hull = alpha_triangles(xy, link)
    margin = MARGIN_FRACTION * min(spacing, link) if spacing > 0 else MARGIN_FRACTION * link
    return ClusterShape(triangles=triangles, points=np.unique(xy, axis=0), margin=margin, hull=hull)


def merged_shape(xy: np.ndarray, link: float, spacing: float, parts: list[ClusterShape]) -> ClusterShape:
    """Outline of a cluster of clusters.

    The :func:`point_shape` of all their locations ``xy``, keeping the
    triangles of each part's outline and a margin :data:`PART_MARGIN` times
    the widest part's at least, so that it contains every part's outline even
    once the adapter draws the margins' arcs as chords.

    Parameters
    ----------
    xy : numpy.ndarray
        ``(n, 2)`` locations of all the parts.
    link : float
        The link distance (alpha radius).
    spacing : float
        Typical spacing of locations.
    parts : list of ClusterShape
        The outlines of the clusters of the order below.

    Returns
    -------
    ClusterShape
    """
    shape = point_shape(xy, link, spacing)
    triangles = np.concatenate([shape.triangles, *(p.triangles for p in parts)]).reshape(-1, 3, 2)
    margin = max(shape.margin, PART_MARGIN * max(p.margin for p in parts))
    return ClusterShape(triangles=triangles, points=shape.points, margin=margin, hull=shape.hull)
