"""An independent reference for the network searches: networkx on the graph with every point inserted as a node."""

from __future__ import annotations

import networkx as nx
import numpy as np
import pandas as pd
from hypothesis import strategies as st

from place_insight.engine.network.build import build_network


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
