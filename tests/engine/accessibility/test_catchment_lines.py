"""The reached network as one multi-line per facility and band, checked against the reached pieces."""

from __future__ import annotations

from collections import Counter

import numpy as np
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from network_fixtures import grid, lines

from place_insight.engine.accessibility.catchment_lines import reached_lines, reached_lines_table
from place_insight.engine.accessibility.catchments import compute_catchments
from place_insight.engine.network.build import build_network
from place_insight.engine.network.geometry import piece_coordinates
from place_insight.engine.network.options import NetworkOptions


def segments(xy: np.ndarray, offsets: np.ndarray, first: int = 0, last: int | None = None) -> Counter:
    """The segments of lines ``first..last`` as a multiset of unordered end-point pairs (to the micrometre)."""
    last = len(offsets) - 1 if last is None else last
    found = Counter()
    for i in range(first, last):
        points = np.round(xy[offsets[i] : offsets[i + 1]], 6)
        for a, b in zip(points[:-1].tolist(), points[1:].tolist()):
            if a != b:
                found[tuple(sorted((tuple(a), tuple(b))))] += 1
    return found


def line_length(xy: np.ndarray, offsets: np.ndarray, first: int, last: int) -> float:
    return sum(float(np.hypot(*np.diff(xy[offsets[i] : offsets[i + 1]], axis=0).T).sum()) for i in range(first, last))


def assert_lines_are_the_pieces(network, result):
    """Per (facility, band): the lines' segments are exactly the pieces' segments, and lengths agree."""
    parts = result.parts
    reached = reached_lines(result)
    assert len(reached.keys) == len(parts.groupby(["facility", "band"]))
    for g, key in reached.keys.iterrows():
        own = parts[(parts["facility"] == key["facility"]) & (parts["band"] == key["band"])]
        xy, offsets = piece_coordinates(network, own["edge"], own["start_m"], own["end_m"])
        low, high = reached.bounds[g], reached.bounds[g + 1]
        assert segments(reached.xy, reached.offsets, low, high) == segments(xy, offsets)
        pieces_m = float((own["end_m"] - own["start_m"]).sum())
        assert line_length(reached.xy, reached.offsets, low, high) == pytest.approx(pieces_m, rel=1e-9, abs=1e-6)
        assert key["reached_km"] * 1000 == pytest.approx(pieces_m, rel=1e-12)
        assert key["pieces"] == len(own)
    return reached


def test_walk_diamond_is_one_multiline_with_the_cut_ends_exact():
    network = grid(9, 100.0)
    result = compute_catchments(network, "walk", [[400.0, 400.0]], [1.0, 2.5])
    reached = assert_lines_are_the_pieces(network, result)
    two = reached.keys.index[reached.keys["band"] == 2.5][0]
    low, high = reached.bounds[two], reached.bounds[two + 1]
    xy = reached.xy[reached.offsets[low] : reached.offsets[high]]
    # the 2.5-minute walk (200 m) covers every grid line point with |dx| + |dy| <= 200 m: 1,600 m of street
    assert line_length(reached.xy, reached.offsets, low, high) == pytest.approx(1600.0)
    assert np.abs(xy - 400.0).sum(axis=1).max() == pytest.approx(200.0)
    # the whole streets through the facility are long lines, not one line per edge
    assert high - low < int(reached.keys.loc[two, "pieces"])


def test_table_of_the_reached_network():
    network = grid(5, 100.0)
    result = compute_catchments(network, "walk", [[0.0, 0.0], [400.0, 400.0]], [2.0, 4.0])
    table = reached_lines_table(reached_lines(result).keys, ["a", "b"], ["A", "B"])
    assert table[["facility_id", "name", "band"]].values.tolist() == [
        ["a", "A", 2.0],
        ["a", "A", 4.0],
        ["b", "B", 2.0],
        ["b", "B", 4.0],
    ]
    # from a corner, grid-line points with x + y <= 160 m: 160 + 160 + 2 × 60 m; with x + y <= 320 m:
    # 2 × (320 + 220 + 120 + 20) m
    np.testing.assert_allclose(table["reached_km"], [0.44, 1.36, 0.44, 1.36])
    dissolved = compute_catchments(network, "walk", [[0.0, 0.0], [400.0, 400.0]], [2.0], dissolve=True)
    assert reached_lines_table(reached_lines(dissolved).keys, ["a", "b"])["facility_id"].tolist() == [None]


def test_a_facility_that_reaches_nothing_has_no_lines():
    # a one-way street ending in a dead end: the facility at its end can go nowhere
    network = lines(
        [[(0, 0), (100, 0)], [(500, 0), (600, 0)]],
        highway=["residential"] * 2,
        oneway=["yes", None],
        options=NetworkOptions(class_speeds=(("residential", 4.8),)),
    )
    result = compute_catchments(network, "drive", [[100.0, 0.0], [550.0, 0.0]], [1.0])
    assert result.parts["facility"].unique().tolist() == [1]
    reached = assert_lines_are_the_pieces(network, result)
    assert reached.keys["facility"].tolist() == [1]
    assert reached.bounds.tolist() == [0, 1]


@st.composite
def random_networks(draw):
    n_nodes = draw(st.integers(4, 14))
    rng = np.random.default_rng(draw(st.integers(0, 10_000)))
    nodes = np.round(rng.uniform(0, 1000, (n_nodes, 2)))
    n_edges = draw(st.integers(n_nodes - 1, 3 * n_nodes))
    start = rng.integers(0, n_nodes, n_edges)
    pairs = np.column_stack([start, (start + 1 + rng.integers(0, n_nodes - 1, n_edges)) % n_nodes])
    parts = [np.array([nodes[a], (nodes[a] + nodes[b]) / 2 + rng.normal(0, 40, 2), nodes[b]]) for a, b in pairs]
    oneway = rng.choice(["yes", "no", "-1", None], len(parts), p=[0.2, 0.5, 0.1, 0.2])
    attributes = pd.DataFrame(
        {"highway": ["residential"] * len(parts), "oneway": oneway, "speed": rng.uniform(10, 80, len(parts))}
    )
    network = build_network(parts, np.arange(len(parts)), attributes)
    return network, rng.uniform(0, 1000, (draw(st.integers(1, 4)), 2))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(random_networks(), st.sampled_from([[0.5, 2.0], [1.0], [3.0, 6.0]]), st.booleans())
def test_lines_equal_the_pieces_on_random_networks(case, bands, dissolve):
    network, points = case
    result = compute_catchments(network, "drive", points, bands, dissolve=dissolve)
    if len(result.parts):
        assert_lines_are_the_pieces(network, result)
