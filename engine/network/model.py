"""The routable network: nodes, edges with their geometry, and one travel mode per profile.

Coordinates are in a projected CRS with metres as unit; the caller keeps the
CRS (``meta["crs"]``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

import numpy as np

from ..errors import InvalidInputError
from ..i18n import tr
from .modes import PROFILES, TravelMode
from .options import NetworkOptions
from .snapping import Snap, cut_line, snap_index, snap_points


@dataclass
class Network:
    """A routable network: nodes, edges with geometry, and one :class:`TravelMode` per travel mode.

    Edge ``e`` runs from node ``edge_u[e]`` to ``edge_v[e]``; its geometry is
    ``vertices[edge_start[e]:edge_end[e] + 1]`` and ``edge_source[e]`` is the
    row of the input feature it comes from (``source_ids`` gives that
    feature's id). ``report`` counts what was left out or assumed.
    """

    node_xy: np.ndarray
    vertices: np.ndarray
    edge_start: np.ndarray
    edge_end: np.ndarray
    edge_u: np.ndarray
    edge_v: np.ndarray
    edge_length: np.ndarray
    edge_source: np.ndarray
    edge_class: np.ndarray
    source_ids: np.ndarray
    profiles: Mapping[str, TravelMode]
    options: NetworkOptions
    report: dict = field(default_factory=dict)
    meta: dict = field(default_factory=dict)
    _snap_index: dict = field(default_factory=dict, repr=False, compare=False)

    @property
    def n_nodes(self) -> int:
        return len(self.node_xy)

    @property
    def n_edges(self) -> int:
        return len(self.edge_u)

    def profile(self, name: str) -> TravelMode:
        if name not in self.profiles:
            raise InvalidInputError(
                tr("Unknown travel profile {name}; use one of: {known}.").format(name=name, known=", ".join(PROFILES))
            )
        return self.profiles[name]

    def edge_coordinates(self, edge: int) -> np.ndarray:
        return self.vertices[self.edge_start[edge] : self.edge_end[edge] + 1]

    def edge_part(self, edge: int, start: float, end: float) -> np.ndarray:
        """The vertices of edge ``edge`` between ``start`` and ``end`` metres from its start."""
        return cut_line(self.edge_coordinates(edge), start, end)

    def snap(self, profile: str, xy: np.ndarray, *, tolerance: float | None = None) -> Snap:
        """Snap points onto the nearest point of the nearest edge the profile can use.

        The KD-tree holds points every few metres along every segment; the
        nearest of them bounds the search, then every segment with a point
        within that bound plus half the spacing is measured exactly, so the
        result is the true nearest point on the network.
        """
        index = self._snap_index.get(profile)
        if index is None:
            index = self._snap_index[profile] = snap_index(
                self.vertices, self.edge_start, self.edge_end, self.profile(profile).usable
            )
        return snap_points(index, self.edge_length, xy, tolerance=tolerance)
