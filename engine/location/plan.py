"""The location-planning workflow: points → costs → solution → tables and report.

:func:`plan_locations` is what the Processing algorithm runs: it drops
points without coordinates (and says so), builds the cost matrices through
:func:`engine.location.travel_costs`, solves, evaluates today's sites,
optionally traces the objective against p, and returns the output tables
(:func:`site_table`, :func:`allocation_table`) and the HTML report
(:func:`.report.location_report`): the chosen sites, the comparison with today's
sites, the optimality gap and the curve. Given the demand units' segments, it
also compares access by customer type today and with the plan
(:func:`engine.accessibility.breakdown.access_comparison`).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, replace

import numpy as np

try:
    import pandas as pd
except ImportError:  # the plugin loads without pandas; algorithms refuse to run
    pd = None

from ..accessibility.breakdown import SegmentedBase, access_comparison
from ..cutoff import within
from ..errors import InvalidInputError
from ..html import Report, format_number
from ..i18n import format_count, format_decimal, format_examples, tr
from ..network.model import Network
from ..progress import Band, NullProgress, Progress, check_cancelled
from .costs import DEFAULT_SPEED_KMH, TravelCosts, travel_costs
from .evaluation import Metrics, evaluate_sites
from .problem import LocationModel, LocationResult, SolverOptions
from .report import ReportInputs, location_report
from .solve import CurvePoint, objective_curve, solve_location


@dataclass(frozen=True)
class Points:
    """Points of one layer: ``(n, 2)`` projected coordinates (NaN = no geometry) and ids for messages.

    Demand points may carry their ``segments`` (positions and counts, aligned
    with the points) for the access by customer type.
    """

    xy: np.ndarray
    ids: Sequence
    names: Sequence | None = None
    segments: SegmentedBase | None = None


@dataclass(frozen=True)
class CostSpec:
    """How travel costs are made (see :func:`engine.location.travel_costs`).

    ``method`` is ``"straight_line"`` (metres, or minutes at ``speed_kmh``)
    or ``"network"`` (minutes, or metres along the fastest route, of
    ``profile`` on ``network``; points farther than ``tolerance`` metres
    from it are reported and left out).
    """

    method: str = "straight_line"
    unit: str = "minutes"
    speed_kmh: float = DEFAULT_SPEED_KMH
    network: Network | None = None
    profile: str = "drive"
    tolerance: float | None = None
    workers: int | None = None

    def label(self) -> str:
        """What the costs are, in the user's language (for reports and logs)."""
        if self.method == "network":
            mode = {"walk": tr("walking"), "cycle": tr("cycling"), "drive": tr("driving")}.get(self.profile, self.profile)
            if self.unit == "minutes":
                return tr("network travel time, {mode} (minutes)").format(mode=mode)
            return tr("network distance along the fastest route, {mode} (metres)").format(mode=mode)
        if self.unit == "minutes":
            return tr("straight-line distance at {speed} km/h (minutes)").format(speed=format_decimal(self.speed_kmh))
        return tr("straight-line distance (metres)")


@dataclass(frozen=True)
class Plan:
    """Everything the algorithm writes.

    ``sites`` and ``allocation`` carry ``demand_row``/``site_row``: rows of
    the input layers (as read), for the geometries. ``segments`` is the
    access by customer type (:func:`engine.accessibility.breakdown.access_comparison`),
    None without the demand's segments.
    """

    result: LocationResult
    sites: pd.DataFrame
    allocation: pd.DataFrame
    current: Metrics | None
    curve: list[CurvePoint] | None
    report: Report
    segments: pd.DataFrame | None = None


def plan_locations(
    demand: Points,
    weights: np.ndarray,
    candidates: Points,
    model: LocationModel,
    options: SolverOptions,
    *,
    cost: CostSpec | None = None,
    current: Points | None = None,
    curve_p: int = 0,
    language: str = "en",
    progress: Progress | None = None,
) -> Plan:
    """Solve a location model on layers' points and prepare every output.

    Parameters
    ----------
    demand, candidates : Points
        Demand units and candidate sites (same projected CRS). With the
        demand's ``segments``, the plan compares access by customer type
        today and with the plan.
    weights : numpy.ndarray
        Demand weights aligned with ``demand``.
    model : LocationModel
        ``required`` and ``capacities`` aligned with ``candidates``.
    options : SolverOptions
        Solver settings.
    cost : CostSpec, optional
        How travel costs are made (default: straight-line minutes).
    current : Points, optional
        Today's sites, for the comparison.
    curve_p : int
        Trace the objective for p = 1 … ``curve_p`` (0: no curve).
    language : str
        Report language code.
    progress : Progress, optional
        Progress, warnings, cancellation.

    Returns
    -------
    Plan
        The result, the site and allocation tables, today's metrics, the
        curve and the report.

    Raises
    ------
    InvalidInputError
        No located demand or candidate, or none within reach of the network;
        a required site off the network; and the inputs
        :func:`.solve.solve_location` refuses.
    """
    progress = progress or NullProgress()
    cost = cost or CostSpec()
    d_rows = _with_coordinates(demand, tr("demand"), progress)
    s_rows = _with_coordinates(candidates, tr("candidate sites"), progress)
    if d_rows.size == 0:
        raise InvalidInputError(tr("There is no demand with a location: the demand layer is empty."))
    if s_rows.size == 0:
        raise InvalidInputError(tr("There are no candidate sites with a location: the candidate layer is empty."))
    costs, d_rows, s_rows, notes = _usable_costs(demand, candidates, d_rows, s_rows, cost, model.required, Band(progress, 0, 10))
    model = _on_rows(model, s_rows)
    w = np.asarray(weights, dtype=float)[d_rows]
    result = solve_location(
        costs,
        w,
        model,
        options,
        demand_ids=[demand.ids[i] for i in d_rows],
        candidate_ids=[candidates.ids[i] for i in s_rows],
        progress=Band(progress, 10, 80),
    )
    today, today_count, today_cost = _today(current, demand.xy[d_rows], w, cost, model.cutoff, progress)
    curve = _curve_points(costs, w, model, options, curve_p, progress)
    check_cancelled(progress)
    sites = _site_rows(result, costs, w, candidates, s_rows)
    allocation = _allocation_rows(result, w, demand, candidates, d_rows, s_rows)
    access, segments = None, demand.segments
    if segments is not None:
        plan_cost = _nearest_cost(costs, result.selected)
        access = access_comparison(segments.subset(d_rows), plan_cost, today_cost, cutoff=model.cutoff, language=language)
    inputs = ReportInputs(
        result,
        sites,
        cost.unit,
        today,
        today_count,
        curve,
        notes,
        cost.label(),
        weight_label=model.weight_name or "",
        required=_required_names(candidates, model.required, s_rows),
        access=access,
    )
    report = location_report(inputs, language=language, what=segments.what if segments is not None else "")
    return Plan(
        result, sites.drop(columns=["candidate"]), allocation.drop(columns=["demand", "candidate"]), today, curve, report, access
    )


def _required_names(candidates: Points, required: np.ndarray | None, s_rows: np.ndarray) -> list:
    """The names (else ids) of the candidate sites kept that must stay open."""
    if required is None:
        return []
    names = candidates.names if candidates.names is not None else candidates.ids
    return [names[s_rows[j]] for j in np.flatnonzero(np.asarray(required, dtype=bool))]


def _on_rows(model: LocationModel, s_rows: np.ndarray) -> LocationModel:
    """The model with its required flags and capacities restricted to the candidate rows kept."""
    return replace(
        model,
        required=None if model.required is None else np.asarray(model.required, dtype=bool)[s_rows],
        capacities=None if model.capacities is None else np.asarray(model.capacities, dtype=float)[s_rows],
    )


def _today(
    current: Points | None, demand_xy: np.ndarray, w: np.ndarray, cost: CostSpec, cutoff: float | None, progress: Progress
) -> tuple[Metrics | None, int, np.ndarray | None]:
    """The metrics of today's sites (None without them), how many were evaluated, and each demand unit's cost
    to its nearest one (NaN where it reaches none).

    Today's sites off the network are reported and left out of the comparison.
    """
    if current is None:
        return None, 0, None
    c_rows = _with_coordinates(current, tr("current sites"), progress)
    today_costs = _costs(demand_xy, current.xy[c_rows], cost, progress) if c_rows.size else None
    if today_costs is not None and today_costs.off_network_cols.size:
        progress.warn(
            tr(
                "{n} current sites are farther than the snapping tolerance from the network and are "
                "left out of the comparison: {ids}."
            ).format(
                n=format_count(today_costs.off_network_cols.size),
                ids=format_examples([current.ids[c_rows[i]] for i in today_costs.off_network_cols]),
            )
        )
        kept = np.setdiff1d(np.arange(c_rows.size), today_costs.off_network_cols)
        today_costs = today_costs.subset(np.arange(len(demand_xy)), kept) if kept.size else None
    if today_costs is None:
        return None, 0, None
    metrics = evaluate_sites(today_costs, w, cutoff=cutoff)
    return metrics, today_costs.matrix.shape[1], _nearest_cost(today_costs)


def _nearest_cost(costs: TravelCosts, columns: np.ndarray | None = None) -> np.ndarray:
    """Each demand unit's double-precision cost to its nearest column (of ``columns``); NaN where it reaches none."""
    _, cost = costs.nearest(None if columns is None else np.asarray(columns, dtype=np.int64))
    return np.where(np.isfinite(cost), cost, np.nan)


def _curve_points(
    costs: TravelCosts, w: np.ndarray, model: LocationModel, options: SolverOptions, curve_p: int, progress: Progress
) -> list[CurvePoint] | None:
    """The objective for p up to ``curve_p`` (None when not asked for, or for set covering, which says so)."""
    if curve_p and model.objective == "lscp":
        progress.warn(tr("Set covering has no number of sites to vary: no curve is drawn."))
    elif curve_p:
        return objective_curve(costs, w, model, max(int(curve_p), 1), options, progress=Band(progress, 80, 98))
    return None


def _site_rows(result: LocationResult, costs: TravelCosts, w: np.ndarray, candidates: Points, s_rows: np.ndarray) -> pd.DataFrame:
    """:func:`site_table` with the candidate layer's row, id and name of each site."""
    sites = site_table(result, costs.matrix, w)
    sites.insert(0, "site_row", s_rows[sites["candidate"].to_numpy()])
    sites.insert(1, "site_id", [candidates.ids[i] for i in sites["site_row"]])
    names = candidates.names if candidates.names is not None else candidates.ids
    sites.insert(2, "name", [names[i] for i in sites["site_row"]])
    return sites


def _allocation_rows(
    result: LocationResult, w: np.ndarray, demand: Points, candidates: Points, d_rows: np.ndarray, s_rows: np.ndarray
) -> pd.DataFrame:
    """:func:`allocation_table` with the layers' rows and ids of each flow's demand unit and site."""
    allocation = allocation_table(result, w)
    allocation.insert(0, "demand_row", d_rows[allocation["demand"].to_numpy()])
    allocation.insert(1, "site_row", s_rows[allocation["candidate"].to_numpy()])
    allocation.insert(2, "demand_id", [demand.ids[i] for i in allocation["demand_row"]])
    allocation.insert(3, "site_id", [candidates.ids[i] for i in allocation["site_row"]])
    return allocation


def _with_coordinates(points: Points, what: str, progress: Progress) -> np.ndarray:
    """Rows with coordinates; the others are reported by id."""
    xy = np.asarray(points.xy, dtype=float).reshape(-1, 2)
    ok = np.isfinite(xy).all(axis=1)
    if not ok.all():
        missing = np.flatnonzero(~ok)
        progress.warn(
            tr("{n} {what} features have no geometry and are left out: {ids}.").format(
                n=format_count(missing.size), what=what, ids=format_examples([points.ids[i] for i in missing])
            )
        )
    return np.flatnonzero(ok)


def _costs(from_xy: np.ndarray, to_xy: np.ndarray, cost: CostSpec, progress: Progress) -> TravelCosts:
    return travel_costs(
        from_xy,
        to_xy,
        method=cost.method,
        unit=cost.unit,
        speed_kmh=cost.speed_kmh,
        network=cost.network,
        profile=cost.profile,
        tolerance=cost.tolerance,
        workers=cost.workers,
        progress=progress,
    )


def _usable_costs(
    demand: Points, candidates: Points, d_rows: np.ndarray, s_rows: np.ndarray, cost: CostSpec, required, progress: Progress
) -> tuple[TravelCosts, np.ndarray, np.ndarray, list[str]]:
    """Costs of the located points, without the demand and candidates off the network (reported by id).

    Returns the costs, the demand and candidate rows kept, and notes for
    the report. A required site off the network is refused: it could
    serve nobody.
    """
    costs = _costs(demand.xy[d_rows], candidates.xy[s_rows], cost, progress)
    off_d, off_s = costs.off_network_rows, costs.off_network_cols
    if not (off_d.size or off_s.size):
        return costs, d_rows, s_rows, []
    distance = format_number(cost.tolerance, 0) if cost.tolerance is not None else "–"
    required = np.zeros(len(candidates.ids), dtype=bool) if required is None else np.asarray(required, dtype=bool)
    required_off = [candidates.ids[s_rows[j]] for j in off_s if required[s_rows[j]]]
    if required_off:
        raise InvalidInputError(
            tr(
                "Required sites are farther than {distance} m from the network and could serve "
                "nobody: {ids}. Check where they are, raise the snapping tolerance, or do not "
                "require them."
            ).format(distance=distance, ids=format_examples(required_off))
        )
    notes = []
    for off, points, rows, what in (
        (off_d, demand, d_rows, tr("demand units")),
        (off_s, candidates, s_rows, tr("candidate sites")),
    ):
        if off.size:
            ids = [points.ids[rows[i]] for i in off]
            message = tr("{n} {what} are farther than {distance} m from the network and are left out: {ids}.").format(
                n=format_count(off.size), what=what, distance=distance, ids=format_examples(ids)
            )
            progress.warn(message)
            notes.append(message)
    keep_d = np.setdiff1d(np.arange(d_rows.size), off_d)
    keep_s = np.setdiff1d(np.arange(s_rows.size), off_s)
    if keep_d.size == 0:
        raise InvalidInputError(
            tr(
                "No demand unit is within {distance} m of the network: check that the demand and "
                "the network cover the same area, or raise the snapping tolerance."
            ).format(distance=distance)
        )
    if keep_s.size == 0:
        raise InvalidInputError(
            tr(
                "No candidate site is within {distance} m of the network: check that the sites "
                "and the network cover the same area, or raise the snapping tolerance."
            ).format(distance=distance)
        )
    return costs.subset(keep_d, keep_s), d_rows[keep_d], s_rows[keep_s], notes


def site_table(result: LocationResult, costs: np.ndarray, weights: np.ndarray) -> pd.DataFrame:
    """One row per selected site, in rank order.

    Parameters
    ----------
    result : LocationResult
        The solution.
    costs : numpy.ndarray
        The cost matrix it was solved on (not read: the costs come with the
        allocation).
    weights : numpy.ndarray
        ``(n,)`` demand weights.

    Returns
    -------
    pandas.DataFrame
        Columns: ``candidate`` (column of the cost matrix), ``rank`` (1 =
        serves the most demand), ``demand`` (weight allocated), ``units``
        (demand units sending it any demand), ``mean_cost`` (weighted),
        ``max_cost``, ``covered`` (allocated weight within the cut-off,
        :func:`engine.cutoff.within`; NaN without one) and ``covered_share`` (of the site's allocated weight).
    """
    alloc = result.allocation
    w = np.asarray(weights, dtype=float)
    flow = w[alloc.demand] * alloc.share
    rows = []
    for rank, site in enumerate(result.selected, start=1):
        mine = alloc.site == site
        demand = float(flow[mine].sum())
        positive = mine & (flow > 0)
        covered = math.nan
        if result.cutoff is not None:
            covered = float(flow[mine & within(alloc.cost, result.cutoff)].sum())
        rows.append(
            {
                "candidate": int(site),
                "rank": rank,
                "demand": demand,
                "units": int(np.unique(alloc.demand[mine]).size),
                "mean_cost": float((flow[mine] * alloc.cost[mine]).sum() / demand) if demand > 0 else math.nan,
                "max_cost": float(alloc.cost[positive].max()) if positive.any() else math.nan,
                "covered": covered,
                "covered_share": covered / demand if demand > 0 and not math.isnan(covered) else math.nan,
            }
        )
    return pd.DataFrame(
        rows, columns=["candidate", "rank", "demand", "units", "mean_cost", "max_cost", "covered", "covered_share"]
    )


def allocation_table(result: LocationResult, weights: np.ndarray) -> pd.DataFrame:
    """One row per demand → site flow.

    Parameters
    ----------
    result : LocationResult
        The solution.
    weights : numpy.ndarray
        ``(n,)`` demand weights.

    Returns
    -------
    pandas.DataFrame
        Columns: ``demand`` (row), ``candidate`` (column), ``weight``
        (demand weight sent along the flow), ``share`` (of the demand unit's
        weight), ``cost`` (double precision) and ``covered`` (cost within
        the cut-off, :func:`engine.cutoff.within`; None without one).
    """
    alloc = result.allocation
    w = np.asarray(weights, dtype=float)
    covered = within(alloc.cost, result.cutoff) if result.cutoff is not None else np.full(alloc.cost.size, None)
    return pd.DataFrame(
        {
            "demand": alloc.demand.astype(np.int64),
            "candidate": alloc.site.astype(np.int64),
            "weight": w[alloc.demand] * alloc.share,
            "share": alloc.share,
            "cost": alloc.cost,
            "covered": covered,
        }
    )


def as_flags(values: Sequence) -> np.ndarray:
    """Booleans from a "required" field: 1, true, yes, y, t (any case) are true; NULL and the rest false.

    The French oui and vrai are true too, and so is any non-zero number.

    Parameters
    ----------
    values : sequence
        The field's values.

    Returns
    -------
    numpy.ndarray
        One boolean per value.
    """
    truthy = {"1", "true", "yes", "y", "t", "oui", "vrai"}
    result = []
    for value in values:
        if value is None or (isinstance(value, float) and math.isnan(value)):
            result.append(False)
        elif isinstance(value, (bool, np.bool_)):
            result.append(bool(value))
        elif isinstance(value, (int, float, np.integer, np.floating)):
            result.append(value != 0)
        else:
            result.append(str(value).strip().lower() in truthy)
    return np.asarray(result, dtype=bool)
