"""The catalogue format (``placeinsight-catalogue/1``): a parsed catalogue checked and built.

A catalogue file in JSON is this format as it is; a CSV catalogue is turned
into it (:mod:`engine.segmentation.catalogue_csv`). The format is documented
in ``docs/catalogues.md``. Errors name the source and the segment.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path

from ..i18n import format_examples, tr
from .catalogue import (
    INFORMATION_CHANNELS,
    RATING_MAX,
    RATING_MIN,
    SERVICE_CHANNELS,
    Catalogue,
    CatalogueError,
    Level,
    Segment,
    normalise_code,
)

#: The format of catalogue files.
FORMAT = "placeinsight-catalogue/1"
#: A segment colour as catalogues write it: ``#RRGGBB``.
HEX_COLOUR = re.compile(r"^#[0-9A-Fa-f]{6}$")


def catalogue_from_dict(data: Mapping, *, source_name: str = "catalogue") -> Catalogue:
    """Validate a parsed catalogue and build a :class:`Catalogue`.

    Parameters
    ----------
    data : Mapping
        The catalogue in the ``placeinsight-catalogue/1`` form, as parsed from
        JSON.
    source_name : str
        Names the catalogue in error messages (usually the file name); the
        catalogue's id when ``data`` has none.

    Returns
    -------
    Catalogue

    Raises
    ------
    CatalogueError
        When a level or segment is missing or malformed, naming the segment.
    """
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
    aliases: dict[str, str] = {}
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
    levels: list[Level] = []
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
    if colour is not None and not HEX_COLOUR.match(str(colour)):
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
