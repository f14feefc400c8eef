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
from ..i18n import format_count, format_decimal, format_share, tr
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


def method_label(method: str) -> str:
    """How the solution was found, in words (the solver names are kept to the technical section).

    Parameters
    ----------
    method : str
        ``"exact"``, ``"heuristic"`` or ``"heuristic+exact"``.

    Returns
    -------
    str
    """
    return {
        "exact": tr("exact mixed-integer programme (HiGHS)"),
        "heuristic": tr("heuristic (greedy start and interchange) with a proven bound"),
        "heuristic+exact": tr(
            "heuristic with a proven bound, then the exact solver (HiGHS) on the sites the bound could not rule out"
        ),
    }.get(method, method)


@dataclass(frozen=True)
class ReportInputs:
    """What the report needs besides the result.

    ``sites`` is the site table with each site's name; ``current`` are
    today's sites' metrics (or None) and ``current_count`` their number;
    ``curve`` the objective against p (or None); ``notes`` warnings to
    repeat in the report; ``cost_label`` what the costs are; ``weight_label``
    what the demand weight counts (a field name such as ``households``);
    ``required`` the names of the sites that had to stay open; ``access``
    the access by customer type
    (:func:`engine.accessibility.breakdown.access_comparison`) or None.
    """

    result: LocationResult
    sites: pd.DataFrame  # from site_table, with a "name" column
    unit: str
    current: Metrics | None = None
    current_count: int = 0
    curve: Sequence[CurvePoint] | None = None
    notes: Sequence[str] = ()
    cost_label: str = ""
    weight_label: str = ""
    required: Sequence[str] = ()
    access: pd.DataFrame | None = None


def location_report(inputs: ReportInputs, *, language: str = "en", what: str = "") -> Report:
    """The HTML report a manager reads: what is proposed and how good it is, then the figures and the technical details.

    Headline comparison with today's sites, the proposal in plain words
    (demand served, travel times, the required sites, whether the choice is
    proven the best possible), the key figures with their units, the
    comparison table, access by customer type, the chosen sites, notes, the
    objective curve, and a technical section (objective value, bound, gap,
    solver, time and how the solver went about it).

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
    report = Report(tr("Location plan"), language=language, subtitle=objective_label(result.objective_name))
    proposed = result.metrics
    if inputs.current is not None:
        report.headline(comparison_sentence(inputs.current, proposed, unit, result.cutoff))
    report.heading(tr("The proposal"))
    report.paragraph(_proposal_sentence(inputs))
    report.paragraph(optimality_sentence(result))
    if inputs.required:
        report.paragraph(
            tr("Sites required to stay open (kept in every choice): {names}.").format(names=", ".join(map(str, inputs.required)))
        )
    report.definition_list(_key_figures(inputs))
    if inputs.current is not None:
        report.heading(tr("Today's sites and the proposal"))
        report.table(
            _comparison_rows(inputs.current, proposed, inputs.current_count, unit),
            [Column("measure", tr("Measure")), Column("today", tr("Today"), 1), Column("proposed", tr("Proposed"), 1)],
        )
    if inputs.access is not None:
        access_section(report, inputs.access, unit=unit, cutoff=result.cutoff, what=what or tr("demand"))
    report.heading(tr("Selected sites"))
    report.table(_site_rows(inputs), _site_columns(inputs, unit))
    for note in _notes(result, inputs.notes):
        report.warning(note)
    if inputs.curve:
        _curve(report, inputs.curve, result, inputs)
    _technical(report, inputs)
    return report


def comparison_sentence(current: Metrics, proposed: Metrics, unit: str, cutoff: float | None) -> str:
    """ "Mean travel cost 14.2 → 9.8 min; longest 41.0 → 25.3 min; covered within 15 min 71% → 93%".

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
        text += tr("; covered within {cutoff} {unit} {before} → {after}").format(
            cutoff=format_decimal(cutoff),
            unit=unit,
            before=format_share(current.covered_share),
            after=format_share(proposed.covered_share),
        )
    return text


def optimality_sentence(result: LocationResult) -> str:
    """Whether the choice is proven the best possible, or how far from it it may be, in plain words.

    Parameters
    ----------
    result : LocationResult

    Returns
    -------
    str
    """
    if result.status == "optimal":
        return {
            "pmedian": tr("Solved to proven optimality: no other choice of {p} sites gives a lower total travel cost."),
            "mclp": tr("Solved to proven optimality: no other choice of {p} sites covers more demand."),
            "lscp": tr("Solved to proven optimality: no smaller set of sites covers all the demand that can be covered."),
            "pcenter": tr("Solved to proven optimality: no other choice of {p} sites gives a shorter longest journey."),
        }[result.objective_name].format(p=format_count(result.p or len(result.selected)))
    if not math.isfinite(result.gap):
        return tr(
            "Not proven optimal: the solver found no bound on the best possible value, so how close this choice "
            "is cannot be said."
        )
    if result.status == "time_limit":
        return tr(
            "Not proven optimal: the solver stopped at its time limit. This choice is at most {gap} from the best "
            "possible; a longer time limit may find a better one or prove this one best."
        ).format(gap=format_share(result.gap, 2))
    return tr(
        "Not proven optimal: this choice, found by the heuristic, is at most {gap} from the best possible. The "
        "exact solver may close the gap."
    ).format(gap=format_share(result.gap, 2))


def _proposal_sentence(inputs: ReportInputs) -> str:
    """ "The 5 sites below serve 40,411 households; mean travel time 2.1 min, longest 5.9 min; 100% within 15 min."."""
    result, metrics, unit = inputs.result, inputs.result.metrics, unit_label(inputs.unit)
    text = tr("The {n} sites below serve {weight} {what}: mean travel cost {mean} {unit}, longest {longest} {unit}.").format(
        n=format_count(len(result.selected)),
        weight=format_count(metrics.total_weight - metrics.unserved_weight),
        what=inputs.weight_label or tr("demand units"),
        mean=format_number(metrics.mean_cost, 1),
        longest=format_number(metrics.max_cost, 1),
        unit=unit,
    )
    if result.cutoff is not None and math.isfinite(metrics.covered_share):
        text += " " + tr("{share} of the demand is within {cutoff} {unit}.").format(
            share=format_share(metrics.covered_share, 1), cutoff=format_decimal(result.cutoff), unit=unit
        )
    return text


def _objective_figure(inputs: ReportInputs) -> tuple[str, str]:
    """The objective's name and its value with its unit: what the solver optimised, in words."""
    result = inputs.result
    weight = inputs.weight_label or tr("demand units")
    units = tr("minutes") if inputs.unit == "minutes" else tr("metres")
    if result.objective_name == "pmedian":
        name = tr("Total travel time of the demand") if inputs.unit == "minutes" else tr("Total distance of the demand")
        return name, tr("{value} {unit} × {weight}").format(value=format_number(result.objective, 1), unit=units, weight=weight)
    if result.objective_name == "mclp":
        return tr("Demand covered"), tr("{value} {weight} ({share})").format(
            value=format_number(result.objective), weight=weight, share=format_share(result.metrics.covered_share, 1)
        )
    if result.objective_name == "lscp":
        return tr("Sites needed to cover the demand"), format_count(result.objective)
    return tr("Longest journey"), f"{format_number(result.objective, 1)} {unit_label(inputs.unit)}"


def _key_figures(inputs: ReportInputs) -> dict[str, str]:
    result, unit = inputs.result, unit_label(inputs.unit)
    name, value = _objective_figure(inputs)
    items = {tr("Travel cost"): inputs.cost_label} if inputs.cost_label else {}
    items[name] = value
    items[tr("Sites selected")] = format_count(len(result.selected))
    items[tr("Mean travel cost ({unit})").format(unit=unit)] = format_number(result.metrics.mean_cost, 1)
    items[tr("Longest travel cost ({unit})").format(unit=unit)] = format_number(result.metrics.max_cost, 1)
    if result.cutoff is not None:
        items[tr("Demand within {cutoff} {unit}").format(cutoff=format_decimal(result.cutoff), unit=unit)] = format_share(
            result.metrics.covered_share, 1
        )
    return items


def _site_rows(inputs: ReportInputs) -> list[dict]:
    required = set(map(str, inputs.required))
    rows = inputs.sites.assign(covered_pct=inputs.sites["covered_share"] * 100.0).to_dict("records")
    for row in rows:
        row["required"] = tr("yes") if str(row["name"]) in required else ""
    return rows


def _site_columns(inputs: ReportInputs, unit: str) -> list[Column]:
    columns = [
        Column("rank", tr("Rank"), 0),
        Column("name", tr("Site")),
        Column("demand", tr("Demand served"), 0),
        Column("units", tr("Demand units"), 0),
        Column("mean_cost", tr("Mean cost ({unit})").format(unit=unit), 1),
        Column("max_cost", tr("Longest ({unit})").format(unit=unit), 1),
    ]
    if inputs.result.cutoff is not None:
        columns.append(Column("covered_pct", tr("Within the cut-off (%)"), 1))
    if inputs.required:
        columns.append(Column("required", tr("Required")))
    return columns


def _technical(report: Report, inputs: ReportInputs) -> None:
    """The solver's figures and how it went about it, for the analyst."""
    result = inputs.result
    report.heading(tr("Technical details"))
    bound_name = tr("Upper bound") if result.maximise else tr("Lower bound")
    decimals = 0 if result.objective_name == "lscp" else 2
    report.definition_list(
        {
            tr("Objective value"): format_number(result.objective, decimals),
            bound_name: format_number(result.bound, decimals) if math.isfinite(result.bound) else "–",
            tr("Gap"): format_share(result.gap, 2) if math.isfinite(result.gap) else "–",
            tr("Status"): status_label(result.status),
            tr("Solver"): method_label(result.method),
            tr("Seconds"): format_number(result.seconds, 1),
        }
    )
    if result.technical:
        report.bullet_list(result.technical)


def _comparison_rows(current: Metrics, proposed: Metrics, current_count: int, unit: str) -> list[dict]:
    rows: list[dict] = [
        {
            "measure": tr("Number of sites"),
            "today": format_count(current_count or current.sites),
            "proposed": format_count(proposed.sites),
        },
        {
            "measure": tr("Mean travel cost ({unit})").format(unit=unit),
            "today": current.mean_cost,
            "proposed": proposed.mean_cost,
        },
        {
            "measure": tr("Longest travel cost ({unit})").format(unit=unit),
            "today": current.max_cost,
            "proposed": proposed.max_cost,
        },
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
    return notes


def _curve(report: Report, curve: Sequence[CurvePoint], result: LocationResult, inputs: ReportInputs) -> None:
    unit = unit_label(inputs.unit)
    points = [c for c in curve if not math.isnan(c.objective)]
    if not points:
        return
    name = _objective_figure(inputs)[0]
    y_label = tr("Longest travel cost ({unit})").format(unit=unit) if result.objective_name == "pcenter" else name
    report.heading(tr("Objective against the number of sites"))
    report.figure(
        svg_line_chart([c.p for c in points], [c.objective for c in points], x_label=tr("Number of sites (p)"), y_label=y_label),
        tr("Each point is the best solution found for that number of sites."),
    )
    report.table(
        [{"p": c.p, "objective": c.objective, "mean": c.mean_cost, "covered": c.covered_share * 100.0} for c in points],
        [
            Column("p", tr("Sites"), 0),
            Column("objective", name, 1),
            Column("mean", tr("Mean travel cost ({unit})").format(unit=unit), 2),
            Column("covered", tr("Within the cut-off (%)"), 1),
        ],
    )
