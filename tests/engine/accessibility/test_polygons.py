"""Catchment polygons: alpha shapes."""

from __future__ import annotations

import numpy as np
import pytest

from place_insight.engine.accessibility.polygons import concave_hull_rings, ring_area


def test_alpha_shape_of_a_square_with_a_hole():
    xs, ys = np.meshgrid(np.arange(11) * 10.0, np.arange(11) * 10.0)
    points = np.column_stack([xs.ravel(), ys.ravel()])
    hole = (np.abs(points[:, 0] - 50) < 25) & (np.abs(points[:, 1] - 50) < 25)
    rings = concave_hull_rings(points[~hole], max_edge=15.0)
    areas = sorted(ring_area(r) for r in rings)
    assert areas[-1] == pytest.approx(100 * 100)
    assert areas[0] == pytest.approx(-(60 * 60 - 4 * 50))  # the hole, less a triangle across each corner
    assert concave_hull_rings(points[:2], 10) == []
