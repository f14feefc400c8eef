"""Access by customer type in words and tables: the catchment and nearest-facility reports, the plan's section.

The tables come from :mod:`.breakdown`; this module says what they mean
("Within 15 min of a facility live 45,000 households, 62 % of the base; key
groups …", "The plan brings 1,900 more households of C Quiet Retirement
within 15 min", "E City-Centre Professionals lose 4.0 min on average") and
lays them out in the self-contained HTML reports of :mod:`engine.html`.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np

try:
    import pandas as pd
except ImportError:  # the plugin still loads; algorithms refuse to run (see engine.dependencies)
    pd = None

from ..html import Column, Report, format_number
from ..i18n import format_count, tr
from .breakdown import comparable_segments

#: Indices at or above this call a segment over-represented in a group, at or below ``UNDER`` under-represented.
OVER = 120.0
UNDER = 80.0
#: Segments named in one sentence.
NAMED = 3


def mode_label(profile: str) -> str:
    """``walking``, ``cycling`` or ``driving`` in the user's language (the id itself otherwise).

    Parameters
    ----------
    profile : str
        A travel mode's id: ``walk``, ``cycle`` or ``drive``.
    """
    return {"walk": tr("walking"), "cycle": tr("cycling"), "drive": tr("driving")}.get(profile, profile)


def _label(row) -> str:
    return f"{row['code']} {row['segment']}"


def _minutes(value: float) -> str:
    return format_number(value, 0 if float(value).is_integer() else 1)


def _listed(items: Sequence[str]) -> str:
    return "; ".join(items)


# -- catchments ---------------------------------------------------------------------------
def group_sentences(rows: pd.DataFrame, where: str, what: str) -> list[str]:
    """What one group of a breakdown holds: its count, key groups, over- and under-represented segments.

    Parameters
    ----------
    rows : pandas.DataFrame
        The breakdown rows of one group (:func:`.breakdown.breakdown_table`).
    where : str
        Names the group ("Within 15 min of a facility").
    what : str
        What the counts are (households, population…).

    Returns
    -------
    list of str
    """
    total = float(rows["count"].sum())
    base = float(rows["base_count"].sum())
    share = format_number(total / base * 100.0, 0) if base > 0 else "–"
    sentences = [
        tr("{where}: {n} {what}, {share} % of the base.").format(
            where=where, n=format_count(round(total)), what=what, share=share
        )
    ]
    if total <= 0:
        return sentences
    key = rows[rows["key"].astype(bool)]
    if len(key):
        sentences.append(
            tr("Key groups: {segments}.").format(
                segments=_listed([f"{_label(r)} ({format_number(r['share'], 0)} %)" for r in key.to_dict("records")])
            )
        )
    named = comparable_segments(rows)
    index_word = tr("index")
    over = named[named["index"] >= OVER].sort_values("index", ascending=False).head(NAMED)
    if len(over):
        sentences.append(
            tr("Over-represented: {segments}.").format(
                segments=_listed([f"{_label(r)} ({index_word} {format_number(r['index'], 0)})" for r in over.to_dict("records")])
            )
        )
    under = named[named["index"] <= UNDER].sort_values("index").head(NAMED)
    if len(under):
        sentences.append(
            tr("Under-represented: {segments}.").format(
                segments=_listed([f"{_label(r)} ({index_word} {format_number(r['index'], 0)})" for r in under.to_dict("records")])
            )
        )
    return sentences


def breakdown_columns(count_label: str) -> list[Column]:
    """The columns of a "Sheerness table": segment, count, share, base share, index, reach, key group.

    Parameters
    ----------
    count_label : str
        Heading of the count column, naming what is counted ("Households").
    """
    return [
        Column("label", tr("Segment")),
        Column("count", count_label, 0),
        Column("share", tr("Share (%)"), 1),
        Column("base_share", tr("Share of the base (%)"), 1),
        Column("index", tr("Index"), 0),
        Column("reach", tr("Of the segment (%)"), 1),
        Column("flag", tr("Key group")),
    ]


def breakdown_rows(rows: pd.DataFrame) -> list[dict]:
    """Rows of a breakdown ready for :func:`breakdown_columns` (key groups starred, low numbers marked).

    Segments with no one in the group are left out (:func:`breakdown_table_of`
    names them in one line).

    Parameters
    ----------
    rows : pandas.DataFrame
        The breakdown rows of one group (:func:`.breakdown.breakdown_table`).

    Returns
    -------
    list of dict
        One record per segment with a count above zero: the columns of
        ``rows`` plus ``label`` (code and name) and ``flag`` (★ for a key
        group, "few" on low numbers).
    """
    result = []
    for row in rows[rows["count"] > 0].to_dict("records"):
        flag = "★" if row["key"] else ""
        if row["low_numbers"] and row["count"] > 0:
            flag = (flag + " " + tr("few")).strip()
        result.append({**row, "label": _label(row), "flag": flag})
    return result


def breakdown_table_of(report: Report, rows: pd.DataFrame, what: str) -> None:
    """A Sheerness table of one group: its segments with someone, then the segments with no one in one line.

    Parameters
    ----------
    report : engine.html.Report
        The report the table and the note are added to.
    rows : pandas.DataFrame
        The breakdown rows of one group (:func:`.breakdown.breakdown_table`).
    what : str
        Heading of the count column ("Households").
    """
    report.table(breakdown_rows(rows), breakdown_columns(what))
    absent = rows[(rows["count"] <= 0) & (rows["base_count"] > 0)]
    if len(absent):
        report.paragraph(
            tr("Not present: {segments}.").format(segments=", ".join(_label(r) for r in absent.to_dict("records"))),
            css_class="note",
        )


def catchment_report(table: pd.DataFrame, *, what: str, profile: str, language: str = "en", notes: Sequence[str] = ()) -> Report:
    """The catchments by customer type: for each band, the Sheerness table of everybody within it.

    Parameters
    ----------
    table : pandas.DataFrame
        :func:`.breakdown.breakdown_table` of :meth:`.breakdown.CatchmentTally.groups`
        with :func:`.breakdown.with_facilities` applied (``facility_id`` NULL:
        all facilities).
    what : str
        What the counts are.
    profile : str
        The travel mode.
    language : str
        Language of the report.
    notes : sequence of str
        Warnings to repeat.

    Returns
    -------
    Report
    """
    mode = mode_label(profile)
    report = Report(tr("Catchments by customer type"), language=language, subtitle=mode)
    everyone = table[table["facility_id"].isna()]
    bands = sorted(everyone["band"].unique())
    if bands:
        last = everyone[everyone["band"] == bands[-1]]
        report.headline(group_sentences(last, tr("Within {band} min of a facility").format(band=_minutes(bands[-1])), what)[0])
    for band in bands:
        rows = everyone[everyone["band"] == band]
        report.heading(tr("Within {band} min ({mode}) of a facility").format(band=_minutes(band), mode=mode))
        report.paragraph(" ".join(group_sentences(rows, tr("Within {band} min").format(band=_minutes(band)), what)[1:]))
        breakdown_table_of(report, rows, what)
    facilities = table[table["facility_id"].notna()]
    if facilities["facility_id"].nunique() > 1 and bands:
        _facility_lines(report, facilities, bands[-1], what)
    for note in notes:
        report.warning(note)
    report.paragraph(_method_note(), css_class="note")
    return report


def _facility_lines(report: Report, facilities: pd.DataFrame, band: float, what: str) -> None:
    """One line per facility: its count within the largest band and its key groups."""
    rows = facilities[facilities["band"] == band]
    key = rows[rows["key"].astype(bool)]
    shares = [format_number(value, 0) for value in key["share"]]
    items = key.assign(item=[f"{code} ({share} %)" for code, share in zip(key["code"], shares)])
    by_facility = rows.groupby("facility_id", sort=False)
    groups = items.groupby("facility_id", sort=False)["item"].agg(", ".join)
    names = by_facility["name"].first()
    lines = [
        {
            "facility": str(facility_id) if not isinstance(name, str) else f"{facility_id} {name}",
            "count": float(count),
            "key": groups.get(facility_id, ""),
        }
        for (facility_id, count), name in zip(by_facility["count"].sum().items(), names)
    ]
    report.heading(tr("Each facility within {band} min").format(band=_minutes(band)))
    report.table(lines, [Column("facility", tr("Facility")), Column("count", what, 0), Column("key", tr("Key groups (share)"))])


def _method_note() -> str:
    return tr(
        "Share: the segment's part of the people within the band. Index: that share against the segment's share "
        "of the whole base (100 = as many as expected). Of the segment: the part of the segment's whole base "
        "within the band. Key groups: the largest segments that together make up 75 % of the band (at most "
        "five). Small numbers (below 5) make shares unreliable."
    )


# -- nearest facility -----------------------------------------------------------------------
def nearest_summary(table: pd.DataFrame) -> pd.DataFrame:
    """Per segment (for all facilities): its count and the share of it within each band, beyond and unreachable.

    Parameters
    ----------
    table : pandas.DataFrame
        :func:`.breakdown.breakdown_table` of :func:`.breakdown.nearest_groups`
        (``facility`` -1 or ``facility_id`` NULL: all facilities).

    Returns
    -------
    pandas.DataFrame
        ``code``, ``segment``, ``count`` (the segment's base), ``low_numbers``,
        then ``within_<band>`` for every band, ``beyond`` and ``unreachable``
        (% of the segment), one row per segment with a base, largest first.
    """
    everyone = table[table["facility_id"].isna()] if "facility_id" in table else table[table["facility"] < 0]
    within = everyone[everyone["kind"] == "within"]
    first = within[within["band"] == within["band"].min()] if len(within) else everyone[everyone["kind"] == "beyond"]
    summary = first[first["base_count"] > 0][["code", "segment", "base_count", "rank"]].rename(columns={"base_count": "count"})
    summary = summary.sort_values("count", ascending=False, kind="stable").reset_index(drop=True)
    summary["low_numbers"] = summary["count"] < 5
    for band in sorted(within["band"].unique()):
        summary[f"within_{band:g}"] = _reach_of(summary, within[within["band"] == band])
    for kind in ("beyond", "unreachable"):
        summary[kind] = _reach_of(summary, everyone[everyone["kind"] == kind])
    return summary.drop(columns="rank")


def _reach_of(summary: pd.DataFrame, rows: pd.DataFrame) -> np.ndarray:
    reach = rows.set_index("code")["reach"]
    return np.array([float(reach.get(code, 0.0)) if code in reach.index else 0.0 for code in summary["code"]])


def nearest_sentences(summary: pd.DataFrame, everybody_beyond: float, threshold: float, what: str) -> list[str]:
    """Which segments are most often beyond the threshold, against everybody.

    Parameters
    ----------
    summary : pandas.DataFrame
        :func:`nearest_summary`.
    everybody_beyond : float
        The % of everybody beyond the threshold.
    threshold : float
        The threshold in minutes.
    what : str
        What the counts are.

    Returns
    -------
    list of str
    """
    named = comparable_segments(summary.assign(low_numbers=summary["low_numbers"]))
    sentences = [
        tr("Beyond {threshold} min of every facility: {share} % of everybody.").format(
            threshold=_minutes(threshold), share=format_number(everybody_beyond, 0)
        )
    ]
    worse = named[named["beyond"] > everybody_beyond].sort_values("beyond", ascending=False).head(NAMED)
    if len(worse):
        items = [
            tr("{segment}: {share} % ({n} {what})").format(
                segment=_label(r),
                share=format_number(r["beyond"], 0),
                n=format_count(round(r["count"] * r["beyond"] / 100.0)),
                what=what,
            )
            for r in worse.to_dict("records")
        ]
        sentences.append(tr("Most often beyond: {segments}.").format(segments=_listed(items)))
    better = named[named["beyond"] < everybody_beyond].sort_values("beyond").head(NAMED)
    if len(better):
        items = [f"{_label(r)} ({format_number(r['beyond'], 0)} %)" for r in better.to_dict("records")]
        sentences.append(tr("Best served: {segments}.").format(segments=_listed(items)))
    return sentences


def nearest_report(
    table: pd.DataFrame,
    *,
    threshold: float,
    what: str,
    profile: str,
    language: str = "en",
    notes: Sequence[str] = (),
) -> Report:
    """The nearest facility by customer type: who is within each band and who is beyond the threshold.

    Parameters
    ----------
    table : pandas.DataFrame
        The nearest-facility breakdown (see :func:`nearest_summary`).
    threshold : float
        The threshold in minutes.
    what : str
        What the counts are.
    profile : str
        The travel mode.
    language : str
        Language of the report.
    notes : sequence of str
        Warnings to repeat.

    Returns
    -------
    Report
    """
    report = Report(tr("Nearest facility by customer type"), language=language, subtitle=mode_label(profile))
    everyone = table[table["facility_id"].isna()]
    beyond_rows = everyone[everyone["kind"] == "beyond"]
    total = float(beyond_rows["base_count"].sum())
    beyond = float(beyond_rows["count"].sum()) / total * 100.0 if total > 0 else math.nan
    summary = nearest_summary(table)
    sentences = nearest_sentences(summary, beyond, threshold, what)
    report.headline(sentences[0])
    if len(sentences) > 1:
        report.paragraph(" ".join(sentences[1:]))
    bands = [c for c in summary.columns if c.startswith("within_")]
    columns = [Column("label", tr("Segment")), Column("count", what, 0)]
    columns += [Column(c, tr("Within {band} min (%)").format(band=c[len("within_") :]), 1) for c in bands]
    columns += [
        Column("beyond", tr("Beyond {threshold} min (%)").format(threshold=_minutes(threshold)), 1),
        Column("unreachable", tr("No facility (%)"), 1),
    ]
    report.heading(tr("Each segment within the bands"))
    report.table([{**r, "label": _label(r)} for r in summary.to_dict("records")], columns)
    within = everyone[everyone["kind"] == "within"]
    if len(within):
        band = within["band"].max()
        report.heading(tr("Who lives within {band} min of a facility").format(band=_minutes(band)))
        breakdown_table_of(report, within[within["band"] == band], what)
    for note in notes:
        report.warning(note)
    report.paragraph(
        tr(
            "Each unit counts at its nearest facility by travel time. Bands are cumulative (within 10 min includes "
            "within 5). Beyond: farther than the threshold from every facility, or reaching none."
        ),
        css_class="note",
    )
    return report


# -- location plans ---------------------------------------------------------------------------
def change_sentences(comparison: pd.DataFrame, *, unit: str, cutoff: float | None, what: str) -> list[str]:
    """Which customer types gain and lose with the plan, in words.

    Parameters
    ----------
    comparison : pandas.DataFrame
        :func:`.breakdown.access_comparison` with today's sites.
    unit : str
        The cost unit's label (min, m).
    cutoff : float, optional
        The coverage cut-off (no coverage sentences without one).
    what : str
        What the counts are.

    Returns
    -------
    list of str
        Gains in coverage, losses in coverage, longer and shorter mean travel, the largest first.
    """
    named = comparable_segments(comparison)
    sentences = []
    if cutoff is not None:
        cut = _minutes(cutoff)
        gains = named[named["within_change"] >= 0.5].sort_values("within_change", ascending=False).head(NAMED)
        for row in gains.to_dict("records"):
            sentences.append(
                tr(
                    "The plan brings {n} more {what} of {segment} within {cutoff} {unit} ({before} % → {after} % of them)."
                ).format(
                    n=format_count(round(row["within_change"])),
                    what=what,
                    segment=_label(row),
                    cutoff=cut,
                    unit=unit,
                    before=format_number(row["today_within_pct"], 0),
                    after=format_number(row["plan_within_pct"], 0),
                )
            )
        losses = named[named["within_change"] <= -0.5].sort_values("within_change").head(NAMED)
        for row in losses.to_dict("records"):
            sentences.append(
                tr("{n} fewer {what} of {segment} are within {cutoff} {unit} ({before} % → {after} % of them).").format(
                    n=format_count(round(-row["within_change"])),
                    what=what,
                    segment=_label(row),
                    cutoff=cut,
                    unit=unit,
                    before=format_number(row["today_within_pct"], 0),
                    after=format_number(row["plan_within_pct"], 0),
                )
            )
    longer = named[named["mean_change"] >= 0.05].sort_values("mean_change", ascending=False).head(NAMED)
    for row in longer.to_dict("records"):
        sentences.append(
            tr("{segment} lose {change} {unit} on average ({before} → {after} {unit}).").format(
                segment=_label(row),
                change=format_number(row["mean_change"], 1),
                unit=unit,
                before=format_number(row["today_mean"], 1),
                after=format_number(row["plan_mean"], 1),
            )
        )
    shorter = named[named["mean_change"] <= -0.05].sort_values("mean_change").head(NAMED)
    for row in shorter.to_dict("records"):
        sentences.append(
            tr("{segment} save {change} {unit} on average ({before} → {after} {unit}).").format(
                segment=_label(row),
                change=format_number(-row["mean_change"], 1),
                unit=unit,
                before=format_number(row["today_mean"], 1),
                after=format_number(row["plan_mean"], 1),
            )
        )
    return sentences


def access_section(report: Report, comparison: pd.DataFrame, *, unit: str, cutoff: float | None, what: str) -> Report:
    """The plan report's section on customer types: the sentences, then the table of every segment.

    Parameters
    ----------
    report : Report
        The report to add to.
    comparison : pandas.DataFrame
        :func:`.breakdown.access_comparison`.
    unit : str
        The cost unit's label.
    cutoff : float, optional
        The coverage cut-off.
    what : str
        What the counts are.

    Returns
    -------
    Report
    """
    report.heading(tr("Customer types: who gains and who loses"))
    has_today = comparison["today_mean"].notna().any()
    if has_today:
        sentences = change_sentences(comparison, unit=unit, cutoff=cutoff, what=what)
        if sentences:
            report.bullet_list(sentences)
        else:
            report.paragraph(tr("No customer type gains or loses noticeably with the plan."))
    else:
        report.paragraph(tr("Give today's sites to see which customer types gain and lose with the plan."))
    rows = [{**r, "label": r["segment"] if r["code"] is None else _label(r)} for r in comparison.to_dict("records")]
    columns = [Column("label", tr("Segment")), Column("count", what, 0)]
    if has_today:
        columns.append(Column("today_mean", tr("Mean today ({unit})").format(unit=unit), 1))
    columns.append(Column("plan_mean", tr("Mean with the plan ({unit})").format(unit=unit), 1))
    if has_today:
        columns.append(Column("mean_change", tr("Change ({unit})").format(unit=unit), 1))
    if cutoff is not None:
        if has_today:
            columns.append(Column("today_within_pct", tr("Within the cut-off today (%)"), 1))
        columns.append(Column("plan_within_pct", tr("Within the cut-off with the plan (%)"), 1))
        if has_today:
            columns.append(Column("within_change", tr("Change within the cut-off"), 0))
    report.table(rows, columns)
    report.paragraph(
        tr(
            "Each demand unit's travel cost to its nearest open site, weighted by its count; units that reach no "
            "site count as beyond the cut-off and are left out of the means."
        ),
        css_class="note",
    )
    return report
