"""A network read back from the edge table Build network writes gives the same network."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from network_fixtures import lines

from place_insight.engine.accessibility.matrix import travel_times
from place_insight.engine.errors import InvalidInputError
from place_insight.engine.network.build import LineParts
from place_insight.engine.network.edges import is_built_edges, network_from_edges, own_fields
from place_insight.engine.network.geometry import edge_geometries
from place_insight.engine.network.summary import edge_table

POINTS = np.array([[0, 0], [100, 0], [200, 0], [200, 100], [0, 100], [100, 150], [300, 0], [150, 50]], dtype=float)


@pytest.fixture
def town():
    """One-way streets, a contraflow cycle lane, a footway, a trunk road, a roundabout and a dead end."""
    return lines(
        [
            [(0, 0), (100, 0), (200, 0)],
            [(200, 0), (200, 100)],
            [(200, 100), (100, 150), (0, 100)],
            [(0, 100), (0, 0)],
            [(100, 0), (150, 50), (200, 100)],
            [(200, 0), (300, 0)],
            [(0, 100), (-50, 150)],
        ],
        highway=["residential", "primary", "residential", "footway", "trunk", "tertiary", "service"],
        oneway=["yes", "-1", None, None, None, "yes", None],
        junction=[None, None, "roundabout", None, None, None, None],
        **{"oneway:bicycle": ["no", None, None, None, None, None, None]},
    )


def read_back(network, rows=None):
    """The edge table as a layer holds it (NULLs as None/NaN), with each edge's line, optionally some rows only."""
    table = edge_table(network).astype(object).where(lambda t: t.notna(), None)
    xy, offsets = edge_geometries(network)
    rows = np.arange(len(table)) if rows is None else np.asarray(rows)
    parts = LineParts.from_arrays([xy[offsets[r] : offsets[r + 1]] for r in rows])
    return network_from_edges(parts, np.arange(len(rows)), table.iloc[rows].reset_index(drop=True))


def test_edges_read_back_give_the_same_network(town):
    back = read_back(town)
    assert (back.n_nodes, back.n_edges) == (town.n_nodes, town.n_edges)
    np.testing.assert_allclose(back.edge_length, town.edge_length)
    assert back.edge_class.tolist() == town.edge_class.tolist()
    for name in ("walk", "cycle", "drive"):
        ours, theirs = back.profile(name), town.profile(name)
        np.testing.assert_allclose(ours.speed_kmh, theirs.speed_kmh)
        np.testing.assert_array_equal(ours.forward, theirs.forward)
        np.testing.assert_array_equal(ours.backward, theirs.backward)
        np.testing.assert_array_equal(ours.island, theirs.island)
        np.testing.assert_allclose(
            travel_times(back, name, POINTS, POINTS).minutes, travel_times(town, name, POINTS, POINTS).minutes
        )
    assert town.profile("cycle").backward[0] and not town.profile("drive").backward[0]  # the contraflow lane


def test_edges_in_another_order_or_filtered_give_the_same_times(town):
    shuffled = read_back(town, np.random.default_rng(1).permutation(town.n_edges))
    np.testing.assert_allclose(
        travel_times(shuffled, "drive", POINTS, POINTS).minutes, travel_times(town, "drive", POINTS, POINTS).minutes
    )
    some = read_back(town, np.arange(town.n_edges - 1))
    assert some.n_edges == town.n_edges - 1 and np.isfinite(some.node_xy).all()


def test_edges_written_before_cyclists_had_their_own_direction(town):
    table = edge_table(town).drop(columns="cycle_direction").astype(object).where(lambda t: t.notna(), None)
    xy, offsets = edge_geometries(town)
    parts = LineParts(xy, offsets)
    back = network_from_edges(parts, np.arange(town.n_edges), table)
    cycle, drive = back.profile("cycle"), town.profile("drive")
    expected = np.where(drive.usable, drive.forward, True)
    np.testing.assert_array_equal(cycle.forward[cycle.usable], expected[cycle.usable])
    assert not back.profile("cycle").backward[0]  # without the field, the contraflow lane is lost


def test_edges_without_node_numbers_or_with_text_minutes_are_refused(town):
    table = edge_table(town).astype(object).where(lambda t: t.notna(), None)
    xy, offsets = edge_geometries(town)
    parts = LineParts(xy, offsets)
    missing = table.copy()
    missing.loc[2, "from_node"] = None
    with pytest.raises(InvalidInputError, match="1 edges have no node number in from_node"):
        network_from_edges(parts, np.arange(town.n_edges), missing)
    text = table.copy()
    text.loc[1, "drive_min"] = "slow"
    with pytest.raises(InvalidInputError, match="not a number"):
        network_from_edges(parts, np.arange(town.n_edges), text)
    with pytest.raises(InvalidInputError, match="several lines or no geometry"):
        network_from_edges(parts, np.r_[0, np.arange(town.n_edges - 1)], table)


def test_which_layers_hold_edges():
    assert is_built_edges(edge_table(lines([[(0, 0), (1, 0)]], highway=["residential"])).columns)
    assert not is_built_edges(["road_class", "drive_kmh", "drive_direction"])
    assert own_fields(pd.Index(["road_class", "drive_direction", "name"])) == {
        "class": "road_class",
        "direction": "drive_direction",
    }
