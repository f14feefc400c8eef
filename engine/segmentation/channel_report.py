"""The report of *Channel demand and shift*: where face-to-face demand is, the model, and what a shift could save."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol

import numpy as np

try:
    import pandas as pd
except ImportError:  # the plugin still loads; algorithms refuse to run (see engine.dependencies)
    pd = None

from ..html import Column, Report, format_number
from ..i18n import format_count, tr
from .catalogue import channel_label
from .channels import ChannelDemand, ChannelPropensities, expected_channels, propensity_table


class Scenario(Protocol):
    """What the report reads of the scenario (:class:`.channel_demand.Contacts`, which imports this module)."""

    @property
    def costs(self) -> Mapping[str, float]: ...

    @property
    def realised(self) -> float: ...


#: Zones listed in the report's rankings.
LISTED = 25


@dataclass(frozen=True)
class ReportParts:
    """What the report shows (see :func:`.channel_demand.channel_demand`)."""

    zones: pd.DataFrame
    labels: list
    base_counts: np.ndarray
    service: ChannelPropensities
    information: ChannelPropensities | None
    whole: ChannelDemand
    services: pd.DataFrame | None
    contacts: Scenario | None
    totals: dict
    notes: Sequence[str]
    what: str


def money(value: float) -> str:
    """A cost with two decimals below 100 and none above (no currency: the costs are the analyst's).

    Parameters
    ----------
    value : float
        The cost, in the unit of the costs per contact the analyst gave.
    """
    return format_number(value, 2 if abs(value) < 100 else 0)


def channel_report(parts: ReportParts, *, language: str = "en") -> Report:
    """The report: headline, zones ranked by face-to-face demand, the channel model, the shift scenario, notes.

    Parameters
    ----------
    parts : ReportParts
        The results.
    language : str
        Language of the report.

    Returns
    -------
    Report
    """
    report = Report(tr("Channel demand and shift"), language=language)
    for sentence in headline(parts):
        report.headline(sentence)
    _zone_ranking(report, parts)
    _base_channels(report, parts)
    _model(report, parts, language)
    if parts.contacts is not None and parts.totals.get("today_cost") is not None:
        _shift(report, parts)
    for note in parts.notes:
        report.warning(note)
    return report


def headline(parts: ReportParts) -> list[str]:
    """Where face-to-face demand is, and what the scenario saves, in one or two sentences.

    Parameters
    ----------
    parts : ReportParts
        What the report shows; the saving needs ``contacts`` (the shift
        scenario) and a cost today in ``totals``.

    Returns
    -------
    list of str
        None, one or both sentences.
    """
    sentences = []
    f2f = parts.service.channel("face_to_face")
    totals = parts.totals
    if f2f >= 0 and totals.get("rated"):
        ranked = parts.zones.dropna(subset=["face_to_face_rank"]).sort_values("face_to_face_rank").head(3)
        top = "; ".join(f"{parts.labels[i]} ({format_count(round(ranked.loc[i, 'service_face_to_face']))})" for i in ranked.index)
        sentences.append(
            tr("{n} of {total} {what} ({share} %) are expected to prefer face-to-face service; most live in {zones}.").format(
                n=format_count(round(totals["face_to_face"])),
                total=format_count(round(totals["rated"])),
                what=parts.what,
                share=format_number(totals["face_to_face"] / totals["rated"] * 100.0, 1),
                zones=top or "–",
            )
        )
    if totals.get("today_cost") and parts.contacts is not None:
        sentences.append(
            tr(
                "Moving contacts to the cheaper channels residents prefer ({realised} % of preference realised) "
                "shifts {moved} of {contacts} contacts and saves {saving} of {today} ({share} %)."
            ).format(
                realised=format_number(parts.contacts.realised * 100.0, 0),
                moved=format_count(round(totals["moved"])),
                contacts=format_count(round(totals["contacts"])),
                saving=money(totals["saving"]),
                today=money(totals["today_cost"]),
                share=format_number(totals["saving"] / totals["today_cost"] * 100.0, 1),
            )
        )
    return sentences


def _zone_ranking(report: Report, parts: ReportParts) -> None:
    if parts.service.channel("face_to_face") < 0:
        return
    zones = parts.zones.assign(zone=parts.labels)
    ranked = zones.dropna(subset=["face_to_face_rank"]).sort_values("face_to_face_rank").head(LISTED)
    report.heading(tr("Zones ranked by expected face-to-face demand"))
    columns = [
        Column("face_to_face_rank", tr("Rank"), 0),
        Column("zone", tr("Zone")),
        Column("base_total", parts.what, 0),
        Column("service_face_to_face", tr("Prefer face to face"), 0),
    ]
    columns += [
        Column(f"service_{c}_pct", tr("{channel} (%)").format(channel=channel_label(c)), 1) for c in parts.service.channels
    ]
    report.table(ranked.to_dict("records"), columns)
    if len(zones) > LISTED:
        report.paragraph(
            tr("The {n} zones with most face-to-face demand of {total}; the output layer has them all.").format(
                n=LISTED, total=format_count(len(zones))
            ),
            css_class="note",
        )


def _base_channels(report: Report, parts: ReportParts) -> None:
    """The whole base's expected shares per service (and information) channel."""
    report.heading(tr("How the whole base prefers to be served and informed"))
    rows = [
        {"kind": tr("Service"), "channel": channel_label(c), "share": parts.whole.shares[0, i]}
        for i, c in enumerate(parts.service.channels)
    ]
    if parts.information is not None:
        info = expected_channels(np.asarray(parts.base_counts, dtype=float)[None, :], parts.information)
        rows += [
            {"kind": tr("Information"), "channel": channel_label(c), "share": info.shares[0, i]}
            for i, c in enumerate(parts.information.channels)
        ]
    report.table(
        rows, [Column("kind", tr("Channels")), Column("channel", tr("Channel")), Column("share", tr("Expected share (%)"), 1)]
    )


def _model(report: Report, parts: ReportParts, language: str) -> None:
    service = parts.service
    report.heading(tr("The channel model"))
    report.paragraph(service.model.describe())
    report.paragraph(
        tr(
            "A segment's expected share preferring a channel = the weight of its rating ÷ the sum of the weights "
            "of its ratings of every channel of the kind. A zone's share is the mean of its segments' shares, "
            "weighted by their {what}."
        ).format(what=parts.what)
    )
    table = propensity_table(service, parts.base_counts, language=language)
    rows = []
    for row in table.to_dict("records"):
        label = f"{row['code']} {row['segment']}"
        if row["rated_from"]:
            label += " " + tr("(ratings of {code})").format(code=row["rated_from"])
        cells = {"label": label, "count": row["count"]}
        for channel in service.channels:
            rating = row[f"rating_{channel}"]
            share = row[channel]
            cells[channel] = (
                "–"
                if share is None or (isinstance(share, float) and math.isnan(share))
                else f"{format_number(share, 1)} % ({rating}/5)"
            )
        rows.append(cells)
    columns = [Column("label", tr("Segment")), Column("count", parts.what, 0)]
    columns += [Column(c, channel_label(c)) for c in service.channels]
    report.table(rows, columns, caption=tr("Expected share preferring each service channel (rating out of 5)"))


def _shift(report: Report, parts: ReportParts) -> None:
    contacts, totals = parts.contacts, parts.totals
    if contacts is None:
        return
    report.heading(tr("Channel shift"))
    costs = ", ".join(f"{channel_label(c)} {money(v)}" for c, v in contacts.costs.items())
    report.paragraph(
        tr(
            "Cost per contact: {costs}. A contact made today through a channel by someone who prefers a cheaper "
            "one moves to it with a probability of {realised} % (the share of preference realised); today's "
            "channel and the preferred one are taken as independent, and no contact moves to a dearer channel."
        ).format(costs=costs, realised=format_number(contacts.realised * 100.0, 0))
    )
    others = [c for c in parts.service.channels if c not in contacts.costs]
    if others:
        report.paragraph(
            tr(
                "Preferences count only between the channels with a cost: residents who prefer {others} are "
                "shared among them in proportion to their preferences for them."
            ).format(others=", ".join(channel_label(c) for c in others))
        )
    report.definition_list(
        {
            tr("Contacts"): format_count(round(totals["contacts"])),
            tr("Cost today"): money(totals["today_cost"]),
            tr("Contacts moved"): format_count(round(totals["moved"])),
            tr("Saving"): money(totals["saving"]),
        }
    )
    columns = [
        Column("contacts", tr("Contacts"), 0),
        Column("today_cost", tr("Cost today"), 0),
        Column("moved", tr("Contacts moved"), 0),
        Column("saving", tr("Saving"), 0),
        Column("saving_pct", tr("Saving (%)"), 1),
    ]
    if "saving" in parts.zones:
        zones = parts.zones.assign(zone=parts.labels).dropna(subset=["saving_rank"]).sort_values("saving_rank").head(LISTED)
        report.heading(tr("Zones ranked by saving"), level=3)
        zone_rows = zones.assign(saving_pct=zones["saving"] / zones["today_cost"] * 100.0).to_dict("records")
        report.table(zone_rows, [Column("saving_rank", tr("Rank"), 0), Column("zone", tr("Zone"))] + columns)
    if parts.services is not None:
        report.heading(tr("Services ranked by saving"), level=3)
        report.table(
            parts.services.to_dict("records"),
            [Column("saving_rank", tr("Rank"), 0), Column("service", tr("Service"))] + columns,
        )
