"""The shared tests and intervals, against scipy and against brute-force enumeration."""

from __future__ import annotations

import itertools
import math

import numpy as np
import pytest
from scipy import stats
from scipy.stats.contingency import relative_risk

from place_insight.engine.significance import (
    BENJAMINI_HOCHBERG,
    CHI_SQUARE,
    FISHER,
    HOLM,
    MONTE_CARLO,
    STOP_AFTER_EXCEEDANCES,
    Z_TEST,
    adjust_p_values,
    clopper_pearson,
    fisher_exact_p,
    holm,
    homogeneity_tests,
    rate_ratio,
    two_proportion_tests,
)


def test_fisher_exact_matches_scipy_on_random_tables():
    rng = np.random.default_rng(3)
    tables = rng.integers(0, 30, size=(400, 4))
    tables[:20, 1] = 0  # empty cells and margins too
    tables[20:25, :2] = 0
    ours = fisher_exact_p(*tables.T)
    theirs = [stats.fisher_exact([[a, b], [c, d]]).pvalue for a, b, c, d in tables]
    np.testing.assert_allclose(ours, theirs, rtol=1e-6, atol=1e-12)


def test_two_proportions_use_the_z_test_with_enough_counts_and_fisher_below():
    k1, n1, k2, n2 = np.array([160, 3, 40]), np.array([1000, 20, 1000]), np.array([40, 1, 40]), np.array([1000, 25, 1000])
    p, method = two_proportion_tests(k1, n1, k2, n2)
    assert list(method) == [Z_TEST, FISHER, Z_TEST]
    # the pooled z-test is Pearson's chi-square of the 2 x 2 table without continuity correction
    for i in (0, 2):
        table = [[k1[i], n1[i] - k1[i]], [k2[i], n2[i] - k2[i]]]
        assert p[i] == pytest.approx(stats.chi2_contingency(table, correction=False)[1], rel=1e-9)
    assert p[1] == pytest.approx(stats.fisher_exact([[3, 17], [1, 24]]).pvalue, rel=1e-9)
    assert p[2] == pytest.approx(1.0)


def test_two_proportions_without_trials_or_with_weights():
    p, method = two_proportion_tests(np.array([0, 2.5]), np.array([0, 10.5]), np.array([3, 1.5]), np.array([10, 12.0]))
    assert math.isnan(p[0]) and method[0] == ""
    assert method[1] == Z_TEST  # fractional counts have no exact test


def test_clopper_pearson_matches_scipy():
    k = np.array([0, 1, 16, 40, 50])
    n = np.array([50, 50, 100, 250, 50])
    low, high = clopper_pearson(k, n)
    for i in range(len(k)):
        interval = stats.binomtest(int(k[i]), int(n[i])).proportion_ci(confidence_level=0.95, method="exact")
        assert (low[i], high[i]) == pytest.approx((interval.low, interval.high), abs=1e-10)
    low, high = clopper_pearson(np.array([0]), np.array([0]))
    assert math.isnan(low[0]) and math.isnan(high[0])


def test_rate_ratio_is_the_katz_interval_of_scipy():
    ratio, low, high = rate_ratio(np.array([640]), np.array([4000]), np.array([20]), np.array([500]))
    reference = relative_risk(640, 4000, 20, 500)
    interval = reference.confidence_interval(0.95)
    assert ratio[0] == pytest.approx(reference.relative_risk) == pytest.approx(4.0)
    assert (low[0], high[0]) == pytest.approx((interval.low, interval.high), rel=1e-9)
    ratio, low, high = rate_ratio(np.array([0, 5]), np.array([10, 10]), np.array([3, 0]), np.array([10, 10]))
    assert ratio[0] == 0 and math.isnan(low[0])
    assert math.isnan(ratio[1])


def test_homogeneity_with_enough_counts_is_scipys_chi_square():
    rows = np.array([[120, 80, 60, 40], [30, 30, 30, 30]])
    others = np.array([[300, 310, 290, 280], [390, 360, 320, 290]])
    result = homogeneity_tests(rows, others)
    for i in range(2):
        statistic, p, df, _ = stats.chi2_contingency(np.vstack([rows[i], others[i]]), correction=False)
        assert result.statistic[i] == pytest.approx(statistic, rel=1e-12)
        assert result.p_value[i] == pytest.approx(p, rel=1e-9)
        assert result.df[i] == df and result.method[i] == CHI_SQUARE


def exact_permutation_p(row: np.ndarray, other: np.ndarray) -> float:
    """Every table with the margins of [row; other], weighted by its multivariate hypergeometric probability."""
    totals = row + other
    n1 = int(row.sum())
    n = totals.sum()
    expected1 = n1 * totals / n
    expected2 = (n - n1) * totals / n

    def statistic(x):
        return (((x - expected1) ** 2) * (1 / expected1 + 1 / expected2)).sum()

    observed = statistic(row)
    p = 0.0
    for x in itertools.product(*(range(int(t) + 1) for t in totals)):
        if sum(x) != n1:
            continue
        probability = np.prod([math.comb(int(t), k) for t, k in zip(totals, x)]) / math.comb(int(n), n1)
        if statistic(np.array(x)) >= observed - 1e-9:
            p += probability
    return p


def test_monte_carlo_p_value_agrees_with_the_exact_permutation_p_value():
    row, other = np.array([4, 0, 1, 2]), np.array([1, 5, 3, 2])
    exact = exact_permutation_p(row, other)
    result = homogeneity_tests(row[None, :], other[None, :], simulations=20000)
    assert result.method[0] == MONTE_CARLO
    draws = result.draws[0]
    # within four standard errors of the Monte Carlo estimate
    assert abs(result.p_value[0] - exact) < 4 * math.sqrt(exact * (1 - exact) / draws) + 1 / draws
    # the chi-square approximation is off on so small a table
    assert abs(stats.chi2.sf(result.statistic[0], 3) - exact) > 0.01


def test_monte_carlo_stops_early_when_the_p_value_is_large():
    row, other = np.array([2, 3, 1]), np.array([3, 2, 2])
    result = homogeneity_tests(row[None, :], other[None, :], simulations=9999)
    assert result.method[0] == MONTE_CARLO and result.draws[0] < 200
    assert result.p_value[0] == pytest.approx(STOP_AFTER_EXCEEDANCES / result.draws[0])
    assert result.p_value[0] > 0.5


def test_monte_carlo_is_reproducible_and_shared_between_equal_margins():
    rows = np.array([[5, 0, 0], [5, 0, 0], [0, 2, 3]])
    others = np.array([[0, 4, 6], [0, 4, 6], [5, 2, 3]])
    first = homogeneity_tests(rows, others)
    second = homogeneity_tests(rows, others)
    np.testing.assert_array_equal(first.p_value, second.p_value)
    assert first.p_value[0] == first.p_value[1]
    assert first.p_value[0] == pytest.approx(exact_permutation_p(rows[0], others[0]), abs=0.002)


def test_homogeneity_without_a_comparison_has_no_test():
    result = homogeneity_tests(np.array([[3, 4], [0, 0], [5, 0]]), np.array([[0, 0], [3, 2], [4, 0]]))
    assert all(math.isnan(p) for p in result.p_value)
    assert list(result.method) == ["", "", ""]


def test_holm_by_hand_and_nan_left_out():
    p = np.array([0.01, 0.04, 0.03, 0.005])
    # sorted 0.005, 0.01, 0.03, 0.04 times 4, 3, 2, 1 -> 0.02, 0.03, 0.06, 0.04 -> running max 0.02, 0.03, 0.06, 0.06
    assert list(holm(p)) == pytest.approx([0.03, 0.06, 0.06, 0.02])
    adjusted = adjust_p_values(np.array([0.01, np.nan, 0.04]), HOLM)
    assert adjusted[0] == pytest.approx(0.02) and math.isnan(adjusted[1]) and adjusted[2] == pytest.approx(0.04)
    q = adjust_p_values(np.array([0.01, np.nan, 0.04]), BENJAMINI_HOCHBERG)
    assert q[0] == pytest.approx(0.02) and q[2] == pytest.approx(0.04)


def test_benjamini_hochberg_is_shared_with_the_survey_module():
    from place_insight.engine import significance
    from place_insight.engine.survey import inference

    assert inference.benjamini_hochberg is significance.benjamini_hochberg
