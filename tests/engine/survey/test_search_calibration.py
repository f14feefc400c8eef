"""On districts with nothing in them, the search's adjusted p-values reject at their level, not more.

Each null district (tests/survey_synthetic.py with uniform answers and
uniform returns) is searched, its clusters verified as the verification
does it (records counted in the outlines as the adapter draws them, exact
tests, then :func:`engine.survey.search.search_adjustment` with the
finder's settings), and its smallest adjusted p-value kept. With ``N = 19``
simulations the adjusted p-value is at most 0.05 only when no simulation
finds a cluster as extreme as the district's most extreme one: under the
null hypothesis the district is one of 20 exchangeable searches, so this
happens with probability at most 1/20 = 5 % (less with ties, which count
against the cluster).

Over ``D`` districts the count ``X`` of such districts is then at most
``Bin(D, 0.05)``. The share test runs on ``D = 200`` districts and fails
when ``X ≥ 18``, which happens with probability 1.2 % for a calibrated
method (the chance that a correct change of the code fails it on the seeds
drawn), while a method that raises a false alarm in 12 % of districts (the
share method's rate in the benchmark, 7 of 60) passes it with probability
7.4 %. The return test on responses
at their own addresses runs on ``D = 120`` (its searches are slower) and
fails when ``X ≥ 12``: 1.7 % for a calibrated method, and a 12 % rate passes
with probability 21 % (the old simulations, which stacked the simulated
responses at their units and counted the real ones where they lie, flagged
10 of 100 such districts). The settings are fixed (bandwidth, cells,
threshold distance) so that the searches take seconds; they run through
the same code as the defaults.
"""

from __future__ import annotations

import numpy as np
import pytest
from survey_synthetic import synthetic_survey

from place_insight.engine.survey import clusters as C
from place_insight.engine.survey import search as S
from place_insight.engine.survey import verification as V

SIMULATIONS = 19


def smallest_adjusted_p(seed: int, options: C.ClusterOptions, test: str, *, jitter: float = 0.0) -> float:
    """One null district: its clusters verified allowing for the search of ``test``; the smallest adjusted p-value."""
    town = synthetic_survey(seed=seed, side=20, share=0.2, fear_share=0.2, high_multiple=1.0, incidents=0)
    if jitter:  # responses at their own addresses around their postcode unit
        xy = town.response_xy + np.random.default_rng(seed).normal(0.0, jitter, town.response_xy.shape)
        points = C.SurveyPoints(xy, town.chosen, np.full(len(xy), -1), None)
        response_units = S.nearest_units(xy, town.postcode_xy)
    else:  # responses placed at their postcode unit
        xy = town.response_xy
        points = C.SurveyPoints(xy, town.chosen, town.response_unit, town.postcode_xy)
        response_units = None
    found = C.find_clusters(points, options)
    if not found.shapes:
        return 1.0

    def members(located):
        rows = [np.flatnonzero(S.records_in_shape(shape, located)) for shape in found.shapes]
        zone = np.repeat(np.arange(len(rows)), [len(r) for r in rows])
        return C.membership_matrix(zone, np.concatenate(rows), len(rows), len(located))

    contents = V.ClusterContents(
        ids=found.table["cluster_id"].tolist(),
        area_km2=np.ones(len(found.shapes)),
        postcodes=members(town.postcode_xy),
        responses=members(xy),
        response_units=response_units,
    )
    district = V.District(weights=town.households, chosen=town.chosen, area_km2=4.0)
    exact = V.verify_clusters(contents, district).table
    null = S.SearchNull(points, options, town.postcode_xy, town.households)
    adjustment = S.search_adjustment(
        exact["share_p"].to_numpy(float),
        exact["return_p"].to_numpy(float),
        null,
        simulations=SIMULATIONS,
        seed=seed,
        tests=(test,),
        workers=1,
    )
    adjusted = adjustment.share_p if test == "share" else adjustment.return_p
    return float(np.nanmin(adjusted)) if np.isfinite(adjusted).any() else 1.0


@pytest.mark.slow
@pytest.mark.parametrize(
    ("test", "options", "jitter", "districts", "failing"),
    [
        # the share method's clusters, the share test (answers permuted): P(X ≥ 18 | Bin(200, 0.05)) = 1.2 %
        ("share", C.ClusterOptions(method="share", bandwidth=300.0, cell_size=150.0, min_count=15, min_points=8), 0.0, 200, 18),
        # nearest-neighbour clusters of responses at their own addresses, the return test (responses placed
        # again): P(X ≥ 12 | Bin(120, 0.05)) = 1.7 %
        ("return", C.ClusterOptions(method="nnh", threshold=150.0, min_points=8), 60.0, 120, 12),
    ],
    ids=["share test, share method", "return test, points, nnh"],
)
def test_null_districts_are_flagged_at_the_level(test, options, jitter, districts, failing):
    smallest = np.array([smallest_adjusted_p(3000 + d, options, test, jitter=jitter) for d in range(districts)])
    flagged = int((smallest <= 0.05).sum())
    assert (smallest < 1).sum() >= districts / 2  # the finder finds clusters in most null districts
    assert flagged < failing, f"{flagged} of {districts} null districts flagged at 5 %"
