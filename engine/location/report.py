"""The location plan's HTML report: the chosen sites, today's sites against the proposal, the gap and the curve.

:func:`location_report` is what :func:`.plan.plan_locations` hands back
as the plan's report.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

try:
    import pandas as pd
except ImportError:  # the plugin loads without pandas; algorithms refuse to run
    pd = None

from ..accessibility.breakdown_report import access_section
from ..html import Column, Report, format_number, svg_line_chart
from ..i18n import format_count, tr
from .evaluation import Metrics
from .problem import LocationResult
from .solve import CurvePoint


def objective_label(objective: str) -> str:
    """The translated name of an objective.

    Parameters
    ----------
    objective : str
        ``"pmedian"``, ``"mclp"``, ``"lscp"`` or ``"pcenter"``.

    Returns
    -------
    str
    """
    return {
        "pmedian": tr("Minimise weighted travel cost (p-median)"),
        "mclp": tr("Maximise demand covered (maximal covering)"),
        "lscp": tr("Minimise the number of sites covering all demand (set covering)"),
        "pcenter": tr("Minimise the longest travel cost (p-center)"),
    }[objective]


def unit_label(unit: str) -> str:
    """``min`` or ``m`` in the user's language.

    Parameters
    ----------
    unit : str
        ``"minutes"`` or ``"metres"``.

    Returns
    -------
    str
    """
    return tr("min") if unit == "minutes" else tr("m")


def status_label(status: str) -> str:
    """The translated name of a solver status (an unknown status as it is).

    Parameters
    ----------
    status : str
        ``"optimal"``, ``"time_limit"`` or ``"heuristic"``.

    Returns
    -------
    str
    """
    return {
        "optimal": tr("proven optimal"),
        "time_limit": tr("stopped at the time limit"),
        "heuristic": tr("heuristic solution with a proven bound"),
    }.get(status, status)


@dataclass(frozen=True)
class ReportInputs:
    """What the report needs besides the result.

    ``sites`` is the site table with each site's name; ``current`` are
    today's sites' metrics (or None) and ``current_count`` their number;
    ``curve`` the objective against p (or None); ``notes`` warnings to
    repeat in the report; ``cost_label`` what the costs are; ``access`` the
    access by customer type (:func:`engine.accessibility.breakdown.access_comparison`)
    or None.
    """

    result: LocationResult
    sites: pd.DataFrame  # from site_table, with a "name" column
    unit: str
    current: Metrics | None = None
    current_count: int = 0
    curve: Sequence[CurvePoint] | None = None
    notes: Sequence[str] = ()
    cost_label: str = ""
    access: pd.DataFrame | None = None


def location_report(inputs: ReportInputs, *, language: str = "en", what: str = "") -> Report:
    """The HTML report: headline comparison, summary, customer types, chosen sites, notes, curve.

    Parameters
    ----------
    inputs : ReportInputs
        The result and what goes with it.
    language : str
        Report language code.
    what : str
        What the demand's counts are (households, population…), in the customer-type sentences.

    Returns
    -------
    Report
    """
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
    if inputs.access is not None:
        access_section(report, inputs.access, unit=unit, cutoff=result.cutoff, what=what or tr("demand"))
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
    """ "Mean travel cost 14.2 → 9.8 min; longest 41.0 → 25.3 min; covered within 15 min 71 % → 93 %".

    Parameters
    ----------
    current, proposed : Metrics
        Today's sites and the proposal.
    unit : str
        The cost unit's label (:func:`unit_label`).
    cutoff : float, optional
        The coverage cut-off (no coverage part without one).

    Returns
    -------
    str
    """
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
