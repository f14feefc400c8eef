"""Spatial joins and overlays of points and polygons in one CRS.

Which zone contains each point (:func:`zones_containing`,
:func:`point_zone_pairs`, :func:`points_in_area`), the share of each base
unit in each zone (:func:`unit_zone_shares`), weights inside possibly
overlapping polygons (:func:`weights_inside`), and the areas, union,
clipping and overlaps of zones (survey clusters).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
from qgis.core import QgsGeometry, QgsPoint, QgsSpatialIndex, QgsWkbTypes

from ...engine.arrays import ranges
from .feedback import EngineFeedback, with_progress
from .layers import LayerData


def point_zone_pairs(
    xy: np.ndarray, zones: Sequence[QgsGeometry | None], *, feedback: EngineFeedback | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """Every (point, zone) pair where the zone contains or touches the point.

    Unlike :func:`zones_containing`, a point inside several overlapping zones
    (catchments, clusters) is paired with each of them. Points are sorted
    once into horizontal strips and by x within each strip; each zone tests
    only the points of its bounding box (found by binary search in the
    strips it spans) with :func:`_points_in_zone`. Points and zones must
    share a CRS. Returns ``(point_indices, zone_indices)``, sorted by zone.
    """
    xy = np.asarray(xy, dtype=float).reshape(-1, 2)
    strips = _PointStrips(xy, zones=len(zones))
    points: list[np.ndarray] = []
    owners: list[np.ndarray] = []
    for zone_index, zone in enumerate(zones):
        if feedback is not None:
            feedback.check()
        if zone is None or zone.isNull() or zone.isEmpty():
            continue
        candidates = strips.in_box(zone.boundingBox())
        if candidates.size == 0:
            continue
        inside = _points_in_zone(zone, xy[candidates])
        points.append(candidates[inside])
        owners.append(np.full(int(inside.sum()), zone_index, dtype=np.int64))
    if not points:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    return np.concatenate(points).astype(np.int64), np.concatenate(owners)


class _PointStrips:
    """Points sorted into horizontal strips of equal counts, by x within each strip, for bounding-box look-ups."""

    def __init__(self, xy: np.ndarray, *, zones: int) -> None:
        usable = np.flatnonzero(~np.isnan(xy).any(axis=1))
        count = max(1, min(int(np.sqrt(max(zones, 1))) * 2, usable.size // 64 or 1))
        ys = xy[usable, 1]
        self.edges = np.quantile(ys, np.linspace(0, 1, count + 1)[1:-1]) if usable.size and count > 1 else np.zeros(0)
        strip = np.searchsorted(self.edges, ys, side="right")
        order = np.lexsort((xy[usable, 0], strip))
        self.order = usable[order]
        self.strip = strip[order]
        self.xs = xy[self.order, 0]
        self.ys = xy[self.order, 1]
        self.starts = np.searchsorted(self.strip, np.arange(len(self.edges) + 2))

    def in_box(self, box) -> np.ndarray:
        """Indices of the points inside (or on) the rectangle ``box``."""
        first = int(np.searchsorted(self.edges, box.yMinimum(), side="left"))
        last = int(np.searchsorted(self.edges, box.yMaximum(), side="right"))
        found = []
        for strip in range(first, last + 1):
            low, high = self.starts[strip], self.starts[strip + 1]
            start = low + np.searchsorted(self.xs[low:high], box.xMinimum(), side="left")
            stop = low + np.searchsorted(self.xs[low:high], box.xMaximum(), side="right")
            chosen = np.arange(start, stop)
            chosen = chosen[(self.ys[chosen] >= box.yMinimum()) & (self.ys[chosen] <= box.yMaximum())]
            found.append(self.order[chosen])
        return np.concatenate(found) if found else np.zeros(0, dtype=np.int64)


#: Point-edge tests per chunk of the even-odd test (bounds its memory).
_CHUNK_CELLS = 4_000_000


def _points_in_zone(zone: QgsGeometry, xy: np.ndarray) -> np.ndarray:
    """Which points ``zone`` contains or touches.

    The even-odd (ray-crossing) rule over every ring of the zone, in numpy:
    the points are sorted by y once, and each edge is paired only with the
    points of its y-span (found by binary search), so the work grows with
    the points times the edges a horizontal line crosses, not times every
    edge of the zone. Points within a hair's breadth of an edge, and zones
    with curves, are decided by GEOS (QGIS's prepared geometry engine), so
    that points on the boundary count as touching.
    """
    edges = _zone_edges(zone)
    if edges is None:
        return _points_in_zone_geos(zone, xy, np.ones(len(xy), dtype=bool), np.zeros(len(xy), dtype=bool))
    x1, y1, x2, y2 = (e.ravel() for e in edges)
    box = zone.boundingBox()
    tolerance = 1e-9 * max(box.width(), box.height(), 1.0)
    order = np.argsort(xy[:, 1], kind="stable")
    ys = xy[order, 1]
    low, high = np.minimum(y1, y2), np.maximum(y1, y2)
    # each edge's points: y within its span widened by the tolerance (for the points that touch it)
    first = np.searchsorted(ys, low - tolerance, side="left")
    last = np.searchsorted(ys, high + tolerance, side="right")
    crossings = np.zeros(len(xy), dtype=np.int64)
    unsure = np.zeros(len(xy), dtype=bool)
    counts = last - first
    # edges in chunks of about _CHUNK_CELLS (edge, point) pairs
    cumulative = np.cumsum(counts)
    cuts = np.searchsorted(cumulative, np.arange(_CHUNK_CELLS, int(cumulative[-1]) if len(counts) else 0, _CHUNK_CELLS))
    for edge_slice in np.split(np.arange(len(counts)), np.unique(cuts)):
        if edge_slice.size == 0:
            continue
        edge = np.repeat(edge_slice, counts[edge_slice])
        sorted_point = ranges(first[edge_slice], counts[edge_slice])
        point = order[sorted_point]
        px, py = xy[point, 0], xy[point, 1]
        ex1, ey1, ex2, ey2 = x1[edge], y1[edge], x2[edge], y2[edge]
        with np.errstate(divide="ignore", invalid="ignore"):
            # the crossing rule: the edge spans the point's y (half-open) and passes right of the point
            spans = (ey1 > py) != (ey2 > py)
            crossing = spans & (px < (ex2 - ex1) * (py - ey1) / (ey2 - ey1) + ex1)
            crossings += np.bincount(point[crossing], minlength=len(xy))
            # the points within the tolerance of the edge are left to GEOS
            dx, dy = ex2 - ex1, ey2 - ey1
            length = dx * dx + dy * dy
            t = np.clip(np.where(length > 0, ((px - ex1) * dx + (py - ey1) * dy) / length, 0.0), 0.0, 1.0)
            near = np.hypot(px - (ex1 + t * dx), py - (ey1 + t * dy)) <= tolerance
        unsure[point[near]] = True
    inside = (crossings % 2) == 1
    return _points_in_zone_geos(zone, xy, unsure, inside)


def _points_in_zone_geos(zone: QgsGeometry, xy: np.ndarray, unsure: np.ndarray, inside: np.ndarray) -> np.ndarray:
    """``inside``, with the ``unsure`` points decided by GEOS."""
    if unsure.any():
        engine = QgsGeometry.createGeometryEngine(zone.constGet())
        engine.prepareGeometry()
        chosen = np.flatnonzero(unsure)
        inside = inside.copy()
        inside[chosen] = [engine.intersects(QgsPoint(xy[i, 0], xy[i, 1])) for i in chosen]
    return inside


def _zone_edges(zone: QgsGeometry) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray] | None:
    """Start and end coordinates of every edge of every ring (as rows ``(1, edges)``); None for curved zones."""
    if (
        QgsWkbTypes.isCurvedType(zone.wkbType())
        or QgsWkbTypes.geometryType(zone.wkbType()) != QgsWkbTypes.GeometryType.PolygonGeometry
    ):
        return None
    parts = zone.asMultiPolygon() if zone.isMultipart() else [zone.asPolygon()]
    starts, ends = [], []
    for polygon in parts:
        for ring in polygon:
            coordinates = np.array([(point.x(), point.y()) for point in ring], dtype=float)
            if len(coordinates) < 2:
                continue
            starts.append(coordinates[:-1])
            ends.append(coordinates[1:])
    if not starts:
        return None
    a, b = np.vstack(starts), np.vstack(ends)
    return a[None, :, 0], a[None, :, 1], b[None, :, 0], b[None, :, 1]


def zones_containing(
    xy: np.ndarray, zones: Sequence[QgsGeometry | None], *, feedback: EngineFeedback | None = None
) -> np.ndarray:
    """For each point, the lowest index of a zone containing or touching it, else -1.

    Found with :func:`point_zone_pairs`, whose cost grows with the points
    near each zone rather than with zones × points (thousands of output
    areas, hundreds of thousands of clients). Points and zones must share a CRS.
    """
    xy = np.asarray(xy, dtype=float).reshape(-1, 2)
    points, owners = point_zone_pairs(xy, zones, feedback=feedback)
    first = np.full(len(xy), np.iinfo(np.int64).max, dtype=np.int64)
    np.minimum.at(first, points, owners)
    first[first == np.iinfo(np.int64).max] = -1
    return first


def points_in_area(xy: np.ndarray, area: Sequence[QgsGeometry | None], *, feedback: EngineFeedback | None = None) -> np.ndarray:
    """A boolean mask of the points inside (or on the edge of) any polygon of ``area``."""
    xy = np.asarray(xy, dtype=float).reshape(-1, 2)
    inside = np.zeros(len(xy), dtype=bool)
    points, _ = point_zone_pairs(xy, area, feedback=feedback)
    inside[points] = True
    return inside


def polygon_zone_shares(
    units: Sequence[QgsGeometry | None], zones: Sequence[QgsGeometry | None], *, feedback: EngineFeedback | None = None
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The share of each polygon unit's area that lies in each zone it overlaps.

    A spatial index (``QgsSpatialIndex``) of the zones' bounding boxes gives
    each unit its candidate zones; each zone's geometry engine is prepared
    once. A unit inside a zone gets share 1 without computing the
    intersection; otherwise the share is intersection area / unit area.
    Units without area (or whose geometry GEOS rejects even after
    ``makeValid``) are placed by their point on surface. Returns
    ``(unit_indices, zone_indices, shares)``; a unit partly or wholly
    outside every zone has shares summing to less than 1.
    """
    index = QgsSpatialIndex()
    for zone_index, zone in enumerate(zones):
        if zone is not None and not zone.isNull() and not zone.isEmpty():
            index.addFeature(zone_index, zone.boundingBox())
    engines: dict[int, object] = {}
    rows: list[tuple[int, int, float]] = []
    for unit_index, unit in enumerate(with_progress(units, len(units), feedback)):
        if unit is None or unit.isNull() or unit.isEmpty():
            continue
        for zone_index in index.intersects(unit.boundingBox()):
            engine = engines.get(zone_index)
            if engine is None:
                engine = QgsGeometry.createGeometryEngine(zones[zone_index].constGet())
                engine.prepareGeometry()
                engines[zone_index] = engine
            share = _share_in_zone(engine, unit)
            if share > 0:
                rows.append((unit_index, zone_index, share))
    if not rows:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64), np.zeros(0)
    array = np.asarray(rows, dtype=float)
    return array[:, 0].astype(np.int64), array[:, 1].astype(np.int64), array[:, 2]


def unit_zone_shares(
    units: LayerData, zones: Sequence[QgsGeometry | None], *, feedback: EngineFeedback | None = None
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Every piece of a base unit inside a zone: ``(unit_indices, zone_indices, shares)``.

    Units read with their geometries (polygons such as output areas, see
    :func:`read_units`) are shared between zones in proportion to the part
    of their area inside each (:func:`polygon_zone_shares`); units read as
    points (households, postcodes) count wholly (share 1) in every zone
    containing them (:func:`point_zone_pairs`). Units and zones must share a CRS.
    """
    if units.geometries is not None:
        return polygon_zone_shares(units.geometries, zones, feedback=feedback)
    unit_indices, zone_indices = point_zone_pairs(units.xy, zones, feedback=feedback)
    return unit_indices, zone_indices, np.ones(len(unit_indices))


def _share_in_zone(engine, unit: QgsGeometry) -> float:
    """The share of ``unit``'s area inside the prepared zone ``engine`` (0–1)."""
    area = unit.area()
    if area > 0:
        if engine.contains(unit.constGet()):
            return 1.0
        if not engine.intersects(unit.constGet()):
            return 0.0
        piece = engine.intersection(unit.constGet())
        if piece is None:
            valid = unit.makeValid()
            piece = None if valid.isNull() else engine.intersection(valid.constGet())
        if piece is not None:
            return min(1.0, piece.area() / area)
    point = unit.pointOnSurface()
    return 1.0 if not point.isNull() and engine.intersects(point.constGet()) else 0.0


def weights_inside(
    xy: np.ndarray, weights: np.ndarray, polygons: Sequence[QgsGeometry | None], *, feedback: EngineFeedback | None = None
) -> np.ndarray:
    """For each polygon, the sum of each weight column over the points inside it: ``(polygons, columns)``.

    Points and polygons are in the same CRS. Unlike :func:`zones_containing`,
    polygons may overlap (catchments of nearby facilities, nested bands).
    """
    xy = np.asarray(xy, dtype=float).reshape(-1, 2)
    weights = np.asarray(weights, dtype=float).reshape(len(xy), -1)
    result = np.zeros((len(polygons), weights.shape[1]))
    valid = ~np.isnan(xy).any(axis=1)
    for index, polygon in enumerate(polygons):
        if feedback is not None:
            feedback.check()
        if polygon is None or polygon.isEmpty():
            continue
        box = polygon.boundingBox()
        candidates = np.flatnonzero(
            valid
            & (xy[:, 0] >= box.xMinimum())
            & (xy[:, 0] <= box.xMaximum())
            & (xy[:, 1] >= box.yMinimum())
            & (xy[:, 1] <= box.yMaximum())
        )
        if candidates.size == 0:
            continue
        engine = QgsGeometry.createGeometryEngine(polygon.constGet())
        engine.prepareGeometry()
        inside = [i for i in candidates if engine.intersects(QgsPoint(xy[i, 0], xy[i, 1]))]
        if inside:
            result[index] = np.nansum(weights[inside], axis=0)
    return result


def polygon_areas(geometries: Sequence[QgsGeometry | None]) -> np.ndarray:
    """Planar areas of the geometries in their CRS units (0 for NULL)."""
    return np.array([0.0 if g is None or g.isNull() else g.area() for g in geometries], dtype=float)


def union_geometry(geometries: Sequence[QgsGeometry | None]) -> QgsGeometry | None:
    """The union of the geometries (None when there is none)."""
    usable = [g for g in geometries if g is not None and not g.isNull() and not g.isEmpty()]
    if not usable:
        return None
    return QgsGeometry.unaryUnion(usable)


def clip_geometries(geometries: Sequence[QgsGeometry | None], clip: QgsGeometry | None) -> list[QgsGeometry | None]:
    """Each geometry intersected with ``clip`` (copies unchanged when ``clip`` is None)."""
    if clip is None:
        return [QgsGeometry(g) if g is not None else None for g in geometries]
    engine = QgsGeometry.createGeometryEngine(clip.constGet())
    engine.prepareGeometry()
    result = []
    for geometry in geometries:
        if geometry is None or geometry.isNull():
            result.append(None)
            continue
        result.append(geometry.intersection(clip) if engine.intersects(geometry.constGet()) else QgsGeometry())
    return result


def overlap_with(zones: Sequence[QgsGeometry | None], others: Sequence[QgsGeometry | None]) -> tuple[np.ndarray, list[list[int]]]:
    """For each zone: the share (0–1) of its area inside the union of ``others``, and which of them it meets."""
    union = union_geometry(others)
    shares = np.zeros(len(zones))
    touching: list[list[int]] = []
    for index, zone in enumerate(zones):
        if zone is None or zone.isNull() or zone.isEmpty() or union is None:
            touching.append([])
            continue
        area = zone.area()
        shares[index] = zone.intersection(union).area() / area if area > 0 else 0.0
        touching.append(
            [
                k
                for k, other in enumerate(others)
                if other is not None and not other.isNull() and zone.intersects(other) and zone.intersection(other).area() > 0
            ]
        )
    return shares, touching
