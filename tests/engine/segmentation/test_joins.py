"""Target records matched to base units on keys and by location."""

from __future__ import annotations

import numpy as np

from place_insight.engine.segmentation.joins import join_on_keys, nearest_within


# -- joins ------------------------------------------------------------------------------
def test_key_join_ignores_case_and_spaces_and_reports_duplicates_and_conflicts():
    base_keys = ["GU11 1AA", "GU11 1AB", "gu11 1ab", "GU12 4XY", "GU12 4XY", None]
    positions = np.array([0, 1, 2, 1, 1, 0])
    join = join_on_keys(
        ["gu111aa", " GU11  1AB", "GU12 4XY", "ZZ9 9ZZ", None, ""],
        base_keys,
        base_positions=positions,
        base_counts=np.array([5, 10, 30, 7, 8, 1]),
    )
    # GU11 1AB is on rows 1 and 2 (counts 10 and 30): the largest, row 2, is taken
    assert list(join.rows) == [0, 2, 4, -1, -1, -1]
    assert join.unmatched == ["ZZ9 9ZZ", "", ""]
    assert join.duplicates == ["GU111AB", "GU124XY"]
    assert join.conflicts == ["GU111AB"]  # rows 1 and 2 carry different segments


def test_key_join_without_postcode_normalisation_keeps_inner_spaces():
    join = join_on_keys(["e00 1", "E001"], ["E00 1"], base_positions=np.array([0]), postcode=False)
    assert list(join.rows) == [0, -1]


def test_nearest_within_tolerance_is_inclusive_and_skips_missing_points():
    base = np.array([[0.0, 0.0], [100.0, 0.0], [np.nan, np.nan]])
    points = np.array([[10.0, 0.0], [100.0, 100.0], [300.0, 0.0], [np.nan, 1.0], [49.0, 0.0]])
    assert list(nearest_within(points, base, 100.0)) == [0, 1, -1, -1, 0]
    assert list(nearest_within(points, base, 99.999)) == [0, -1, -1, -1, 0]
