"""The HTML report of compared profiles: the tests in words, small multiples of the index, the cross-tabulation,
and the campaign's response rates.

Written in the user's language as one self-contained file.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from ..html import Bar, Column, Report, escape, format_number, svg_bar_chart
from ..i18n import localise_number, tr
from ..significance import HOLM
from .campaign import Campaign
from .comparison import Comparison
from .report import format_p_value

#: Small multiples drawn (the categories with most records); the table holds them all.
PANELS = 24
#: Categories shown as columns of the cross-tabulation.
CROSSTAB_COLUMNS = 12
OVER_COLOUR, UNDER_COLOUR = "#2b6c8f", "#d9822b"


@dataclass(frozen=True)
class ComparisonContext:
    """What the report says about the inputs: the target, how records were placed and split, the base."""

    target: str
    target_records: int
    placed: int
    placement: str
    split: str
    base: str
    base_units: int
    counted: str
    unmatched: int = 0
    warnings: Sequence[str] = field(default_factory=tuple)


def comparison_headline(comparison: Comparison, campaign: Campaign | None = None) -> str:
    """The result in one or two sentences: the campaign's ratio, or how many categories differ.

    Parameters
    ----------
    comparison : Comparison
        What :func:`.comparison.compare_profiles` found.
    campaign : Campaign, optional
        A campaign's evaluation (:func:`.campaign.evaluate_campaign`); when
        given, the headline is about it alone.
    """
    if campaign is not None:
        return campaign_sentences(campaign, comparison.language)
    differing = comparison.differing()
    if comparison.options.pair is not None:
        first, second = (comparison.categories[i] for i in comparison.options.pair)
        if differing:
            return tr("{first} and {second} differ in their spread over the segments.").format(first=first, second=second)
        return tr("No significant difference between {first} and {second} in their spread over the segments.").format(
            first=first, second=second
        )
    return tr("{n} of {tested} categories differ significantly from the rest in their spread over the segments.").format(
        n=len(differing), tested=len(comparison.tested)
    )


def comparison_report(comparison: Comparison, context: ComparisonContext, campaign: Campaign | None = None) -> Report:
    """The report; save it with ``.save(path)``.

    Parameters
    ----------
    comparison : Comparison
    context : ComparisonContext
    campaign : Campaign, optional

    Returns
    -------
    Report
    """
    language = comparison.language
    axis = comparison.axis
    report = Report(
        tr("Compared profiles: {target}").format(target=context.target),
        language=language,
        subtitle=tr("Against {base} · catalogue: {catalogue} · level: {level}").format(
            base=context.base, catalogue=axis.catalogue.name(language), level=axis.level_name(language)
        ),
    )
    report.headline(comparison_headline(comparison, campaign))
    report.definition_list(_inputs(comparison, context))
    for warning in context.warnings:
        report.warning(warning)
    report.heading(tr("The tests in words"))
    report.bullet_list(tests_in_words(comparison))
    report.heading(tr("Index by {level} in each category").format(level=axis.level_name(language).lower()))
    report.raw(small_multiples(comparison))
    _crosstab(report, comparison)
    if campaign is not None:
        _campaign_section(report, campaign, comparison)
    report.heading(tr("Method"))
    report.bullet_list(method_notes(comparison, campaign))
    return report


def _inputs(comparison: Comparison, context: ComparisonContext) -> dict[str, str]:
    language = comparison.language

    def number(value):
        return format_number(value, 0, language=language)

    return {
        tr("Target"): tr(
            "{layer}: {records} records; {placed} placed in a segment {placement}; {unmatched} matched no segment."
        ).format(
            layer=context.target,
            records=number(context.target_records),
            placed=number(context.placed),
            placement=context.placement,
            unmatched=number(context.unmatched),
        ),
        tr("Categories"): tr("{n} by {split}: {names}.").format(
            n=number(len(comparison.categories)), split=context.split, names=", ".join(comparison.categories[:30])
        ),
        tr("Base"): tr("{layer}: {units} units, {total} {counted} in all.").format(
            layer=context.base, units=number(context.base_units), total=number(comparison.base.sum()), counted=context.counted
        ),
    }


def _p(value: float, language: str) -> str:
    text = format_p_value(value, language)
    return text if text.startswith("<") else "= " + text


#: Categories described one by one in the report (the differing ones first); the table holds them all.
SENTENCES = 40


def tests_in_words(comparison: Comparison) -> list[str]:
    """One sentence per tested category: does it differ, and in which segments.

    With more than :data:`SENTENCES` tested categories, the ones that differ
    come first (largest chi-square first) and the rest are counted.

    Parameters
    ----------
    comparison : Comparison

    Returns
    -------
    list of str
    """
    table = comparison.table
    language = comparison.language
    first = comparison.options.pair[0] if comparison.options.pair is not None else None
    tested = [i for i in comparison.tested if first is None or i == first]
    rows_of = dict(tuple(table.groupby("category", sort=False)))
    totals = table[table["row_type"] == "total"].set_index("category")
    if len(tested) > SENTENCES:
        differ = [i for i in tested if totals.loc[comparison.categories[i], "significant"] is True]
        differ.sort(key=lambda i: -float(totals.loc[comparison.categories[i], "statistic"]))
        rest = [i for i in tested if i not in differ]
        chosen = (differ + rest)[:SENTENCES]
    else:
        chosen = tested
    sentences = [_category_sentence(comparison, i, rows_of[comparison.categories[i]], language) for i in chosen]
    if len(tested) > len(chosen):
        sentences.append(
            tr("{n} more categories are tested in the table ({differ} of all {tested} differ significantly).").format(
                n=len(tested) - len(chosen),
                differ=len(comparison.differing()),
                tested=len(tested),
            )
        )
    for i in comparison.untested[:SENTENCES]:
        sentences.append(
            tr("{category} has fewer than 2 placed records: it is in the table but not tested.").format(
                category=comparison.categories[i]
            )
        )
    return sentences


def _category_sentence(comparison: Comparison, i: int, rows, language: str) -> str:
    """Whether category ``i`` differs from what it is compared with, and in which segments."""
    total = rows[rows["row_type"] == "total"].iloc[0]
    cells = rows[rows["row_type"] != "total"]
    over = cells[(cells["significant"] == True) & (cells["difference"] > 0)]  # noqa: E712
    under = cells[(cells["significant"] == True) & (cells["difference"] < 0)]  # noqa: E712
    words = {
        "category": comparison.categories[i],
        "versus": comparison.versus_name(i),
        "statistic": localise_number(f"{total['statistic']:.1f}", language),
        "df": int(total["df"]) if total["df"] == total["df"] else "–",
        "p": _p(total["p_value"], language),
        "adjusted": _p(total["p_adjusted"], language),
        "test": total["test"],
    }
    if total["significant"] is True:
        sentence = tr(
            "{category} against {versus}: the spreads over the segments differ (chi-square {statistic}, {df} degrees "
            "of freedom, p {p}, adjusted p {adjusted}; {test})."
        ).format(**words)
    else:
        sentence = tr(
            "{category} against {versus}: no significant difference in the spread over the segments (chi-square "
            "{statistic}, {df} degrees of freedom, p {p}, adjusted p {adjusted}; {test})."
        ).format(**words)
    if len(over):
        sentence += " " + tr("Significantly more in {segments}.").format(segments=_segment_list(over, language))
    if len(under):
        sentence += " " + tr("Significantly fewer in {segments}.").format(segments=_segment_list(under, language))
    return sentence


def _segment_list(rows, language: str) -> str:
    parts = []
    for code, share, versus in zip(rows["code"], rows["target_pct"], rows["versus_pct"]):
        parts.append(
            tr("{code} ({share}% against {versus}%)").format(
                code=code or tr("Unclassified"),
                share=localise_number(f"{share:.1f}", language),
                versus=localise_number(f"{versus:.1f}", language),
            )
        )
    return ", ".join(parts)


def small_multiples(comparison: Comparison) -> str:
    """One small index bar chart per category (the largest categories first), side by side, as HTML with inline SVG.

    Parameters
    ----------
    comparison : Comparison

    Returns
    -------
    str
    """
    table = comparison.table
    totals = comparison.matrix.sum(axis=1)
    order = np.argsort(-totals, kind="stable")[:PANELS]
    panels = []
    for i in order:
        if totals[i] <= 0:
            continue
        rows = table[(table["category"] == comparison.categories[i]) & (table["row_type"] != "total")]
        bars = []
        for code, index, low, significant in zip(rows["code"], rows["index"], rows["low_numbers"], rows["significant"]):
            value = None if index is None or (isinstance(index, float) and math.isnan(index)) else float(index)
            bars.append(
                Bar(
                    label=str(code or tr("Unclassified"))[:12],
                    value=value,
                    colour=OVER_COLOUR if value is not None and value >= 100 else UNDER_COLOUR,
                    hatched=bool(low),
                    marker=" *" if significant is True else "",
                )
            )
        svg = svg_bar_chart(bars, reference=100, width=330, bar_height=11, label_width=70, value_format="{:.0f}")
        title = f"{comparison.categories[i]} ({format_number(totals[i], 0, language=comparison.language)})"
        panels.append(f'<figure style="margin:0"><figcaption><b>{escape(title)}</b></figcaption>{svg}</figure>')
    caption = tr(
        "Index = the category's share ÷ the base share × 100; the dashed line marks 100. Blue: over-represented; "
        "orange: under-represented; * the segment's share differs significantly from {versus}; hatched: low numbers."
    ).format(versus=tr("the rest") if comparison.options.pair is None else tr("the other category"))
    more = ""
    if len(comparison.categories) > PANELS:
        more = " " + tr("The {n} largest categories are drawn; the table holds them all.").format(n=PANELS)
    return (
        '<div style="display:flex;flex-wrap:wrap;gap:1em">'
        + "".join(panels)
        + f'</div><p class="note">{escape(caption + more)}</p>'
    )


def _crosstab(report: Report, comparison: Comparison) -> None:
    """Segments × categories: counts and column %."""
    if len(comparison.categories) > CROSSTAB_COLUMNS:
        return
    report.heading(tr("Cross-tabulation: segments by category"))
    axis = comparison.axis
    matrix = comparison.matrix
    shown = [p for p in range(axis.size) if p < len(axis.codes) or matrix[:, p].any()]
    totals = matrix.sum(axis=0)
    columns = [Column("code", tr("Code")), Column("name", tr("Segment"))]
    for i, name in enumerate(comparison.categories):
        columns += [Column(f"n{i}", name, 0), Column(f"p{i}", "%", 1)]
    columns.append(Column("all", tr("All"), 0))
    names = axis.names(comparison.language)
    rows = []
    for p in shown:
        row = {"code": axis.keys()[p] if p < len(axis.codes) else "", "name": names[p], "all": totals[p]}
        for i in range(len(comparison.categories)):
            total = matrix[i].sum()
            row[f"n{i}"] = matrix[i, p]
            row[f"p{i}"] = matrix[i, p] / total * 100 if total > 0 else None
        rows.append(row)
    total_row = {"code": "", "name": tr("Total"), "all": totals.sum()}
    for i in range(len(comparison.categories)):
        total_row[f"n{i}"], total_row[f"p{i}"] = matrix[i].sum(), 100.0
    if comparison.options.suppress_below > 0:
        report.paragraph(tr("Counts as placed, before suppression: keep this table on your desk."), css_class="note")
    report.table(rows, columns, total=total_row)


def campaign_sentences(campaign: Campaign, language: str) -> str:
    """The campaign in words: both response rates, the ratio with its interval and test, the responders' share.

    Parameters
    ----------
    campaign : Campaign
        What :func:`.campaign.evaluate_campaign` found.
    language : str
        Language of the numbers (``en``, ``fr``).
    """
    overall = campaign.overall

    def pct(value):
        return localise_number(f"{value:.1f}", language)

    level = localise_number(f"{campaign.confidence * 100:g}", language)
    text = tr(
        "{targeted} responded at {rate}% ({level}% CI {low}–{high}%), {others} at {other_rate}% ({other_low}–{other_high}%)"
    ).format(
        targeted=campaign.groups[0],
        rate=pct(overall.targeted.rate),
        level=level,
        low=pct(overall.targeted.low),
        high=pct(overall.targeted.high),
        others=campaign.groups[1],
        other_rate=pct(overall.not_targeted.rate),
        other_low=pct(overall.not_targeted.low),
        other_high=pct(overall.not_targeted.high),
    )
    if overall.ratio == overall.ratio:
        text += tr(": {ratio} times as often ({low}–{high}; {test} test, p {p}).").format(
            ratio=localise_number(f"{overall.ratio:.2f}", language),
            low=localise_number(f"{overall.interval[0]:.2f}", language),
            high=localise_number(f"{overall.interval[1]:.2f}", language),
            test=overall.test,
            p=_p(overall.p_value, language),
        )
    else:
        text += "."
    share = campaign.target_share
    if share is not None and share.responders[2] > 0:
        text += " " + tr("{share}% of the responders ({low}–{high}%) came from the target segments {codes}.").format(
            share=pct(share.share[2]), low=pct(share.low[2]), high=pct(share.high[2]), codes=", ".join(share.codes)
        )
    return text


def _campaign_section(report: Report, campaign: Campaign, comparison: Comparison) -> None:
    report.heading(tr("Campaign: response by segment"))
    report.paragraph(campaign_sentences(campaign, comparison.language))
    rows = campaign.table.to_dict("records")
    for row in rows:
        row["ratio_p"] = (
            format_p_value(row.get("ratio_p"), comparison.language) if row.get("ratio_p") == row.get("ratio_p") else ""
        )
        row["code"] = row["code"] or ""
    columns = [
        Column("category", tr("Group")),
        Column("code", tr("Code")),
        Column("name", tr("Segment")),
        Column("contacts", tr("Contacts"), 0),
        Column("responders", tr("Responders"), 0),
        Column("response_rate", tr("Response %"), 1),
        Column("rate_low", tr("Low"), 1),
        Column("rate_high", tr("High"), 1),
        Column("rate_ratio", tr("Ratio"), 2),
        Column("ratio_low", tr("Low"), 2),
        Column("ratio_high", tr("High"), 2),
        Column("ratio_p", tr("p-value")),
    ]
    report.table(rows, columns)
    share = campaign.target_share
    if share is not None:
        report.paragraph(
            tr(
                "Responders from the target segments {codes}: {targeted}% of the targeted group's, {others}% of the "
                "other group's, {all}% of all."
            ).format(
                codes=", ".join(share.codes),
                targeted=_pct_or_dash(share.share[0], comparison.language),
                others=_pct_or_dash(share.share[1], comparison.language),
                all=_pct_or_dash(share.share[2], comparison.language),
            )
        )


def _pct_or_dash(value: float, language: str) -> str:
    return "–" if value != value else localise_number(f"{value:.1f}", language)


def method_notes(comparison: Comparison, campaign: Campaign | None = None) -> list[str]:
    """The hypotheses and methods of the tests, in words.

    Parameters
    ----------
    comparison : Comparison
        What :func:`.comparison.compare_profiles` found (its options and
        whether its counts are whole).
    campaign : Campaign, optional
        Adds the note on the campaign's tests.

    Returns
    -------
    list of str
        The distribution test, the per-segment test, the adjustment of
        p-values and the index; then the notes on weighted records and on
        the campaign where they apply.
    """
    options = comparison.options
    alpha = localise_number(f"{options.alpha:g}", comparison.language)
    correction = (
        tr("Holm's step-down method (the chance of any false finding stays below α)")
        if options.correction == HOLM
        else tr("Benjamini–Hochberg (the expected share of false findings stays below α)")
    )
    notes = [
        tr(
            "Distribution test — hypothesis: the category's records are spread over the segments in the same "
            "proportions as {versus}'s. Pearson's chi-square test of the 2 × k table; where its approximation is "
            "doubtful (an expected count below 1, or more than a fifth below 5) a Monte Carlo p-value: the share "
            "of up to {n} tables drawn at random with the same margins whose chi-square is at least the observed "
            "one (stopped early once 20 are)."
        ).format(
            versus=tr("the rest") if options.pair is None else tr("the other category"),
            n=format_number(options.simulations, language=comparison.language),
        ),
        tr(
            "Per-segment test — hypothesis: the segment's share of the category equals its share of {versus}. "
            "Two-sided z-test of two proportions, or Fisher's exact test where an expected count is below 5."
        ).format(versus=tr("the rest") if options.pair is None else tr("the other category")),
        tr(
            "p-values adjusted for the number of tests by {correction}; significant when the adjusted p-value is below {alpha}."
        ).format(correction=correction, alpha=alpha),
        tr("Index = the category's share of a segment ÷ the segment's share of the base × 100."),
    ]
    if not comparison.exact_counts:
        notes.append(tr("The records are weighted: counts are not whole numbers, so no exact or Monte Carlo test applies."))
    if campaign is not None:
        notes.append(
            tr(
                "Campaign — hypothesis: the targeted and the other group respond at the same rate. Response rates "
                "with exact Clopper–Pearson intervals; ratio of the rates with Katz's log interval; z-test of two "
                "proportions, or Fisher's exact test with small counts; the per-segment ratios' p-values adjusted "
                "as above. Each contact counts 1."
            )
        )
    return notes
