"""Polygons from the engine's results: survey cluster outlines and catchment areas.

:func:`cluster_polygons` turns cluster outlines (cells, triangles, points)
into polygons; :func:`catchment_polygons` turns the network parts reached
from each facility into the catchment's polygon (grid buffer rings, exact
GEOS buffers with :class:`NetworkBuffers`, or a concave hull).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence

import numpy as np
from qgis.core import QgsGeometry, QgsPoint, QgsPointXY, QgsRectangle

from ...engine.survey.clusters.common import BUFFER_SEGMENTS
from .feedback import EngineFeedback
from .geometry import lines_from_coordinates, polygon_from_rings


def cluster_polygons(shapes: Iterable) -> list[QgsGeometry]:
    """Polygons from the engine's cluster outlines (``engine.survey.clusters.ClusterShape``).

    Cell rectangles are merged into one polygon; point clusters become the
    union of their alpha-shape (or convex-hull) triangles and of their points,
    buffered by the outline's margin (QGIS 3.22 has no concave hull).
    """
    polygons = []
    for shape in shapes:
        if len(shape.rectangles):
            parts = [QgsGeometry.fromRect(QgsRectangle(*map(float, r))) for r in shape.rectangles]
            polygons.append(QgsGeometry.unaryUnion(parts))
            continue
        parts = [QgsGeometry.fromPolygonXY([[QgsPointXY(float(x), float(y)) for x, y in (*t, t[0])]]) for t in shape.triangles]
        parts.extend(QgsGeometry(QgsPoint(float(x), float(y))) for x, y in shape.points)
        merged = QgsGeometry.unaryUnion(parts) if len(parts) > 1 else parts[0]
        polygons.append(merged.buffer(float(shape.margin), BUFFER_SEGMENTS) if shape.margin > 0 else merged)
    return polygons


class NetworkBuffers:
    """Buffers of reached network parts, reusing what several catchments share.

    Each edge's buffer is made once; edges are grouped in square tiles (about
    64 edges each) and the union of a tile's buffers is kept, so that a
    catchment reaching every edge of a tile whole uses that union, and only
    the partly reached tiles are unioned afresh (GEOS cascaded union of the
    individual buffers, which is several times faster than buffering one
    multi-line).
    """

    def __init__(self, network, width: float, *, segments: int = 4, edges_per_tile: int = 64) -> None:
        from ...engine.network.geometry import edge_geometries

        self.network = network
        self.width = width
        self.segments = segments
        xy = network.node_xy
        span = np.ptp(xy, axis=0) if len(xy) else np.ones(2)
        area = max(float(span[0]) * float(span[1]), 1.0)
        size = max(width * 2.0, math.sqrt(area * edges_per_tile / max(network.n_edges, 1)))
        middle = network.vertices[(network.edge_start + network.edge_end) // 2]
        cell = np.floor((middle - xy.min(axis=0)) / size).astype(np.int64)
        self.tile = cell[:, 0] * 1_000_003 + cell[:, 1]
        tiles, self.tile_index = np.unique(self.tile, return_inverse=True)
        self.tile_size = np.bincount(self.tile_index)
        self._edge_xy, self._edge_offsets = edge_geometries(network)
        self._edge_buffer: dict[int, QgsGeometry] = {}
        self._tile_union: dict[int, QgsGeometry] = {}

    def edge_buffer(self, edge: int) -> QgsGeometry:
        geometry = self._edge_buffer.get(edge)
        if geometry is None:
            coordinates = self._edge_xy[self._edge_offsets[edge] : self._edge_offsets[edge + 1]]
            geometry = lines_from_coordinates([coordinates])[0].buffer(self.width, self.segments)
            self._edge_buffer[edge] = geometry
        return geometry

    def tile_union(self, tile: int) -> QgsGeometry:
        geometry = self._tile_union.get(tile)
        if geometry is None:
            edges = np.flatnonzero(self.tile_index == tile)
            geometry = QgsGeometry.unaryUnion([self.edge_buffer(int(e)) for e in edges])
            self._tile_union[tile] = geometry
        return geometry

    def polygon(self, edges: np.ndarray, start_m: np.ndarray, end_m: np.ndarray) -> QgsGeometry | None:
        """The union of the buffers of edge parts ``edges[i]`` from ``start_m[i]`` to ``end_m[i]``."""
        if len(edges) == 0:
            return None
        length = self.network.edge_length[edges]
        whole = (start_m <= 1e-9) & (end_m >= length - 1e-9)
        tiles = self.tile_index[edges[whole]]
        whole_per_tile = np.bincount(tiles, minlength=len(self.tile_size))
        full = np.flatnonzero(whole_per_tile == self.tile_size)
        pieces = [self.tile_union(int(t)) for t in full]
        in_full = np.isin(self.tile_index[edges], full) & whole
        pieces += [self.edge_buffer(int(e)) for e in edges[whole & ~in_full]]
        cut = np.flatnonzero(~whole)
        for i in cut:
            line = self.network.edge_part(int(edges[i]), float(start_m[i]), float(end_m[i]))
            pieces.append(lines_from_coordinates([line])[0].buffer(self.width, self.segments))
        return QgsGeometry.unaryUnion(pieces) if len(pieces) > 1 else QgsGeometry(pieces[0])


def catchment_polygons(
    network,
    parts,
    groups: Sequence[np.ndarray],
    *,
    method: str,
    width: float,
    max_edge: float,
    feedback: EngineFeedback | None = None,
) -> list[QgsGeometry | None]:
    """One polygon per group of reached edge parts, in the network's CRS.

    ``method``:

    - ``"buffer"``: the area within ``width`` metres of the parts, traced on
      a grid of cells a sixth of the width from the exact distance of the
      cells to the parts (engine
      :func:`~engine.accessibility.polygons.grid_buffer_rings`: the area
      matches the exact buffer of the same parts within 0.2 %), then
      simplified (Douglas-Peucker) by a thousandth of the width, which
      makes the area smaller by less than 0.1 %;
    - ``"exact"``: the union of GEOS buffers of the parts (4 segments per
      quarter circle, :class:`NetworkBuffers`), slower on large catchments;
    - ``"hull"``: the concave hull of the parts' vertices and points every
      ``max_edge / 4`` metres along them, computed by the engine as an alpha
      shape (Delaunay triangles with every side at most ``max_edge``; QGIS
      3.22 has no concave hull), joined with the parts buffered by
      ``width / 4`` so that thin parts keep an area.
    """
    from ...engine.accessibility.polygons import buffer_rings, concave_hull_rings, densify, ring_area
    from ...engine.network.geometry import piece_coordinates

    edges = parts["edge"].to_numpy(dtype=np.int64)
    start, end = parts["start_m"].to_numpy(dtype=float), parts["end_m"].to_numpy(dtype=float)
    result = []
    if method == "buffer":
        all_rings = buffer_rings(network, parts, groups, width, progress=feedback)
        for rings in all_rings:
            if feedback is not None:
                feedback.check()
            polygon = polygon_from_rings(rings, [ring_area(r) for r in rings])
            if polygon is not None:
                # where two boundaries pass within a few centimetres the repair leaves specks of holes: dropped
                polygon = polygon.simplify(width / 1000.0).makeValid().removeInteriorRings((width / 60.0) ** 2)
            result.append(polygon)
        return result
    exact = NetworkBuffers(network, width) if method == "exact" else None
    thin = NetworkBuffers(network, width / 4.0, segments=2) if method == "hull" else None
    for done, rows in enumerate(groups):
        if feedback is not None:
            feedback.check()
            feedback.set_progress(100.0 * done / max(len(groups), 1))
        if exact is not None:
            result.append(exact.polygon(edges[rows], start[rows], end[rows]))
            continue
        xy, offsets = piece_coordinates(network, edges[rows], start[rows], end[rows])
        rings = concave_hull_rings(densify(xy, offsets, max_edge / 4.0), max_edge)
        polygon = polygon_from_rings(rings, [ring_area(r) for r in rings])
        lines = thin.polygon(edges[rows], start[rows], end[rows])
        result.append(lines if polygon is None else QgsGeometry.unaryUnion([polygon, lines]))
    return result
