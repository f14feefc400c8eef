"""Tests and intervals for counts, shared by the profiles, comparisons, campaigns and survey clusters.

Methods
-------
* **Two proportions** (:func:`two_proportion_tests`): the pooled two-sided
  z-test of ``k1/n1`` against ``k2/n2``; where an expected cell of the 2 × 2
  table is below 5 (and the counts are whole numbers), Fisher's exact test
  instead (two-sided: the sum of the tables with the same margins that are
  no more likely than the one observed, as ``scipy.stats.fisher_exact`` and
  R's ``fisher.test``), computed for many tables at once
  (:func:`fisher_exact_p`).
* **Two distributions** (:func:`homogeneity_tests`): Pearson's chi-square
  test of homogeneity of a 2 × k table (a group against the rest, or
  against another group). Where the chi-square approximation is doubtful
  (Cochran's rule: an expected count below 1, or more than a fifth below
  5) the p-value is a Monte Carlo one: the share of tables drawn at random
  with the same margins (multivariate hypergeometric draws: the records'
  group labels permuted) whose statistic is at least the observed one,
  ``(1 + G) / (1 + B)`` after ``B`` draws (R's ``chisq.test(...,
  simulate.p.value = TRUE)``), stopped early once 20 draws reach it
  (Besag & Clifford 1991: ``p = 20 / L`` after ``L`` draws).
* **Intervals**: the exact Clopper–Pearson interval of a proportion
  (:func:`clopper_pearson`) and Katz's log interval of a ratio of two
  proportions (:func:`rate_ratio`).
* **Many tests** (:func:`adjust_p_values`): Holm's step-down correction
  (the family-wise error rate) or the q-values of Benjamini & Hochberg
  (1995) (the false discovery rate, :func:`benjamini_hochberg`).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

#: Adjustments of :func:`adjust_p_values`.
HOLM, BENJAMINI_HOCHBERG = "holm", "bh"
#: Labels of the methods in :attr:`HomogeneityTests.method` and the two-proportion tests.
CHI_SQUARE, MONTE_CARLO, Z_TEST, FISHER = "chi-square", "Monte Carlo", "z", "Fisher"
#: Draws that stop a Monte Carlo p-value early (Besag & Clifford's h).
STOP_AFTER_EXCEEDANCES = 20
_BATCH = 1000
_TIES = 1 + 1e-7  # tables this close in probability (or statistic) to the observed one count as ties


def _whole(*arrays: np.ndarray) -> bool:
    return all(np.all(np.abs(a - np.round(a)) < 1e-9) for a in arrays)


def two_proportion_tests(
    k1: np.ndarray, n1: np.ndarray, k2: np.ndarray, n2: np.ndarray, *, exact_below: float = 5.0
) -> tuple[np.ndarray, np.ndarray]:
    """Two-sided tests that ``k1/n1`` and ``k2/n2`` are equal, for many pairs at once.

    Parameters
    ----------
    k1, n1, k2, n2 : numpy.ndarray
        Successes and trials of the two groups (broadcast together).
    exact_below : float
        Fisher's exact test where an expected cell of the 2 × 2 table is
        below this (whole counts only); the pooled z-test elsewhere.

    Returns
    -------
    tuple of numpy.ndarray
        The p-values (NaN where a group has no trial) and the method of each
        (:data:`Z_TEST` or :data:`FISHER`; ``""`` where there is no test).
    """
    from scipy import stats

    k1, n1, k2, n2 = np.broadcast_arrays(*(np.asarray(a, dtype=float) for a in (k1, n1, k2, n2)))
    k1, n1, k2, n2 = (a.ravel().copy() for a in (k1, n1, k2, n2))
    p = np.full(k1.shape, np.nan)
    method = np.full(k1.shape, "", dtype=object)
    usable = (n1 > 0) & (n2 > 0)
    total, successes = n1 + n2, k1 + k2
    with np.errstate(divide="ignore", invalid="ignore"):
        pooled = successes / total
        expected = np.stack([n1 * pooled, n1 * (1 - pooled), n2 * pooled, n2 * (1 - pooled)])
        z = (k1 / n1 - k2 / n2) / np.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2))
    whole = np.ones(k1.shape, dtype=bool)
    for counts in (k1, n1, k2, n2):
        whole &= np.abs(counts - np.round(counts)) < 1e-9
    fisher = usable & whole & (expected.min(axis=0) < exact_below)
    normal = usable & ~fisher
    p[normal] = np.where(np.isfinite(z[normal]), 2.0 * stats.norm.sf(np.abs(z[normal])), 1.0)
    method[normal] = Z_TEST
    if fisher.any():
        p[fisher] = fisher_exact_p(k1[fisher], n1[fisher] - k1[fisher], k2[fisher], n2[fisher] - k2[fisher])
        method[fisher] = FISHER
    return p, method


def fisher_exact_p(a: np.ndarray, b: np.ndarray, c: np.ndarray, d: np.ndarray) -> np.ndarray:
    """Two-sided p-values of Fisher's exact test of the 2 × 2 tables ``[[a, b], [c, d]]``.

    The probability, under the hypergeometric distribution of ``a`` given
    the margins, of the tables no more likely than the observed one
    (within a relative 10⁻⁷, as R's ``fisher.test``). Every table's support
    is laid out in one array, so thousands of tables cost a few vectorised
    log-gamma calls.

    Parameters
    ----------
    a, b, c, d : numpy.ndarray
        Whole counts of the cells.

    Returns
    -------
    numpy.ndarray
        One p-value per table (1 for a table with an empty margin).
    """
    a, b, c, d = (np.round(np.asarray(x, dtype=float)).astype(np.int64).ravel() for x in (a, b, c, d))
    total, row, column = a + b + c + d, a + b, a + c
    low = np.maximum(0, row + column - total)
    high = np.minimum(row, column)
    width = high - low + 1
    table = np.repeat(np.arange(len(a)), width)
    offsets = np.arange(width.sum()) - np.repeat(np.cumsum(width) - width, width)
    support = low[table] + offsets
    log_all = _log_hypergeom(support, total[table], row[table], column[table])
    log_observed = _log_hypergeom(a, total, row, column)
    keep = log_all <= log_observed[table] + math.log(_TIES)
    p = np.bincount(table, weights=np.where(keep, np.exp(log_all), 0.0), minlength=len(a))
    return np.minimum(p, 1.0)


def _log_hypergeom(k: np.ndarray, total: np.ndarray, successes: np.ndarray, draws: np.ndarray) -> np.ndarray:
    """log P(X = k) for X hypergeometric (``draws`` from ``total`` holding ``successes``), through log-gamma
    (``scipy.special.gammaln``): the same numbers as ``scipy.stats.hypergeom.logpmf``, without its checks."""
    from scipy.special import gammaln

    def log_choose(n, r):
        return gammaln(n + 1.0) - gammaln(r + 1.0) - gammaln(n - r + 1.0)

    k, total, successes, draws = (np.asarray(x, dtype=float) for x in (k, total, successes, draws))
    return log_choose(successes, k) + log_choose(total - successes, draws - k) - log_choose(total, draws)


def clopper_pearson(k: np.ndarray, n: np.ndarray, *, confidence: float = 0.95) -> tuple[np.ndarray, np.ndarray]:
    """Exact (Clopper–Pearson) confidence interval of the proportion ``k/n``, for many at once.

    The bounds are quantiles of beta distributions (``scipy.stats.beta.ppf``):
    ``B(α/2; k, n−k+1)`` and ``B(1−α/2; k+1, n−k)``, 0 and 1 at the ends.

    Parameters
    ----------
    k, n : numpy.ndarray
        Successes and trials.
    confidence : float
        Confidence level.

    Returns
    -------
    tuple of numpy.ndarray
        Lower and upper bounds (proportions, 0–1); NaN without trials.
    """
    from scipy import stats

    k, n = np.broadcast_arrays(np.asarray(k, dtype=float), np.asarray(n, dtype=float))
    alpha = 1.0 - confidence
    with np.errstate(divide="ignore", invalid="ignore"):
        low = np.where(k > 0, stats.beta.ppf(alpha / 2, np.maximum(k, 1e-12), n - k + 1), 0.0)
        high = np.where(k < n, stats.beta.ppf(1 - alpha / 2, k + 1, np.maximum(n - k, 1e-12)), 1.0)
    bad = ~(n > 0)
    return np.where(bad, np.nan, low), np.where(bad, np.nan, high)


def rate_ratio(
    k1: np.ndarray, n1: np.ndarray, k2: np.ndarray, n2: np.ndarray, *, confidence: float = 0.95
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The ratio of two proportions ``(k1/n1) / (k2/n2)`` with Katz's log interval.

    ``exp(ln R ± z · sqrt(1/k1 − 1/n1 + 1/k2 − 1/n2))`` (Katz et al. 1978),
    the usual interval of a risk ratio.

    Parameters
    ----------
    k1, n1, k2, n2 : numpy.ndarray
        Successes and trials of the two groups.
    confidence : float
        Confidence level.

    Returns
    -------
    tuple of numpy.ndarray
        Ratio, lower and upper bound; the ratio is NaN where the second
        group has no success (or a group no trial), the bounds also where the
        first has none.
    """
    from scipy import stats

    k1, n1, k2, n2 = (np.asarray(a, dtype=float) for a in (k1, n1, k2, n2))
    z = stats.norm.ppf(0.5 + confidence / 2)
    with np.errstate(divide="ignore", invalid="ignore"):
        ratio = np.where((k2 > 0) & (n1 > 0) & (n2 > 0), (k1 / n1) / (k2 / n2), np.nan)
        spread = z * np.sqrt(1 / k1 - 1 / n1 + 1 / k2 - 1 / n2)
        defined = (k1 > 0) & (k2 > 0) & np.isfinite(ratio)
        low = np.where(defined, ratio * np.exp(-spread), np.nan)
        high = np.where(defined, ratio * np.exp(spread), np.nan)
    return ratio, low, high


@dataclass(frozen=True)
class HomogeneityTests:
    """Chi-square tests of homogeneity of several 2 × k tables.

    One entry per table: the statistic, its degrees of freedom, the
    p-value and the method (:data:`CHI_SQUARE`, :data:`MONTE_CARLO`; ``""``
    where there is no test: a group or its comparison is empty, or only one
    column has counts) and, for Monte Carlo p-values, the number of tables
    drawn.
    """

    statistic: np.ndarray
    df: np.ndarray
    p_value: np.ndarray
    method: np.ndarray
    draws: np.ndarray


def homogeneity_tests(rows: np.ndarray, others: np.ndarray, *, simulations: int = 9999, seed: int = 20240917) -> HomogeneityTests:
    """Does each row's distribution over the columns differ from its ``others`` row? (see the module notes)

    Parameters
    ----------
    rows, others : numpy.ndarray
        ``(tables, k)`` counts: the group and what it is compared with (the
        rest, or another group). Columns empty in both are left out of a
        table.
    simulations : int
        Most tables drawn for a Monte Carlo p-value (0: always the
        chi-square approximation).
    seed : int
        Seed of the random draws, so that the same input gives the same
        p-values.

    Returns
    -------
    HomogeneityTests
    """
    from scipy import stats

    rows = np.atleast_2d(np.asarray(rows, dtype=float))
    others = np.atleast_2d(np.asarray(others, dtype=float))
    count = len(rows)
    statistic, df, p = np.full(count, np.nan), np.full(count, np.nan), np.full(count, np.nan)
    method = np.full(count, "", dtype=object)
    draws = np.zeros(count, dtype=np.int64)
    rng = np.random.default_rng(seed)
    simulated: dict[tuple, list[int]] = {}
    for i in range(count):
        totals = rows[i] + others[i]
        columns = totals > 0
        n1, n2 = rows[i].sum(), others[i].sum()
        if n1 <= 0 or n2 <= 0 or columns.sum() < 2:
            continue
        expected1 = n1 * totals[columns] / (n1 + n2)
        expected2 = n2 * totals[columns] / (n1 + n2)
        statistic[i] = float((((rows[i][columns] - expected1) ** 2) * (1 / expected1 + 1 / expected2)).sum())
        df[i] = columns.sum() - 1
        expected = np.concatenate([expected1, expected2])
        doubtful = expected.min() < 1 or np.mean(expected < 5) > 0.2
        if doubtful and simulations > 0 and _whole(rows[i], others[i]):
            # tables with the same margins share their draws
            simulated.setdefault((tuple(np.round(totals[columns]).astype(np.int64)), int(round(n1))), []).append(i)
        else:
            p[i] = float(stats.chi2.sf(statistic[i], df[i]))
            method[i] = CHI_SQUARE
    for (totals, n1), members in simulated.items():
        p[members], draws[members] = _monte_carlo(np.array(totals), n1, statistic[members], simulations, rng)
        method[members] = MONTE_CARLO
    return HomogeneityTests(statistic, df, p, method, draws)


def _monte_carlo(totals: np.ndarray, n1: int, observed: np.ndarray, simulations: int, rng) -> tuple[np.ndarray, np.ndarray]:
    """Monte Carlo p-values of the statistics ``observed`` of tables with column totals ``totals`` and first row ``n1``."""
    n = totals.sum()
    expected1 = n1 * totals / n
    weights = 1 / expected1 + 1 / ((n - n1) * totals / n)
    threshold = observed / _TIES - 1e-12
    exceed = np.zeros(len(observed), dtype=np.int64)
    p = np.full(len(observed), np.nan)
    used = np.zeros(len(observed), dtype=np.int64)
    done = np.zeros(len(observed), dtype=bool)
    drawn = 0
    while drawn < simulations and not done.all():
        size = min(_BATCH, simulations - drawn)
        sample = rng.multivariate_hypergeometric(totals, n1, size=size, method="marginals")
        values = ((sample - expected1) ** 2) @ weights
        hits = values[:, None] >= threshold[None, :]
        running = exceed[None, :] + np.cumsum(hits, axis=0)
        for j in np.flatnonzero(~done):
            reached = np.flatnonzero(running[:, j] >= STOP_AFTER_EXCEEDANCES)
            if reached.size:
                used[j] = drawn + reached[0] + 1
                p[j] = STOP_AFTER_EXCEEDANCES / used[j]
                done[j] = True
        exceed = running[-1]
        drawn += size
    rest = ~done
    p[rest] = (1 + exceed[rest]) / (1 + drawn)
    used[rest] = drawn
    return p, used


def adjust_p_values(p_values: np.ndarray, method: str = HOLM) -> np.ndarray:
    """p-values adjusted for testing many hypotheses at once; NaN entries are left out and stay NaN.

    Parameters
    ----------
    p_values : numpy.ndarray
        The raw p-values.
    method : str
        :data:`HOLM` (Holm's step-down, family-wise error rate) or
        :data:`BENJAMINI_HOCHBERG` (false discovery rate q-values).

    Returns
    -------
    numpy.ndarray
        Adjusted p-values: a test is significant at level α when its
        adjusted p-value is below α.
    """
    p = np.asarray(p_values, dtype=float)
    result = np.full(p.shape, np.nan)
    finite = np.isfinite(p)
    if not finite.any():
        return result
    result[finite] = holm(p[finite]) if method == HOLM else benjamini_hochberg(p[finite])
    return result


def holm(p_values: np.ndarray) -> np.ndarray:
    """Holm's (1979) step-down adjusted p-values: ``max over j ≤ i of (m − j + 1) · p_(j)``, capped at 1.

    Parameters
    ----------
    p_values : numpy.ndarray

    Returns
    -------
    numpy.ndarray
        In the order of ``p_values``.
    """
    p = np.asarray(p_values, dtype=float)
    m = len(p)
    if m == 0:
        return p.copy()
    order = np.argsort(p, kind="stable")
    scaled = np.maximum.accumulate(p[order] * (m - np.arange(m)))
    out = np.empty(m)
    out[order] = np.minimum(scaled, 1.0)
    return out


def benjamini_hochberg(p_values: np.ndarray) -> np.ndarray:
    """q-values of the Benjamini–Hochberg (1995) false-discovery-rate procedure.

    ``q_i = min over p_j >= p_i of p_j · n / rank_j``, capped at 1: rejecting
    every test with ``q <= alpha`` keeps the expected share of false
    discoveries at or below ``alpha`` for independent (or positively
    dependent) tests. Uses ``scipy.stats.false_discovery_control`` where scipy
    has it (1.11 and later), else the same computation in numpy.

    Parameters
    ----------
    p_values : numpy.ndarray
        p-values, each in [0, 1].

    Returns
    -------
    numpy.ndarray
        The q-value of each test, in the order of ``p_values``.
    """
    p = np.asarray(p_values, dtype=float)
    try:
        from scipy.stats import false_discovery_control
    except ImportError:  # scipy before 1.11 (Debian 12 ships 1.10)
        return _bh_q_values(p)
    return false_discovery_control(p, method="bh") if len(p) else p.copy()


def _bh_q_values(p: np.ndarray) -> np.ndarray:
    n = len(p)
    if n == 0:
        return p.copy()
    # scaled p-values in increasing order, then the running minimum from the largest down
    order = np.argsort(p, kind="stable")
    scaled = p[order] * n / np.arange(1, n + 1)
    q = np.minimum.accumulate(scaled[::-1])[::-1]
    out = np.empty(n)
    out[order] = np.minimum(q, 1.0)
    return out
