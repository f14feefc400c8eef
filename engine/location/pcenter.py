"""The p-center: open *p* sites minimising the largest travel cost (Hakimi 1965).

Solved as a sequence of set-covering problems over candidate radii (Minieka
1970; Daskin 2013, ch. 5): a binary search over the distinct costs, each
radius tested by :func:`.covering.set_cover`.

References
----------
Daskin, M. S. (2013). Network and Discrete Location, 2nd ed. Wiley.
Hakimi, S. L. (1964, 1965). Optimum locations of switching centers... Oper. Res. 12, 450-459; 13, 462-475.
Minieka, E. (1970). The m-center problem. SIAM Review 12, 138-139.
"""

from __future__ import annotations

import time

import numpy as np

from ..progress import Progress, check_cancelled
from .covering import _radius_coverage, set_cover
from .evaluation import relative_gap
from .pmedian import _gains, _pmedian_penalised
from .problem import _Problem, _Solution


def _solve_pcenter(problem: _Problem, method: str, deadline: float, rng, progress: Progress, gap_tolerance: float) -> _Solution:
    """Binary search over candidate radii; each test is a set-covering problem (Minieka 1970)."""
    costs, p, req = problem.costs, problem.sites, problem.required
    w32 = problem.weights.astype(np.float32)
    penalised = _pmedian_penalised(costs)
    start = _farthest_first(penalised, p, req, progress)
    hi = float(penalised[:, start].min(axis=1).max())
    hi_open = start
    lo = float(penalised.min(axis=1).max())  # every demand needs some site: a lower bound
    proven_lo = lo  # the optimum is >= proven_lo
    values = np.unique(penalised[(penalised >= lo) & (penalised <= hi)])
    left, right = 0, values.size - 1  # radii values[left..right] hold the optimum
    while left < right:
        check_cancelled(progress)
        if time.perf_counter() > deadline:
            break
        mid = (left + right) // 2
        radius = float(values[mid])
        cover = _radius_coverage(penalised, radius)
        open_, count, bound, status, _ = set_cover(cover, required=req, method=method, deadline=deadline, progress=progress)
        if count <= p:
            right = mid
            hi, hi_open = radius, open_
        elif bound > p:
            left = mid + 1
            proven_lo = float(values[left])
        else:
            break  # undecided within the time limit
        progress.set_progress(100.0 * (1 - (right - left) / max(1, values.size)))
    open_ = _fill_sites(penalised, w32, hi_open, p, progress)
    exact = left >= right and method != "heuristic"
    status = "optimal" if relative_gap(hi, proven_lo) == 0 else ("time_limit" if method != "heuristic" else "heuristic")
    value = float(costs[:, open_].min(axis=1).max())
    return _Solution(open_, value, min(proven_lo, value), status, "exact" if exact else "heuristic")


def _farthest_first(costs, p, required, progress) -> np.ndarray:
    """Gonzalez (1985)-style start: repeatedly open the site nearest to the worst-served demand unit."""
    open_ = list(np.flatnonzero(required))
    if not open_:
        open_.append(int(np.argmin(costs.max(axis=0))))
    nearest = costs[:, open_].min(axis=1)
    while len(open_) < p:
        check_cancelled(progress)
        worst = int(np.argmax(nearest))
        row = costs[worst].copy()
        row[open_] = np.inf
        j = int(np.argmin(row))
        open_.append(j)
        np.minimum(nearest, costs[:, j], out=nearest)
    return np.asarray(open_, dtype=np.int64)


def _fill_sites(costs, w32, open_, p, progress) -> np.ndarray:
    """Add sites greedily (least weighted cost) until ``p`` are open: extra sites never raise the maximum."""
    open_ = list(int(j) for j in open_)
    nearest = costs[:, open_].min(axis=1).astype(np.float32)
    while len(open_) < p:
        check_cancelled(progress)
        gain = _gains(costs, w32, nearest)
        gain[open_] = -np.inf
        j = int(np.argmax(gain))
        open_.append(j)
        np.minimum(nearest, costs[:, j], out=nearest)
    return np.asarray(sorted(open_), dtype=np.int64)
