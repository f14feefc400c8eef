"""Snapping points onto the nearest usable edge, and cutting lines along their geometry."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from network_fixtures import lines

from place_insight.engine.network.build import build_network
from place_insight.engine.network.snapping import cut_line


def test_snapping_finds_the_nearest_point_on_the_nearest_usable_edge():
    network = lines([[(0, 0), (1000, 0)], [(0, 30), (1000, 30)]], highway=["residential", "footway"])
    snap = network.snap("walk", [[400, 20], [700, -10]])
    assert snap.edge.tolist() == [1, 0]
    np.testing.assert_allclose(snap.offset, [400, 700])
    np.testing.assert_allclose(snap.distance, [10, 10])
    drive = network.snap("drive", [[400, 20]], tolerance=25)
    assert drive.edge.tolist() == [0] and drive.distance[0] == pytest.approx(20)
    assert network.snap("drive", [[400, 29]], tolerance=25).edge.tolist() == [-1]
    assert network.snap("walk", [[np.nan, 1.0]]).edge.tolist() == [-1]


def test_snapping_on_a_long_edge_with_a_bend_matches_brute_force():
    rng = np.random.default_rng(3)
    parts = [np.cumsum(rng.normal(0, 80, (12, 2)), axis=0) for _ in range(15)]
    network = build_network(parts, np.arange(15), pd.DataFrame({"highway": ["residential"] * 15}))
    points = rng.uniform(-300, 300, (200, 2))
    snap = network.snap("walk", points)
    for point, distance in zip(points, snap.distance):
        best = math.inf
        for part in parts:
            a, b = part[:-1], part[1:]
            t = np.clip(np.einsum("ij,ij->i", point - a, b - a) / np.einsum("ij,ij->i", b - a, b - a), 0, 1)
            best = min(best, float(np.hypot(*(a + (b - a) * t[:, None] - point).T).min()))
        assert distance == pytest.approx(best, abs=1e-9)


def test_cut_line_measures_along_the_geometry():
    line = np.array([(0, 0), (100, 0), (100, 100)], dtype=float)
    np.testing.assert_allclose(cut_line(line, 50, 150), [(50, 0), (100, 0), (100, 50)])
    np.testing.assert_allclose(cut_line(line, 0, 20), [(0, 0), (20, 0)])
