"""CSV catalogues: one row per segment, for catalogues kept in a spreadsheet.

Each row becomes a segment of the catalogue format
(:mod:`engine.segmentation.catalogue_format`); the levels come from the
hierarchy of parents. The columns are documented in ``docs/catalogues.md``.
Errors name the file and the row as a spreadsheet shows it (the header is
row 1).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Mapping
from pathlib import Path

from ..i18n import tr
from .catalogue import (
    INFORMATION_CHANNELS,
    LANGUAGES,
    RATING_MAX,
    RATING_MIN,
    SERVICE_CHANNELS,
    Catalogue,
    CatalogueError,
    normalise_code,
)
from .catalogue_format import FORMAT, HEX_COLOUR, catalogue_from_dict

#: Columns a CSV catalogue must have.
CSV_REQUIRED = ("level", "code", "parent", "name_en")
#: Optional text columns of a CSV catalogue (ratings are ``info_<channel>`` / ``service_<channel>``).
CSV_OPTIONAL = (
    "name_fr",
    "level_name_en",
    "level_name_fr",
    "colour",
    "description_en",
    "description_fr",
    "key_features_en",
    "key_features_fr",
)
#: Separator of the key features inside one cell.
FEATURE_SEPARATOR = "|"


def csv_columns() -> tuple[str, ...]:
    """Every column a CSV catalogue may have, in the documented order.

    Returns
    -------
    tuple of str
        :data:`CSV_REQUIRED`, :data:`CSV_OPTIONAL`, then ``info_<channel>``
        and ``service_<channel>`` for every channel.
    """
    return (
        CSV_REQUIRED
        + CSV_OPTIONAL
        + tuple(f"info_{c}" for c in INFORMATION_CHANNELS)
        + tuple(f"service_{c}" for c in SERVICE_CHANNELS)
    )


def catalogue_from_csv(text: str, *, source_name: str = "catalogue.csv") -> Catalogue:
    """Validate a CSV catalogue (one row per segment) and build a :class:`Catalogue`.

    The levels and their order come from the hierarchy: segments without a
    parent form the coarsest level, their children the next, and so on.
    The separator (comma, semicolon or tab) is the one the header uses most.
    The format is documented in ``docs/catalogues.md``.

    Parameters
    ----------
    text : str
        The file's text.
    source_name : str
        Names the file in error messages, and gives the catalogue its id.

    Returns
    -------
    Catalogue

    Raises
    ------
    CatalogueError
        Naming the file and the row as a spreadsheet shows it (the header is
        row 1).
    """
    segments: list[dict] = []
    rows: dict[str, int] = {}
    level_names: dict[str, dict[str, str]] = {}
    for row, record in _csv_records(text, source_name):
        segment = _csv_segment(record, row, source_name)
        code = segment["code"]
        if code.upper() in rows:
            raise CatalogueError(
                tr("{source}, row {row}: the code {code} is already used on row {first}.").format(
                    source=source_name, row=row, code=code, first=rows[code.upper()]
                )
            )
        rows[code.upper()] = row
        _csv_level_names(record, segment, row, level_names, source_name)
        segments.append(segment)
    levels = _csv_levels(segments, rows, source_name)
    stem = Path(source_name).stem
    data = {
        "format": FORMAT,
        "id": stem,
        "name": {"en": stem},
        "source": source_name,
        "levels": [{"id": level, "name": level_names.get(level) or {"en": level}} for level in levels],
        "segments": segments,
    }
    return catalogue_from_dict(data, source_name=source_name)


def _csv_records(text: str, source: str):
    """``(row number, {column: text})`` for every non-blank data row; checks the header."""
    if not text.strip():
        raise CatalogueError(tr("{source}: the file is empty.").format(source=source))
    header_line = text.splitlines()[0]
    delimiter = max((",", ";", "\t"), key=header_line.count)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    header = [column.strip().lower() for column in next(reader)]
    missing = [column for column in CSV_REQUIRED if column not in header]
    if missing:
        raise CatalogueError(
            tr("{source}: the column(s) {columns} are missing; a CSV catalogue needs at least: {required}.").format(
                source=source, columns=", ".join(missing), required=", ".join(CSV_REQUIRED)
            )
        )
    known = set(csv_columns())
    unknown = [column for column in header if column not in known]
    doubled = sorted({column for column in header if header.count(column) > 1})
    if unknown or doubled:
        raise CatalogueError(
            tr("{source}: unknown or repeated column(s) {columns}. The columns of a CSV catalogue are: {known}.").format(
                source=source, columns=", ".join(repr(c) for c in unknown + doubled), known=", ".join(csv_columns())
            )
        )
    for row, values in enumerate(reader, start=2):
        if not any(value.strip() for value in values):
            continue
        if len(values) > len(header):
            raise CatalogueError(
                tr(
                    "{source}, row {row}: the row has {found} values but the header has {expected} columns "
                    "(a text containing the separator must be in double quotes)."
                ).format(source=source, row=row, found=len(values), expected=len(header))
            )
        yield row, {column: value.strip() for column, value in zip(header, values)}


def _csv_segment(record: Mapping[str, str], row: int, source: str) -> dict:
    """One CSV row as a segment of the JSON format, checked cell by cell."""
    code = normalise_code(record.get("code"))
    if code is None:
        raise CatalogueError(tr("{source}, row {row}: the segment has no code.").format(source=source, row=row))
    where = tr("{source}, row {row} ({code})").format(source=source, row=row, code=code)
    if not record.get("level"):
        raise CatalogueError(tr("{where}: the column level is empty.").format(where=where))
    if not record.get("name_en"):
        raise CatalogueError(tr("{where}: the segment has no English name (column name_en).").format(where=where))
    colour = record.get("colour") or None
    if colour is not None and not HEX_COLOUR.match(colour):
        raise CatalogueError(tr("{where}: the colour {colour!r} is not of the form #RRGGBB.").format(where=where, colour=colour))
    return {
        "code": code,
        "level": record["level"],
        "parent": normalise_code(record.get("parent")),
        "name": {lang: record.get(f"name_{lang}") for lang in LANGUAGES},
        "colour": colour,
        "description": {lang: record.get(f"description_{lang}") for lang in LANGUAGES},
        "key_features": _csv_features(record),
        "information_channels": _csv_ratings(record, "info", INFORMATION_CHANNELS, where),
        "service_channels": _csv_ratings(record, "service", SERVICE_CHANNELS, where),
    }


def _csv_features(record: Mapping[str, str]) -> dict[str, list[str]]:
    features = {}
    for lang in LANGUAGES:
        items = [f.strip() for f in (record.get(f"key_features_{lang}") or "").split(FEATURE_SEPARATOR) if f.strip()]
        if items:
            features[lang] = items
    return features


def _csv_ratings(record: Mapping[str, str], prefix: str, channels: tuple[str, ...], where: str) -> dict[str, int]:
    ratings = {}
    for channel in channels:
        column = f"{prefix}_{channel}"
        text = record.get(column) or ""
        if not text:
            continue
        try:
            value = float(text.replace(",", "."))
        except ValueError:
            value = None
        if value is None or not value.is_integer() or not RATING_MIN <= value <= RATING_MAX:
            raise CatalogueError(
                tr(
                    "{where}: the rating in column {column} is {rating!r}; ratings are whole numbers from 1 (low) to 5 (high)."
                ).format(where=where, column=column, rating=text)
            )
        ratings[channel] = int(value)
    return ratings


def _csv_level_names(record: Mapping[str, str], segment: dict, row: int, names: dict, source: str) -> None:
    """Collect ``level_name_<lang>``; two rows of a level must not disagree."""
    level = names.setdefault(segment["level"], {})
    for lang in LANGUAGES:
        text = record.get(f"level_name_{lang}")
        if not text:
            continue
        if level.get(lang) not in (None, text):
            raise CatalogueError(
                tr("{source}, row {row} ({code}): the level {level} is named {name!r} here but {other!r} above.").format(
                    source=source, row=row, code=segment["code"], level=segment["level"], name=text, other=level[lang]
                )
            )
        level[lang] = text


def _csv_levels(segments: list[dict], rows: Mapping[str, int], source: str) -> list[str]:
    """Level ids from the coarsest to the finest, worked out from the parents."""
    depth = _csv_depths(segments, rows, source)
    level_depth = _csv_level_depths(segments, depth, rows, source)
    ordered = sorted(level_depth, key=lambda level: level_depth[level][0])
    for upper, lower in zip(ordered, ordered[1:]):
        if level_depth[upper][0] == level_depth[lower][0]:
            raise CatalogueError(
                tr(
                    "{source}: the levels {first} and {second} sit at the same depth of the hierarchy; "
                    "give each level its own depth."
                ).format(source=source, first=upper, second=lower)
            )
    return ordered


def _csv_depths(segments: list[dict], rows: Mapping[str, int], source: str) -> dict[str, int]:
    """Steps from the top of the hierarchy of every code (upper case).

    Each segment's ``parent`` is rewritten in the spelling of the parent's
    row; an unknown parent or a circle of parents is refused.
    """
    by_code = {segment["code"].upper(): segment for segment in segments}
    depth: dict[str, int] = {}
    for segment in segments:
        chain: list[str] = []
        key = segment["code"].upper()
        while key not in depth:
            current = by_code[key]
            parent = current["parent"]
            if parent is None:
                depth[key] = 0
                break
            if parent.upper() not in by_code:
                raise CatalogueError(
                    tr("{source}, row {row} ({code}): its parent {parent} is not a code of the file.").format(
                        source=source, row=rows[key], code=current["code"], parent=parent
                    )
                )
            current["parent"] = by_code[parent.upper()]["code"]
            chain.append(key)
            if parent.upper() in chain:
                raise CatalogueError(
                    tr("{source}, row {row} ({code}): its parents go round in a circle.").format(
                        source=source, row=rows[key], code=current["code"]
                    )
                )
            key = parent.upper()
        for code in reversed(chain):
            depth[code] = depth[by_code[code]["parent"].upper()] + 1
    return depth


def _csv_level_depths(
    segments: list[dict], depth: Mapping[str, int], rows: Mapping[str, int], source: str
) -> dict[str, tuple[int, str]]:
    """Each level's depth and its first code; a segment hanging at another depth than its level's is refused."""
    level_depth: dict[str, tuple[int, str]] = {}
    for segment in segments:
        key = segment["code"].upper()
        first = level_depth.setdefault(segment["level"], (depth[key], key))
        if first[0] != depth[key]:
            raise CatalogueError(
                tr(
                    "{source}, row {row} ({code}): the level {level} is {depth} step(s) below the top here but "
                    "{other} on row {first}; all segments of a level must hang at the same depth."
                ).format(
                    source=source,
                    row=rows[key],
                    code=segment["code"],
                    level=segment["level"],
                    depth=depth[key],
                    other=first[0],
                    first=rows[first[1]],
                )
            )
    return level_depth
