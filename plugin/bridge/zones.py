"""Zones for the engine: polygons as they are, lines (streets, roads) as buffers around them, with their areas.

Target areas describe any zones: wards and catchments (polygons) or the
roads of a leafleting round (lines, buffered by a distance in metres).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from qgis.core import QgsCoordinateReferenceSystem, QgsGeometry, QgsProcessingException, QgsUnitTypes, QgsWkbTypes

from .feedback import EngineFeedback
from .i18n import tr
from .layers import LayerData, read_layer

#: Segments of a quarter circle in line buffers.
BUFFER_SEGMENTS = 8


@dataclass
class Zones:
    """Zones read in a working CRS.

    ``layer`` holds the zones' attributes and own geometries (lines stay
    lines) and ``attributes`` the names of the attributes read; ``polygons`` are what the base units are placed in (the
    buffers of lines); ``areas_km2`` their areas; ``labels`` name each
    zone (its name field, else its feature id); ``buffered`` tells whether
    lines were buffered.
    """

    layer: LayerData
    attributes: list[str]
    polygons: list[QgsGeometry | None]
    areas_km2: np.ndarray
    labels: list[str]
    buffered: bool

    def __len__(self) -> int:
        return len(self.polygons)


def metres_to_units(crs: QgsCoordinateReferenceSystem) -> float:
    """How many map units of ``crs`` make a metre (1 for an unknown CRS)."""
    if not crs.isValid():
        return 1.0
    return QgsUnitTypes.fromUnitToUnitFactor(QgsUnitTypes.DistanceUnit.DistanceMeters, crs.mapUnits())


def read_zones(
    source,
    crs: QgsCoordinateReferenceSystem,
    *,
    attributes: list[str],
    name_field: str | None = None,
    buffer_m: float = 0.0,
    context=None,
    feedback: EngineFeedback | None = None,
    name: str | None = None,
) -> Zones:
    """Read polygon or line zones in ``crs``; lines become buffers of ``buffer_m`` metres.

    Raises ``QgsProcessingException`` for lines without a positive buffer
    distance, or for a layer without zones.
    """
    layer = read_layer(
        source, [*attributes, name_field], context=context, feedback=feedback, geometry="geometry", crs=crs, name=name
    )
    if len(layer) == 0:
        raise QgsProcessingException(tr("The zones layer {layer} has no features.").format(layer=layer.name))
    lines = QgsWkbTypes.geometryType(source.wkbType()) == QgsWkbTypes.GeometryType.LineGeometry
    if lines and not buffer_m > 0:
        raise QgsProcessingException(
            tr(
                "The zones {layer} are lines: give a buffer distance in metres (e.g. 50) so that the base units "
                "along them can be counted."
            ).format(layer=layer.name)
        )
    distance = buffer_m * metres_to_units(crs)
    polygons = []
    for geometry in layer.geometries:
        if feedback is not None:
            feedback.check()
        if geometry is None or not lines:
            polygons.append(geometry)
        else:
            polygons.append(geometry.buffer(distance, BUFFER_SEGMENTS))
    square_km = (1.0 / metres_to_units(crs)) ** 2 / 1e6
    areas = np.array([0.0 if g is None or g.isNull() else g.area() * square_km for g in polygons], dtype=float)
    if name_field:
        labels = [str(v) if v is not None and v == v else str(fid) for v, fid in zip(layer.frame[name_field], layer.frame["fid"])]
    else:
        labels = [str(fid) for fid in layer.frame["fid"]]
    return Zones(layer, list(dict.fromkeys(attributes)), polygons, areas, labels, lines)
