"""A network's edges chained into strokes."""

from __future__ import annotations

from collections import Counter

import numpy as np
from network_fixtures import grid, lines

from place_insight.engine.network.strokes import network_strokes


def test_strokes_of_a_grid_are_its_rows_and_columns():
    network = grid(9, 100.0)
    strokes = network_strokes(network)
    assert sorted(strokes.edge_at.tolist()) == list(range(network.n_edges))
    assert strokes.count == 15  # straight on at crossroads and T junctions; the border turns at the corners
    for e in range(network.n_edges):
        own = network.edge_coordinates(e)
        along = strokes.xy[strokes.first[e] : strokes.last[e] + 1]
        assert np.array_equal(along, own) or np.array_equal(along, own[::-1])
    starts = np.flatnonzero(np.concatenate([[True], ~strokes.continues[:-1]]))
    shapes = []
    for s, t in zip(starts, np.append(starts[1:], network.n_edges)):
        xy = strokes.xy[strokes.first[strokes.edge_at[s]] : strokes.last[strokes.edge_at[t - 1]] + 1]
        straight = len(xy) == 9 and (np.ptp(xy[:, 0]) == 0 or np.ptp(xy[:, 1]) == 0)
        ring = len(xy) == 33 and np.array_equal(xy[0], xy[-1])
        shapes.append("straight" if straight else "ring" if ring else "other")
    assert Counter(shapes) == {"straight": 14, "ring": 1}


def test_rings_and_loops_become_closed_strokes():
    square = [[(0, 0), (100, 0)], [(100, 0), (100, 100)], [(100, 100), (0, 100)], [(0, 100), (0, 0)]]
    loop = [[(300, 0), (400, 0), (400, 100), (300, 0)]]
    two = [[(600, 0), (700, 0)], [(700, 0), (650, 50), (600, 0)]]  # two edges between the same two nodes
    network = lines(square + loop + two, highway=["residential"] * 7)
    strokes = network_strokes(network)
    assert sorted(strokes.edge_at.tolist()) == list(range(network.n_edges))
    for e in range(network.n_edges):
        own = network.edge_coordinates(e)
        along = strokes.xy[strokes.first[e] : strokes.last[e] + 1]
        assert np.array_equal(along, own) or np.array_equal(along, own[::-1])
