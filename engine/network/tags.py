"""Road attributes as the travel modes read them: OpenStreetMap tags and speeds in mph or km/h.

GDAL writes the OSM tags it has no column for into one ``other_tags`` text
(``"key"=>"value"`` pairs); :func:`normalise_tags` moves them into their own
columns. :func:`parse_speed` reads ``maxspeed`` values and speed fields.
"""

from __future__ import annotations

import math
import re

import numpy as np

try:
    import pandas as pd
except ImportError:  # the plugin still loads; algorithms refuse to run (see engine.dependencies)
    pd = None

from .options import MPH

#: maxspeed zone codes (km/h).
ZONE_SPEEDS = {
    "gb:nsl_single": 60 * MPH,
    "gb:nsl_dual": 70 * MPH,
    "gb:motorway": 70 * MPH,
    "gb:urban": 30 * MPH,
    "uk:nsl_single": 60 * MPH,
    "uk:nsl_dual": 70 * MPH,
    "uk:motorway": 70 * MPH,
    "fr:urban": 50.0,
    "fr:rural": 80.0,
    "fr:trunk": 110.0,
    "fr:motorway": 130.0,
    "fr:zone30": 30.0,
    "fr:walk": 6.0,
    "walk": 6.0,
    "living_street": 20.0,
}
TRUE_TAGS = frozenset({"yes", "designated", "permissive", "official", "destination", "true", "1"})
FALSE_TAGS = frozenset({"no", "private", "false", "0", "use_sidepath", "dismount"})
TAG_COLUMNS = (
    "highway",
    "maxspeed",
    "oneway",
    "junction",
    "access",
    "foot",
    "bicycle",
    "motor_vehicle",
    "motorcar",
    "bridge",
    "tunnel",
    "layer",
    "oneway:bicycle",
)

_OTHER_TAG = re.compile(r'"((?:[^"\\]|\\.)*)"=>"((?:[^"\\]|\\.)*)"')
_SPEED = re.compile(r"^(\d+(?:[.,]\d+)?)\s*(mph|km/h|kmh|kph|km/hr|kmph|knots)?$")


def parse_other_tags(text) -> dict[str, str]:
    """The ``"key"=>"value"`` pairs of GDAL's OSM ``other_tags`` field as a dict.

    Parameters
    ----------
    text
        The field's value (None or NaN give no tags).

    Returns
    -------
    dict of str to str
    """
    if text is None or (isinstance(text, float) and math.isnan(text)):
        return {}
    return {k.replace('\\"', '"'): v.replace('\\"', '"') for k, v in _OTHER_TAG.findall(str(text))}


def parse_speed(value, *, unit: str = "kmh") -> float:
    """A speed in km/h from a number or a ``maxspeed`` text; NaN when it says none.

    Understands ``50``, ``"50"``, ``"30 mph"``, ``"20mph"``, ``"50 km/h"``,
    zone codes (``GB:nsl_single``, ``FR:urban``, ``FR:zone30``), ``walk`` and
    lists (``"50;30"`` → the lowest). Numbers without unit are in ``unit``.
    Zero, negative and unreadable values give NaN.

    Parameters
    ----------
    value
        A number or a text.
    unit
        ``"kmh"`` or ``"mph"``: the unit of numbers given without one.

    Returns
    -------
    float
        km/h, or NaN.
    """
    if value is None or isinstance(value, bool):
        return math.nan
    if isinstance(value, (int, float, np.integer, np.floating)):
        number = float(value)
        if not math.isfinite(number) or number <= 0:
            return math.nan
        return number * MPH if unit == "mph" else number
    text = str(value).strip().lower()
    if not text:
        return math.nan
    if ";" in text or "|" in text:
        speeds = [parse_speed(part, unit=unit) for part in re.split(r"[;|]", text)]
        speeds = [s for s in speeds if not math.isnan(s)]
        return min(speeds) if speeds else math.nan
    if text in ZONE_SPEEDS:
        return ZONE_SPEEDS[text]
    zone = re.match(r"^[a-z]{2}:zone:?(\d+)$", text)
    if zone:
        return float(zone.group(1))
    match = _SPEED.match(text)
    if not match:
        return math.nan
    number = float(match.group(1).replace(",", "."))
    if number <= 0:
        return math.nan
    suffix = match.group(2)
    if suffix == "mph" or (suffix is None and unit == "mph"):
        return number * MPH
    if suffix == "knots":
        return number * 1.852
    return number


def _parse_speeds(values: np.ndarray, *, unit: str = "kmh") -> np.ndarray:
    """:func:`parse_speed` of many values: numbers at once, each distinct text once."""
    numbers = pd.to_numeric(pd.Series(values, dtype=object), errors="coerce").to_numpy(dtype=float)
    result = np.where(numbers > 0, numbers * (MPH if unit == "mph" else 1.0), np.nan)
    texts = pd.isna(numbers) & pd.notna(pd.Series(values, dtype=object)).to_numpy()
    if texts.any():
        distinct = {value: parse_speed(value, unit=unit) for value in set(values[texts].tolist())}
        result[texts] = [distinct[value] for value in values[texts].tolist()]
    return result


def _per_distinct(values, function, dtype=object) -> np.ndarray:
    """``function`` of every value, computed once per distinct value (None and NaN are given as None).

    Road layers repeat a few dozen tag values over hundreds of thousands of lines.
    """
    codes, uniques = pd.factorize(np.asarray(values, dtype=object), use_na_sentinel=True)
    table = np.empty(len(uniques) + 1, dtype=dtype)
    for i, value in enumerate(uniques.tolist() + [None]):
        table[i] = function(value)
    return table[codes]


def _tag_text(value) -> str | None:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    text = str(value).strip().lower()
    if isinstance(value, (float, np.floating)) and float(value).is_integer():
        text = str(int(value))
    return text or None


def _text_column(frame: pd.DataFrame, name: str) -> np.ndarray:
    if name not in frame.columns:
        return np.full(len(frame), None, dtype=object)
    return _per_distinct(frame[name].to_numpy(dtype=object), _tag_text)


def normalise_tags(attributes: pd.DataFrame) -> pd.DataFrame:
    """Attributes with OSM tags from ``other_tags`` moved into their own columns.

    Columns already present win over ``other_tags``. Every column of
    :data:`TAG_COLUMNS` (and ``speed``/``direction`` when given) is returned
    as lower-case trimmed text or None.

    Parameters
    ----------
    attributes
        One row per input feature (see :func:`.build.build_network`).

    Returns
    -------
    pandas.DataFrame
        The columns of :data:`TAG_COLUMNS` and ``direction`` (None where not
        given), ``speed`` (the values as given, or None) and ``has_class``
        (whether the attributes have a ``highway`` column).
    """
    frame = attributes.copy()
    if "other_tags" in frame.columns:
        parsed = [parse_other_tags(v) for v in frame["other_tags"].to_numpy(dtype=object)]
        for tag in TAG_COLUMNS:
            from_tags = np.array([p.get(tag) for p in parsed], dtype=object)
            if tag in frame.columns:
                current = frame[tag].to_numpy(dtype=object)
                empty = pd.isna(pd.Series(current)).to_numpy()
                current = current.copy()
                current[empty] = from_tags[empty]
                frame[tag] = current
            elif any(v is not None for v in from_tags):
                frame[tag] = from_tags
    result = pd.DataFrame(index=frame.index)
    for tag in TAG_COLUMNS + ("direction",):
        result[tag] = _text_column(frame, tag)
    result["speed"] = frame["speed"].to_numpy(dtype=object) if "speed" in frame.columns else None
    result["has_class"] = "highway" in frame.columns
    return result
