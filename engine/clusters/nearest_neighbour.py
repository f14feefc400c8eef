"""Nearest-neighbour hierarchical clustering as CrimeStat's Nnh (``"nnh"``).

Levine, CrimeStat III, ch. 6, first-order clusters: points closer than a
threshold distance are linked (single linkage) and linked groups with at
least a minimum number of points are clusters. The threshold is the
random-expectation mean nearest-neighbour distance ``0.5·sqrt(A/N)``
(Clark & Evans 1954) plus ``t(p, N−1)`` standard errors
``0.26136·sqrt(A)/N`` for the chosen one-tailed probability ``p``, or a
fixed distance given by the analyst (CrimeStat's "fixed distance" option).
"""

from __future__ import annotations

import math

import numpy as np

from ..errors import InvalidInputError
from ..i18n import tr
from ..progress import Progress, check_cancelled
from .common import ClusterOptions, SurveyPoints, knn_distance
from .outlines import point_shape


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


def nnh_clusters(points: SurveyPoints, options: ClusterOptions, progress: Progress) -> tuple[list[dict], dict]:
    """First-order Nnh clusters of the chosen answers (see the module documentation) and the settings used."""
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
    spacing = float(np.median(knn_distance(locations, 1))) if m > 1 else threshold
    clusters = []
    for label in range(count):
        members = np.flatnonzero(labels == label)
        size = int(multiplicity[members].sum())
        if size < 2 or size < options.min_points:
            continue  # a lone point is not linked to anything
        clusters.append({"chosen": float(size), "members": size, "peak_density": math.nan, "max_z": math.nan,
                         "shape": point_shape(locations[members], threshold, spacing)})
    return clusters, settings
