"""Points without coordinates (features without geometry, read as NaN) are left out of the district's hull."""

from __future__ import annotations

import numpy as np
import pytest

from place_insight.engine.survey import verification as V


def test_hull_area_leaves_out_points_without_coordinates():
    square = [[0, 0], [10, 0], [10, 10], [0, 10]]
    assert V.hull_area(np.array([*square, [np.nan, np.nan], [5, np.nan]])) == pytest.approx(100.0)
    assert V.hull_area(np.array([[0, 0], [1, 1], [np.nan, np.nan]])) == 0.0
