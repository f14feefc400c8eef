"""The location-planning workflow: points → costs → solution → tables and report.

:func:`plan_locations` is what the Processing algorithm runs: it drops
points without coordinates (and says so), builds the cost matrices through
:func:`engine.location.travel_costs`, solves, evaluates today's sites,
optionally traces the objective against p, and returns the output tables
(:func:`site_table`, :func:`allocation_table`) and the HTML report
(:func:`location_report`): the chosen sites, the comparison with today's
sites, the optimality gap and the curve.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

try:
    import pandas as pd
except ImportError:  # the plugin loads without pandas; algorithms refuse to run
    pd = None

from ..errors import InvalidInputError
from ..html import Column, Report, format_number, svg_line_chart
from ..i18n import format_count, format_examples, tr
from ..network.build import Network
from ..progress import Band, NullProgress, Progress, check_cancelled
from .costs import DEFAULT_SPEED_KMH, TravelCosts, travel_costs
from .evaluation import Metrics, evaluate_sites
from .problem import LocationModel, LocationResult, SolverOptions
from .solve import CurvePoint, objective_curve, solve_location


@dataclass(frozen=True)
class Points:
    """Points of one layer: ``(n, 2)`` projected coordinates (NaN = no geometry) and ids for messages."""

    xy: np.ndarray
    ids: Sequence
    names: Sequence | None = None


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
            return tr("straight-line distance at {speed} km/h (minutes)").format(speed=format_number(self.speed_kmh, 1))
        return tr("straight-line distance (metres)")


@dataclass(frozen=True)
class Plan:
    """Everything the algorithm writes.

    ``sites`` and ``allocation`` carry ``demand_row``/``site_row``: rows of
    the input layers (as read), for the geometries.
    """

    result: LocationResult
    sites: pd.DataFrame
    allocation: pd.DataFrame
    current: Metrics | None
    curve: list[CurvePoint] | None
    report: Report


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
        Demand units and candidate sites (same projected CRS).
    weights : numpy.ndarray
        Demand weights aligned with ``demand``.
    model : LocationModel
        ``required`` and ``capacities`` aligned with ``candidates``.
    options : SolverOptions
        Solver settings.
    cost : CostSpec
        Straight-line metres or minutes at a speed.
    current : Points, optional
        Today's sites, for the comparison.
    curve_p : int
        Trace the objective for p = 1 … ``curve_p`` (0: no curve).
    language : str
        Report language code.
    progress : Progress, optional
        Progress, warnings, cancellation.
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
    model = LocationModel(
        model.objective,
        model.p,
        model.cutoff,
        None if model.required is None else np.asarray(model.required, dtype=bool)[s_rows],
        None if model.capacities is None else np.asarray(model.capacities, dtype=float)[s_rows],
    )
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
    today, today_count = None, 0
    if current is not None:
        c_rows = _with_coordinates(current, tr("current sites"), progress)
        today_costs = _costs(demand.xy[d_rows], current.xy[c_rows], cost, progress) if c_rows.size else None
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
            today_costs = today_costs.subset(np.arange(d_rows.size), kept) if kept.size else None
        if today_costs is not None:
            today = evaluate_sites(today_costs, w, cutoff=model.cutoff)
            today_count = today_costs.matrix.shape[1]
    curve = None
    if curve_p and model.objective == "lscp":
        progress.warn(tr("Set covering has no number of sites to vary: no curve is drawn."))
    elif curve_p:
        curve = objective_curve(costs, w, model, max(int(curve_p), 1), options, progress=Band(progress, 80, 98))
    check_cancelled(progress)
    sites = site_table(result, costs.matrix, w)
    sites.insert(0, "site_row", s_rows[sites["candidate"].to_numpy()])
    sites.insert(1, "site_id", [candidates.ids[i] for i in sites["site_row"]])
    names = candidates.names if candidates.names is not None else candidates.ids
    sites.insert(2, "name", [names[i] for i in sites["site_row"]])
    allocation = allocation_table(result, w)
    allocation.insert(0, "demand_row", d_rows[allocation["demand"].to_numpy()])
    allocation.insert(1, "site_row", s_rows[allocation["candidate"].to_numpy()])
    allocation.insert(2, "demand_id", [demand.ids[i] for i in allocation["demand_row"]])
    allocation.insert(3, "site_id", [candidates.ids[i] for i in allocation["site_row"]])
    report = location_report(
        ReportInputs(result, sites, cost.unit, today, today_count, curve, notes, cost.label()), language=language
    )
    return Plan(result, sites.drop(columns=["candidate"]), allocation.drop(columns=["demand", "candidate"]), today, curve, report)


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

    Columns: ``candidate`` (column of the cost matrix), ``rank`` (1 = serves
    the most demand), ``demand`` (weight allocated), ``units`` (demand units
    sending it any demand), ``mean_cost`` (weighted), ``max_cost``,
    ``covered`` (allocated weight within the cut-off; NaN without one) and
    ``covered_share`` (of the site's allocated weight).
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
            covered = float(flow[mine & (alloc.cost <= result.cutoff)].sum())
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

    Columns: ``demand`` (row), ``candidate`` (column), ``weight`` (demand
    weight sent along the flow), ``share`` (of the demand unit's weight),
    ``cost`` and ``covered`` (cost within the cut-off; None without one).
    """
    alloc = result.allocation
    w = np.asarray(weights, dtype=float)
    covered = (alloc.cost <= result.cutoff) if result.cutoff is not None else np.full(alloc.cost.size, None)
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


def objective_label(objective: str) -> str:
    """The translated name of an objective."""
    return {
        "pmedian": tr("Minimise weighted travel cost (p-median)"),
        "mclp": tr("Maximise demand covered (maximal covering)"),
        "lscp": tr("Minimise the number of sites covering all demand (set covering)"),
        "pcenter": tr("Minimise the longest travel cost (p-center)"),
    }[objective]


def unit_label(unit: str) -> str:
    """``min`` or ``m`` in the user's language."""
    return tr("min") if unit == "minutes" else tr("m")


def status_label(status: str) -> str:
    return {
        "optimal": tr("proven optimal"),
        "time_limit": tr("stopped at the time limit"),
        "heuristic": tr("heuristic solution with a proven bound"),
    }.get(status, status)


@dataclass(frozen=True)
class ReportInputs:
    """What the report needs besides the result.

    ``site_names`` name every candidate column; ``current`` are today's
    sites' metrics (or None); ``curve`` the objective against p (or None).
    """

    result: LocationResult
    sites: pd.DataFrame  # from site_table, with a "name" column
    unit: str
    current: Metrics | None = None
    current_count: int = 0
    curve: Sequence[CurvePoint] | None = None
    notes: Sequence[str] = ()
    cost_label: str = ""


def location_report(inputs: ReportInputs, *, language: str = "en") -> Report:
    """The HTML report: headline comparison, summary, chosen sites, notes, curve."""
    result, unit = inputs.result, unit_label(inputs.unit)
    report = Report(tr("Location planning"), language=language, subtitle=objective_label(result.objective_name))
    proposed = result.metrics
    if inputs.current is not None:
        report.headline(comparison_sentence(inputs.current, proposed, unit, result.cutoff))
    report.heading(tr("Solution"))
    items = _summary_items(result, unit)
    if inputs.cost_label:
        items = {tr("Travel cost"): inputs.cost_label, **items}
    report.definition_list(items)
    if inputs.current is not None:
        report.heading(tr("Today's sites and the proposal"))
        report.table(
            _comparison_rows(inputs.current, proposed, inputs.current_count),
            [Column("measure", tr("Measure")), Column("today", tr("Today"), 1), Column("proposed", tr("Proposed"), 1)],
        )
    report.heading(tr("Selected sites"))
    columns = [
        Column("rank", tr("Rank"), 0),
        Column("name", tr("Site")),
        Column("demand", tr("Demand served"), 0),
        Column("units", tr("Demand units"), 0),
        Column("mean_cost", tr("Mean cost ({unit})").format(unit=unit), 1),
        Column("max_cost", tr("Longest ({unit})").format(unit=unit), 1),
    ]
    if result.cutoff is not None:
        columns.append(Column("covered_pct", tr("Within the cut-off (%)"), 1))
    rows = inputs.sites.assign(covered_pct=inputs.sites["covered_share"] * 100.0).to_dict("records")
    report.table(rows, columns)
    for note in _notes(result, inputs.notes):
        report.warning(note)
    if inputs.curve:
        _curve(report, inputs.curve, result, unit)
    return report


def comparison_sentence(current: Metrics, proposed: Metrics, unit: str, cutoff: float | None) -> str:
    """ "Mean travel cost 14.2 → 9.8 min; covered within 15 min 71 % → 93 %"."""
    text = tr("Mean travel cost {before} → {after} {unit}; longest {long_before} → {long_after} {unit}").format(
        before=format_number(current.mean_cost, 1),
        after=format_number(proposed.mean_cost, 1),
        unit=unit,
        long_before=format_number(current.max_cost, 1),
        long_after=format_number(proposed.max_cost, 1),
    )
    if cutoff is not None:
        text += tr("; covered within {cutoff} {unit} {before} % → {after} %").format(
            cutoff=format_number(cutoff, 1 if not float(cutoff).is_integer() else 0),
            unit=unit,
            before=format_number(current.covered_share * 100.0, 0),
            after=format_number(proposed.covered_share * 100.0, 0),
        )
    return text


def _summary_items(result: LocationResult, unit: str) -> dict[str, str]:
    objective = {
        "pmedian": format_number(result.objective, 1),
        "mclp": format_number(result.objective, 1),
        "lscp": format_count(result.objective),
        "pcenter": format_number(result.objective, 2),
    }
    bound_name = tr("Upper bound") if result.maximise else tr("Lower bound")
    items = {
        tr("Objective"): objective[result.objective_name],
        bound_name: format_number(result.bound, 2) if math.isfinite(result.bound) else "–",
        tr("Gap"): f"{result.gap * 100:.3f} %" if math.isfinite(result.gap) else "–",
        tr("Status"): status_label(result.status),
        tr("Solver"): result.method,
        tr("Seconds"): f"{result.seconds:.1f}",
        tr("Sites selected"): format_count(len(result.selected)),
        tr("Mean travel cost ({unit})").format(unit=unit): format_number(result.metrics.mean_cost, 2),
        tr("Longest travel cost ({unit})").format(unit=unit): format_number(result.metrics.max_cost, 2),
    }
    if result.cutoff is not None:
        items[tr("Demand within {cutoff} {unit}").format(cutoff=format_number(result.cutoff, 1), unit=unit)] = (
            f"{format_number(result.metrics.covered_share * 100.0, 1)} %"
        )
    return items


def _comparison_rows(current: Metrics, proposed: Metrics, current_count: int) -> list[dict]:
    rows = [
        {"measure": tr("Number of sites"), "today": current_count or current.sites, "proposed": proposed.sites},
        {"measure": tr("Mean travel cost"), "today": current.mean_cost, "proposed": proposed.mean_cost},
        {"measure": tr("Longest travel cost"), "today": current.max_cost, "proposed": proposed.max_cost},
    ]
    if not math.isnan(proposed.covered_share):
        rows.append(
            {
                "measure": tr("Demand within the cut-off (%)"),
                "today": current.covered_share * 100.0,
                "proposed": proposed.covered_share * 100.0,
            }
        )
    return rows


def _notes(result: LocationResult, extra: Sequence[str]) -> list[str]:
    notes = list(extra) + list(result.messages)
    if result.uncoverable.size:
        notes.append(
            tr("{n} demand units are beyond the cut-off of every candidate site: no choice of sites covers them.").format(
                n=format_count(result.uncoverable.size)
            )
        )
    if result.unreachable.size:
        notes.append(
            tr("{n} demand units cannot reach any candidate site and were left out.").format(
                n=format_count(result.unreachable.size)
            )
        )
    if result.duplicates:
        notes.append(tr("{n} duplicate candidate sites were left out.").format(n=format_count(len(result.duplicates))))
    if result.status != "optimal" and math.isfinite(result.gap):
        notes.append(
            tr("The solution is within {gap} % of the best possible (the bound); more time may close the gap.").format(
                gap=f"{result.gap * 100:.2f}"
            )
        )
    return notes


def _curve(report: Report, curve: Sequence[CurvePoint], result: LocationResult, unit: str) -> None:
    points = [c for c in curve if not math.isnan(c.objective)]
    if not points:
        return
    y_label = {
        "pmedian": tr("Total weighted cost"),
        "mclp": tr("Demand covered"),
        "pcenter": tr("Longest travel cost ({unit})").format(unit=unit),
    }.get(result.objective_name, "")
    report.heading(tr("Objective against the number of sites"))
    report.figure(
        svg_line_chart([c.p for c in points], [c.objective for c in points], x_label=tr("Number of sites (p)"), y_label=y_label),
        tr("Each point is the best solution found for that number of sites."),
    )
    report.table(
        [{"p": c.p, "objective": c.objective, "mean": c.mean_cost, "covered": c.covered_share * 100.0} for c in points],
        [
            Column("p", tr("Sites"), 0),
            Column("objective", tr("Objective"), 1),
            Column("mean", tr("Mean travel cost ({unit})").format(unit=unit), 2),
            Column("covered", tr("Within the cut-off (%)"), 1),
        ],
    )


def as_flags(values: Sequence) -> np.ndarray:
    """Booleans from a "required" field: 1, true, yes, y, t (any case) are true; NULL and the rest false."""
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


def as_numbers(values: Sequence) -> np.ndarray:
    """Floats from a numeric field; NULL and text that is not a number become NaN."""
    return pd.to_numeric(pd.Series(list(values), dtype=object), errors="coerce").to_numpy(dtype=float)
