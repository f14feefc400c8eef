"""Classification catalogues: hierarchy, names, colours and pen portraits.

A catalogue describes a geodemographic classification (the Place Insight
demo classification, the ONS Output Area Classification, a licensed Mosaic or
ACORN file): its levels from coarse to fine (group → type, supergroup → group
→ subgroup), each segment's code, parent, names in English and French, colour,
and optionally its pen portrait (description, key features and the ratings of
information and service channels on a five-level scale).

This module holds the catalogue itself and how codes are looked up in it.
The file format and its checks are in :mod:`engine.segmentation.catalogue_format`
(JSON) and :mod:`engine.segmentation.catalogue_csv` (CSV); reading a file, the
built-in catalogues and the catalogue as a table in
:mod:`engine.segmentation.catalogue_files`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

import numpy as np

from ..errors import InvalidInputError
from ..i18n import tr

#: Lowest and highest rating of a channel on the five-level scale.
RATING_MIN = 1
RATING_MAX = 5
#: Information channels rated in pen portraits, in display order.
INFORMATION_CHANNELS = (
    "internet",
    "telephone",
    "sms",
    "interactive_tv",
    "face_to_face",
    "national_papers",
    "local_papers",
    "magazines",
)
#: Service channels rated in pen portraits, in display order.
SERVICE_CHANNELS = ("internet", "telephone", "mobile", "post", "face_to_face")
#: Languages of the names, descriptions and key features.
LANGUAGES = ("en", "fr")


class CatalogueError(InvalidInputError):
    """A catalogue file cannot be used; the message names the file and the row."""


def rating_label(value: int) -> str:
    """The name of a rating on the five-level scale, in the user's language.

    Parameters
    ----------
    value : int
        A rating from 1 (Low) to 5 (High).

    Returns
    -------
    str
    """
    labels = {
        1: tr("Low"),
        2: tr("Below average"),
        3: tr("Average"),
        4: tr("Above average"),
        5: tr("High"),
    }
    return labels[int(value)]


def channel_label(channel: str) -> str:
    """The name of an information or service channel, in the user's language.

    Parameters
    ----------
    channel : str
        A channel id of :data:`INFORMATION_CHANNELS` or :data:`SERVICE_CHANNELS`.

    Returns
    -------
    str
        The translated name; the id itself for an unknown channel.
    """
    labels = {
        "internet": tr("Internet"),
        "telephone": tr("Telephone"),
        "sms": tr("SMS"),
        "interactive_tv": tr("Interactive TV"),
        "face_to_face": tr("Face to face"),
        "national_papers": tr("National papers"),
        "local_papers": tr("Local papers"),
        "magazines": tr("Magazines"),
        "mobile": tr("Mobile"),
        "post": tr("Post"),
    }
    return labels.get(channel, channel)


def _pick(texts: Mapping[str, object], language: str):
    """Text in ``language``, falling back to English, then to any language."""
    if not texts:
        return None
    for key in (language, "en"):
        if texts.get(key):
            return texts[key]
    return next((value for value in texts.values() if value), None)


@dataclass(frozen=True)
class Level:
    """One level of the hierarchy (e.g. ``group``).

    ``plurals`` (optional) name several segments of the level in sentences
    such as "5 of 15 groups"; without it the name is lower-cased and given
    an "s".
    """

    id: str
    names: Mapping[str, str]
    plurals: Mapping[str, str] = field(default_factory=dict)

    def name(self, language: str = "en") -> str:
        return _pick(self.names, language) or self.id

    def plural(self, language: str = "en") -> str:
        if self.plurals.get(language):
            return self.plurals[language]
        if self.plurals and not self.names.get(language):
            return _pick(self.plurals, language)
        name = self.name(language).lower()
        return name if name.endswith(("s", "x")) else name + "s"


@dataclass(frozen=True)
class Segment:
    """One segment (group, type, subgroup…) with its optional pen portrait."""

    code: str
    level: str
    parent: str | None
    names: Mapping[str, str]
    colour: str | None = None
    descriptions: Mapping[str, str] = field(default_factory=dict)
    key_features: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    information_channels: Mapping[str, int] = field(default_factory=dict)
    service_channels: Mapping[str, int] = field(default_factory=dict)

    def name(self, language: str = "en") -> str:
        return _pick(self.names, language) or self.code

    def label(self, language: str = "en") -> str:
        """``"K  Names of the segment"``-style label for legends."""
        return f"{self.code} {self.name(language)}"

    def description(self, language: str = "en") -> str | None:
        return _pick(self.descriptions, language)

    def features(self, language: str = "en") -> tuple[str, ...]:
        return tuple(_pick(self.key_features, language) or ())

    @property
    def has_portrait(self) -> bool:
        """True when the segment has a description and channel ratings."""
        return bool(self.descriptions) and bool(self.information_channels or self.service_channels)


@dataclass(frozen=True)
class Catalogue:
    """A validated classification catalogue."""

    id: str
    names: Mapping[str, str]
    levels: tuple[Level, ...]
    segments: Mapping[str, Segment]
    descriptions: Mapping[str, str] = field(default_factory=dict)
    illustrative: bool = False
    source: str = ""
    licence: str = ""
    _aliases: Mapping[str, str] = field(default_factory=dict, repr=False, compare=False)

    # -- names -----------------------------------------------------------
    def name(self, language: str = "en") -> str:
        return _pick(self.names, language) or self.id

    def description(self, language: str = "en") -> str | None:
        return _pick(self.descriptions, language)

    # -- hierarchy -------------------------------------------------------
    @property
    def level_ids(self) -> tuple[str, ...]:
        return tuple(level.id for level in self.levels)

    @property
    def finest_level(self) -> str:
        return self.levels[-1].id

    def level(self, level_id: str) -> Level:
        """The level called ``level_id``; :class:`CatalogueError` if there is none."""
        for level in self.levels:
            if level.id == level_id:
                return level
        raise CatalogueError(
            tr("The catalogue {catalogue} has no level {level}; its levels are: {levels}.").format(
                catalogue=self.name(), level=level_id, levels=", ".join(self.level_ids)
            )
        )

    def resolve_level(self, text: object) -> str:
        """The id of the level that ``text`` names, as a user may write it.

        Parameters
        ----------
        text
            A level id, a level's name in any language of the catalogue (case
            and surrounding spaces ignored), ``coarsest`` or ``finest``; empty
            or None: the coarsest level.

        Returns
        -------
        str
            The level id.

        Raises
        ------
        CatalogueError
            When no level has that id or name; the message lists the levels.
        """
        wanted = "" if text is None else str(text).strip()
        if not wanted:
            return self.level_ids[0]
        folded = wanted.casefold()
        for level in self.levels:
            if level.id.casefold() == folded:
                return level.id
        if folded in ("coarsest", "finest"):
            return self.level_ids[0] if folded == "coarsest" else self.finest_level
        for level in self.levels:
            if any(str(name).strip().casefold() == folded for name in level.names.values()):
                return level.id
        return self.level(wanted).id  # raises, listing the levels

    def level_rank(self, level_id: str) -> int:
        """0 for the coarsest level, increasing towards the finest."""
        return self.level_ids.index(self.level(level_id).id)

    def codes(self, level_id: str) -> list[str]:
        """Codes of ``level_id`` in catalogue order."""
        self.level(level_id)
        return [code for code, segment in self.segments.items() if segment.level == level_id]

    def canonical(self, code: object) -> str | None:
        """The catalogue's spelling of ``code`` (stripped, case-insensitive), or None."""
        text = normalise_code(code)
        if text is None:
            return None
        if text in self.segments:
            return text
        return self._aliases.get(text.upper())

    def segment(self, code: object) -> Segment | None:
        canonical = self.canonical(code)
        return None if canonical is None else self.segments[canonical]

    def ancestor(self, code: object, level_id: str) -> str | None:
        """The code at ``level_id`` that ``code`` rolls up to.

        None when the code is unknown or belongs to a coarser level than
        ``level_id`` (a group cannot be broken down into types).
        """
        segment = self.segment(code)
        target = self.level_rank(level_id)
        if segment is None or self.level_rank(segment.level) < target:
            return None
        while self.level_rank(segment.level) > target and segment.parent is not None:
            segment = self.segments[segment.parent]
        return segment.code

    def rollup(self, codes: Iterable[object], level_id: str) -> np.ndarray:
        """Roll an array of codes (any level at or below ``level_id``) up to ``level_id``.

        Returns an object array of the same length with the code at
        ``level_id``, or None where the code is missing, unknown to the
        catalogue, or coarser than ``level_id`` (see :meth:`classify`).
        Each distinct code is looked up once, so a million rows cost a few
        dictionary lookups per distinct code plus one vectorised take.
        """
        self.level(level_id)
        inverse, distinct = _factorize(codes)
        mapped = np.array([self.ancestor(code, level_id) for code in distinct] + [None], dtype=object)
        return mapped[inverse]

    def classify(self, codes: Iterable[object], level_id: str) -> dict[str, np.ndarray]:
        """Masks of ``codes`` that are missing, unknown, or coarser than ``level_id``."""
        inverse, distinct = _factorize(codes)
        target = self.level_rank(level_id)
        status = []
        for code in distinct:
            segment = self.segment(code)
            if segment is None:
                status.append(1)
            elif self.level_rank(segment.level) < target:
                status.append(2)
            else:
                status.append(0)
        status = np.asarray(status + [3], dtype=np.int8)[inverse]
        return {"missing": status == 3, "unknown": status == 1, "coarser": status == 2}

    # -- display ---------------------------------------------------------
    def segment_name(self, code: object, language: str = "en") -> str:
        segment = self.segment(code)
        return segment.name(language) if segment else str(code)

    def colour(self, code: object, default: str = "#bdbdbd") -> str:
        segment = self.segment(code)
        return segment.colour if segment and segment.colour else default


def normalise_code(code: object) -> str | None:
    """A code as text: stripped, integers without ``.0``; None for NULL/empty.

    Parameters
    ----------
    code : object
        A segment code as read from a field (text, number, NULL or NaN).

    Returns
    -------
    str or None
    """
    if code is None:
        return None
    if isinstance(code, float):
        if np.isnan(code):
            return None
        if code.is_integer():
            code = int(code)
    text = str(code).strip()
    return text or None


def _factorize(codes: Iterable[object]) -> tuple[np.ndarray, list[str]]:
    """Distinct normalised codes and, per input, the index of its code (-1 for none).

    Each distinct raw value is normalised once (``" a01 "``, ``1.0`` …), so
    a million rows cost a hash pass plus a few lookups per distinct value.
    """
    import pandas as pd

    raw_index, raw_values = pd.factorize(pd.Series(list(codes) if not hasattr(codes, "__len__") else codes, dtype=object))
    normalised = [normalise_code(value) for value in raw_values]
    distinct = sorted({code for code in normalised if code is not None})
    position = {code: i for i, code in enumerate(distinct)}
    lookup = np.array([position.get(code, -1) if code is not None else -1 for code in normalised] + [-1], dtype=np.int64)
    return lookup[raw_index], distinct
