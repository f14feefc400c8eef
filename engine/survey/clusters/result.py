"""The clusters found by :func:`engine.survey.clusters.find_clusters`: their table, outlines and settings."""

from __future__ import annotations

from dataclasses import dataclass

from .common import ClusterShape
from .density import DensitySurface

try:
    import pandas as pd
except ImportError:  # the plugin still loads; algorithms refuse to run (see engine.dependencies)
    pd = None


@dataclass(frozen=True)
class ClusterResult:
    """Clusters found by :func:`engine.survey.clusters.find_clusters`.

    ``table`` has one row per cluster, by order then largest first:
    ``cluster_id`` (1, 2, …), ``method``, ``order`` (1, or 2, 3… for
    nearest-neighbour clusters of clusters), ``members`` (cells, postcode
    units or points that make it; lower-order clusters for an order of 2 or
    more), ``peak_density`` (kernel methods, per km²), ``max_z`` (Gi*).
    Every cluster of the density and Gi* methods has order 1: each is one
    level made directly of cells or units, as first-order clusters are of
    points, so ``"order" = 1`` selects the base clusters whatever the
    method. ``shapes`` are aligned with the rows. ``settings`` records the
    values used (bandwidth, cell size, thresholds…).
    """

    method: str
    table: pd.DataFrame
    shapes: list[ClusterShape]
    settings: dict[str, float]
    density: DensitySurface | None = None
