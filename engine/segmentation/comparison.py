"""Profiles compared: several targets, or one target split by a category or by zones, against one base.

Target records are placed on the segments of one catalogue level as the
profile places them (:mod:`engine.segmentation.encoding`); each record also
belongs to a *category* (a service, a channel, a borrower category, an
area, the layer it came from). Records without a category form the
category :data:`NONE_CATEGORY`.

Methods
-------
Each category is profiled against the base: its count per segment, its
share (% of the category's placed records), index = that share ÷ the
segment's share of the base × 100.

Each category is then compared with *the rest* (all other categories
together), or two chosen categories with each other (:mod:`engine.significance`):

* **distribution test** — null hypothesis: the category's records are
  spread over the segments in the same proportions as the rest's.
  Pearson's chi-square test of homogeneity of the 2 × k table (segments
  with no record on either side are left out); where Cochran's rule fails
  (an expected count below 1 or more than a fifth below 5) a Monte Carlo
  p-value over tables drawn with the same margins.
* **per-segment test** — null hypothesis: the segment's share of the
  category equals its share of the rest. The pooled two-sided z-test of two
  proportions, or Fisher's exact test where an expected cell of the 2 × 2
  table is below 5.

p-values are adjusted for the number of tests — the per-segment tests of
the whole table together, the distribution tests together — by Holm's
step-down method (family-wise error rate) or Benjamini–Hochberg (false
discovery rate); a test is significant when its adjusted p-value is below
α. Categories with fewer than two placed records are not tested.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np

try:
    import pandas as pd
except ImportError:  # the plugin still loads; algorithms refuse to run (see engine.dependencies)
    pd = None

from ..errors import InvalidInputError
from ..i18n import format_count, format_examples, tr
from ..significance import HOLM, adjust_p_values, homogeneity_tests, two_proportion_tests
from .encoding import SegmentAxis

_EPS = 1e-9

#: Columns of :attr:`Comparison.table`, in order.
COMPARISON_COLUMNS = (
    "row_type",
    "category",
    "code",
    "name",
    "target_count",
    "target_pct",
    "base_count",
    "base_pct",
    "index",
    "versus",
    "versus_count",
    "versus_pct",
    "difference",
    "statistic",
    "df",
    "p_value",
    "p_adjusted",
    "significant",
    "test",
    "low_numbers",
    "suppressed",
)


def none_category() -> str:
    """The name of the category of records without one: ``(none)``."""
    return tr("(none)")


@dataclass(frozen=True)
class ComparisonOptions:
    """``alpha``: significance level. ``min_count``: counts below it are flagged as low numbers.
    ``correction``: :data:`engine.significance.HOLM` or :data:`engine.significance.BENJAMINI_HOCHBERG`.
    ``simulations``: most tables drawn for a Monte Carlo p-value. ``pair``: two category positions to
    compare with each other (None: each against the rest). ``suppress_below``: counts from 1 to below it
    are hidden (0: none)."""

    alpha: float = 0.05
    min_count: float = 5.0
    correction: str = HOLM
    simulations: int = 9999
    pair: tuple[int, int] | None = None
    suppress_below: float = 0.0


DEFAULT_COMPARISON = ComparisonOptions()


@dataclass(frozen=True)
class Categories:
    """Each record's category (a position in ``names``), and how many records had none."""

    codes: np.ndarray
    names: tuple[str, ...]
    without: int = 0

    def position(self, name: str) -> int:
        """The position of a category by its name (as written, or ignoring case and surrounding spaces).

        Raises
        ------
        InvalidInputError
            For a name that is not a category.
        """
        wanted = str(name).strip().lower()
        for i, candidate in enumerate(self.names):
            if candidate == name or candidate.strip().lower() == wanted:
                return i
        raise InvalidInputError(
            tr("There is no category {name}; the categories are: {names}.").format(
                name=name, names=format_examples(self.names, limit=20)
            )
        )


def categorise(values: Iterable[object]) -> Categories:
    """Categories from a field's values, in sorted order; NULL and blank values form the category ``(none)`` (last).

    Parameters
    ----------
    values : iterable of object

    Returns
    -------
    Categories
    """
    series = pd.Series(list(values) if not hasattr(values, "__len__") else values, dtype=object).reset_index(drop=True)
    text = series.map(lambda v: None if v is None or v != v or str(v).strip() == "" else _category_text(v))
    names = sorted(text.dropna().unique().tolist(), key=_natural_key)
    position = {name: i for i, name in enumerate(names)}
    codes = text.map(lambda v: position.get(v, -1)).to_numpy(dtype=np.int64)
    without = int(np.count_nonzero(codes < 0))
    if without:
        codes = np.where(codes < 0, len(names), codes)
        names.append(none_category())
    return Categories(codes, tuple(names), without)


def _category_text(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _natural_key(text: str):
    import re

    return [(0, int(part), "") if part.isdigit() else (1, 0, part.lower()) for part in re.split(r"(\d+)", text) if part]


@dataclass(frozen=True)
class Comparison:
    """Every category against the base and against what it is compared with.

    ``table``: one row per category and segment (catalogue order; an
    Unclassified row when some records are there) and a ``total`` row per
    category holding its distribution test (:data:`COMPARISON_COLUMNS`).
    ``matrix``: category × axis counts. ``tested``: the categories that
    were tested; ``untested``: those with too few records.
    """

    table: pd.DataFrame
    matrix: np.ndarray
    base: np.ndarray
    axis: SegmentAxis
    categories: tuple[str, ...]
    options: ComparisonOptions
    tested: tuple[int, ...]
    untested: tuple[int, ...]
    exact_counts: bool
    language: str = "en"

    def versus_name(self, category: int) -> str:
        """What a category is compared with: the other of the pair, or the rest."""
        pair = self.options.pair
        if pair is not None and category in pair:
            return self.categories[pair[1] if category == pair[0] else pair[0]]
        return tr("the rest")

    def differing(self) -> list[int]:
        """The tested categories whose distribution differs significantly from what they are compared with."""
        totals = self.table[self.table["row_type"] == "total"]
        return [self.categories.index(c) for c, s in zip(totals["category"], totals["significant"]) if s is True]


def category_matrix(positions: np.ndarray, categories: np.ndarray, *, n_categories: int, size: int, weights=None) -> np.ndarray:
    """Category × axis counts of the placed records (records at -1 on either are left out).

    Parameters
    ----------
    positions, categories : numpy.ndarray
        Axis position and category of each record.
    n_categories, size : int
        Rows and columns.
    weights : numpy.ndarray, optional
        What each record counts (1 each without).

    Returns
    -------
    numpy.ndarray
    """
    positions = np.asarray(positions, dtype=np.int64)
    categories = np.asarray(categories, dtype=np.int64)
    keep = (positions >= 0) & (categories >= 0)
    chosen = None if weights is None else np.asarray(weights, dtype=float)[keep]
    flat = categories[keep] * size + positions[keep]
    return np.bincount(flat, weights=chosen, minlength=n_categories * size).astype(float).reshape(n_categories, size)


def compare_profiles(
    matrix: np.ndarray,
    base_counts: np.ndarray,
    axis: SegmentAxis,
    categories: Sequence[str],
    *,
    options: ComparisonOptions = DEFAULT_COMPARISON,
    language: str = "en",
) -> Comparison:
    """Compare each category's profile with the rest's, or two categories (see the module notes).

    Parameters
    ----------
    matrix : numpy.ndarray
        Category × axis counts (:func:`category_matrix`).
    base_counts : numpy.ndarray
        The base on the axis.
    axis : SegmentAxis
    categories : sequence of str
        The categories' names.
    options : ComparisonOptions
    language : str
        Language of the segment names.

    Returns
    -------
    Comparison

    Raises
    ------
    InvalidInputError
        With fewer than two categories holding records, or an empty base.
    """
    matrix = np.atleast_2d(np.asarray(matrix, dtype=float))
    base = np.asarray(base_counts, dtype=float)
    totals = matrix.sum(axis=1)
    if base.sum() <= 0:
        raise InvalidInputError(tr("The base is empty: its counts add up to 0."))
    if np.count_nonzero(totals > 0) < 2:
        raise InvalidInputError(
            tr("Only {n} category holds placed target records ({names}): there is nothing to compare.").format(
                n=int(np.count_nonzero(totals > 0)),
                names=", ".join(c for c, t in zip(categories, totals) if t > 0) or "–",
            )
        )
    versus = _versus(matrix, options.pair)
    tested = tuple(
        i
        for i in range(len(categories))
        if totals[i] >= 2 - _EPS and versus[i].sum() > 0 and (options.pair is None or i in options.pair)
    )
    untested = tuple(i for i in range(len(categories)) if i not in tested and (options.pair is None or i in options.pair))
    exact = bool(np.all(np.abs(matrix - np.round(matrix)) < _EPS))
    segment_rows = _segment_rows(matrix, versus, base, axis, categories, tested, options, language)
    total_rows = _total_rows(matrix, versus, base, categories, tested, options)
    frame = pd.concat([segment_rows, total_rows], ignore_index=True)
    order = np.lexsort((frame["row_type"].eq("total").to_numpy(), frame["_position"].to_numpy(), frame["_category"].to_numpy()))
    frame = frame.iloc[order].reset_index(drop=True)
    frame = _suppress(frame, options.suppress_below)
    return Comparison(
        table=frame[list(COMPARISON_COLUMNS)],
        matrix=matrix,
        base=base,
        axis=axis,
        categories=tuple(categories),
        options=options,
        tested=tested,
        untested=untested,
        exact_counts=exact,
        language=language,
    )


def _versus(matrix: np.ndarray, pair: tuple[int, int] | None) -> np.ndarray:
    """What each category is compared with: the rest (all others), or the other of the pair (zeros elsewhere)."""
    if pair is None:
        return matrix.sum(axis=0, keepdims=True) - matrix
    versus = np.zeros_like(matrix)
    first, second = pair
    versus[first], versus[second] = matrix[second], matrix[first]
    return versus


def _segment_rows(matrix, versus, base, axis, categories, tested, options, language) -> pd.DataFrame:
    """One row per category and axis position (Unclassified only where records are), with the per-segment tests."""
    n_categories, size = matrix.shape
    totals, versus_totals = matrix.sum(axis=1, keepdims=True), versus.sum(axis=1, keepdims=True)
    with np.errstate(divide="ignore", invalid="ignore"):
        share = np.where(totals > 0, matrix / totals * 100.0, np.nan)
        versus_share = np.where(versus_totals > 0, versus / versus_totals * 100.0, np.nan)
        base_share = base / base.sum() * 100.0
        index = np.where(base_share[None, :] > 0, share / base_share[None, :] * 100.0, np.nan)
    p, method = two_proportion_tests(
        matrix, np.broadcast_to(totals, matrix.shape), versus, np.broadcast_to(versus_totals, matrix.shape)
    )
    p, method = p.reshape(matrix.shape), method.reshape(matrix.shape)
    untested = np.ones(n_categories, dtype=bool)
    untested[list(tested)] = False
    empty = (matrix + versus) <= 0
    p[untested, :] = np.nan
    p[empty] = np.nan
    method[untested, :] = ""
    method[empty] = ""
    if options.pair is not None:
        p[options.pair[1]] = np.nan  # the pair's second row repeats the first's tests
        method[options.pair[1]] = ""
    adjusted = adjust_p_values(p.ravel(), options.correction).reshape(matrix.shape)
    if options.pair is not None:
        p[options.pair[1]], adjusted[options.pair[1]] = p[options.pair[0]], adjusted[options.pair[0]]
        method[options.pair[1]] = method[options.pair[0]]
    shown = np.ones(size, dtype=bool)
    shown[size - 1] = bool((matrix[:, -1] + versus[:, -1]).any() or base[-1] > 0)
    keys = np.array([*axis.codes, None], dtype=object)
    names = np.array(axis.names(language), dtype=object)
    grid = np.argwhere(np.broadcast_to(shown, matrix.shape))
    c, s = grid[:, 0], grid[:, 1]
    return pd.DataFrame(
        {
            "row_type": np.where(s == size - 1, "unclassified", "segment"),
            "category": np.asarray(categories, dtype=object)[c],
            "code": keys[s],
            "name": names[s],
            "target_count": matrix[c, s],
            "target_pct": share[c, s],
            "base_count": base[s],
            "base_pct": base_share[s],
            "index": index[c, s],
            "versus": [_versus_label(i, categories, options.pair) for i in c],
            "versus_count": versus[c, s],
            "versus_pct": versus_share[c, s],
            "difference": share[c, s] - versus_share[c, s],
            "statistic": np.nan,
            "df": np.nan,
            "p_value": p[c, s],
            "p_adjusted": adjusted[c, s],
            "significant": _flags(adjusted[c, s] < options.alpha, ~np.isnan(adjusted[c, s])),
            "test": method[c, s],
            "low_numbers": (matrix[c, s] < options.min_count) | (versus[c, s] < options.min_count),
            "suppressed": False,
            "_category": c,
            "_position": s,
        }
    )


def _versus_label(category: int, categories: Sequence[str], pair) -> str:
    if pair is not None:
        if category == pair[0]:
            return categories[pair[1]]
        if category == pair[1]:
            return categories[pair[0]]
        return ""
    return tr("the rest")


def _total_rows(matrix, versus, base, categories, tested, options) -> pd.DataFrame:
    """One row per category with its totals and its distribution test."""
    n_categories, size = matrix.shape
    tests = homogeneity_tests(matrix[list(tested)], versus[list(tested)], simulations=options.simulations)
    statistic, df, p = np.full(n_categories, np.nan), np.full(n_categories, np.nan), np.full(n_categories, np.nan)
    method = np.full(n_categories, "", dtype=object)
    rows = np.asarray(tested, dtype=np.int64)
    statistic[rows], df[rows], p[rows], method[rows] = tests.statistic, tests.df, tests.p_value, tests.method
    if options.pair is not None:
        p[options.pair[1]] = np.nan
    adjusted = adjust_p_values(p, options.correction)
    if options.pair is not None:
        first, second = options.pair
        statistic[second], df[second], p[second], adjusted[second], method[second] = (
            statistic[first],
            df[first],
            p[first],
            adjusted[first],
            method[first],
        )
    totals, versus_totals = matrix.sum(axis=1), versus.sum(axis=1)
    return pd.DataFrame(
        {
            "row_type": "total",
            "category": list(categories),
            "code": None,
            "name": tr("Total"),
            "target_count": totals,
            "target_pct": np.where(totals > 0, 100.0, np.nan),
            "base_count": base.sum(),
            "base_pct": 100.0,
            "index": np.where(totals > 0, 100.0, np.nan),
            "versus": [_versus_label(i, categories, options.pair) for i in range(n_categories)],
            "versus_count": versus_totals,
            "versus_pct": np.where(versus_totals > 0, 100.0, np.nan),
            "difference": np.nan,
            "statistic": statistic,
            "df": df,
            "p_value": p,
            "p_adjusted": adjusted,
            "significant": _flags(adjusted < options.alpha, ~np.isnan(adjusted)),
            "test": method,
            "low_numbers": totals < options.min_count,
            "suppressed": False,
            "_category": np.arange(n_categories),
            "_position": size,
        }
    )


def _flags(values: np.ndarray, known: np.ndarray) -> np.ndarray:
    result = np.asarray(values, dtype=object)
    result[~np.asarray(known)] = None
    return result


#: Columns hidden with a suppressed count, since they reveal it.
SUPPRESSED_COLUMNS = ("target_count", "target_pct", "index", "difference", "p_value", "p_adjusted", "significant")


def _suppress(frame: pd.DataFrame, threshold: float) -> pd.DataFrame:
    """Hide counts from 1 to below ``threshold`` in each category (the segment profile's convention)."""
    if not threshold or threshold <= 0:
        return frame
    frame = frame.copy()
    frame["significant"] = frame["significant"].astype(object)
    cells = frame["row_type"] != "total"
    counts = frame["target_count"].to_numpy(dtype=float)
    hidden = cells.to_numpy() & (counts > 0) & (counts < threshold)
    owners = frame["_category"].to_numpy()
    for category in np.unique(owners):
        mine = (owners == category) & cells.to_numpy()
        if np.count_nonzero(hidden & mine) == 1:
            candidates = np.flatnonzero(mine & (counts > 0) & ~hidden)
            if candidates.size:
                hidden[candidates[np.argmin(counts[candidates])]] = True
    for column in SUPPRESSED_COLUMNS:
        frame.loc[hidden, column] = None if column == "significant" else np.nan
    frame["suppressed"] = hidden
    return frame


def none_message(categories: Categories, *, layer: str, field: str) -> str | None:
    """The warning about records without a category (None when every record has one).

    Parameters
    ----------
    categories : Categories
        As :func:`categorise` read them.
    layer : str
        The records layer's name.
    field : str
        The category field's name.
    """
    if not categories.without:
        return None
    return tr("{n} records of {layer} have no value in the field {field}; they form the category {none}.").format(
        n=format_count(categories.without), layer=layer, field=field, none=none_category()
    )
