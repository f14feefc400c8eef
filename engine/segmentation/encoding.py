"""Segment codes placed on the segments of one catalogue level, and the numbers that go with them.

Vocabulary
----------
base units
    Households, postcodes or output areas. Each carries a segment code and a
    count (households, persons, or 1 per unit); together they are "everybody".
target records
    Clients, respondents, claimants… Each lands in one segment through its
    own code, a key shared with the base (postcode, output-area code) or its
    location (:mod:`engine.segmentation.joins`).
axis
    The segments of one level of a catalogue, in catalogue order, followed
    by an *Unclassified* bucket for codes the catalogue does not know
    (:class:`SegmentAxis`). Every count of the profiles and area mixes is a
    vector (or a zone × segment matrix) on that axis, so a million base
    units cost one ``np.bincount``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np

try:
    import pandas as pd
except ImportError:  # the plugin still loads; algorithms refuse to run (see engine.dependencies)
    pd = None

from ..errors import InvalidInputError
from ..i18n import current_language, format_count, format_examples, tr
from .catalogue import Catalogue, normalise_code

#: Key of the Unclassified bucket (column name in area compositions).
UNCLASSIFIED = "unclassified"
#: Colour of the Unclassified bucket.
UNCLASSIFIED_COLOUR = "#bdbdbd"


@dataclass(frozen=True)
class SegmentAxis:
    """The segments of one catalogue level in catalogue order, then Unclassified."""

    catalogue: Catalogue
    level: str
    codes: tuple[str, ...]

    @classmethod
    def of(cls, catalogue: Catalogue, level: str) -> SegmentAxis:
        """The axis of the segments of ``level`` in ``catalogue``; :class:`CatalogueError` for an unknown level."""
        catalogue.level(level)  # a clear error for an unknown level
        return cls(catalogue, level, tuple(catalogue.codes(level)))

    @property
    def size(self) -> int:
        """Number of positions: every segment plus Unclassified."""
        return len(self.codes) + 1

    @property
    def unclassified(self) -> int:
        """Position of the Unclassified bucket (the last one)."""
        return len(self.codes)

    def keys(self) -> list[str]:
        """Codes, then :data:`UNCLASSIFIED`."""
        return [*self.codes, UNCLASSIFIED]

    def names(self, language: str = "en") -> list[str]:
        return [self.catalogue.segment_name(code, language) for code in self.codes] + [tr("Unclassified")]

    def colours(self) -> list[str]:
        return [self.catalogue.colour(code) for code in self.codes] + [UNCLASSIFIED_COLOUR]

    def level_name(self, language: str = "en") -> str:
        return self.catalogue.level(self.level).name(language)

    def level_plural(self, language: str = "en") -> str:
        return self.catalogue.level(self.level).plural(language)


@dataclass(frozen=True)
class EncodedSegments:
    """Records placed on an axis.

    ``positions[i]`` is the axis position of record ``i``: a segment, the
    Unclassified bucket (code unknown to the catalogue, or no code when
    blanks are counted as Unclassified) or -1 (no code, or a code of a
    coarser level than the axis, listed in ``coarser``). ``unknown`` and
    ``coarser`` map each such code to its number of records; ``blank`` is
    the number of records without a code.
    """

    positions: np.ndarray
    unknown: dict[str, int]
    coarser: dict[str, int]
    blank: int = 0

    @property
    def missing(self) -> int:
        """Records without a usable code (NULL, empty or coarser than the level)."""
        return int(np.count_nonzero(self.positions < 0))


def encode_segments(codes: Iterable[object], axis: SegmentAxis, *, blank_as_unclassified: bool = False) -> EncodedSegments:
    """Place segment codes of any level at or below ``axis.level`` on the axis.

    Codes are matched as the catalogue matches them (trimmed, case-insensitive,
    ``1.0`` is ``"1"``) and rolled up through the hierarchy. Records without
    a code get -1, or the Unclassified bucket with ``blank_as_unclassified``
    (base units: they still belong to everybody). Each distinct value is
    looked up once, so the cost is one hash pass over the records.

    Parameters
    ----------
    codes : iterable of object
        One segment code per record (text or numbers; NULL, NaN and empty
        text mean no code).
    axis : SegmentAxis
        The level to place the records on.
    blank_as_unclassified : bool
        Put records without a code in the Unclassified bucket instead of -1.

    Returns
    -------
    EncodedSegments
        The axis position of every record, with the unknown, coarser and
        missing codes counted.
    """
    # the distinct raw values, and the index of each record's value (-1 for NULL)
    series = codes if isinstance(codes, pd.Series) else pd.Series(as_sized(codes), dtype=object)
    raw_index, raw_values = pd.factorize(series.reset_index(drop=True))
    raw_index = np.asarray(raw_index, dtype=np.int64)
    # one axis position per distinct value, the last entry for NULL
    per_value = np.full(len(raw_values) + 1, -1, dtype=np.int64)
    frequency = np.bincount(raw_index[raw_index >= 0], minlength=len(raw_values))
    position = {code: i for i, code in enumerate(axis.codes)}
    target_rank = axis.catalogue.level_rank(axis.level)
    unknown: dict[str, int] = {}
    coarser: dict[str, int] = {}
    blank_position = axis.unclassified if blank_as_unclassified else -1
    per_value[-1] = blank_position
    blank = int(np.count_nonzero(raw_index < 0))
    # look each distinct value up in the catalogue once, counting the codes that cannot be placed
    for j, value in enumerate(raw_values):
        code = normalise_code(value)
        if code is None:
            per_value[j] = blank_position
            blank += int(frequency[j])
            continue
        segment = axis.catalogue.segment(code)
        if segment is None:
            per_value[j] = axis.unclassified
            unknown[code] = unknown.get(code, 0) + int(frequency[j])
        elif axis.catalogue.level_rank(segment.level) < target_rank:
            coarser[segment.code] = coarser.get(segment.code, 0) + int(frequency[j])
        else:
            ancestor = axis.catalogue.ancestor(code, axis.level)
            per_value[j] = axis.unclassified if ancestor is None else position[ancestor]
    # every record takes the position of its value
    return EncodedSegments(per_value[raw_index], unknown, coarser, blank)


def code_warnings(encoded: EncodedSegments, axis: SegmentAxis, *, layer: str, field: str, blank_counted: bool) -> list[str]:
    """Messages about codes the catalogue does not know and records without a code.

    Parameters
    ----------
    encoded : EncodedSegments
        Records placed on ``axis`` by :func:`encode_segments`.
    axis : SegmentAxis
        The axis they were placed on (its catalogue is named in the message).
    layer, field : str
        The layer and field the codes come from, named in the messages.
    blank_counted : bool
        Whether records without a code were counted as Unclassified (only
        then are they reported).

    Returns
    -------
    list of str
        Translated messages, empty when every code is known.
    """
    messages = []
    if encoded.unknown:
        ranked = sorted(encoded.unknown.items(), key=lambda item: (-item[1], item[0]))
        messages.append(
            tr(
                "{n} records of {layer} have segment codes that are not in the catalogue {catalogue} "
                "(field {field}: {examples}); they are counted as Unclassified."
            ).format(
                n=format_count(sum(encoded.unknown.values())),
                layer=layer,
                catalogue=axis.catalogue.name(current_language()),
                field=field,
                examples=format_examples([f"{code} ({format_count(count)})" for code, count in ranked]),
            )
        )
    if encoded.blank and blank_counted:
        messages.append(
            tr("{n} records of {layer} have no segment code in the field {field}; they are counted as Unclassified.").format(
                n=format_count(encoded.blank), layer=layer, field=field
            )
        )
    return messages


def require_level(encoded: EncodedSegments, axis: SegmentAxis, *, layer: str, field: str) -> None:
    """Refuse codes coarser than the axis level (a group cannot be split into types), and codes of another catalogue.

    Codes of which not one is in the catalogue come from another
    classification (the ONS OAC chosen for demo-coded data): they are
    refused with the catalogue's name and the codes found
    (:func:`require_known_codes`) rather than all counted as
    Unclassified.

    Parameters
    ----------
    encoded : EncodedSegments
        Records placed on ``axis`` by :func:`encode_segments`.
    axis : SegmentAxis
        The axis they were placed on.
    layer, field : str
        The layer and field the codes come from, named in the message.

    Raises
    ------
    InvalidInputError
        When some records have codes of a coarser level than ``axis.level``,
        or no code is in the catalogue.
    """
    if not encoded.coarser:
        require_known_codes(encoded, axis, layer=layer, field=field)
        return
    levels = sorted({axis.catalogue.segments[code].level for code in encoded.coarser}, key=axis.catalogue.level_rank)
    raise InvalidInputError(
        tr(
            "{n} records of {layer} have codes of the level {found} in the field {field} (e.g. {examples}); "
            "they cannot be broken down to the level {level}. Choose the level {found} (or a coarser one), "
            "or a field with finer codes."
        ).format(
            n=format_count(sum(encoded.coarser.values())),
            layer=layer,
            found=", ".join(levels),
            field=field,
            examples=format_examples(sorted(encoded.coarser)),
            level=axis.level,
        )
    )


def require_known_codes(encoded: EncodedSegments, axis: SegmentAxis, *, layer: str, field: str) -> None:
    """Refuse codes of which not one is in the catalogue: they belong to another classification.

    Parameters
    ----------
    encoded : EncodedSegments
        Records placed on ``axis`` by :func:`encode_segments`.
    axis : SegmentAxis
        The axis they were placed on (its catalogue is named in the message).
    layer, field : str
        The layer and field the codes come from, named in the message.

    Raises
    ------
    InvalidInputError
        When some records have codes and none of them is in the catalogue.
    """
    placed = (encoded.positions >= 0) & (encoded.positions < axis.unclassified)
    if not encoded.unknown or placed.any() or encoded.coarser:
        return
    ranked = sorted(encoded.unknown.items(), key=lambda item: (-item[1], item[0]))
    raise InvalidInputError(
        tr(
            "None of the segment codes of {layer} (field {field}) is in the catalogue {catalogue}; the codes found "
            "are {examples}. Choose the catalogue these codes come from (or your own catalogue file), or the field "
            "that holds the segment codes."
        ).format(
            layer=layer,
            field=field,
            catalogue=axis.catalogue.name(current_language()),
            examples=format_examples([f"{code} ({format_count(count)})" for code, count in ranked], limit=8),
        )
    )


def tally(positions: np.ndarray, size: int, weights: np.ndarray | None = None) -> np.ndarray:
    """Weighted number of records at each axis position (records at -1 are left out).

    Parameters
    ----------
    positions : numpy.ndarray
        Axis position of each record (``EncodedSegments.positions``).
    size : int
        Number of axis positions (``SegmentAxis.size``).
    weights : numpy.ndarray, optional
        Weight of each record (households, persons…); 1 each without it.

    Returns
    -------
    numpy.ndarray
        ``(size,)`` float counts, one ``np.bincount``.
    """
    positions = np.asarray(positions, dtype=np.int64)
    placed = positions >= 0
    chosen = None if weights is None else np.asarray(weights, dtype=float)[placed]
    return np.bincount(positions[placed], weights=chosen, minlength=size).astype(float)


def as_sized(values: Iterable[object]):
    """A sized sequence (arrays and Series pass through; other iterables become a list).

    Parameters
    ----------
    values : iterable of object

    Returns
    -------
    sequence of object
    """
    return values if hasattr(values, "__len__") else list(values)
