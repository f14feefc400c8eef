"""Segment profiles, against hand-computed tables and scipy."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from scipy import stats
from segment_fixtures import GROUPS

from place_insight.engine.errors import InvalidInputError
from place_insight.engine.segmentation.encoding import encode_segments
from place_insight.engine.segmentation.profile import PROFILE_COLUMNS, ProfileOptions, profile_counts, profile_segments


def counts(a, b, c, unclassified=0.0):
    return np.array([a, b, c, unclassified], dtype=float)


def two_sided_binomial(k: int, n: int, p: float) -> float:
    """Independent two-sided exact p-value: sum of outcomes no more likely than k."""
    pmf = stats.binom.pmf(np.arange(n + 1), n, p)
    return float(min(1.0, pmf[pmf <= pmf[k] * (1 + 1e-7)].sum()))


# -- the classic table ------------------------------------------------------------
def test_profile_table_matches_the_hand_computed_one():
    profile = profile_counts(counts(30, 45, 25), counts(600, 300, 100), GROUPS)
    table = profile.table.set_index("code")
    assert list(table.index) == ["A", "B", "C"]  # no Unclassified row when nothing is unclassified
    assert list(table["name"]) == ["Alpha", "Beta", "Gamma"]
    assert list(table["target_pct"]) == pytest.approx([30, 45, 25])
    assert list(table["base_pct"]) == pytest.approx([60, 30, 10])
    assert list(table["index"]) == pytest.approx([50, 150, 250])
    assert list(table["rank"]) == [2, 1, 3]
    assert list(table["penetration"]) == pytest.approx([50, 150, 250])
    assert list(table["cumulative_pct"]) == pytest.approx([75, 45, 100])
    # 45 % + 30 % reaches 75 % exactly: two groups, largest first
    assert profile.market == ("B", "A")
    assert list(table["target_market"]) == [True, True, False]
    assert profile.market_share == pytest.approx(75.0)
    assert profile.headline() == "75% of the target lies in 2 of 3 groups: B, A."
    expected = [stats.binomtest(30, 100, 0.6).pvalue, stats.binomtest(45, 100, 0.3).pvalue, stats.binomtest(25, 100, 0.1).pvalue]
    assert list(table["p_value"]) == pytest.approx(expected, rel=1e-12)
    assert list(table["p_value"]) == pytest.approx(
        [two_sided_binomial(30, 100, 0.6), two_sided_binomial(45, 100, 0.3), two_sided_binomial(25, 100, 0.1)], rel=1e-6
    )
    assert list(table["significant"]) == [p < 0.05 for p in expected] == [True, True, True]
    assert not table["low_numbers"].any()
    assert profile.exact_test


def test_totals_row_and_output_table():
    profile = profile_counts(counts(30, 45, 25), counts(600, 300, 100), GROUPS)
    out = profile.output_table()
    assert list(out.columns) == list(PROFILE_COLUMNS)
    total = out.to_dict("records")[-1]
    assert total["row_type"] == "total" and total["name"] == "Total" and total["code"] is None
    assert (total["target_count"], total["base_count"], total["index"]) == (100, 1000, 100)
    assert total["penetration"] == pytest.approx(100.0)
    assert pd.isna(total["rank"]) and total["target_market"] is None
    assert str(out["rank"].dtype) == "Int64"


def test_index_is_null_where_the_base_is_zero_and_low_numbers_are_flagged():
    profile = profile_counts(counts(3, 90, 7), counts(0, 500, 4), GROUPS, options=ProfileOptions(min_count=5))
    table = profile.table.set_index("code")
    assert math.isnan(table.loc["A", "index"]) and math.isnan(table.loc["A", "penetration"])
    assert math.isnan(table.loc["A", "p_value"]) and table.loc["A", "significant"] is None
    assert list(table["low_numbers"]) == [True, False, True]  # A: 3 clients, C: base of 4


def test_ties_share_the_best_rank_and_a_tie_at_the_market_boundary_is_reported():
    profile = profile_counts(counts(40, 30, 30), counts(100, 100, 100), GROUPS, options=ProfileOptions(coverage=0.6))
    assert list(profile.table["rank"]) == [1, 2, 2]
    assert profile.market == ("A", "B")  # C has as many as B but B comes first in the catalogue
    assert profile.boundary_ties == ("C",)


@pytest.mark.parametrize(
    ("target", "coverage", "market"),
    [
        ((7, 2, 1), 0.7, ("A",)),  # 0.7 × 10 is 7.000000000000001 in floating point: still reached by 7
        ((7, 2, 1), 0.71, ("A", "B")),
        ((5, 5, 0), 1.0, ("A", "B")),  # a segment without target never joins
        ((0, 0, 9), 0.5, ("C",)),
        ((1, 1, 1), 0.34, ("A", "B")),
    ],
)
def test_target_market_edge_cases(target, coverage, market):
    profile = profile_counts(counts(*target), counts(10, 10, 10), GROUPS, options=ProfileOptions(coverage=coverage))
    assert profile.market == market


def test_unclassified_codes_have_a_row_but_never_join_the_market():
    base = encode_segments(["A1", "A2", "B1", "Z9", "Z9", None, "C1"], GROUPS, blank_as_unclassified=True)
    assert base.unknown == {"Z9": 2} and base.blank == 1
    target = encode_segments(["Z9"] * 6 + ["A1", "B1", "B1"], GROUPS)
    profile = profile_segments(target, base, GROUPS)
    table = profile.table
    assert list(table["row_type"]) == ["segment"] * 3 + ["unclassified"]
    last = table.to_dict("records")[-1]
    assert last["code"] is None and last["name"] == "Unclassified"
    assert (last["target_count"], last["base_count"]) == (6, 3)
    assert last["target_market"] is None and pd.isna(last["rank"])
    assert profile.market == ("B", "A")  # Unclassified (6 of 9) is the largest but is not a segment
    assert profile.market_share == pytest.approx(100 * 3 / 9)


def test_weighted_counts_that_are_not_whole_use_the_normal_approximation():
    profile = profile_counts(counts(12.5, 30.25, 7.25), counts(50, 30, 20), GROUPS)
    assert not profile.exact_test
    n = 50.0
    for (k, p), value in zip(((12.5, 0.5), (30.25, 0.3), (7.25, 0.2)), profile.table["p_value"]):
        z = (k - n * p) / math.sqrt(n * p * (1 - p))
        assert value == pytest.approx(2 * stats.norm.sf(abs(z)))


def test_suppression_hides_small_counts_and_one_more_so_they_cannot_be_worked_out():
    profile = profile_counts(counts(2, 50, 48), counts(100, 100, 100), GROUPS, options=ProfileOptions(suppress_below=5))
    table = profile.table.set_index("code")
    assert list(table["suppressed"]) == [True, False, True]
    assert math.isnan(table.loc["A", "target_count"]) and math.isnan(table.loc["C", "target_count"])
    assert math.isnan(table.loc["A", "index"]) and table.loc["A", "significant"] is None
    assert table.loc["B", "target_count"] == 50 and table.loc["B", "cumulative_pct"] == pytest.approx(50)
    assert math.isnan(table.loc["C", "cumulative_pct"]) and math.isnan(table.loc["A", "cumulative_pct"])
    assert profile.totals_row()["target_count"] == 100


def test_empty_target_or_base_is_refused():
    with pytest.raises(InvalidInputError, match="The target is empty"):
        profile_counts(counts(0, 0, 0), counts(1, 1, 1), GROUPS)
    with pytest.raises(InvalidInputError, match="The base is empty"):
        profile_counts(counts(1, 0, 0), counts(0, 0, 0), GROUPS)
