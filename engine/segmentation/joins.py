"""Target records matched to base units: on a shared key, or at the nearest base point.

A client list rarely carries a segment code of its own. Each record then
finds its base unit through a key both tables share (a postcode, an
output-area code), compared as :mod:`engine.segmentation.keys` normalises
keys, or through its location: the nearest base point within a tolerance.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np

try:
    import pandas as pd
except ImportError:  # the plugin still loads; algorithms refuse to run (see engine.dependencies)
    pd = None

from .catalogue import normalise_code
from .encoding import as_sized
from .keys import normalise_keys


@dataclass(frozen=True)
class KeyJoin:
    """Target records matched to base rows on a key.

    ``rows[i]`` is the base row of target record ``i`` (-1: no match).
    ``unmatched`` holds the keys, as written, of records that matched no
    base row (``""`` for a record without a key). ``duplicates`` are the
    normalised keys found on several base rows; a target record takes the
    row with the largest count among them, and ``conflicts`` lists the
    duplicated keys whose rows disagree on the segment.
    """

    rows: np.ndarray
    unmatched: list[str]
    duplicates: list[str]
    conflicts: list[str]


def join_on_keys(
    target_keys: Iterable[object],
    base_keys: Iterable[object],
    *,
    base_positions: np.ndarray,
    base_counts: np.ndarray | None = None,
    postcode: bool = True,
) -> KeyJoin:
    """Match target records to base rows on keys, case- and space-insensitively for postcodes.

    Keys are normalised with :func:`engine.segmentation.keys.normalise_keys` ("GU11 1AA"
    = "gu111aa"); with ``postcode=False`` only case and surrounding spaces
    are ignored (output-area codes, client ids).

    Parameters
    ----------
    target_keys : iterable of object
        The key of each target record.
    base_keys : iterable of object
        The key of each base row.
    base_positions : numpy.ndarray
        Axis position of each base row (``EncodedSegments.positions``), to
        find duplicated keys whose rows disagree on the segment.
    base_counts : numpy.ndarray, optional
        Count of each base row; a key found on several rows takes the row with
        the largest count (1 each without it: the first row).
    postcode : bool
        Normalise the keys as postcodes (all spaces ignored).

    Returns
    -------
    KeyJoin
        The base row of every target record (-1: none) and the keys that
        matched nothing, are duplicated or conflict.
    """
    # keys as comparable text on both sides
    raw_target = as_sized(target_keys)
    left = normalise_keys(raw_target, postcode=postcode)
    right = normalise_keys(as_sized(base_keys), postcode=postcode)
    # one base row per key, then each target key looked up among them
    keys, representative, duplicates, conflicts = _representatives(right, base_positions, base_counts)
    found = keys.get_indexer(left)
    rows = np.full(len(found), -1, dtype=np.int64)  # a base without any key (all NULL) matches nothing
    rows[found >= 0] = representative[found[found >= 0]]
    rows[pd.isna(left)] = -1
    unmatched = ["" if _is_blank(raw_target[i]) else str(raw_target[i]) for i in np.flatnonzero(rows < 0)]
    return KeyJoin(rows, unmatched, duplicates, conflicts)


def _representatives(right: np.ndarray, base_positions: np.ndarray, base_counts: np.ndarray | None):
    """The distinct base keys, the row that stands for each, and the duplicated and conflicting keys.

    A key found on several rows is represented by the row with the largest
    count (the first of them on a tie).
    """
    base_positions = np.asarray(base_positions, dtype=np.int64)
    valid = np.flatnonzero(pd.notna(right))
    keys = pd.Index(right[valid])
    if keys.is_unique:
        return keys, valid, [], []
    counts = np.ones(len(right)) if base_counts is None else np.asarray(base_counts, dtype=float)
    frame = pd.DataFrame({"key": right[valid], "row": valid, "position": base_positions[valid], "count": counts[valid]})
    # keys on several rows, and those whose rows disagree on the segment
    doubled = frame[frame["key"].duplicated(keep=False)]
    duplicates = sorted(doubled["key"].unique().tolist())
    disagree = doubled.groupby("key")["position"].nunique()
    conflicts = sorted(disagree[disagree > 1].index.tolist())
    # the row with the largest count stands for its key
    best = frame.sort_values("count", ascending=False, kind="stable").drop_duplicates("key")
    return pd.Index(best["key"].to_numpy()), best["row"].to_numpy(), duplicates, conflicts


def nearest_within(points: np.ndarray, base_points: np.ndarray, tolerance: float) -> np.ndarray:
    """For each point, the index of the nearest base point within ``tolerance``, else -1.

    A k-d tree (``scipy.spatial.cKDTree``) over the base points answers every
    query in O(log n). Points or base points with NaN coordinates never match.

    Parameters
    ----------
    points : numpy.ndarray
        ``(n, 2)`` coordinates of the target records.
    base_points : numpy.ndarray
        ``(m, 2)`` coordinates of the base units, in the same CRS.
    tolerance : float
        Largest distance, inclusive, in the units of the coordinates.

    Returns
    -------
    numpy.ndarray
        ``(n,)`` int64 row of the nearest base point, -1 where none is within
        ``tolerance``.
    """
    from scipy.spatial import cKDTree

    points = np.asarray(points, dtype=float).reshape(-1, 2)
    base_points = np.asarray(base_points, dtype=float).reshape(-1, 2)
    result = np.full(len(points), -1, dtype=np.int64)
    usable_base = np.flatnonzero(~np.isnan(base_points).any(axis=1))
    usable = np.flatnonzero(~np.isnan(points).any(axis=1))
    if usable_base.size == 0 or usable.size == 0:
        return result
    tree = cKDTree(base_points[usable_base])
    bound = np.nextafter(float(tolerance), np.inf)  # the tree excludes points at exactly the bound
    distance, index = tree.query(points[usable], k=1, distance_upper_bound=bound)
    hit = np.isfinite(distance)
    result[usable[hit]] = usable_base[index[hit]]
    return result


def _is_blank(value: object) -> bool:
    return normalise_code(value) is None
