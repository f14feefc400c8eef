"""Nearest-neighbour hierarchical clustering as CrimeStat's Nnh (``"nnh"``).

Levine, CrimeStat III, ch. 6. **First-order clusters**: points closer than a
threshold distance are linked (single linkage) and linked groups with at
least a minimum number of points are clusters. The threshold is, by
default, the **expected-links distance** ``sqrt(2·A/(π·N))``: the radius of a
circle that would hold two of the ``N`` chosen answers on average if they
were spread at random over the study area ``A``. Random answers then have
about two links each, below the continuum-percolation threshold (about 4.5),
so they form only small groups, while an area where they are three times as
dense (about six links each) joins up into one cluster: areas of a square
kilometre or so, the size analysts look for. With a probability ``p``, the
threshold is CrimeStat's: the random-expectation mean nearest-neighbour
distance ``0.5·sqrt(A/N)`` (Clark & Evans 1954) plus ``t(p, N−1)`` standard
errors ``0.26136·sqrt(A)/N``, which links only pairs closer than random ones
and finds fragments of such areas; or a fixed distance given by the analyst
(CrimeStat's "fixed distance" option).

**Higher orders** (up to ``ClusterOptions.max_order``): the same procedure
is applied to the mean centres of the clusters of the order below (the mean
of their chosen records), with the threshold recomputed from the number of
those clusters (same study area and rule), or the same fixed distance
at every order. A cluster of order k ≥ 2 joins at least
:data:`MIN_LOWER_CLUSTERS` clusters of order k−1: CrimeStat applies its
minimum number of points at every order, but a minimum meant for records
(10 by default) would almost never let clusters of clusters form. The
hierarchy stops at the highest order asked for, when fewer than two
clusters remain, or when the threshold is not positive (few clusters give a
large negative ``t``). A higher-order outline is the outline of all the
points of its member clusters, and contains theirs.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from ...errors import InvalidInputError
from ...i18n import format_significant, tr
from ...progress import Progress, check_cancelled
from .common import ClusterOptions, ClusterShape, SurveyPoints, knn_distance
from .outlines import merged_shape, point_shape

#: A cluster of order 2 or higher joins at least this many clusters of the order below.
MIN_LOWER_CLUSTERS = 2
#: The default threshold: the distance within which each point would have this many others if spread at random.
EXPECTED_LINKS = 2.0


def expected_links_distance(n: int, area: float) -> float:
    """The default threshold: ``sqrt(EXPECTED_LINKS·A/(π·N))`` (see the module documentation).

    Parameters
    ----------
    n : int
        Number of points N.
    area : float
        The study area A.

    Returns
    -------
    float
    """
    if n < 2:
        raise InvalidInputError(tr("At least two points are needed for nearest-neighbour clustering."))
    if not area > 0:
        raise InvalidInputError(tr("The study area must be greater than 0."))
    return math.sqrt(EXPECTED_LINKS * area / (math.pi * n))


def nn_threshold(n: int, area: float, probability: float) -> tuple[float, float, float, float]:
    """CrimeStat's Nnh threshold distance.

    ``mean_random = 0.5·sqrt(A/N)`` is the mean nearest-neighbour distance
    expected under complete spatial randomness, ``standard_error =
    0.26136 / sqrt(N²/A)`` its standard error (Clark & Evans 1954), and
    ``t`` the one-tailed Student t value of ``probability`` with N−1
    degrees of freedom (negative below 0.5): pairs closer than
    ``mean_random + t·standard_error`` would be that close by chance with
    probability ``probability``.

    Parameters
    ----------
    n : int
        Number of points N.
    area : float
        The study area A.
    probability : float
        One-tailed probability, in (0, 1).

    Returns
    -------
    tuple of float
        ``(threshold, mean_random, standard_error, t)``.
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
    """Area of the bounding rectangle of the points (CrimeStat's default study area).

    Parameters
    ----------
    xy : numpy.ndarray
        ``(n, 2)`` coordinates.

    Returns
    -------
    float
    """
    span = xy.max(axis=0) - xy.min(axis=0)
    return float(span[0] * span[1])


def linked_groups(xy: np.ndarray, threshold: float) -> list[np.ndarray]:
    """Single linkage: the groups of points joined by pairs at most ``threshold`` apart.

    Pairs from ``cKDTree``, groups as connected components.

    Parameters
    ----------
    xy : numpy.ndarray
        ``(n, 2)`` coordinates.
    threshold : float
        Largest link distance.

    Returns
    -------
    list of numpy.ndarray
        Positions in ``xy`` of each group (single points included).
    """
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components
    from scipy.spatial import cKDTree

    m = len(xy)
    pairs = cKDTree(xy).query_pairs(threshold, output_type="ndarray")
    graph = coo_matrix((np.ones(len(pairs)), (pairs[:, 0], pairs[:, 1])) if len(pairs) else ([], ([], [])), shape=(m, m))
    count, labels = connected_components(graph, directed=False)
    order = np.argsort(labels, kind="stable")
    return np.split(order, np.flatnonzero(np.diff(labels[order])) + 1) if m else []


@dataclass(frozen=True)
class _Cluster:
    """One cluster of any order: its distinct locations, records, centre, members and outline."""

    order: int
    locations: np.ndarray  # positions in the distinct chosen locations
    size: int  # chosen records
    centre: np.ndarray  # mean centre of the chosen records
    members: int  # records (order 1) or clusters of the order below
    link: float  # alpha radius of the outline
    shape: ClusterShape

    def as_row(self) -> dict:
        return {
            "chosen": float(self.size),
            "members": self.members,
            "order": self.order,
            "peak_density": math.nan,
            "max_z": math.nan,
            "shape": self.shape,
        }


def nnh_clusters(points: SurveyPoints, options: ClusterOptions, progress: Progress) -> tuple[list[dict], dict]:
    """Nnh clusters of the chosen answers up to ``options.max_order`` (see the module documentation).

    Parameters
    ----------
    points : SurveyPoints
        The located records and which are chosen answers.
    options : ClusterOptions
        ``probability``, ``threshold`` (fixed distance), ``area``,
        ``min_points`` and ``max_order``.
    progress : Progress
        Cancellation.

    Returns
    -------
    tuple of (list of dict, dict)
        The clusters (order 1 first) and the settings used: the first
        order's ``threshold, mean_random, standard_error, t, area, points``
        and, for every order k tried, ``points_k`` (points or lower-order
        clusters linked), ``threshold_k`` and ``clusters_k``, with
        ``max_order``.
    """
    if options.max_order < 1:
        raise InvalidInputError(
            tr(
                "The highest order of nearest-neighbour clusters must be at least 1 (1: first-order clusters only), not {order}."
            ).format(order=options.max_order)
        )
    chosen_xy = points.xy[points.chosen]
    n = len(chosen_xy)
    area = options.area or bounding_area(points.xy)
    settings = _first_order_settings(n, area, options)
    threshold = settings["threshold"]
    # the distinct chosen locations, each with its number of records
    locations, inverse = np.unique(chosen_xy, axis=0, return_inverse=True)
    multiplicity = np.bincount(inverse.reshape(-1), minlength=len(locations))
    check_cancelled(progress)
    spacing = float(np.median(knn_distance(locations, 1))) if len(locations) > 1 else threshold
    found = _first_order(locations, multiplicity, threshold, spacing, max(2, options.min_points))
    settings.update(points_1=float(n), threshold_1=threshold, clusters_1=float(len(found)))
    found.extend(
        _higher_orders(found, locations, multiplicity, spacing, area=area, options=options, settings=settings, progress=progress)
    )
    return [c.as_row() for c in found], settings


def _threshold(n: int, area: float, options: ClusterOptions) -> float:
    """The threshold distance of one order: fixed, CrimeStat's for a probability, or the expected-links distance."""
    if options.threshold:
        return float(options.threshold)  # CrimeStat's "fixed distance" option
    if options.probability is not None:
        return nn_threshold(n, area, options.probability)[0]
    return expected_links_distance(n, area)


def _first_order_settings(n: int, area: float, options: ClusterOptions) -> dict[str, float]:
    """The first order's threshold distance (or the fixed distance) and how it was found; refused when not positive."""
    _, mean_random, standard_error, t = nn_threshold(n, area, options.probability or 0.05)
    threshold = _threshold(n, area, options)
    settings = {
        "threshold": threshold,
        "mean_random": mean_random,
        "standard_error": standard_error,
        "t": t,
        "area": area,
        "points": float(n),
        "max_order": float(options.max_order),
    }
    if not options.threshold and options.probability is None:
        settings["expected_links"] = EXPECTED_LINKS
        settings["t"] = math.nan
    if threshold <= 0:
        raise InvalidInputError(
            tr("The threshold distance is not positive ({d}): choose a larger probability or study area.").format(
                d=format_significant(threshold)
            )
        )
    return settings


def _higher_orders(
    first: list[_Cluster],
    locations: np.ndarray,
    multiplicity: np.ndarray,
    spacing: float,
    *,
    area: float,
    options: ClusterOptions,
    settings: dict[str, float],
    progress: Progress,
) -> list[_Cluster]:
    """Clusters of orders 2 to ``options.max_order``, each order linking the centres of the one below.

    Records ``points_k``, ``threshold_k`` and ``clusters_k`` of every order
    tried in ``settings``; stops when fewer than two clusters remain or the
    threshold is not positive.
    """
    higher: list[_Cluster] = []
    lower = first
    for order in range(2, options.max_order + 1):
        check_cancelled(progress)
        settings[f"points_{order}"] = float(len(lower))
        if len(lower) < 2:
            break
        threshold = _threshold(len(lower), area, options)
        settings[f"threshold_{order}"] = threshold
        if threshold <= 0:
            break
        lower = _next_order(lower, order, threshold, locations, multiplicity, spacing)
        settings[f"clusters_{order}"] = float(len(lower))
        higher.extend(lower)
    return higher


def _size_and_centre(members: np.ndarray, locations: np.ndarray, multiplicity: np.ndarray) -> tuple[int, np.ndarray]:
    """Records at some locations, and their mean centre."""
    return int(multiplicity[members].sum()), np.average(locations[members], axis=0, weights=multiplicity[members])


def _first_order(
    locations: np.ndarray, multiplicity: np.ndarray, threshold: float, spacing: float, min_points: int
) -> list[_Cluster]:
    clusters = []
    for members in linked_groups(locations, threshold):
        size, centre = _size_and_centre(members, locations, multiplicity)
        if size < min_points:
            continue  # a lone point is not linked to anything
        clusters.append(_Cluster(1, members, size, centre, size, threshold, point_shape(locations[members], threshold, spacing)))
    return clusters


def _next_order(
    lower: list[_Cluster], order: int, threshold: float, locations: np.ndarray, multiplicity: np.ndarray, spacing: float
) -> list[_Cluster]:
    """Clusters of ``order``: groups of at least MIN_LOWER_CLUSTERS lower-order centres linked within ``threshold``."""
    clusters = []
    for group in linked_groups(np.array([c.centre for c in lower]), threshold):
        if len(group) < MIN_LOWER_CLUSTERS:
            continue
        parts = [lower[i] for i in group]
        members = np.unique(np.concatenate([c.locations for c in parts]))
        link = max(threshold, *(c.link for c in parts))
        size, centre = _size_and_centre(members, locations, multiplicity)
        shape = merged_shape(locations[members], link, spacing, [c.shape for c in parts])
        clusters.append(_Cluster(order, members, size, centre, len(parts), link, shape))
    return clusters
