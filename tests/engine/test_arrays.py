"""Flat-array helpers."""

import numpy as np

from place_insight.engine.arrays import ranges


def test_ranges_concatenates_one_run_per_start():
    assert ranges([5, 0, 10], [2, 0, 3]).tolist() == [5, 6, 10, 11, 12]
    assert ranges(0, [3, 1]).tolist() == [0, 1, 2, 0]
    assert ranges(np.zeros(0, int), np.zeros(0, int)).tolist() == []
