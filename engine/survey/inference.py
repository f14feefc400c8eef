"""The exact tests behind a cluster verification.

* **Excess of a count** (return rates, incidents): exact one-sided binomial
  test conditional on the district's total. Under the null hypothesis each
  of the ``total`` items falls in the cluster with probability ``share`` (the
  cluster's share of the exposure); ``p = P(X ≥ inside)`` with
  ``X ~ Bin(total, share)``.
* **Share of chosen answers**: exact one-sided binomial test that the
  cluster's share is greater than the district's.
* **Rate ratio interval**: the exact Clopper–Pearson interval of the share
  ``inside/total`` (the conditional-binomial method for a Poisson rate
  ratio), divided by the exposure share.

All use ``scipy.stats.binomtest``.

* **False discovery rate** over many tests (Gi* units): the q-values of
  Benjamini & Hochberg (1995), :func:`engine.significance.benjamini_hochberg`
  (shared with the profile comparisons, imported here).
"""

from __future__ import annotations

import math

from ..significance import _bh_q_values, benjamini_hochberg  # noqa: F401 - one copy, shared with the comparisons


def excess_test(inside: int, total: int, share: float) -> tuple[float, float]:
    """Observed over expected count of a cluster, and the exact one-sided binomial p-value of its excess.

    The exact conditional binomial test used for return rates and incidents
    (``scipy.stats.binomtest``, alternative "greater").

    Parameters
    ----------
    inside : int
        Items (responses, incidents) in the cluster.
    total : int
        Items in the district.
    share : float
        The cluster's share (0–1] of the district's exposure (households,
        postcode units or area).

    Returns
    -------
    tuple of (float, float)
        ``(ratio, p)``: ``(inside/total)/share`` and ``P(X ≥ inside)`` for
        ``X ~ Bin(total, share)``; NaN when ``total`` is 0 or ``share`` is not
        in (0, 1].
    """
    from scipy import stats

    if total <= 0 or not 0 < share <= 1:
        return math.nan, math.nan
    ratio = (inside / total) / share
    return ratio, float(stats.binomtest(int(inside), int(total), share, alternative="greater").pvalue)


def share_test(chosen: int, responses: int, district_share: float) -> float:
    """Exact one-sided binomial test that a cluster's share of chosen answers exceeds the district's.

    Parameters
    ----------
    chosen : int
        Chosen answers in the cluster.
    responses : int
        Responses in the cluster.
    district_share : float
        The district's share (0–1) of chosen answers.

    Returns
    -------
    float
        ``P(X ≥ chosen)`` for ``X ~ Bin(responses, district_share)``
        (``scipy.stats.binomtest``, alternative "greater"); NaN without
        responses.
    """
    from scipy import stats

    if responses <= 0 or not 0 <= district_share <= 1:
        return math.nan
    return float(stats.binomtest(int(chosen), int(responses), district_share, alternative="greater").pvalue)


def rate_ratio_interval(inside: int, total: int, share: float, confidence: float = 0.95) -> tuple[float, float]:
    """Exact confidence interval of the rate ratio ``(inside/total)/share``.

    Clopper–Pearson interval of the binomial proportion ``inside/total``
    (conditional on the total, the exact method for a ratio of Poisson
    rates), divided by the exposure ``share``.

    Parameters
    ----------
    inside, total : int
        Incidents in the cluster and in the district.
    share : float
        The cluster's share (0–1] of the district's exposure.
    confidence : float
        Confidence level.

    Returns
    -------
    tuple of (float, float)
        Lower and upper bound; NaN when ``total`` is 0 or ``share`` is not in
        (0, 1].
    """
    from scipy import stats

    if total <= 0 or not 0 < share <= 1:
        return math.nan, math.nan
    interval = stats.binomtest(int(inside), int(total)).proportion_ci(confidence_level=confidence, method="exact")
    return interval.low / share, interval.high / share
