"""The one rule for "within the cut-off": which travel costs count as covered.

Every place that says a demand unit is within a cut-off decides it here:
the covering models' coverage sets (maximal and set covering), the
allocation lines' ``covered``, the "x % of the demand is within N minutes"
shares of every location model and of today's sites, access by customer
type, the nearest facility's bands and threshold, and the pairs the
travel-time matrix keeps.

The rule works on double-precision costs only. The location models hold
their cost matrix in float32 for the search (a 20,000 × 1,700 matrix is
136 MB), which rounds 1,000.00003 m down to 1,000 m and 15.1 min up to
15.1000004 min; so they decide coverage from the float64 costs
(:meth:`engine.location.costs.TravelCosts.exact`), never from the float32
matrix, and :func:`within` refuses float32 costs.

A cost is within the cut-off when it is at most the cut-off, with a
relative slack of :data:`SLACK` (10⁻⁹: a micrometre in a kilometre, a
microsecond in a quarter of an hour) so that a unit exactly at the cut-off
is covered however its cost was computed (metres turned into minutes, edge
times added along a route: double-precision rounding stays below 10⁻¹²).
A unit 0.03 mm beyond a 1,000 m cut-off (3 × 10⁻⁸) is not covered.
"""

from __future__ import annotations

import numpy as np

#: Relative slack of the rule: costs up to ``cutoff × (1 + SLACK)`` are within.
SLACK = 1e-9


def limit(cutoff: float) -> float:
    """The largest cost within ``cutoff`` (the bound of a search that must find every unit within it).

    Parameters
    ----------
    cutoff : float

    Returns
    -------
    float
    """
    return float(cutoff) * (1.0 + SLACK)


def within(costs, cutoff: float) -> np.ndarray:
    """Which costs are within the cut-off (NaN and infinite costs never are).

    Parameters
    ----------
    costs : array-like
        Double-precision travel costs, any shape (float32 costs are refused:
        their rounding moves units across the cut-off).
    cutoff : float
        The cut-off, in the unit of the costs.

    Returns
    -------
    numpy.ndarray
        Booleans of the shape of ``costs``.

    Raises
    ------
    TypeError
        For float32 costs (a programming error, not the user's).
    """
    values = np.asarray(costs)
    if values.dtype == np.float32 or values.dtype == np.float16:
        raise TypeError("coverage is decided on double-precision costs, not float32 ones")
    values = values.astype(np.float64, copy=False)
    return values <= limit(cutoff)
