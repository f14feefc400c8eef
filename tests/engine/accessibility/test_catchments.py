"""Shortest times, catchments with cut edges, matrices and nearest facilities, checked independently."""

from __future__ import annotations

import math
import os
import tempfile
import time

import networkx as nx
import numpy as np
import pandas as pd
import pytest
from child_processes import ends_within
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from network_fixtures import WALK_M_PER_MIN, grid, lines

from place_insight.engine import parallel
from place_insight.engine.accessibility import catchments as catchments_module
from place_insight.engine.accessibility.catchment_lines import reached_lines
from place_insight.engine.accessibility.catchments import (
    compute_catchments,
    concave_hull_rings,
    nearest_facility,
    nearest_pairs,
    parse_bands,
    piece_coordinates,
    ring_area,
    travel_times,
)
from place_insight.engine.errors import CancelledError, InvalidInputError
from place_insight.engine.network.build import build_network
from place_insight.engine.network.options import NetworkOptions
from place_insight.engine.progress import RecordingProgress


# -- an independent reference: networkx on the graph with every point inserted as a node -----------------
def reference_graph(network, profile_name, points):
    """A networkx DiGraph of the profile with each snapped point splitting its edge.

    Returns (graph, point nodes, segments) where segments are the pieces between stops as
    (a, b, metres, seconds per metre, forward, backward).
    """
    profile = network.profile(profile_name)
    snap = network.snap(profile_name, points)
    graph = nx.DiGraph()
    segments = []
    on_edge = {}
    for i, (e, s) in enumerate(zip(snap.edge, snap.offset)):
        on_edge.setdefault(int(e), []).append((float(s), ("p", i)))
    spm = 3.6 / profile.speed_kmh

    def add(a, b, metres, e):
        seconds = metres * spm[e]
        if not graph.has_edge(a, b) or graph[a][b]["weight"] > seconds:
            graph.add_edge(a, b, weight=seconds, metres=metres)

    for e in np.flatnonzero(profile.usable):
        u, v, length = int(network.edge_u[e]), int(network.edge_v[e]), float(network.edge_length[e])
        stops = [(0.0, u)] + sorted(on_edge.get(int(e), [])) + [(length, v)]
        for (s0, a), (s1, b) in zip(stops[:-1], stops[1:]):
            if a == b:
                continue
            segments.append((a, b, s1 - s0, spm[e], bool(profile.forward[e]), bool(profile.backward[e])))
            if profile.forward[e]:
                add(a, b, s1 - s0, e)
            if profile.backward[e]:
                add(b, a, s1 - s0, e)
    for i in range(len(points)):
        graph.add_node(("p", i))
    return graph, [("p", i) for i in range(len(points))], segments


@st.composite
def random_networks(draw):
    n_nodes = draw(st.integers(4, 14))
    seed = draw(st.integers(0, 10_000))
    rng = np.random.default_rng(seed)
    nodes = rng.uniform(0, 1000, (n_nodes, 2))
    n_edges = draw(st.integers(n_nodes - 1, 3 * n_nodes))
    start = rng.integers(0, n_nodes, n_edges)
    pairs = np.column_stack([start, (start + 1 + rng.integers(0, n_nodes - 1, n_edges)) % n_nodes])
    parts = []
    for a, b in pairs:
        middle = (nodes[a] + nodes[b]) / 2 + rng.normal(0, 40, 2)
        parts.append(np.array([nodes[a], middle, nodes[b]]))
    oneway = rng.choice(["yes", "no", "-1", None], len(parts), p=[0.2, 0.5, 0.1, 0.2])
    speed = rng.uniform(10, 80, len(parts))
    attributes = pd.DataFrame({"highway": ["residential"] * len(parts), "oneway": oneway, "speed": speed})
    network = build_network(parts, np.arange(len(parts)), attributes)
    points = rng.uniform(0, 1000, (draw(st.integers(2, 6)), 2))
    return network, points


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


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(random_networks(), st.floats(0.5, 4.0))
def test_catchment_nodes_equal_networkx_within_the_band(case, band):
    network, points = case
    facility = points[:1]
    result = compute_catchments(network, "drive", facility, [band])
    graph, nodes, segments = reference_graph(network, "drive", facility)
    limit = band * 60.0
    seconds = nx.single_source_dijkstra_path_length(graph, nodes[0], weight="weight")
    expected = 0.0
    for a, b, metres, spm, forward, backward in segments:
        from_a = min(metres, (limit - seconds[a]) / spm) if forward and seconds.get(a, np.inf) <= limit else 0.0
        from_b = min(metres, (limit - seconds[b]) / spm) if backward and seconds.get(b, np.inf) <= limit else 0.0
        expected += min(metres, from_a + from_b)
    parts = result.parts
    assert float((parts["end_m"] - parts["start_m"]).sum()) == pytest.approx(expected, abs=1e-6)
    assert (parts["minutes_to"] <= band + 1e-9).all()


# -- hand-made grid with known boundaries ------------------------------------------------------------
def test_walk_catchment_on_a_grid_is_the_manhattan_diamond():
    network = grid(9, 100.0)
    centre = [[400.0, 400.0]]
    result = compute_catchments(network, "walk", centre, [1.0, 2.5])
    one = result.parts[result.parts["band"] == 1.0]
    np.testing.assert_allclose(sorted(one["end_m"] - one["start_m"]), [WALK_M_PER_MIN] * 4)
    two = result.parts[result.parts["band"] == 2.5]
    # points on grid lines with |dx| + |dy| <= 200 m: 2 × (400 + 2 × 200) metres of street
    assert float((two["end_m"] - two["start_m"]).sum()) == pytest.approx(1600.0)
    xy, offsets = piece_coordinates(network, two["edge"], two["start_m"], two["end_m"])
    manhattan = np.abs(xy - 400.0).sum(axis=1)
    assert manhattan.max() == pytest.approx(200.0)
    cut = two[two["end_m"] - two["start_m"] < 100.0 - 1e-9]
    assert (cut["minutes_to"] == 2.5).all()


def test_facility_between_nodes_cuts_its_own_edge_at_the_exact_point():
    network = lines([[(0, 0), (1000, 0)]], highway=["residential"])
    result = compute_catchments(network, "walk", [[300, 5]], [1.0])
    assert result.parts[["start_m", "end_m"]].values.tolist() == [[pytest.approx(220.0), pytest.approx(380.0)]]
    one_way = lines(
        [[(0, 0), (1000, 0)]],
        highway=["residential"],
        oneway=["yes"],
        options=NetworkOptions(class_speeds=(("residential", 4.8),)),
    )
    parts = compute_catchments(one_way, "drive", [[300, 5]], [1.0]).parts
    assert parts[["start_m", "end_m"]].values.tolist() == [[pytest.approx(300.0), pytest.approx(380.0)]]


def test_an_edge_reached_from_both_ends_is_whole_when_they_meet():
    network = lines(
        [[(0, 0), (100, 0)], [(100, 0), (100, 150), (200, 150)], [(0, 0), (0, -10), (200, -10), (200, 150)]],
        highway=["residential"] * 3,
    )
    parts = compute_catchments(network, "walk", [[0, 0]], [2.0]).parts  # 160 m
    second = parts[parts["edge"] == 1]
    assert second[["start_m", "end_m"]].values.tolist() == [[0.0, pytest.approx(60.0)]]


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


# -- matrices --------------------------------------------------------------------------------------------
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
    monkeypatch.setattr(catchments_module, "PARALLEL_WORK", 0)
    parallel = travel_times(network, "walk", origins, destinations, workers=2, chunk_size=8)
    np.testing.assert_allclose(parallel.minutes, serial.minutes)
    np.testing.assert_allclose(parallel.metres, serial.metres)


def _catchments_alone(monkeypatch, *args):
    with monkeypatch.context() as patch:
        patch.setattr(catchments_module, "HELPER_STARTS", 10**9)
        return compute_catchments(*args)


def test_the_helper_process_searches_from_the_last_facilities_and_nothing_changes(handed_to_helper, monkeypatch):
    handed = handed_to_helper
    network = grid(20, 50.0)
    facilities = np.random.default_rng(3).uniform(0, 950, (40, 2))
    files = array_files()
    shared = compute_catchments(network, "walk", facilities, [2, 4])
    assert [list(starts) for starts in handed] == [list(range(18, 40))]  # 55 % of 40
    alone = _catchments_alone(monkeypatch, network, "walk", facilities, [2, 4])
    assert len(handed) == 1
    assert shared.parts["facility"].nunique() == 40
    pd.testing.assert_frame_equal(shared.parts, alone.parts)
    lines, lines_alone = reached_lines(shared), reached_lines(alone)
    np.testing.assert_array_equal(lines.xy, lines_alone.xy)
    np.testing.assert_array_equal(lines.bounds, lines_alone.bounds)
    assert array_files() == files  # the graph's and the answer's files are removed


def array_files() -> list[str]:
    folder = parallel._ARRAY_FOLDER or tempfile.gettempdir()
    return sorted(name for name in os.listdir(folder) if name.startswith("place_insight_"))


def test_a_cancelled_run_drops_the_helpers_answer(helper_process):
    network = grid(20, 50.0)
    facilities = np.random.default_rng(6).uniform(0, 950, (100, 2))
    before = array_files()

    class CancelLate(RecordingProgress):
        """Cancels at this process's second block of searches, after the helper has answered."""

        def is_cancelled(self) -> bool:
            cancelled = super().is_cancelled()
            if cancelled:
                time.sleep(0.5)
            return cancelled

    with pytest.raises(CancelledError):
        compute_catchments(network, "walk", facilities, [4], progress=CancelLate(cancel_after=1))
    helper_process.submit(int).result()  # the helper has answered by now
    time.sleep(0.2)  # and the pool has passed the answer on
    assert array_files() == before


def test_what_the_helper_sends_back_is_the_reached_nodes_and_their_times(monkeypatch):
    network = grid(12, 50.0)
    facilities = np.random.default_rng(5).uniform(0, 550, (20, 2))
    profile = network.profile("walk")
    snap = network.snap("walk", facilities)
    graph = catchments_module.search_graph(network, profile, snap.edge, snap.offset)
    dense = catchments_module.node_times(graph, np.arange(20), limit_s=180.0)
    monkeypatch.setattr(catchments_module, "SEARCH_BLOCK", 6)  # four blocks
    bounds, nodes, seconds = catchments_module.reached_node_times(graph, np.arange(20), 180.0)
    assert len(bounds) == 21
    for row in range(20):
        reached = slice(bounds[row], bounds[row + 1])
        expected = np.flatnonzero(np.isfinite(dense[row]))
        assert 0 < len(expected) < network.n_nodes
        np.testing.assert_array_equal(nodes[reached], expected)
        np.testing.assert_array_equal(seconds[reached], dense[row, expected])


def test_when_the_helper_process_dies_this_process_searches_and_stops_using_it(helper_process, monkeypatch):
    network = grid(20, 50.0)
    facilities = np.random.default_rng(4).uniform(0, 950, (30, 2))
    alone = _catchments_alone(monkeypatch, network, "drive", facilities, [1, 2])
    for pid in list(helper_process._processes):
        os.kill(pid, 9)
        assert ends_within(pid, 10)
    after = compute_catchments(network, "drive", facilities, [1, 2])
    pd.testing.assert_frame_equal(after.parts, alone.parts)
    assert parallel.helper() is None


def test_cancelling_stops_the_work():
    network = grid(10, 50.0)
    with pytest.raises(CancelledError):
        travel_times(
            network, "walk", np.zeros((200, 2)), np.ones((300, 2)), chunk_size=10, progress=RecordingProgress(cancel_after=2)
        )
    with pytest.raises(CancelledError):
        compute_catchments(network, "walk", np.zeros((40, 2)), [5], progress=RecordingProgress(cancel_after=0))


# -- nearest facility ---------------------------------------------------------------------------------------
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


# -- bands and hulls --------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("10,5", "increasing order"),
        ("5,5,10", "repeat"),
        ("0,5", "more than zero"),
        ("-5", "more than zero"),
        ("five", "not numbers"),
        ("", "separated by commas"),
        ("5,,10", "separated by commas"),
    ],
)
def test_bad_bands_are_refused(text, message):
    with pytest.raises(InvalidInputError, match=message):
        parse_bands(text)


def test_bands_are_read():
    assert parse_bands("5, 10,15") == [5.0, 10.0, 15.0]
    assert parse_bands("7.5") == [7.5]


def test_alpha_shape_of_a_square_with_a_hole():
    xs, ys = np.meshgrid(np.arange(11) * 10.0, np.arange(11) * 10.0)
    points = np.column_stack([xs.ravel(), ys.ravel()])
    hole = (np.abs(points[:, 0] - 50) < 25) & (np.abs(points[:, 1] - 50) < 25)
    rings = concave_hull_rings(points[~hole], max_edge=15.0)
    areas = sorted(ring_area(r) for r in rings)
    assert areas[-1] == pytest.approx(100 * 100)
    assert areas[0] == pytest.approx(-(60 * 60 - 4 * 50))  # the hole, less a triangle across each corner
    assert concave_hull_rings(points[:2], 10) == []
