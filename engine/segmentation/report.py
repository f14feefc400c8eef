"""The HTML report of a segment profile: headline, index chart, table, unmatched records.

Written in the user's language (labels through :func:`engine.i18n.tr`,
segment names from the catalogue) as one self-contained file.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from ..html import Bar, Column, Report, format_number, svg_bar_chart
from ..i18n import as_float, format_count, format_decimal, format_percent, format_share, tr
from .profile import SegmentProfile

#: Bar colours of the index chart.
OVER_COLOUR = "#2b6c8f"
UNDER_COLOUR = "#d9822b"
#: How many distinct unmatched keys the report lists.
UNMATCHED_LISTED = 300


@dataclass(frozen=True)
class ProfileContext:
    """What the report says about the inputs.

    ``placed`` counts the target records placed in a segment (inside the
    area, if any), ``outside`` those left out by the area. ``placement`` says how target records found their segment (a translated
    phrase such as "by postcode, joined to the base"); ``unmatched`` are the
    keys (or feature labels) of target records that matched no segment.
    """

    target: str
    target_records: int
    placed: int
    placement: str
    base: str
    base_units: int
    count_field: str | None = None
    weight_field: str | None = None
    area: str | None = None
    outside: int = 0
    unmatched: Sequence[str] = ()
    warnings: Sequence[str] = field(default_factory=tuple)


def profile_report(profile: SegmentProfile, context: ProfileContext) -> Report:
    """The report of ``profile``; save it with ``.save(path)``.

    Parameters
    ----------
    profile : SegmentProfile
        The profile, in its language.
    context : ProfileContext
        What the report says about the inputs.

    Returns
    -------
    Report
    """
    language = profile.language
    axis = profile.axis
    report = Report(
        tr("Segment profile of {target}").format(target=context.target),
        language=language,
        localised_numbers=True,
        subtitle=tr("Against {base} · catalogue: {catalogue} · level: {level}").format(
            base=context.base, catalogue=axis.catalogue.name(language), level=axis.level_name(language)
        ),
    )
    report.headline(profile.headline())
    report.definition_list(_inputs(profile, context))
    for warning in context.warnings:
        report.warning(warning)
    if profile.boundary_ties:
        report.warning(
            tr(
                "{codes} have the same target count as {last}, the last segment of the target market; the market "
                "keeps the segment that comes first in the catalogue."
            ).format(codes=", ".join(profile.boundary_ties), last=profile.market[-1])
        )
    report.heading(tr("Index by {level}").format(level=axis.level_name(language).lower()))
    report.figure(index_chart(profile), caption=_chart_caption(profile))
    report.heading(tr("Profile table"))
    rows = [_display_row(row, language) for row in profile.table.to_dict("records")]
    report.table(rows, _columns(), total=_display_row(profile.totals_row(), language))
    report.paragraph(
        tr(
            "Target market: {codes} — the fewest {levels}, largest first, holding at least {coverage} of the "
            "target ({share} in fact)."
        ).format(
            codes=", ".join(profile.market),
            levels=axis.level_plural(language),
            coverage=format_share(profile.options.coverage, language=language),
            share=format_percent(profile.market_share, 1, language=language),
        )
    )
    _unmatched_section(report, context)
    report.heading(tr("Method"))
    report.bullet_list(_method_notes(profile))
    return report


def index_chart(profile: SegmentProfile) -> str:
    """Horizontal bars of the index per segment, with the 100 line.

    Over-represented segments (index ≥ 100) and under-represented ones are
    drawn in two colours, significant ones carry a star, and those resting
    on low numbers are hatched.

    Parameters
    ----------
    profile : SegmentProfile

    Returns
    -------
    str
        Inline SVG.
    """
    bars = []
    for row in profile.table.to_dict("records"):
        value = as_float(row["index"])
        label = f"{row['code']} {row['name']}" if row["code"] else str(row["name"])
        bars.append(
            Bar(
                label=label if len(label) <= 34 else label[:33] + "…",
                value=value,
                colour=OVER_COLOUR if value is not None and value >= 100 else UNDER_COLOUR,
                hatched=bool(row["low_numbers"]),
                marker=" *" if row["significant"] is True else "",
            )
        )
    return svg_bar_chart(
        bars, reference=100, label_width=250, value_text=lambda value: format_number(value, language=profile.language)
    )


def _inputs(profile: SegmentProfile, context: ProfileContext) -> dict[str, str]:
    def number(value: float) -> str:
        return format_number(value, 0 if float(value).is_integer() else 1, language=profile.language)

    count = (
        tr("counted by the field {field}").format(field=context.count_field) if context.count_field else tr("each unit counts 1")
    )
    items = {
        tr("Target"): tr(
            "{layer}: {records} records; {placed} placed in a segment {placement}; {unmatched} matched no segment."
        ).format(
            layer=context.target,
            records=number(context.target_records),
            placed=number(context.placed),
            placement=context.placement,
            unmatched=number(len(context.unmatched)),
        ),
        tr("Target weight"): (
            tr("the field {field} ({total} in all)").format(field=context.weight_field, total=number(profile.target_total))
            if context.weight_field
            else tr("each record counts 1")
        ),
        tr("Base"): tr("{layer}: {units} units, {count}; {total} in all.").format(
            layer=context.base, units=number(context.base_units), count=count, total=number(profile.base_total)
        ),
    }
    if context.area:
        items[tr("Area")] = tr("only target records and base units inside {area} ({n} target records lie outside)").format(
            area=context.area, n=number(context.outside)
        )
    return items


def _decimal(value: float, language: str) -> str:
    """A short number in the report's language: ``0.05`` / ``0,05`` (see :func:`engine.i18n.format_decimal`)."""
    return format_decimal(value, 4, language=language)


def _chart_caption(profile: SegmentProfile) -> str:
    caption = tr(
        "Index = target % ÷ base % × 100; the dashed line marks 100 (as many as the base share predicts). "
        "Blue: over-represented; orange: under-represented; * significant at the {alpha} level; hatched: "
        "fewer than {k} in the target or the base."
    ).format(alpha=_decimal(profile.options.alpha, profile.language), k=_decimal(profile.options.min_count, profile.language))
    if profile.table["suppressed"].any():
        caption += " " + tr("Suppressed segments have no bar.")
    return caption


def _columns() -> list[Column]:
    return [
        Column("code", tr("Code")),
        Column("name", tr("Segment")),
        Column("target_count", tr("Target"), 0),
        Column("target_pct", tr("Target %"), 1),
        Column("base_count", tr("Base"), 0),
        Column("base_pct", tr("Base %"), 1),
        Column("index", tr("Index"), 0),
        Column("rank", tr("Rank"), 0),
        Column("penetration", tr("Per 1,000 base"), 1),
        Column("p_value", tr("p-value")),
        Column("significant", tr("Significant")),
        Column("low_numbers", tr("Low numbers")),
        Column("cumulative_pct", tr("Cumulative %"), 1),
        Column("target_market", tr("Target market")),
    ]


def _display_row(row: dict, language: str) -> dict:
    shown = dict(row)
    yes = tr("yes")
    for key in ("significant", "low_numbers", "target_market"):
        shown[key] = yes if row.get(key) is True else ""
    if row.get("suppressed"):
        shown["target_count"] = tr("suppressed")
    shown["p_value"] = format_p_value(row.get("p_value"), language)
    if row.get("rank") is not None and as_float(row["rank"]) is None:
        shown["rank"] = None
    return shown


def format_p_value(value: object, language: str = "en") -> str:
    """``<0.0001`` for tiny p-values, four decimals otherwise (decimal comma in French), en dash when unknown.

    Parameters
    ----------
    value : object
        A p-value, NULL or NaN.
    language : str
        ``"fr"`` for a decimal comma.

    Returns
    -------
    str
    """
    number = as_float(value)
    if number is None:
        return "–"
    if number < 0.0001:
        return "<" + format_decimal(0.0001, 4, language=language)
    return format_number(number, 4, language=language)


def key_counts(keys: Sequence[str]) -> list[tuple[str, int]]:
    """Distinct keys (``(no key)`` for blanks) with their number of records, most frequent first.

    Parameters
    ----------
    keys : sequence of str

    Returns
    -------
    list of (str, int)
    """
    counts = Counter(key if key else tr("(no key)") for key in keys)
    return sorted(counts.items(), key=lambda item: (-item[1], item[0]))


def unmatched_message(keys: Sequence[str], total: int) -> str:
    """The log line listing every key of the target records that matched no segment.

    Parameters
    ----------
    keys : sequence of str
        The keys of the unmatched records.
    total : int
        Number of target records.

    Returns
    -------
    str
    """
    return tr("{n} of {total} target records matched no segment; their keys (number of records): {keys}").format(
        n=format_count(len(keys)),
        total=format_count(total),
        keys=", ".join(f"{key} ({format_count(count)})" for key, count in key_counts(keys)),
    )


def _unmatched_section(report: Report, context: ProfileContext) -> None:
    if not context.unmatched:
        return
    ranked = key_counts(context.unmatched)
    report.heading(tr("Target records that matched no segment"))
    report.paragraph(
        tr("{n} records, {keys} distinct keys (number of records in brackets):").format(
            n=format_number(len(context.unmatched), language=report.language),
            keys=format_number(len(ranked), language=report.language),
        )
    )
    items = [f"{key} ({format_count(count)})" for key, count in ranked[:UNMATCHED_LISTED]]
    if len(ranked) > UNMATCHED_LISTED:
        items.append(
            tr("… and {n} more keys (all of them are in the log)").format(n=format_count(len(ranked) - UNMATCHED_LISTED))
        )
    report.bullet_list(items)


def _method_notes(profile: SegmentProfile) -> list[str]:
    options = profile.options
    alpha = _decimal(options.alpha, profile.language)
    notes = [
        tr(
            "Index = target % ÷ base % × 100 (no index where the base count is 0); penetration = target per 1,000 "
            "base; rank by target count (ties share the best rank)."
        ),
        tr(
            "p-value: two-sided exact binomial test of each target count against the base share "
            "(scipy.stats.binomtest); significant when p < {alpha}."
        ).format(alpha=alpha)
        if profile.exact_test
        else tr(
            "p-value: the target counts are weighted and not whole numbers, so the exact binomial test does not "
            "apply; the normal approximation of the same test is used; significant when p < {alpha}."
        ).format(alpha=alpha),
        tr("Low numbers: fewer than {k} in the target or in the base; read those rows with care.").format(
            k=_decimal(options.min_count, profile.language)
        ),
        tr(
            "Codes of a finer level roll up through the catalogue; codes it does not know are counted as "
            "Unclassified, which never joins the target market."
        ),
    ]
    if options.suppress_below > 0:
        notes.append(
            tr(
                "Target counts from 1 to below {k} are suppressed (with the next smallest when only one "
                "would be, so that it cannot be worked out from the total)."
            ).format(k=_decimal(options.suppress_below, profile.language))
        )
    return notes
