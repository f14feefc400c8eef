"""Classification catalogues: hierarchy, names, colours and pen portraits.

A catalogue describes a geodemographic classification (the Place Insight
demo classification, the ONS Output Area Classification, a licensed Mosaic or
ACORN file): its levels from coarse to fine (group → type, supergroup → group
→ subgroup), each segment's code, parent, names in English and French, colour,
and optionally its pen portrait (description, key features and the ratings of
information and service channels on a five-level scale).

The file formats (``placeinsight-catalogue/1`` in JSON, and a flat CSV with
one row per segment for catalogues kept in a spreadsheet) are documented in
``docs/catalogues.md``.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from ..errors import InvalidInputError
from ..i18n import format_examples, tr

FORMAT = "placeinsight-catalogue/1"
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
LANGUAGES = ("en", "fr")

_COLOUR = re.compile(r"^#[0-9A-Fa-f]{6}$")


class CatalogueError(InvalidInputError):
    """A catalogue file cannot be used; the message names the file and the row."""


def rating_label(value: int) -> str:
    """The name of a rating on the five-level scale, in the user's language."""
    labels = {
        1: tr("Low"),
        2: tr("Below average"),
        3: tr("Average"),
        4: tr("Above average"),
        5: tr("High"),
    }
    return labels[int(value)]


def channel_label(channel: str) -> str:
    """The name of an information or service channel, in the user's language."""
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
        while self.level_rank(segment.level) > target:
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
    """A code as text: stripped, integers without ``.0``; None for NULL/empty."""
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


# -- loading ---------------------------------------------------------------
def load_catalogue(path: str | Path) -> Catalogue:
    """Read and validate a catalogue file: JSON (``placeinsight-catalogue/1``) or CSV.

    The format follows the file's extension (``.csv`` is read with
    :func:`catalogue_from_csv`, anything else as JSON).
    """
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise CatalogueError(tr("Cannot read the catalogue file {path}: {error}").format(path=path, error=error)) from error
    text = decode_utf8(raw, path)
    if path.suffix.lower() == ".csv":
        return catalogue_from_csv(text, source_name=path.name)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise CatalogueError(
            tr("The catalogue file {path} is not valid JSON (line {line}, column {column}): {error}").format(
                path=path.name, line=error.lineno, column=error.colno, error=error.msg
            )
        ) from error
    return catalogue_from_dict(data, source_name=path.name)


def decode_utf8(raw: bytes, path: Path) -> str:
    """Decode a catalogue file, naming the line of the first byte that is not UTF-8."""
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        raise CatalogueError(
            tr("The catalogue file {path} is not UTF-8 text (line {line}). Save it as UTF-8 and try again.").format(
                path=path.name, line=line
            )
        ) from error


def builtin_catalogue_dir() -> Path:
    """The folder of the catalogues shipped with the plugin."""
    return Path(__file__).resolve().parents[2] / "resources" / "catalogues"


def builtin_catalogues() -> dict[str, Path]:
    """Catalogue id → file for every catalogue shipped with the plugin, sorted by id."""
    found = {}
    for path in sorted(builtin_catalogue_dir().glob("*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if isinstance(data, dict) and data.get("format") == FORMAT:
            found[str(data.get("id") or path.stem)] = path
    return dict(sorted(found.items()))


def catalogue_from_dict(data: Mapping, *, source_name: str = "catalogue") -> Catalogue:
    """Validate a parsed catalogue and build a :class:`Catalogue`."""
    if not isinstance(data, Mapping):
        raise CatalogueError(tr("{source}: a catalogue must be a JSON object.").format(source=source_name))
    if data.get("format") != FORMAT:
        raise CatalogueError(
            tr("{source}: unknown catalogue format {found!r}; expected {expected!r}.").format(
                source=source_name, found=data.get("format"), expected=FORMAT
            )
        )
    levels = _read_levels(data.get("levels"), source_name)
    segments = _read_segments(data.get("segments"), levels, source_name)
    aliases = {}
    for code in segments:
        aliases.setdefault(code.upper(), code)
    return Catalogue(
        id=str(data.get("id") or Path(source_name).stem),
        names=_texts(data.get("name")) or {"en": str(data.get("id") or source_name)},
        levels=levels,
        segments=segments,
        descriptions=_texts(data.get("description")),
        illustrative=bool(data.get("illustrative", False)),
        source=str(data.get("source") or ""),
        licence=str(data.get("licence") or ""),
        _aliases=aliases,
    )


def _texts(value) -> dict[str, str]:
    if value is None:
        return {}
    if isinstance(value, str):
        return {"en": value}
    if isinstance(value, Mapping):
        return {str(k): str(v) for k, v in value.items() if v is not None and str(v).strip()}
    return {}


def _read_levels(value, source: str) -> tuple[Level, ...]:
    if not isinstance(value, list) or not value:
        raise CatalogueError(tr("{source}: the catalogue lists no levels.").format(source=source))
    levels = []
    for number, item in enumerate(value, start=1):
        level_id = item.get("id") if isinstance(item, Mapping) else item
        if not isinstance(level_id, str) or not level_id.strip():
            raise CatalogueError(tr("{source}: level {number} has no id.").format(source=source, number=number))
        if any(level.id == level_id for level in levels):
            raise CatalogueError(tr("{source}: level {level} is listed twice.").format(source=source, level=level_id))
        names = _texts(item.get("name")) if isinstance(item, Mapping) else {}
        plurals = _texts(item.get("plural")) if isinstance(item, Mapping) else {}
        levels.append(Level(id=level_id, names=names or {"en": level_id}, plurals=plurals))
    return tuple(levels)


def _read_segments(value, levels: tuple[Level, ...], source: str) -> dict[str, Segment]:
    if not isinstance(value, list) or not value:
        raise CatalogueError(tr("{source}: the catalogue lists no segments.").format(source=source))
    level_ids = [level.id for level in levels]
    segments: dict[str, Segment] = {}
    for row, item in enumerate(value, start=1):
        segment = _read_segment(item, row, level_ids, source)
        if segment.code in segments:
            raise CatalogueError(
                tr("{source}, segment {row}: the code {code} is used twice.").format(source=source, row=row, code=segment.code)
            )
        segments[segment.code] = segment
    _check_parents(segments, level_ids, source)
    return segments


def _read_segment(item, row: int, level_ids: list[str], source: str) -> Segment:
    where = tr("{source}, segment {row}").format(source=source, row=row)
    if not isinstance(item, Mapping):
        raise CatalogueError(tr("{where}: a segment must be an object.").format(where=where))
    code = normalise_code(item.get("code"))
    if code is None:
        raise CatalogueError(tr("{where}: the segment has no code.").format(where=where))
    where = tr("{source}, segment {row} ({code})").format(source=source, row=row, code=code)
    level = item.get("level")
    if level not in level_ids:
        raise CatalogueError(
            tr("{where}: unknown level {level!r}; the catalogue's levels are: {levels}.").format(
                where=where, level=level, levels=", ".join(level_ids)
            )
        )
    names = _texts(item.get("name"))
    if not names:
        raise CatalogueError(tr("{where}: the segment has no name.").format(where=where))
    colour = item.get("colour")
    if colour is not None and not _COLOUR.match(str(colour)):
        raise CatalogueError(tr("{where}: the colour {colour!r} is not of the form #RRGGBB.").format(where=where, colour=colour))
    features = item.get("key_features") or {}
    if not isinstance(features, Mapping):
        raise CatalogueError(tr("{where}: key_features must map a language to a list.").format(where=where))
    return Segment(
        code=code,
        level=level,
        parent=normalise_code(item.get("parent")),
        names=names,
        colour=str(colour) if colour else None,
        descriptions=_texts(item.get("description")),
        key_features={
            str(lang): tuple(str(f) for f in feats if str(f).strip())
            for lang, feats in features.items()
            if isinstance(feats, list)
        },
        information_channels=_ratings(item.get("information_channels"), INFORMATION_CHANNELS, where),
        service_channels=_ratings(item.get("service_channels"), SERVICE_CHANNELS, where),
    )


def _ratings(value, channels: tuple[str, ...], where: str) -> dict[str, int]:
    if not value:
        return {}
    if not isinstance(value, Mapping):
        raise CatalogueError(tr("{where}: channel ratings must map a channel to a rating.").format(where=where))
    ratings = {}
    for channel, rating in value.items():
        if channel not in channels:
            raise CatalogueError(
                tr("{where}: unknown channel {channel!r}; known channels: {known}.").format(
                    where=where, channel=channel, known=", ".join(channels)
                )
            )
        if (
            isinstance(rating, bool)
            or not isinstance(rating, (int, float))
            or rating != int(rating)
            or not RATING_MIN <= rating <= RATING_MAX
        ):
            raise CatalogueError(
                tr("{where}: the rating of {channel} is {rating!r}; ratings are whole numbers from 1 (low) to 5 (high).").format(
                    where=where, channel=channel, rating=rating
                )
            )
        ratings[channel] = int(rating)
    return ratings


def _check_parents(segments: dict[str, Segment], level_ids: list[str], source: str) -> None:
    orphans = []
    for row, segment in enumerate(segments.values(), start=1):
        rank = level_ids.index(segment.level)
        if rank == 0:
            if segment.parent is not None:
                raise CatalogueError(
                    tr("{source}, segment {row} ({code}): a segment of the coarsest level has no parent.").format(
                        source=source, row=row, code=segment.code
                    )
                )
            continue
        parent = segments.get(segment.parent) if segment.parent else None
        if parent is None:
            orphans.append(tr("{code} (row {row})").format(code=segment.code, row=row))
            continue
        if parent.level != level_ids[rank - 1]:
            raise CatalogueError(
                tr("{source}, segment {row} ({code}): its parent {parent} is at level {found}, expected {expected}.").format(
                    source=source,
                    row=row,
                    code=segment.code,
                    parent=parent.code,
                    found=parent.level,
                    expected=level_ids[rank - 1],
                )
            )
    if orphans:
        raise CatalogueError(
            tr("{source}: {n} segments have a missing or unknown parent: {examples}.").format(
                source=source, n=len(orphans), examples=format_examples(orphans)
            )
        )


# -- CSV catalogues ----------------------------------------------------------
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
    """Every column a CSV catalogue may have, in the documented order."""
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
    Errors name the file and the row as a spreadsheet shows it (the header
    is row 1). The format is documented in ``docs/catalogues.md``.
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
    if colour is not None and not _COLOUR.match(colour):
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


def catalogue_table(catalogue: Catalogue, language: str = "en", *, level: str | None = None):
    """One row per segment (optionally only ``level``), for export as a table.

    Columns: ``level``, ``code``, ``parent``, ``name`` (in ``language``),
    ``name_en``, ``name_fr``, ``colour``, ``description``, ``key_features``
    (joined with "; "), ``has_portrait`` and one column per channel rating
    (``info_<channel>``, ``service_<channel>``; NULL where not rated).
    """
    import pandas as pd

    if level is not None:
        catalogue.level(level)
    rows = []
    for segment in catalogue.segments.values():
        if level is not None and segment.level != level:
            continue
        row = {
            "level": segment.level,
            "code": segment.code,
            "parent": segment.parent,
            "name": segment.name(language),
            "name_en": segment.name("en"),
            "name_fr": segment.name("fr"),
            "colour": segment.colour,
            "description": segment.description(language),
            "key_features": "; ".join(segment.features(language)) or None,
            "has_portrait": segment.has_portrait,
        }
        for channel in INFORMATION_CHANNELS:
            row[f"info_{channel}"] = segment.information_channels.get(channel)
        for channel in SERVICE_CHANNELS:
            row[f"service_{channel}"] = segment.service_channels.get(channel)
        rows.append(row)
    frame = pd.DataFrame(rows)
    for column in frame.columns:
        if column.startswith(("info_", "service_")):
            frame[column] = frame[column].astype("float64")
    return frame
