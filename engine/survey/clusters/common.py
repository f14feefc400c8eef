"""What the cluster methods share: the located records, the options and the outlines of their clusters."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from ...errors import InvalidInputError

METHODS = ("density", "share", "gi_grid", "gi_units", "nnh")
KERNELS = ("quartic", "gaussian")
#: Grids larger than this are refused (or, for the default cell size, coarsened).
MAX_CELLS = 1_500_000
#: Default cell size as a fraction of the kernel radius.
CELLS_PER_RADIUS = 5.0
#: Outline margin around member locations, as a fraction of their typical spacing.
MARGIN_FRACTION = 0.5
#: Segments per quarter circle of the buffers that draw the outlines (the bridge's GEOS buffer).
BUFFER_SEGMENTS = 8
M2_PER_KM2 = 1e6


# -- inputs and options ----------------------------------------------------------
@dataclass(frozen=True)
class SurveyPoints:
    """Located records: coordinates, which are chosen answers, and their postcode unit.

    ``unit`` is the position of each record's postcode unit in ``unit_xy``
    (-1 for records that are points themselves); ``unit_xy`` holds every
    postcode unit, including those without a record (they count as zeros for
    Gi* on postcode units).
    """

    xy: np.ndarray
    chosen: np.ndarray
    unit: np.ndarray | None = None
    unit_xy: np.ndarray | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "xy", np.asarray(self.xy, dtype=float).reshape(-1, 2))
        object.__setattr__(self, "chosen", np.asarray(self.chosen, dtype=bool).reshape(-1))
        if len(self.xy) != len(self.chosen):
            raise InvalidInputError("xy and chosen must have the same length")

    @property
    def every_record_chosen(self) -> bool:
        return bool(self.chosen.all())


@dataclass(frozen=True)
class ClusterOptions:
    """Settings of :func:`find_clusters`; ``None`` means "from the data" (see each rule)."""

    method: str = "density"
    kernel: str = "quartic"
    bandwidth: float | None = None
    cell_size: float | None = None
    percentile: float = 95.0
    share_multiple: float = 1.5
    min_count: int = 20
    neighbours: str = "band"  # "band" or "knn"
    distance_band: float | None = None
    k: int = 8
    gi_value: str = "count"  # "count" or "share"
    alpha: float = 0.05
    probability: float | None = None  # nnh: None for the expected-links distance, else CrimeStat's threshold
    threshold: float | None = None
    area: float | None = None
    min_points: int = 10
    max_order: int = 1  # nnh: highest order of clusters of clusters (1: first order only)


# -- outlines --------------------------------------------------------------------
@dataclass(frozen=True)
class ClusterShape:
    """The outline of one cluster for the adapter: cell rectangles, or alpha-shape triangles around points.

    The polygon is the union of ``rectangles`` (``(k, 4)``), or the union of
    ``triangles`` (``(k, 3, 2)``) and of discs of radius ``margin`` around
    ``points``, buffered by ``margin``. ``hull`` says how the triangles
    were chosen: ``"cells"``, ``"alpha"``, ``"convex"`` (alpha shape empty)
    or ``"points"`` (fewer than three distinct, or collinear, points).
    """

    rectangles: np.ndarray = field(default_factory=lambda: np.zeros((0, 4)))
    triangles: np.ndarray = field(default_factory=lambda: np.zeros((0, 3, 2)))
    points: np.ndarray = field(default_factory=lambda: np.zeros((0, 2)))
    margin: float = 0.0
    hull: str = "cells"


def unique_locations(xy: np.ndarray, chosen: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Distinct locations, the location of every record, and chosen / all counts per location.

    Parameters
    ----------
    xy : numpy.ndarray
        ``(n, 2)`` coordinates of the records.
    chosen : numpy.ndarray
        Which records are chosen answers.

    Returns
    -------
    tuple of numpy.ndarray
        ``(locations, inverse, chosen_count, all_count)``.
    """
    locations, inverse = np.unique(xy, axis=0, return_inverse=True)
    inverse = inverse.reshape(-1)
    chosen_count = np.bincount(inverse, weights=chosen.astype(float), minlength=len(locations))
    all_count = np.bincount(inverse, minlength=len(locations)).astype(float)
    return locations, inverse, chosen_count, all_count


def knn_distance(xy: np.ndarray, k: int, *, tree=None) -> np.ndarray:
    """Distance from each point to its ``k``-th nearest other point (``cKDTree``; coincident points count).

    Parameters
    ----------
    xy : numpy.ndarray
        ``(n, 2)`` coordinates.
    k : int
        Which neighbour.
    tree : scipy.spatial.cKDTree, optional
        A tree of ``xy`` already built.

    Returns
    -------
    numpy.ndarray
    """
    from scipy.spatial import cKDTree

    distance, _ = (tree if tree is not None else cKDTree(xy)).query(xy, k=k + 1)
    return distance[:, -1]
