"""The p-median: open *p* sites minimising the total weighted travel cost (Hakimi 1964; ReVelle and Swain 1970).

Exact: the ReVelle–Swain mixed-integer programme on a reduced set of
demand–site pairs, solved by HiGHS (:mod:`.milp`). Heuristic: greedy start
and best-improvement vertex substitution (Teitz and Bart 1968) in the
fast-interchange form of Whitaker (1983) and Resende and Werneck (2003)
(:mod:`.swap_search`), with iterated local search, bounded below by the
Lagrangian bound (:mod:`.lagrangian`). Unless the heuristic alone is asked
for, HiGHS then works on the sites Lagrangian fixing cannot rule out when
that model is small enough. The capacitated p-median is in
:mod:`.capacitated`.

References
----------
Hakimi, S. L. (1964, 1965). Optimum locations of switching centers... Oper. Res. 12, 450-459; 13, 462-475.
Resende, M. G. C. and Werneck, R. F. (2003). On the implementation of a swap-based local search
    procedure for the p-median problem. ALENEX 2003, 119-127.
Teitz, M. B. and Bart, P. (1968). Heuristic methods for estimating the generalized vertex median
    of a weighted graph. Oper. Res. 16, 955-961.
Whitaker, R. (1983). A fast algorithm for the greedy interchange for large-scale clustering and
    median location problems. INFOR 21, 95-108.
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass

import numpy as np

from ..errors import InfeasibleProblemError
from ..i18n import format_count, tr
from ..progress import Band, NullProgress, Progress, check_cancelled
from .costs import _ROWS_PER_CHUNK
from .evaluation import relative_gap
from .lagrangian import LagrangianBound, _lagrangian_lists, _unfixed_columns, pmedian_lagrangian_bound
from .milp import EXACT_MAX_PAIRS, _exact_too_large, _milp, _MilpOutcome, _sparse
from .neighbours import Neighbours, nearest_candidates
from .problem import _GAP_TOLERANCE, _Problem, _Solution
from .swap_search import SwapSearch

#: "auto" gives the p-median to the exact solver after the heuristic, when the
#: heuristic's gap is not closed, only up to this many pairs: beyond, the LP
#: relaxation alone takes HiGHS minutes (2,000 × 200 did not finish in 120 s).
AUTO_EXACT_PAIRS = 150_000
#: The exact p-median (and the capacitated one under "auto") goes straight to
#: HiGHS up to this many pairs; above, the heuristic and Lagrangian fixing first
#: shrink the model HiGHS proves optimal.
_DIRECT_EXACT_PAIRS = 20_000
_STALE_ATTEMPTS = 1000  # the heuristic stops after this many attempts without improvement
_FIRST_PATIENCE = 200  # ... before the bound is computed (the search resumes after it)
_WALK = 5e-4  # iterated local search: relative worsening a new base may have


def _pmedian_penalised(costs: np.ndarray) -> np.ndarray:
    """Costs with ``inf`` replaced by a large finite penalty (heuristics need finite numbers)."""
    if np.isfinite(costs).all():
        return costs
    finite_max = float(costs[np.isfinite(costs)].max())
    return np.where(np.isfinite(costs), costs, np.float32(100.0 * (finite_max + 1.0))).astype(np.float32)


# -- the solver: heuristic and bound, then HiGHS on the sites fixing leaves ------------------------
def _solve_pmedian(problem: _Problem, method: str, deadline: float, rng, progress: Progress, gap_tolerance: float) -> _Solution:
    """The p-median: HiGHS directly when small and exact, else the heuristic and its bound, HiGHS to close the gap."""
    costs, w, p, req = problem.costs, problem.weights, problem.sites, problem.required
    pairs = _pmedian_pairs(costs, p, req)
    if method == "exact" and pairs <= _DIRECT_EXACT_PAIRS:
        return _pmedian_exact(problem, deadline, rng, progress)
    penalised = _pmedian_penalised(costs)
    now = time.perf_counter()
    budget = 0.95 * (deadline - now)
    nb = nearest_candidates(penalised, progress=progress)
    solution, lagrangian = _heuristic_and_bound(problem, penalised, nb, rng, now, budget, gap_tolerance, progress)
    if method != "heuristic" and relative_gap(solution.objective, lagrangian.value) > _GAP_TOLERANCE:
        limit = EXACT_MAX_PAIRS if method == "exact" else AUTO_EXACT_PAIRS
        if _prove_pmedian(problem, solution, lagrangian, deadline, progress, limit):
            return _unreachable_note(costs, w, solution)
    if relative_gap(solution.objective, solution.bound) > gap_tolerance:
        _search_on(problem, solution, lagrangian, penalised, nb, rng, now + budget, gap_tolerance, progress)
    return _unreachable_note(costs, w, solution)


def _pmedian_exact(problem: _Problem, deadline: float, rng, progress: Progress) -> _Solution:
    """The whole model to HiGHS (small instances under the exact method)."""
    costs, w, p, req = problem.costs, problem.weights, problem.sites, problem.required
    outcome = _pmedian_milp(costs, w, p, req, deadline - time.perf_counter())
    if outcome.x is None:
        return _no_incumbent(problem, outcome, deadline, rng, progress)
    open_ = np.flatnonzero(outcome.x[: problem.m] > 0.5)
    return _Solution(open_, outcome.objective, outcome.bound, outcome.status, "exact")


def _heuristic_and_bound(
    problem: _Problem,
    penalised: np.ndarray,
    nb: Neighbours,
    rng,
    now: float,
    budget: float,
    gap_tolerance: float,
    progress: Progress,
) -> tuple[_Solution, LagrangianBound]:
    """The heuristic's first solution (with a short patience), then the Lagrangian bound started from it.

    The heuristic stops by half the ``budget`` of seconds from ``now``, the
    bound by 80 % of it.
    """
    w, p, req = problem.weights, problem.sites, problem.required
    open_, value = pmedian_heuristic(
        penalised,
        w,
        p,
        required=req,
        rng=rng,
        limits=SearchLimits(now + 0.5 * budget, patience=_FIRST_PATIENCE),
        neighbours=nb,
        progress=Band(progress, 0, 30),
    )
    assigned = penalised[:, open_].min(axis=1)
    lagrangian = pmedian_lagrangian_bound(
        penalised,
        w,
        p,
        required=req,
        upper=value,
        deadline=now + 0.8 * budget,
        assigned=assigned.astype(np.float64),
        neighbours=_lagrangian_lists(nb, assigned),
        target_gap=gap_tolerance,
        progress=Band(progress, 30, 60),
    )
    return _Solution(open_, value, lagrangian.value, "heuristic", "heuristic"), lagrangian


def _search_on(
    problem: _Problem,
    solution: _Solution,
    lagrangian: LagrangianBound,
    penalised: np.ndarray,
    nb: Neighbours,
    rng,
    deadline: float,
    gap_tolerance: float,
    progress: Progress,
) -> None:
    """While the gap is open: the Lagrangian heuristic's sites, then the heuristic again until ``deadline`` or the bound.

    Updates ``solution``'s sites and cost.
    """
    w, p, req = problem.weights, problem.sites, problem.required
    open_ = solution.open_
    bound = solution.bound
    stop_at = bound / (1.0 - gap_tolerance) if bound > 0 else bound
    # Lagrangian heuristic (Beasley 1993): the relaxation's own sites, improved by interchange
    lagrangian_open, lagrangian_value = open_, math.inf
    if int(lagrangian.chosen.sum()) == p:
        lagrangian_open, lagrangian_value = _interchange(
            penalised, w, np.flatnonzero(lagrangian.chosen), req, deadline, progress, nb
        )
    if lagrangian_value < solution.objective:
        open_, solution.open_, solution.objective = lagrangian_open, lagrangian_open, lagrangian_value
    solution.open_, solution.objective = pmedian_heuristic(
        penalised,
        w,
        p,
        required=req,
        rng=rng,
        limits=SearchLimits(deadline, stop_at),
        start=open_,
        neighbours=nb,
        progress=Band(progress, 60, 95),
    )


def _unreachable_note(costs: np.ndarray, w: np.ndarray, solution: _Solution) -> _Solution:
    if not np.isfinite(costs).all() and not math.isfinite(_median_cost(costs, w, solution.open_)):
        solution.messages.append(
            tr(
                "Some demand cannot reach any of the chosen sites; the objective counts the "
                "demand that can, and no bound is proven."
            )
        )
        solution.bound = -math.inf
    return solution


def _median_cost(costs: np.ndarray, weights: np.ndarray, open_cols: np.ndarray) -> float:
    nearest = np.full(costs.shape[0], np.inf, dtype=np.float64)
    for start in range(0, costs.shape[0], _ROWS_PER_CHUNK):
        stop = start + _ROWS_PER_CHUNK
        nearest[start:stop] = costs[start:stop][:, open_cols].min(axis=1)
    return float(weights @ nearest)


def _fixing_message(columns: np.ndarray, problem: _Problem) -> str:
    return tr("Lagrangian fixing left {k} of {m} candidate sites for the exact solver.").format(
        k=format_count(columns.size), m=format_count(problem.m)
    )


def _prove_pmedian(
    problem: _Problem, solution: _Solution, lagrangian: LagrangianBound, deadline: float, progress: Progress, limit: int
) -> bool:
    """Close the gap with HiGHS on the sites Lagrangian fixing cannot rule out, when that MILP has ≤ ``limit`` pairs.

    Returns whether the exact solver ran. The exact method (``limit =
    EXACT_MAX_PAIRS``) refuses a larger model.
    """
    costs, w, p, req = problem.costs, problem.weights, problem.sites, problem.required
    columns = _unfixed_columns(lagrangian, solution.objective, solution.open_, req)
    pairs = _pmedian_pairs(costs[:, columns], p, req[columns])
    if pairs > limit:
        if limit == EXACT_MAX_PAIRS:
            raise _exact_too_large(pairs)
        return False
    if deadline - time.perf_counter() < 0.5:
        return False
    check_cancelled(progress)
    outcome = _pmedian_milp(np.ascontiguousarray(costs[:, columns]), w, p, req[columns], deadline - time.perf_counter())
    solution.method = "heuristic+exact"
    solution.messages.append(_fixing_message(columns, problem))
    if outcome.x is not None and outcome.objective < solution.objective - 1e-9 * abs(solution.objective):
        solution.open_ = columns[np.flatnonzero(outcome.x[: columns.size] > 0.5)]
        solution.objective = outcome.objective
    if math.isfinite(outcome.bound):
        solution.bound = max(solution.bound, outcome.bound)
    solution.status = "optimal" if outcome.status == "optimal" else "time_limit"
    return True


def _no_incumbent(problem: _Problem, outcome: _MilpOutcome, deadline, rng, progress) -> _Solution:
    if outcome.status == "infeasible":
        raise InfeasibleProblemError(
            tr(
                "No choice of sites satisfies the constraints (the solver proved it "
                "infeasible). Raise p or the capacities, or mark fewer sites as required."
            )
        )
    progress.warn(
        tr(
            "The exact solver found no solution within the time limit; the heuristic's solution is "
            "reported with the solver's bound. Give it more time for a proven optimum."
        )
    )
    penalised = _pmedian_penalised(problem.costs)
    open_, value = pmedian_heuristic(
        penalised,
        problem.weights,
        problem.sites,
        required=problem.required,
        rng=rng,
        limits=SearchLimits(time.perf_counter() + 5.0),
        progress=progress,
    )
    return _Solution(open_, value, outcome.bound, "time_limit", "exact")


# -- the exact model (ReVelle and Swain 1970) ------------------------------------------------------
def _pmedian_thresholds(costs: np.ndarray, p: int, required: np.ndarray) -> np.ndarray:
    """Per demand row, a cost beyond which no open site is ever its closest.

    With closest assignment, a demand unit is served no farther than its
    nearest required site, and no farther than its (m − p + 1)-th nearest
    candidate (of any p open sites one is among those). Exact reduction.
    """
    m = costs.shape[1]
    k = m - p  # zero-based index of the (m - p + 1)-th smallest
    limit = np.empty(costs.shape[0], dtype=np.float64)
    for start in range(0, costs.shape[0], _ROWS_PER_CHUNK):
        block = costs[start : start + _ROWS_PER_CHUNK]
        # the (m − p + 1)-th cheapest cost of each row, or its cheapest required site if nearer
        kth = np.partition(block, k, axis=1)[:, k].astype(np.float64)
        if required.any():
            kth = np.minimum(kth, block[:, required].min(axis=1))
        limit[start : start + _ROWS_PER_CHUNK] = kth
    return limit


def _pmedian_pairs(costs: np.ndarray, p: int, required: np.ndarray) -> int:
    """The number of pairs of the reduced model (within each row's threshold)."""
    limit = _pmedian_thresholds(costs, p, required)
    count = 0
    for start in range(0, costs.shape[0], _ROWS_PER_CHUNK):
        block = costs[start : start + _ROWS_PER_CHUNK]
        count += int((block <= limit[start : start + _ROWS_PER_CHUNK, None]).sum())
    return count


def _pmedian_milp(costs: np.ndarray, w: np.ndarray, p: int, required: np.ndarray, time_limit: float) -> _MilpOutcome:
    """ReVelle–Swain p-median MILP on the reduced pair set; y binary, x continuous (integral at optimum)."""
    limit = _pmedian_thresholds(costs, p, required)
    rows, cols = np.nonzero((costs <= limit[:, None]) & np.isfinite(costs))
    c, integrality, bounds, constraints = _assignment_model(costs, w, p, required, rows, cols)
    return _milp(c, integrality, bounds, constraints, time_limit)


def _assignment_model(
    costs: np.ndarray, w: np.ndarray, p: int, required: np.ndarray, rows: np.ndarray, cols: np.ndarray
) -> tuple[np.ndarray, np.ndarray, tuple, list]:
    """The p-median MILP on the demand–site pairs ``(rows, cols)``: ``(c, integrality, bounds, constraints)``.

    Variables: one ``y`` per site (binary; required sites fixed open), then
    one ``x`` per pair (continuous). Constraints: every demand unit
    assigned once, only to open sites (``x ≤ y``), exactly ``p`` open.
    """
    from scipy.optimize import LinearConstraint

    n, m = costs.shape
    k = rows.size
    # cost: 0 for the sites, w_i c_ij for the pairs
    c = np.concatenate([np.zeros(m), w[rows] * costs[rows, cols].astype(np.float64)])
    x_index = m + np.arange(k)
    # Σ_j x_ij = 1 per demand unit; x_ij − y_j ≤ 0 per pair; Σ_j y_j = p
    assign = _sparse(rows, x_index, np.ones(k), (n, m + k))
    link = _sparse(
        np.concatenate([np.arange(k), np.arange(k)]),
        np.concatenate([x_index, cols]),
        np.concatenate([np.ones(k), -np.ones(k)]),
        (k, m + k),
    )
    count = _sparse(np.zeros(m, dtype=np.int64), np.arange(m), np.ones(m), (1, m + k))
    constraints = [LinearConstraint(assign, 1, 1), LinearConstraint(link, -np.inf, 0), LinearConstraint(count, p, p)]
    bounds = (np.concatenate([required.astype(float), np.zeros(k)]), np.ones(m + k))
    return c, np.concatenate([np.ones(m), np.zeros(k)]), bounds, constraints


# -- the heuristic: greedy, vertex substitution, iterated local search -----------------------------
@dataclass(frozen=True)
class SearchLimits:
    """When :func:`pmedian_heuristic` stops: a ``time.perf_counter()`` deadline (None: four more attempts
    after the first local optimum), a cost at most ``stop_at`` (e.g. a bound), or ``patience`` attempts in a
    row without improvement."""

    deadline: float | None = None
    stop_at: float = -math.inf
    patience: int = _STALE_ATTEMPTS

    def reached(self, best: float, stale: int) -> bool:
        """Whether to stop: past the deadline, a cost ``best`` at most ``stop_at``, or ``stale`` attempts over the patience."""
        return (
            (self.deadline is not None and time.perf_counter() > self.deadline) or best <= self.stop_at or stale > self.patience
        )


def pmedian_heuristic(
    costs: np.ndarray,
    weights: np.ndarray,
    p: int,
    *,
    required: np.ndarray | None = None,
    rng: np.random.Generator | None = None,
    limits: SearchLimits | None = None,
    start: np.ndarray | None = None,
    neighbours: Neighbours | None = None,
    progress: Progress | None = None,
) -> tuple[np.ndarray, float]:
    """Greedy start, fast vertex substitution and iterated local search for the p-median.

    The greedy adds, one at a time, the site that lowers the total weighted
    cost most (Kuehn and Hamburger 1963); vertex substitution then applies
    the best swap of an open and a closed site until none improves (Teitz
    and Bart 1968), every swap evaluated at once with the gain/loss/extra
    decomposition of Whitaker (1983), kept up to date after each swap for
    the affected demand only (Resende and Werneck 2003; see
    :mod:`.swap_search`). Further attempts (iterated local search,
    Lourenço, Martin and Stützle 2003) start from the best solution, kick
    it and descend again with the same bookkeeping, so an attempt costs a
    few swaps. The kicks take turns: *relocate* one or more open sites to
    the best place they can go even when that costs more, the old places
    barred during the descent that follows (the number of sites moved grows
    while attempts fail, as in variable neighbourhood search, Hansen and
    Mladenović 1997); swap one or two open sites for closed ones near the
    demand they serve; swap one to three for random closed ones. Kicks
    start from the best solution or from a local optimum at most 0.05 %
    worse than their last base, which lets the search walk out of a basin
    (Lourenço et al.'s "better or slightly worse" acceptance). Every
    fourth attempt restarts from a randomised greedy (each step among the
    three best sites) instead, while restarts have taken at most a tenth of
    the time. The best local optimum is kept until one of the ``limits``
    is reached. All randomness comes from ``rng``.

    Parameters
    ----------
    costs : numpy.ndarray
        ``(n, m)`` finite costs.
    weights : numpy.ndarray
        ``(n,)`` positive weights.
    p : int
        Number of sites, required ones included.
    required : numpy.ndarray, optional
        ``(m,)`` booleans of sites that stay open.
    rng : numpy.random.Generator, optional
        Source of the perturbations' randomness.
    limits : SearchLimits, optional
        Deadline, target cost and patience (default: no deadline).
    start : numpy.ndarray, optional
        Open columns to start from instead of the greedy.
    neighbours : Neighbours, optional
        The k-nearest lists (built here when not given).
    progress : Progress, optional
        Cancellation.

    Returns
    -------
    (numpy.ndarray, float)
        The open columns and their total weighted cost.
    """
    progress = progress or NullProgress()
    m = costs.shape[1]
    required = np.zeros(m, dtype=bool) if required is None else required
    rng = rng or np.random.default_rng(0)
    limits = limits or SearchLimits()
    w32 = weights.astype(np.float32)
    first = _greedy_median(costs, w32, p, required, None, progress) if start is None else np.asarray(start)
    if first.size == 1 and not required[first[0]]:  # p = 1: the best single column, directly
        return _best_single_site(costs, weights)
    nb = neighbours or nearest_candidates(costs, progress=progress)
    search = SwapSearch(costs, weights, nb, first, required)
    search.descend(deadline=limits.deadline, progress=progress)
    best = _iterated_local_search(search, w32, p, required, rng, limits, progress)
    return np.sort(best.open_), float(best.value)


def _iterated_local_search(
    search: SwapSearch, w32: np.ndarray, p: int, required: np.ndarray, rng: np.random.Generator, limits: SearchLimits, progress
):
    """The attempts of :func:`pmedian_heuristic` after the first descent: kick or restart, descend, keep the best.

    Returns the snapshot (:meth:`SwapSearch.snapshot`) of the best local optimum.
    """
    costs, nb = search.costs, search.nb
    m = costs.shape[1]
    deadline = limits.deadline
    attempts = 4 if deadline is None else 1_000_000  # without a deadline: four more attempts
    best = current = search.snapshot()
    began, restart_seconds, last_improvement = time.perf_counter(), 0.0, 0
    for attempt in range(1, attempts + 1):
        if limits.reached(best.value, attempt - last_improvement):
            break
        restart = attempt % 4 == 0 and (deadline is None or restart_seconds <= 0.1 * (time.perf_counter() - began))
        forbidden = None
        if restart or p == m:
            clock = time.perf_counter()
            search.reset(_greedy_median(costs, w32, p, required, rng, progress))
            restart_seconds += time.perf_counter() - clock
        else:
            forbidden = _kick(search, current, attempt, attempt - last_improvement, required, nb, rng)
        search.descend(deadline=deadline, verify=False, forbidden=forbidden, progress=progress)
        if search.value < best.value - 1e-9 * abs(search.value):
            search.descend(deadline=deadline, progress=progress)  # confirmed on fresh sums before it is kept
            best = current = search.snapshot()
            last_improvement = attempt
        elif not restart and current.value < search.value < current.value * (1 + _WALK):
            current = search.snapshot()  # a slightly worse local optimum becomes the base of the next kicks
        if deadline is None:
            progress.set_progress(100.0 * attempt / attempts)
    return best


def _kick(
    search: SwapSearch, base, attempt: int, failures: int, required: np.ndarray, nb: Neighbours, rng: np.random.Generator
) -> np.ndarray | None:
    """Move ``search`` from the ``base`` solution to a kicked one (see :func:`pmedian_heuristic`).

    Returns the columns barred from re-entering during the next descent.
    """
    search.restore(base)
    kind = attempt % 3
    if kind == 1:
        removable = np.flatnonzero(search.removable)
        if removable.size == 0:
            return None
        count = min(removable.size, 1 + min(4, failures // 150) + int(rng.integers(0, 2)))
        positions = rng.choice(removable, count, replace=False)
        forbidden = search.open_[positions].copy()
        for r in positions:
            j, _, change = search.best_swap(position=int(r), forbidden=forbidden)
            if math.isfinite(change):
                search.swap(j, int(r))
        return forbidden
    trial = _perturb(base.open_, base.f1, required, nb, rng) if kind == 2 else _shake(base.open_, required, required.size, rng)
    for r in np.flatnonzero(trial != base.open_):
        search.swap(int(trial[r]), int(r))
    return None


def _shake(open_: np.ndarray, required: np.ndarray, m: int, rng: np.random.Generator) -> np.ndarray:
    """A far kick: one to three removable open sites swapped for random closed ones."""
    trial = np.asarray(open_, dtype=np.int64).copy()
    removable = np.flatnonzero(~required[trial])
    closed = np.setdiff1d(np.arange(m), trial)
    k = min(removable.size, closed.size, int(rng.integers(1, 4)))
    if k:
        trial[rng.choice(removable, k, replace=False)] = rng.choice(closed, k, replace=False)
    return trial


def _perturb(open_: np.ndarray, f1: np.ndarray, required: np.ndarray, nb: Neighbours, rng: np.random.Generator) -> np.ndarray:
    """A local kick: one or two removable open sites each swapped for a closed site near the demand it serves.

    ``f1`` gives each demand row's serving position in ``open_``. The
    replacement is drawn among the ten nearest candidates of a random
    demand unit served by the removed site, so the descent that follows is
    short (Hansen and Mladenović 1997 use such shaking in VNS).
    """
    trial = np.asarray(open_, dtype=np.int64).copy()
    removable = np.flatnonzero(~required[trial])
    if removable.size == 0:
        return trial
    n, m = f1.size, required.size
    for r in rng.choice(removable, min(removable.size, int(rng.integers(1, 3))), replace=False):
        served = np.flatnonzero(f1 == r)
        row = int(rng.choice(served)) if served.size else int(rng.integers(n))
        options = np.setdiff1d(nb.index[row, :10], trial)
        if options.size == 0:
            options = np.setdiff1d(np.arange(m), trial)
        trial[r] = int(rng.choice(options))
    return trial


def _greedy_median(costs, w32, p, required, rng, progress) -> np.ndarray:
    n, m = costs.shape
    open_ = list(np.flatnonzero(required))
    nearest = np.full(n, np.inf, dtype=np.float32)
    for j in open_:
        np.minimum(nearest, costs[:, j], out=nearest)
    while len(open_) < p:
        check_cancelled(progress)
        if not open_:
            score = -_column_dot(costs, w32)
        else:
            score = _gains(costs, w32, nearest)
        score[open_] = -np.inf
        if rng is None:
            j = int(np.argmax(score))
        else:
            top = np.argsort(-score)[:3]
            top = top[np.isfinite(score[top])]
            j = int(rng.choice(top))
        open_.append(j)
        np.minimum(nearest, costs[:, j], out=nearest)
    return np.asarray(open_, dtype=np.int64)


def _column_dot(costs, w32) -> np.ndarray:
    total = np.zeros(costs.shape[1], dtype=np.float64)
    for start in range(0, costs.shape[0], _ROWS_PER_CHUNK):
        stop = start + _ROWS_PER_CHUNK
        total += w32[start:stop] @ costs[start:stop]
    return total


def _gains(costs, w32, nearest) -> np.ndarray:
    """For every column, sum of w_i · max(0, nearest_i − c_ij)."""
    total = np.zeros(costs.shape[1], dtype=np.float64)
    for start in range(0, costs.shape[0], _ROWS_PER_CHUNK):
        stop = start + _ROWS_PER_CHUNK
        block = nearest[start:stop, None] - costs[start:stop]
        np.maximum(block, 0, out=block)
        total += w32[start:stop] @ block
    return total


def _best_single_site(costs: np.ndarray, weights: np.ndarray) -> tuple[np.ndarray, float]:
    """The one column with the lowest weighted cost, and that cost."""
    column = int(np.argmin(_column_dot(costs, weights.astype(np.float32))))
    return np.asarray([column]), float(weights @ costs[:, column].astype(np.float64))


def _interchange(
    costs, weights, open_, required, deadline, progress, neighbours: Neighbours | None = None
) -> tuple[np.ndarray, float]:
    """Best-improvement swaps from ``open_`` until no swap lowers the cost (a local optimum, :class:`SwapSearch`)."""
    open_ = np.asarray(open_, dtype=np.int64).copy()
    if open_.size == 1 and not required[open_[0]]:  # p = 1: the best single column, directly
        return _best_single_site(costs, weights)
    search = SwapSearch(costs, weights, neighbours or nearest_candidates(costs, progress=progress), open_, required)
    search.descend(deadline=deadline, progress=progress)
    return search.open_, search.value
