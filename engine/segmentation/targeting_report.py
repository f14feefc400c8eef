"""The HTML report of target areas: the result in words, the market, the zones of most potential, the list.

Written in the user's language (labels through :func:`engine.i18n.tr`,
segment names from the catalogue) as one self-contained file.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from ..html import Bar, Column, Report, escape, format_number, svg_bar_chart
from ..i18n import localise_number, tr
from .profile import SegmentProfile
from .targeting import Targeting, headline

#: Zones and target-list rows shown in the report (the outputs hold them all).
ZONES_SHOWN = 25
UNITS_SHOWN = 25
POTENTIAL_COLOUR = "#2b6c8f"


@dataclass(frozen=True)
class TargetingContext:
    """What the report says about the inputs.

    ``counted`` is what the base counts (``households``…), ``placement``
    how target records found their segment, ``zones`` the zones' name
    (None without zones) and ``zone_labels`` each zone's label; ``buffer_m``
    the buffer around line zones (0 for polygons); ``unit_labels`` the key of
    each listed unit, in list order.
    """

    target: str
    target_records: int
    placed: int
    placement: str
    base: str
    base_units: int
    counted: str
    zones: str | None = None
    zone_labels: Sequence[str] = ()
    buffer_m: float = 0.0
    unit_labels: Sequence[str] = ()
    unmatched: int = 0
    warnings: Sequence[str] = field(default_factory=tuple)


def targeting_report(targeting: Targeting, profile: SegmentProfile, context: TargetingContext) -> Report:
    """The report of ``targeting``; save it with ``.save(path)``.

    Parameters
    ----------
    targeting : Targeting
    profile : SegmentProfile
        The profile the take-up rates come from.
    context : TargetingContext

    Returns
    -------
    Report
    """
    language = profile.language
    axis = profile.axis
    report = Report(
        tr("Target areas and potential: {target}").format(target=context.target),
        language=language,
        subtitle=tr("Against {base} · catalogue: {catalogue} · level: {level}").format(
            base=context.base, catalogue=axis.catalogue.name(language), level=axis.level_name(language)
        ),
    )
    report.headline(report_headline(targeting, profile, context))
    report.definition_list(_inputs(targeting, context, language))
    for warning in context.warnings:
        report.warning(warning)
    report.heading(tr("The target market"))
    report.table(_market_rows(targeting, profile, language), _market_columns(targeting))
    if targeting.zones is not None:
        _zones_section(report, targeting, context)
    _list_section(report, targeting, context)
    report.heading(tr("Method"))
    report.bullet_list(_method_notes(targeting, context))
    return report


def report_headline(targeting: Targeting, profile: SegmentProfile, context: TargetingContext) -> str:
    """The report's headline: the result in words (:func:`engine.segmentation.targeting.headline`).

    Parameters
    ----------
    targeting : Targeting
    profile : SegmentProfile
    context : TargetingContext

    Returns
    -------
    str
    """
    return headline(
        targeting,
        counted=context.counted,
        target=context.target,
        zones=context.zones,
        levels=profile.axis.level_plural(profile.language),
        language=profile.language,
    )


def _number(value: float, language: str, decimals: int = 0) -> str:
    return format_number(value, decimals, language=language)


def _inputs(targeting: Targeting, context: TargetingContext, language: str) -> dict[str, str]:
    whole = targeting.whole
    share = whole.market_count / whole.base_count * 100 if whole.base_count else math.nan
    items = {
        tr("Target"): tr(
            "{layer}: {records} records; {placed} placed in a segment {placement}; {unmatched} matched no segment."
        ).format(
            layer=context.target,
            records=_number(context.target_records, language),
            placed=_number(context.placed, language),
            placement=context.placement,
            unmatched=_number(context.unmatched, language),
        ),
        tr("Base"): tr("{layer}: {units} units, {total} {counted} in all.").format(
            layer=context.base,
            units=_number(context.base_units, language),
            total=_number(whole.base_count, language),
            counted=context.counted,
        ),
        tr("Target market"): tr("{codes}: {description}; {market} {counted} ({share}% of the base).").format(
            codes=", ".join(targeting.market.codes),
            description=targeting.market.description,
            market=_number(whole.market_count, language),
            counted=context.counted,
            share=_number(share, language, 1),
        ),
    }
    if context.zones is not None and targeting.zones is not None:
        with_base = int(np.count_nonzero(targeting.zones["base_count"].to_numpy() > 0))
        text = tr("{zones}: {n} zones, {with_base} of them with base units; {listed} listed.").format(
            zones=context.zones,
            n=_number(len(targeting.zones), language),
            with_base=_number(with_base, language),
            listed=_number(len(targeting.listed_zones), language),
        )
        if context.buffer_m > 0:
            text += " " + tr("Lines buffered by {m} m.").format(m=_number(context.buffer_m, language))
        items[tr("Zones")] = text
    return items


def _market_columns(targeting: Targeting) -> list[Column]:
    columns = [
        Column("code", tr("Code")),
        Column("name", tr("Segment")),
        Column("base", tr("In the base"), 0),
        Column("target", tr("In the target"), 0),
        Column("take_up", tr("Take-up %"), 2),
        Column("index", tr("Index"), 0),
    ]
    if targeting.benchmark is not None:
        columns.append(Column("benchmark", tr("Benchmark %"), 1))
    return columns


def _market_rows(targeting: Targeting, profile: SegmentProfile, language: str) -> list[dict]:
    table = profile.table.set_index("code", drop=False)
    rows = []
    for position, code in zip(targeting.market.positions, targeting.market.codes):
        row = table.loc[code]
        rows.append(
            {
                "code": code,
                "name": row["name"],
                "base": row["base_count"],
                "target": row["target_count"],
                "take_up": targeting.rates[position] * 100,
                "index": row["index"],
                "benchmark": None if targeting.benchmark is None else targeting.benchmark[position] * 100,
            }
        )
    return rows


def _zones_section(report: Report, targeting: Targeting, context: TargetingContext) -> None:
    if targeting.zones is None:
        return
    zones = targeting.zones.assign(label=list(context.zone_labels) or [str(i) for i in range(len(targeting.zones))])
    ranked = zones[zones["rank"].notna()].sort_values("rank", kind="stable")
    main = "benchmark_potential" if "benchmark_potential" in zones and targeting.actual_known else "potential"
    if not targeting.actual_known:
        main = "benchmark_expected" if "benchmark_expected" in zones else "expected"
    report.heading(tr("Zones of most potential"))
    bars = [
        Bar(label=str(label)[:33], value=max(0.0, float(value)) if value == value else None, colour=POTENTIAL_COLOUR)
        for label, value in zip(ranked["label"][:ZONES_SHOWN], ranked[main][:ZONES_SHOWN])
    ]
    if bars:
        report.figure(svg_bar_chart(bars, label_width=230), caption=_chart_caption(main))
    columns = [
        Column("rank", tr("Rank"), 0),
        Column("label", tr("Zone")),
        Column("base_count", tr("Base"), 0),
        Column("market_count", tr("Target market"), 0),
        Column("market_share", tr("Market %"), 1),
        Column("market_density", tr("Per km²"), 0),
        Column("market_actual", tr("In the target"), 0),
        Column("take_up", tr("Take-up %"), 1),
        Column("expected", tr("Expected"), 0),
        Column("potential", tr("Potential"), 0),
    ]
    if "benchmark_potential" in zones:
        columns.append(Column("benchmark_potential", tr("At the benchmark"), 0))
    columns.append(Column("market_index", tr("Index"), 0))
    report.table(ranked.head(ZONES_SHOWN).to_dict("records"), columns)
    if len(ranked) > ZONES_SHOWN:
        report.paragraph(
            tr("The {shown} zones of highest potential out of {n}; the zones output holds them all.").format(
                shown=ZONES_SHOWN, n=format_number(len(ranked), language=report.language)
            ),
            css_class="note",
        )


def _chart_caption(column: str) -> str:
    return {
        "potential": tr("Potential = expected at each segment's take-up − in the target today; zones below 0 have no bar."),
        "benchmark_potential": tr(
            "Potential at the benchmark rate = expected at the benchmark rate − in the target today; zones below 0 have no bar."
        ),
        "expected": tr("Expected target count at each segment's take-up (the target records have no location)."),
        "benchmark_expected": tr("Expected count at the benchmark rate (the target records have no location)."),
    }[column]


def _list_section(report: Report, targeting: Targeting, context: TargetingContext) -> None:
    listed = targeting.target_list
    report.heading(tr("Target list"))
    report.paragraph(
        tr("{n} base units of the target market, largest potential first; the first {shown}:").format(
            n=format_number(len(listed), language=report.language), shown=min(UNITS_SHOWN, len(listed))
        )
    )
    rows = listed.head(UNITS_SHOWN).to_dict("records")
    labels = list(context.unit_labels)
    zone_labels = list(context.zone_labels)
    suppressed = tr("suppressed")
    for i, row in enumerate(rows):
        row["label"] = labels[i] if i < len(labels) else str(row["unit"])
        row["zone_label"] = zone_labels[row["zone"]] if 0 <= row["zone"] < len(zone_labels) else ""
        if row.get("suppressed"):
            row["actual"] = suppressed
    columns = [
        Column("list_rank", tr("Rank"), 0),
        Column("label", tr("Unit")),
        Column("code", tr("Code")),
        Column("base_count", context.counted.capitalize() if context.counted else tr("Base"), 0),
        Column("actual", tr("In the target"), 0),
        Column("expected", tr("Expected"), 1),
        Column("potential", tr("Potential"), 1),
    ]
    if "benchmark_potential" in listed:
        columns.append(Column("benchmark_potential", tr("At the benchmark"), 1))
    if context.zones is not None:
        columns.insert(2, Column("zone_label", tr("Zone")))
    report.table(rows, columns)
    if targeting.suppressed:
        report.paragraph(
            tr("{n} units of the list have their target counts suppressed.").format(
                n=format_number(targeting.suppressed, language=report.language)
            ),
            css_class="note",
        )


def _method_notes(targeting: Targeting, context: TargetingContext) -> list[str]:
    notes = [
        tr(
            "Take-up of a segment = its target records ÷ its base count over the whole base (the profile's "
            "penetration). Expected = the market's base count × its segment's take-up; potential = expected − "
            "the target records there today: positive where fewer take up than the whole base predicts. Over the "
            "whole base the potentials add up to 0."
        ),
        tr(
            "Market % = the target market's share of a zone's base; index = that share ÷ the market's share of the "
            "whole base × 100; density = target-market count per km² of the zone; rank by potential, largest first."
        ),
        tr(
            "Base points count wholly in every zone containing them; base polygons are shared between zones in "
            "proportion to the part of their area inside each. Target records count at the base unit they were "
            "placed at."
        ),
    ]
    if targeting.benchmark is not None:
        notes.append(
            tr(
                "At the benchmark: the market's base count × the benchmark rate − the target records there today: "
                "how many more would take up at that rate. Zones and units are ranked by it."
            )
        )
    if not targeting.actual_known:
        notes.append(
            tr(
                "The target records carry a segment code but no location, so they cannot be counted in zones or "
                "units: only the market and the expected counts are given."
            )
        )
    if targeting.suppressed:
        notes.append(
            tr(
                "Target counts from 1 to below the suppression threshold are hidden in the target list, with the "
                "potential and take-up they could be worked out from (and the next smallest count when only one "
                "would be hidden)."
            )
        )
    return notes


def area_potential_sentences(targeting: Targeting, *, target: str, counted: str, language: str = "en") -> list[str]:
    """The potential of one area (the first zone of ``targeting``) in words, for the pen-portrait dock.

    Parameters
    ----------
    targeting : Targeting
        Computed with the area as its only zone.
    target : str
        The target's name.
    counted : str
        What the base counts (``households``…).
    language : str
        Language of the numbers.

    Returns
    -------
    list of str
    """
    if targeting.zones is None or not len(targeting.zones):
        raise ValueError("the area's potential needs the area as a zone")
    row = targeting.zones.iloc[0]

    def number(value) -> str:
        return format_number(value, 0, language=language)

    sentences = [
        tr(
            "{market} {counted} of the area are in the target market of {target} ({codes}): {share}% of the area, index {index}."
        ).format(
            market=number(row["market_count"]),
            counted=counted,
            target=target,
            codes=", ".join(targeting.market.codes),
            share=localise_number(f"{row['market_share']:.0f}", language) if row["market_share"] == row["market_share"] else "–",
            index=number(row["market_index"]),
        )
    ]
    if targeting.actual_known and row["base_count"] > 0:
        potential = float(row["potential"])
        text = (
            tr(
                "{actual} of them are in {target} today; at each segment's take-up across the whole base {expected} "
                "would be: {more} more could be reached."
            )
            if potential >= 0
            else tr(
                "{actual} of them are in {target} today; at each segment's take-up across the whole base {expected} "
                "would be: {more} more than that already are."
            )
        )
        sentences.append(
            text.format(
                actual=number(row["market_actual"]), target=target, expected=number(row["expected"]), more=number(abs(potential))
            )
        )
    return sentences


def area_potential_html(sentences: Sequence[str], *, target: str) -> str:
    """A heading and the sentences of :func:`area_potential_sentences` as an HTML fragment.

    Parameters
    ----------
    sentences : sequence of str
        The sentences, plain text (escaped here).
    target : str
        The target's name, in the heading.
    """
    heading = tr("Potential for {target}").format(target=target)
    return f"<h2>{escape(heading)}</h2>" + "".join(f"<p>{escape(sentence)}</p>" for sentence in sentences)
