"""Channel shift: what moving contacts to the cheaper channels residents prefer could save.

The scenario
------------
Contacts ``V`` reach the council today through its service channels in a
split ``T(c)`` (from the contacts themselves, or as the analyst states it).
The population making them prefers the channels in a split ``P(c)``
(:mod:`.channels`, over the channels that have a cost, renormalised). A
contact made today through channel ``c`` by someone who prefers a channel
``d`` that costs less moves to ``d`` with probability ``α``, the share of
preference realised (the scenario). Today's channel and the preferred
channel are taken as independent within a zone or service, so::

    moved(c → d) = V · T(c) · α · P(d)      when cost(d) < cost(c)

and no contact moves to a dearer channel (people who prefer face to face
but use the web today stay online). The saving is
``Σ moved(c → d) · (cost(c) − cost(d))``; today's cost ``V · Σ T(c) ·
cost(c)``.

Costs per contact are the analyst's figures (Maidstone's £0.32 on the web,
£1.86 by phone and £9.66 face to face are an example, not a default).
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

try:
    import pandas as pd
except ImportError:  # the plugin still loads; algorithms refuse to run (see engine.dependencies)
    pd = None

from ..errors import InvalidInputError
from ..i18n import format_examples, tr
from .catalogue import SERVICE_CHANNELS, channel_label
from .channels import ChannelPropensities, demand_rank

#: Other names of the service channels (English and French), compared without case, accents or punctuation.
ALIASES = {
    "internet": "internet",
    "web": "internet",
    "online": "internet",
    "website": "internet",
    "en ligne": "internet",
    "telephone": "telephone",
    "phone": "telephone",
    "tel": "telephone",
    "mobile": "mobile",
    "sms": "mobile",
    "app": "mobile",
    "post": "post",
    "letter": "post",
    "mail": "post",
    "courrier": "post",
    "face to face": "face_to_face",
    "f2f": "face_to_face",
    "in person": "face_to_face",
    "counter": "face_to_face",
    "face a face": "face_to_face",
    "accueil": "face_to_face",
}


def _plain(text: object) -> str:
    """Lower case, no accents, ``_``/``-`` as spaces, single spaces."""
    text = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode("ascii").lower()
    return re.sub(r"\s+", " ", re.sub(r"[_\-/]+", " ", text)).strip()


def channel_id(text: object) -> str | None:
    """The service channel a name stands for (``web`` → ``internet``, ``Face à face`` → ``face_to_face``), or None.

    Parameters
    ----------
    text : object
        A channel's id, its name in English or French or a usual alias, in
        any case, with or without accents; None or NaN gives None.
    """
    if text is None or (isinstance(text, float) and math.isnan(text)):
        return None
    plain = _plain(text)
    for channel in SERVICE_CHANNELS:
        if plain == _plain(channel) or plain == _plain(channel_label(channel)):
            return channel
    return ALIASES.get(plain)


def parse_channel_values(text: str | None, *, what: str) -> dict[str, float]:
    """``"internet=0.32, telephone=1.86, face_to_face=9.66"`` as ``{channel: value}`` (empty text: empty dict).

    Parameters
    ----------
    text : str
        ``channel=value`` pairs separated by commas or semicolons; channels by
        id or another name (web, phone, f2f…), values with a decimal point.
    what : str
        Names the parameter in messages.

    Returns
    -------
    dict of str to float

    Raises
    ------
    InvalidInputError
        Naming the pair that is not ``channel=number``, an unknown channel or one given twice.
    """
    values: dict[str, float] = {}
    for item in re.split(r"[;,](?=\s*[^\d\s])", text or ""):
        if not item.strip():
            continue
        name, _, number = item.partition("=")
        channel = channel_id(name.strip())
        if channel is None:
            raise InvalidInputError(
                tr("{what}: '{name}' is not a service channel; use {channels}.").format(
                    what=what, name=name.strip(), channels=", ".join(SERVICE_CHANNELS)
                )
            )
        try:
            value = float(number.strip().replace(" ", "").replace("\u202f", "").replace(",", "."))
        except ValueError as error:
            raise InvalidInputError(
                tr("{what}: write each channel as channel=number, e.g. internet=0.32; '{item}' is not.").format(
                    what=what, item=item.strip()
                )
            ) from error
        if channel in values:
            raise InvalidInputError(tr("{what}: the channel {channel} is given twice.").format(what=what, channel=channel))
        values[channel] = value
    return values


def check_costs(costs: Mapping[str, float]) -> dict[str, float]:
    """Costs per contact, refused when one is zero, negative or not a number (naming the channel).

    Parameters
    ----------
    costs : mapping of str to float
        Cost per contact of each service channel.

    Returns
    -------
    dict of str to float
        The costs in the order of :data:`SERVICE_CHANNELS`.
    """
    bad = [f"{channel}={value:g}" for channel, value in costs.items() if not (math.isfinite(value) and value > 0)]
    if bad:
        raise InvalidInputError(
            tr(
                "A contact costs more than zero: {channels} cannot be used. Leave out a channel whose cost you do not know."
            ).format(channels=", ".join(bad))
        )
    if len(costs) < 2:
        raise InvalidInputError(tr("Give the cost per contact of at least two channels: contacts move between channels."))
    return {channel: float(costs[channel]) for channel in SERVICE_CHANNELS if channel in costs}


def check_split(split: Mapping[str, float], channels: Sequence[str], *, what: str) -> np.ndarray:
    """A split of contacts by channel (shares or volumes) as fractions over ``channels``.

    Parameters
    ----------
    split : mapping of str to float
        Share or volume by channel id; a channel of ``channels`` left out
        counts 0.
    channels : sequence of str
        The channel ids that have a cost per contact, in the order of the
        result.
    what : str
        Names the split in the messages ("Today's split of contacts").

    Returns
    -------
    numpy.ndarray
        One fraction per channel of ``channels``, summing to 1.

    Raises
    ------
    InvalidInputError
        For a negative share, a channel without a cost, or shares summing to zero.
    """
    outside = [c for c in split if c not in channels]
    if outside:
        raise InvalidInputError(
            tr("{what}: {outside} has no cost per contact; give its cost or leave it out.").format(
                what=what, outside=", ".join(outside)
            )
        )
    values = np.array([float(split.get(c, 0.0)) for c in channels])
    if (values < 0).any() or not np.isfinite(values).all() or values.sum() <= 0:
        raise InvalidInputError(tr("{what}: shares must be zero or more and not all zero.").format(what=what))
    return values / values.sum()


def preferred_split(propensities: ChannelPropensities, people: np.ndarray, channels: Sequence[str]) -> np.ndarray:
    """Each group's preferred split over ``channels`` (renormalised), from its expected residents per channel.

    Parameters
    ----------
    propensities : ChannelPropensities
        Service-channel preferences (their channels name the columns of ``people``).
    people : numpy.ndarray
        Groups × model channels: expected residents preferring each.
    channels : sequence of str
        The channels with a cost.

    Returns
    -------
    numpy.ndarray
        Groups × ``channels`` fractions; NaN rows where no resident prefers any of them.

    Raises
    ------
    InvalidInputError
        When a channel with a cost is not rated by the catalogue.
    """
    unrated = [c for c in channels if propensities.channel(c) < 0]
    if unrated:
        raise InvalidInputError(
            tr("The catalogue does not rate the service channel {channels}: give costs only for {rated}.").format(
                channels=", ".join(unrated), rated=", ".join(propensities.channels)
            )
        )
    chosen = np.atleast_2d(people)[:, [propensities.channel(c) for c in channels]]
    totals = chosen.sum(axis=1, keepdims=True)
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.where(totals > 0, chosen / totals, np.nan)


@dataclass(frozen=True)
class Shift:
    """The scenario for a set of groups (zones or services), arrays with one row per group.

    ``today`` and ``after`` are volumes per channel (columns in the order of
    ``channels``); ``moved`` the contacts that change channel; ``saving`` the
    cost saved; ``today_cost`` and ``after_cost`` the costs.
    """

    channels: tuple[str, ...]
    volume: np.ndarray
    today: np.ndarray
    after: np.ndarray
    moved: np.ndarray
    today_cost: np.ndarray
    after_cost: np.ndarray

    @property
    def saving(self) -> np.ndarray:
        return self.today_cost - self.after_cost


def shift_contacts(
    volume: np.ndarray, today: np.ndarray, preferred: np.ndarray, costs: Mapping[str, float], *, realised: float
) -> Shift:
    """Move contacts to the cheaper channels preferred (see the module).

    Parameters
    ----------
    volume : numpy.ndarray
        ``(g,)`` contacts of each group.
    today : numpy.ndarray
        ``(g, C)`` or ``(C,)`` today's split (fractions) over the costed channels.
    preferred : numpy.ndarray
        ``(g, C)`` or ``(C,)`` the preferred split; NaN rows move nothing.
    costs : mapping of str to float
        Cost per contact of the ``C`` channels, in their order (:func:`check_costs`).
    realised : float
        The share of preference realised, 0–1.

    Returns
    -------
    Shift
    """
    if not 0.0 <= realised <= 1.0:
        raise InvalidInputError(tr("The share of preference realised must be between 0 and 100 %."))
    channels = tuple(costs)
    cost = np.array([costs[c] for c in channels])
    volume = np.asarray(volume, dtype=float).reshape(-1)
    today = np.broadcast_to(np.asarray(today, dtype=float), (len(volume), len(channels)))
    preferred = np.nan_to_num(np.broadcast_to(np.asarray(preferred, dtype=float), (len(volume), len(channels))))
    cheaper = cost[None, :] < cost[:, None]  # [c, d]: d costs less than c
    today_volume = volume[:, None] * today
    # flows[g, c, d] = V T(c) α P(d) where d is cheaper than c
    flows = today_volume[:, :, None] * realised * preferred[:, None, :] * cheaper[None, :, :]
    after = today_volume - flows.sum(axis=2) + flows.sum(axis=1)
    return Shift(
        channels,
        volume,
        today_volume,
        after,
        flows.sum(axis=(1, 2)),
        today_volume @ cost,
        after @ cost,
    )


def shift_table(shift: Shift, labels: Sequence[object], *, label: str = "service") -> pd.DataFrame:
    """One row per group: contacts, today's cost, contacts moved, saving, cost after, saving share and rank.

    Parameters
    ----------
    shift : Shift
        The scenario.
    labels : sequence
        Names the groups (first column).
    label : str
        Name of the first column.

    Returns
    -------
    pandas.DataFrame
        ``<label>``, ``contacts``, ``today_cost``, ``moved``, ``saving``,
        ``after_cost``, ``saving_pct`` (% of today's cost), ``saving_rank``
        (1 = largest saving), then ``today_<channel>`` and ``after_<channel>``
        volumes per channel.
    """
    with np.errstate(divide="ignore", invalid="ignore"):
        saving_pct = np.where(shift.today_cost > 0, shift.saving / shift.today_cost * 100.0, np.nan)
    table = pd.DataFrame(
        {
            label: list(labels),
            "contacts": shift.volume,
            "today_cost": shift.today_cost,
            "moved": shift.moved,
            "saving": shift.saving,
            "after_cost": shift.after_cost,
            "saving_pct": saving_pct,
            "saving_rank": pd.array(demand_rank(shift.saving), dtype="Int64"),
        }
    )
    for column, channel in enumerate(shift.channels):
        table[f"today_{channel}"] = shift.today[:, column]
        table[f"after_{channel}"] = shift.after[:, column]
    return table


def service_volumes(
    services: Sequence[object], channels: Sequence[object] | None, volumes: np.ndarray, costed: Sequence[str]
) -> tuple[list[object], np.ndarray, np.ndarray | None, list[str]]:
    """Contacts per service (and channel) from a table's rows, summed.

    Parameters
    ----------
    services : sequence
        The service of each row (NULL rows are refused by the caller's numeric policy; here they group as None).
    channels : sequence, optional
        The channel of each row (any name :func:`channel_id` knows); None: the rows are totals.
    volumes : numpy.ndarray
        The contacts of each row.
    costed : sequence of str
        The channels with a cost.

    Returns
    -------
    services : list
        The distinct services, in order of first appearance.
    volume : numpy.ndarray
        Contacts per service (over the costed channels when channels are given).
    split : numpy.ndarray or None
        Services × costed channels, today's split of each (None without channels; rows of zeros for a service
        whose contacts are all through channels without a cost).
    notes : list of str
        Contacts left out because their channel has no cost.

    Raises
    ------
    InvalidInputError
        For channel names that are not service channels (named).
    """
    volumes = np.asarray(volumes, dtype=float)
    frame = pd.DataFrame({"service": pd.Series(list(services), dtype=object), "volume": volumes})
    names = list(dict.fromkeys(frame["service"].tolist()))
    if channels is None:
        totals = frame.groupby("service", sort=False, dropna=False)["volume"].sum()
        return names, np.array([float(totals.get(s, 0.0)) for s in names]), None, []
    ids = [channel_id(c) for c in channels]
    unknown = sorted({str(c) for c, i in zip(channels, ids) if i is None})
    if unknown:
        raise InvalidInputError(
            tr("The services table names channels that are not service channels: {values}; use {channels}.").format(
                values=format_examples(unknown), channels=", ".join(SERVICE_CHANNELS)
            )
        )
    frame["channel"] = ids
    notes = []
    uncosted = frame[~frame["channel"].isin(costed)]
    if uncosted["volume"].sum() > 0:
        by_channel = uncosted.groupby("channel")["volume"].sum()
        notes.append(
            tr("Contacts through channels without a cost are left out of the costs: {channels}.").format(
                channels=", ".join(f"{c} ({v:,.0f})" for c, v in by_channel.items())
            )
        )
    costed_rows = frame[frame["channel"].isin(costed)]
    pivot = costed_rows.pivot_table(index="service", columns="channel", values="volume", aggfunc="sum", dropna=False)
    pivot = pivot.reindex(index=names, columns=list(costed)).fillna(0.0)
    matrix = pivot.to_numpy(dtype=float)
    volume = matrix.sum(axis=1)
    with np.errstate(divide="ignore", invalid="ignore"):
        split = np.where(volume[:, None] > 0, matrix / volume[:, None], 0.0)
    return names, volume, split, notes
