"""Coordinate reference systems: the projected working CRS, and transforms.

Distances are worked out in a projected CRS (:func:`working_crs`): a layer
in a geographic CRS is transformed to the UTM zone of its extent, and
outputs go back to the input's CRS (:func:`transform_geometries`).
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsGeometry,
    QgsPointXY,
    QgsProject,
    QgsRectangle,
)

WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")


def utm_crs(longitude: float, latitude: float) -> QgsCoordinateReferenceSystem:
    """The WGS 84 / UTM zone CRS containing a longitude/latitude."""
    zone = int(math.floor((longitude + 180.0) / 6.0)) % 60 + 1
    epsg = (32600 if latitude >= 0 else 32700) + zone
    return QgsCoordinateReferenceSystem(f"EPSG:{epsg}")


def working_crs(
    crs: QgsCoordinateReferenceSystem, extent: QgsRectangle | None = None, transform_context=None
) -> QgsCoordinateReferenceSystem:
    """A projected CRS in which distances in metres can be measured.

    A projected CRS is returned as it is. A geographic CRS is replaced by
    the UTM zone of the centre of ``extent``. An unknown CRS is assumed to
    be projected already (coordinates are used as they are).
    """
    if not crs.isValid() or not crs.isGeographic():
        return crs
    centre = extent.center() if extent is not None and not extent.isNull() else QgsPointXY(0.0, 0.0)
    if crs != WGS84:
        transform = QgsCoordinateTransform(crs, WGS84, transform_context or QgsProject.instance().transformContext())
        centre = transform.transform(centre)
    return utm_crs(centre.x(), centre.y())


def transform_context(context=None):
    """The transform context of a Processing context, else the project's."""
    if context is not None:
        return context.transformContext()
    return QgsProject.instance().transformContext()


def transform_geometries(
    geometries: Sequence[QgsGeometry | None],
    source: QgsCoordinateReferenceSystem,
    target: QgsCoordinateReferenceSystem,
    context=None,
) -> list[QgsGeometry | None]:
    """Copies of ``geometries`` transformed from ``source`` to ``target``."""
    if source == target or not source.isValid() or not target.isValid():
        return [QgsGeometry(g) if g is not None else None for g in geometries]
    transform = QgsCoordinateTransform(source, target, transform_context(context))
    result = []
    for geometry in geometries:
        if geometry is None or geometry.isNull():
            result.append(None)
            continue
        copy = QgsGeometry(geometry)
        copy.transform(transform)
        result.append(copy)
    return result
