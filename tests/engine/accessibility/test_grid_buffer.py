"""Buffers traced on a grid against the true buffer of points and lines (the formulas, not another approximation)."""

from __future__ import annotations

import numpy as np
import pytest

from place_insight.engine.accessibility.polygons import grid_buffer_rings, ring_area


def area(lines, width):
    xy = np.concatenate(lines)
    offsets = np.concatenate([[0], np.cumsum([len(line) for line in lines])])
    return sum(ring_area(r) for r in grid_buffer_rings(xy, offsets, width))


@pytest.mark.parametrize("width", [37.3, 60.0, 100.0])
def test_a_disc_and_a_straight_road_have_the_true_area(width):
    """A point gives π·w² (within 0.12 %), a road of length L gives 2·w·L + π·w² (before: up to 1 % smaller)."""
    assert area([np.array([[0.3, 0.7]])], width) == pytest.approx(np.pi * width**2, rel=0.0012)
    road = np.array([[10.0, 20.0], [310.0, 420.0]])  # 500 m, diagonal to the grid
    assert area([road], width) == pytest.approx(2 * width * 500.0 + np.pi * width**2, rel=0.001)


def test_a_square_block_of_roads_keeps_its_hole():
    """Four roads round a 400 m block, buffered 50 m: the hole is the 300 m square inside, exactly."""
    corners = np.array([[0.0, 0.0], [400.0, 0.0], [400.0, 400.0], [0.0, 400.0], [0.0, 0.0]])
    rings = grid_buffer_rings(corners, np.array([0, 5]), 50.0)
    areas = sorted(ring_area(r) for r in rings)
    assert len(areas) == 2 and areas[0] == pytest.approx(-(300.0**2), rel=0.001)
    outer = 500.0**2 - (4 - np.pi) * 50.0**2  # rounded corners
    assert areas[1] == pytest.approx(outer, rel=0.001)
