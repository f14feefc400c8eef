"""Catalogue files: reading one (JSON or CSV), the catalogues shipped with the plugin, a catalogue as a table.

The file formats (``placeinsight-catalogue/1`` in JSON,
:mod:`engine.segmentation.catalogue_format`, and a flat CSV with one row per
segment, :mod:`engine.segmentation.catalogue_csv`) are documented in
``docs/catalogues.md``.
"""

from __future__ import annotations

import json
from pathlib import Path

from ..i18n import tr
from .catalogue import INFORMATION_CHANNELS, SERVICE_CHANNELS, Catalogue, CatalogueError
from .catalogue_csv import catalogue_from_csv
from .catalogue_format import FORMAT, catalogue_from_dict


def load_catalogue(path: str | Path) -> Catalogue:
    """Read and validate a catalogue file: JSON (``placeinsight-catalogue/1``) or CSV.

    The format follows the file's extension (``.csv`` is read with
    :func:`catalogue_from_csv`, anything else as JSON).

    Parameters
    ----------
    path : str or pathlib.Path
        The catalogue file, in UTF-8.

    Returns
    -------
    Catalogue

    Raises
    ------
    CatalogueError
        When the file cannot be read, is not UTF-8, not valid JSON, or not a
        valid catalogue; the message names the file and the line or row.
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
    """Decode a catalogue file, naming the line of the first byte that is not UTF-8.

    Parameters
    ----------
    raw : bytes
        The file's content (a UTF-8 byte-order mark is dropped).
    path : pathlib.Path
        The file, named in the message.

    Returns
    -------
    str
    """
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
    """The folder of the catalogues shipped with the plugin.

    Returns
    -------
    pathlib.Path
        ``resources/catalogues`` of the plugin.
    """
    return Path(__file__).resolve().parents[2] / "resources" / "catalogues"


def builtin_catalogues() -> dict[str, Path]:
    """Catalogue id → file for every catalogue shipped with the plugin, sorted by id.

    Returns
    -------
    dict of str to pathlib.Path
        The JSON files of :func:`builtin_catalogue_dir` in the format
        :data:`FORMAT`; files that cannot be read are skipped.
    """
    found = {}
    for path in sorted(builtin_catalogue_dir().glob("*.json")):
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if isinstance(data, dict) and data.get("format") == FORMAT:
            found[str(data.get("id") or path.stem)] = path
    return dict(sorted(found.items()))


def catalogue_table(catalogue: Catalogue, language: str = "en", *, level: str | None = None):
    """One row per segment (optionally only ``level``), for export as a table.

    Parameters
    ----------
    catalogue : Catalogue
        The catalogue to export.
    language : str
        Language of ``name``, ``description`` and ``key_features``.
    level : str, optional
        Only the segments of this level.

    Returns
    -------
    pandas.DataFrame
        Columns: ``level``, ``code``, ``parent``, ``name`` (in ``language``),
        ``name_en``, ``name_fr``, ``colour``, ``description``,
        ``key_features`` (joined with "; "), ``has_portrait`` and one column
        per channel rating (``info_<channel>``, ``service_<channel>``; NULL
        where not rated).
    """
    import pandas as pd

    if level is not None:
        catalogue.level(level)
    rows = []
    for segment in catalogue.segments.values():
        if level is not None and segment.level != level:
            continue
        row: dict[str, object] = {
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
