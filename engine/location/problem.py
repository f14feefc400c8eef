"""What a location model is asked, and the validated instance its solvers work on.

:class:`LocationModel` says what to optimise and :class:`SolverOptions` how.
:class:`_Problem` checks the inputs (cost matrix, weights, p, cut-off,
required sites, capacities, time limit), leaves out the demand that reaches
no candidate and the duplicate candidates (both reported), and assembles the
:class:`LocationResult` from what a solver hands back (:class:`_Solution`).
"""

from __future__ import annotations

import hashlib
import math
from dataclasses import dataclass, field

import numpy as np

from ..errors import InfeasibleProblemError, InvalidInputError
from ..i18n import format_count, format_examples, localise_number, tr
from ..progress import Progress, check_cancelled
from ..values import LARGEST
from .costs import TravelCosts
from .evaluation import Allocation, Metrics, allocation_metrics, closest_allocation, relative_gap

OBJECTIVES = ("pmedian", "mclp", "lscp", "pcenter")
METHODS = ("auto", "exact", "heuristic")
_GAP_TOLERANCE = 1e-6


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
    weight_name : str, optional
        What the demand weights count (e.g. ``households``), to name the
        objective's unit in the report ("minutes × households").
    """

    objective: str
    p: int | None = None
    cutoff: float | None = None
    required: np.ndarray | None = None
    capacities: np.ndarray | None = None
    weight_name: str | None = None


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
    technical: tuple[str, ...] = ()  # how the solver went about it (for the report's technical section)

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
    technical: list[str] = field(default_factory=list)


# -- the validated instance ------------------------------------------------------------------------
@dataclass
class _Problem:
    """A validated instance restricted to usable rows and distinct candidates.

    The solvers search on ``costs`` (float32); coverage, the allocation's
    costs and the metrics come from the double-precision costs of ``exact``
    (the same rows and columns) and ``full`` (every row and column).
    """

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
    exact: TravelCosts  # the double-precision costs of ``costs``
    full: TravelCosts  # every row and column
    full_weights: np.ndarray
    unreachable: np.ndarray
    uncoverable: np.ndarray
    duplicates: tuple[tuple[int, int], ...]

    @classmethod
    def build(cls, matrix, weights, model: LocationModel, options: SolverOptions, ids, progress) -> _Problem:
        full = _check_matrix(matrix)
        costs = full.matrix
        n, m = costs.shape
        demand_ids = list(ids[0]) if ids[0] is not None else list(range(1, n + 1))
        candidate_ids = list(ids[1]) if ids[1] is not None else list(range(1, m + 1))
        _check_options(model, options)
        w = _check_weights(weights, n, demand_ids)
        req = np.zeros(m, dtype=bool) if model.required is None else np.asarray(model.required, dtype=bool).reshape(-1)
        if req.shape != (m,):
            raise InvalidInputError(tr("The required flags must have one value per candidate site."))
        cap = _check_capacities(model, m, candidate_ids, progress)
        keep_cols, duplicates = _distinct_columns(full, req, progress)
        if duplicates:
            progress.warn(
                tr("{n} candidate sites duplicate another (same place, same costs) and are left out: {pairs}.").format(
                    n=format_count(len(duplicates)),
                    pairs=format_examples([f"{candidate_ids[a]} = {candidate_ids[b]}" for a, b in duplicates]),
                )
            )
        reachable, unreachable, uncoverable = _excluded_demand(full, w, model, demand_ids, progress)
        active = np.flatnonzero(reachable & (w > 0))
        if active.size == 0:
            raise InvalidInputError(tr("No demand unit with a positive weight can reach a candidate site."))
        if model.objective in ("mclp", "lscp") and uncoverable.size == active.size:
            raise InvalidInputError(
                tr(
                    "No demand unit is within the cut-off ({cutoff}) of any candidate site, so no choice of sites "
                    "covers any demand: raise the cut-off (it is in the unit of the travel cost, minutes or metres)."
                ).format(cutoff=localise_number(f"{model.cutoff:g}"))
            )
        exact = full if active.size == n and keep_cols.size == m else full.subset(active, keep_cols)
        problem = cls(
            exact.matrix,
            w[active],
            active,
            keep_cols,
            req[keep_cols],
            None if cap is None else cap[keep_cols],
            model.objective,
            model.p,
            model.cutoff,
            m,
            exact,
            full,
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
                ).format(p=self.p, m=format_count(self.m))
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

    # -- typed views of what build() checked -----------------------------------------
    @property
    def sites(self) -> int:
        """p, the number of sites to open (every objective but set covering has one; checked by :meth:`build`)."""
        if self.p is None:
            raise InvalidInputError(tr("The number of sites p must be a whole number of at least 1 (got {p}).").format(p=None))
        return self.p

    @property
    def radius(self) -> float:
        """The coverage cut-off of the covering objectives (checked by :meth:`build`)."""
        if self.cutoff is None:
            raise InvalidInputError(tr("The coverage cut-off must be a positive travel cost (got {value}).").format(value=None))
        return self.cutoff

    @property
    def site_capacities(self) -> np.ndarray:
        """The kept candidates' capacities (the capacitated p-median only); infinite where none was given."""
        return np.full(self.m, np.inf) if self.capacities is None else self.capacities

    # -- assembling the result ------------------------------------------------------
    def result(self, solution: _Solution, seconds: float) -> LocationResult:
        """The result in the original rows and columns, sites ranked by the demand they serve, with its metrics."""
        open_cols = np.asarray(sorted(set(int(c) for c in solution.open_)), dtype=np.int64)
        # the solver's flows (capacitated), else each unit at its cheapest open site, in the original rows and columns;
        # their costs in double precision
        if solution.flows is None:
            flows = closest_allocation(self.exact, open_cols)
        else:
            flows = solution.flows
            flows = Allocation(flows.demand, flows.site, flows.share, self.exact.exact(flows.demand, flows.site))
        original_open = self.cols[open_cols]
        allocation = Allocation(self.rows[flows.demand], self.cols[flows.site], flows.share, flows.cost)
        served = np.bincount(
            allocation.site, weights=self.full_weights[allocation.demand] * allocation.share, minlength=self.m_original
        )
        # sites ranked by the weight they serve, most first
        ranked = original_open[np.argsort(-served[original_open], kind="stable")]
        metrics = allocation_metrics(self.full, self.full_weights, ranked, allocation, cutoff=self.cutoff)
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
            technical=tuple(solution.technical),
        )


# -- input checks ----------------------------------------------------------------------------------
def _check_matrix(matrix) -> TravelCosts:
    """The costs as float32 with their correction (:meth:`TravelCosts.of`), checked."""
    costs = matrix.matrix if isinstance(matrix, TravelCosts) else np.asarray(matrix)
    if not np.issubdtype(costs.dtype, np.floating):
        costs = costs.astype(np.float64)
    if costs.ndim != 2:
        raise InvalidInputError(tr("The cost matrix must have one row per demand unit and one column per candidate site."))
    if costs.shape[0] == 0:
        raise InvalidInputError(tr("There is no demand: the demand layer is empty."))
    if costs.shape[1] == 0:
        raise InvalidInputError(tr("There are no candidate sites: the candidate layer is empty."))
    if np.isnan(costs).any():
        raise InvalidInputError(tr("The cost matrix has missing values; use infinity for unreachable pairs."))
    if (costs < 0).any():
        raise InvalidInputError(tr("The cost matrix has negative travel costs."))
    return TravelCosts.of(matrix if isinstance(matrix, TravelCosts) else costs)


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


def _excluded_demand(costs: TravelCosts, w, model: LocationModel, demand_ids: list, progress: Progress):
    """Rows reaching some candidate; rows reaching none and rows no candidate covers (reported)."""
    reachable = np.isfinite(costs.matrix).any(axis=1)
    unreachable = np.flatnonzero(~reachable & (w > 0))
    if unreachable.size:
        progress.warn(
            tr("{n} demand units (weight {weight}) cannot reach any candidate site and are left out: {ids}.").format(
                n=format_count(unreachable.size),
                weight=format_count(float(w[unreachable].sum())),
                ids=format_examples([demand_ids[i] for i in unreachable]),
            )
        )
    uncoverable: np.ndarray = np.zeros(0, dtype=np.int64)
    if model.objective in ("mclp", "lscp") and model.cutoff is not None:  # (checked: they have one)
        coverable = costs.coverable(model.cutoff)
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
    huge = np.flatnonzero(w > LARGEST)
    if huge.size:
        raise InvalidInputError(
            tr("{n} demand units have an implausibly large weight (above {largest}): {ids}. Check the weights.").format(
                n=format_count(huge.size), largest=format_count(LARGEST), ids=format_examples([demand_ids[i] for i in huge])
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


def _distinct_columns(costs: TravelCosts, required: np.ndarray, progress: Progress) -> tuple[np.ndarray, list]:
    """Columns to keep, and (dropped, kept) pairs of identical columns, in double precision (a required one is kept).

    Columns are told apart by a digest of their costs and correction (16
    bytes a column, not the column itself), confirmed by comparing them.
    """
    seen: dict[bytes, int] = {}
    keep = []
    duplicates = []
    order = np.concatenate([np.flatnonzero(required), np.flatnonzero(~required)])
    for count, j in enumerate(order):
        if count % 256 == 0:
            check_cancelled(progress)
        digest = hashlib.blake2b(np.ascontiguousarray(costs.matrix[:, j]).tobytes(), digest_size=16)
        if costs.correction is not None:
            digest.update(np.ascontiguousarray(costs.correction[:, j]).tobytes())
        key = digest.digest()
        if key in seen and _same_column(costs, int(j), seen[key]):
            duplicates.append((int(j), seen[key]))
            continue
        seen.setdefault(key, int(j))
        keep.append(int(j))
    return np.asarray(sorted(keep), dtype=np.int64), sorted(duplicates)


def _same_column(costs: TravelCosts, a: int, b: int) -> bool:
    """Whether two columns hold the same costs, correction included."""
    same = np.array_equal(costs.matrix[:, a], costs.matrix[:, b])
    if same and costs.correction is not None:
        same = np.array_equal(costs.correction[:, a], costs.correction[:, b])
    return bool(same)
