"""Hot spots of chosen survey answers or of incidents: :func:`find_clusters` and what the adapters need.

Three families of methods, each with defaults taken from the data, one
module each:

* **Kernel density** on a regular grid, quartic or Gaussian kernel
  (:mod:`.density`, on the grid of :mod:`.grid`): clusters of touching
  cells where the density of chosen answers exceeds a percentile
  (``"density"``) or where their smoothed share is high (``"share"``).
* **Getis-Ord Gi*** (Getis & Ord 1992; Ord & Getis 1995) on grid cells
  (``"gi_grid"``) or on postcode units / distinct locations (``"gi_units"``),
  distance band or k nearest neighbours, Benjamini–Hochberg false discovery
  rate (:mod:`.getis_ord`).
* **Nearest-neighbour hierarchical clustering** as CrimeStat's Nnh, linking
  within the expected-links distance by default, or CrimeStat's Clark &
  Evans random-expectation threshold for a probability
  (:mod:`.nearest_neighbour`).

Distances are in the units of the coordinates (metres in a projected CRS);
densities are per square kilometre assuming metres. Cluster outlines are
returned as cell rectangles (grid methods) or as the triangles of an alpha
shape of the member locations (point methods, :mod:`.outlines`), with a
convex hull when the alpha shape is empty; the adapter turns them into
polygons and counts the records inside them (:mod:`.membership`).
"""

from __future__ import annotations

import numpy as np

from ...errors import InvalidInputError
from ...i18n import format_count, format_decimal, format_number, format_significant, plural, tr
from ...progress import NullProgress, Progress
from .common import (
    KERNELS,
    M2_PER_KM2,
    METHODS,
    ClusterOptions,
    ClusterShape,
    SurveyPoints,
    unique_locations,
)
from .density import DensitySurface, density_clusters, density_surface
from .getis_ord import gi_clusters
from .grid import Grid
from .membership import cluster_table, membership_matrix, records_inside
from .nearest_neighbour import nnh_clusters
from .result import ClusterResult

try:
    import pandas as pd
except ImportError:  # the plugin still loads; algorithms refuse to run (see engine.dependencies)
    pd = None

__all__ = [
    "KERNELS",
    "METHODS",
    "ClusterOptions",
    "ClusterResult",
    "ClusterShape",
    "DensitySurface",
    "Grid",
    "SurveyPoints",
    "cluster_table",
    "density_surface",
    "describe",
    "find_clusters",
    "membership_matrix",
    "records_inside",
    "unique_locations",
]


# -- entry points ---------------------------------------------------------------------------
def find_clusters(
    points: SurveyPoints, options: ClusterOptions | None = None, *, progress: Progress | None = None
) -> ClusterResult:
    """Find clusters of chosen answers (or of all records) with ``options.method``.

    See the module documentation for the methods. Clusters with fewer than
    ``options.min_points`` chosen answers are dropped. With ``"nnh"`` and
    ``options.max_order`` above 1, clusters of clusters (orders 2, 3…)
    follow the first-order ones (see :mod:`.nearest_neighbour`).

    Parameters
    ----------
    points : SurveyPoints
        The located records and which are chosen answers.
    options : ClusterOptions, optional
        The method and its settings; ``None`` settings come from the data
        (the defaults without it).
    progress : Progress, optional
        Progress and cancellation.

    Returns
    -------
    ClusterResult

    Raises
    ------
    InvalidInputError
        For unusable input (too few points, no spread, an impossible
        parameter).
    """
    options = options or ClusterOptions()
    progress = progress or NullProgress()
    _check_input(points, options)
    surface = None
    if options.method in ("density", "share"):
        clusters, settings, surface = density_clusters(points, options, progress)
    elif options.method in ("gi_grid", "gi_units"):
        clusters, settings = gi_clusters(points, options, progress)
    else:
        clusters, settings = nnh_clusters(points, options, progress)
    for cluster in clusters:
        cluster.setdefault("order", 1)  # only nearest-neighbour clusters have higher orders
    clusters.sort(key=lambda c: (c["order"], -c["chosen"], -c["members"]))
    table = _result_table(clusters, options.method)
    progress.set_progress(100)
    return ClusterResult(options.method, table, [c["shape"] for c in clusters], settings, surface)


def _check_input(points: SurveyPoints, options: ClusterOptions) -> None:
    if options.method not in METHODS:
        raise InvalidInputError(tr("Unknown method {method}.").format(method=options.method))
    if len(points.xy) == 0 or np.isnan(points.xy).any():
        raise InvalidInputError(tr("Every record must have coordinates."))
    if int(points.chosen.sum()) < 2:
        only = plural(
            int(points.chosen.sum()),
            tr("Only {n} chosen answer: at least two are needed to find clusters."),
            tr("Only {n} chosen answers: at least two are needed to find clusters."),
        )
        raise InvalidInputError(only.format(n=format_count(int(points.chosen.sum()))))


def _result_table(clusters: list[dict], method: str) -> pd.DataFrame:
    """The table of :class:`ClusterResult`, one row per cluster in the given order."""
    return pd.DataFrame(
        {
            "cluster_id": np.arange(1, len(clusters) + 1, dtype=np.int64),
            "method": [method] * len(clusters),
            "order": np.array([c["order"] for c in clusters], dtype=np.int64),
            "members": np.array([c["members"] for c in clusters], dtype=np.int64),
            "peak_density": np.array([c["peak_density"] for c in clusters], dtype=float),
            "max_z": np.array([c["max_z"] for c in clusters], dtype=float),
        }
    )


def describe(result: ClusterResult) -> str:
    """One translated sentence with the settings used, for the log.

    Parameters
    ----------
    result : ClusterResult

    Returns
    -------
    str
    """
    s = result.settings
    if result.method in ("density", "share"):
        text = tr("Kernel density: bandwidth {bandwidth}, cells of {cell}, threshold {threshold}.").format(
            bandwidth=format_number(s["bandwidth"]),
            cell=format_number(s["cell_size"]),
            threshold=format_significant(s["threshold"]),
        )
    elif result.method in ("gi_grid", "gi_units"):
        if "k" in s:
            neighbourhood = tr("{k} nearest neighbours, with every unit tied with the {k}th ({n} units have more)").format(
                k=int(s["k"]), n=format_count(int(s.get("tied_units", 0)))
            )
        else:
            neighbourhood = tr("distance band {d}").format(d=format_number(s["distance_band"]))
        text = tr("Getis-Ord Gi*: {units} units, {neighbourhood}, {hot} significant hot units.").format(
            units=format_count(int(s["units"])), neighbourhood=neighbourhood, hot=format_count(int(s["hot_units"]))
        )
    elif "expected_links" in s:
        text = tr(
            "Nearest-neighbour clustering: {n} points, area {area} km², threshold distance {threshold}: the "
            "radius of a circle that would hold {k} chosen answers on average if they were spread at random, so "
            "that random answers form only small groups while areas where they are about three times as dense "
            "join up (give a probability for CrimeStat's shorter threshold, or a fixed distance)."
        ).format(
            n=format_count(int(s["points"])),
            area=format_number(s["area"] / M2_PER_KM2, 2),
            threshold=format_number(s["threshold"], 1),
            k=format_decimal(s["expected_links"]),
        )
    else:
        text = tr(
            "Nearest-neighbour clustering: {n} points, area {area} km², mean random nearest-neighbour "
            "distance {mean}, threshold distance {threshold}."
        ).format(
            n=format_count(int(s["points"])),
            area=format_number(s["area"] / M2_PER_KM2, 2),
            mean=format_number(s["mean_random"], 1),
            threshold=format_number(s["threshold"], 1),
        )
    found = len(result.table)
    text += " " + plural(found, tr("{n} cluster."), tr("{n} clusters.")).format(n=format_count(found))
    if result.method == "nnh" and s.get("max_order", 1) > 1:
        text += " " + _describe_orders(s)
    return text


def _describe_orders(s: dict[str, float]) -> str:
    """The clusters and threshold distance of each nearest-neighbour order, and why the hierarchy stopped."""
    orders = []
    order = 1
    while f"clusters_{order}" in s:
        count = int(s[f"clusters_{order}"])
        text = plural(
            count,
            tr("order {order}: {n} cluster, threshold distance {threshold}"),
            tr("order {order}: {n} clusters, threshold distance {threshold}"),
        )
        orders.append(text.format(order=order, n=format_count(count), threshold=format_number(s[f"threshold_{order}"], 1)))
        order += 1
    text = tr("Clusters by order: {orders}.").format(orders="; ".join(orders))
    last = order - 1
    if last >= s["max_order"]:
        return text
    if f"threshold_{order}" in s:
        reason = tr(
            "The threshold distance of order {order} is not positive ({d}) with only {n} clusters of order "
            "{lower}: choose a larger probability, or a fixed distance, to go higher."
        ).format(order=order, d=format_number(s[f"threshold_{order}"], 1), n=format_count(int(s[f"clusters_{last}"])), lower=last)
    else:
        reason = tr("Fewer than two clusters of order {order} ({n}): there is no order {higher}.").format(
            order=last, n=format_count(int(s[f"clusters_{last}"])), higher=order
        )
    return text + " " + reason
