"""Getis-Ord Gi* hot spots on grid cells (``"gi_grid"``) or on postcode units / locations (``"gi_units"``).

Binary weights include the unit itself, for a distance band or the k
nearest neighbours (Getis & Ord 1992; Ord & Getis 1995). One-sided p-values
(hot spots only) are corrected for the false discovery rate with
Benjamini–Hochberg; significant hot units that touch (grid) or are
neighbours (units) form one cluster.
"""

from __future__ import annotations

import math

import numpy as np

from ...errors import InvalidInputError
from ...i18n import tr
from ...progress import Progress, check_cancelled
from ..inference import benjamini_hochberg
from .common import ClusterOptions, SurveyPoints, knn_distance, unique_locations
from .density import default_bandwidth
from .grid import Grid, default_cell_size, grid_clusters, label_cells
from .outlines import point_shape


def distance_band_weights(xy: np.ndarray, band: float):
    """Binary weights (CSR): 1 between units at most ``band`` apart, the unit itself included.

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
    """Binary weights (CSR): 1 for each unit's ``k`` nearest other units and for the unit itself (not symmetric).

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
    from scipy.sparse import coo_matrix
    from scipy.spatial import cKDTree

    n = len(xy)
    if not 1 <= k < n:
        raise InvalidInputError(
            tr("The number of neighbours must be between 1 and {n} (one less than the number of units).").format(n=max(1, n - 1))
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
            tr("Every unit has the same value ({value}): Gi* cannot find hot spots.").format(value=f"{mean:g}")
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
