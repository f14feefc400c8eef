"""Location-allocation: where to deliver services, on a cost matrix.

The module follows spopt's split (Feng et al. 2022): a thin adapter,
:func:`travel_costs`, validates the points and builds the demand × candidate
cost matrix; the core, :func:`solve_location`, works only on that matrix.
Four classic models are offered:

``pmedian``
    Minimise the total weighted travel cost with *p* sites (Hakimi 1964;
    ReVelle and Swain 1970), optionally with site capacities (demand may be
    split between sites: the "capacitated p-median with splittable demand").
``mclp``
    Maximise the demand within a cut-off of an open site with *p* sites
    (maximal covering, Church and ReVelle 1974).
``lscp``
    Open as few sites as possible so that every demand unit that *can* be
    covered within the cut-off is (set covering, Toregas et al. 1971);
    demand no candidate covers is reported.
``pcenter``
    Minimise the largest travel cost with *p* sites (Hakimi 1965), solved
    as a sequence of set-covering problems over candidate radii (Minieka
    1970; Daskin 2013, ch. 5).

Solvers: an exact mixed-integer programme solved by HiGHS through
:func:`scipy.optimize.milp` (Huangfu and Hall 2018) with a time limit, and
heuristics for instances too large for it: greedy start and best-improvement
vertex substitution (Teitz and Bart 1968) in the fast-interchange form of
Whitaker (1983) and Resende and Werneck (2003). The p-median heuristic is
bounded below by Lagrangian relaxation of the assignment constraints with
subgradient optimisation (Cornuejols, Fisher and Nemhauser 1977; Beasley
1993), computed exactly on each demand unit's *k* nearest candidates; the
covering models by their LP relaxation. Every result carries the objective,
the best bound, the gap and the solver's status.

Costs are ``float32`` (a 20,000 × 1,700 matrix is 136 MB); ``np.inf``
marks a candidate that cannot be reached from a demand unit.

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

import itertools
import math
import time
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

import numpy as np

from ..accessibility.matrix import travel_times
from ..errors import InfeasibleProblemError, InvalidInputError
from ..i18n import format_count, format_examples, tr
from ..network.model import Network
from ..progress import Band, NullProgress, Progress, check_cancelled
from .capacitated import DEFLECTION, MAX_ITERATIONS, STALE_STEPS, capacitated_pmedian, choose_sites
from .swap_search import SwapSearch

OBJECTIVES = ("pmedian", "mclp", "lscp", "pcenter")
METHODS = ("auto", "exact", "heuristic")
COST_METHODS = ("straight_line", "network")
COST_UNITS = ("minutes", "metres")

#: Speed that turns straight-line metres into minutes: a crow-fly 30 km/h
#: (an urban drive of about 40 km/h with the usual 1.3 detour factor).
DEFAULT_SPEED_KMH = 30.0
#: Largest number of demand–candidate pairs the exact solver is given: HiGHS
#: needs about 4 kB a pair for the p-median (380,000 pairs took 1.5 GB), so
#: larger instances must use the heuristic.
EXACT_MAX_PAIRS = 1_000_000
#: "auto" gives the p-median to the exact solver after the heuristic, when the
#: heuristic's gap is not closed, only up to this many pairs: beyond, the LP
#: relaxation alone takes HiGHS minutes (2,000 × 200 did not finish in 120 s).
AUTO_EXACT_PAIRS = 150_000
#: Largest capacitated p-median given to HiGHS (whole under "exact", or on the
#: sites left by Lagrangian fixing): every pair is a variable and the LP
#: relaxation is slow (3,000 × 150 did not finish its root in 60 s); larger
#: ones are solved by the Lagrangian heuristic of location_capacitated.
CAPACITATED_MAX_PAIRS = 200_000
#: Number of nearest candidates per demand unit kept for the Lagrangian bound.
LAGRANGIAN_NEIGHBOURS = 160
_ROWS_PER_CHUNK = 2048
_GAP_TOLERANCE = 1e-6
_WALK = 5e-4  # iterated local search: relative worsening a new base may have
_STALE_ATTEMPTS = 1000  # the heuristic stops after this many attempts without improvement
_FIRST_PATIENCE = 200  # ... before the bound is computed (the search resumes after it)
#: The exact p-median (and the capacitated one under "auto") goes straight to
#: HiGHS up to this many pairs; above, the heuristic and Lagrangian fixing first
#: shrink the model HiGHS proves optimal.
_DIRECT_EXACT_PAIRS = 20_000


# -- the adapter: inputs → cost matrix ----------------------------------------
@dataclass(frozen=True)
class TravelCosts:
    """A demand × candidate cost matrix and how it was made.

    Attributes
    ----------
    matrix : numpy.ndarray
        ``(n_demand, n_candidates)`` ``float32``; ``inf`` = unreachable.
    unit : str
        ``"minutes"`` or ``"metres"``.
    method : str
        ``"straight_line"`` or ``"network"``.
    speed_kmh : float or None
        The speed used to turn straight-line metres into minutes, if any.
    profile : str or None
        The network travel mode (``"walk"``, ``"cycle"``, ``"drive"``).
    off_network_rows, off_network_cols : numpy.ndarray
        Demand rows and candidate columns farther from the network than the
        snapping tolerance (their row or column is all ``inf``).
    """

    matrix: np.ndarray
    unit: str
    method: str = "straight_line"
    speed_kmh: float | None = None
    profile: str | None = None
    off_network_rows: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    off_network_cols: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))

    def subset(self, rows: np.ndarray, cols: np.ndarray) -> TravelCosts:
        """The costs of some demand rows and candidate columns (nothing off the network left to report)."""
        return replace(
            self,
            matrix=np.ascontiguousarray(self.matrix[np.ix_(rows, cols)]),
            off_network_rows=np.zeros(0, dtype=np.int64),
            off_network_cols=np.zeros(0, dtype=np.int64),
        )


def travel_costs(
    demand_xy: np.ndarray,
    candidate_xy: np.ndarray,
    *,
    method: str = "straight_line",
    unit: str = "minutes",
    speed_kmh: float = DEFAULT_SPEED_KMH,
    network: Network | None = None,
    profile: str = "drive",
    tolerance: float | None = None,
    workers: int | None = None,
    progress: Progress | None = None,
) -> TravelCosts:
    """Build the cost matrix of every demand point to every candidate site.

    This is the only place the location models obtain costs:

    - ``"straight_line"``: the Euclidean distance in a projected CRS, kept
      in metres or turned into minutes at ``speed_kmh``;
    - ``"network"``: travel along ``network`` with the ``profile``'s
      speeds and one-way rules, from the accessibility engine
      (:func:`engine.accessibility.catchments.travel_times`, shortest paths on the
      network's graph): minutes, or metres along the fastest route. Points
      are snapped to the nearest road the mode may use; those farther than
      ``tolerance`` are listed in :attr:`TravelCosts.off_network_rows` /
      ``off_network_cols``; pairs the network does not connect cost
      ``inf``.

    The solvers only see :attr:`TravelCosts.matrix`.

    Parameters
    ----------
    demand_xy, candidate_xy : numpy.ndarray
        ``(n, 2)`` and ``(m, 2)`` coordinates in one projected CRS (metres),
        the network's for ``"network"``.
    method : str
        ``"straight_line"`` or ``"network"``.
    unit : str
        ``"minutes"`` or ``"metres"``.
    speed_kmh : float
        Straight-line travel speed for minutes; must be positive.
    network : Network, optional
        The road network (``"network"`` only).
    profile : str
        Travel mode on the network: ``"walk"``, ``"cycle"`` or ``"drive"``.
    tolerance : float, optional
        Snapping tolerance in metres (None: any distance).
    workers : int, optional
        Processes for the shortest paths (None: the idle cores).
    progress : Progress, optional
        Progress and cancellation.

    Returns
    -------
    TravelCosts
    """
    progress = progress or NullProgress()
    if method not in COST_METHODS:
        raise InvalidInputError(
            tr("Unknown travel cost {method}; use one of: {known}.").format(method=method, known=", ".join(COST_METHODS))
        )
    if unit not in COST_UNITS:
        raise InvalidInputError(tr("Unknown cost unit {unit}; use minutes or metres.").format(unit=unit))
    if method == "straight_line" and unit == "minutes" and not (speed_kmh > 0 and math.isfinite(speed_kmh)):
        raise InvalidInputError(tr("The travel speed must be a positive number of km/h (got {speed}).").format(speed=speed_kmh))
    demand = np.asarray(demand_xy, dtype=float).reshape(-1, 2)
    sites = np.asarray(candidate_xy, dtype=float).reshape(-1, 2)
    for name, xy in ((tr("demand"), demand), (tr("candidate sites"), sites)):
        bad = np.flatnonzero(~np.isfinite(xy).all(axis=1))
        if bad.size:
            raise InvalidInputError(
                tr("{n} {what} points have no coordinates (rows {rows}).").format(
                    n=format_count(bad.size), what=name, rows=format_examples(bad.tolist())
                )
            )
    if method == "network":
        return _network_costs(demand, sites, unit, network, profile, tolerance, workers, progress)
    factor = 60.0 / (speed_kmh * 1000.0) if unit == "minutes" else 1.0
    matrix = np.empty((len(demand), len(sites)), dtype=np.float32)
    for start in range(0, len(demand), _ROWS_PER_CHUNK):
        check_cancelled(progress)
        stop = min(start + _ROWS_PER_CHUNK, len(demand))
        block = np.hypot(demand[start:stop, None, 0] - sites[None, :, 0], demand[start:stop, None, 1] - sites[None, :, 1])
        matrix[start:stop] = block * factor
        progress.set_progress(100.0 * stop / max(1, len(demand)))
    return TravelCosts(matrix, unit, method, speed_kmh if unit == "minutes" else None)


def _network_costs(demand, sites, unit, network, profile, tolerance, workers, progress) -> TravelCosts:
    if network is None:
        raise InvalidInputError(tr("Network travel costs need a road network: choose a line layer or a network file."))
    times = travel_times(network, profile, demand, sites, tolerance=tolerance, workers=workers, progress=progress)
    values = times.minutes if unit == "minutes" else times.metres
    matrix = np.where(np.isnan(values), np.inf, values).astype(np.float32)
    return TravelCosts(
        matrix,
        unit,
        "network",
        None,
        profile,
        times.skipped_origins.astype(np.int64),
        times.skipped_destinations.astype(np.int64),
    )


# -- results -------------------------------------------------------------------
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
    cost: np.ndarray  # float64 travel cost of the flow


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


@dataclass(frozen=True)
class LocationResult:
    """The answer of :func:`solve_location`.

    ``objective`` is in the model's natural sense: total weighted cost
    (p-median), covered weight (MCLP), number of sites (LSCP), largest cost
    (p-center). ``bound`` is the best proven bound on the optimum (a lower
    bound when minimising, an upper bound for MCLP) and ``gap`` the relative
    distance ``|objective − bound| / |objective|`` (0 = proven optimal).
    """

    objective_name: str
    selected: np.ndarray  # candidate columns, rank order (most demand first)
    allocation: Allocation
    objective: float
    bound: float
    gap: float
    status: str  # "optimal", "time_limit", "heuristic"
    method: str  # "exact", "heuristic", "heuristic+exact"
    seconds: float
    metrics: Metrics
    p: int | None
    cutoff: float | None
    uncoverable: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    unreachable: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    duplicates: tuple[tuple[int, int], ...] = ()  # (dropped column, kept column)
    messages: tuple[str, ...] = ()

    @property
    def maximise(self) -> bool:
        return self.objective_name == "mclp"


@dataclass
class _Solution:
    """What a solver hands back before the result is assembled."""

    open_: np.ndarray
    objective: float
    bound: float
    status: str
    method: str
    flows: Allocation | None = None
    messages: list[str] = field(default_factory=list)


# -- the core ------------------------------------------------------------------
@dataclass(frozen=True)
class LocationModel:
    """What to optimise.

    Attributes
    ----------
    objective : str
        ``"pmedian"``, ``"mclp"``, ``"lscp"`` or ``"pcenter"``.
    p : int, optional
        Number of sites to open (all but LSCP), required sites included.
    cutoff : float, optional
        Coverage cut-off in cost units (MCLP and LSCP; also used to report
        coverage for the others).
    required : numpy.ndarray, optional
        ``(m,)`` booleans: sites that must be open.
    capacities : numpy.ndarray, optional
        ``(m,)`` maximum weight a site can serve (p-median only; NaN = no limit).
    """

    objective: str
    p: int | None = None
    cutoff: float | None = None
    required: np.ndarray | None = None
    capacities: np.ndarray | None = None


@dataclass(frozen=True)
class SolverOptions:
    """How to solve.

    Attributes
    ----------
    method : str
        ``"exact"`` (HiGHS MILP), ``"heuristic"`` or ``"auto"`` (heuristic
        with its bound, then the exact solver where the gap is open and the
        instance fits; the exact solver at once for the covering models).
    time_limit : float
        Seconds for the whole solve (the exact solver stops there and
        reports its best solution and bound).
    seed : int
        Seed of the heuristic's perturbations.
    gap_tolerance : float
        The heuristic stops once its proven relative gap is at most this.
    """

    method: str = "auto"
    time_limit: float = 60.0
    seed: int = 0
    gap_tolerance: float = 1e-4


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

    Parameters
    ----------
    costs : numpy.ndarray or TravelCosts
        ``(n, m)`` travel costs, ``inf`` where unreachable.
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
    matrix = costs.matrix if isinstance(costs, TravelCosts) else costs
    problem = _Problem.build(matrix, weights, model, options, (demand_ids, candidate_ids), progress)
    deadline = started + float(options.time_limit)
    rng = np.random.default_rng(options.seed)
    solver = {"pmedian": _solve_pmedian, "mclp": _solve_mclp, "lscp": _solve_lscp, "pcenter": _solve_pcenter}
    solution = solver[model.objective](problem, options.method, deadline, rng, Band(progress, 0, 95), options.gap_tolerance)
    progress.set_progress(100)
    return problem.result(solution, time.perf_counter() - started)


@dataclass
class _Problem:
    """A validated instance restricted to usable rows and distinct candidates."""

    costs: np.ndarray  # (n_active, m_kept) float32
    weights: np.ndarray  # (n_active,) float64
    rows: np.ndarray  # active row → original row
    cols: np.ndarray  # kept column → original column
    required: np.ndarray  # (m_kept,) bool
    capacities: np.ndarray | None
    objective: str
    p: int | None
    cutoff: float | None
    m_original: int
    full_costs: np.ndarray
    full_weights: np.ndarray
    unreachable: np.ndarray
    uncoverable: np.ndarray
    duplicates: tuple[tuple[int, int], ...]

    @classmethod
    def build(cls, matrix, weights, model: LocationModel, options: SolverOptions, ids, progress) -> _Problem:
        costs = _check_matrix(matrix)
        n, m = costs.shape
        demand_ids = list(ids[0]) if ids[0] is not None else list(range(1, n + 1))
        candidate_ids = list(ids[1]) if ids[1] is not None else list(range(1, m + 1))
        _check_options(model, options)
        w = _check_weights(weights, n, demand_ids)
        req = np.zeros(m, dtype=bool) if model.required is None else np.asarray(model.required, dtype=bool).reshape(-1)
        if req.shape != (m,):
            raise InvalidInputError(tr("The required flags must have one value per candidate site."))
        cap = _check_capacities(model, m, candidate_ids, progress)
        keep_cols, duplicates = _distinct_columns(costs, req, progress)
        if duplicates:
            progress.warn(
                tr("{n} candidate sites duplicate another (same place, same costs) and are left out: {pairs}.").format(
                    n=format_count(len(duplicates)),
                    pairs=format_examples([f"{candidate_ids[a]} = {candidate_ids[b]}" for a, b in duplicates]),
                )
            )
        reachable, unreachable, uncoverable = _excluded_demand(costs, w, model, demand_ids, progress)
        active = np.flatnonzero(reachable & (w > 0))
        if active.size == 0:
            raise InvalidInputError(tr("No demand unit with a positive weight can reach a candidate site."))
        sub = costs if active.size == n and keep_cols.size == m else costs[np.ix_(active, keep_cols)]
        problem = cls(
            sub,
            w[active],
            active,
            keep_cols,
            req[keep_cols],
            None if cap is None else cap[keep_cols],
            model.objective,
            model.p,
            model.cutoff,
            m,
            costs,
            w,
            unreachable,
            uncoverable,
            tuple(duplicates),
        )
        problem._check_p()
        return problem

    @property
    def m(self) -> int:
        return self.costs.shape[1]

    def _check_p(self) -> None:
        n_required = int(self.required.sum())
        if self.objective == "lscp":
            return
        if self.p is None or int(self.p) != self.p or self.p < 1:
            raise InvalidInputError(tr("The number of sites p must be a whole number of at least 1 (got {p}).").format(p=self.p))
        self.p = int(self.p)
        if self.p > self.m:
            raise InvalidInputError(
                tr(
                    "p = {p} sites are asked for but there are only {m} distinct candidate sites: lower p or add candidates."
                ).format(p=self.p, m=self.m)
            )
        if self.p < n_required:
            raise InfeasibleProblemError(
                tr(
                    "{r} sites are required to stay open but p = {p}: raise p to at least {r} or mark fewer sites as required."
                ).format(r=n_required, p=self.p)
            )
        if self.capacities is not None:
            total = float(self.weights.sum())
            cap = self.capacities
            best = float(cap[self.required].sum() + np.sort(cap[~self.required])[::-1][: self.p - n_required].sum())
            if best < total:
                raise InfeasibleProblemError(
                    tr(
                        "The capacities cannot serve the demand: the {p} largest possible sites hold {capacity} but the "
                        "demand is {demand}. Raise p, raise the capacities, or leave the capacity field empty."
                    ).format(p=self.p, capacity=format_count(best), demand=format_count(total))
                )

    # -- assembling the result ------------------------------------------------------
    def result(self, solution: _Solution, seconds: float) -> LocationResult:
        open_cols = np.asarray(sorted(set(int(c) for c in solution.open_)), dtype=np.int64)
        flows = solution.flows or closest_allocation(self.costs, open_cols)
        original_open = self.cols[open_cols]
        allocation = Allocation(self.rows[flows.demand], self.cols[flows.site], flows.share, flows.cost)
        served = np.bincount(
            allocation.site, weights=self.full_weights[allocation.demand] * allocation.share, minlength=self.m_original
        )
        ranked = original_open[np.argsort(-served[original_open], kind="stable")]
        metrics = allocation_metrics(self.full_costs, self.full_weights, ranked, allocation, cutoff=self.cutoff)
        objective = solution.objective
        bound = solution.bound
        gap = relative_gap(objective, bound)
        if gap <= _GAP_TOLERANCE and solution.status != "optimal":
            solution.status = "optimal"
        return LocationResult(
            self.objective,
            ranked,
            allocation,
            float(objective),
            float(bound),
            gap,
            solution.status,
            solution.method,
            seconds,
            metrics,
            self.p,
            self.cutoff,
            uncoverable=self.uncoverable,
            unreachable=self.unreachable,
            duplicates=self.duplicates,
            messages=tuple(solution.messages),
        )


def _check_matrix(matrix) -> np.ndarray:
    costs = np.asarray(matrix)
    if costs.ndim != 2:
        raise InvalidInputError(tr("The cost matrix must have one row per demand unit and one column per candidate site."))
    if costs.shape[0] == 0:
        raise InvalidInputError(tr("There is no demand: the demand layer is empty."))
    if costs.shape[1] == 0:
        raise InvalidInputError(tr("There are no candidate sites: the candidate layer is empty."))
    if costs.dtype != np.float32:
        costs = costs.astype(np.float32)
    if np.isnan(costs).any():
        raise InvalidInputError(tr("The cost matrix has missing values; use infinity for unreachable pairs."))
    if (costs < 0).any():
        raise InvalidInputError(tr("The cost matrix has negative travel costs."))
    return costs


def _check_options(model: LocationModel, options: SolverOptions) -> None:
    if model.objective not in OBJECTIVES:
        raise InvalidInputError(
            tr("Unknown objective {name}; use one of: {known}.").format(name=model.objective, known=", ".join(OBJECTIVES))
        )
    if options.method not in METHODS:
        raise InvalidInputError(
            tr("Unknown solver {name}; use one of: {known}.").format(name=options.method, known=", ".join(METHODS))
        )
    limit = options.time_limit
    if not (limit is not None and math.isfinite(limit) and limit > 0):
        raise InvalidInputError(tr("The time limit must be a positive number of seconds (got {value}).").format(value=limit))
    cutoff = model.cutoff
    if model.objective in ("mclp", "lscp") or cutoff is not None:
        if cutoff is None or not (math.isfinite(cutoff) and cutoff > 0):
            raise InvalidInputError(tr("The coverage cut-off must be a positive travel cost (got {value}).").format(value=cutoff))


def _check_capacities(model: LocationModel, m: int, candidate_ids: list, progress: Progress) -> np.ndarray | None:
    if model.capacities is None:
        return None
    if model.objective != "pmedian":
        progress.warn(tr("Site capacities are used only by the p-median objective; they are ignored."))
        return None
    cap = np.asarray(model.capacities, dtype=float).reshape(-1)
    if cap.shape != (m,):
        raise InvalidInputError(tr("The capacities must have one value per candidate site."))
    bad = np.flatnonzero(cap < 0)
    if bad.size:
        raise InvalidInputError(
            tr("{n} candidate sites have a negative capacity: {ids}.").format(
                n=format_count(bad.size), ids=format_examples([candidate_ids[i] for i in bad])
            )
        )
    return np.where(np.isnan(cap), np.inf, cap)


def _excluded_demand(costs, w, model: LocationModel, demand_ids: list, progress: Progress):
    """Rows reaching some candidate; rows reaching none and rows no candidate covers (reported)."""
    reachable = np.isfinite(costs).any(axis=1)
    unreachable = np.flatnonzero(~reachable & (w > 0))
    if unreachable.size:
        progress.warn(
            tr("{n} demand units (weight {weight}) cannot reach any candidate site and are left out: {ids}.").format(
                n=format_count(unreachable.size),
                weight=format_count(float(w[unreachable].sum())),
                ids=format_examples([demand_ids[i] for i in unreachable]),
            )
        )
    uncoverable = np.zeros(0, dtype=np.int64)
    if model.objective in ("mclp", "lscp"):
        coverable = (costs <= model.cutoff).any(axis=1)
        uncoverable = np.flatnonzero(~coverable & reachable & (w > 0))
        if uncoverable.size and model.objective == "lscp":
            progress.warn(
                tr(
                    "{n} demand units (weight {weight}) are beyond the cut-off of every candidate "
                    "site, so no choice of sites covers them: {ids}."
                ).format(
                    n=format_count(uncoverable.size),
                    weight=format_count(float(w[uncoverable].sum())),
                    ids=format_examples([demand_ids[i] for i in uncoverable]),
                )
            )
    return reachable, unreachable, uncoverable


def relative_gap(objective: float, bound: float) -> float:
    """``|objective − bound| / max(|objective|, tiny)``; 0 when both are 0."""
    if not (math.isfinite(objective) and math.isfinite(bound)):
        return math.inf
    scale = max(abs(objective), 1e-12)
    return max(0.0, abs(objective - bound) / scale) if abs(objective - bound) > 1e-9 * scale else 0.0


def _check_weights(weights, n: int, demand_ids: list) -> np.ndarray:
    w = np.asarray(weights, dtype=float).reshape(-1)
    if w.shape != (n,):
        raise InvalidInputError(tr("There must be one weight per demand unit ({n} rows).").format(n=format_count(n)))
    missing = np.flatnonzero(~np.isfinite(w))
    if missing.size:
        raise InvalidInputError(
            tr("{n} demand units have no weight (NULL): {ids}. Give them a weight or remove them.").format(
                n=format_count(missing.size), ids=format_examples([demand_ids[i] for i in missing])
            )
        )
    negative = np.flatnonzero(w < 0)
    if negative.size:
        raise InvalidInputError(
            tr("{n} demand units have a negative weight: {ids}. Weights count people or contacts and cannot be negative.").format(
                n=format_count(negative.size), ids=format_examples([demand_ids[i] for i in negative])
            )
        )
    if not (w > 0).any():
        raise InvalidInputError(tr("Every demand weight is zero: there is no demand to serve. Check the weight field."))
    return w


def _distinct_columns(costs: np.ndarray, required: np.ndarray, progress: Progress) -> tuple[np.ndarray, list]:
    """Columns to keep, and (dropped, kept) pairs of identical columns (a required one is kept)."""
    seen: dict[bytes, int] = {}
    keep = []
    duplicates = []
    order = np.concatenate([np.flatnonzero(required), np.flatnonzero(~required)])
    for count, j in enumerate(order):
        if count % 256 == 0:
            check_cancelled(progress)
        key = np.ascontiguousarray(costs[:, j]).tobytes()
        if key in seen:
            duplicates.append((int(j), seen[key]))
            continue
        seen[key] = int(j)
        keep.append(int(j))
    return np.asarray(sorted(keep), dtype=np.int64), sorted(duplicates)


# -- evaluation of a configuration ----------------------------------------------------
def closest_allocation(costs: np.ndarray, open_cols: np.ndarray, *, cutoff: float | None = None) -> Allocation:
    """Allocate each demand row to its cheapest open column.

    Rows that reach no open column, or (with ``cutoff``) whose cheapest
    open column is beyond the cut-off, get no flow.
    """
    open_cols = np.asarray(open_cols, dtype=np.int64)
    n = costs.shape[0]
    if open_cols.size == 0:
        empty = np.zeros(0, dtype=np.int64)
        return Allocation(empty, empty, np.zeros(0), np.zeros(0))
    sub = costs[:, open_cols]
    best = np.argmin(sub, axis=1)
    cost = sub[np.arange(n), best].astype(float)
    ok = np.isfinite(cost)
    if cutoff is not None:
        ok &= cost <= cutoff
    rows = np.flatnonzero(ok)
    return Allocation(rows, open_cols[best[rows]], np.ones(rows.size), cost[rows])


def allocation_metrics(
    costs: np.ndarray, weights: np.ndarray, open_cols: np.ndarray, allocation: Allocation, *, cutoff: float | None = None
) -> Metrics:
    """Summary of an allocation: weighted mean and maximum cost, share covered within ``cutoff``.

    Coverage counts demand whose *cheapest open site* is within the cut-off,
    whatever the allocation (a capacitated allocation may send it farther).
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
        nearest = costs[:, np.asarray(open_cols, dtype=np.int64)].min(axis=1)
        covered = float(w[nearest <= cutoff].sum())
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
    """
    matrix = costs.matrix if isinstance(costs, TravelCosts) else np.asarray(costs, dtype=np.float32)
    open_cols = np.arange(matrix.shape[1])
    allocation = closest_allocation(matrix, open_cols)
    return allocation_metrics(matrix, np.asarray(weights, dtype=float), open_cols, allocation, cutoff=cutoff)


def _median_cost(costs: np.ndarray, weights: np.ndarray, open_cols: np.ndarray) -> float:
    nearest = np.full(costs.shape[0], np.inf, dtype=np.float64)
    for start in range(0, costs.shape[0], _ROWS_PER_CHUNK):
        stop = start + _ROWS_PER_CHUNK
        nearest[start:stop] = costs[start:stop][:, open_cols].min(axis=1)
    return float(weights @ nearest)


# -- the HiGHS MILP -------------------------------------------------------------------
@dataclass
class _MilpOutcome:
    x: np.ndarray | None
    objective: float
    bound: float
    status: str
    message: str


def _milp(c, integrality, bounds, constraints, time_limit: float) -> _MilpOutcome:
    """Solve with HiGHS; map its status to optimal / time_limit / infeasible."""
    from scipy.optimize import Bounds, milp

    lower, upper = bounds
    result = milp(
        c,
        integrality=integrality,
        bounds=Bounds(lower, upper),
        constraints=constraints,
        options={"time_limit": max(0.5, float(time_limit)), "mip_rel_gap": 1e-7, "presolve": True},
    )
    if result.status == 2:
        return _MilpOutcome(None, math.nan, math.nan, "infeasible", result.message)
    status = "optimal" if result.status == 0 else "time_limit"
    bound = getattr(result, "mip_dual_bound", None)
    bound = float(bound) if bound is not None and np.isfinite(bound) else -math.inf
    if result.x is None:
        return _MilpOutcome(None, math.nan, bound, status, result.message)
    if status == "optimal":
        bound = max(bound, float(result.fun)) if bound == -math.inf else bound
    return _MilpOutcome(result.x, float(result.fun), bound, status, result.message)


def _exact_too_large(pairs: int) -> InvalidInputError:
    return InvalidInputError(
        tr(
            "The exact solver would need {pairs} demand–site pairs, more than the {limit} it can hold in memory: "
            "choose the heuristic or automatic solver, or aggregate the demand."
        ).format(pairs=format_count(pairs), limit=format_count(EXACT_MAX_PAIRS))
    )


def _sparse(rows, cols, values, shape):
    from scipy.sparse import csr_array

    return csr_array((values, (rows, cols)), shape=shape)


# -- p-median -----------------------------------------------------------------------
def _pmedian_penalised(costs: np.ndarray) -> np.ndarray:
    """Costs with ``inf`` replaced by a large finite penalty (heuristics need finite numbers)."""
    if np.isfinite(costs).all():
        return costs
    finite_max = float(costs[np.isfinite(costs)].max())
    return np.where(np.isfinite(costs), costs, np.float32(100.0 * (finite_max + 1.0))).astype(np.float32)


def _solve_pmedian(problem: _Problem, method: str, deadline: float, rng, progress: Progress, gap_tolerance: float) -> _Solution:
    if problem.capacities is not None and np.isfinite(problem.capacities).any():
        return _capacitated_pmedian(problem, method, deadline, rng, progress)
    costs, w, p, req = problem.costs, problem.weights, problem.p, problem.required
    pairs = _pmedian_pairs(costs, p, req)
    if method == "exact" and pairs <= _DIRECT_EXACT_PAIRS:
        outcome = _pmedian_milp(costs, w, p, req, deadline - time.perf_counter())
        if outcome.x is None:
            return _no_incumbent(problem, outcome, deadline, rng, progress)
        open_ = np.flatnonzero(outcome.x[: problem.m] > 0.5)
        return _Solution(open_, outcome.objective, outcome.bound, outcome.status, "exact")
    penalised = _pmedian_penalised(costs)
    now = time.perf_counter()
    budget = 0.95 * (deadline - now)
    nb = nearest_candidates(penalised, progress=progress)
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
    solution = _Solution(open_, value, lagrangian.value, "heuristic", "heuristic")
    if method != "heuristic" and relative_gap(value, lagrangian.value) > _GAP_TOLERANCE:
        limit = EXACT_MAX_PAIRS if method == "exact" else AUTO_EXACT_PAIRS
        if _prove_pmedian(problem, solution, lagrangian, deadline, progress, limit):
            return _unreachable_note(costs, w, solution)
    if relative_gap(solution.objective, solution.bound) > gap_tolerance:
        bound = solution.bound
        stop_at = bound / (1.0 - gap_tolerance) if bound > 0 else bound
        # Lagrangian heuristic (Beasley 1993): the relaxation's own sites, improved by interchange
        lagrangian_open, lagrangian_value = open_, math.inf
        if int(lagrangian.chosen.sum()) == p:
            lagrangian_open, lagrangian_value = _interchange(
                penalised, w, np.flatnonzero(lagrangian.chosen), req, now + budget, progress, nb
            )
        if lagrangian_value < solution.objective:
            open_, solution.open_, solution.objective = lagrangian_open, lagrangian_open, lagrangian_value
        solution.open_, solution.objective = pmedian_heuristic(
            penalised,
            w,
            p,
            required=req,
            rng=rng,
            limits=SearchLimits(now + budget, stop_at),
            start=open_,
            neighbours=nb,
            progress=Band(progress, 60, 95),
        )
    return _unreachable_note(costs, w, solution)


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


def _unfixed_columns(lagrangian: LagrangianBound, upper: float, open_: np.ndarray, required: np.ndarray) -> np.ndarray:
    """The candidate sites Lagrangian fixing cannot rule out (with the open ones), for the exact solver."""
    keep = ~lagrangian.fixed_closed(upper, required)
    keep[open_] = True
    return np.flatnonzero(keep)


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
    costs, w, p, req = problem.costs, problem.weights, problem.p, problem.required
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
        problem.p,
        required=problem.required,
        rng=rng,
        limits=SearchLimits(time.perf_counter() + 5.0),
        progress=progress,
    )
    return _Solution(open_, value, outcome.bound, "time_limit", "exact")


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
        kth = np.partition(block, k, axis=1)[:, k].astype(np.float64)
        if required.any():
            kth = np.minimum(kth, block[:, required].min(axis=1))
        limit[start : start + _ROWS_PER_CHUNK] = kth
    return limit


def _pmedian_pairs(costs: np.ndarray, p: int, required: np.ndarray) -> int:
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
    c = np.concatenate([np.zeros(m), w[rows] * costs[rows, cols].astype(np.float64)])
    x_index = m + np.arange(k)
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


def _capacitated_pmedian(problem: _Problem, method: str, deadline: float, rng, progress: Progress) -> _Solution:
    """Capacitated p-median with splittable demand.

    Small instances (and ``exact`` up to :data:`CAPACITATED_MAX_PAIRS`)
    go to HiGHS whole. Larger ones get the Lagrangian bound and heuristic
    of :mod:`.location_capacitated`, started from the uncapacitated
    heuristic's sites; then (unless ``heuristic``) Lagrangian reduced-cost
    fixing leaves the sites no better solution can open, and HiGHS solves
    the model on those when it fits, which proves the optimum or tightens
    the bound. The gap to the best bound is always reported.
    """
    costs, w, p, req, cap = problem.costs, problem.weights, problem.p, problem.required, problem.capacities
    pairs = int(np.isfinite(costs).sum())
    direct = CAPACITATED_MAX_PAIRS if method == "exact" else _DIRECT_EXACT_PAIRS
    if method != "heuristic" and pairs <= direct:
        return _capacitated_exact(problem, np.arange(problem.m), deadline, progress, raise_infeasible=True)
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
    solution = None
    if found.transport.feasible:
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
    if method == "heuristic" or (solution is not None and relative_gap(solution.objective, solution.bound) <= _GAP_TOLERANCE):
        return _capacitated_found(solution, p)
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
    w, p = problem.weights, problem.p
    costs, req, cap = problem.costs[:, columns], problem.required[columns], problem.capacities[columns]
    n, m = costs.shape
    rows, cols = np.nonzero(np.isfinite(costs))
    c, integrality, bounds, constraints = _assignment_model(costs, w, p, req, rows, cols)
    k = rows.size
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


@dataclass(frozen=True)
class SearchLimits:
    """When :func:`pmedian_heuristic` stops: a ``time.perf_counter()`` deadline (None: four more attempts
    after the first local optimum), a cost at most ``stop_at`` (e.g. a bound), or ``patience`` attempts in a
    row without improvement."""

    deadline: float | None = None
    stop_at: float = -math.inf
    patience: int = _STALE_ATTEMPTS


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
    :mod:`.location_search`). Further attempts (iterated local search,
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
    deadline = limits.deadline
    attempts = 4 if deadline is None else 1_000_000  # without a deadline: four more attempts
    w32 = weights.astype(np.float32)
    first = _greedy_median(costs, w32, p, required, None, progress) if start is None else np.asarray(start)
    if first.size == 1 and not required[first[0]]:  # p = 1: the best single column, directly
        return _best_single_site(costs, weights)
    nb = neighbours or nearest_candidates(costs, progress=progress)
    search = SwapSearch(costs, weights, nb, first, required)
    search.descend(deadline=deadline, progress=progress)
    best = current = search.snapshot()
    began, restart_seconds, last_improvement = time.perf_counter(), 0.0, 0
    for attempt in range(1, attempts + 1):
        if (
            (deadline is not None and time.perf_counter() > deadline)
            or best.value <= limits.stop_at
            or attempt - last_improvement > limits.patience
        ):
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
    return np.sort(best.open_), float(best.value)


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


@dataclass(frozen=True)
class Neighbours:
    """Each demand row's ``k`` cheapest candidates, sorted: the sparse view the p-median searches use.

    ``index[i]`` are candidate columns and ``cost[i]`` their costs in
    increasing order. Built once per instance (``n × k`` instead of
    ``n × m``); with ``k = m`` it is the whole matrix.
    """

    index: np.ndarray  # (n, k) int32
    cost: np.ndarray  # (n, k) float32, sorted along rows
    complete: bool = False  # k = m: the lists hold every candidate


def nearest_candidates(costs: np.ndarray, k: int = LAGRANGIAN_NEIGHBOURS, *, progress: Progress | None = None) -> Neighbours:
    """The ``k`` cheapest candidates of every demand row (``numpy.argpartition`` per block of rows)."""
    progress = progress or NullProgress()
    n, m = costs.shape
    k = max(1, min(int(k), m))
    index = np.empty((n, k), dtype=np.int32)
    near = np.empty((n, k), dtype=np.float32)
    for start in range(0, n, _ROWS_PER_CHUNK):
        check_cancelled(progress)
        block = costs[start : start + _ROWS_PER_CHUNK]
        part = np.argpartition(block, k - 1, axis=1)[:, :k] if k < m else np.tile(np.arange(m), (block.shape[0], 1))
        values = np.take_along_axis(block, part, axis=1)
        order = np.argsort(values, axis=1, kind="stable")
        index[start : start + block.shape[0]] = np.take_along_axis(part, order, axis=1)
        near[start : start + block.shape[0]] = np.take_along_axis(values, order, axis=1)
    return Neighbours(index, near, k == m)


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


def _lagrangian_lists(nb: Neighbours, assigned: np.ndarray) -> Neighbours:
    """Shorter k-nearest lists for the bound: 1.25 × the deepest rank any row's site has in the upper bound, +8.

    A shorter list caps λ lower but makes each subgradient iteration
    cheaper; the bound stays valid for any length.
    """
    if nb.complete:
        return nb
    deepest = int((nb.cost < assigned[:, None]).sum(axis=1).max())
    k = min(nb.index.shape[1], max(32, int(1.25 * deepest) + 8))
    if k == nb.index.shape[1]:
        return nb
    return Neighbours(np.ascontiguousarray(nb.index[:, :k]), np.ascontiguousarray(nb.cost[:, :k]), False)


def pmedian_lagrangian_bound(
    costs: np.ndarray,
    weights: np.ndarray,
    p: int,
    *,
    required: np.ndarray | None = None,
    upper: float,
    assigned: np.ndarray | None = None,
    deadline: float | None = None,
    neighbours: Neighbours | None = None,
    target_gap: float = 1e-5,
    progress: Progress | None = None,
) -> LagrangianBound:
    """Lower bound of the p-median by Lagrangian relaxation and subgradient optimisation.

    Relaxing ``Σ_j x_ij = 1`` with multipliers λ gives
    ``L(λ) = Σ_i λ_i + min_{|Y| = p, Y ⊇ R} Σ_{j∈Y} ρ_j`` with
    ``ρ_j = Σ_i min(0, w_i c_ij − λ_i)`` (Cornuejols et al. 1977); every λ
    gives a valid lower bound. λ_i is capped at ``w_i`` times the cost of
    the k-th nearest candidate of row i, so that only the k nearest can
    make ``ρ`` negative: the bound is computed exactly on the k-nearest
    lists (:func:`nearest_candidates`) instead of the full matrix. Steps
    follow Held, Wolfe and Crowder (1974) as used by Beasley (1993):
    ``t = θ (UB − L) / ‖g‖²``, θ halved after 30 iterations without
    improvement. λ starts at the cost of each row's site in the upper
    bound's solution (``assigned``) when given. Directions are deflected,
    ``d = g + 0.7 d_prev`` (Camerini, Fratta and Maffioli 1975), which here
    reaches a given bound in about a third fewer iterations.

    Returns
    -------
    LagrangianBound
        The best lower bound found, with ρ and the chosen sites at its λ.
    """
    progress = progress or NullProgress()
    n, m = costs.shape
    required = np.zeros(m, dtype=bool) if required is None else required
    free = p - int(required.sum())
    nb = neighbours or nearest_candidates(costs, progress=progress)
    best_rho, best_chosen = np.zeros(m), required.copy()
    k = nb.index.shape[1]
    wn = nb.cost * weights.astype(np.float32)[:, None]  # w_i c_ij on the k nearest, float32
    cap = wn[:, -1].astype(np.float64) if not nb.complete else np.full(n, np.inf)
    start = wn[:, min(1, k - 1)].astype(np.float64) if assigned is None else weights * assigned
    lam = np.minimum(start, cap)
    best = -math.inf
    theta, stale = 2.0, 0
    previous = np.zeros(n)
    from scipy.sparse import csr_array

    flat = nb.index.ravel()
    scatter = csr_array((np.ones(flat.size, dtype=np.float32), (flat, np.arange(flat.size))), shape=(m, flat.size))
    for iteration in range(MAX_ITERATIONS):
        if iteration % 10 == 0:
            check_cancelled(progress)
            if deadline is not None and time.perf_counter() > deadline:
                break
        reduced = wn - lam.astype(np.float32)[:, None]
        np.minimum(reduced, 0.0, out=reduced)
        rho = (scatter @ reduced.ravel()).astype(np.float64)
        chosen = choose_sites(rho, required, free)
        value = float(lam.sum() + rho[chosen].sum())
        if value > best + 1e-12 * abs(best if math.isfinite(best) else 1.0):
            best, stale, best_rho, best_chosen = value, 0, rho, chosen
        else:
            stale += 1
            if stale >= STALE_STEPS:
                theta, stale = theta / 2.0, 0
        if relative_gap(upper, best) <= target_gap or theta < 1e-4:
            break
        served = ((reduced < 0) & chosen[nb.index]).sum(axis=1)
        g = 1.0 - served
        g = np.where((g > 0) & (lam >= cap), 0.0, g)  # the cap binds: λ cannot rise
        g = g + DEFLECTION * previous
        previous = g
        norm = float(g @ g)
        if norm == 0:
            break
        step = theta * (upper - value) / norm
        lam = np.clip(lam + step * g, 0.0, cap)
        if iteration % 25 == 0:
            progress.set_progress(min(100.0, 100.0 * iteration / MAX_ITERATIONS))
    return LagrangianBound(best, best_rho, best_chosen)


@dataclass(frozen=True)
class LagrangianBound:
    """A Lagrangian lower bound with the ρ vector and chosen sites of its multipliers."""

    value: float
    rho: np.ndarray
    chosen: np.ndarray

    def fixed_closed(self, upper: float, required: np.ndarray) -> np.ndarray:
        """Sites that no solution cheaper than ``upper`` can open (reduced-cost fixing, Beasley 1993).

        Opening a site j outside the chosen set costs at least
        ``L + ρ_j − max ρ over the chosen free sites``; when that exceeds
        ``upper``, j is in no optimal solution.
        """
        free_chosen = self.chosen & ~required
        if not free_chosen.any() or not math.isfinite(self.value):
            return np.zeros(self.rho.size, dtype=bool)
        last = float(self.rho[free_chosen].max())
        bound_with = self.value + self.rho - last
        return ~self.chosen & ~required & (bound_with > upper + 1e-9 * abs(upper))


# -- covering: MCLP and LSCP ----------------------------------------------------------------
def _coverage(costs: np.ndarray, cutoff: float, rows: np.ndarray | None = None):
    """CSR coverage matrix (rows × candidates) of costs within the cut-off."""
    from scipy.sparse import csr_array, vstack

    parts = []
    source = costs if rows is None else costs[rows]
    for start in range(0, source.shape[0], _ROWS_PER_CHUNK):
        parts.append(csr_array(source[start : start + _ROWS_PER_CHUNK] <= cutoff, dtype=np.float64))
    return vstack(parts, format="csr") if len(parts) > 1 else parts[0]


def _aggregate_rows(cover, weights: np.ndarray):
    """Merge demand rows with identical coverage sets (exact): (unique cover, summed weights, row → group)."""
    cover = cover.tocsr()
    cover.sort_indices()
    keys = [cover.indices[cover.indptr[i] : cover.indptr[i + 1]].tobytes() for i in range(cover.shape[0])]
    groups: dict[bytes, int] = {}
    label = np.empty(len(keys), dtype=np.int64)
    first = []
    for i, key in enumerate(keys):
        g = groups.setdefault(key, len(groups))
        if g == len(first):
            first.append(i)
        label[i] = g
    merged = cover[np.asarray(first, dtype=np.int64)]
    return merged, np.bincount(label, weights=weights, minlength=len(first)), label


def _solve_mclp(problem: _Problem, method: str, deadline: float, rng, progress: Progress, gap_tolerance: float) -> _Solution:
    costs, w, p, req = problem.costs, problem.weights, problem.p, problem.required
    coverable = np.flatnonzero((costs <= problem.cutoff).any(axis=1))
    cover, gw, _ = _aggregate_rows(_coverage(costs, problem.cutoff, coverable), w[coverable])
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

    Returns
    -------
    (numpy.ndarray, float)
        Open columns and the covered weight.
    """
    progress = progress or NullProgress()
    g, m = cover.shape
    required = np.zeros(m, dtype=bool) if required is None else required
    cover_t = cover.T.tocsr()
    open_ = list(np.flatnonzero(required))
    count = np.asarray(cover[:, open_].sum(axis=1)).ravel() if open_ else np.zeros(g)
    while len(open_) < p:
        check_cancelled(progress)
        gain = cover_t @ (weights * (count == 0))
        gain[open_] = -np.inf
        j = int(np.argmax(gain))
        open_.append(j)
        count += cover[:, [j]].toarray().ravel()
    open_ = np.asarray(open_, dtype=np.int64)
    removable = ~required[open_]
    while removable.any():
        check_cancelled(progress)
        uncovered = weights * (count == 0)
        gain = cover_t @ uncovered  # newly covered if j enters
        sole = count == 1
        owner = np.full(g, -1, dtype=np.int64)
        sub = cover[:, open_].tocsc()
        for r in range(open_.size):
            rows = sub.indices[sub.indptr[r] : sub.indptr[r + 1]]
            owner[rows[sole[rows]]] = r
        has = owner >= 0
        loss = np.bincount(owner[has], weights=weights[has], minlength=open_.size)
        onehot = _sparse(np.flatnonzero(has), owner[has], weights[has], (g, open_.size))
        extra = (cover_t @ onehot).toarray() if has.any() else np.zeros((m, open_.size))
        delta = gain[:, None] - loss[None, :] + extra  # change of covered weight
        delta[open_, :] = -np.inf
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


def _solve_lscp(problem: _Problem, method: str, deadline: float, rng, progress: Progress, gap_tolerance: float) -> _Solution:
    costs, req = problem.costs, problem.required
    coverable = np.flatnonzero((costs <= problem.cutoff).any(axis=1))
    cover, _, _ = _aggregate_rows(_coverage(costs, problem.cutoff, coverable), np.ones(coverable.size))
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

    Returns
    -------
    (open columns, number of columns, lower bound, status, method)
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
            bound = base.size + math.ceil(outcome.bound - 1e-6) if math.isfinite(outcome.bound) else base.size
            return open_, float(open_.size), float(bound), outcome.status, "exact"
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


def _two_for_one(sub, chosen: np.ndarray, required: np.ndarray, deadline: float, progress) -> np.ndarray:
    """Local search after the greedy: replace two chosen columns by one that covers what only they covered."""
    chosen = list(int(j) for j in chosen)
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


# -- p-center -------------------------------------------------------------------------------
def _solve_pcenter(problem: _Problem, method: str, deadline: float, rng, progress: Progress, gap_tolerance: float) -> _Solution:
    """Binary search over candidate radii; each test is a set-covering problem (Minieka 1970)."""
    costs, p, req = problem.costs, problem.p, problem.required
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
        cover = _coverage(penalised, radius)
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


# -- objective against p ---------------------------------------------------------------------
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
    of p)`` seconds. A p that no choice of sites satisfies (capacities)
    gives a point with NaN values. Not defined for LSCP (which has no p).
    """
    progress = progress or NullProgress()
    options = options or SolverOptions()
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
