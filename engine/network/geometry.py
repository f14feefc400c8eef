"""Edge geometry as flat vertex arrays, for outputs."""

from __future__ import annotations

import numpy as np

from ..arrays import ranges
from .model import Network


def edge_geometries(network: Network, edges: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Vertices of whole edges, flat: edge ``i`` of ``edges`` (default: all) is ``xy[offsets[i]:offsets[i + 1]]``."""
    edges = np.arange(network.n_edges) if edges is None else np.asarray(edges, dtype=np.int64)
    counts = network.edge_end[edges] - network.edge_start[edges] + 1
    offsets = np.zeros(len(edges) + 1, dtype=np.int64)
    np.cumsum(counts, out=offsets[1:])
    index = ranges(network.edge_start[edges], counts)
    return network.vertices[index], offsets
