"""Getis-Ord Gi* hot spots on grid cells (``"gi_grid"``) or on postcode units / locations (``"gi_units"``).

Binary weights include the unit itself, for a distance band or the k
nearest neighbours (Getis & Ord 1992; Ord & Getis 1995). Units exactly on
the band are neighbours (distances are compared with a relative tolerance
of 10⁻⁹, so rounding never decides), and every unit tied with the k-th
nearest is a neighbour too (a unit may then have more than k). One-sided p-values
(hot spots only) are corrected for the false discovery rate with
Benjamini–Hochberg; significant hot units that touch (grid) or are
neighbours (units) form one cluster.
"""

from __future__ import annotations

import math
from contextlib import contextmanager

import numpy as np

from ...errors import InvalidInputError
from ...i18n import format_significant, tr
from ...progress import Progress, check_cancelled
from ..inference import benjamini_hochberg
from .common import ClusterOptions, SurveyPoints, knn_distance, unique_locations
from .density import default_bandwidth
from .grid import Grid, default_cell_size, grid_clusters, label_cells
from .outlines import point_shape

#: Distances equal to the band, or to the k-th neighbour's distance, within this relative tolerance count as equal,
#: so that rounding in the coordinates never decides a neighbour (grid cells sit exactly on the band or tie at the
#: k-th distance all the time; a translated copy of the data then gives the same neighbours).
RELATIVE_TOLERANCE = 1e-9
#: While :func:`reusing_pairs` is active, the pairs of units within a distance band are kept for the last units
#: seen, computed that much farther than asked so that a slightly wider band reuses them: the simulations of a
#: search run Gi* again and again over the same postcode units, each with the band of its own simulated answers.
_PAIRS: dict = {}
PAIRS_REACH = 1.25


@contextmanager
def reusing_pairs(*, keep: bool = False):
    """Within this block, distance-band weights over the same units reuse their pairs (see :data:`_PAIRS`).

    Parameters
    ----------
    keep : bool
        The pairs stay after the block, for the next one (a process that
        runs many chunks of simulations); :func:`forget_pairs` drops them.

    Yields
    ------
    None
    """
    _PAIRS["enabled"] = True
    try:
        yield
    finally:
        _PAIRS.pop("enabled", None)
        if not keep:
            forget_pairs()


def forget_pairs() -> None:
    """Drop the pairs kept by :func:`reusing_pairs`."""
    _PAIRS.clear()


def distance_band_weights(xy: np.ndarray, band: float):
    """Binary weights (CSR): 1 between units at most ``band`` apart, the unit itself included.

    A pair counts when its distance is at most ``band × (1 + 10⁻⁹)``
    (:data:`RELATIVE_TOLERANCE`): units exactly on the band are neighbours
    whatever the rounding of their coordinates.

    Parameters
    ----------
    xy : numpy.ndarray
        ``(n, 2)`` coordinates of the units.
    band : float
        The distance band, in the units of the coordinates.

    Returns
    -------
    scipy.sparse.csr_matrix
        ``(n, n)``.
    """
    from scipy.sparse import coo_matrix, csr_matrix
    from scipy.spatial import cKDTree

    xy = np.ascontiguousarray(xy, dtype=float).reshape(-1, 2)
    n = len(xy)
    reach = band * (1.0 + RELATIVE_TOLERANCE)
    if not _PAIRS.get("enabled"):
        tree = cKDTree(xy)
        pairs = tree.sparse_distance_matrix(tree, reach, output_type="ndarray")
        rows = np.concatenate([pairs["i"], np.arange(n)])
        cols = np.concatenate([pairs["j"], np.arange(n)])
        weights = coo_matrix((np.ones(rows.size), (rows, cols)), shape=(n, n)).tocsr()
        weights.data[:] = 1.0  # the diagonal was added twice
        return weights
    rows, cols, distance = _pairs(xy, reach)
    keep = distance <= reach  # the pairs are in row order, each row's columns in order, itself included
    indptr = np.concatenate([[0], np.cumsum(np.bincount(rows[keep], minlength=n))])
    return csr_matrix((np.ones(int(keep.sum())), cols[keep], indptr), shape=(n, n))


def _pairs(xy: np.ndarray, reach: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Every pair of units at most ``reach`` apart and each unit with itself, by row then column, with distances.

    Reuses the pairs of the previous call over the same units when they reach far enough (see :data:`_PAIRS`).
    """
    from scipy.spatial import cKDTree

    key = (xy.shape, hash(xy.tobytes()))
    cached = _PAIRS.get("pairs")
    if cached is not None and cached[0] == key and cached[1] >= reach:
        return cached[2]
    tree = cKDTree(xy)
    far = reach * PAIRS_REACH
    pairs = tree.sparse_distance_matrix(tree, far, output_type="ndarray")
    pairs = pairs[pairs["i"] != pairs["j"]]  # each unit comes once, below
    n = len(xy)
    rows = np.concatenate([pairs["i"].astype(np.int64), np.arange(n)])
    cols = np.concatenate([pairs["j"].astype(np.int64), np.arange(n)])
    distance = np.concatenate([pairs["v"], np.zeros(n)])
    order = np.lexsort((cols, rows))
    found = (rows[order], cols[order], distance[order])
    _PAIRS["pairs"] = (key, far, found)
    return found


def knn_weights(xy: np.ndarray, k: int):
    """Binary weights (CSR): 1 for each unit's ``k`` nearest other units, every unit tied with the ``k``-th, and the
    unit itself (not symmetric).

    The neighbours of a unit are all other units at most ``d_k × (1 + 10⁻⁹)``
    away, ``d_k`` being the distance to its ``k``-th nearest other unit
    (coincident units count): a unit with several neighbours at the ``k``-th
    distance keeps them all rather than an arbitrary one, so it may have more
    than ``k``.

    Parameters
    ----------
    xy : numpy.ndarray
        ``(n, 2)`` coordinates of the units.
    k : int
        Neighbours per unit, from 1 to n − 1.

    Returns
    -------
    scipy.sparse.csr_matrix
        ``(n, n)``.
    """
    from scipy.sparse import csr_matrix
    from scipy.spatial import cKDTree

    xy = np.asarray(xy, dtype=float).reshape(-1, 2)
    n = len(xy)
    if not 1 <= k < n:
        raise InvalidInputError(
            tr("The number of neighbours must be between 1 and {n} (one less than the number of units).").format(n=max(1, n - 1))
        )
    tree = cKDTree(xy)
    kth = knn_distance(xy, k, tree=tree)
    # every unit within the k-th distance (ties included), then the unit itself
    found = tree.query_ball_point(xy, kth * (1.0 + RELATIVE_TOLERANCE))
    counts = np.fromiter((len(f) for f in found), dtype=np.int64, count=n)
    cols = np.fromiter((j for f in found for j in f), dtype=np.int64, count=int(counts.sum()))
    rows = np.repeat(np.arange(n), counts)
    weights = csr_matrix((np.ones(rows.size), (rows, cols)), shape=(n, n))
    weights = weights + csr_matrix((np.ones(n), (np.arange(n), np.arange(n))), shape=(n, n))
    weights.data[:] = 1.0
    return weights


def tied_units(xy: np.ndarray, k: int) -> int:
    """How many units have another unit tied with their ``k``-th nearest neighbour (within the tolerance).

    Parameters
    ----------
    xy : numpy.ndarray
        ``(n, 2)`` coordinates of the units.
    k : int
        Neighbours per unit.

    Returns
    -------
    int
    """
    if not 1 <= k < len(xy) - 1:
        return 0
    kth = knn_distance(xy, k)
    following = knn_distance(xy, k + 1)
    return int(np.sum(following <= kth * (1.0 + RELATIVE_TOLERANCE)))


def gi_star(values: np.ndarray, weights) -> tuple[np.ndarray, np.ndarray]:
    """Getis-Ord Gi* z-scores and one-sided (hot) p-values.

    ``z_i = (Σ_j w_ij x_j − x̄ W_i) / (S · sqrt((n S1_i − W_i²)/(n − 1)))`` with
    ``W_i = Σ_j w_ij`` and ``S1_i = Σ_j w_ij²`` over all units including
    ``i``, ``x̄`` and ``S`` the mean and (population) standard deviation of
    all ``n`` values (Ord & Getis 1995, eq. 14); ``p = P(Z ≥ z)``. A unit
    whose neighbourhood is every unit has no z-score (NaN, p = 1).

    Parameters
    ----------
    values : numpy.ndarray
        The value of each unit.
    weights : scipy.sparse matrix
        Binary weights including each unit itself.

    Returns
    -------
    tuple of numpy.ndarray
        ``(z, p)``.
    """
    from scipy import stats

    x = np.asarray(values, dtype=float)
    n = x.size
    if n < 3:
        raise InvalidInputError(tr("Gi* needs at least three units."))
    # mean and population standard deviation of all values
    mean = x.mean()
    s = math.sqrt(max(float(np.mean(x * x)) - mean * mean, 0.0))
    if s == 0:
        raise InvalidInputError(
            tr("Every unit has the same value ({value}): Gi* cannot find hot spots.").format(value=format_significant(mean, 6))
        )
    # W_i and S1_i over each unit's neighbourhood, the unit itself included
    wi = np.asarray(weights.sum(axis=1)).ravel()
    s1 = np.asarray(weights.multiply(weights).sum(axis=1)).ravel()
    spread = (n * s1 - wi * wi) / (n - 1)
    # z-scores (none where the neighbourhood is every unit) and one-sided p-values
    with np.errstate(invalid="ignore", divide="ignore"):
        z = (weights @ x - mean * wi) / (s * np.sqrt(spread))
    z[~(spread > 0)] = np.nan
    p = stats.norm.sf(z)
    p[np.isnan(z)] = 1.0
    return z, p


def _gi_units(
    points: SurveyPoints, options: ClusterOptions, progress: Progress
) -> tuple[np.ndarray, np.ndarray, np.ndarray, Grid | None]:
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
    if units is not None and points.unit is not None:  # (_known_units found every record's unit)
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


def gi_clusters(points: SurveyPoints, options: ClusterOptions, progress: Progress) -> tuple[list[dict], dict]:
    """Clusters of significant hot units (see the module documentation) and the settings used.

    Parameters
    ----------
    points : SurveyPoints
        The located records and which are chosen answers.
    options : ClusterOptions
        ``method`` (``"gi_grid"`` or ``"gi_units"``), ``gi_value``,
        ``neighbours``, ``k`` or ``distance_band``, ``alpha``, cell size and
        ``min_points``.
    progress : Progress
        Progress and cancellation.

    Returns
    -------
    tuple of (list of dict, dict)
        One dict per cluster (``chosen``, ``members``, ``peak_density``,
        ``max_z``, ``shape``) and the settings used (units, cell size,
        ``k`` or distance band, number of hot units).
    """
    _check_value(points, options)
    xy, chosen, everything, grid = _gi_units(points, options, progress)
    # the value of each unit: its chosen answers, or their share of its records (units without records left out)
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
    weights, link = _neighbourhood(xy, points, options, settings)
    progress.set_progress(50)
    # Gi* z-scores, Benjamini–Hochberg q-values, and the hot units
    z, p = gi_star(values, weights)
    q = benjamini_hochberg(p)
    hot = (z > 0) & (q <= options.alpha)
    settings["hot_units"] = float(hot.sum())
    if grid is not None:
        return _hot_cells(grid, xy, z, chosen, hot, options.min_points), settings
    return _hot_neighbours(xy, z, chosen, hot, weights, link, options.min_points), settings


def _check_value(points: SurveyPoints, options: ClusterOptions) -> None:
    if options.gi_value not in ("count", "share"):
        raise InvalidInputError(tr("Unknown Gi* value {value}.").format(value=options.gi_value))
    if options.gi_value == "share" and points.every_record_chosen:
        raise InvalidInputError(tr("Gi* on the share of chosen answers needs an answer field and the answer values that count."))


def _neighbourhood(xy: np.ndarray, points: SurveyPoints, options: ClusterOptions, settings: dict[str, float]):
    """The binary weights of the units and the link distance of their outlines; records ``k`` or the band in ``settings``."""
    if options.neighbours == "knn":
        weights = knn_weights(xy, options.k)
        settings["k"] = float(options.k)
        settings["tied_units"] = float(tied_units(xy, options.k))  # units whose neighbours tied with the k-th all count
        return weights, float(np.median(knn_distance(xy, options.k)))
    band = options.distance_band or default_band(points)
    weights = distance_band_weights(xy, band)
    settings["distance_band"] = band
    return weights, band


def _hot_cells(grid: Grid, xy: np.ndarray, z: np.ndarray, chosen: np.ndarray, hot: np.ndarray, min_points: int) -> list[dict]:
    """Clusters of touching hot grid cells."""
    mask = np.zeros(grid.size, dtype=bool)
    cells = grid.locate(xy)
    mask[cells[hot]] = True
    z_grid = np.full(grid.size, np.nan)
    z_grid[cells] = z
    chosen_cells = np.zeros(grid.size)
    chosen_cells[cells] = chosen
    labels, count = label_cells(mask.reshape(grid.rows, grid.columns))
    return grid_clusters(labels, count, grid, chosen_cells, min_points, z=z_grid)


def _hot_neighbours(
    xy: np.ndarray, z: np.ndarray, chosen: np.ndarray, hot: np.ndarray, weights, link: float, min_points: int
) -> list[dict]:
    """Clusters of hot units that are neighbours (connected through the weights), outlined around their points."""
    from scipy.sparse.csgraph import connected_components

    hot_index = np.flatnonzero(hot)
    spacing = float(np.median(knn_distance(xy, 1)))
    graph = weights[hot_index][:, hot_index]
    count, labels = connected_components(graph, directed=True, connection="weak")
    clusters = []
    for label in range(count):
        members = hot_index[labels == label]
        if chosen[members].sum() < min_points:
            continue
        clusters.append(
            {
                "chosen": float(chosen[members].sum()),
                "members": int(members.size),
                "peak_density": math.nan,
                "max_z": float(np.nanmax(z[members])),
                "shape": point_shape(xy[members], link, spacing),
            }
        )
    return clusters


def default_band(points: SurveyPoints) -> float:
    """Gi* distance band from the data.

    The kernel radius rule of :func:`default_bandwidth` applied to the chosen
    answers (to all records when fewer than two are chosen). Units with no
    other unit within the band are compared with the district through their
    own value alone.

    Parameters
    ----------
    points : SurveyPoints

    Returns
    -------
    float
    """
    chosen_xy = points.xy[points.chosen]
    return default_bandwidth(chosen_xy if len(chosen_xy) > 1 else points.xy)
