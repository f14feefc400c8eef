"""Capacitated p-median with splittable demand, beyond the size HiGHS solves directly.

The model: open ``p`` sites (required ones included) and send every demand
unit's weight to open sites, splitting it if need be, so that no site
serves more than its capacity, at the least total weighted cost.

Lower bound: Lagrangian relaxation of the assignment constraints
``Σ_j x_ij = 1`` with multipliers ``λ_i = w_i μ_i`` (Geoffrion and
McBride 1978; Beasley 1993). For fixed ``μ`` the problem splits by site:
site ``j`` would serve, fractionally and up to its capacity, the demand
units with a negative reduced cost ``c_ij − μ_i``, cheapest first (a
continuous knapsack, Dantzig 1957), worth ``ρ_j ≤ 0``; the ``p`` sites
with the lowest ``ρ`` (required ones first) give
``L(μ) = Σ_i w_i μ_i + Σ_{j open} ρ_j``, a valid lower bound for every
``μ``. The best ``L`` over subgradient steps (Held, Wolfe and Crowder
1974) is as strong as the linear relaxation with the ``x_ij ≤ y_j``
constraints, which HiGHS cannot even solve at 3,000 × 150 pairs within a
minute, and costs one pass over the cheap pairs per step.

Upper bound: every set of sites the relaxation chooses, and swaps of the
best set screened by ``ρ``, are priced exactly by the transportation
problem (the best split allocation of the demand to those sites within
their capacities; a linear programme solved by HiGHS through
:func:`scipy.optimize.linprog`). No pair of demand and site is left out,
so no restriction can make a feasible problem look infeasible or hide a
better allocation; the gap to the Lagrangian bound is what is reported.

References
----------
Beasley, J. E. (1993). Lagrangean heuristics for location problems. EJOR 65, 383-399.
Dantzig, G. B. (1957). Discrete-variable extremum problems. Oper. Res. 5, 266-288.
Geoffrion, A. M. and McBride, R. (1978). Lagrangean relaxation applied to capacitated facility location
    problems. AIIE Transactions 10, 40-47.
Held, M., Wolfe, P. and Crowder, H. P. (1974). Validation of subgradient optimization. Math. Prog. 6, 62-88.
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass, field

import numpy as np

from ..progress import NullProgress, Progress, check_cancelled

#: Subgradient ascent (shared with the uncapacitated bound in :mod:`.location`): at most this many steps; the step
#: halves after this many without a better bound; the share of the previous direction kept.
MAX_ITERATIONS = 5000
STALE_STEPS = 30
DEFLECTION = 0.7
#: Closed sites tried for each open one in a round of swaps (the most promising by ρ).
_SWAP_CANDIDATES = 12


@dataclass(frozen=True)
class Transport:
    """The best split allocation to a set of open sites: ``value`` (inf when none is feasible) and the flows."""

    value: float
    rows: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    cols: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    share: np.ndarray = field(default_factory=lambda: np.zeros(0))

    @property
    def feasible(self) -> bool:
        return math.isfinite(self.value)


@dataclass(frozen=True)
class CapacitatedOutcome:
    """What :func:`capacitated_pmedian` found.

    ``open_`` and ``transport`` are the best solution (``transport.value``
    is inf when no feasible one was found); ``bound`` the best Lagrangian
    lower bound with the ``ρ`` and chosen sites of its multipliers (for
    reduced-cost fixing); ``sets`` the number of site sets priced.
    """

    open_: np.ndarray
    transport: Transport
    bound: float
    rho: np.ndarray
    chosen: np.ndarray
    sets: int


def transportation(costs: np.ndarray, weights: np.ndarray, capacities: np.ndarray, open_: np.ndarray) -> Transport:
    """Least-cost split allocation of every demand row to the ``open_`` columns within their capacities.

    A transportation problem solved as a linear programme by HiGHS
    (:func:`scipy.optimize.linprog`); unreachable (``inf``) pairs have no
    variable. Infeasible (capacity or reachability) gives ``value = inf``.
    """
    from scipy.optimize import linprog
    from scipy.sparse import csr_array

    open_ = np.asarray(open_, dtype=np.int64)
    n = costs.shape[0]
    cap = capacities[open_]
    if cap.sum() < weights.sum() * (1 - 1e-12):
        return Transport(math.inf)
    sub = costs[:, open_]
    rows, k = np.nonzero(np.isfinite(sub))
    if np.bincount(rows, minlength=n).min() == 0:
        return Transport(math.inf)
    v = rows.size
    c = weights[rows] * sub[rows, k].astype(np.float64)
    a_eq = csr_array((np.ones(v), (rows, np.arange(v))), shape=(n, v))
    limited = np.isfinite(cap)
    position = np.cumsum(limited) - 1
    use = limited[k]
    a_ub = csr_array((weights[rows[use]], (position[k[use]], np.flatnonzero(use))), shape=(int(limited.sum()), v))
    result = linprog(
        c,
        A_ub=a_ub if limited.any() else None,
        b_ub=cap[limited] if limited.any() else None,
        A_eq=a_eq,
        b_eq=np.ones(n),
        bounds=(0, 1),
        method="highs",
    )
    if result.status != 0:
        return Transport(math.inf)
    x = result.x
    keep = x > 1e-9
    share = x[keep] / np.bincount(rows[keep], weights=x[keep], minlength=n)[rows[keep]]
    return Transport(float(result.fun), rows[keep].astype(np.int64), open_[k[keep]], share)


def knapsack_values(
    costs: np.ndarray, weights: np.ndarray, capacities: np.ndarray, mu: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """``ρ_j`` of every site at multipliers ``μ`` (continuous knapsacks), with the pairs and fractions used.

    Returns ``(rho, rows, cols, x)``: site ``cols[t]`` would serve the
    fraction ``x[t]`` of demand row ``rows[t]``.
    """
    m = costs.shape[1]
    rows, cols = np.nonzero(costs < mu[:, None].astype(np.float32))
    reduced = costs[rows, cols].astype(np.float64) - mu[rows]
    negative = reduced < 0
    rows, cols, reduced = rows[negative], cols[negative], reduced[negative]
    order = np.lexsort((reduced, cols))
    rows, cols, reduced = rows[order], cols[order], reduced[order]
    w = weights[rows]
    filled = np.cumsum(w)
    first = np.searchsorted(cols, np.arange(m))
    before_site = np.concatenate([[0.0], filled])[first]
    room = capacities[cols] - (filled - w - before_site[cols])
    x = np.clip(room / w, 0.0, 1.0)
    rho = np.bincount(cols, weights=w * reduced * x, minlength=m)
    return rho, rows, cols, x


def choose_sites(rho: np.ndarray, required: np.ndarray, free: int) -> np.ndarray:
    """The required sites and the ``free`` others with the lowest ``rho`` (the Lagrangian subproblem's choice)."""
    chosen = required.copy()
    if free > 0:
        columns = np.flatnonzero(~required)
        pick = columns[np.argpartition(rho[columns], free - 1)[:free]] if free < columns.size else columns
        chosen[pick] = True
    return chosen


class _Pricer:
    """Prices site sets by the transportation problem, once each, and keeps the best."""

    def __init__(self, costs, weights, capacities) -> None:
        self.costs, self.weights, self.capacities = costs, weights, capacities
        self.seen: dict[tuple, float] = {}
        self.best_open = np.zeros(0, dtype=np.int64)
        self.best = Transport(math.inf)
        self.seconds = 0.0

    def price(self, open_: np.ndarray) -> float:
        key = tuple(sorted(int(j) for j in open_))
        if key in self.seen:
            return self.seen[key]
        clock = time.perf_counter()
        result = transportation(self.costs, self.weights, self.capacities, np.asarray(key, dtype=np.int64))
        self.seconds += time.perf_counter() - clock
        self.seen[key] = result.value
        if result.value < self.best.value:
            self.best, self.best_open = result, np.asarray(key, dtype=np.int64)
        return result.value


def capacitated_pmedian(
    costs: np.ndarray,
    weights: np.ndarray,
    p: int,
    capacities: np.ndarray,
    *,
    required: np.ndarray,
    starts: list[np.ndarray] = (),
    deadline: float,
    target_gap: float = 1e-6,
    progress: Progress | None = None,
) -> CapacitatedOutcome:
    """Lagrangian bound and Lagrangian heuristic for the capacitated p-median with splittable demand.

    Parameters
    ----------
    costs : numpy.ndarray
        ``(n, m)`` costs, ``inf`` where unreachable.
    weights : numpy.ndarray
        ``(n,)`` positive weights.
    p : int
        Sites to open, required ones included.
    capacities : numpy.ndarray
        ``(m,)`` capacities (``inf`` = no limit).
    required : numpy.ndarray
        ``(m,)`` booleans of sites that stay open.
    starts : list of numpy.ndarray
        Site sets to price first (e.g. the uncapacitated solution).
    deadline : float
        ``time.perf_counter()`` value when the search stops.
    target_gap : float
        Stop once the relative gap is at most this.
    progress : Progress, optional
        Progress and cancellation.

    Returns
    -------
    CapacitatedOutcome
    """
    progress = progress or NullProgress()
    weights = np.asarray(weights, dtype=np.float64)
    pricer = _Pricer(costs, weights, capacities)
    for start in starts:
        pricer.price(start)
    bound, rho, chosen = _subgradient(costs, weights, p, capacities, required, pricer, deadline, target_gap, progress)
    if pricer.best.feasible:
        _swap_search(pricer, rho, required, bound, deadline, target_gap, progress)
    return CapacitatedOutcome(pricer.best_open, pricer.best, bound, rho, chosen, len(pricer.seen))


def _subgradient(costs, weights, p, capacities, required, pricer: _Pricer, deadline, target_gap, progress):
    """Subgradient optimisation of L(μ); prices each new set the relaxation chooses (Lagrangian heuristic).

    Returns the best bound and the site values ρ and sites chosen where it was reached.
    """
    n = costs.shape[0]
    free = p - int(required.sum())
    finite_max = np.where(np.isfinite(costs), costs, -np.inf).max(axis=1).astype(np.float64)
    upper = pricer.best.value if pricer.best.feasible else float(weights @ finite_max)
    if pricer.best.feasible:  # start from the cost each unit pays in the best known allocation
        flows = pricer.best
        mu = np.bincount(flows.rows, weights=flows.share * costs[flows.rows, flows.cols], minlength=n)
    else:
        mu = np.sort(np.where(np.isfinite(costs), costs, np.inf), axis=1)[:, min(p, costs.shape[1] - 1)]
        mu = np.where(np.isfinite(mu), mu, finite_max)
    lam = weights * mu
    best, best_rho, best_chosen, theta, stale = -math.inf, None, None, 2.0, 0
    previous = np.zeros(n)
    began = time.perf_counter()
    for iteration in range(MAX_ITERATIONS):
        check_cancelled(progress)
        if time.perf_counter() > deadline:
            break
        rho, rows, cols, x = knapsack_values(costs, weights, capacities, lam / weights)
        chosen = choose_sites(rho, required, free)
        value = float(lam.sum() + rho[chosen].sum())
        if value > best + 1e-12 * abs(best if math.isfinite(best) else 1.0):
            best, best_rho, best_chosen, stale = value, rho, chosen, 0
        else:
            stale += 1
            if stale >= STALE_STEPS:
                theta, stale = theta / 2.0, 0
        if pricer.seconds <= 0.5 * (time.perf_counter() - began) + 0.5:
            upper = min(upper, pricer.price(np.flatnonzero(chosen)))
        if _gap(upper, best) <= target_gap or theta < 1e-4:
            break
        g = 1.0 - np.bincount(rows[chosen[cols]], weights=x[chosen[cols]], minlength=n)
        g = g + DEFLECTION * previous
        previous = g
        norm = float(g @ g)
        if norm == 0:
            break
        lam = np.maximum(lam + theta * (upper - value) / norm * g, 0.0)
        if iteration % 25 == 0:
            progress.set_progress(min(95.0, 100.0 * iteration / MAX_ITERATIONS))
    if best_rho is None:  # no step taken (the deadline had passed): the relaxation at the starting multipliers
        best_rho = knapsack_values(costs, weights, capacities, mu)[0]
        best_chosen = choose_sites(best_rho, required, free)
    return best, best_rho, best_chosen


def _swap_search(pricer: _Pricer, rho, required, bound, deadline, target_gap, progress) -> None:
    """First-improvement swaps of the best set, each priced exactly; closed sites tried most promising (lowest ρ)
    first, open sites least useful (highest ρ) first, until no tried swap improves."""
    m = rho.size
    while time.perf_counter() < deadline and _gap(pricer.best.value, bound) > target_gap:
        current, value = pricer.best_open.copy(), pricer.best.value
        closed = np.setdiff1d(np.arange(m), current)
        tries = closed[np.argsort(rho[closed], kind="stable")][:_SWAP_CANDIDATES]
        removable = [r for r in np.argsort(-rho[current], kind="stable") if not required[current[r]]]
        if not _first_improving_swap(pricer, current, value, removable, tries, deadline, progress):
            return


def _first_improving_swap(pricer: _Pricer, current, value, removable, tries, deadline, progress) -> bool:
    for r in removable:
        for j in tries:
            check_cancelled(progress)
            if time.perf_counter() > deadline:
                return False
            trial = current.copy()
            trial[r] = j
            if pricer.price(trial) < value - 1e-9 * abs(value):
                return True
    return False


def _gap(upper: float, lower: float) -> float:
    if not (math.isfinite(upper) and math.isfinite(lower)):
        return math.inf
    return max(0.0, upper - lower) / max(abs(upper), 1e-12)
