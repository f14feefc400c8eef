"""Kernel density of chosen answers on a grid, and its clusters (``"density"`` and ``"share"``).

A cluster is a group of touching cells (8-neighbourhood) where the density
of chosen answers exceeds a percentile of the densities over the surveyed
area (``"density"``), or where the kernel-smoothed share of chosen answers
among all responses is at least a multiple of the overall share, counting
only cells with enough responses within the kernel radius (``"share"``).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from ...errors import InvalidInputError
from ...i18n import tr
from ...progress import Band, NullProgress, Progress, check_cancelled
from .common import KERNELS, M2_PER_KM2, ClusterOptions, SurveyPoints, unique_locations
from .grid import Grid, default_cell_size, grid_clusters, label_cells


@dataclass(frozen=True)
class DensitySurface:
    """Kernel densities on a grid, arrays ``(rows, columns)``, row 0 south.

    ``chosen`` and ``everything`` are densities per km² of the chosen
    answers and of all records; ``nearby`` the number of records within the
    kernel radius of each cell centre.
    """

    grid: Grid
    chosen: np.ndarray
    everything: np.ndarray
    nearby: np.ndarray
    kernel: str
    bandwidth: float
    radius: float


def default_bandwidth(xy: np.ndarray) -> float:
    """Kernel radius from the data: the spatial form of Silverman's rule of thumb.

    ``0.9 · min(SD, sqrt(1/ln 2) · Dm) · n^(-1/5)`` where SD is the standard
    distance of the points from their mean centre and Dm the median distance
    to it (the rule ArcGIS Pro documents for its Kernel Density tool, after
    Silverman 1986, eq. 3.31). Coincident points count with their multiplicity.

    Parameters
    ----------
    xy : numpy.ndarray
        ``(n, 2)`` coordinates.

    Returns
    -------
    float
        In the units of the coordinates.

    Raises
    ------
    InvalidInputError
        With fewer than two points, or all at the same place.
    """
    xy = np.asarray(xy, dtype=float).reshape(-1, 2)
    n = len(xy)
    if n < 2:
        raise InvalidInputError(tr("At least two points are needed to choose a bandwidth from the data."))
    distance = np.hypot(*(xy - xy.mean(axis=0)).T)
    standard_distance = math.sqrt(float(np.mean(distance**2)))
    median_distance = float(np.median(distance))
    spread = min(standard_distance, math.sqrt(1.0 / math.log(2.0)) * median_distance)
    if spread <= 0:
        spread = standard_distance
    if spread <= 0:
        raise InvalidInputError(tr("All points are at the same place: there is no spread to find clusters in."))
    return 0.9 * spread * n**-0.2


def kernel_radius(kernel: str, bandwidth: float) -> float:
    """The radius within which records count as "near" a cell: the quartic radius, or √8·σ for a Gaussian.

    Parameters
    ----------
    kernel : str
        ``"quartic"`` or ``"gaussian"``.
    bandwidth : float
        The quartic radius, or the Gaussian σ.

    Returns
    -------
    float
    """
    return bandwidth if kernel == "quartic" else math.sqrt(8.0) * bandwidth


def _kernel_values(kernel: str, distance: np.ndarray, bandwidth: float) -> np.ndarray:
    u2 = (distance / bandwidth) ** 2
    if kernel == "quartic":
        return np.where(u2 < 1.0, 3.0 / (math.pi * bandwidth**2) * (1.0 - u2) ** 2, 0.0)
    return np.exp(-0.5 * u2) / (2.0 * math.pi * bandwidth**2)


def kernel_density(
    points: SurveyPoints,
    *,
    grid: Grid,
    bandwidth: float,
    kernel: str = "quartic",
    progress: Progress | None = None,
    chunk: int = 4096,
) -> DensitySurface:
    """Kernel density of the chosen answers and of all records at every cell centre.

    Each record spreads a unit mass with the quartic kernel
    ``3/(π h²)·(1 − d²/h²)²`` (``d < h``) or the Gaussian kernel
    ``exp(−d²/2σ²)/(2π σ²)`` (cut at 4σ), so densities are records per
    km². Pairs of cells and records are found with ``cKDTree``.

    Parameters
    ----------
    points : SurveyPoints
        The located records and which are chosen answers.
    grid : Grid
        The cells.
    bandwidth : float
        The quartic radius ``h`` or the Gaussian ``σ``, in the units of the
        coordinates.
    kernel : str
        ``"quartic"`` or ``"gaussian"``.
    progress : Progress, optional
        Progress and cancellation.
    chunk : int
        Locations handled at a time.

    Returns
    -------
    DensitySurface
    """
    progress = progress or NullProgress()
    if kernel not in KERNELS:
        raise InvalidInputError(tr("Unknown kernel {kernel}.").format(kernel=kernel))
    if not bandwidth > 0:
        raise InvalidInputError(tr("The bandwidth must be greater than 0."))
    radius = kernel_radius(kernel, bandwidth)
    chosen_density, all_density, nearby = _kernel_sums(
        points, grid, kernel=kernel, bandwidth=bandwidth, radius=radius, chunk=chunk, progress=progress
    )
    shape = (grid.rows, grid.columns)
    return DensitySurface(
        grid,
        (chosen_density * M2_PER_KM2).reshape(shape),
        (all_density * M2_PER_KM2).reshape(shape),
        nearby.reshape(shape),
        kernel,
        bandwidth,
        radius,
    )


def _kernel_sums(
    points: SurveyPoints, grid: Grid, *, kernel: str, bandwidth: float, radius: float, chunk: int, progress: Progress
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per cell (flat): kernel sums of the chosen answers and of all records (per m²), and records within ``radius``."""
    from scipy.spatial import cKDTree

    support = radius if kernel == "quartic" else 4.0 * bandwidth
    locations, _inverse, chosen_count, all_count = unique_locations(points.xy, points.chosen)
    centres = cKDTree(grid.centres())
    chosen_density = np.zeros(grid.size)
    all_density = np.zeros(grid.size)
    nearby = np.zeros(grid.size)
    for start in range(0, len(locations), chunk):
        check_cancelled(progress)
        progress.set_progress(100.0 * start / len(locations))
        # the (cell, location) pairs within the kernel's support, for a chunk of locations
        stop = min(start + chunk, len(locations))
        pairs = centres.sparse_distance_matrix(cKDTree(locations[start:stop]), support, output_type="ndarray")
        cell, location, distance = pairs["i"], pairs["j"] + start, pairs["v"]
        # each location's records spread by the kernel onto the cells, and counted near those within the radius
        weight = _kernel_values(kernel, distance, bandwidth)
        chosen_density += np.bincount(cell, weights=weight * chosen_count[location], minlength=grid.size)
        all_density += np.bincount(cell, weights=weight * all_count[location], minlength=grid.size)
        near = distance <= radius
        nearby += np.bincount(cell[near], weights=all_count[location[near]], minlength=grid.size)
    return chosen_density, all_density, nearby


def density_surface(points: SurveyPoints, options: ClusterOptions, progress: Progress | None = None) -> DensitySurface:
    """The kernel density surface with the options' bandwidth and cell size (or the data's defaults).

    Parameters
    ----------
    points : SurveyPoints
        The located records and which are chosen answers.
    options : ClusterOptions
        ``kernel``, ``bandwidth`` and ``cell_size`` (``None``: from the data,
        :func:`default_bandwidth` and :func:`engine.survey.clusters.grid.default_cell_size`).
    progress : Progress, optional
        Progress and cancellation.

    Returns
    -------
    DensitySurface
    """
    chosen_xy = points.xy[points.chosen]
    if len(chosen_xy) < 2:
        raise InvalidInputError(tr("At least two chosen answers are needed to find clusters."))
    kernel = options.kernel
    if kernel not in KERNELS:
        raise InvalidInputError(tr("Unknown kernel {kernel}.").format(kernel=kernel))
    bandwidth = options.bandwidth or default_bandwidth(chosen_xy) / (1.0 if kernel == "quartic" else math.sqrt(8.0))
    radius = kernel_radius(kernel, bandwidth)
    cell = options.cell_size or default_cell_size(points.xy, radius)
    grid = Grid.covering(points.xy, cell, margin=radius)
    return kernel_density(points, grid=grid, bandwidth=bandwidth, kernel=kernel, progress=progress)


def density_clusters(
    points: SurveyPoints, options: ClusterOptions, progress: Progress
) -> tuple[list[dict], dict, DensitySurface]:
    """Clusters of the ``"density"`` or ``"share"`` method (see the module documentation).

    Parameters
    ----------
    points : SurveyPoints
        The located records and which are chosen answers.
    options : ClusterOptions
        The method, kernel settings, ``percentile`` or ``share_multiple`` and
        ``min_count``, and ``min_points``.
    progress : Progress
        Progress and cancellation.

    Returns
    -------
    tuple of (list of dict, dict, DensitySurface)
        The clusters, the settings used and the surface.
    """
    surface = density_surface(points, options, Band(progress, 0, 80))
    grid = surface.grid
    covered = surface.everything > 0
    settings = {"bandwidth": surface.bandwidth, "cell_size": grid.cell, "radius": surface.radius}
    if options.method == "density":
        if not 0 < options.percentile < 100:
            raise InvalidInputError(tr("The percentile must be between 0 and 100."))
        threshold = float(np.percentile(surface.chosen[covered], options.percentile))
        mask = covered & (surface.chosen > threshold)
        settings["threshold"] = threshold
    else:
        if points.every_record_chosen:
            raise InvalidInputError(
                tr(
                    "The share method compares chosen answers with all responses: give an answer field and the "
                    "answer values that count."
                )
            )
        overall = float(points.chosen.mean())
        share = np.divide(surface.chosen, surface.everything, out=np.zeros_like(surface.chosen), where=covered)
        threshold = options.share_multiple * overall
        mask = covered & (surface.nearby >= options.min_count) & (share >= threshold)
        settings.update({"threshold": threshold, "overall_share": overall})
    labels, count = label_cells(mask)
    chosen_cells = np.bincount(grid.locate(points.xy[points.chosen]), minlength=grid.size).astype(float)
    return grid_clusters(labels, count, grid, chosen_cells, options.min_points, peak=surface.chosen), settings, surface
