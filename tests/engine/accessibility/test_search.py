"""What the searches hand back: the nodes each start reaches and its times to them."""

from __future__ import annotations

import numpy as np
from network_fixtures import grid

from place_insight.engine.accessibility import search as search_module


def test_what_the_helper_sends_back_is_the_reached_nodes_and_their_times(monkeypatch):
    network = grid(12, 50.0)
    facilities = np.random.default_rng(5).uniform(0, 550, (20, 2))
    profile = network.profile("walk")
    snap = network.snap("walk", facilities)
    graph = search_module.search_graph(network, profile, snap.edge, snap.offset)
    dense = search_module.node_times(graph, np.arange(20), limit_s=180.0)
    monkeypatch.setattr(search_module, "SEARCH_BLOCK", 6)  # four blocks
    bounds, nodes, seconds = search_module.reached_node_times(graph, np.arange(20), 180.0)
    assert len(bounds) == 21
    for row in range(20):
        reached = slice(bounds[row], bounds[row + 1])
        expected = np.flatnonzero(np.isfinite(dense[row]))
        assert 0 < len(expected) < network.n_nodes
        np.testing.assert_array_equal(nodes[reached], expected)
        np.testing.assert_array_equal(seconds[reached], dense[row, expected])
