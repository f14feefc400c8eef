"""A facility without an id is refused in a breakdown, where an empty id marks all facilities together.

Before, Nearest facility by segment stopped on "cannot convert the series to
<class 'float'>" (two rows per segment had an empty id), and Catchments by
segment wrote such facilities' rows indistinguishable from the totals.
"""

from __future__ import annotations

import numpy as np
import pytest
from segment_fixtures import GROUPS

from place_insight.engine.accessibility.breakdown import (
    SegmentedBase,
    breakdown_table,
    group_matrix,
    nearest_groups,
    with_facilities,
)
from place_insight.engine.errors import InvalidInputError
from place_insight.engine.segmentation.encoding import encode_segments


def test_a_facility_without_id_is_refused_naming_its_position():
    codes = np.array(["A1", "B1", "C1", "A2", "B1", "C1"], dtype=object)
    base = SegmentedBase(GROUPS, encode_segments(codes, GROUPS).positions, np.ones(len(codes)), "households")
    facility = np.array([0, 1, 2, 0, 1, 2])
    keys, units, groups = nearest_groups(facility, np.full(len(codes), 3.0), [5], 10.0, 3)
    table = breakdown_table(keys, group_matrix(base, units, groups, len(keys)), base)
    assert len(with_facilities(table, ["f0", "f1", "f2"], None))
    with pytest.raises(
        InvalidInputError, match=r"2 facilities have no value \(NULL\) in their id field \(facilities 1, 3, counted"
    ):
        with_facilities(table, [None, "f1", np.nan], None)
