"""Segment profiles: which segments a target (clients, respondents…) over-represents against the base.

Target records and base units are first placed on the segments of one
catalogue level (:mod:`engine.segmentation.encoding`, which also sets out
the vocabulary: base units, target records, axis).

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
coverage (e.g. 75 %).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

try:
    import pandas as pd
except ImportError:  # the plugin still loads; algorithms refuse to run (see engine.dependencies)
    pd = None

from ..errors import InvalidInputError
from ..i18n import format_count, format_percent, tr
from .encoding import EncodedSegments, SegmentAxis, tally

_EPS = 1e-9


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
        """E.g. "77% of the target lies in 5 of 15 groups: K, H, E, F, J." (French "77 % de la cible …")."""
        return tr("{share} of the target lies in {n} of {total} {levels}: {codes}.").format(
            share=format_percent(self.market_share, language=self.language),
            n=format_count(len(self.market), language=self.language),
            total=format_count(len(self.axis.codes), language=self.language),
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
    """Profile encoded target records against encoded base units (see :func:`profile_counts`).

    Parameters
    ----------
    target, base : EncodedSegments
        Target records and base units placed on ``axis``
        (:func:`engine.segmentation.encoding.encode_segments`).
    axis : SegmentAxis
        The level profiled.
    target_weights : numpy.ndarray, optional
        Weight of each target record (1 each without it).
    base_counts : numpy.ndarray, optional
        Count of each base unit: households, persons… (1 each without it).
    options : ProfileOptions
        Significance level, low-number threshold, coverage, suppression.
    language : str
        Language of the segment names.

    Returns
    -------
    SegmentProfile
    """
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

    Index, penetration, significance and the target market, as the module
    documentation describes them.

    Parameters
    ----------
    target_counts, base_counts : numpy.ndarray
        ``(axis.size,)`` counts on the axis, segments then Unclassified (:func:`engine.segmentation.encoding.tally`).
    axis : SegmentAxis
        The level profiled.
    options : ProfileOptions
        Significance level, low-number threshold, coverage, suppression.
    language : str
        Language of the segment names.

    Returns
    -------
    SegmentProfile

    Raises
    ------
    InvalidInputError
        When the target or the base adds up to 0.
    """
    t = np.asarray(target_counts, dtype=float)
    b = np.asarray(base_counts, dtype=float)
    total_t, total_b = _totals(t, b)
    # segments by target count, largest first (Unclassified left out), and the target market they cover
    segments = np.arange(axis.size) != axis.unclassified
    order = _rank_order(t, segments)
    market, ties, cumulative = _coverage(t, order, options.coverage, total_t)
    # whole counts take the exact binomial test, fractional (weighted) ones its normal approximation
    exact = bool(np.all(np.abs(t - np.round(t)) < _EPS))
    frame = _profile_table(
        t, b, axis, order=order, cumulative=cumulative, market=market, exact=exact, options=options, language=language
    )
    # small counts hidden; an Unclassified row only when there are such codes
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


def _totals(target: np.ndarray, base: np.ndarray) -> tuple[float, float]:
    """The totals of the target and of the base, refusing an empty one."""
    total_t, total_b = float(target.sum()), float(base.sum())
    if total_t <= 0:
        raise InvalidInputError(tr("The target is empty: no target record could be placed in a segment."))
    if total_b <= 0:
        raise InvalidInputError(tr("The base is empty: its counts add up to 0."))
    return total_t, total_b


def _profile_table(
    t: np.ndarray,
    b: np.ndarray,
    axis: SegmentAxis,
    *,
    order: np.ndarray,
    cumulative: np.ndarray,
    market: np.ndarray,
    exact: bool,
    options: ProfileOptions,
    language: str,
) -> pd.DataFrame:
    """The profile's columns (:data:`PROFILE_COLUMNS`), one row per axis position, nothing suppressed yet."""
    total_t, total_b = float(t.sum()), float(b.sum())
    segments = np.arange(axis.size) != axis.unclassified
    # shares, index and penetration; NULL where the base is 0
    with np.errstate(divide="ignore", invalid="ignore"):
        target_pct = t / total_t * 100.0
        base_pct = b / total_b * 100.0
        index = np.where(b > 0, target_pct / base_pct * 100.0, np.nan)
        penetration = np.where(b > 0, t / b * 1000.0, np.nan)
    # significance against the base share, and competition ranks by target count
    p_values = binomial_p_values(t, total_t, b / total_b, exact=exact)
    rank = np.full(axis.size, np.nan)
    rank[order] = _competition_ranks(t[order])
    return pd.DataFrame(
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


def binomial_p_values(counts: np.ndarray, total: float, shares: np.ndarray, *, exact: bool = True) -> np.ndarray:
    """Two-sided p-values of each count against ``total`` × its expected share.

    Parameters
    ----------
    counts : numpy.ndarray
        Observed count of each segment.
    total : float
        The number of trials (all placed target records).
    shares : numpy.ndarray
        Expected share (0–1) of each segment: its share of the base.
    exact : bool
        The exact binomial test (``scipy.stats.binomtest``, counts rounded to
        whole numbers); otherwise the normal approximation (a one-sample
        z-test of the proportion).

    Returns
    -------
    numpy.ndarray
        The p-values; NaN where the expected share is 0 (the test is
        undefined).
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
