"""Covering models: maximal covering (MCLP) and set covering (LSCP).

``mclp`` maximises the demand within a cut-off of an open site with *p*
sites (Church and ReVelle 1974); ``lscp`` opens as few sites as possible so
that every demand unit that *can* be covered within the cut-off is (Toregas
et al. 1971), and the demand no candidate covers is reported. Demand rows
with identical coverage sets are merged first (exact). Coverage sets are
decided by :func:`engine.cutoff.within` on the double-precision costs, not
on the float32 matrix the other solvers search. Both are solved by
HiGHS (:mod:`.milp`) where the model fits, else by heuristics bounded by
their LP relaxation.

References
----------
Church, R. and ReVelle, C. (1974). The maximal covering location problem. PRSA 32, 101-118.
Toregas, C., Swain, R., ReVelle, C. and Bergman, L. (1971). The location of emergency service
    facilities. Oper. Res. 19, 1363-1373.
"""

from __future__ import annotations

import itertools
import math
import time

import numpy as np

from ..cutoff import within
from ..progress import NullProgress, Progress, check_cancelled
from .costs import _ROWS_PER_CHUNK, TravelCosts
from .milp import EXACT_MAX_PAIRS, _exact_too_large, _milp, _MilpOutcome, _sparse
from .problem import _Problem, _Solution


# -- coverage sets ---------------------------------------------------------------------------------
def _coverage(costs: TravelCosts, cutoff: float):
    """CSR coverage matrix (rows × candidates) of the double-precision costs within the cut-off, a block of rows at a time."""
    n = costs.matrix.shape[0]
    return _stack(within(costs.block(start, min(start + _ROWS_PER_CHUNK, n)), cutoff) for start in range(0, n, _ROWS_PER_CHUNK))


def _radius_coverage(costs: np.ndarray, radius: float):
    """CSR matrix of the float32 costs at most ``radius``, itself one of them (the p-center's search over radii)."""
    n = costs.shape[0]
    return _stack(costs[start : start + _ROWS_PER_CHUNK] <= radius for start in range(0, n, _ROWS_PER_CHUNK))


def _stack(blocks):
    from scipy.sparse import csr_array, vstack

    parts = [csr_array(block, dtype=np.float64) for block in blocks]
    return vstack(parts, format="csr") if len(parts) > 1 else parts[0]


def _covered_rows(costs: TravelCosts, cutoff: float):
    """The rows some candidate covers and their coverage matrix."""
    cover = _coverage(costs, cutoff)
    coverable = np.flatnonzero(np.diff(cover.indptr) > 0)
    return coverable, cover[coverable]


def _aggregate_rows(cover, weights: np.ndarray):
    """Merge demand rows with identical coverage sets (exact): (unique cover, summed weights, row → group)."""
    cover = cover.tocsr()
    cover.sort_indices()
    # each row's set of covering columns as a key; a group per distinct key, in order of first appearance
    keys = [cover.indices[cover.indptr[i] : cover.indptr[i + 1]].tobytes() for i in range(cover.shape[0])]
    groups: dict[bytes, int] = {}
    label = np.empty(len(keys), dtype=np.int64)
    first: list[int] = []
    for i, key in enumerate(keys):
        g = groups.setdefault(key, len(groups))
        if g == len(first):
            first.append(i)
        label[i] = g
    merged = cover[np.asarray(first, dtype=np.int64)]
    return merged, np.bincount(label, weights=weights, minlength=len(first)), label


# -- maximal covering (MCLP) -----------------------------------------------------------------------
def _solve_mclp(problem: _Problem, method: str, deadline: float, rng, progress: Progress, gap_tolerance: float) -> _Solution:
    w, p, req = problem.weights, problem.sites, problem.required
    coverable, cover = _covered_rows(problem.exact, problem.radius)
    cover, gw, _ = _aggregate_rows(cover, w[coverable])
    pairs = int(cover.nnz)
    if method == "exact" and pairs > EXACT_MAX_PAIRS:
        raise _exact_too_large(pairs)
    use_exact = method == "exact" or (method == "auto" and pairs <= EXACT_MAX_PAIRS)
    if use_exact:
        outcome = _mclp_milp(cover, gw, p, req, deadline - time.perf_counter())
        if outcome.x is not None:
            open_ = np.flatnonzero(outcome.x[: problem.m] > 0.5)
            return _Solution(
                open_, -outcome.objective, -outcome.bound if math.isfinite(outcome.bound) else math.inf, outcome.status, "exact"
            )
    open_, covered = coverage_heuristic(cover, gw, p, required=req, rng=rng, deadline=deadline, progress=progress)
    bound = _mclp_bound(cover, gw, p, req, deadline)
    return _Solution(open_, covered, bound, "heuristic", "heuristic")


def _mclp_milp(cover, gw, p, req, time_limit) -> _MilpOutcome:
    """Church–ReVelle MCLP: max Σ w_i z_i, z_i ≤ Σ_{j∈N_i} y_j, Σ y = p (z continuous, integral at optimum)."""
    from scipy.optimize import LinearConstraint
    from scipy.sparse import hstack, identity

    g, m = cover.shape
    c = np.concatenate([np.zeros(m), -gw])
    link = hstack([-cover, identity(g, format="csr")], format="csr")
    count = _sparse(np.zeros(m, dtype=np.int64), np.arange(m), np.ones(m), (1, m + g))
    constraints = [LinearConstraint(link, -np.inf, 0), LinearConstraint(count, p, p)]
    lower = np.concatenate([req.astype(float), np.zeros(g)])
    return _milp(c, np.concatenate([np.ones(m), np.zeros(g)]), (lower, np.ones(m + g)), constraints, time_limit)


def _mclp_bound(cover, gw, p, req, deadline) -> float:
    """Upper bound on covered weight: the LP relaxation where it fits, else the p best single covers."""
    simple = float(min(gw.sum(), np.sort(cover.T @ gw)[::-1][:p].sum()))
    if cover.nnz > EXACT_MAX_PAIRS or deadline - time.perf_counter() < 0.5:
        return simple
    from scipy.optimize import LinearConstraint, milp
    from scipy.sparse import hstack, identity

    g, m = cover.shape
    link = hstack([-cover, identity(g, format="csr")], format="csr")
    count = _sparse(np.zeros(m, dtype=np.int64), np.arange(m), np.ones(m), (1, m + g))
    from scipy.optimize import Bounds

    result = milp(
        np.concatenate([np.zeros(m), -gw]),
        bounds=Bounds(np.concatenate([req.astype(float), np.zeros(g)]), np.ones(m + g)),
        constraints=[LinearConstraint(link, -np.inf, 0), LinearConstraint(count, p, p)],
        options={"time_limit": max(0.5, deadline - time.perf_counter())},
    )
    return min(simple, -float(result.fun)) if result.status == 0 else simple


def coverage_heuristic(
    cover,
    weights: np.ndarray,
    p: int,
    *,
    required: np.ndarray | None = None,
    rng: np.random.Generator | None = None,
    deadline: float | None = None,
    progress: Progress | None = None,
) -> tuple[np.ndarray, float]:
    """Greedy and best-improvement swaps for maximal covering (Church and ReVelle 1974).

    Parameters
    ----------
    cover : scipy.sparse array
        ``(g, m)`` 0/1 coverage of demand groups by candidates.
    weights : numpy.ndarray
        ``(g,)`` weight of each group.
    p : int
        Sites to open, required included.
    required : numpy.ndarray, optional
        ``(m,)`` booleans of columns that stay open.
    rng : numpy.random.Generator, optional
        Not used: the greedy and the swaps are deterministic.
    deadline : float, optional
        ``time.perf_counter()`` value after which no further swap is made.
    progress : Progress, optional
        Cancellation.

    Returns
    -------
    (numpy.ndarray, float)
        Open columns and the covered weight.
    """
    progress = progress or NullProgress()
    m = cover.shape[1]
    required = np.zeros(m, dtype=bool) if required is None else required
    cover_t = cover.T.tocsr()
    open_, count = _greedy_coverage(cover, cover_t, weights, p, required, progress)
    removable = ~required[open_]
    while removable.any():
        check_cancelled(progress)
        delta = _swap_changes(cover, cover_t, weights, open_, count)
        delta[:, ~removable] = -np.inf
        j, r = np.unravel_index(int(np.argmax(delta)), delta.shape)
        if not delta[j, r] > 1e-9 * max(1.0, float(weights.sum())):
            break
        count -= cover[:, [open_[r]]].toarray().ravel()
        count += cover[:, [j]].toarray().ravel()
        open_[r] = j
        if deadline is not None and time.perf_counter() > deadline:
            break
    return np.sort(open_), float(weights[count > 0].sum())


def _greedy_coverage(cover, cover_t, weights: np.ndarray, p: int, required: np.ndarray, progress: Progress):
    """The required columns, then the column covering the most uncovered weight until ``p`` are open.

    Returns the open columns and how many of them cover each group.
    """
    g = cover.shape[0]
    open_ = list(np.flatnonzero(required))
    count = np.asarray(cover[:, open_].sum(axis=1)).ravel() if open_ else np.zeros(g)
    while len(open_) < p:
        check_cancelled(progress)
        gain = cover_t @ (weights * (count == 0))
        gain[open_] = -np.inf
        j = int(np.argmax(gain))
        open_.append(j)
        count += cover[:, [j]].toarray().ravel()
    return np.asarray(open_, dtype=np.int64), count


def _swap_changes(cover, cover_t, weights: np.ndarray, open_: np.ndarray, count: np.ndarray) -> np.ndarray:
    """``(m, p)`` change of covered weight when closed column j replaces open position r (``-inf`` for open j)."""
    g, m = cover.shape
    uncovered = weights * (count == 0)
    gain = cover_t @ uncovered  # newly covered if j enters
    # each group covered by exactly one open site, and that site's position
    sole = count == 1
    owner = np.full(g, -1, dtype=np.int64)
    sub = cover[:, open_].tocsc()
    for r in range(open_.size):
        rows = sub.indices[sub.indptr[r] : sub.indptr[r + 1]]
        owner[rows[sole[rows]]] = r
    has = owner >= 0
    # weight lost when r closes, and the part of it j covers again
    loss = np.bincount(owner[has], weights=weights[has], minlength=open_.size)
    onehot = _sparse(np.flatnonzero(has), owner[has], weights[has], (g, open_.size))
    extra = (cover_t @ onehot).toarray() if has.any() else np.zeros((m, open_.size))
    delta = gain[:, None] - loss[None, :] + extra  # change of covered weight
    delta[open_, :] = -np.inf
    return delta


# -- set covering (LSCP) ---------------------------------------------------------------------------
def _solve_lscp(problem: _Problem, method: str, deadline: float, rng, progress: Progress, gap_tolerance: float) -> _Solution:
    req = problem.required
    coverable, cover = _covered_rows(problem.exact, problem.radius)
    cover, _, _ = _aggregate_rows(cover, np.ones(coverable.size))
    open_, value, bound, status, used = set_cover(cover, required=req, method=method, deadline=deadline, progress=progress)
    return _Solution(open_, value, bound, status, used)


def set_cover(
    cover, *, required: np.ndarray, method: str, deadline: float, progress: Progress | None = None
) -> tuple[np.ndarray, float, float, str, str]:
    """Fewest columns covering every row (Toregas et al. 1971), required columns open.

    ``exact``/``auto`` (when it fits) solve the MILP with HiGHS; the
    heuristic is Chvátal's (1979) greedy followed by removal of redundant
    columns and a two-for-one exchange, bounded by the rounded-up LP
    relaxation.

    Parameters
    ----------
    cover : scipy.sparse array
        ``(rows, m)`` 0/1 coverage of the rows to cover by the columns.
    required : numpy.ndarray
        ``(m,)`` booleans of columns that stay open.
    method : str
        ``"exact"``, ``"heuristic"`` or ``"auto"``.
    deadline : float
        ``time.perf_counter()`` value when the solvers stop.
    progress : Progress, optional
        Cancellation.

    Returns
    -------
    (numpy.ndarray, float, float, str, str)
        The open columns, their number, a lower bound on it, the status and
        the method used.

    Raises
    ------
    InvalidInputError
        Under ``"exact"``, a model too large for HiGHS.
    """
    from scipy.optimize import LinearConstraint

    progress = progress or NullProgress()
    m = cover.shape[1]
    rows_left = (
        np.asarray(cover[:, np.flatnonzero(required)].sum(axis=1)).ravel() == 0
        if required.any()
        else np.ones(cover.shape[0], dtype=bool)
    )
    sub = cover[np.flatnonzero(rows_left)]
    base = np.flatnonzero(required)
    if sub.shape[0] == 0:
        return base, float(base.size), float(base.size), "optimal", "exact"
    fits = sub.nnz <= EXACT_MAX_PAIRS
    if method == "exact" and not fits:
        raise _exact_too_large(int(sub.nnz))
    if method != "heuristic" and fits:
        c = np.where(required, 0.0, 1.0)
        outcome = _milp(
            c,
            np.ones(m),
            (required.astype(float), np.ones(m)),
            [LinearConstraint(sub, 1, np.inf)],
            deadline - time.perf_counter(),
        )
        if outcome.x is not None:
            open_ = np.flatnonzero(outcome.x > 0.5)
            bound = float(base.size + math.ceil(outcome.bound - 1e-6) if math.isfinite(outcome.bound) else base.size)
            return open_, float(open_.size), bound, outcome.status, "exact"
    open_ = _two_for_one(sub, _greedy_cover(sub, required, progress), required, deadline, progress)
    bound = float(base.size + _cover_lp_bound(sub, required, deadline))
    return open_, float(open_.size), bound, "heuristic", "heuristic"


def _greedy_cover(sub, required, progress) -> np.ndarray:
    cover_t = sub.T.tocsr()
    uncovered = np.ones(sub.shape[0], dtype=bool)
    chosen = list(np.flatnonzero(required))
    while uncovered.any():
        check_cancelled(progress)
        gain = cover_t @ uncovered.astype(float)
        gain[chosen] = -1
        j = int(np.argmax(gain))
        chosen.append(j)
        uncovered &= ~(sub[:, [j]].toarray().ravel() > 0)
    chosen_arr = np.asarray(chosen, dtype=np.int64)
    counts = np.asarray(sub[:, chosen_arr].sum(axis=1)).ravel()
    for position in range(len(chosen_arr) - 1, -1, -1):  # drop columns made redundant by later ones
        j = chosen_arr[position]
        if required[j]:
            continue
        column = sub[:, [j]].toarray().ravel()
        if ((counts - column)[column > 0] >= 1).all():
            counts -= column
            chosen_arr = np.delete(chosen_arr, position)
    return np.sort(chosen_arr)


def _two_for_one(sub, greedy: np.ndarray, required: np.ndarray, deadline: float, progress) -> np.ndarray:
    """Local search after the greedy: replace two chosen columns by one that covers what only they covered."""
    chosen = [int(j) for j in greedy]
    dense_cols = sub.tocsc()
    improved = True
    while improved and time.perf_counter() < deadline:
        improved = False
        counts = np.asarray(dense_cols[:, chosen].sum(axis=1)).ravel()
        removable = [j for j in chosen if not required[j]]
        for a, b in itertools.combinations(removable, 2):
            check_cancelled(progress)
            col_a = dense_cols[:, [a]].toarray().ravel()
            col_b = dense_cols[:, [b]].toarray().ravel()
            needing = np.flatnonzero(counts - col_a - col_b <= 0)
            if needing.size == 0:
                replacement = None
            else:
                covers = np.asarray(sub[needing].sum(axis=0)).ravel() >= needing.size
                covers[chosen] = False
                options = np.flatnonzero(covers)
                if options.size == 0:
                    continue
                replacement = int(options[0])
            chosen = [j for j in chosen if j not in (a, b)] + ([replacement] if replacement is not None else [])
            improved = True
            break
    return np.sort(np.asarray(chosen, dtype=np.int64))


def _cover_lp_bound(sub, required, deadline) -> int:
    from scipy.optimize import linprog

    if sub.nnz > EXACT_MAX_PAIRS or deadline - time.perf_counter() < 0.2:
        return 1
    result = linprog(
        np.where(required, 0.0, 1.0),
        A_ub=-sub,
        b_ub=-np.ones(sub.shape[0]),
        bounds=np.column_stack([required.astype(float), np.ones(sub.shape[1])]),
        method="highs",
        options={"time_limit": max(0.2, deadline - time.perf_counter())},
    )
    return int(math.ceil(result.fun - 1e-6)) if result.status == 0 else 1
