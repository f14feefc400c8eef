"""Matching records on keys such as UK postcodes or output-area codes.

People write postcodes in many ways ("GU11 1AA", "gu111aa", " GU11  1AA ");
a key join compares them case- and space-insensitively so that each of those
finds the same base unit.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

import numpy as np

try:
    import pandas as pd
except ImportError:  # the plugin still loads; algorithms refuse to run (see engine.dependencies)
    pd = None


def normalise_keys(values: Iterable[object], *, postcode: bool = True) -> np.ndarray:
    """Keys as comparable text: upper case, without spaces (postcodes) or trimmed (other codes).

    NULL, NaN and empty strings become None. Numbers are written without a
    trailing ``.0`` (``1234.0`` → ``"1234"``).

    Parameters
    ----------
    values : iterable of object
        The keys.
    postcode : bool
        Remove every space (postcodes); otherwise only trim.

    Returns
    -------
    numpy.ndarray
        Object array of text, None where there is no key.
    """
    series = pd.Series(list(values) if not hasattr(values, "__len__") else values, dtype=object)
    if pd.api.types.infer_dtype(series, skipna=True) == "string":
        return _normalise_text(series.to_numpy(dtype=object), postcode)
    return _normalise_any(series, postcode)


def _normalise_text(values: np.ndarray, postcode: bool) -> np.ndarray:
    """The same result for a column of text in one pass (a million postcodes in well under a second).

    Only the keys that may be numbers (starting with a digit, a sign or a
    dot once cleaned) go through :func:`_normalise_any`.
    """
    spaces = _whitespace()
    result = np.array(
        [
            None if not isinstance(v, str) else (v.upper().translate(spaces) if postcode else v.upper().strip()) or None
            for v in values
        ],
        dtype=object,
    )
    maybe_number = np.array([bool(k) and k[0] in "0123456789+-." for k in result], dtype=bool)
    if maybe_number.any():
        result[maybe_number] = _normalise_any(pd.Series(values[maybe_number], dtype=object), postcode)
    return result


@lru_cache(maxsize=1)
def _whitespace() -> dict[int, None]:
    """A ``str.translate`` table deleting every whitespace character (what ``\\s`` matches)."""
    return dict.fromkeys((c for c in range(0x3001) if chr(c).isspace()), None)


def _normalise_any(series, postcode: bool) -> np.ndarray:
    missing = series.isna()
    as_float = pd.to_numeric(series.where(~missing), errors="coerce")
    integral = as_float.notna() & (as_float == np.floor(as_float.fillna(0)))
    text = series.astype(str)
    text[integral] = as_float[integral].astype("int64").astype(str)
    text = text.str.upper()
    text = text.str.replace(r"\s+", "", regex=True) if postcode else text.str.strip()
    result = text.to_numpy(dtype=object)
    result[missing.to_numpy() | (text == "").to_numpy()] = None
    return result


def match_keys(keys: Iterable[object], table_keys: Iterable[object], *, postcode: bool = True) -> np.ndarray:
    """For each key, the position of the first equal key in ``table_keys`` (normalised), else -1.

    Parameters
    ----------
    keys, table_keys : iterable of object
        The keys to look up, and the keys of the table.
    postcode : bool
        Normalise as postcodes (see :func:`normalise_keys`).

    Returns
    -------
    numpy.ndarray
        int64 position in ``table_keys`` of each key; -1 for no match or no key.
    """
    left = normalise_keys(keys, postcode=postcode)
    right = normalise_keys(table_keys, postcode=postcode)
    index = pd.Index(right)
    positions = index.get_indexer(left) if index.is_unique else _first_positions(right).reindex(left).to_numpy()
    positions = np.asarray(pd.Series(positions).fillna(-1), dtype=np.int64)
    positions[pd.isna(left)] = -1
    return positions


def _first_positions(keys: np.ndarray):
    series = pd.Series(np.arange(len(keys)), index=keys)
    return series[~series.index.duplicated(keep="first") & series.index.notna()]


def duplicated_keys(keys: Iterable[object], *, postcode: bool = True) -> list[str]:
    """The normalised keys that occur more than once (NULL ignored), sorted.

    Parameters
    ----------
    keys : iterable of object
        The keys.
    postcode : bool
        Normalise as postcodes (see :func:`normalise_keys`).

    Returns
    -------
    list of str
    """
    normalised = pd.Series(normalise_keys(keys, postcode=postcode)).dropna()
    return sorted(normalised[normalised.duplicated()].unique().tolist())
