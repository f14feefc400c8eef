"""Nearest facility: shares of demand within bands and demand-weighted centres."""

from __future__ import annotations

import numpy as np
import pytest
from network_fixtures import WALK_M_PER_MIN, lines

from place_insight.engine.accessibility.nearest import nearest_facility


def test_nearest_facility_shares_and_demand_centres():
    network = lines([[(0, 0), (3000, 0)]], highway=["residential"])
    demand = np.array([[100, 0], [700, 0], [900, 0], [2900, 0], [1500, 9000]])
    weights = np.array([10, 30, 60, 5, 7])
    result = nearest_facility(network, "walk", demand, [[0, 0], [3000, 0]], weights=weights, threshold_min=10, tolerance=100)
    table = result.demand
    assert table["facility"].tolist() == [0, 0, 0, 1, -1]
    np.testing.assert_allclose(table["minutes"][:4], np.array([100, 700, 900, 100]) / WALK_M_PER_MIN)
    assert table["beyond"].tolist() == [False, False, True, False, True]
    assert table["snapped"].tolist() == [True, True, True, True, False]
    shares = result.shares.set_index("band")["weight"]
    assert shares[5.0] == 15 and shares[10.0] == 45 and shares[15.0] == 105
    centre = result.facilities.set_index("facility")
    assert centre.loc[0, "centre_x"] == pytest.approx((100 * 10 + 700 * 30 + 900 * 60) / 100)
    assert centre.loc[0, "centre_offset_m"] == pytest.approx(760.0)
    assert centre.loc[1, "weight"] == 5


def test_weights_must_be_finite_and_not_negative():
    from place_insight.engine.errors import InvalidInputError

    network = lines([[(0, 0), (3000, 0)]], highway=["residential"])
    for weights in ([1.0, -1.0], [1.0, np.nan], [1.0]):
        with pytest.raises(InvalidInputError, match="demand weights"):
            nearest_facility(network, "walk", [[0, 0], [100, 0]], [[0, 0]], weights=weights, tolerance=100)
