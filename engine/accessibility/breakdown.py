"""Who is within reach, by customer type: segment breakdowns of catchments, nearest facility and location plans.

The three accessibility algorithms (catchments, nearest facility, optimise
service locations) share this module. Base units (households, postcodes,
output areas) carry a position on a segment axis and a count
(:class:`SegmentedBase`). Each algorithm says which units belong to which
*group* — the catchment of a facility and band (:class:`CatchmentTally`,
a chunk of catchments at a time), the units whose nearest facility lies
within a band or beyond the threshold (:func:`nearest_groups`) — as (unit,
group) pairs; the breakdown is then one group × segment matrix
(:func:`engine.segmentation.composition.segment_matrix`) described like an
area mix (:func:`engine.segmentation.composition.mix_table`).

Methods
-------
For a group g and a segment s with count n(g, s), n(g) the group's count,
N(s) the segment's count in the whole base and N the base's count:

- share = n(g, s) / n(g) × 100, the segment's part of the group;
- base share = N(s) / N × 100, its part of the whole base;
- index = share / base share × 100 (100: as many as expected);
- reach = n(g, s) / N(s) × 100, the part of the segment inside the group
  (for nearest facility: the share of the segment within the band);
- key groups: the group's largest segments that together make up 75 % of
  it, at most five (the dominant segments of an area mix).

A location plan's access by segment (:func:`access_comparison`) takes, for
every demand unit, the travel cost to its nearest open site, today and in
the plan; per segment, the count-weighted mean cost (over units that reach
a site) and the count within the cut-off, and their change.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

try:
    import pandas as pd
except ImportError:  # the plugin still loads; algorithms refuse to run (see engine.dependencies)
    pd = None

from ..cutoff import within
from ..errors import InvalidInputError
from ..i18n import format_count, format_examples, tr
from ..segmentation import composition
from ..segmentation.encoding import UNCLASSIFIED, SegmentAxis, tally

#: Columns of :func:`breakdown_table` after the group's own columns.
BREAKDOWN_COLUMNS = (
    "code",
    "segment",
    "count",
    "share",
    "base_count",
    "base_share",
    "index",
    "reach",
    "low_numbers",
    "rank",
    "key",
)
#: Columns of :func:`access_comparison`.
ACCESS_COLUMNS = (
    "code",
    "segment",
    "count",
    "today_mean",
    "plan_mean",
    "mean_change",
    "today_within",
    "plan_within",
    "within_change",
    "today_within_pct",
    "plan_within_pct",
    "within_pct_change",
    "low_numbers",
)


@dataclass(frozen=True)
class SegmentedBase:
    """Base units placed on a segment axis: every unit's axis position and count.

    ``positions`` are those of :func:`engine.segmentation.encoding.encode_segments`
    (-1: no usable code, left out); ``label`` says what the counts are
    (households, population…) in sentences.
    """

    axis: SegmentAxis
    positions: np.ndarray
    counts: np.ndarray
    label: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "positions", np.asarray(self.positions, dtype=np.int64).reshape(-1))
        object.__setattr__(self, "counts", np.asarray(self.counts, dtype=float).reshape(-1))

    def __len__(self) -> int:
        return len(self.positions)

    def totals(self) -> np.ndarray:
        """The whole base on the axis: the reference of every share, index and reach."""
        return tally(self.positions, self.axis.size, self.counts)

    def subset(self, rows: np.ndarray) -> SegmentedBase:
        """The units ``rows`` (e.g. the demand units kept by a location plan)."""
        rows = np.asarray(rows, dtype=np.int64)
        return SegmentedBase(self.axis, self.positions[rows], self.counts[rows], self.label)

    @property
    def what(self) -> str:
        """What the counts are, for sentences (``base units`` without a label)."""
        return self.label or tr("base units")


def group_sums(units: np.ndarray, groups: np.ndarray, n_groups: int, weights: np.ndarray) -> np.ndarray:
    """Sums of each weight column over the units of each group.

    Parameters
    ----------
    units, groups : numpy.ndarray
        The (unit, group) pairs: a unit may belong to several groups
        (overlapping catchments, nested bands).
    n_groups : int
        Number of groups (rows of the result).
    weights : numpy.ndarray
        ``(n_units, k)`` weights (or ``(n_units,)``).

    Returns
    -------
    numpy.ndarray
        ``(n_groups, k)`` sums, one ``np.bincount`` per column.
    """
    units = np.asarray(units, dtype=np.int64)
    groups = np.asarray(groups, dtype=np.int64)
    weights = np.asarray(weights, dtype=float)
    weights = weights.reshape(len(weights), -1)
    result = np.zeros((n_groups, weights.shape[1]))
    for column in range(weights.shape[1]):
        result[:, column] = np.bincount(groups, weights=weights[units, column], minlength=n_groups)[:n_groups]
    return result


def group_matrix(base: SegmentedBase, units: np.ndarray, groups: np.ndarray, n_groups: int) -> np.ndarray:
    """Group × axis counts of the base units in each group.

    Parameters
    ----------
    base : SegmentedBase
        The units' positions and counts.
    units, groups : numpy.ndarray
        The (unit, group) pairs.
    n_groups : int
        Number of groups.

    Returns
    -------
    numpy.ndarray
        ``(n_groups, axis.size)`` counts, one ``np.bincount``.
    """
    units = np.asarray(units, dtype=np.int64)
    return composition.segment_matrix(
        groups, base.positions[units], n_zones=n_groups, size=base.axis.size, weights=base.counts[units]
    )


@dataclass
class CatchmentTally:
    """The counts inside catchment polygons, added a chunk of polygons at a time.

    Memory stays that of one chunk's (unit, polygon) pairs, whatever the
    number of polygons and how much they overlap. ``sums`` holds the count
    columns per polygon; with ``segments``, ``matrix`` holds the polygon ×
    axis counts and ``within`` which units lie within each band of any
    facility (bands × units), from which :meth:`groups` makes the groups of
    all facilities together.
    """

    keys: pd.DataFrame
    weights: np.ndarray
    segments: SegmentedBase | None = None

    def __post_init__(self) -> None:
        self.keys = self.keys[["facility", "band"]].reset_index(drop=True)
        self.weights = np.asarray(self.weights, dtype=float).reshape(len(self.weights), -1)
        n_polygons = len(self.keys)
        self.sums = np.zeros((n_polygons, self.weights.shape[1]))
        self.bands = np.unique(self.keys["band"].to_numpy(dtype=float))
        self._band_of = np.searchsorted(self.bands, self.keys["band"].to_numpy(dtype=float))
        dissolved = n_polygons == 0 or bool((self.keys["facility"] < 0).all())
        self.matrix = np.zeros((n_polygons, self.segments.axis.size)) if self.segments is not None else None
        self.within = (
            np.zeros((len(self.bands), len(self.weights)), dtype=bool) if self.segments is not None and not dissolved else None
        )

    def add(self, units: np.ndarray, polygons: np.ndarray) -> None:
        """Count the (unit, polygon) pairs of one chunk (polygons as rows of ``keys``)."""
        units = np.asarray(units, dtype=np.int64)
        polygons = np.asarray(polygons, dtype=np.int64)
        self.sums += group_sums(units, polygons, len(self.keys), self.weights)
        if self.matrix is not None and self.segments is not None:
            self.matrix += group_matrix(self.segments, units, polygons, len(self.keys))
        if self.within is not None:
            self.within[self._band_of[polygons], units] = True

    def groups(self) -> tuple[pd.DataFrame, np.ndarray]:
        """Every catchment polygon, then (unless dissolved) every band for all facilities together.

        Returns
        -------
        keys : pandas.DataFrame
            ``facility`` (-1: all facilities) and ``band`` of every group.
        matrix : numpy.ndarray
            Group × axis counts; a unit within a band of several facilities counts once for all of them.
        """
        if self.segments is None or self.matrix is None:
            raise ValueError("a tally without segments has no groups by segment")
        if self.within is None:
            return self.keys, self.matrix
        base, size = self.segments, self.segments.axis.size
        everyone = np.vstack([tally(base.positions[mask], size, base.counts[mask]) for mask in self.within])
        keys = pd.concat([self.keys, pd.DataFrame({"facility": -1, "band": self.bands})], ignore_index=True)
        return keys, np.vstack([self.matrix, everyone])


def nearest_groups(
    facility: np.ndarray, minutes: np.ndarray, bands: Sequence[float], threshold: float, n_facilities: int
) -> tuple[pd.DataFrame, np.ndarray, np.ndarray]:
    """The groups of a nearest-facility breakdown: within each band, beyond the threshold, with no facility.

    Parameters
    ----------
    facility : numpy.ndarray
        Each unit's nearest facility (position; -1 when it reaches none).
    minutes : numpy.ndarray
        The time to it (NaN when it reaches none).
    bands : sequence of float
        Time bands in minutes (cumulative: within 10 minutes includes within 5).
    threshold : float
        Units farther than this, or reaching no facility, are *beyond*.
    n_facilities : int
        Number of facilities.

    Returns
    -------
    keys : pandas.DataFrame
        ``facility`` (-1: all facilities), ``band`` (minutes; NaN for the
        last two kinds) and ``kind`` (``within``, ``beyond``,
        ``unreachable``) of every group: for all facilities each band,
        beyond and unreachable; then for each facility (the units it is
        nearest to) each band and beyond.
    units, groups : numpy.ndarray
        The (unit, group) pairs.
    """
    facility = np.asarray(facility, dtype=np.int64)
    minutes = np.asarray(minutes, dtype=float)
    reachable = facility >= 0
    masks = [reachable & within(minutes, band) for band in bands]
    masks.append(~(reachable & within(minutes, threshold)))
    kinds = ["within"] * len(bands) + ["beyond"]
    band_values = [float(b) for b in bands] + [math.nan]
    per_facility = len(masks)
    first = per_facility + 1  # the groups of all facilities: each kind, then unreachable
    units: list[np.ndarray] = []
    groups: list[np.ndarray] = []
    for kind, mask in enumerate([*masks, ~reachable]):
        members = np.flatnonzero(mask)
        units.append(members)
        groups.append(np.full(len(members), kind, dtype=np.int64))
    for kind, mask in enumerate(masks):
        members = np.flatnonzero(mask & reachable)
        units.append(members)
        groups.append(first + facility[members] * per_facility + kind)
    keys = pd.DataFrame(
        {
            "facility": np.concatenate([np.full(first, -1), np.repeat(np.arange(n_facilities), per_facility)]),
            "band": np.concatenate([band_values, [math.nan], np.tile(band_values, n_facilities)]),
            "kind": np.concatenate([kinds, ["unreachable"], np.tile(kinds, n_facilities)]).astype(object),
        }
    )
    return keys, np.concatenate(units).astype(np.int64), np.concatenate(groups).astype(np.int64)


def breakdown_table(
    keys: pd.DataFrame,
    matrix: np.ndarray,
    base: SegmentedBase,
    *,
    language: str = "en",
    options: composition.MixOptions = composition.DEFAULT_MIX,
) -> pd.DataFrame:
    """Every group's segments against the whole base, in long form (one row per group and segment).

    Within a group rows go from the largest count down; segments that are
    in neither the group nor the base are left out.

    Parameters
    ----------
    keys : pandas.DataFrame
        One row per group (its columns come first in the result).
    matrix : numpy.ndarray
        Group × axis counts (:func:`group_matrix`), rows aligned with ``keys``.
    base : SegmentedBase
        The whole base, the reference of shares, indices and reach.
    language : str
        Language of the segment names.
    options : MixOptions
        How the key groups are chosen, and the low-number threshold.

    Returns
    -------
    pandas.DataFrame
        The columns of ``keys``, then :data:`BREAKDOWN_COLUMNS`: ``code``,
        ``segment`` (name), ``count``, ``share`` (% of the group),
        ``base_count``, ``base_share`` (% of the base), ``index``, ``reach``
        (% of the segment's base inside the group), ``low_numbers`` (count
        below the threshold), ``rank`` (1 = largest; NULL for Unclassified)
        and ``key`` (a key group).
    """
    mix = composition.mix_table(matrix, base.totals(), base.axis, options=options, language=language)
    mix = mix[(mix["area_count"] > 0) | (mix["base_count"] > 0)]
    with np.errstate(divide="ignore", invalid="ignore"):
        reach = np.where(mix["base_count"] > 0, mix["area_count"] / mix["base_count"] * 100.0, np.nan)
    table = pd.DataFrame(
        {
            "code": mix["code"].to_numpy(dtype=object),
            "segment": mix["name"].to_numpy(dtype=object),
            "count": mix["area_count"].to_numpy(dtype=float),
            "share": mix["area_share"].to_numpy(dtype=float),
            "base_count": mix["base_count"].to_numpy(dtype=float),
            "base_share": mix["base_share"].to_numpy(dtype=float),
            "index": mix["index"].to_numpy(dtype=float),
            "reach": reach,
            "low_numbers": mix["low_numbers"].to_numpy(dtype=bool),
            "rank": mix["rank"].to_numpy(),
            "key": mix["dominant"].to_numpy(dtype=bool),
        }
    )
    group_keys = keys.reset_index(drop=True).iloc[mix["zone"].to_numpy(dtype=np.int64)].reset_index(drop=True)
    joined = pd.concat([group_keys, table], axis=1)
    joined["rank"] = joined["rank"].astype("Int64")
    return joined


def with_facilities(table: pd.DataFrame, ids: Sequence, names: Sequence | None) -> pd.DataFrame:
    """A breakdown with the facility's id and name in place of its position (NULL for all facilities).

    Rows of a single facility with no one of the segment are left out (the
    groups of all facilities together keep every segment of the base, so
    that a segment nobody reaches shows with 0).

    Parameters
    ----------
    table : pandas.DataFrame
        A breakdown whose ``facility`` column holds positions (-1: all facilities).
    ids, names : sequence
        The facilities' ids and names (None: no names), by position.

    Returns
    -------
    pandas.DataFrame
        ``facility_id`` and ``name`` first, then the other columns.

    Raises
    ------
    InvalidInputError
        When a facility's id is NULL: an empty id marks the rows of all
        facilities together, so such a facility could not be told from them.
    """
    table = table[(table["facility"] < 0) | (table["count"] > 0)].reset_index(drop=True)
    id_array = np.asarray(list(ids), dtype=object)
    no_id = np.flatnonzero(pd.isna(pd.Series(id_array, dtype=object)).to_numpy())
    if len(no_id):
        raise InvalidInputError(
            tr(
                "{n} facilities have no value (NULL) in their id field (facilities {examples}, counted in the "
                "layer's order). The table by segment gives the rows of all facilities together an empty id, so "
                "every facility needs one: fill them in, or choose no id field to use the feature ids."
            ).format(n=format_count(len(no_id)), examples=format_examples((no_id + 1).tolist()))
        )
    name_array = np.asarray(list(names), dtype=object) if names is not None else None
    position = table["facility"].to_numpy(dtype=np.int64)
    has = position >= 0
    nothing = np.full(len(position), None, dtype=object)
    front = pd.DataFrame(
        {
            "facility_id": np.where(has, id_array[np.maximum(position, 0)], nothing) if len(id_array) else nothing,
            "name": np.where(has, name_array[np.maximum(position, 0)], nothing)
            if name_array is not None and len(name_array)
            else None,
        }
    )
    return pd.concat([front, table.drop(columns="facility")], axis=1)


def access_by_segment(base: SegmentedBase, cost: np.ndarray, *, cutoff: float | None) -> dict[str, np.ndarray]:
    """Per axis position: the count, the count-weighted mean cost and the count within the cut-off.

    Parameters
    ----------
    base : SegmentedBase
        The units' positions and counts.
    cost : numpy.ndarray
        Each unit's travel cost (NaN: reaches no site; such units count in
        ``count`` but not in the mean, and are never within the cut-off).
    cutoff : float, optional
        The cut-off (:func:`engine.cutoff.within`; ``within`` is NaN without one).

    Returns
    -------
    dict of numpy.ndarray
        ``count``, ``mean`` and ``within`` (``axis.size`` values each;
        index ``axis.size`` holds everybody).
    """
    size = base.axis.size
    cost = np.asarray(cost, dtype=float)
    placed = base.positions >= 0
    positions = np.where(placed, base.positions, size)  # units without a usable code count only in everybody
    counts = base.counts
    reached = np.isfinite(cost)

    def per_position(weights):
        values = np.bincount(positions, weights=weights, minlength=size + 1)
        values[size] = float(np.sum(weights))
        return values

    count = per_position(counts)
    reached_count = per_position(np.where(reached, counts, 0.0))
    weighted = per_position(np.where(reached, counts * np.nan_to_num(cost), 0.0))
    with np.errstate(divide="ignore", invalid="ignore"):
        mean = np.where(reached_count > 0, weighted / reached_count, np.nan)
    near = np.full(size + 1, np.nan)
    if cutoff is not None:
        near = per_position(np.where(reached & within(cost, cutoff), counts, 0.0))
    return {"count": count, "mean": mean, "within": near}


def access_comparison(
    base: SegmentedBase,
    plan_cost: np.ndarray,
    today_cost: np.ndarray | None = None,
    *,
    cutoff: float | None = None,
    language: str = "en",
    min_count: float = composition.DEFAULT_MIX.min_count,
) -> pd.DataFrame:
    """Access by segment today and in the plan: mean travel cost, count and share within the cut-off, changes.

    Parameters
    ----------
    base : SegmentedBase
        The demand units' positions and counts.
    plan_cost : numpy.ndarray
        Each unit's cost to its nearest site of the plan (NaN: none reached).
    today_cost : numpy.ndarray, optional
        The same for today's sites (the ``today_`` and change columns are NaN without it).
    cutoff : float, optional
        The coverage cut-off (the ``within`` columns are NaN without one).
    language : str
        Language of the segment names.
    min_count : float
        Segments with a smaller count are flagged ``low_numbers``.

    Returns
    -------
    pandas.DataFrame
        :data:`ACCESS_COLUMNS`: a first row for everybody (``code`` NULL),
        then one row per segment of the base in catalogue order: ``count``,
        ``today_mean``/``plan_mean`` (count-weighted mean cost of the units
        that reach a site) and ``mean_change`` (plan − today),
        ``today_within``/``plan_within`` (count within the cut-off) and
        ``within_change``, the same as % of the segment
        (``today_within_pct``, ``plan_within_pct``) and the change in
        percentage points, and ``low_numbers``.
    """
    axis = base.axis
    plan = access_by_segment(base, plan_cost, cutoff=cutoff)
    nothing = {key: np.full(axis.size + 1, np.nan) for key in ("count", "mean", "within")}
    today = access_by_segment(base, today_cost, cutoff=cutoff) if today_cost is not None else nothing
    order = [axis.size] + [p for p in range(axis.size) if plan["count"][p] > 0]
    codes = [*axis.keys(), None]
    names = [*axis.names(language), tr("Everybody")]
    count = plan["count"][order]
    with np.errstate(divide="ignore", invalid="ignore"):
        today_pct = np.where(count > 0, today["within"][order] / count * 100.0, np.nan)
        plan_pct = np.where(count > 0, plan["within"][order] / count * 100.0, np.nan)
    return pd.DataFrame(
        {
            "code": [codes[p] for p in order],
            "segment": [names[p] for p in order],
            "count": count,
            "today_mean": today["mean"][order],
            "plan_mean": plan["mean"][order],
            "mean_change": plan["mean"][order] - today["mean"][order],
            "today_within": today["within"][order],
            "plan_within": plan["within"][order],
            "within_change": plan["within"][order] - today["within"][order],
            "today_within_pct": today_pct,
            "plan_within_pct": plan_pct,
            "within_pct_change": plan_pct - today_pct,
            "low_numbers": count < min_count,
        },
        columns=list(ACCESS_COLUMNS),
    )


def comparable_segments(table: pd.DataFrame) -> pd.DataFrame:
    """The rows of a breakdown or comparison that sentences may name: segments (not everybody, not Unclassified)
    that do not rest on low numbers.

    Parameters
    ----------
    table : pandas.DataFrame
        A breakdown (:func:`breakdown_table`) or an access comparison
        (:func:`access_comparison`): at least ``code`` (None on the row for
        everybody) and ``low_numbers``.

    Returns
    -------
    pandas.DataFrame
        The rows kept, with their index and every column.
    """
    code = table["code"]
    return table[code.notna() & (code != UNCLASSIFIED) & ~table["low_numbers"].astype(bool)]
