"""Channel demand: how the residents of an area prefer to be informed and served, from its segment mix.

The channel model
-----------------
A catalogue rates each segment's information and service channels from 1
(Low) to 5 (High) (:data:`.catalogue.INFORMATION_CHANNELS`,
:data:`.catalogue.SERVICE_CHANNELS`). The model turns the ratings of one
kind into the expected share of a segment's residents who prefer each
channel of that kind::

    p(s, c) = w(r(s, c)) / Σ_k w(r(s, k))

with a weight ``w`` per rating. The default weights 1, 2, 4, 8, 16 double
at each step up the scale — a multinomial logit with the rating as utility
and β = ln 2 — so a channel rated High is preferred sixteen times as often
as one rated Low by the same segment. The weights are the model's one
setting (:class:`ChannelModel`): ``1,2,3,4,5`` makes preference
proportional to the rating, ``0,0,1,1,1`` shares it equally among the
channels rated Average or better. An area's expected share of residents
preferring channel ``c`` is the mean of its segments' ``p(s, c)`` weighted
by their counts, over the segments that have ratings.

Ratings and levels
------------------
A segment without ratings of a kind takes, channel by channel, those of its
nearest ancestor that rates the channel (a type inherits its group's
ratings when the catalogue rates only groups); this is stated. The model's
channels are those of the kind that some segment of the level rates;
segments still missing one of them, and Unclassified, are left out of the
shares, named, and their residents counted.
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

from ..errors import InvalidInputError
from ..html import format_number
from ..i18n import format_count, format_examples, tr
from .catalogue import INFORMATION_CHANNELS, RATING_MAX, RATING_MIN, SERVICE_CHANNELS, channel_label
from .encoding import SegmentAxis

#: Weight of each rating from Low (1) to High (5): doubling at each step (logit, β = ln 2).
DEFAULT_WEIGHTS = (1.0, 2.0, 4.0, 8.0, 16.0)
#: The two kinds of rated channels and their channels, in display order.
KINDS = {"service": SERVICE_CHANNELS, "information": INFORMATION_CHANNELS}


@dataclass(frozen=True)
class ChannelModel:
    """How ratings become preferences: the weight of each rating from Low to High (see the module)."""

    weights: tuple[float, ...] = DEFAULT_WEIGHTS

    def __post_init__(self) -> None:
        weights = tuple(float(w) for w in self.weights)
        if len(weights) != RATING_MAX - RATING_MIN + 1:
            raise InvalidInputError(
                tr("Give five rating weights, from Low to High (e.g. 1,2,4,8,16); {n} were given.").format(n=len(weights))
            )
        if any(not math.isfinite(w) or w < 0 for w in weights) or not any(w > 0 for w in weights):
            raise InvalidInputError(
                tr("Rating weights must be zero or more, and at least one more than zero; {weights} cannot be used.").format(
                    weights=", ".join(f"{w:g}" for w in weights)
                )
            )
        if any(b < a for a, b in zip(weights, weights[1:])):
            raise InvalidInputError(
                tr("Rating weights must not decrease from Low to High; {weights} do.").format(
                    weights=", ".join(f"{w:g}" for w in weights)
                )
            )
        object.__setattr__(self, "weights", weights)

    @classmethod
    def parse(cls, text: str | None) -> ChannelModel:
        """The model of weights written as ``"1,2,4,8,16"`` (empty: the default weights)."""
        if text is None or not str(text).strip():
            return cls()
        items = [t.strip() for t in str(text).replace(";", ",").split(",")]
        try:
            weights = tuple(float(t) for t in items)
        except ValueError as error:
            raise InvalidInputError(
                tr("Write the rating weights as five numbers from Low to High, e.g. 1,2,4,8,16; '{text}' is not.").format(
                    text=text
                )
            ) from error
        return cls(weights)

    def weight(self, ratings: np.ndarray) -> np.ndarray:
        """The weight of every rating (0 where there is none)."""
        ratings = np.asarray(ratings, dtype=np.int64)
        table = np.array([0.0, *self.weights])
        return table[np.clip(ratings, 0, RATING_MAX)]

    def describe(self) -> str:
        """The model in one translated sentence, for reports."""
        weights = ", ".join(format_number(w, 0 if float(w).is_integer() else 2) for w in self.weights)
        text = tr(
            "Each segment's residents are shared between the channels in proportion to a weight of the channel's "
            "rating: Low to High weigh {weights}."
        ).format(weights=weights)
        if self.weights == DEFAULT_WEIGHTS:
            text += " " + tr(
                "Each step up the scale doubles the weight (a multinomial logit with the rating as utility, β = ln 2)."
            )
        return text


@dataclass(frozen=True)
class ChannelPropensities:
    """The expected share of each segment's residents preferring each channel of one kind.

    ``ratings`` (axis × channels, 0: not rated) and ``shares`` (rows sum to
    1 for segments with complete ratings, NaN otherwise) are on the axis
    (Unclassified last, never rated). ``inherited`` maps a code to the
    ancestor whose ratings it takes; ``unrated`` lists the codes left out.
    """

    kind: str
    channels: tuple[str, ...]
    axis: SegmentAxis
    ratings: np.ndarray
    shares: np.ndarray
    model: ChannelModel
    inherited: dict[str, str] = field(default_factory=dict)
    unrated: tuple[str, ...] = ()

    @property
    def rated(self) -> np.ndarray:
        """Which axis positions have complete ratings."""
        return ~np.isnan(self.shares[:, 0]) if self.shares.size else np.zeros(self.axis.size, dtype=bool)

    def channel(self, channel: str) -> int:
        """The column of ``channel``; -1 when the model has no such channel."""
        return self.channels.index(channel) if channel in self.channels else -1


def channel_propensities(axis: SegmentAxis, kind: str = "service", model: ChannelModel | None = None) -> ChannelPropensities:
    """The channel preferences of every segment of the axis, from the catalogue's ratings (see the module).

    Parameters
    ----------
    axis : SegmentAxis
        The segments (one level of a catalogue).
    kind : str
        ``"service"`` or ``"information"``.
    model : ChannelModel, optional
        The weights of the ratings (the default weights without it).

    Returns
    -------
    ChannelPropensities

    Raises
    ------
    InvalidInputError
        When no segment of the level (nor an ancestor) rates a channel of the kind.
    """
    model = model or ChannelModel()
    all_channels = KINDS[kind]
    found = {code: _ratings_of(axis, code, kind) for code in axis.codes}
    rated_channels = tuple(c for c in all_channels if any(c in ratings for ratings, _ in found.values()))
    if not rated_channels:
        raise InvalidInputError(
            tr(
                "The catalogue {catalogue} rates no {kind} channel for its {level} (nor their parents): channel "
                "demand needs a catalogue with channel ratings, such as the demo catalogue or your own file."
            ).format(catalogue=axis.catalogue.name(), kind=kind_label(kind), level=axis.level_plural())
        )
    ratings = np.zeros((axis.size, len(rated_channels)), dtype=np.int64)
    inherited, unrated = {}, []
    for row, code in enumerate(axis.codes):
        values, source = found[code]
        ratings[row] = [values.get(c, 0) for c in rated_channels]
        if (ratings[row] == 0).any():
            unrated.append(code)
        elif source and source != code:
            inherited[code] = source
    weights = model.weight(ratings)
    totals = weights.sum(axis=1, keepdims=True)
    complete = (ratings > 0).all(axis=1) & (totals[:, 0] > 0)
    with np.errstate(divide="ignore", invalid="ignore"):
        shares = np.where(complete[:, None], weights / totals, np.nan)
    unrated += [code for row, code in enumerate(axis.codes) if not complete[row] and code not in unrated]
    return ChannelPropensities(kind, rated_channels, axis, ratings, shares, model, inherited, tuple(unrated))


def _ratings_of(axis: SegmentAxis, code: str, kind: str) -> tuple[dict[str, int], str | None]:
    """A segment's ratings of one kind, each channel from the segment or its nearest ancestor rating it.

    Also returns the farthest segment up the hierarchy that gave a rating
    (the segment itself when it rates every channel it has; None: no rating).
    """
    catalogue = axis.catalogue
    segment = catalogue.segment(code)
    ratings: dict[str, int] = {}
    source = None
    while segment is not None:
        own = segment.service_channels if kind == "service" else segment.information_channels
        missing = {c: r for c, r in own.items() if c not in ratings}
        if missing:
            ratings.update(missing)
            source = segment.code
        segment = catalogue.segments.get(segment.parent) if segment.parent else None
    return ratings, source


def kind_label(kind: str) -> str:
    """``service`` or ``information`` in the user's language.

    Parameters
    ----------
    kind : str
        ``service``; anything else reads as ``information``.
    """
    return tr("service") if kind == "service" else tr("information")


@dataclass(frozen=True)
class ChannelDemand:
    """Expected residents preferring each channel in each zone.

    ``people`` is zones × channels; ``rated`` the residents of each zone
    whose segment has ratings (the denominator of ``shares``, in %);
    ``total`` every resident of the zone.
    """

    propensities: ChannelPropensities
    people: np.ndarray
    rated: np.ndarray
    total: np.ndarray

    @property
    def shares(self) -> np.ndarray:
        with np.errstate(divide="ignore", invalid="ignore"):
            return np.where(self.rated[:, None] > 0, self.people / self.rated[:, None] * 100.0, np.nan)


def expected_channels(matrix: np.ndarray, propensities: ChannelPropensities) -> ChannelDemand:
    """Expected residents preferring each channel, from each zone's segment counts.

    Parameters
    ----------
    matrix : numpy.ndarray
        Zone × axis counts (:func:`engine.segmentation.composition.segment_matrix`),
        or one axis vector.
    propensities : ChannelPropensities
        The segments' preferences.

    Returns
    -------
    ChannelDemand
    """
    matrix = np.atleast_2d(np.asarray(matrix, dtype=float))
    rated = propensities.rated
    counts = matrix[:, rated]
    return ChannelDemand(propensities, counts @ propensities.shares[rated], counts.sum(axis=1), matrix.sum(axis=1))


def unit_channel_people(positions: np.ndarray, counts: np.ndarray, propensities: ChannelPropensities, channel: str) -> np.ndarray:
    """Each base unit's expected residents preferring ``channel`` (0 for units of unrated segments).

    Parameters
    ----------
    positions, counts : numpy.ndarray
        The units' axis positions (-1: none) and counts.
    propensities : ChannelPropensities
        The segments' preferences.
    channel : str
        A channel of the model.

    Returns
    -------
    numpy.ndarray
    """
    column = propensities.channel(channel)
    if column < 0:
        raise InvalidInputError(
            tr("The catalogue rates no segment's {channel}: choose another channel.").format(channel=channel_label(channel))
        )
    per_position = np.append(np.nan_to_num(propensities.shares[:, column]), 0.0)
    positions = np.asarray(positions, dtype=np.int64)
    return per_position[np.where(positions >= 0, positions, len(per_position) - 1)] * np.asarray(counts, dtype=float)


def propensity_table(propensities: ChannelPropensities, base_counts: np.ndarray, *, language: str = "en") -> pd.DataFrame:
    """One row per segment of the base: its count, where its ratings come from, and its rating and share per channel.

    Parameters
    ----------
    propensities : ChannelPropensities
        The segments' preferences.
    base_counts : numpy.ndarray
        The axis vector of the whole base (segments without any are left out).
    language : str
        Language of the names.

    Returns
    -------
    pandas.DataFrame
        ``code``, ``segment``, ``count``, ``rated_from`` (the ancestor's code
        when inherited), then ``rating_<channel>`` and ``<channel>`` (share
        in %) per channel; NaN shares for segments left out.
    """
    axis = propensities.axis
    base = np.asarray(base_counts, dtype=float)
    rows = [p for p in range(axis.size) if base[p] > 0]
    keys, names = axis.keys(), axis.names(language)
    table = pd.DataFrame(
        {
            "code": [keys[p] for p in rows],
            "segment": [names[p] for p in rows],
            "count": base[rows],
            "rated_from": [propensities.inherited.get(keys[p]) for p in rows],
        }
    )
    for column, channel in enumerate(propensities.channels):
        table[f"rating_{channel}"] = [int(propensities.ratings[p, column]) or None for p in rows]
        table[channel] = propensities.shares[rows, column] * 100.0
    return table


def rating_notes(propensities: ChannelPropensities, base_counts: np.ndarray, *, what: str, language: str = "en") -> list[str]:
    """What the shares leave out (segments without ratings, Unclassified) and what they inherit, in words.

    Parameters
    ----------
    propensities : ChannelPropensities
        The segments' preferences.
    base_counts : numpy.ndarray
        The axis vector of the whole base.
    what : str
        What the counts are (households, population…).
    language : str
        Language of the names.

    Returns
    -------
    list of str
    """
    axis = propensities.axis
    base = np.asarray(base_counts, dtype=float)
    total = float(base.sum())
    kind = kind_label(propensities.kind)
    notes = []
    left_out = [axis.codes.index(c) for c in propensities.unrated if base[axis.codes.index(c)] > 0]
    unclassified = float(base[axis.unclassified])
    if left_out:
        names = [f"{axis.codes[p]} {axis.names(language)[p]} ({format_count(round(base[p]))})" for p in left_out]
        count = float(base[left_out].sum())
        notes.append(
            tr(
                "{n} segments have no complete ratings of {kind} channels and are left out of the channel shares: "
                "{segments}; they hold {count} {what} ({share} % of the base)."
            ).format(
                n=format_count(len(left_out)),
                kind=kind,
                segments=format_examples(names),
                count=format_count(round(count)),
                what=what,
                share=format_number(count / total * 100.0 if total > 0 else math.nan, 1),
            )
        )
    if unclassified > 0:
        notes.append(
            tr("{count} {what} of Unclassified segments are left out of the channel shares.").format(
                count=format_count(round(unclassified)), what=what
            )
        )
    present = {c: s for c, s in propensities.inherited.items() if base[axis.codes.index(c)] > 0}
    if present:
        rated = (axis.catalogue.segment(s) for s in present.values())
        levels = sorted({s.level for s in rated if s is not None}, key=axis.catalogue.level_rank)
        notes.append(
            tr(
                "The catalogue does not rate the {level} level's {kind} channels for {n} segments: they take the "
                "ratings of their {parent} ({examples})."
            ).format(
                level=axis.level_name(language).lower(),
                kind=kind,
                n=format_count(len(present)),
                parent=", ".join(axis.catalogue.level(level).name(language).lower() for level in levels),
                examples=format_examples([f"{c} ← {s}" for c, s in sorted(present.items())]),
            )
        )
    return notes


def channel_columns(demand: ChannelDemand, prefix: str, *, counts: bool) -> dict[str, np.ndarray]:
    """Zone columns of one kind: ``<prefix>_<channel>`` (expected people, with ``counts``) and ``…_pct`` (share in %).

    Parameters
    ----------
    demand : ChannelDemand
        The zones' expected residents per channel (:func:`expected_channels`).
    prefix : str
        Start of the column names (``service``, ``info``).
    counts : bool
        Also give the expected people, not only the shares.

    Returns
    -------
    dict of str to numpy.ndarray
        Column name → one value per zone, channel by channel.
    """
    columns = {}
    shares = demand.shares
    for column, channel in enumerate(demand.propensities.channels):
        if counts:
            columns[f"{prefix}_{channel}"] = demand.people[:, column]
        columns[f"{prefix}_{channel}_pct"] = shares[:, column]
    return columns


def demand_rank(values: np.ndarray) -> np.ndarray:
    """Rank 1 for the largest value, ties in order; NaN where the value is NaN or not above zero.

    Parameters
    ----------
    values : numpy.ndarray
        One value per zone (expected people, savings…).

    Returns
    -------
    numpy.ndarray
        Floats of the same length (NaN where unranked).
    """
    values = np.asarray(values, dtype=float)
    usable = np.isfinite(values) & (values > 0)
    order = np.argsort(-np.where(usable, values, -np.inf), kind="stable")
    rank = np.empty(len(values))
    rank[order] = np.arange(1, len(values) + 1)
    return np.where(usable, rank, np.nan)


def zone_channel_table(
    matrix: np.ndarray, service: ChannelPropensities, information: ChannelPropensities | None = None
) -> tuple[pd.DataFrame, ChannelDemand]:
    """One row per zone: residents, the share with ratings, expected service-channel demand, information shares.

    Parameters
    ----------
    matrix : numpy.ndarray
        Zone × axis counts.
    service : ChannelPropensities
        Service-channel preferences.
    information : ChannelPropensities, optional
        Information-channel preferences (no information columns without them).

    Returns
    -------
    table : pandas.DataFrame
        ``base_total``, ``rated_pct`` (% of the residents whose segment has
        ratings), ``service_<channel>`` (expected residents preferring it)
        and ``service_<channel>_pct`` per service channel,
        ``info_<channel>_pct`` per information channel, and
        ``face_to_face_rank`` (1 = most residents preferring face-to-face
        service; NULL for zones with none).
    demand : ChannelDemand
        The service-channel demand.
    """
    demand = expected_channels(matrix, service)
    with np.errstate(divide="ignore", invalid="ignore"):
        rated_pct = np.where(demand.total > 0, demand.rated / demand.total * 100.0, np.nan)
    table = pd.DataFrame({"base_total": demand.total, "rated_pct": rated_pct, **channel_columns(demand, "service", counts=True)})
    if information is not None:
        for name, values in channel_columns(expected_channels(matrix, information), "info", counts=False).items():
            table[name] = values
    f2f = service.channel("face_to_face")
    table["face_to_face_rank"] = pd.array(
        demand_rank(demand.people[:, f2f]) if f2f >= 0 else np.full(len(table), np.nan), dtype="Int64"
    )
    return table, demand


def whole_base_shares(base_counts: np.ndarray, propensities: ChannelPropensities) -> dict[str, float]:
    """The whole base's expected share (%) preferring each channel.

    Parameters
    ----------
    base_counts : numpy.ndarray
        The base's counts on the axis of ``propensities`` (one per segment,
        Unclassified last).
    propensities : ChannelPropensities
        The segments' preferences of one kind.

    Returns
    -------
    dict of str to float
        Channel id → % of the rated residents (NaN when none is rated).
    """
    demand = expected_channels(np.asarray(base_counts, dtype=float)[None, :], propensities)
    return dict(zip(propensities.channels, demand.shares[0].tolist()))


def channel_labels(channels: Sequence[str]) -> list[str]:
    """The translated names of ``channels``.

    Parameters
    ----------
    channels : sequence of str
        Channel ids (:data:`.catalogue.SERVICE_CHANNELS` or information
        channels).
    """
    return [channel_label(c) for c in channels]


@dataclass(frozen=True)
class AreaChannel:
    """One row of an area's channel demand: the expected share preferring the channel, in the area and the base."""

    kind: str
    channel: str
    label: str
    area_share: float
    base_share: float

    @property
    def index(self) -> float:
        """Area share ÷ base share × 100 (NaN when either is undefined)."""
        if not (self.base_share > 0) or math.isnan(self.area_share):
            return math.nan
        return self.area_share / self.base_share * 100.0


def area_channels(
    area_counts: np.ndarray, base_counts: np.ndarray, axis: SegmentAxis, model: ChannelModel | None = None
) -> tuple[AreaChannel, ...]:
    """An area's expected channel demand against the whole base, service channels first, then information.

    Kinds the catalogue does not rate at the level are left out (no rows
    at all when it rates none).

    Parameters
    ----------
    area_counts, base_counts : numpy.ndarray
        Axis vectors of the area and of the whole base.
    axis : SegmentAxis
        The level of the counts.
    model : ChannelModel, optional
        The rating weights (the default weights without it).

    Returns
    -------
    tuple of AreaChannel
    """
    rows = []
    for kind in KINDS:
        try:
            propensities = channel_propensities(axis, kind, model)
        except InvalidInputError:
            continue
        both = expected_channels(np.vstack([area_counts, base_counts]).astype(float), propensities).shares
        for column, channel in enumerate(propensities.channels):
            rows.append(AreaChannel(kind, channel, channel_label(channel), float(both[0, column]), float(both[1, column])))
    return tuple(rows)
