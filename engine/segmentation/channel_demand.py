"""The channel-demand workflow: zones' segment mixes → expected channel demand → channel-shift scenario → report.

:func:`channel_demand` is what the Processing algorithm *Channel demand and
shift* runs, once the zones' segment counts are known: the segments'
channel preferences (:mod:`.channels`), every zone's expected demand per
channel ranked by face-to-face demand, and — with contact volumes and costs
per contact — the shift scenario per zone and per service
(:mod:`.channel_shift`), with the report (:mod:`.channel_report`).
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np

try:
    import pandas as pd
except ImportError:  # the plugin still loads; algorithms refuse to run (see engine.dependencies)
    pd = None

from ..errors import InvalidInputError
from ..html import Report
from ..i18n import format_count, format_examples, tr
from .channel_report import ReportParts, channel_report
from .channel_shift import Shift, check_costs, check_split, preferred_split, shift_contacts, shift_table
from .channels import (
    ChannelModel,
    ChannelPropensities,
    channel_propensities,
    expected_channels,
    rating_notes,
    zone_channel_table,
)
from .encoding import SegmentAxis


@dataclass(frozen=True)
class Contacts:
    """Contact volumes and costs for the shift scenario (all optional but the costs).

    ``zone_volumes``: contacts per zone (aligned with the zones); ``total``:
    contacts in all; ``services``: ``(names, volumes, split)`` per service,
    ``split`` (services × costed channels) None when the table has no channel;
    ``today_split``: today's split of contacts by channel (shares or
    volumes), used where the volumes carry no channel; ``costs``: cost per
    contact per channel; ``realised``: share of preference realised (0–1).
    """

    costs: Mapping[str, float]
    realised: float = 0.5
    zone_volumes: np.ndarray | None = None
    total: float | None = None
    services: tuple[list, np.ndarray, np.ndarray | None] | None = None
    today_split: Mapping[str, float] = field(default_factory=dict)
    notes: Sequence[str] = ()


@dataclass(frozen=True)
class ChannelResult:
    """Everything the algorithm writes.

    ``zones``: one row per zone (:func:`.channels.zone_channel_table`'s
    columns, then ``contacts``, ``today_cost``, ``moved``, ``saving`` and
    ``saving_rank`` when there is a scenario); ``services``: the scenario per
    service (:func:`.channel_shift.shift_table`) or None; ``totals``: the
    numbers of the run; ``notes``: warnings, also in the report.
    """

    zones: pd.DataFrame
    services: pd.DataFrame | None
    service: ChannelPropensities
    information: ChannelPropensities | None
    totals: dict[str, float]
    notes: list[str]
    report: Report


def channel_demand(
    matrix: np.ndarray,
    base_counts: np.ndarray,
    axis: SegmentAxis,
    *,
    zone_labels: Sequence[object],
    what: str,
    model: ChannelModel | None = None,
    contacts: Contacts | None = None,
    language: str = "en",
) -> ChannelResult:
    """Expected channel demand of every zone and, with contacts and costs, the channel-shift scenario.

    Parameters
    ----------
    matrix : numpy.ndarray
        Zone × axis counts of the base units inside each zone.
    base_counts : numpy.ndarray
        The axis vector of the whole base.
    axis : SegmentAxis
        The level of the counts.
    zone_labels : sequence
        Names the zones in the report and messages.
    what : str
        What the counts are (households, population…).
    model : ChannelModel, optional
        The rating weights (the default weights without it).
    contacts : Contacts, optional
        Volumes, costs and the share realised (no scenario without them).
    language : str
        Language of names and report.

    Returns
    -------
    ChannelResult

    Raises
    ------
    InvalidInputError
        When the catalogue rates no service channel at the level, and for
        unusable costs, splits or volumes (see :mod:`.channel_shift`).
    """
    model = model or ChannelModel()
    service = channel_propensities(axis, "service", model)
    notes = rating_notes(service, base_counts, what=what, language=language)
    try:
        information = channel_propensities(axis, "information", model)
    except InvalidInputError as error:
        information = None
        notes.append(str(error))
    zones, demand = zone_channel_table(matrix, service, information)
    whole = expected_channels(np.asarray(base_counts, dtype=float)[None, :], service)
    totals = _demand_totals(service, demand, whole)
    services = None
    shift = None
    if contacts is not None:
        notes.extend(contacts.notes)
        shift, services, shift_notes = _scenario(contacts, service, demand, whole, zone_labels)
        notes.extend(shift_notes)
        if shift is not None:
            zones["contacts"] = shift.volume
            zones["today_cost"] = shift.today_cost
            zones["moved"] = shift.moved
            zones["saving"] = shift.saving
            zones["saving_rank"] = shift_table(shift, zone_labels)["saving_rank"].to_numpy()
        totals.update(_shift_totals(shift, services))
    parts = ReportParts(
        zones,
        list(zone_labels),
        np.asarray(base_counts, dtype=float),
        service,
        information,
        whole,
        services,
        contacts,
        totals,
        notes,
        what,
    )
    return ChannelResult(zones, services, service, information, totals, notes, channel_report(parts, language=language))


def _demand_totals(service: ChannelPropensities, demand, whole) -> dict[str, float]:
    f2f = service.channel("face_to_face")
    return {
        "face_to_face": float(whole.people[0, f2f]) if f2f >= 0 else math.nan,
        "face_to_face_in_zones": float(demand.people[:, f2f].sum()) if f2f >= 0 else math.nan,
        "rated": float(whole.rated[0]),
        "total": float(whole.total[0]),
    }


def _shift_totals(shift: Shift | None, services: pd.DataFrame | None) -> dict[str, float]:
    """Today's cost, contacts moved and saving of the run: over the zones, else over the services."""
    if shift is not None:
        return {
            "contacts": float(shift.volume.sum()),
            "today_cost": float(shift.today_cost.sum()),
            "moved": float(shift.moved.sum()),
            "saving": float(shift.saving.sum()),
        }
    if services is not None:
        return {key: float(services[key].sum()) for key in ("contacts", "today_cost", "moved", "saving")}
    return {}


def _scenario(
    contacts: Contacts, service: ChannelPropensities, demand, whole, zone_labels: Sequence[object]
) -> tuple[Shift | None, pd.DataFrame | None, list[str]]:
    """The shift per zone (None without zone volumes) and per service (None without services), and notes."""
    costs = check_costs(contacts.costs)
    channels = list(costs)
    notes: list[str] = []
    today = _today_split(contacts, channels)
    services = None
    if contacts.services is not None:
        names, per_service, split = contacts.services
        service_today = split if split is not None else today
        if service_today is None:
            raise InvalidInputError(_split_needed())
        preferred = preferred_split(service, whole.people, channels)
        shift = shift_contacts(per_service, service_today, preferred, costs, realised=contacts.realised)
        services = shift_table(shift, names).sort_values("saving_rank", kind="stable", na_position="last")
        services = services.reset_index(drop=True)
        if today is None:
            overall = per_service @ split
            today = overall / overall.sum() if overall.sum() > 0 else None
    volumes, how = _zone_volumes(contacts, demand.total, services)
    if volumes is None:
        return None, services, notes
    if how:
        notes.append(how)
    if today is None:
        raise InvalidInputError(_split_needed())
    preferred = preferred_split(service, demand.people, channels)
    empty = np.flatnonzero((volumes > 0) & np.isnan(preferred).any(axis=1))
    if empty.size:
        notes.append(
            tr(
                "{n} zones have contacts but no base units with ratings, so no preference to shift them by: "
                "{zones}. Their {count} contacts are costed today but none moves."
            ).format(
                n=format_count(empty.size),
                zones=format_examples([zone_labels[i] for i in empty]),
                count=format_count(round(float(volumes[empty].sum()))),
            )
        )
    return shift_contacts(volumes, today, preferred, costs, realised=contacts.realised), services, notes


def _today_split(contacts: Contacts, channels: list[str]) -> np.ndarray | None:
    if not contacts.today_split:
        return None
    return check_split(contacts.today_split, channels, what=tr("Today's split of contacts"))


def _split_needed() -> str:
    return tr(
        "Give today's split of contacts by channel (e.g. internet=30, telephone=45, face_to_face=25), or a "
        "channel field in the services table: the saving depends on which channels contacts use today."
    )


def _zone_volumes(contacts: Contacts, zone_totals: np.ndarray, services: pd.DataFrame | None) -> tuple[np.ndarray | None, str]:
    """Contacts per zone: given per zone, else a total (or the services' total) spread by residents; and how."""
    if contacts.zone_volumes is not None:
        return np.asarray(contacts.zone_volumes, dtype=float), ""
    total = contacts.total if contacts.total else (float(services["contacts"].sum()) if services is not None else None)
    if not total:
        return None, ""
    residents = np.asarray(zone_totals, dtype=float)
    if residents.sum() <= 0:
        return None, ""
    return total * residents / residents.sum(), tr(
        "The zones' contacts are the total of {total} shared between them in proportion to their residents."
    ).format(total=format_count(round(total)))
