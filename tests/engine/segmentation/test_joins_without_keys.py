"""A base whose keys are all missing (or a base without rows) matches no target record (an IndexError before)."""

from __future__ import annotations

import numpy as np

from place_insight.engine.segmentation.joins import join_on_keys


def test_a_base_without_any_key_matches_nothing():
    join = join_on_keys(["GU11 1AA", None], [None, None], base_positions=np.array([0, 1]))
    assert join.rows.tolist() == [-1, -1] and join.unmatched == ["GU11 1AA", ""]
    empty = join_on_keys(["GU11 1AA"], [], base_positions=np.array([], dtype=np.int64))
    assert empty.rows.tolist() == [-1] and empty.unmatched == ["GU11 1AA"]
