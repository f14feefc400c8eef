"""A configuration of open sites evaluated: closest allocation and its metrics.

:func:`evaluate_sites` measures a given configuration (e.g. today's
sites); :func:`closest_allocation` and :func:`allocation_metrics` are what
the models' results are assembled from, and :func:`relative_gap` is the
optimality gap they report.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from ..cutoff import within
from .costs import TravelCosts


@dataclass(frozen=True)
class Allocation:
    """Who is served by which open site (one row per demand–site flow).

    ``share`` is the fraction of the demand unit's weight sent to the site:
    1 everywhere except in the capacitated p-median, where demand may be
    split. Demand units not served (uncovered, unreachable) have no row.
    """

    demand: np.ndarray  # int64 demand row
    site: np.ndarray  # int64 candidate column
    share: np.ndarray  # float64 in (0, 1]
    cost: np.ndarray  # float64 travel cost of the flow (double precision, not the solvers' float32)


@dataclass(frozen=True)
class Metrics:
    """How well a set of open sites serves the demand (closest or given allocation)."""

    sites: int
    total_weight: float
    weighted_cost: float  # sum of weight × cost over served demand
    mean_cost: float  # weighted mean cost over served demand
    max_cost: float  # over demand with weight > 0
    covered_weight: float  # weight within the cut-off (nan without one)
    covered_share: float  # covered_weight / total_weight (nan without a cut-off)
    unserved_weight: float  # weight that reaches no open site


def closest_allocation(costs: np.ndarray | TravelCosts, open_cols: np.ndarray, *, cutoff: float | None = None) -> Allocation:
    """Allocate each demand row to its cheapest open column, by double-precision cost.

    Rows that reach no open column, or (with ``cutoff``) whose cheapest
    open column is beyond the cut-off (:func:`engine.cutoff.within`), get
    no flow.

    Parameters
    ----------
    costs : numpy.ndarray or TravelCosts
        ``(n, m)`` costs, ``inf`` where unreachable.
    open_cols : numpy.ndarray
        The open columns.
    cutoff : float, optional
        Rows whose cheapest open column costs more get no flow.

    Returns
    -------
    Allocation
        One flow (share 1) per allocated row.
    """
    open_cols = np.asarray(open_cols, dtype=np.int64)
    if open_cols.size == 0:
        empty = np.zeros(0, dtype=np.int64)
        return Allocation(empty, empty, np.zeros(0), np.zeros(0))
    best, cost = TravelCosts.of(costs).nearest(open_cols)
    ok = np.isfinite(cost)
    if cutoff is not None:
        ok &= within(cost, cutoff)
    rows = np.flatnonzero(ok)
    return Allocation(rows, open_cols[best[rows]], np.ones(rows.size), cost[rows])


def allocation_metrics(
    costs: np.ndarray | TravelCosts,
    weights: np.ndarray,
    open_cols: np.ndarray,
    allocation: Allocation,
    *,
    cutoff: float | None = None,
) -> Metrics:
    """Summary of an allocation: weighted mean and maximum cost, share covered within ``cutoff``.

    Coverage counts demand whose *cheapest open site* is within the cut-off
    (:func:`engine.cutoff.within` on double-precision costs), whatever the
    allocation (a capacitated allocation may send it farther).

    Parameters
    ----------
    costs : numpy.ndarray or TravelCosts
        ``(n, m)`` costs (for the coverage).
    weights : numpy.ndarray
        ``(n,)`` demand weights.
    open_cols : numpy.ndarray
        The open columns.
    allocation : Allocation
        The flows of the demand to the open columns.
    cutoff : float, optional
        Cut-off for the covered weight and share (NaN without one).

    Returns
    -------
    Metrics
    """
    w = np.asarray(weights, dtype=float)
    total = float(w.sum())
    flow_weight = w[allocation.demand] * allocation.share
    weighted = float((flow_weight * allocation.cost).sum())
    served = float(flow_weight.sum())
    positive = w[allocation.demand] > 0
    max_cost = float(allocation.cost[positive].max()) if positive.any() else math.nan
    covered = math.nan
    if cutoff is not None and len(open_cols):
        _, nearest = TravelCosts.of(costs).nearest(np.asarray(open_cols, dtype=np.int64))
        covered = float(w[within(nearest, cutoff)].sum())
    return Metrics(
        sites=int(len(open_cols)),
        total_weight=total,
        weighted_cost=weighted,
        mean_cost=weighted / served if served > 0 else math.nan,
        max_cost=max_cost,
        covered_weight=covered,
        covered_share=covered / total if total > 0 and not math.isnan(covered) else math.nan,
        unserved_weight=max(0.0, total - served),
    )


def evaluate_sites(costs: np.ndarray | TravelCosts, weights: np.ndarray, *, cutoff: float | None = None) -> Metrics:
    """Metrics of a given configuration (e.g. today's sites), each demand unit at its cheapest site.

    Parameters
    ----------
    costs : numpy.ndarray or TravelCosts
        ``(n, k)`` costs from the demand to the ``k`` sites of the configuration.
    weights : numpy.ndarray
        ``(n,)`` demand weights.
    cutoff : float, optional
        Cut-off for the covered share.

    Returns
    -------
    Metrics
    """
    matrix = TravelCosts.of(costs)
    open_cols = np.arange(matrix.matrix.shape[1])
    allocation = closest_allocation(matrix, open_cols)
    return allocation_metrics(matrix, np.asarray(weights, dtype=float), open_cols, allocation, cutoff=cutoff)


def relative_gap(objective: float, bound: float) -> float:
    """The relative optimality gap ``|objective − bound| / max(|objective|, tiny)``.

    Parameters
    ----------
    objective, bound : float
        A solution's objective and the best bound on the optimum.

    Returns
    -------
    float
        0 when the two agree to within ``1e-9`` of the objective (so when
        both are 0); ``inf`` when either is not finite.
    """
    if not (math.isfinite(objective) and math.isfinite(bound)):
        return math.inf
    scale = max(abs(objective), 1e-12)
    return max(0.0, abs(objective - bound) / scale) if abs(objective - bound) > 1e-9 * scale else 0.0
