"""Area mixes and compositions: which segments live in each area, against the whole base.

Base units are placed on the segments of one catalogue level
(:mod:`engine.segmentation.encoding`) and counted per zone in one zone ×
segment matrix (:func:`segment_matrix`).

Methods
-------
An area's *index* of a segment = its share in the area / its share of the
whole base × 100. The *dominant segments* of an area are the largest ones,
taken from the largest count down until their cumulative share reaches the
coverage (e.g. 75 %), with at most ``max_segments`` of them; Unclassified
is never dominant. Diversity is Shannon's entropy of the area's shares
divided by its maximum, ln(number of segments), so it runs from 0 (one
segment) to 1 (every segment in equal shares).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np

try:
    import pandas as pd
except ImportError:  # the plugin still loads; algorithms refuse to run (see engine.dependencies)
    pd = None

from ..arrays import where_or_none
from .catalogue import Catalogue
from .encoding import UNCLASSIFIED, SegmentAxis, encode_segments, tally

_EPS = 1e-9


@dataclass(frozen=True)
class MixOptions:
    """How the dominant segments of an area are chosen.

    The largest segments are taken until their cumulative share reaches
    ``coverage`` (0–1), but no more than ``max_segments``; area counts below
    ``min_count`` are flagged as low numbers.
    """

    coverage: float = 0.75
    max_segments: int = 5
    min_count: float = 5.0


DEFAULT_MIX = MixOptions()


#: Columns of :func:`mix_table` (and, without ``zone``, of :func:`compare_to_base`).
MIX_COLUMNS = (
    "zone",
    "code",
    "name",
    "colour",
    "area_count",
    "area_share",
    "base_count",
    "base_share",
    "index",
    "low_numbers",
    "rank",
    "cumulative_share",
    "dominant",
)


def segment_matrix(
    zones: np.ndarray, positions: np.ndarray, *, n_zones: int, size: int, weights: np.ndarray | None = None
) -> np.ndarray:
    """Zone × axis matrix of weighted counts, in one ``np.bincount``.

    Parameters
    ----------
    zones : numpy.ndarray
        Zone of each entry (a base unit, or a unit's piece when units are
        shared between zones); -1: in no zone.
    positions : numpy.ndarray
        Axis position of each entry; -1: not placed. Entries with -1 in
        either are left out.
    n_zones : int
        Number of zones (rows).
    size : int
        Number of axis positions (``SegmentAxis.size``, columns).
    weights : numpy.ndarray, optional
        The unit's count times its share in the zone (1 each without it).

    Returns
    -------
    numpy.ndarray
        ``(n_zones, size)`` float counts.
    """
    zones = np.asarray(zones, dtype=np.int64)
    positions = np.asarray(positions, dtype=np.int64)
    keep = (zones >= 0) & (positions >= 0)
    flat = zones[keep] * size + positions[keep]
    chosen = None if weights is None else np.asarray(weights, dtype=float)[keep]
    return np.bincount(flat, weights=chosen, minlength=n_zones * size).astype(float).reshape(n_zones, size)


def mix_table(
    matrix: np.ndarray,
    base_counts: np.ndarray,
    axis: SegmentAxis,
    *,
    options: MixOptions = DEFAULT_MIX,
    language: str = "en",
    zone_ids: Sequence[object] | None = None,
) -> pd.DataFrame:
    """Every zone's segment mix against the whole base, in long form (one row per zone and segment).

    Within a zone, rows go from the largest area count down (ties in
    catalogue order), Unclassified last (present only when the base or a
    zone has such codes). Computed for all zones at once with array
    operations.

    Parameters
    ----------
    matrix, base_counts : numpy.ndarray
        Zone × axis counts (see :func:`segment_matrix`), and the axis vector of the whole base.
    axis : SegmentAxis
        The level of the counts.
    options : MixOptions
        How the dominant segments are chosen, and the low-number threshold.
    language : str
        Language of the segment names.
    zone_ids : sequence of object, optional
        Written in ``zone``; the row number of ``matrix`` without it.

    Returns
    -------
    pandas.DataFrame
        Columns (:data:`MIX_COLUMNS`): ``zone``, ``code``, ``name``,
        ``colour``, ``area_count``, ``area_share`` (% of the zone),
        ``base_count``, ``base_share`` (% of the base), ``index`` (area share
        / base share × 100; NULL when either is undefined), ``low_numbers``
        (area count < ``min_count``), ``rank`` (1 = largest; NULL for
        Unclassified), ``cumulative_share`` (% in rank order) and
        ``dominant``.
    """
    matrix = np.atleast_2d(np.asarray(matrix, dtype=float))
    base = np.asarray(base_counts, dtype=float)
    n_zones, size = matrix.shape
    segments = size - 1
    # each zone's segments from the largest count down (ties in catalogue order), Unclassified last
    order = np.argsort(-matrix[:, :segments], axis=1, kind="stable")
    order = np.hstack([order, np.full((n_zones, 1), segments)])
    frame = pd.DataFrame(
        {
            "zone": np.repeat(np.asarray(zone_ids if zone_ids is not None else np.arange(n_zones), dtype=object), size),
            "code": np.array(axis.keys(), dtype=object)[order].ravel(),
            "name": np.array(axis.names(language), dtype=object)[order].ravel(),
            "colour": np.array(axis.colours(), dtype=object)[order].ravel(),
            **_ranked_figures(matrix, base, order, options),
        }
    )
    # Unclassified only when the base or a zone has such codes
    if base[segments] == 0 and not matrix[:, segments].any():
        frame = frame[frame["code"] != UNCLASSIFIED]
    frame["rank"] = frame["rank"].astype("Int64")
    return frame.reset_index(drop=True)


def _ranked_figures(matrix: np.ndarray, base: np.ndarray, order: np.ndarray, options: MixOptions) -> dict[str, np.ndarray]:
    """The columns of :func:`mix_table` from ``area_count`` to ``dominant``, flat, zone after zone in ``order``."""
    n_zones, size = matrix.shape
    segments = size - 1
    # counts in each zone's order; shares of the zone and of the whole base, and their index
    counts = np.take_along_axis(matrix, order, axis=1)
    totals = matrix.sum(axis=1, keepdims=True)
    with np.errstate(divide="ignore", invalid="ignore"):
        shares = np.where(totals > 0, counts / totals * 100.0, np.nan)
        base_shares = base[order] / base.sum() * 100.0 if base.sum() > 0 else np.full(order.shape, np.nan)
        index = np.where((base_shares > 0) & ~np.isnan(shares), shares / base_shares * 100.0, np.nan)
    # cumulative shares in rank order: a segment is dominant while those before it fall short of the coverage
    cumulative = np.cumsum(np.nan_to_num(shares[:, :segments]), axis=1)
    before = cumulative - np.nan_to_num(shares[:, :segments])
    rank = np.arange(1, segments + 1)[None, :]
    dominant = (counts[:, :segments] > 0) & (before < options.coverage * 100.0 - _EPS) & (rank <= options.max_segments)
    cumulative = np.where(totals > 0, cumulative, np.nan)
    # Unclassified, last in each zone, has no rank or cumulative share and is never dominant
    return {
        "area_count": counts.ravel(),
        "area_share": shares.ravel(),
        "base_count": base[order].ravel(),
        "base_share": base_shares.ravel(),
        "index": index.ravel(),
        "low_numbers": (counts < options.min_count).ravel(),
        "rank": np.hstack([np.broadcast_to(rank, (n_zones, segments)), np.full((n_zones, 1), np.nan)]).ravel(),
        "cumulative_share": np.hstack([cumulative, np.full((n_zones, 1), np.nan)]).ravel(),
        "dominant": np.hstack([dominant, np.zeros((n_zones, 1), dtype=bool)]).ravel(),
    }


#: Columns of :func:`dominant_segments`.
DOMINANT_COLUMNS = ("dominant_segments", "dominant_names", "dominant_share", "dominant_index")


def dominant_segments(mix: pd.DataFrame, n_zones: int) -> pd.DataFrame:
    """Each zone's dominant segments in one row, from :func:`mix_table`'s long table.

    Parameters
    ----------
    mix : pandas.DataFrame
        :func:`mix_table`'s table, zones numbered 0…n−1.
    n_zones : int
        Number of zones (rows of the result).

    Returns
    -------
    pandas.DataFrame
        Columns (:data:`DOMINANT_COLUMNS`): ``dominant_segments`` (codes,
        largest first: ``"J, H, L"``), ``dominant_names`` (their names,
        ``"; "`` between them), ``dominant_share`` (% of the zone) and
        ``dominant_index`` of the first one. NULL for a zone without base.
    """
    rows = mix[mix["dominant"].astype(bool)]
    grouped = rows.groupby(rows["zone"].astype(np.int64), sort=True)
    frame = pd.DataFrame(
        {
            "dominant_segments": grouped["code"].agg(", ".join),
            "dominant_names": grouped["name"].agg("; ".join),
            "dominant_share": grouped["area_share"].first(),
            "dominant_index": grouped["index"].first(),
        },
        columns=list(DOMINANT_COLUMNS),
    )
    frame = frame.reindex(np.arange(n_zones)).reset_index(drop=True)
    for column in ("dominant_segments", "dominant_names"):
        frame[column] = frame[column].astype(object).where(frame[column].notna(), None)
    return frame


def compare_to_base(
    area_counts: np.ndarray,
    base_counts: np.ndarray,
    axis: SegmentAxis,
    *,
    options: MixOptions = DEFAULT_MIX,
    language: str = "en",
) -> pd.DataFrame:
    """One area's segment mix against the whole base: :func:`mix_table` for one zone, without ``zone``.

    Parameters
    ----------
    area_counts, base_counts : numpy.ndarray
        Axis vectors of the area and of the whole base.
    axis : SegmentAxis
        The level of the counts.
    options : MixOptions
        How the dominant segments are chosen.
    language : str
        Language of the segment names.

    Returns
    -------
    pandas.DataFrame
        :func:`mix_table`'s columns but ``zone``.
    """
    return mix_table(np.asarray(area_counts, dtype=float)[None, :], base_counts, axis, options=options, language=language).drop(
        columns="zone"
    )


def area_mix(
    area_codes: Iterable[object],
    base_codes: Iterable[object],
    *,
    catalogue: Catalogue,
    level: str,
    area_weights: np.ndarray | None = None,
    base_weights: np.ndarray | None = None,
    options: MixOptions = DEFAULT_MIX,
    language: str = "en",
) -> pd.DataFrame:
    """The segment mix of the base units of an area, against the whole base.

    Codes roll up to ``level``; codes unknown to the catalogue count as
    Unclassified.

    Parameters
    ----------
    area_codes : iterable of object
        Segment codes of the units inside the area.
    base_codes : iterable of object
        Segment codes of every unit.
    catalogue : Catalogue
        The classification of the codes.
    level : str
        The level to compare at.
    area_weights, base_weights : numpy.ndarray, optional
        What each unit counts (households, persons…; 1 each without them).
    options : MixOptions
        How the dominant segments are chosen.
    language : str
        Language of the segment names.

    Returns
    -------
    pandas.DataFrame
        :func:`compare_to_base`'s table, whose ``dominant`` rows are the
        segments to portray (by default the largest ones covering 75 %, at
        most 5).
    """
    axis = SegmentAxis.of(catalogue, level)
    area = encode_segments(area_codes, axis)
    base = encode_segments(base_codes, axis)
    return compare_to_base(
        tally(area.positions, axis.size, area_weights),
        tally(base.positions, axis.size, base_weights),
        axis,
        options=options,
        language=language,
    )


def area_mixes(
    zones: np.ndarray,
    codes: Iterable[object],
    *,
    catalogue: Catalogue,
    level: str,
    n_zones: int,
    weights: np.ndarray | None = None,
    options: MixOptions = DEFAULT_MIX,
    language: str = "en",
    zone_ids: Sequence[object] | None = None,
) -> pd.DataFrame:
    """The segment mix of several areas at once (e.g. the residents of each survey cluster).

    The whole base — every unit, inside an area or not — is the reference.

    Parameters
    ----------
    zones : numpy.ndarray
        The area of each base unit (-1: in none).
    codes : iterable of object
        The segment code of each base unit.
    catalogue : Catalogue
        The classification of the codes.
    level : str
        The level to compare at.
    n_zones : int
        Number of areas.
    weights : numpy.ndarray, optional
        What each unit counts (1 each without it).
    options : MixOptions
        How the dominant segments are chosen.
    language : str
        Language of the segment names.
    zone_ids : sequence of object, optional
        Written in ``zone``.

    Returns
    -------
    pandas.DataFrame
        :func:`mix_table`'s long table; ``dominant`` marks each area's
        dominant segments.
    """
    axis = SegmentAxis.of(catalogue, level)
    encoded = encode_segments(codes, axis, blank_as_unclassified=True)
    matrix = segment_matrix(zones, encoded.positions, n_zones=n_zones, size=axis.size, weights=weights)
    return mix_table(
        matrix, tally(encoded.positions, axis.size, weights), axis, options=options, language=language, zone_ids=zone_ids
    )


#: Columns of :func:`compose_areas` besides the one share column per segment.
COMPOSITION_COLUMNS = (
    "base_total",
    "dominant",
    "dominant_name",
    "dominant_share",
    "second",
    "second_name",
    "second_share",
    "dominant_index",
    "diversity",
)


def compose_areas(matrix: np.ndarray, base_counts: np.ndarray, axis: SegmentAxis, *, language: str = "en") -> pd.DataFrame:
    """One row per zone: its base total, share per segment, dominant and second segments, diversity.

    Unclassified never counts as dominant. Vectorised over zones.

    Parameters
    ----------
    matrix : numpy.ndarray
        Zone × axis counts (see :func:`segment_matrix`).
    base_counts : numpy.ndarray
        The axis vector of the whole base.
    axis : SegmentAxis
        The level of the counts.
    language : str
        Language of the segment names.

    Returns
    -------
    pandas.DataFrame
        Columns: ``base_total``; one column per segment of the level named by
        its code with the zone's share in % (and ``unclassified`` when the
        base has unknown codes); ``dominant``/``second`` (codes; NULL when
        the zone has fewer segments), their ``_name`` and ``_share`` (%);
        ``dominant_index`` (the dominant segment's share in the zone / its
        share of the whole base × 100) and ``diversity`` (normalised Shannon
        entropy, 0–1). Zones without any base are all NULL but
        ``base_total``.
    """
    matrix = np.atleast_2d(np.asarray(matrix, dtype=float))
    base = np.asarray(base_counts, dtype=float)
    n_zones, size = matrix.shape
    segments = size - 1
    # each zone's share of every segment, and of Unclassified when the base or a zone has such codes
    totals = matrix.sum(axis=1)
    with np.errstate(divide="ignore", invalid="ignore"):
        shares = np.where(totals[:, None] > 0, matrix / totals[:, None] * 100.0, np.nan)
    frame = pd.DataFrame({"base_total": totals})
    keys = axis.keys() if (base[segments] > 0 or matrix[:, segments].any()) else list(axis.codes)
    for position, key in enumerate(keys):
        frame[key] = shares[:, position]
    # the two largest segments of each zone (ties in catalogue order)
    order = np.argsort(-matrix[:, :segments], axis=1, kind="stable")
    for column, values in _top_two(matrix, shares, order, axis, language).items():
        frame[column] = values
    # the dominant segment's share in the zone against its share of the whole base
    base_share = base / base.sum() * 100.0 if base.sum() > 0 else np.full(size, np.nan)
    dominant_base = base_share[order[:, 0]] if segments else np.full(n_zones, np.nan)
    with np.errstate(divide="ignore", invalid="ignore"):
        frame["dominant_index"] = np.where(
            frame["dominant"].notna() & (dominant_base > 0), frame["dominant_share"] / dominant_base * 100.0, np.nan
        )
    frame["diversity"] = shannon_diversity(matrix, categories=len(keys))
    return frame


def _top_two(
    matrix: np.ndarray, shares: np.ndarray, order: np.ndarray, axis: SegmentAxis, language: str
) -> dict[str, np.ndarray]:
    """``dominant``/``second`` codes with their ``_name`` and ``_share``; NULL where a zone has fewer segments."""
    n_zones, size = matrix.shape
    segments = size - 1
    top = np.take_along_axis(matrix[:, :segments], order[:, :2], axis=1) if segments else np.zeros((n_zones, 0))
    codes = np.array(axis.codes, dtype=object)
    names = np.array(axis.names(language)[:-1], dtype=object)
    columns = {}
    for rank, prefix in ((0, "dominant"), (1, "second")):
        present = top[:, rank] > 0 if top.shape[1] > rank else np.zeros(n_zones, dtype=bool)
        chosen = order[:, rank] if order.shape[1] > rank else np.zeros(n_zones, dtype=np.int64)
        nothing = np.full(n_zones, None, dtype=object)
        columns[prefix] = where_or_none(present, codes[chosen]) if len(codes) else nothing
        columns[f"{prefix}_name"] = where_or_none(present, names[chosen]) if len(names) else nothing
        columns[f"{prefix}_share"] = np.where(present, np.take_along_axis(shares, chosen[:, None], axis=1)[:, 0], np.nan)
    return columns


def outside_zones(units: np.ndarray, shares: np.ndarray, counts: np.ndarray) -> tuple[float, int]:
    """How much of the base lies outside every zone, and how many units lie wholly outside.

    Parameters
    ----------
    units, shares : numpy.ndarray
        The (unit, share) pieces of the assignment to zones (a point unit has
        share 1 in each zone containing it); a unit's covered share is capped
        at 1 where zones overlap.
    counts : numpy.ndarray
        What each unit counts.

    Returns
    -------
    tuple of (float, int)
        The count outside every zone, and the number of units wholly outside.
    """
    counts = np.asarray(counts, dtype=float)
    covered = np.minimum(
        np.bincount(np.asarray(units, dtype=np.int64), weights=np.asarray(shares, dtype=float), minlength=len(counts)), 1.0
    )
    return float((counts * (1.0 - covered)).sum()), int(np.count_nonzero(covered <= 0))


def with_zone_attributes(zones: pd.DataFrame, composition: pd.DataFrame) -> tuple[pd.DataFrame, dict[str, str]]:
    """The zones' own columns followed by the composition's, row by row.

    A zone column whose name the composition also uses (``dominant``, a
    segment code…) is renamed with the suffix ``_zone`` (then ``_zone2``…).

    Parameters
    ----------
    zones : pandas.DataFrame
        The zones' attributes, one row per zone.
    composition : pandas.DataFrame
        :func:`compose_areas`'s table, aligned with ``zones``.

    Returns
    -------
    tuple of (pandas.DataFrame, dict)
        The joined frame and the renamings ``{old: new}``.
    """
    taken = {str(column).lower() for column in composition.columns}
    renamed: dict[str, str] = {}
    for column in zones.columns:
        if str(column).lower() in taken:
            candidate, number = f"{column}_zone", 1
            while candidate.lower() in taken or candidate in zones.columns:
                number += 1
                candidate = f"{column}_zone{number}"
            renamed[column] = candidate
            taken.add(candidate.lower())
    joined = pd.concat([zones.rename(columns=renamed).reset_index(drop=True), composition.reset_index(drop=True)], axis=1)
    return joined, renamed


def shannon_diversity(matrix: np.ndarray, *, categories: int) -> np.ndarray:
    """Shannon entropy of each row's shares divided by ln(``categories``).

    Parameters
    ----------
    matrix : numpy.ndarray
        Zone × category counts.
    categories : int
        Number of categories the shares could spread over.

    Returns
    -------
    numpy.ndarray
        One value per row, from 0 (one category) to 1 (equal shares); NaN
        for empty rows.
    """
    matrix = np.atleast_2d(np.asarray(matrix, dtype=float))
    totals = matrix.sum(axis=1, keepdims=True)
    with np.errstate(divide="ignore", invalid="ignore"):
        p = np.where(totals > 0, matrix / totals, 0.0)
        terms = np.where(p > 0, -p * np.log(p), 0.0)
    entropy = terms.sum(axis=1)
    if categories <= 1:
        return np.where(totals[:, 0] > 0, 0.0, np.nan)
    return np.where(totals[:, 0] > 0, entropy / math.log(categories), np.nan)
