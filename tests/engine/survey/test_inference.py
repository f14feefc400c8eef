"""The exact tests of a cluster verification, against independent computations."""

from __future__ import annotations

import math

import numpy as np
import pytest
from scipy import stats

from place_insight.engine.survey.inference import (
    _bh_q_values,
    benjamini_hochberg,
    excess_test,
    rate_ratio_interval,
    share_test,
)

# pandas 1.5 (pinned beside QGIS's numpy 1.x) warns inside DataFrame.loc; everything else is an error
pytestmark = [
    pytest.mark.filterwarnings("error"),
    pytest.mark.filterwarnings("ignore:np.find_common_type is deprecated:DeprecationWarning"),
]


def binomial_tail(k: int, n: int, p: float) -> float:
    return sum(math.comb(n, i) * p**i * (1 - p) ** (n - i) for i in range(k, n + 1))


@pytest.mark.parametrize(("inside", "total", "share"), [(30, 200, 0.1), (12, 200, 0.1), (0, 50, 0.2), (50, 50, 0.9)])
def test_excess_test_is_the_upper_binomial_tail(inside, total, share):
    ratio, p = excess_test(inside, total, share)
    assert ratio == pytest.approx(inside / total / share)
    assert p == pytest.approx(binomial_tail(inside, total, share), rel=1e-9)
    assert p == pytest.approx(stats.binom.sf(inside - 1, total, share), rel=1e-9)


def test_share_test_matches_scipy_and_the_tail():
    assert share_test(40, 100, 0.25) == pytest.approx(binomial_tail(40, 100, 0.25), rel=1e-9)
    assert share_test(40, 100, 0.25) == pytest.approx(stats.binomtest(40, 100, 0.25, alternative="greater").pvalue)
    assert math.isnan(share_test(0, 0, 0.25))


def test_rate_ratio_interval_is_clopper_pearson_over_the_exposure_share():
    k, n, share = 42, 3000, 0.03
    low, high = rate_ratio_interval(k, n, share, 0.95)
    assert low == pytest.approx(stats.beta.ppf(0.025, k, n - k + 1) / share, rel=1e-8)
    assert high == pytest.approx(stats.beta.ppf(0.975, k + 1, n - k) / share, rel=1e-8)
    assert low < (k / n) / share < high


def brute_force_q_values(p: list[float]) -> list[float]:
    """q_i = min over tests j with p_j >= p_i of p_j * n / rank_j (ranks 1..n by increasing p)."""
    n = len(p)
    ranked = sorted(p)
    rank = {value: max(i + 1 for i, v in enumerate(ranked) if v == value) for value in p}
    return [min(1.0, min(v * n / rank[v] for v in p if v >= value)) for value in p]


@pytest.mark.parametrize("seed", [0, 1, 2])
def test_benjamini_hochberg_q_values_are_the_definition(seed):
    rng = np.random.default_rng(seed)
    p = np.concatenate([rng.uniform(size=40), rng.uniform(0, 0.01, size=5), [0.5, 0.5]])  # with a tie
    expected = brute_force_q_values(p.tolist())
    np.testing.assert_allclose(benjamini_hochberg(p), expected, rtol=1e-12)
    np.testing.assert_allclose(_bh_q_values(p), expected, rtol=1e-12)  # the numpy path of scipy < 1.11
    if hasattr(stats, "false_discovery_control"):
        np.testing.assert_allclose(_bh_q_values(p), stats.false_discovery_control(p, method="bh"), rtol=1e-12)
    assert len(benjamini_hochberg(np.array([]))) == 0
