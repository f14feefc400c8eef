"""Small hand-made networks for the engine tests."""

from __future__ import annotations

import numpy as np
import pandas as pd

from place_insight.engine.network.build import build_network
from place_insight.engine.network.options import NetworkOptions

WALK_M_PER_MIN = 4.8 * 1000 / 60  # 80 m a minute


def grid(n: int = 9, spacing: float = 100.0, highway: str = "residential", options: NetworkOptions | None = None):
    """An n × n grid of streets: one line per row and per column, sharing their crossing vertices."""
    parts = []
    coords = np.arange(n) * spacing
    for value in coords:
        parts.append(np.column_stack([coords, np.full(n, value)]))
        parts.append(np.column_stack([np.full(n, value), coords]))
    attributes = pd.DataFrame({"highway": [highway] * len(parts)})
    return build_network(parts, np.arange(len(parts)), attributes, options=options)


def lines(coordinates: list, **columns):
    """A network from a list of vertex lists, one feature each, with attribute columns."""
    parts = [np.asarray(c, dtype=float) for c in coordinates]
    frame = pd.DataFrame({k: v for k, v in columns.items() if k != "options"})
    if frame.empty:
        frame = pd.DataFrame(index=range(len(parts)))
    return build_network(parts, np.arange(len(parts)), frame, options=columns.get("options"))
