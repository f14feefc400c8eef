"""Pen portraits of an area: who lives there and how best to reach them.

An area's portrait combines its segment mix against the whole base (from
:func:`engine.segmentation.composition.area_mix` / :func:`engine.segmentation.composition.compare_to_base`)
with the catalogue's pen portraits of its dominant segments: description,
key features, and the ratings of information and service channels on the
five-level scale. The *best ways to reach* a segment are its channels rated
Above average or High, strongest first (or, when none is, its two
best-rated channels), information and service channels together.

The portrait is plain data (:class:`AreaPortrait`); :func:`portrait_html`
renders it as a self-contained HTML page (inline SVG chart, or an ``<img>``
the caller provides, e.g. the dock) and :func:`portrait_text` as plain text
for the clipboard.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

try:
    import pandas as pd
except ImportError:  # the plugin still loads; algorithms refuse to run (see engine.dependencies)
    pd = None

from ..html import Bar, Column, Report, escape, format_number, svg_bar_chart
from ..i18n import format_count, tr
from . import composition, encoding
from .catalogue import INFORMATION_CHANNELS, SERVICE_CHANNELS, Catalogue, channel_label, rating_label
from .channels import AreaChannel, ChannelModel, area_channels

#: Colours of the five ratings, from Low to High (a diverging scale readable in grey too).
RATING_COLOURS = {1: "#d7191c", 2: "#fdae61", 3: "#ffffbf", 4: "#a6d96a", 5: "#1a9641"}
#: Ratings that count as a good way to reach a segment.
GOOD_RATING = 4


@dataclass(frozen=True)
class ChannelRating:
    """One rated channel of a portrait card."""

    kind: str  # "information" or "service"
    channel: str
    label: str
    rating: int
    rating_label: str

    @property
    def colour(self) -> str:
        return RATING_COLOURS[self.rating]


@dataclass(frozen=True)
class PortraitCard:
    """The card of one dominant segment."""

    code: str
    name: str
    colour: str
    area_count: float
    area_share: float
    index: float | None
    has_portrait: bool
    description: str | None = None
    features: tuple[str, ...] = ()
    information: tuple[ChannelRating, ...] = ()
    service: tuple[ChannelRating, ...] = ()
    best_ways: tuple[ChannelRating, ...] = ()


@dataclass(frozen=True)
class AreaPortrait:
    """Everything shown about an area."""

    title: str
    count_label: str
    total: float
    units: int
    level_name: str
    catalogue_name: str
    illustrative: bool
    mix: pd.DataFrame
    cards: tuple[PortraitCard, ...]
    notes: tuple[str, ...] = field(default_factory=tuple)
    channels: tuple[AreaChannel, ...] = ()

    @property
    def is_empty(self) -> bool:
        return self.units == 0 or not self.total


def best_ways(ratings: Sequence[ChannelRating]) -> tuple[ChannelRating, ...]:
    """Channels rated Above average or High, strongest first; else the two best-rated ones.

    Parameters
    ----------
    ratings : sequence of ChannelRating
        A segment's rated channels, information and service together.

    Returns
    -------
    tuple of ChannelRating
        Ties keep the catalogue's channel order.
    """
    ordered = sorted(ratings, key=lambda r: -r.rating)  # stable: keeps the catalogue's channel order on ties
    good = tuple(r for r in ordered if r.rating >= GOOD_RATING)
    return good if good else tuple(ordered[:2])


def _ratings(values: dict[str, int], channels: Sequence[str], kind: str) -> tuple[ChannelRating, ...]:
    return tuple(
        ChannelRating(kind, channel, channel_label(channel), values[channel], rating_label(values[channel]))
        for channel in channels
        if channel in values
    )


def _float_or_none(value) -> float | None:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return None if math.isnan(number) else number


def build_card(row: dict, catalogue: Catalogue, language: str) -> PortraitCard:
    """The card of the segment of one row of a mix table.

    Parameters
    ----------
    row : dict
        One row of :func:`engine.segmentation.composition.mix_table`'s table.
    catalogue : Catalogue
        Gives the segment's name, colour, description, key features and
        channel ratings.
    language : str
        Language of the texts.

    Returns
    -------
    PortraitCard
    """
    segment = catalogue.segment(row["code"])
    information = _ratings(dict(segment.information_channels), INFORMATION_CHANNELS, "information") if segment else ()
    service = _ratings(dict(segment.service_channels), SERVICE_CHANNELS, "service") if segment else ()
    return PortraitCard(
        code=str(row["code"]),
        name=segment.name(language) if segment else str(row.get("name") or row["code"]),
        colour=catalogue.colour(row["code"]),
        area_count=float(row["area_count"]),
        area_share=float(row["area_share"]),
        index=_float_or_none(row.get("index")),
        has_portrait=bool(segment and segment.has_portrait),
        description=segment.description(language) if segment else None,
        features=segment.features(language) if segment else (),
        information=information,
        service=service,
        best_ways=best_ways(information + service),
    )


def build_portrait(
    mix: pd.DataFrame,
    catalogue: Catalogue,
    level: str,
    *,
    language: str = "en",
    title: str = "",
    count_label: str = "",
    units: int = 0,
    unknown_codes: Sequence[str] = (),
    channels: Sequence[AreaChannel] = (),
) -> AreaPortrait:
    """The portrait of an area from its mix table (columns of ``engine.segmentation.composition.MIX_COLUMNS``).

    Cards are made for the rows flagged ``dominant`` (largest first).

    Parameters
    ----------
    mix : pandas.DataFrame
        The area's mix against the whole base.
    catalogue : Catalogue
        The classification of the mix.
    level : str
        The level of the mix.
    language : str
        Language of the texts.
    title : str
        Names the area.
    count_label : str
        What the counts are (households, persons…).
    units : int
        The number of base units in the area.
    unknown_codes : sequence of str
        The codes found there that the catalogue does not know (noted).
    channels : sequence of AreaChannel
        The area's expected channel demand (:func:`.channels.area_channels`).

    Returns
    -------
    AreaPortrait
    """
    total = float(mix["area_count"].sum()) if len(mix) else 0.0
    dominant = mix[mix["dominant"].astype(bool)] if len(mix) else mix
    cards = tuple(build_card(row, catalogue, language) for row in dominant.to_dict("records"))
    notes = _portrait_notes(mix, cards, total=total, units=units, unknown_codes=unknown_codes)
    return AreaPortrait(
        title=title,
        count_label=count_label,
        total=total,
        units=int(units),
        level_name=catalogue.level(level).name(language),
        catalogue_name=catalogue.name(language),
        illustrative=catalogue.illustrative,
        mix=mix.reset_index(drop=True),
        cards=cards,
        notes=notes,
        channels=tuple(channels),
    )


def _portrait_notes(
    mix: pd.DataFrame, cards: tuple[PortraitCard, ...], *, total: float, units: int, unknown_codes: Sequence[str]
) -> tuple[str, ...]:
    """What the portrait warns about: an empty area, segments without portrait, unknown codes, small numbers."""
    notes = []
    if units == 0 or total == 0:
        notes.append(tr("The area contains no base unit: there is no one to describe."))
    missing = [card for card in cards if not card.has_portrait]
    if missing:
        notes.append(
            tr("The catalogue has no pen portrait for: {segments}.").format(
                segments=", ".join(f"{c.code} {c.name}" for c in missing)
            )
        )
    if unknown_codes:
        notes.append(
            tr("{n} segment codes of the area are not in the catalogue and count as Unclassified: {codes}.").format(
                n=len(unknown_codes), codes=", ".join(map(str, unknown_codes[:10]))
            )
        )
    low = mix[mix["low_numbers"].astype(bool) & (mix["area_count"] > 0)] if len(mix) else mix
    if len(low):
        notes.append(tr("Shares of {n} segments rest on small numbers (shown in grey).").format(n=len(low)))
    return tuple(notes)


# -- rendering ---------------------------------------------------------------
def _label(row: dict, width: int) -> str:
    """``"K Older Social Renters"`` cut to what the chart's label column holds."""
    text = f"{row['code']} {row['name']}"
    room = max(8, int(min(250, width * 0.4) / 6.6))
    return text if len(text) <= room else text[: room - 1] + "…"


def mix_chart_svg(portrait: AreaPortrait, *, width: int = 640) -> str:
    """Bars of the area's share per segment with the index of each; low numbers hatched.

    Parameters
    ----------
    portrait : AreaPortrait
    width : int
        Width of the chart in pixels.

    Returns
    -------
    str
        Inline SVG; empty when no segment has a count.
    """
    rows = portrait.mix[portrait.mix["area_count"] > 0] if len(portrait.mix) else portrait.mix
    bars = []
    for row in rows.to_dict("records"):
        index = _float_or_none(row.get("index"))
        marker = "" if index is None else "  " + tr("index {index}").format(index=format_number(index))
        bars.append(
            Bar(
                _label(row, width),
                _float_or_none(row["area_share"]),
                colour=row.get("colour") or "#4a7fb0",
                hatched=bool(row["low_numbers"]),
                marker=marker,
            )
        )
    if not bars:
        return ""
    return svg_bar_chart(
        bars, width=width, label_width=min(250, int(width * 0.4)), value_format="{:.1f} %", axis_label=tr("Share of the area (%)")
    )


def index_chart_svg(portrait: AreaPortrait, *, width: int = 640) -> str:
    """Bars of the index of each segment (area share / base share × 100) with the 100 line.

    Parameters
    ----------
    portrait : AreaPortrait
    width : int
        Width of the chart in pixels.

    Returns
    -------
    str
        Inline SVG; empty when no segment has a count.
    """
    rows = portrait.mix[portrait.mix["area_count"] > 0] if len(portrait.mix) else portrait.mix
    bars = [
        Bar(
            _label(row, width),
            _float_or_none(row.get("index")),
            colour="#c0392b" if (_float_or_none(row.get("index")) or 0) >= 100 else "#2e86c1",
            hatched=bool(row["low_numbers"]),
        )
        for row in rows.to_dict("records")
    ]
    if not bars:
        return ""
    return svg_bar_chart(
        bars,
        reference=100,
        width=width,
        label_width=min(250, int(width * 0.4)),
        axis_label=tr("Index against the whole base (100 = as many as expected)"),
    )


def _rating_table(ratings: Sequence[ChannelRating], title: str) -> str:
    cells = "".join(
        f'<tr><td>{escape(r.label)}</td><td bgcolor="{r.colour}" style="background:{r.colour}">'
        f"{escape(r.rating_label)} ({r.rating}/5)</td></tr>"
        for r in ratings
    )
    return f'<table class="ratings"><tr><th colspan="2">{escape(title)}</th></tr>{cells}</table>'


def card_html(card: PortraitCard) -> str:
    """One portrait card as an HTML fragment (readable without colour: ratings are written out).

    Parameters
    ----------
    card : PortraitCard

    Returns
    -------
    str
    """
    share = tr("{share} of the area").format(share=format_number(card.area_share, 1) + " %")
    index = "" if card.index is None else " · " + tr("index {index}").format(index=format_number(card.index))
    parts = [
        f'<div class="card" style="border-left:8px solid {escape(card.colour)};padding:4px 10px;margin:10px 0">',
        f'<h3><span style="color:{escape(card.colour)}">■</span> {escape(card.code)} {escape(card.name)}</h3>',
        f"<p><b>{escape(share)}{escape(index)}</b></p>",
    ]
    if not card.has_portrait:
        missing = tr("The catalogue has no pen portrait for this segment.")
        parts.append(f'<p class="note">{escape(missing)}</p>')
    if card.description:
        parts.append(f"<p>{escape(card.description)}</p>")
    if card.features:
        title = tr("Key features")
        parts.append(f"<p><b>{escape(title)}</b></p><ul>" + "".join(f"<li>{escape(f)}</li>" for f in card.features) + "</ul>")
    if card.information or card.service:
        parts.append(
            '<table><tr><td valign="top">'
            + _rating_table(card.information, tr("Information channels"))
            + '</td><td valign="top">'
            + _rating_table(card.service, tr("Service channels"))
            + "</td></tr></table>"
        )
    if card.best_ways:
        ways = ", ".join(_way(r) for r in card.best_ways)
        title = tr("Best ways to reach them")
        parts.append(f"<p><b>{escape(title)}:</b> {escape(ways)}</p>")
    parts.append("</div>")
    return "".join(parts)


def _way(rating: ChannelRating) -> str:
    kind = tr("information") if rating.kind == "information" else tr("service")
    return tr("{channel} ({kind}, {rating})").format(channel=rating.label, kind=kind, rating=rating.rating_label.lower())


def summary_line(portrait: AreaPortrait) -> str:
    """``"1,234 households in 87 base units (group level of …)"``-style summary.

    Parameters
    ----------
    portrait : AreaPortrait

    Returns
    -------
    str
    """
    return tr("{total} {count} in {units} base units ({level} level of {catalogue}).").format(
        total=format_count(portrait.total),
        count=portrait.count_label,
        units=format_count(portrait.units),
        level=portrait.level_name.lower(),
        catalogue=portrait.catalogue_name,
    )


def portrait_html(
    portrait: AreaPortrait, *, language: str = "en", chart_images: Sequence[str] | None = None, chart_width: int = 640
) -> str:
    """The portrait as one HTML page.

    By default the two charts are inline SVG (a self-contained file for
    export).

    Parameters
    ----------
    portrait : AreaPortrait
    language : str
        Language of the page.
    chart_images : sequence of str, optional
        Two image URLs to use instead of the charts (the dock renders the SVG
        itself into images its text browser can show).
    chart_width : int
        Width of the charts in pixels.

    Returns
    -------
    str
    """
    report = Report(tr("Pen portrait: {area}").format(area=portrait.title or tr("selected area")), language=language)
    report.paragraph(summary_line(portrait), css_class="headline")
    for note in portrait.notes:
        report.warning(note)
    if not portrait.is_empty:
        report.heading(tr("Segment mix against the whole base"))
        charts = (mix_chart_svg(portrait, width=chart_width), index_chart_svg(portrait, width=chart_width))
        for position, svg in enumerate(charts):
            if chart_images is not None:
                report.raw(f'<p><img src="{escape(chart_images[position])}"></p>')
            elif svg:
                report.figure(svg)
        _channel_section(report, portrait)
        report.heading(tr("Who lives here"))
        for card in portrait.cards:
            report.raw(card_html(card))
    source = tr("Catalogue: {catalogue}.").format(catalogue=portrait.catalogue_name)
    if portrait.illustrative:
        source += " " + tr("Its portraits are illustrative and describe no real people.")
    report.paragraph(source, css_class="note")
    return report.html()


def _channel_section(report: Report, portrait: AreaPortrait) -> None:
    """The area's expected channel demand against the whole base (nothing when the catalogue rates no channel)."""
    if not portrait.channels:
        return
    report.heading(tr("Expected channel demand"))
    kinds = {"service": tr("Service"), "information": tr("Information")}
    rows = [
        {"kind": kinds[c.kind], "channel": c.label, "area": c.area_share, "base": c.base_share, "index": c.index}
        for c in portrait.channels
    ]
    report.table(
        rows,
        [
            Column("kind", tr("Channels")),
            Column("channel", tr("Channel")),
            Column("area", tr("Area (%)"), 1),
            Column("base", tr("Whole base (%)"), 1),
            Column("index", tr("Index"), 0),
        ],
    )
    report.paragraph(
        tr("Expected shares of residents preferring each channel, from the segments' channel ratings.")
        + " "
        + ChannelModel().describe(),
        css_class="note",
    )


def portrait_text(portrait: AreaPortrait) -> str:
    """The portrait as plain text (for the clipboard).

    Parameters
    ----------
    portrait : AreaPortrait

    Returns
    -------
    str
    """
    lines = [tr("Pen portrait: {area}").format(area=portrait.title or tr("selected area")), summary_line(portrait)]
    lines.extend(portrait.notes)
    index_word = tr("index")
    for row in portrait.mix[portrait.mix["area_count"] > 0].to_dict("records") if len(portrait.mix) else []:
        index = _float_or_none(row.get("index"))
        lines.append(
            f"  {row['code']} {row['name']}: {format_number(row['area_share'], 1)} %"
            + ("" if index is None else f" ({index_word} {format_number(index)})")
        )
    if portrait.channels:
        lines.append("")
        lines.append(tr("Expected channel demand"))
        lines.extend(
            f"  {c.label}: {format_number(c.area_share, 1)} % ({index_word} {format_number(c.index)})" for c in portrait.channels
        )
    for card in portrait.cards:
        lines.append("")
        lines.append(f"{card.code} {card.name} — {format_number(card.area_share, 1)} %")
        if card.description:
            lines.append(card.description)
        lines.extend(f"  • {feature}" for feature in card.features)
        for rating in card.information + card.service:
            lines.append(f"  {rating.label}: {rating.rating_label}")
        if card.best_ways:
            lines.append(tr("Best ways to reach them") + ": " + ", ".join(_way(r) for r in card.best_ways))
    return "\n".join(lines)


def portrait_of_area(
    base_positions,
    base_counts,
    unit_indices,
    shares,
    axis,
    *,
    options=None,
    language: str = "en",
    title: str = "",
    count_label: str = "",
    unknown_codes: Sequence[str] = (),
) -> AreaPortrait:
    """The portrait of one area from the base units placed on a segment axis.

    Parameters
    ----------
    base_positions, base_counts : numpy.ndarray
        Every base unit's axis position (from
        :func:`engine.segmentation.encoding.encode_segments`) and count.
    unit_indices : numpy.ndarray
        The units inside the area.
    shares : numpy.ndarray
        The share of each of them inside (1 for points; area shares for
        polygons).
    axis : SegmentAxis
        The level of the positions.
    options : MixOptions, optional
        How the dominant segments are chosen (the defaults without it).
    language : str
        Language of the texts.
    title, count_label : str
        Name the area and what the counts are.
    unknown_codes : sequence of str
        Codes of the area the catalogue does not know (noted).

    Returns
    -------
    AreaPortrait
    """

    units = np.asarray(unit_indices, dtype=np.int64)
    weights = np.asarray(base_counts, dtype=float)[units] * np.asarray(shares, dtype=float)
    area_counts = encoding.tally(np.asarray(base_positions)[units], axis.size, weights)
    base_totals = encoding.tally(base_positions, axis.size, base_counts)
    mix = composition.compare_to_base(
        area_counts, base_totals, axis, options=options or composition.DEFAULT_MIX, language=language
    )
    return build_portrait(
        mix,
        axis.catalogue,
        axis.level,
        language=language,
        title=title,
        count_label=count_label,
        units=len(np.unique(units)),
        unknown_codes=unknown_codes,
        channels=area_channels(area_counts, base_totals, axis) if area_counts.sum() > 0 else (),
    )
