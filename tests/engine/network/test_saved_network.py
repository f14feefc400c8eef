"""A network saved by Place Insight 0.1 still loads, with the same arrays."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from place_insight.engine.network.storage import load_network

SAVED = Path(__file__).resolve().parents[2] / "data" / "network_saved_v0_1.npz"


def test_a_network_saved_by_version_0_1_loads_as_it_was_built():
    # Four lines: a one-way primary road (30 mph), a residential street, a footway, a service road.
    network = load_network(SAVED)
    assert network.edge_u.tolist() == [0, 1, 2, 1]
    assert network.edge_v.tolist() == [1, 2, 0, 3]
    np.testing.assert_allclose(network.edge_length, [100.0, 100.0, 200.0, 150.0])
    assert list(network.edge_class) == ["primary", "residential", "footway", "service"]
    walk, drive = network.profiles["walk"], network.profiles["drive"]
    assert walk.forward.all() and walk.backward.all()
    np.testing.assert_allclose(drive.speed_kmh[:2], [30 * 1.609344, 25 * 1.609344])
    assert drive.forward.tolist() == [True, True, False, True]
    assert drive.backward.tolist() == [False, True, False, True]
