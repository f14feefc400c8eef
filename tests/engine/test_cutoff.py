"""The one rule for "within the cut-off" (engine.cutoff), and the nearest facility's bands sharing it."""

from __future__ import annotations

import numpy as np
import pytest

from place_insight.engine.accessibility.breakdown import nearest_groups
from place_insight.engine.cutoff import within

#: 1 km along a 30 km/h road, in minutes as the network computes it (3.6 / 30 s/m × 1000 m / 60)
ONE_KM_AT_30 = 1000 * (3.6 / 30) / 60


def test_a_cost_at_the_cut_off_is_within_and_one_0_03_mm_beyond_is_not():
    assert ONE_KM_AT_30 > 2.0, "double-precision rounding puts it a hair beyond 2 minutes"
    costs = np.array([1000.0, 1000.00003, 999.0, np.inf, np.nan])
    assert within(costs, 1000.0).tolist() == [True, False, True, False, False]
    assert within(np.array([2.0, ONE_KM_AT_30, 2.0 * (1 + 3e-8)]), 2.0).tolist() == [True, True, False]
    assert within(15.1, 15.1) and not within(15.1 * (1 + 3e-8), 15.1)


def test_float32_costs_are_refused():
    with pytest.raises(TypeError, match="double-precision"):
        within(np.array([1000.0], dtype=np.float32), 1000.0)


def test_the_nearest_facility_bands_use_the_same_rule():
    """A demand point 1 km along a 30 km/h road is within 2 minutes; one 3e-8 farther is beyond."""
    minutes = np.array([ONE_KM_AT_30, 2.0 * (1 + 3e-8), 1.0, np.nan])
    keys, units, groups = nearest_groups(np.array([0, 0, 0, -1]), minutes, [2.0], 2.0, 1)
    members = {(row.kind, row.band if row.kind == "within" else None): set() for row in keys[keys["facility"] == -1].itertuples()}
    for unit, group in zip(units, groups):
        row = keys.iloc[group]
        if row["facility"] == -1:
            members[(row["kind"], row["band"] if row["kind"] == "within" else None)].add(int(unit))
    assert members[("within", 2.0)] == {0, 2}
    assert members[("beyond", None)] == {1, 3}
