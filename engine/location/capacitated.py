"""Capacitated p-median with splittable demand: HiGHS where it fits, a Lagrangian heuristic beyond.

The model: open ``p`` sites (required ones included) and send every demand
unit's weight to open sites, splitting it if need be, so that no site
serves more than its capacity, at the least total weighted cost.

Exact: the p-median's assignment model with a capacity constraint per site,
every finite demand–site pair a variable, solved by HiGHS: whole for small
instances, else on the sites Lagrangian reduced-cost fixing leaves
(:func:`_solve_capacitated`).

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
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from ..errors import InfeasibleProblemError, InvalidInputError
from ..i18n import format_count, tr
from ..progress import Band, NullProgress, Progress, check_cancelled
from .evaluation import Allocation, relative_gap
from .lagrangian import DEFLECTION, MAX_ITERATIONS, STALE_STEPS, LagrangianBound, _unfixed_columns, choose_sites
from .milp import _milp, _sparse
from .pmedian import (
    _DIRECT_EXACT_PAIRS,
    _FIRST_PATIENCE,
    SearchLimits,
    _assignment_model,
    _fixing_message,
    _pmedian_penalised,
    pmedian_heuristic,
)
from .problem import _GAP_TOLERANCE, _Problem, _Solution

#: Closed sites tried for each open one in a round of swaps (the most promising by ρ).
_SWAP_CANDIDATES = 12
#: Largest capacitated p-median given to HiGHS (whole under "exact", or on the
#: sites left by Lagrangian fixing): every pair is a variable and the LP
#: relaxation is slow (3,000 × 150 did not finish its root in 60 s); larger
#: ones are solved by the Lagrangian heuristic (:func:`capacitated_pmedian`).
CAPACITATED_MAX_PAIRS = 200_000


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


# -- the solver: HiGHS when the model fits, else the Lagrangian heuristic first --------------------
def _solve_capacitated(problem: _Problem, method: str, deadline: float, rng, progress: Progress) -> _Solution:
    """Capacitated p-median with splittable demand.

    Small instances (and ``exact`` up to :data:`CAPACITATED_MAX_PAIRS`)
    go to HiGHS whole. Larger ones get the Lagrangian bound and heuristic
    of :func:`capacitated_pmedian`, started from the uncapacitated
    heuristic's sites; then (unless ``heuristic``) Lagrangian reduced-cost
    fixing leaves the sites no better solution can open, and HiGHS solves
    the model on those when it fits, which proves the optimum or tightens
    the bound. The gap to the best bound is always reported.
    """
    pairs = int(np.isfinite(problem.costs).sum())
    direct = CAPACITATED_MAX_PAIRS if method == "exact" else _DIRECT_EXACT_PAIRS
    if method != "heuristic" and pairs <= direct:
        return _capacitated_exact(problem, np.arange(problem.m), deadline, progress, raise_infeasible=True)
    found, solution = _capacitated_heuristic(problem, method, deadline, rng, progress)
    if method == "heuristic" or (solution is not None and relative_gap(solution.objective, solution.bound) <= _GAP_TOLERANCE):
        return _capacitated_found(solution, problem.sites)
    return _capacitated_unfixed(problem, method, found, solution, deadline, progress)


def _capacitated_heuristic(
    problem: _Problem, method: str, deadline: float, rng, progress: Progress
) -> tuple[CapacitatedOutcome, _Solution | None]:
    """The Lagrangian bound and heuristic, started from the uncapacitated heuristic's sites and the largest sites.

    Returns what :func:`capacitated_pmedian` found and its solution (None
    when no feasible set of sites was found).
    """
    costs, w, p, req, cap = problem.costs, problem.weights, problem.sites, problem.required, problem.site_capacities
    now = time.perf_counter()
    share = 0.95 if method == "heuristic" else 0.6
    penalised = _pmedian_penalised(costs)
    uncapacitated, _ = pmedian_heuristic(
        penalised,
        w,
        p,
        required=req,
        rng=rng,
        limits=SearchLimits(now + 0.1 * (deadline - now), patience=_FIRST_PATIENCE),
        progress=progress,
    )
    largest = np.concatenate([np.flatnonzero(req), np.flatnonzero(~req)[np.argsort(-cap[~req], kind="stable")]])[:p]
    found = capacitated_pmedian(
        costs,
        w,
        p,
        cap,
        required=req,
        starts=[uncapacitated, largest],
        deadline=now + share * (deadline - now),
        target_gap=_GAP_TOLERANCE,
        progress=Band(progress, 0, 70),
    )
    return found, _heuristic_solution(found, costs)


def _heuristic_solution(found: CapacitatedOutcome, costs: np.ndarray) -> _Solution | None:
    """The best set of sites the heuristic priced, with its split allocation (None when none was feasible)."""
    if not found.transport.feasible:
        return None
    flows = found.transport
    solution = _Solution(
        found.open_,
        flows.value,
        found.bound,
        "heuristic",
        "heuristic",
        flows=Allocation(flows.rows, flows.cols, flows.share, costs[flows.rows, flows.cols].astype(float)),
    )
    solution.messages.append(
        tr("Capacitated heuristic: {sets} sets of sites priced by the transportation problem.").format(
            sets=format_count(found.sets)
        )
    )
    return solution


def _capacitated_unfixed(
    problem: _Problem, method: str, found: CapacitatedOutcome, solution: _Solution | None, deadline: float, progress: Progress
) -> _Solution:
    """HiGHS on the sites Lagrangian fixing leaves, when that model fits: the optimum, or a tighter bound.

    The exact method refuses a model that does not fit; the others keep the
    heuristic's solution.
    """
    costs, p, req = problem.costs, problem.sites, problem.required
    columns = _unfixed_columns(
        LagrangianBound(found.bound, found.rho, found.chosen),
        solution.objective if solution is not None else math.inf,
        found.open_,
        req,
    )
    reduced_pairs = int(np.isfinite(costs[:, columns]).sum())
    if reduced_pairs > CAPACITATED_MAX_PAIRS or deadline - time.perf_counter() < 0.5:
        if method == "exact":
            raise _capacitated_too_large(reduced_pairs)
        return _capacitated_found(solution, p)
    exact = _capacitated_exact(problem, columns, deadline, progress, raise_infeasible=solution is None)
    exact.messages.append(_fixing_message(columns, problem))
    if solution is None or exact.objective < solution.objective - 1e-9 * abs(solution.objective):
        exact.bound = max(exact.bound, found.bound)
        exact.method = "heuristic+exact"
        return exact
    solution.bound = max(solution.bound, exact.bound)
    solution.method = "heuristic+exact"
    solution.status = "optimal" if exact.status == "optimal" else "time_limit"
    solution.messages.extend(exact.messages)
    return solution


def _capacitated_found(solution: _Solution | None, p: int) -> _Solution:
    if solution is None:
        raise InfeasibleProblemError(
            tr(
                "No choice of {p} sites that serves all the demand within their capacities was found within the time "
                "limit: give it more time, raise p or the capacities, or leave the capacity field empty."
            ).format(p=p)
        )
    return solution


def _capacitated_too_large(pairs: int) -> InvalidInputError:
    return InvalidInputError(
        tr(
            "The exact capacitated solver would need {pairs} demand–site pairs, more than the {limit} it can solve: "
            "choose the automatic or heuristic solver, which report the gap to a proven bound."
        ).format(pairs=format_count(pairs), limit=format_count(CAPACITATED_MAX_PAIRS))
    )


def _capacitated_exact(
    problem: _Problem, columns: np.ndarray, deadline: float, progress: Progress, *, raise_infeasible: bool
) -> _Solution:
    """The capacitated MILP (y binary, x fractional) on the candidate ``columns``, every finite pair a variable.

    With all columns the bound is the optimum's; with the columns left by
    Lagrangian fixing it is too, since the others open only in solutions
    costlier than the incumbent.
    """
    from scipy.optimize import LinearConstraint

    check_cancelled(progress)
    w, p = problem.weights, problem.sites
    costs, req, cap = problem.costs[:, columns], problem.required[columns], problem.site_capacities[columns]
    n, m = costs.shape
    rows, cols = np.nonzero(np.isfinite(costs))
    c, integrality, bounds, constraints = _assignment_model(costs, w, p, req, rows, cols)
    k = rows.size
    # Σ_i w_i x_ij − cap_j y_j ≤ 0 (no limit: the whole demand)
    finite_cap = np.where(np.isfinite(cap), cap, w.sum())
    load = _sparse(
        np.concatenate([cols, np.arange(m)]),
        np.concatenate([m + np.arange(k), np.arange(m)]),
        np.concatenate([w[rows], -finite_cap]),
        (m, m + k),
    )
    constraints.insert(2, LinearConstraint(load, -np.inf, 0))  # the demand a site serves ≤ its capacity
    outcome = _milp(c, integrality, bounds, constraints, deadline - time.perf_counter())
    if outcome.x is None:
        if not raise_infeasible:
            return _Solution(np.zeros(0, dtype=np.int64), math.inf, outcome.bound, outcome.status, "exact")
        if outcome.status == "infeasible":
            raise InfeasibleProblemError(
                tr(
                    "No choice of {p} sites can serve all the demand within their capacities (some demand can reach only "
                    "sites that are too small). Raise p or the capacities, or leave the capacity field empty."
                ).format(p=p)
            )
        raise InfeasibleProblemError(
            tr(
                "The exact solver found no solution within the time limit for this capacitated problem: give it more "
                "time, raise the capacities, or aggregate the demand."
            )
        )
    # the flows used, as shares of each row's weight, in the original columns
    x = outcome.x[m:]
    use = x > 1e-6
    flows = Allocation(
        rows[use],
        columns[cols[use]],
        x[use] / np.bincount(rows[use], weights=x[use], minlength=n)[rows[use]],
        costs[rows[use], cols[use]].astype(float),
    )
    open_ = columns[np.flatnonzero(outcome.x[:m] > 0.5)]
    return _Solution(open_, outcome.objective, outcome.bound, outcome.status, "exact", flows=flows)


# -- Lagrangian bound and Lagrangian heuristic -----------------------------------------------------
def transportation(costs: np.ndarray, weights: np.ndarray, capacities: np.ndarray, open_: np.ndarray) -> Transport:
    """Least-cost split allocation of every demand row to the ``open_`` columns within their capacities.

    A transportation problem solved as a linear programme by HiGHS
    (:func:`scipy.optimize.linprog`); unreachable (``inf``) pairs have no
    variable. Infeasible (capacity or reachability) gives ``value = inf``.

    Parameters
    ----------
    costs : numpy.ndarray
        ``(n, m)`` costs, ``inf`` where unreachable.
    weights : numpy.ndarray
        ``(n,)`` demand weights.
    capacities : numpy.ndarray
        ``(m,)`` capacities (``inf`` = no limit).
    open_ : numpy.ndarray
        The open columns.

    Returns
    -------
    Transport
        The least total weighted cost and its flows (``inf`` and no flow when infeasible).
    """
    from scipy.optimize import linprog
    from scipy.sparse import csr_array

    open_ = np.asarray(open_, dtype=np.int64)
    n = costs.shape[0]
    cap = capacities[open_]
    if cap.sum() < weights.sum() * (1 - 1e-12):
        return Transport(math.inf)
    # one variable per reachable (row, open site) pair; a row that reaches none makes it infeasible
    sub = costs[:, open_]
    rows, k = np.nonzero(np.isfinite(sub))
    if np.bincount(rows, minlength=n).min() == 0:
        return Transport(math.inf)
    v = rows.size
    c = weights[rows] * sub[rows, k].astype(np.float64)
    # every row's shares sum to 1
    a_eq = csr_array((np.ones(v), (rows, np.arange(v))), shape=(n, v))
    # the weight a site with a finite capacity serves stays within it
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
    # the flows used, as shares of each row's weight
    x = result.x
    keep = x > 1e-9
    share = x[keep] / np.bincount(rows[keep], weights=x[keep], minlength=n)[rows[keep]]
    return Transport(float(result.fun), rows[keep].astype(np.int64), open_[k[keep]], share)


def knapsack_values(
    costs: np.ndarray, weights: np.ndarray, capacities: np.ndarray, mu: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """``ρ_j`` of every site at multipliers ``μ`` (continuous knapsacks, Dantzig 1957), with the pairs and fractions used.

    Site ``j`` serves, up to its capacity, the demand units with a negative
    reduced cost ``c_ij − μ_i``, cheapest first.

    Parameters
    ----------
    costs : numpy.ndarray
        ``(n, m)`` costs, ``inf`` where unreachable.
    weights : numpy.ndarray
        ``(n,)`` positive weights.
    capacities : numpy.ndarray
        ``(m,)`` capacities (``inf`` = no limit).
    mu : numpy.ndarray
        ``(n,)`` multipliers per unit of weight.

    Returns
    -------
    (numpy.ndarray, numpy.ndarray, numpy.ndarray, numpy.ndarray)
        ``(rho, rows, cols, x)``: site ``cols[t]`` would serve the
        fraction ``x[t]`` of demand row ``rows[t]``.
    """
    m = costs.shape[1]
    # the pairs with a negative reduced cost c_ij − μ_i
    rows, cols = np.nonzero(costs < mu[:, None].astype(np.float32))
    reduced = costs[rows, cols].astype(np.float64) - mu[rows]
    negative = reduced < 0
    rows, cols, reduced = rows[negative], cols[negative], reduced[negative]
    # grouped by site, cheapest first
    order = np.lexsort((reduced, cols))
    rows, cols, reduced = rows[order], cols[order], reduced[order]
    # the weight each site has taken before a pair, and the fraction of the pair's weight that still fits
    w = weights[rows]
    filled = np.cumsum(w)
    first = np.searchsorted(cols, np.arange(m))
    before_site = np.concatenate([[0.0], filled])[first]
    room = capacities[cols] - (filled - w - before_site[cols])
    x = np.clip(room / w, 0.0, 1.0)
    # ρ_j: the weighted reduced cost of what site j serves
    rho = np.bincount(cols, weights=w * reduced * x, minlength=m)
    return rho, rows, cols, x


class _Pricer:
    """Prices site sets by the transportation problem, once each, and keeps the best."""

    def __init__(self, costs, weights, capacities) -> None:
        self.costs, self.weights, self.capacities = costs, weights, capacities
        self.seen: dict[tuple, float] = {}
        self.best_open: np.ndarray = np.zeros(0, dtype=np.int64)
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
    starts: Sequence[np.ndarray] = (),
    deadline: float,
    target_gap: float = 1e-6,
    progress: Progress | None = None,
) -> CapacitatedOutcome:
    """Lagrangian bound and Lagrangian heuristic for the capacitated p-median with splittable demand.

    The relaxation of the assignment constraints (Geoffrion and McBride
    1978; Beasley 1993) gives the bound by subgradient optimisation; every
    set of sites it chooses, and swaps of the best one, are priced by
    :func:`transportation` (see the module's description).

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
