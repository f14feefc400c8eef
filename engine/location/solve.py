"""Location-allocation: where to deliver services, on a cost matrix.

The package follows spopt's split (Feng et al. 2022): a thin adapter,
:func:`.costs.travel_costs`, validates the points and builds the demand ×
candidate cost matrix; the core, :func:`solve_location`, works only on that
matrix. Four classic models are offered:

``pmedian``
    Minimise the total weighted travel cost with *p* sites (Hakimi 1964;
    ReVelle and Swain 1970), optionally with site capacities (demand may be
    split between sites: the "capacitated p-median with splittable demand").
    :mod:`.pmedian`, :mod:`.capacitated`.
``mclp``
    Maximise the demand within a cut-off of an open site with *p* sites
    (maximal covering, Church and ReVelle 1974). :mod:`.covering`.
``lscp``
    Open as few sites as possible so that every demand unit that *can* be
    covered within the cut-off is (set covering, Toregas et al. 1971);
    demand no candidate covers is reported. :mod:`.covering`.
``pcenter``
    Minimise the largest travel cost with *p* sites (Hakimi 1965), solved
    as a sequence of set-covering problems over candidate radii (Minieka
    1970; Daskin 2013, ch. 5). :mod:`.pcenter`.

Solvers: an exact mixed-integer programme solved by HiGHS through
:func:`scipy.optimize.milp` (Huangfu and Hall 2018) with a time limit
(:mod:`.milp`), and heuristics for instances too large for it: greedy start
and best-improvement vertex substitution (Teitz and Bart 1968) in the
fast-interchange form of Whitaker (1983) and Resende and Werneck (2003)
(:mod:`.swap_search`). The p-median heuristic is bounded below by
Lagrangian relaxation of the assignment constraints with subgradient
optimisation (Cornuejols, Fisher and Nemhauser 1977; Beasley 1993),
computed exactly on each demand unit's *k* nearest candidates
(:mod:`.lagrangian`); the covering models by their LP relaxation. Every
result carries the objective, the best bound, the gap and the solver's
status.

Costs are ``float32`` (a 20,000 × 1,700 matrix is 136 MB); ``np.inf``
marks a candidate that cannot be reached from a demand unit. The solvers
search on them; whether a demand unit is within the cut-off (the covering
models' coverage sets, every model's covered share, the allocation lines'
``covered``) is decided by the one rule of :func:`engine.cutoff.within`
on the double-precision costs, which :class:`.costs.TravelCosts` keeps
beside the float32 matrix as a float32 correction; the allocation lines
carry those double-precision costs.

References
----------
Beasley, J. E. (1993). Lagrangean heuristics for location problems. EJOR 65, 383-399.
Church, R. and ReVelle, C. (1974). The maximal covering location problem. PRSA 32, 101-118.
Cornuejols, G., Fisher, M. L. and Nemhauser, G. L. (1977). Location of bank accounts. Man. Sci. 23, 789-810.
Daskin, M. S. (2013). Network and Discrete Location, 2nd ed. Wiley.
Feng, X. et al. (2022). spopt: a Python package for solving spatial optimization problems in PySAL. JOSS 7(74), 3330.
Hakimi, S. L. (1964, 1965). Optimum locations of switching centers... Oper. Res. 12, 450-459; 13, 462-475.
Huangfu, Q. and Hall, J. A. J. (2018). Parallelizing the dual revised simplex method. Math. Prog. Comp. 10, 119-142.
Minieka, E. (1970). The m-center problem. SIAM Review 12, 138-139.
Resende, M. G. C. and Werneck, R. F. (2003). On the implementation of a swap-based local search
    procedure for the p-median problem. ALENEX 2003, 119-127.
Teitz, M. B. and Bart, P. (1968). Heuristic methods for estimating the generalized vertex median
    of a weighted graph. Oper. Res. 16, 955-961.
Toregas, C., Swain, R., ReVelle, C. and Bergman, L. (1971). The location of emergency service
    facilities. Oper. Res. 19, 1363-1373.
Whitaker, R. (1983). A fast algorithm for the greedy interchange for large-scale clustering and
    median location problems. INFOR 21, 95-108.
"""

from __future__ import annotations

import math
import time
from collections.abc import Sequence
from dataclasses import dataclass, replace

import numpy as np

from ..errors import InfeasibleProblemError, InvalidInputError
from ..i18n import tr
from ..progress import Band, NullProgress, Progress, check_cancelled
from .capacitated import _solve_capacitated
from .costs import TravelCosts
from .covering import _solve_lscp, _solve_mclp
from .pcenter import _solve_pcenter
from .pmedian import _solve_pmedian
from .problem import LocationModel, LocationResult, SolverOptions, _Problem, _Solution


def solve_location(
    costs: np.ndarray | TravelCosts,
    weights: np.ndarray,
    model: LocationModel,
    options: SolverOptions | None = None,
    *,
    demand_ids: Sequence | None = None,
    candidate_ids: Sequence | None = None,
    progress: Progress | None = None,
) -> LocationResult:
    """Choose sites for one of the four models on a cost matrix.

    The p-median (Hakimi 1964; ReVelle and Swain 1970), with site
    capacities the capacitated p-median; maximal covering (Church and
    ReVelle 1974); set covering (Toregas et al. 1971); the p-center (Hakimi
    1965). The module's description says how each is solved.

    Parameters
    ----------
    costs : numpy.ndarray or TravelCosts
        ``(n, m)`` travel costs, ``inf`` where unreachable. A float64 matrix
        is searched as float32 and covered in double precision (as
        :class:`TravelCosts` are); a float32 one is taken as exact.
    weights : numpy.ndarray
        ``(n,)`` demand weights, finite and non-negative, not all zero.
    model : LocationModel
        Objective, p, cut-off, required sites and capacities.
    options : SolverOptions, optional
        Solver, time limit, seed, gap tolerance.
    demand_ids, candidate_ids : sequence, optional
        Names of rows and columns for messages (default: 1-based numbers).
    progress : Progress, optional
        Progress, messages and cancellation.

    Returns
    -------
    LocationResult

    Raises
    ------
    InvalidInputError
        Inputs that cannot be used (shapes, weights, p, cut-off, time limit).
    InfeasibleProblemError
        Constraints that no choice of sites satisfies; the message says what to relax.
    """
    started = time.perf_counter()
    progress = progress or NullProgress()
    options = options or SolverOptions()
    problem = _Problem.build(costs, weights, model, options, (demand_ids, candidate_ids), progress)
    deadline = started + float(options.time_limit)
    rng = np.random.default_rng(options.seed)
    solution = _solve(problem, options.method, deadline, rng, Band(progress, 0, 95), options.gap_tolerance)
    progress.set_progress(100)
    return problem.result(solution, time.perf_counter() - started)


def _solve(problem: _Problem, method: str, deadline: float, rng, progress: Progress, gap_tolerance: float) -> _Solution:
    """Hand the problem to its model's solver: a p-median with a finite capacity is the capacitated one."""
    if problem.objective == "pmedian" and problem.capacities is not None and np.isfinite(problem.capacities).any():
        return _solve_capacitated(problem, method, deadline, rng, progress)
    solver = {"pmedian": _solve_pmedian, "mclp": _solve_mclp, "lscp": _solve_lscp, "pcenter": _solve_pcenter}
    return solver[problem.objective](problem, method, deadline, rng, progress, gap_tolerance)


# -- objective against p ---------------------------------------------------------------------------
@dataclass(frozen=True)
class CurvePoint:
    """One point of :func:`objective_curve`."""

    p: int
    objective: float
    bound: float
    covered_share: float
    mean_cost: float


def objective_curve(
    costs: np.ndarray | TravelCosts,
    weights: np.ndarray,
    model: LocationModel,
    p_max: int,
    options: SolverOptions | None = None,
    *,
    progress: Progress | None = None,
) -> list[CurvePoint]:
    """The objective for every p from the number of required sites (at least 1) to ``p_max``.

    Each p is solved as ``model`` with that p and ``time_limit / (number
    of p)`` seconds (at least 0.5). A p that no choice of sites satisfies
    (capacities) gives a point with NaN values. Not defined for LSCP (which
    has no p).

    Parameters
    ----------
    costs : numpy.ndarray or TravelCosts
        ``(n, m)`` travel costs, ``inf`` where unreachable.
    weights : numpy.ndarray
        ``(n,)`` demand weights.
    model : LocationModel
        The model; its ``p`` is replaced by each value in turn.
    p_max : int
        The largest p.
    options : SolverOptions, optional
        Solver settings; the time limit is shared between the values of p.
    progress : Progress, optional
        Progress and cancellation (the warnings of each p are not repeated).

    Returns
    -------
    list of CurvePoint
        One point per p, in increasing p.

    Raises
    ------
    InvalidInputError
        For set covering (LSCP).
    """
    progress = progress or NullProgress()
    options = options or SolverOptions()
    costs = TravelCosts.of(costs)  # once, not for every p
    if model.objective == "lscp":
        raise InvalidInputError(tr("The objective-against-p curve needs an objective with p sites, not set covering."))
    required_count = 0 if model.required is None else int(np.asarray(model.required, dtype=bool).sum())
    values = list(range(max(1, required_count), int(p_max) + 1))
    share = replace(options, time_limit=max(0.5, options.time_limit / max(1, len(values))))
    points = []
    for index, p in enumerate(values):
        check_cancelled(progress)
        band = _Quiet(Band(progress, 100.0 * index / len(values), 100.0 * (index + 1) / len(values)))
        try:
            result = solve_location(costs, weights, replace(model, p=p), share, progress=band)
        except InfeasibleProblemError:
            points.append(CurvePoint(p, math.nan, math.nan, math.nan, math.nan))
            continue
        points.append(CurvePoint(p, result.objective, result.bound, result.metrics.covered_share, result.metrics.mean_cost))
    return points


class _Quiet:
    """Forwards progress and cancellation but not the (repeated) warnings of each p."""

    def __init__(self, parent: Progress) -> None:
        self._parent = parent

    def set_progress(self, percent: float) -> None:
        self._parent.set_progress(percent)

    def is_cancelled(self) -> bool:
        return self._parent.is_cancelled()

    def info(self, message: str) -> None:
        pass

    def warn(self, message: str) -> None:
        pass
