"""Hot spots of chosen survey answers or of incidents.

Three families of methods, each with defaults taken from the data:

* **Kernel density** on a regular grid (quartic or Gaussian kernel). A
  cluster is a group of touching cells (8-neighbourhood) where the density
  of chosen answers exceeds a percentile of the densities over the surveyed
  area (``"density"``), or where the kernel-smoothed share of chosen answers
  among all responses is at least a multiple of the overall share, counting
  only cells with enough responses within the kernel radius (``"share"``).
* **Getis-Ord Gi*** (Getis & Ord 1992; Ord & Getis 1995) on grid cells
  (``"gi_grid"``) or on postcode units / distinct locations (``"gi_units"``)
  with binary weights including the unit itself, for a distance band or the
  k nearest neighbours. One-sided p-values (hot spots only) are corrected
  for the false discovery rate with Benjamini–Hochberg; significant hot
  units that touch (grid) or are neighbours (units) form one cluster.
* **Nearest-neighbour hierarchical clustering** as CrimeStat's Nnh (Levine,
  CrimeStat III, ch. 6), first-order clusters: points closer than a
  threshold distance are linked (single linkage) and linked groups with at
  least a minimum number of points are clusters. The threshold is the
  random-expectation mean nearest-neighbour distance ``0.5·sqrt(A/N)``
  (Clark & Evans 1954) plus ``t(p, N−1)`` standard errors
  ``0.26136·sqrt(A)/N`` for the chosen one-tailed probability ``p``, or a
  fixed distance given by the analyst (CrimeStat's "fixed distance" option).

Distances are in the units of the coordinates (metres in a projected CRS);
densities are per square kilometre assuming metres. Cluster outlines are
returned as cell rectangles (grid methods) or as the triangles of an alpha
shape of the member locations (point methods), with a convex hull when the
alpha shape is empty; the adapter turns them into polygons.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

from .errors import InvalidInputError
from .i18n import format_count, tr
from .progress import Band, NullProgress, Progress, check_cancelled

try:
    import pandas as pd
except ImportError:  # the plugin still loads; algorithms refuse to run (see engine.dependencies)
    pd = None

METHODS = ("density", "share", "gi_grid", "gi_units", "nnh")
KERNELS = ("quartic", "gaussian")
#: Grids larger than this are refused (or, for the default cell size, coarsened).
MAX_CELLS = 1_500_000
#: Default cell size as a fraction of the kernel radius.
CELLS_PER_RADIUS = 5.0
#: Outline margin around member locations, as a fraction of their typical spacing.
MARGIN_FRACTION = 0.5
_M2_PER_KM2 = 1e6


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
    probability: float = 0.05
    threshold: float | None = None
    area: float | None = None
    min_points: int = 10


# -- results ---------------------------------------------------------------------
@dataclass(frozen=True)
class Grid:
    """A regular grid: lower-left corner, square cell size, columns × rows (row 0 is the southern row)."""

    x0: float
    y0: float
    cell: float
    columns: int
    rows: int

    @classmethod
    def covering(cls, xy: np.ndarray, cell: float, margin: float = 0.0, *, max_cells: int = MAX_CELLS) -> Grid:
        """The grid of cells of size ``cell`` covering the points plus ``margin`` on every side."""
        if not cell > 0:
            raise InvalidInputError(tr("The cell size must be greater than 0."))
        low = xy.min(axis=0) - margin
        high = xy.max(axis=0) + margin
        columns = max(1, int(math.ceil((high[0] - low[0]) / cell)))
        rows = max(1, int(math.ceil((high[1] - low[1]) / cell)))
        if columns * rows > max_cells:
            raise InvalidInputError(
                tr("A cell size of {cell} gives a grid of {n} cells over these points, more than {limit}. "
                   "Choose a larger cell size.").format(cell=f"{cell:g}", n=format_count(columns * rows),
                                                        limit=format_count(max_cells))
            )
        return cls(float(low[0]), float(low[1]), float(cell), columns, rows)

    @property
    def size(self) -> int:
        return self.columns * self.rows

    def centres(self) -> np.ndarray:
        """Cell centres, flat index ``row * columns + column``."""
        cols, rows = np.meshgrid(np.arange(self.columns), np.arange(self.rows))
        return np.column_stack([self.x0 + (cols.ravel() + 0.5) * self.cell, self.y0 + (rows.ravel() + 0.5) * self.cell])

    def locate(self, xy: np.ndarray) -> np.ndarray:
        """The flat index of the cell holding each point (points on the edge go to the nearest cell)."""
        col = np.clip(np.floor((xy[:, 0] - self.x0) / self.cell).astype(np.int64), 0, self.columns - 1)
        row = np.clip(np.floor((xy[:, 1] - self.y0) / self.cell).astype(np.int64), 0, self.rows - 1)
        return row * self.columns + col

    def rectangles(self, cells: np.ndarray) -> np.ndarray:
        """``(k, 4)`` xmin, ymin, xmax, ymax of flat cells."""
        row, col = np.divmod(np.asarray(cells, dtype=np.int64), self.columns)
        # edges computed the same way for neighbours, so that shared edges are bit-identical and merge
        return np.column_stack([self.x0 + col * self.cell, self.y0 + row * self.cell,
                                self.x0 + (col + 1) * self.cell, self.y0 + (row + 1) * self.cell])


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


@dataclass(frozen=True)
class ClusterResult:
    """Clusters found by :func:`find_clusters`.

    ``table`` has one row per cluster, largest first: ``cluster_id``
    (1, 2, …), ``method``, ``members`` (cells, postcode units or points
    that make it), ``peak_density`` (kernel methods, per km²), ``max_z``
    (Gi*). ``shapes`` are aligned with the rows. ``settings`` records the
    values used (bandwidth, cell size, thresholds…).
    """

    method: str
    table: pd.DataFrame
    shapes: list[ClusterShape]
    settings: dict[str, float]
    density: DensitySurface | None = None


# -- rules for defaults ------------------------------------------------------------
def default_bandwidth(xy: np.ndarray) -> float:
    """Kernel radius from the data: the spatial form of Silverman's rule of thumb.

    ``0.9 · min(SD, sqrt(1/ln 2) · Dm) · n^(-1/5)`` where SD is the standard
    distance of the points from their mean centre and Dm the median distance
    to it (the rule ArcGIS Pro documents for its Kernel Density tool, after
    Silverman 1986, eq. 3.31). Coincident points count with their multiplicity.
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
    return 0.9 * spread * n ** -0.2


def kernel_radius(kernel: str, bandwidth: float) -> float:
    """The radius within which records count as "near" a cell: the quartic radius, or √8·σ for a Gaussian."""
    return bandwidth if kernel == "quartic" else math.sqrt(8.0) * bandwidth


def default_cell_size(xy: np.ndarray, radius: float, *, max_cells: int = MAX_CELLS) -> float:
    """A fifth of the kernel radius, coarsened if the grid over the points would exceed ``max_cells``."""
    cell = radius / CELLS_PER_RADIUS
    span = xy.max(axis=0) - xy.min(axis=0) + 2 * radius
    while (math.ceil(span[0] / cell) * math.ceil(span[1] / cell)) > max_cells:
        cell *= 1.25
    return cell


def nn_threshold(n: int, area: float, probability: float) -> tuple[float, float, float, float]:
    """CrimeStat's Nnh threshold distance: ``(threshold, mean_random, standard_error, t)``.

    ``mean_random = 0.5·sqrt(A/N)`` is the mean nearest-neighbour distance
    expected under complete spatial randomness, ``standard_error =
    0.26136 / sqrt(N²/A)`` its standard error (Clark & Evans 1954), and
    ``t`` the one-tailed Student t value of ``probability`` with N−1
    degrees of freedom (negative below 0.5): pairs closer than
    ``mean_random + t·standard_error`` would be that close by chance with
    probability ``probability``.
    """
    from scipy import stats

    if n < 2:
        raise InvalidInputError(tr("At least two points are needed for nearest-neighbour clustering."))
    if not area > 0:
        raise InvalidInputError(tr("The study area must be greater than 0."))
    if not 0 < probability < 1:
        raise InvalidInputError(tr("The probability must be between 0 and 1."))
    mean_random = 0.5 * math.sqrt(area / n)
    standard_error = 0.26136 / math.sqrt(n * n / area)
    t = float(stats.t.ppf(probability, df=n - 1))
    return mean_random + t * standard_error, mean_random, standard_error, t


def bounding_area(xy: np.ndarray) -> float:
    """Area of the bounding rectangle of the points (CrimeStat's default study area)."""
    span = xy.max(axis=0) - xy.min(axis=0)
    return float(span[0] * span[1])


# -- kernel density -------------------------------------------------------------------
def _kernel_values(kernel: str, distance: np.ndarray, bandwidth: float) -> np.ndarray:
    u2 = (distance / bandwidth) ** 2
    if kernel == "quartic":
        return np.where(u2 < 1.0, 3.0 / (math.pi * bandwidth**2) * (1.0 - u2) ** 2, 0.0)
    return np.exp(-0.5 * u2) / (2.0 * math.pi * bandwidth**2)


def unique_locations(xy: np.ndarray, chosen: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Distinct locations, the location of every record, and chosen / all counts per location."""
    locations, inverse = np.unique(xy, axis=0, return_inverse=True)
    inverse = inverse.reshape(-1)
    chosen_count = np.bincount(inverse, weights=chosen.astype(float), minlength=len(locations))
    all_count = np.bincount(inverse, minlength=len(locations)).astype(float)
    return locations, inverse, chosen_count, all_count


def kernel_density(points: SurveyPoints, *, grid: Grid, bandwidth: float, kernel: str = "quartic",
                   progress: Progress | None = None, chunk: int = 4096) -> DensitySurface:
    """Kernel density of the chosen answers and of all records at every cell centre.

    Each record spreads a unit mass with the quartic kernel
    ``3/(π h²)·(1 − d²/h²)²`` (``d < h``) or the Gaussian kernel
    ``exp(−d²/2σ²)/(2π σ²)`` (cut at 4σ), so densities are records per
    km². Pairs of cells and records are found with ``cKDTree``.
    """
    from scipy.spatial import cKDTree

    progress = progress or NullProgress()
    if kernel not in KERNELS:
        raise InvalidInputError(tr("Unknown kernel {kernel}.").format(kernel=kernel))
    if not bandwidth > 0:
        raise InvalidInputError(tr("The bandwidth must be greater than 0."))
    radius = kernel_radius(kernel, bandwidth)
    support = radius if kernel == "quartic" else 4.0 * bandwidth
    locations, _inverse, chosen_count, all_count = unique_locations(points.xy, points.chosen)
    centres = cKDTree(grid.centres())
    chosen_density = np.zeros(grid.size)
    all_density = np.zeros(grid.size)
    nearby = np.zeros(grid.size)
    for start in range(0, len(locations), chunk):
        check_cancelled(progress)
        progress.set_progress(100.0 * start / len(locations))
        stop = min(start + chunk, len(locations))
        pairs = centres.sparse_distance_matrix(cKDTree(locations[start:stop]), support, output_type="ndarray")
        cell, location, distance = pairs["i"], pairs["j"] + start, pairs["v"]
        weight = _kernel_values(kernel, distance, bandwidth)
        chosen_density += np.bincount(cell, weights=weight * chosen_count[location], minlength=grid.size)
        all_density += np.bincount(cell, weights=weight * all_count[location], minlength=grid.size)
        near = distance <= radius
        nearby += np.bincount(cell[near], weights=all_count[location[near]], minlength=grid.size)
    shape = (grid.rows, grid.columns)
    return DensitySurface(grid, (chosen_density * _M2_PER_KM2).reshape(shape),
                          (all_density * _M2_PER_KM2).reshape(shape), nearby.reshape(shape), kernel, bandwidth, radius)


def density_surface(points: SurveyPoints, options: ClusterOptions, progress: Progress | None = None
                    ) -> DensitySurface:
    """The kernel density surface with the options' bandwidth and cell size (or the data's defaults)."""
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


def _label_cells(mask: np.ndarray) -> tuple[np.ndarray, int]:
    from scipy import ndimage

    labels, count = ndimage.label(mask, structure=np.ones((3, 3), dtype=int))
    return labels, count


def _grid_clusters(labels: np.ndarray, count: int, grid: Grid, chosen_cells: np.ndarray, min_points: int,
                   peak: np.ndarray | None = None, z: np.ndarray | None = None) -> list[dict]:
    """Cluster rows and shapes from labelled cells, dropping clusters with fewer than ``min_points`` chosen."""
    flat = labels.ravel()
    clusters = []
    for label in range(1, count + 1):
        cells = np.flatnonzero(flat == label)
        chosen = float(chosen_cells[cells].sum())
        if chosen < min_points:
            continue
        clusters.append({
            "chosen": chosen, "members": int(cells.size),
            "peak_density": float(peak.ravel()[cells].max()) if peak is not None else math.nan,
            "max_z": float(np.nanmax(z[cells])) if z is not None else math.nan,
            "shape": ClusterShape(rectangles=grid.rectangles(cells), hull="cells"),
        })
    return clusters


def _density_clusters(points: SurveyPoints, options: ClusterOptions, progress: Progress) -> tuple[list[dict], dict,
                                                                                                DensitySurface]:
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
                tr("The share method compares chosen answers with all responses: give an answer field and the "
                   "answer values that count.")
            )
        overall = float(points.chosen.mean())
        share = np.divide(surface.chosen, surface.everything, out=np.zeros_like(surface.chosen), where=covered)
        threshold = options.share_multiple * overall
        mask = covered & (surface.nearby >= options.min_count) & (share >= threshold)
        settings.update({"threshold": threshold, "overall_share": overall})
    labels, count = _label_cells(mask)
    chosen_cells = np.bincount(grid.locate(points.xy[points.chosen]), minlength=grid.size).astype(float)
    return _grid_clusters(labels, count, grid, chosen_cells, options.min_points, peak=surface.chosen), settings, surface


# -- Getis-Ord Gi* -----------------------------------------------------------------------
def distance_band_weights(xy: np.ndarray, band: float):
    """Binary weights (CSR): 1 between units at most ``band`` apart, the unit itself included."""
    from scipy.sparse import coo_matrix
    from scipy.spatial import cKDTree

    tree = cKDTree(xy)
    pairs = tree.sparse_distance_matrix(tree, band, output_type="ndarray")
    n = len(xy)
    rows = np.concatenate([pairs["i"], np.arange(n)])
    cols = np.concatenate([pairs["j"], np.arange(n)])
    weights = coo_matrix((np.ones(rows.size), (rows, cols)), shape=(n, n)).tocsr()
    weights.data[:] = 1.0  # the diagonal was added twice
    return weights


def knn_weights(xy: np.ndarray, k: int):
    """Binary weights (CSR): 1 for each unit's ``k`` nearest other units and for the unit itself (not symmetric)."""
    from scipy.sparse import coo_matrix
    from scipy.spatial import cKDTree

    n = len(xy)
    if not 1 <= k < n:
        raise InvalidInputError(
            tr("The number of neighbours must be between 1 and {n} (one less than the number of units).").format(
                n=max(1, n - 1))
        )
    _, index = cKDTree(xy).query(xy, k=k + 1)
    own = np.arange(n)[:, None]
    other = index != own
    keep = other & (np.cumsum(other, axis=1) <= k)
    rows = np.concatenate([np.nonzero(keep)[0], np.arange(n)])
    cols = np.concatenate([index[keep], np.arange(n)])
    weights = coo_matrix((np.ones(rows.size), (rows, cols)), shape=(n, n)).tocsr()
    weights.data[:] = 1.0
    return weights


def gi_star(values: np.ndarray, weights) -> tuple[np.ndarray, np.ndarray]:
    """Getis-Ord Gi* z-scores and one-sided (hot) p-values.

    ``z_i = (Σ_j w_ij x_j − x̄ W_i) / (S · sqrt((n S1_i − W_i²)/(n − 1)))`` with
    ``W_i = Σ_j w_ij`` and ``S1_i = Σ_j w_ij²`` over all units including
    ``i``, ``x̄`` and ``S`` the mean and (population) standard deviation of
    all ``n`` values (Ord & Getis 1995, eq. 14); ``p = P(Z ≥ z)``. A unit
    whose neighbourhood is every unit has no z-score (NaN, p = 1).
    """
    from scipy import stats

    x = np.asarray(values, dtype=float)
    n = x.size
    if n < 3:
        raise InvalidInputError(tr("Gi* needs at least three units."))
    mean = x.mean()
    s = math.sqrt(max(float(np.mean(x * x)) - mean * mean, 0.0))
    if s == 0:
        raise InvalidInputError(
            tr("Every unit has the same value ({value}): Gi* cannot find hot spots.").format(value=f"{mean:g}")
        )
    wi = np.asarray(weights.sum(axis=1)).ravel()
    s1 = np.asarray(weights.multiply(weights).sum(axis=1)).ravel()
    spread = (n * s1 - wi * wi) / (n - 1)
    with np.errstate(invalid="ignore", divide="ignore"):
        z = (weights @ x - mean * wi) / (s * np.sqrt(spread))
    z[~(spread > 0)] = np.nan
    p = stats.norm.sf(z)
    p[np.isnan(z)] = 1.0
    return z, p


def _gi_units(points: SurveyPoints, options: ClusterOptions, progress: Progress) -> tuple[np.ndarray, np.ndarray,
                                                                                       np.ndarray, Grid | None]:
    """Units of the Gi* analysis: their centres, chosen and all counts, and the grid (for grid cells)."""
    if options.method == "gi_grid":
        radius = options.bandwidth or default_band(points)
        cell = options.cell_size or default_cell_size(points.xy, radius)
        units = _known_units(points)
        grid = Grid.covering(points.xy if units is None else np.vstack([points.xy, units]), cell)
        index = grid.locate(points.xy)
        used = np.unique(index if units is None else np.concatenate([index, grid.locate(units)]))
        position = np.searchsorted(used, index)
        chosen = np.bincount(position, weights=points.chosen.astype(float), minlength=used.size)
        everything = np.bincount(position, minlength=used.size).astype(float)
        return grid.centres()[used], chosen, everything, grid
    units = _known_units(points)
    if units is not None:
        valid = ~np.isnan(np.asarray(points.unit_xy, dtype=float)).any(axis=1)
        chosen = np.bincount(points.unit, weights=points.chosen.astype(float), minlength=valid.size)[valid]
        everything = np.bincount(points.unit, minlength=valid.size).astype(float)[valid]
        return units, chosen, everything, None
    locations, _inverse, chosen, everything = unique_locations(points.xy, points.chosen)
    return locations, chosen, everything, None


def _known_units(points: SurveyPoints) -> np.ndarray | None:
    """The postcode units (with a location) when every record was placed at one, else None."""
    if points.unit_xy is None or points.unit is None or not (points.unit >= 0).all():
        return None
    unit_xy = np.asarray(points.unit_xy, dtype=float).reshape(-1, 2)
    return unit_xy[~np.isnan(unit_xy).any(axis=1)]


def _gi_clusters(points: SurveyPoints, options: ClusterOptions, progress: Progress) -> tuple[list[dict], dict]:
    from scipy import stats
    from scipy.sparse.csgraph import connected_components

    if options.gi_value not in ("count", "share"):
        raise InvalidInputError(tr("Unknown Gi* value {value}.").format(value=options.gi_value))
    if options.gi_value == "share" and points.every_record_chosen:
        raise InvalidInputError(
            tr("Gi* on the share of chosen answers needs an answer field and the answer values that count.")
        )
    xy, chosen, everything, grid = _gi_units(points, options, progress)
    if options.gi_value == "share":
        keep = everything > 0
        xy, chosen, everything = xy[keep], chosen[keep], everything[keep]
        values = chosen / everything
    else:
        values = chosen
    check_cancelled(progress)
    settings: dict[str, float] = {"units": float(len(xy))}
    if grid is not None:
        settings["cell_size"] = grid.cell
    if options.neighbours == "knn":
        weights = knn_weights(xy, options.k)
        settings["k"] = float(options.k)
        link = float(np.median(_knn_distance(xy, options.k)))
    else:
        band = options.distance_band or default_band(points)
        weights = distance_band_weights(xy, band)
        settings["distance_band"] = band
        link = band
    progress.set_progress(50)
    z, p = gi_star(values, weights)
    q = stats.false_discovery_control(p, method="bh")
    hot = (z > 0) & (q <= options.alpha)
    settings["hot_units"] = float(hot.sum())
    if grid is not None:
        mask = np.zeros(grid.size, dtype=bool)
        cells = grid.locate(xy)
        mask[cells[hot]] = True
        z_grid = np.full(grid.size, np.nan)
        z_grid[cells] = z
        chosen_cells = np.zeros(grid.size)
        chosen_cells[cells] = chosen
        labels, count = _label_cells(mask.reshape(grid.rows, grid.columns))
        return _grid_clusters(labels, count, grid, chosen_cells, options.min_points, z=z_grid), settings
    hot_index = np.flatnonzero(hot)
    spacing = float(np.median(_knn_distance(xy, 1)))
    graph = weights[hot_index][:, hot_index]
    count, labels = connected_components(graph, directed=True, connection="weak")
    clusters = []
    for label in range(count):
        members = hot_index[labels == label]
        if chosen[members].sum() < options.min_points:
            continue
        clusters.append({"chosen": float(chosen[members].sum()), "members": int(members.size),
                         "peak_density": math.nan, "max_z": float(np.nanmax(z[members])),
                         "shape": point_shape(xy[members], link, spacing)})
    return clusters, settings


def default_band(points: SurveyPoints) -> float:
    """Gi* distance band from the data: the kernel radius rule of :func:`default_bandwidth` applied to the
    chosen answers (to all records when fewer than two are chosen). Units with no other unit within the band
    are compared with the district through their own value alone."""
    chosen_xy = points.xy[points.chosen]
    return default_bandwidth(chosen_xy if len(chosen_xy) > 1 else points.xy)


def _knn_distance(xy: np.ndarray, k: int) -> np.ndarray:
    from scipy.spatial import cKDTree

    distance, _ = cKDTree(xy).query(xy, k=k + 1)
    return distance[:, -1]


# -- nearest-neighbour hierarchical clustering ---------------------------------------------
def _nnh_clusters(points: SurveyPoints, options: ClusterOptions, progress: Progress) -> tuple[list[dict], dict]:
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components
    from scipy.spatial import cKDTree

    chosen_xy = points.xy[points.chosen]
    n = len(chosen_xy)
    area = options.area or bounding_area(points.xy)
    threshold, mean_random, standard_error, t = nn_threshold(n, area, options.probability)
    if options.threshold:
        threshold = float(options.threshold)  # CrimeStat's "fixed distance" option
    settings = {"threshold": threshold, "mean_random": mean_random, "standard_error": standard_error, "t": t,
                "area": area, "points": float(n)}
    if threshold <= 0:
        raise InvalidInputError(
            tr("The threshold distance is not positive ({d}): choose a larger probability or study area.").format(
                d=f"{threshold:g}")
        )
    locations, inverse = np.unique(chosen_xy, axis=0, return_inverse=True)
    multiplicity = np.bincount(inverse.reshape(-1), minlength=len(locations))
    check_cancelled(progress)
    pairs = cKDTree(locations).query_pairs(threshold, output_type="ndarray")
    m = len(locations)
    graph = coo_matrix((np.ones(len(pairs)), (pairs[:, 0], pairs[:, 1])) if len(pairs) else ([], ([], [])),
                       shape=(m, m))
    count, labels = connected_components(graph, directed=False)
    spacing = float(np.median(_knn_distance(locations, 1))) if m > 1 else threshold
    clusters = []
    for label in range(count):
        members = np.flatnonzero(labels == label)
        size = int(multiplicity[members].sum())
        if size < 2 or size < options.min_points:
            continue  # a lone point is not linked to anything
        clusters.append({"chosen": float(size), "members": size, "peak_density": math.nan, "max_z": math.nan,
                         "shape": point_shape(locations[members], threshold, spacing)})
    return clusters, settings


# -- outlines -----------------------------------------------------------------------------
def alpha_shape(xy: np.ndarray, radius: float) -> tuple[np.ndarray, str]:
    """Triangles of the alpha shape of distinct points: Delaunay triangles with circumradius ≤ ``radius``.

    Falls back to every Delaunay triangle (the convex hull) when no triangle
    is that small; returns no triangle (``"points"``) for fewer than three
    distinct points or collinear points.
    """
    from scipy.spatial import Delaunay, QhullError

    xy = np.unique(np.asarray(xy, dtype=float).reshape(-1, 2), axis=0)
    if len(xy) < 3:
        return np.zeros((0, 3, 2)), "points"
    try:
        triangulation = Delaunay(xy)
    except QhullError:
        return np.zeros((0, 3, 2)), "points"
    triangles = xy[triangulation.simplices]
    a = np.hypot(*(triangles[:, 1] - triangles[:, 2]).T)
    b = np.hypot(*(triangles[:, 0] - triangles[:, 2]).T)
    c = np.hypot(*(triangles[:, 0] - triangles[:, 1]).T)
    u, v = triangles[:, 1] - triangles[:, 0], triangles[:, 2] - triangles[:, 0]
    double_area = np.abs(u[:, 0] * v[:, 1] - u[:, 1] * v[:, 0])
    with np.errstate(divide="ignore", invalid="ignore"):
        circumradius = a * b * c / (2.0 * double_area)
    keep = (double_area > 0) & (circumradius <= radius)
    if not keep.any():
        return triangles[double_area > 0], "convex"
    return triangles[keep], "alpha"


def point_shape(xy: np.ndarray, link: float, spacing: float) -> ClusterShape:
    """Outline of locations linked within ``link``: their alpha shape of radius ``link``, buffered by half
    the typical ``spacing`` of locations (the median nearest-neighbour distance), so that each location on
    the edge brings the area around it, as it does inside."""
    triangles, hull = alpha_shape(xy, link)
    margin = MARGIN_FRACTION * min(spacing, link) if spacing > 0 else MARGIN_FRACTION * link
    return ClusterShape(triangles=triangles, points=np.unique(xy, axis=0), margin=margin, hull=hull)


# -- entry points ---------------------------------------------------------------------------
def find_clusters(points: SurveyPoints, options: ClusterOptions | None = None, *,
                  progress: Progress | None = None) -> ClusterResult:
    """Find clusters of chosen answers (or of all records) with ``options.method``.

    See the module documentation for the methods. Clusters with fewer than
    ``options.min_points`` chosen answers are dropped. Raises
    :class:`InvalidInputError` for unusable input (too few points, no
    spread, an impossible parameter).
    """
    options = options or ClusterOptions()
    progress = progress or NullProgress()
    if options.method not in METHODS:
        raise InvalidInputError(tr("Unknown method {method}.").format(method=options.method))
    if len(points.xy) == 0 or np.isnan(points.xy).any():
        raise InvalidInputError(tr("Every record must have coordinates."))
    if int(points.chosen.sum()) < 2:
        raise InvalidInputError(
            tr("Only {n} chosen answers: at least two are needed to find clusters.").format(n=int(points.chosen.sum()))
        )
    surface = None
    if options.method in ("density", "share"):
        clusters, settings, surface = _density_clusters(points, options, progress)
    elif options.method in ("gi_grid", "gi_units"):
        clusters, settings = _gi_clusters(points, options, progress)
    else:
        clusters, settings = _nnh_clusters(points, options, progress)
    clusters.sort(key=lambda c: (-c["chosen"], -c["members"]))
    table = pd.DataFrame({
        "cluster_id": np.arange(1, len(clusters) + 1, dtype=np.int64),
        "method": [options.method] * len(clusters),
        "members": np.array([c["members"] for c in clusters], dtype=np.int64),
        "peak_density": np.array([c["peak_density"] for c in clusters], dtype=float),
        "max_z": np.array([c["max_z"] for c in clusters], dtype=float),
    })
    progress.set_progress(100)
    return ClusterResult(options.method, table, [c["shape"] for c in clusters], settings, surface)


def membership_matrix(zone: np.ndarray, item: np.ndarray, zones: int, items: int):
    """A CSR matrix ``zones × items`` with 1 where an item lies in a zone (pairs from a point-in-polygon test)."""
    from scipy.sparse import coo_matrix

    zone = np.asarray(zone, dtype=np.int64)
    item = np.asarray(item, dtype=np.int64)
    matrix = coo_matrix((np.ones(zone.size), (zone, item)), shape=(zones, items)).tocsr()
    matrix.data[:] = 1.0
    return matrix


def records_inside(zone: np.ndarray, location: np.ndarray, inverse: np.ndarray, zones: int, locations: int):
    """``zones × records`` membership from ``(zone, location)`` pairs and each record's location (``inverse``)."""
    from scipy.sparse import coo_matrix

    by_location = membership_matrix(zone, location, zones, locations)
    records = coo_matrix((np.ones(inverse.size), (inverse, np.arange(inverse.size))),
                         shape=(locations, inverse.size)).tocsr()
    return (by_location @ records).tocsr()


def cluster_table(result: ClusterResult, inside, chosen: np.ndarray, area_km2: np.ndarray) -> pd.DataFrame:
    """The output table: the result's rows with the records inside each cluster outline.

    ``inside`` is the ``clusters × records`` membership matrix (see
    :func:`membership_matrix`) of the outlines actually drawn. Columns:
    ``cluster_id, method, chosen, responses, share`` (chosen ÷ responses),
    ``area_km2, density`` (chosen per km² of the outline), ``members,
    peak_density, max_z``.
    """
    chosen_inside = np.asarray(inside @ np.asarray(chosen, dtype=float)).ravel()
    all_inside = np.asarray(inside.sum(axis=1)).ravel()
    area = np.asarray(area_km2, dtype=float)
    table = result.table
    with np.errstate(divide="ignore", invalid="ignore"):
        share = np.where(all_inside > 0, chosen_inside / np.where(all_inside > 0, all_inside, 1), np.nan)
        density = np.where(area > 0, chosen_inside / np.where(area > 0, area, 1), np.nan)
    return pd.DataFrame({
        "cluster_id": table["cluster_id"].to_numpy(),
        "method": table["method"].to_numpy(dtype=object),
        "chosen": chosen_inside.astype(np.int64),
        "responses": all_inside.astype(np.int64),
        "share": share,
        "area_km2": area,
        "density": density,
        "members": table["members"].to_numpy(),
        "peak_density": table["peak_density"].to_numpy(),
        "max_z": table["max_z"].to_numpy(),
    })


def describe(result: ClusterResult) -> str:
    """One translated sentence with the settings used, for the log."""
    s = result.settings
    if result.method in ("density", "share"):
        text = tr("Kernel density: bandwidth {bandwidth}, cells of {cell}, threshold {threshold}.").format(
            bandwidth=f"{s['bandwidth']:,.0f}", cell=f"{s['cell_size']:,.0f}", threshold=f"{s['threshold']:,.3g}")
    elif result.method in ("gi_grid", "gi_units"):
        neighbourhood = (tr("{k} nearest neighbours").format(k=int(s["k"])) if "k" in s
                         else tr("distance band {d}").format(d=f"{s['distance_band']:,.0f}"))
        text = tr("Getis-Ord Gi*: {units} units, {neighbourhood}, {hot} significant hot units.").format(
            units=format_count(int(s["units"])), neighbourhood=neighbourhood, hot=format_count(int(s["hot_units"])))
    else:
        text = tr("Nearest-neighbour clustering: {n} points, area {area} km², mean random nearest-neighbour "
                  "distance {mean}, threshold distance {threshold}.").format(
            n=format_count(int(s["points"])), area=f"{s['area'] / _M2_PER_KM2:,.2f}", mean=f"{s['mean_random']:,.1f}",
            threshold=f"{s['threshold']:,.1f}")
    return text + " " + tr("{n} clusters.").format(n=format_count(len(result.table)))
