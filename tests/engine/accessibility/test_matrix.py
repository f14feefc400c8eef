"""Travel-time matrices checked independently: networkx times, one-way streets, bridges, missing pairs, parallel chunks."""

from __future__ import annotations

import math

import networkx as nx
import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from network_fixtures import WALK_M_PER_MIN, grid, lines
from network_reference import random_networks, reference_graph

from place_insight.engine.accessibility import matrix as matrix_module
from place_insight.engine.accessibility.matrix import nearest_pairs, travel_times
from place_insight.engine.cutoff import within
from place_insight.engine.network.options import NetworkOptions


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(random_networks(), st.sampled_from(["drive", "walk"]))
def test_times_and_metres_equal_networkx_dijkstra_on_random_graphs(case, profile):
    network, points = case
    origins, destinations = points[: len(points) // 2 + 1], points[len(points) // 2 :]
    result = travel_times(network, profile, origins, destinations)
    graph, nodes, _ = reference_graph(network, profile, np.vstack([origins, destinations]))
    o_nodes, d_nodes = nodes[: len(origins)], nodes[len(origins) :]
    for i, o in enumerate(o_nodes):
        seconds = nx.single_source_dijkstra_path_length(graph, o, weight="weight")
        for j, d in enumerate(d_nodes):
            if d in seconds:
                assert result.minutes[i, j] == pytest.approx(seconds[d] / 60.0, rel=1e-9, abs=1e-9)
                path = nx.dijkstra_path(graph, o, d, weight="weight")
                metres = sum(graph[a][b]["metres"] for a, b in zip(path[:-1], path[1:]))
                assert result.metres[i, j] == pytest.approx(metres, rel=1e-6, abs=1e-6)
            else:
                assert math.isnan(result.minutes[i, j]) and math.isnan(result.metres[i, j])
    assert result.unreachable == int(np.isnan(result.minutes).sum())


def test_one_way_street_makes_the_way_back_longer():
    # a square block; the direct side is one-way from A to B
    network = lines(
        [[(0, 0), (100, 0)], [(100, 0), (100, 100), (0, 100), (0, 0)]],
        highway=["residential", "residential"],
        oneway=["yes", "no"],
        options=NetworkOptions(class_speeds=(("residential", 6.0),)),
    )
    result = travel_times(network, "drive", [[0, 0], [100, 0]], [[0, 0], [100, 0]])
    assert result.minutes[0, 1] == pytest.approx(1.0)  # 100 m at 100 m/min
    assert result.minutes[1, 0] == pytest.approx(3.0)  # round the other three sides
    walk = travel_times(network, "walk", [[100, 0]], [[0, 0]])
    assert walk.minutes[0, 0] == pytest.approx(100 / WALK_M_PER_MIN)


def test_a_flyover_does_not_connect_the_road_beneath():
    over = [(0, 0), (200, 0)]
    under = [(100, -100), (100, 100)]
    link = [(200, 0), (200, 100), (100, 100)]
    network = lines(
        [over, under, link],
        highway=["trunk", "residential", "residential"],
        bridge=["yes", None, None],
        options=NetworkOptions(connect_crossings=True),
    )
    result = travel_times(network, "drive", [[0, 0]], [[100, -100]])
    speed = network.profile("drive").speed_kmh
    expected = (200 * 3.6 / speed[0] + (100 + 100) * 3.6 / speed[2] + 200 * 3.6 / speed[1]) / 60.0
    assert result.minutes[0, 0] == pytest.approx(expected)


def test_unreachable_pairs_are_nan_and_counted_and_cutoff_and_k_nearest():
    network = lines([[(0, 0), (1000, 0)], [(5000, 0), (6000, 0)]], highway=["residential"] * 2)
    result = travel_times(network, "walk", [[0, 0], [5000, 0]], [[500, 0], [1000, 0], [5500, 0], [9000, 9000]], tolerance=50)
    assert result.skipped_destinations.tolist() == [3]
    np.testing.assert_allclose(result.minutes[0, :2], [500 / WALK_M_PER_MIN, 1000 / WALK_M_PER_MIN])
    assert np.isnan(result.minutes[0, 2]) and np.isnan(result.minutes[1, :2]).all()
    assert np.isnan(result.minutes[:, 3]).all()
    assert result.unreachable == 3
    cut = travel_times(network, "walk", [[0, 0], [5000, 0]], [[500, 0], [1000, 0], [5500, 0]], cutoff_min=10)
    assert np.isnan(cut.minutes[0, 1]) and cut.beyond_cutoff == 1 and cut.unreachable == 3
    table = nearest_pairs(result, k=1)
    assert table[["origin", "destination", "rank"]].values.tolist() == [[0, 0, 1], [1, 2, 1]]


def test_destinations_fewer_than_origins_run_on_the_reversed_graph():
    network = lines(
        [[(0, 0), (100, 0)], [(100, 0), (100, 100), (0, 100), (0, 0)]],
        highway=["residential", "residential"],
        oneway=["yes", "no"],
        options=NetworkOptions(class_speeds=(("residential", 6.0),)),
    )
    many = travel_times(network, "drive", [[0, 0], [0, 50], [100, 0]], [[100, 0]])
    np.testing.assert_allclose(many.minutes[:, 0], [1.0, 1.5, 0.0])
    np.testing.assert_allclose(many.metres[:, 0], [100.0, 150.0, 0.0])
    back = travel_times(network, "drive", [[100, 0]], [[0, 0], [0, 50], [100, 0]])
    np.testing.assert_allclose(back.minutes[0], [3.0, 2.5, 0.0])


def test_parallel_chunks_give_the_same_matrix(monkeypatch):
    network = grid(15, 50.0)
    rng = np.random.default_rng(1)
    origins, destinations = rng.uniform(0, 700, (40, 2)), rng.uniform(0, 700, (30, 2))
    serial = travel_times(network, "walk", origins, destinations, workers=1)
    monkeypatch.setattr(matrix_module, "PARALLEL_WORK", 0)
    parallel = travel_times(network, "walk", origins, destinations, workers=2, chunk_size=8)
    np.testing.assert_allclose(parallel.minutes, serial.minutes)
    np.testing.assert_allclose(parallel.metres, serial.metres)


def test_the_cutoff_keeps_pairs_by_the_one_rule_of_coverage():
    """A pair at the cut-off, as its time was computed, is kept, as the nearest facility counts it within."""
    network = lines([[(0, 0), (1000, 0)]], highway=["residential"])
    exact = travel_times(network, "walk", [[0, 0]], [[1000, 0]]).minutes[0, 0]
    at = travel_times(network, "walk", [[0, 0]], [[1000, 0]], cutoff_min=exact * (1 - 1e-12))
    assert at.minutes[0, 0] == exact and at.beyond_cutoff == 0
    assert within(np.array([exact]), exact * (1 - 1e-12))[0]
    beyond = travel_times(network, "walk", [[0, 0]], [[1000, 0]], cutoff_min=exact / (1 + 3e-8))
    assert np.isnan(beyond.minutes[0, 0]) and beyond.beyond_cutoff == 1
