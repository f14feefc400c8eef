"""Building routable networks: topology from lines, crossings, joined ends, degenerate lines."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from network_fixtures import grid, lines

from place_insight.engine.errors import InvalidInputError
from place_insight.engine.network.build import LineParts, build_network
from place_insight.engine.network.options import NetworkOptions
from place_insight.engine.network.summary import network_messages


def test_lines_are_split_at_shared_vertices_and_lengths_are_exact():
    network = grid(3)
    assert network.n_nodes == 9
    assert network.n_edges == 12
    np.testing.assert_allclose(network.edge_length, 100.0)
    assert network.profile("walk").n_islands == 1


def test_crossing_without_shared_vertex_is_not_joined_unless_asked_and_never_on_a_bridge():
    cross = [[(0, 0), (200, 0)], [(100, -100), (100, 100)]]
    apart = lines(cross, highway=["residential"] * 2)
    assert apart.n_nodes == 4 and apart.profile("drive").n_islands == 2
    joined = lines(cross, highway=["residential"] * 2, options=NetworkOptions(connect_crossings=True))
    assert joined.n_nodes == 5 and joined.n_edges == 4
    assert joined.profile("drive").n_islands == 1
    assert joined.report["crossings_joined"] == 1
    bridge = lines(cross, highway=["residential"] * 2, bridge=["yes", None], options=NetworkOptions(connect_crossings=True))
    assert bridge.n_nodes == 4 and bridge.report["crossings_not_joined"] == 1
    layered = lines(cross, highway=["residential"] * 2, layer=["1", None], options=NetworkOptions(connect_crossings=True))
    assert layered.n_nodes == 4


def test_almost_touching_ends_are_joined_within_the_tolerance_only():
    near = [[(0, 0), (100, 0)], [(100.4, 0.3), (200, 0)]]
    assert lines(near, highway=["residential"] * 2).profile("walk").n_islands == 2
    network = lines(near, highway=["residential"] * 2, options=NetworkOptions(snap_tolerance=1.0))
    assert network.n_nodes == 3
    assert network.profile("walk").n_islands == 1
    assert network.report["ends_snapped"] == 1


def test_multipart_lines_zero_length_lines_and_repeated_vertices():
    parts = [
        np.array([(0, 0), (100, 0)]),
        np.array([(100, 0), (100, 0), (200, 0)]),  # two parts of feature 0
        np.array([(50, 50), (50, 50)]),
    ]  # feature 1 has zero length
    network = build_network(
        parts, np.array([0, 0, 1]), pd.DataFrame({"highway": ["residential", "residential"]}), source_ids=np.array([10, 11])
    )
    assert network.n_edges == 2
    np.testing.assert_allclose(network.edge_length, [100.0, 100.0])
    assert network.report["zero_length_lines"] == 1
    infos, warnings = network_messages(network)
    assert any("zero length" in w and "11" in w for w in warnings)


def test_empty_network_is_refused_with_a_clear_message():
    with pytest.raises(InvalidInputError, match="no lines"):
        build_network([], np.array([], dtype=np.int64), pd.DataFrame())
    with pytest.raises(InvalidInputError, match="zero length"):
        build_network([np.array([(1.0, 1.0), (1.0, 1.0)])], np.array([0]), pd.DataFrame({"highway": ["road"]}))


def test_lines_given_as_one_flat_array_build_the_same_network():
    parts = [
        np.array([[0.0, 0.0], [100.0, 0.0], [100.0, 50.0]]),
        np.array([[100.0, 0.0], [200.0, 0.0]]),
        np.array([[50.0, -50.0], [50.0, 50.0]]),
    ]
    frame = pd.DataFrame({"highway": ["residential", "primary", "footway"]})
    flat = LineParts.from_arrays(parts)
    assert flat.offsets.tolist() == [0, 3, 5, 7] and len(flat) == 3
    for options in (NetworkOptions(), NetworkOptions(connect_crossings=True)):
        a = build_network(parts, np.arange(3), frame, options=options)
        b = build_network(flat, np.arange(3), frame, options=options)
        np.testing.assert_array_equal(a.node_xy, b.node_xy)
        np.testing.assert_array_equal(a.edge_u, b.edge_u)
        np.testing.assert_array_equal(a.edge_length, b.edge_length)
    assert build_network(flat, np.arange(3), frame, options=NetworkOptions(connect_crossings=True)).n_edges == 6


def test_roads_digitised_twice_count_once_and_are_named():
    """Each road twice (one copy reversed): the same edges and length as once, with a warning (doubled before)."""
    roads = [[(0, 0), (50, 10), (100, 0)], [(100, 0), (100, 100)], [(0, 0), (0, 100), (100, 100)]]
    once = lines(roads, highway=["residential"] * 3)
    twice = lines(roads + [r[::-1] for r in roads[:2]] + [roads[2]], highway=["residential"] * 6)
    assert twice.n_edges == once.n_edges == 3
    assert twice.edge_length.sum() == pytest.approx(once.edge_length.sum())
    assert twice.report["duplicate_lines"] == 3 and twice.report["duplicate_features"] == [3, 4, 5]
    _, warnings = network_messages(twice)
    assert any("repeat another line" in w and "features 3, 4, 5" in w for w in warnings), warnings


def test_crossings_are_counted_between_lines_not_between_segments_of_one_line():
    """One true crossing, one on a bridge; the many-vertex lines' own segments and shared vertices are no crossing."""
    wiggle = [(x, 5.0 * (x % 20 == 10)) for x in range(0, 201, 10)]  # 20 segments, meeting at shared vertices
    crossing = [(105, -50), (105, 50)]  # crosses the wiggle inside a segment
    bridge = [(155, -50), (155, 50)]
    junction = [(200, 0), (200, 80)]  # starts at the wiggle's end: a shared vertex
    network = lines(
        [wiggle, crossing, bridge, junction],
        highway=["residential"] * 4,
        bridge=[None, None, "yes", None],
        options=NetworkOptions(connect_crossings=True),
    )
    assert network.report["crossings_joined"] == 1 and network.report["crossings_not_joined"] == 1
