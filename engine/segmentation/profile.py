"""Segment profiles and area mixes: who is over-represented, and who lives where.

Vocabulary
----------
base units
    Households, postcodes or output areas. Each carries a segment code and a
    count (households, persons, or 1 per unit); together they are "everybody".
target records
    Clients, respondents, claimants… Each lands in one segment through its
    own code, a key shared with the base (postcode, output-area code) or its
    location.
axis
    The segments of one level of a catalogue, in catalogue order, followed
    by an *Unclassified* bucket for codes the catalogue does not know
    (:class:`SegmentAxis`). Every count in this module is a vector (or a
    zone × segment matrix) on that axis, so a million base units cost one
    ``np.bincount``.

Methods
-------
*Index* = target % / base % × 100, the classic geodemographic index (100 =
as many as the base share predicts). *Penetration* = target per 1,000 base.
The significance of each segment is the two-sided exact binomial test of
its target count against the base share (``scipy.stats.binomtest``, whose
two-sided p-value sums the outcomes no more likely than the one observed);
when weights make counts fractional, the normal approximation of the same
test (a one-sample z-test of the proportion) is used instead and the
report says so. The *target market* is the smallest set of segments, taken
from the largest target count down, whose cumulative share reaches the
coverage (e.g. 75 %). The *dominant segments* of an area are chosen the same
way, with at most ``max_segments`` of them. Diversity is Shannon's entropy
of the area's shares divided by its maximum, ln(number of segments), so it
runs from 0 (one segment) to 1 (every segment in equal shares).
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

from ..errors import InvalidInputError
from ..i18n import format_count, format_examples, tr
from .catalogue import Catalogue, normalise_code
from .keys import normalise_keys

#: Key of the Unclassified bucket (column name in area compositions).
UNCLASSIFIED = "unclassified"
#: Colour of the Unclassified bucket.
UNCLASSIFIED_COLOUR = "#bdbdbd"
_EPS = 1e-9


# -- the segment axis ----------------------------------------------------------
@dataclass(frozen=True)
class SegmentAxis:
    """The segments of one catalogue level in catalogue order, then Unclassified."""

    catalogue: Catalogue
    level: str
    codes: tuple[str, ...]

    @classmethod
    def of(cls, catalogue: Catalogue, level: str) -> SegmentAxis:
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
    """
    series = codes if isinstance(codes, pd.Series) else pd.Series(_as_list(codes), dtype=object)
    raw_index, raw_values = pd.factorize(series.reset_index(drop=True))
    raw_index = np.asarray(raw_index, dtype=np.int64)
    per_value = np.full(len(raw_values) + 1, -1, dtype=np.int64)
    frequency = np.bincount(raw_index[raw_index >= 0], minlength=len(raw_values))
    position = {code: i for i, code in enumerate(axis.codes)}
    target_rank = axis.catalogue.level_rank(axis.level)
    unknown: dict[str, int] = {}
    coarser: dict[str, int] = {}
    blank_position = axis.unclassified if blank_as_unclassified else -1
    per_value[-1] = blank_position
    blank = int(np.count_nonzero(raw_index < 0))
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
            per_value[j] = position[axis.catalogue.ancestor(code, axis.level)]
    return EncodedSegments(per_value[raw_index], unknown, coarser, blank)


def code_warnings(encoded: EncodedSegments, axis: SegmentAxis, *, layer: str, field: str, blank_counted: bool) -> list[str]:
    """Messages about codes the catalogue does not know and records without a code."""
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
                catalogue=axis.catalogue.name(),
                field=field,
                examples=format_examples([f"{code} ({count})" for code, count in ranked]),
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
    """Refuse codes coarser than the axis level (a group cannot be split into types)."""
    if not encoded.coarser:
        return
    levels = sorted({axis.catalogue.segment(code).level for code in encoded.coarser}, key=axis.catalogue.level_rank)
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


def tally(positions: np.ndarray, size: int, weights: np.ndarray | None = None) -> np.ndarray:
    """Weighted number of records at each axis position (records at -1 are left out)."""
    positions = np.asarray(positions, dtype=np.int64)
    placed = positions >= 0
    chosen = None if weights is None else np.asarray(weights, dtype=float)[placed]
    return np.bincount(positions[placed], weights=chosen, minlength=size).astype(float)


# -- input checks ----------------------------------------------------------------
def numeric_values(values: Iterable[object], *, field: str, layer: str, labels: Sequence[object] | None = None) -> np.ndarray:
    """Counts or weights as floats; text, NULL and negative values are refused, naming records.

    ``labels`` identify the records in messages (feature ids, keys);
    positions are used without them.
    """
    series = values if isinstance(values, pd.Series) else pd.Series(_as_list(values), dtype=object)
    series = series.reset_index(drop=True)
    numbers = pd.to_numeric(series, errors="coerce") if series.dtype == object else series.astype(float)
    numbers = numbers.astype(float)
    names = np.asarray(labels if labels is not None else np.arange(1, len(series) + 1), dtype=object)
    is_null = series.isna().to_numpy()
    is_text = numbers.isna().to_numpy() & ~is_null
    if is_text.any():
        texts = series[is_text].astype(str).unique().tolist()
        raise InvalidInputError(
            tr("The field {field} of {layer} holds text in {n} records (e.g. {examples}); choose a numeric field.").format(
                field=field,
                layer=layer,
                n=format_count(int(is_text.sum())),
                examples=format_examples([repr(t) for t in texts]),
            )
        )
    if is_null.any():
        raise InvalidInputError(
            tr(
                "{n} records of {layer} have no value in the field {field} (e.g. {examples}); fill them in or filter them out."
            ).format(
                n=format_count(int(is_null.sum())),
                layer=layer,
                field=field,
                examples=format_examples(names[is_null].tolist()),
            )
        )
    result = numbers.to_numpy(dtype=float)
    negative = result < 0
    if negative.any():
        raise InvalidInputError(
            tr(
                "{n} records of {layer} have a negative value in the field {field} (e.g. {examples}); "
                "counts and weights cannot be negative."
            ).format(
                n=format_count(int(negative.sum())),
                layer=layer,
                field=field,
                examples=format_examples(names[negative].tolist()),
            )
        )
    return result


# -- joins -----------------------------------------------------------------------
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
    """
    raw_target = _as_list(target_keys)
    left = normalise_keys(raw_target, postcode=postcode)
    right = normalise_keys(_as_list(base_keys), postcode=postcode)
    base_positions = np.asarray(base_positions, dtype=np.int64)
    valid = np.flatnonzero(pd.notna(right))
    keys = pd.Index(right[valid])
    duplicates: list[str] = []
    conflicts: list[str] = []
    if keys.is_unique:
        representative = valid
    else:
        counts = np.ones(len(right)) if base_counts is None else np.asarray(base_counts, dtype=float)
        frame = pd.DataFrame({"key": right[valid], "row": valid, "position": base_positions[valid], "count": counts[valid]})
        doubled = frame[frame["key"].duplicated(keep=False)]
        duplicates = sorted(doubled["key"].unique().tolist())
        disagree = doubled.groupby("key")["position"].nunique()
        conflicts = sorted(disagree[disagree > 1].index.tolist())
        best = frame.sort_values("count", ascending=False, kind="stable").drop_duplicates("key")
        keys = pd.Index(best["key"].to_numpy())
        representative = best["row"].to_numpy()
    found = keys.get_indexer(left)
    rows = np.where(found >= 0, representative[np.maximum(found, 0)], -1).astype(np.int64)
    rows[pd.isna(left)] = -1
    unmatched = ["" if _is_blank(raw_target[i]) else str(raw_target[i]) for i in np.flatnonzero(rows < 0)]
    return KeyJoin(rows, unmatched, duplicates, conflicts)


def nearest_within(points: np.ndarray, base_points: np.ndarray, tolerance: float) -> np.ndarray:
    """For each point, the index of the nearest base point within ``tolerance``, else -1.

    A k-d tree (``scipy.spatial.cKDTree``) over the base points answers every
    query in O(log n). Points or base points with NaN coordinates never match.
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


# -- profiles --------------------------------------------------------------------
@dataclass(frozen=True)
class ProfileOptions:
    """Settings of a profile.

    ``alpha``: significance level of the test. ``min_count``: target or
    base counts below it are flagged as low numbers. ``coverage``: share of
    the target (0–1) the target market must reach. ``suppress_below``:
    target counts from 1 to below it are hidden (0: no suppression).
    """

    alpha: float = 0.05
    min_count: float = 5.0
    coverage: float = 0.75
    suppress_below: float = 0.0


DEFAULT_PROFILE = ProfileOptions()

#: Columns of :attr:`SegmentProfile.table`, in order.
PROFILE_COLUMNS = (
    "row_type",
    "code",
    "name",
    "target_count",
    "target_pct",
    "base_count",
    "base_pct",
    "index",
    "rank",
    "penetration",
    "p_value",
    "significant",
    "low_numbers",
    "cumulative_pct",
    "target_market",
    "suppressed",
)


@dataclass(frozen=True)
class SegmentProfile:
    """A target-versus-base profile at one level of a catalogue.

    ``table`` has one row per segment of the level (catalogue order) and a
    last row for Unclassified codes when there are any. Columns
    (:data:`PROFILE_COLUMNS`): ``row_type`` (``segment``/``unclassified``),
    ``code``, ``name`` (user's language), ``target_count``, ``target_pct``
    (% of all placed target records), ``base_count``, ``base_pct``,
    ``index`` (target % / base % × 100; NULL when the base count is 0),
    ``rank`` (by target count, largest = 1, ties share the best rank),
    ``penetration`` (target per 1,000 base), ``p_value`` (two-sided
    binomial test), ``significant`` (p < alpha), ``low_numbers``,
    ``cumulative_pct`` (cumulative target % in rank order),
    ``target_market`` and ``suppressed``. Suppressed rows have NULL target
    figures.
    """

    table: pd.DataFrame
    axis: SegmentAxis
    options: ProfileOptions
    target_total: float
    base_total: float
    market: tuple[str, ...]
    market_share: float
    boundary_ties: tuple[str, ...]
    exact_test: bool
    language: str = "en"

    def totals_row(self) -> dict:
        """The totals as a row of :attr:`table` (``row_type`` ``total``)."""
        row = dict.fromkeys(PROFILE_COLUMNS)
        row.update(
            row_type="total",
            name=tr("Total"),
            target_count=self.target_total,
            target_pct=100.0,
            base_count=self.base_total,
            base_pct=100.0,
            index=100.0,
            penetration=self.target_total / self.base_total * 1000.0,
            suppressed=False,
        )
        return row

    def output_table(self) -> pd.DataFrame:
        """:attr:`table` followed by the totals row (what the algorithm writes)."""
        frame = pd.DataFrame(self.table.to_dict("records") + [self.totals_row()], columns=list(PROFILE_COLUMNS))
        frame["rank"] = frame["rank"].astype("Int64")
        for column in ("row_type", "code", "name", "significant", "low_numbers", "target_market", "suppressed"):
            frame[column] = frame[column].astype(object).where(frame[column].notna(), None)
        return frame

    def headline(self) -> str:
        """E.g. "77% of the target lies in 5 of 15 groups: K, H, E, F, J."."""
        return tr("{share}% of the target lies in {n} of {total} {levels}: {codes}.").format(
            share=f"{self.market_share:.0f}",
            n=len(self.market),
            total=len(self.axis.codes),
            levels=self.axis.level_plural(self.language),
            codes=", ".join(self.market),
        )


def profile_segments(
    target: EncodedSegments,
    base: EncodedSegments,
    axis: SegmentAxis,
    *,
    target_weights: np.ndarray | None = None,
    base_counts: np.ndarray | None = None,
    options: ProfileOptions = DEFAULT_PROFILE,
    language: str = "en",
) -> SegmentProfile:
    """Profile encoded target records against encoded base units (see :func:`profile_counts`)."""
    return profile_counts(
        tally(target.positions, axis.size, target_weights),
        tally(base.positions, axis.size, base_counts),
        axis,
        options=options,
        language=language,
    )


def profile_counts(
    target_counts: np.ndarray,
    base_counts: np.ndarray,
    axis: SegmentAxis,
    *,
    options: ProfileOptions = DEFAULT_PROFILE,
    language: str = "en",
) -> SegmentProfile:
    """The profile table of target counts against base counts on ``axis``.

    Both vectors have ``axis.size`` entries (segments, then Unclassified).
    """
    t = np.asarray(target_counts, dtype=float)
    b = np.asarray(base_counts, dtype=float)
    total_t, total_b = float(t.sum()), float(b.sum())
    if total_t <= 0:
        raise InvalidInputError(tr("The target is empty: no target record could be placed in a segment."))
    if total_b <= 0:
        raise InvalidInputError(tr("The base is empty: its counts add up to 0."))
    segments = np.arange(axis.size) != axis.unclassified
    order = _rank_order(t, segments)
    market, ties, cumulative = _coverage(t, order, options.coverage, total_t)
    exact = bool(np.all(np.abs(t - np.round(t)) < _EPS))
    with np.errstate(divide="ignore", invalid="ignore"):
        target_pct = t / total_t * 100.0
        base_pct = b / total_b * 100.0
        index = np.where(b > 0, target_pct / base_pct * 100.0, np.nan)
        penetration = np.where(b > 0, t / b * 1000.0, np.nan)
    p_values = binomial_p_values(t, total_t, b / total_b, exact=exact)
    rank = np.full(axis.size, np.nan)
    rank[order] = _competition_ranks(t[order])
    frame = pd.DataFrame(
        {
            "row_type": np.where(segments, "segment", "unclassified"),
            "code": np.array([*axis.codes, None], dtype=object),
            "name": axis.names(language),
            "target_count": t,
            "target_pct": target_pct,
            "base_count": b,
            "base_pct": base_pct,
            "index": index,
            "rank": rank,
            "penetration": penetration,
            "p_value": p_values,
            "significant": _flags(p_values < options.alpha, ~np.isnan(p_values)),
            "low_numbers": (t < options.min_count) | (b < options.min_count),
            "cumulative_pct": cumulative,
            "target_market": _flags(np.isin(np.arange(axis.size), market), segments),
            "suppressed": False,
        }
    )
    frame = _suppress(frame, order, options.suppress_below)
    if t[axis.unclassified] == 0 and b[axis.unclassified] == 0:
        frame = frame.iloc[:-1]
    return SegmentProfile(
        table=frame.reset_index(drop=True),
        axis=axis,
        options=options,
        target_total=total_t,
        base_total=total_b,
        market=tuple(axis.codes[i] for i in market),
        market_share=float(t[market].sum() / total_t * 100.0),
        boundary_ties=tuple(axis.codes[i] for i in ties),
        exact_test=exact,
        language=language,
    )


def binomial_p_values(counts: np.ndarray, total: float, shares: np.ndarray, *, exact: bool = True) -> np.ndarray:
    """Two-sided p-values of each count against ``total`` × its expected share.

    ``exact``: the exact binomial test (``scipy.stats.binomtest``, counts
    rounded to whole numbers); otherwise the normal approximation. NaN where
    the expected share is 0 (the test is undefined).
    """
    from scipy import stats

    counts = np.asarray(counts, dtype=float)
    shares = np.asarray(shares, dtype=float)
    result = np.full(len(counts), np.nan)
    n = int(round(total))
    for i, (k, p) in enumerate(zip(counts, shares)):
        if not p > 0:
            continue
        if exact:
            result[i] = stats.binomtest(int(round(k)), n, min(p, 1.0)).pvalue
        elif p >= 1:
            result[i] = 1.0
        else:
            z = (k - total * p) / math.sqrt(total * p * (1 - p))
            result[i] = 2.0 * stats.norm.sf(abs(z))
    return result


def _rank_order(counts: np.ndarray, eligible: np.ndarray) -> np.ndarray:
    """Positions of eligible entries by count, largest first, ties in catalogue order."""
    positions = np.flatnonzero(eligible)
    return positions[np.argsort(-counts[positions], kind="stable")]


def _competition_ranks(sorted_counts: np.ndarray) -> np.ndarray:
    """1, 2, 2, 4… for counts sorted largest first (ties share the best rank)."""
    ranks = np.arange(1, len(sorted_counts) + 1, dtype=float)
    for i in range(1, len(sorted_counts)):
        if sorted_counts[i] == sorted_counts[i - 1]:
            ranks[i] = ranks[i - 1]
    return ranks


def _coverage(counts: np.ndarray, order: np.ndarray, coverage: float, total: float) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The market positions, the positions tied with its last one but left out, and cumulative %.

    The market is the shortest prefix of ``order`` (largest first) whose
    sum reaches ``coverage`` × ``total``; segments with no count never join.
    """
    cumulative = np.full(len(counts), np.nan)
    running = np.cumsum(counts[order])
    cumulative[order] = running / total * 100.0
    need = coverage * total - _EPS * max(total, 1.0)
    positive = counts[order] > 0
    reached = np.flatnonzero((running >= need) & positive)
    stop = int(reached[0]) + 1 if reached.size else int(positive.sum())
    market = order[:stop]
    ties = np.array([], dtype=np.int64)
    if stop > 0:
        last = counts[order[stop - 1]]
        rest = order[stop:]
        ties = rest[counts[rest] == last]
    return market, ties, cumulative


def _flags(values: np.ndarray, known: np.ndarray) -> np.ndarray:
    """Booleans as objects with None where unknown."""
    result = np.asarray(values, dtype=object)
    result[~known] = None
    return result


def _suppress(frame: pd.DataFrame, order: np.ndarray, threshold: float) -> pd.DataFrame:
    """Hide target counts from 1 to below ``threshold`` (and enough else that they cannot be worked out).

    When a single count is hidden, the next smallest positive count is
    hidden too (it could otherwise be recovered from the total).
    Cumulative percentages from the first hidden segment on are hidden as
    well, since consecutive ones reveal the counts in between.
    """
    if not threshold or threshold <= 0:
        return frame
    counts = frame["target_count"].to_numpy()
    hidden = (counts > 0) & (counts < threshold)
    if hidden.sum() == 1:
        candidates = np.flatnonzero((counts > 0) & ~hidden)
        if candidates.size:
            hidden[candidates[np.argmin(counts[candidates])]] = True
    if not hidden.any():
        return frame
    frame = frame.copy()
    for column in ("target_count", "target_pct", "index", "penetration", "p_value"):
        frame.loc[hidden, column] = np.nan
    frame["significant"] = frame["significant"].astype(object)
    frame.loc[hidden, "significant"] = None
    in_order = hidden[order]
    if in_order.any():
        first = int(np.argmax(in_order))
        frame.loc[order[first:], "cumulative_pct"] = np.nan
    frame.loc[hidden, "cumulative_pct"] = np.nan
    frame["suppressed"] = hidden
    return frame


# -- area mixes and compositions ------------------------------------------------------
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

    ``zones[i]`` and ``positions[i]`` are the zone and axis position of
    entry ``i`` (a base unit, or a unit's piece when units are shared
    between zones); entries with -1 in either are left out. ``weights`` are
    the unit's count times its share in the zone.
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

    ``matrix`` is zone × axis (see :func:`segment_matrix`); ``base_counts``
    is the axis vector of the whole base. Within a zone, rows go from the
    largest area count down (ties in catalogue order), Unclassified last
    (present only when the base or a zone has such codes). Columns
    (:data:`MIX_COLUMNS`): ``zone`` (``zone_ids`` or the row number),
    ``code``, ``name``, ``colour``, ``area_count``, ``area_share`` (% of the
    zone), ``base_count``, ``base_share`` (% of the base), ``index``
    (area share / base share × 100; NULL when either is undefined),
    ``low_numbers`` (area count < ``min_count``), ``rank`` (1 = largest;
    NULL for Unclassified), ``cumulative_share`` (% in rank order) and
    ``dominant``. Computed for all zones at once with array operations.
    """
    matrix = np.atleast_2d(np.asarray(matrix, dtype=float))
    base = np.asarray(base_counts, dtype=float)
    n_zones, size = matrix.shape
    segments = size - 1
    order = np.argsort(-matrix[:, :segments], axis=1, kind="stable")
    order = np.hstack([order, np.full((n_zones, 1), segments)])
    counts = np.take_along_axis(matrix, order, axis=1)
    totals = matrix.sum(axis=1, keepdims=True)
    with np.errstate(divide="ignore", invalid="ignore"):
        shares = np.where(totals > 0, counts / totals * 100.0, np.nan)
        base_shares = base[order] / base.sum() * 100.0 if base.sum() > 0 else np.full(order.shape, np.nan)
        index = np.where((base_shares > 0) & ~np.isnan(shares), shares / base_shares * 100.0, np.nan)
    cumulative = np.cumsum(np.nan_to_num(shares[:, :segments]), axis=1)
    before = cumulative - np.nan_to_num(shares[:, :segments])
    rank = np.arange(1, segments + 1)[None, :]
    dominant = (counts[:, :segments] > 0) & (before < options.coverage * 100.0 - _EPS) & (rank <= options.max_segments)
    cumulative = np.where(totals > 0, cumulative, np.nan)
    frame = pd.DataFrame(
        {
            "zone": np.repeat(np.asarray(zone_ids if zone_ids is not None else np.arange(n_zones), dtype=object), size),
            "code": np.array(axis.keys(), dtype=object)[order].ravel(),
            "name": np.array(axis.names(language), dtype=object)[order].ravel(),
            "colour": np.array(axis.colours(), dtype=object)[order].ravel(),
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
    )
    if base[segments] == 0 and not matrix[:, segments].any():
        frame = frame[frame["code"] != UNCLASSIFIED]
    frame["rank"] = frame["rank"].astype("Int64")
    return frame.reset_index(drop=True)


#: Columns of :func:`dominant_segments`.
DOMINANT_COLUMNS = ("dominant_segments", "dominant_names", "dominant_share", "dominant_index")


def dominant_segments(mix: pd.DataFrame, n_zones: int) -> pd.DataFrame:
    """Each zone's dominant segments in one row, from :func:`mix_table`'s long table (zones numbered 0…n−1).

    Columns (:data:`DOMINANT_COLUMNS`): ``dominant_segments`` (codes, largest
    first: ``"J, H, L"``), ``dominant_names`` (their names, ``"; "``
    between them), ``dominant_share`` (% of the zone) and
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
    """One area's segment mix against the whole base: :func:`mix_table` for one zone, without ``zone``."""
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

    ``area_codes`` are the segment codes of the units inside the area (with
    their ``area_weights``: households, persons…), ``base_codes`` those of
    every unit. Codes roll up to ``level``; codes unknown to the catalogue
    count as Unclassified. Returns :func:`compare_to_base`'s table, whose
    ``dominant`` rows are the segments to portray (by default the largest
    ones covering 75 %, at most 5).
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

    ``codes`` (and ``weights``) describe every base unit; ``zones[i]`` is
    the area of unit ``i`` (-1: in none). The whole base — every unit,
    inside an area or not — is the reference. Returns :func:`mix_table`'s
    long table; ``dominant`` marks each area's dominant segments.
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

    Columns: ``base_total``; one column per segment of the level named by
    its code with the zone's share in % (and ``unclassified`` when the base
    has unknown codes); ``dominant``/``second`` (codes; NULL when the zone
    has fewer segments), their ``_name`` and ``_share`` (%);
    ``dominant_index`` (the dominant segment's share in the zone / its
    share of the whole base × 100) and ``diversity`` (normalised Shannon
    entropy, 0–1). Zones without any base are all NULL but ``base_total``.
    Unclassified never counts as dominant. Vectorised over zones.
    """
    matrix = np.atleast_2d(np.asarray(matrix, dtype=float))
    base = np.asarray(base_counts, dtype=float)
    n_zones, size = matrix.shape
    segments = size - 1
    totals = matrix.sum(axis=1)
    with np.errstate(divide="ignore", invalid="ignore"):
        shares = np.where(totals[:, None] > 0, matrix / totals[:, None] * 100.0, np.nan)
    order = np.argsort(-matrix[:, :segments], axis=1, kind="stable")
    top = np.take_along_axis(matrix[:, :segments], order[:, :2], axis=1) if segments else np.zeros((n_zones, 0))
    codes = np.array(axis.codes, dtype=object)
    names = np.array(axis.names(language)[:-1], dtype=object)
    frame = pd.DataFrame({"base_total": totals})
    keys = axis.keys() if (base[segments] > 0 or matrix[:, segments].any()) else list(axis.codes)
    for position, key in enumerate(keys):
        frame[key] = shares[:, position]
    for rank, prefix in ((0, "dominant"), (1, "second")):
        present = top[:, rank] > 0 if top.shape[1] > rank else np.zeros(n_zones, dtype=bool)
        chosen = order[:, rank] if order.shape[1] > rank else np.zeros(n_zones, dtype=np.int64)
        frame[prefix] = np.where(present, codes[chosen] if len(codes) else None, None)
        frame[f"{prefix}_name"] = np.where(present, names[chosen] if len(names) else None, None)
        frame[f"{prefix}_share"] = np.where(present, np.take_along_axis(shares, chosen[:, None], axis=1)[:, 0], np.nan)
    base_share = base / base.sum() * 100.0 if base.sum() > 0 else np.full(size, np.nan)
    dominant_base = base_share[order[:, 0]] if segments else np.full(n_zones, np.nan)
    with np.errstate(divide="ignore", invalid="ignore"):
        frame["dominant_index"] = np.where(
            frame["dominant"].notna() & (dominant_base > 0), frame["dominant_share"] / dominant_base * 100.0, np.nan
        )
    frame["diversity"] = shannon_diversity(matrix, categories=len(keys))
    return frame


def outside_zones(units: np.ndarray, shares: np.ndarray, counts: np.ndarray) -> tuple[float, int]:
    """How much of the base lies outside every zone, and how many units lie wholly outside.

    ``units``/``shares`` are the (unit, share) pieces of the assignment to
    zones (a point unit has share 1 in each zone containing it); a unit's
    covered share is capped at 1 where zones overlap.
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
    Returns the frame and the renamings ``{old: new}``.
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
    """Shannon entropy of each row's shares divided by ln(``categories``): 0 to 1, NaN for empty rows."""
    matrix = np.atleast_2d(np.asarray(matrix, dtype=float))
    totals = matrix.sum(axis=1, keepdims=True)
    with np.errstate(divide="ignore", invalid="ignore"):
        p = np.where(totals > 0, matrix / totals, 0.0)
        terms = np.where(p > 0, -p * np.log(p), 0.0)
    entropy = terms.sum(axis=1)
    if categories <= 1:
        return np.where(totals[:, 0] > 0, 0.0, np.nan)
    return np.where(totals[:, 0] > 0, entropy / math.log(categories), np.nan)


# -- helpers ---------------------------------------------------------------------
def _as_list(values: Iterable[object]):
    """A sized sequence (arrays and Series pass through)."""
    return values if hasattr(values, "__len__") else list(values)


def _is_blank(value: object) -> bool:
    return normalise_code(value) is None
