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
#: The two systems a GeoPackage layer written without a CRS points at (srs_id -1 and 0, as the GeoPackage
#: standard names them). QGIS reads them as valid custom CRSs that are not geographic.
UNDEFINED_CRS_NAMES = ("undefined cartesian srs", "undefined geographic srs")


def has_crs(crs: QgsCoordinateReferenceSystem) -> bool:
    """Whether ``crs`` says where the coordinates are: valid, and not a GeoPackage's undefined system."""
    return crs.isValid() and crs.description().strip().lower() not in UNDEFINED_CRS_NAMES


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


def check_layer_crs(source, layer_name: str, feedback=None) -> None:
    """Refuse a layer whose CRS is missing or contradicted by its coordinates; warn when it looks doubtful.

    The one check of every layer whose geometries are read (:func:`.layers.read_layer`,
    :func:`.network.read_network_lines`):

    - no valid CRS (a shapefile whose ``.prj`` went missing, a GeoPackage layer written without one):
      refused, saying where to set it;
    - a geographic CRS with coordinates beyond ±180° / ±90° (metres declared as degrees, as GeoJSON
      without a CRS is read): refused;
    - a projected CRS whose whole extent fits within ±180 / ±90 and 20 units across (longitude and
      latitude declared as metres): a warning, since a small made-up layer can look the same.
    """
    from qgis.core import QgsProcessingException

    from ...engine.i18n import format_count
    from .i18n import tr

    crs = source.sourceCrs()
    if not has_crs(crs):
        raise QgsProcessingException(
            tr(
                "The layer {layer} has no coordinate reference system (CRS), so distances on it cannot be "
                "measured. Set its CRS in Layer Properties › Source (or with Processing's Assign projection) "
                "and run again."
            ).format(layer=layer_name)
        )
    extent = source.sourceExtent()
    if (
        extent is None
        or extent.isNull()
        or not all(math.isfinite(v) for v in (extent.xMinimum(), extent.yMinimum(), extent.xMaximum(), extent.yMaximum()))
    ):
        return
    largest_x = max(abs(extent.xMinimum()), abs(extent.xMaximum()))
    largest_y = max(abs(extent.yMinimum()), abs(extent.yMaximum()))
    degrees = largest_x <= 180.0 and largest_y <= 90.0
    if crs.isGeographic() and not degrees and (largest_x > 180.5 or largest_y > 90.5):
        raise QgsProcessingException(
            tr(
                "The layer {layer} is in {crs}, a CRS in degrees, but its coordinates run to {x}, {y}, too "
                "large for longitude and latitude: they look like metres. Set the layer's true CRS in Layer "
                "Properties › Source (or with Processing's Assign projection) and run again."
            ).format(
                layer=layer_name,
                crs=crs.authid() or crs.description(),
                x=format_count(round(largest_x)),
                y=format_count(round(largest_y)),
            )
        )
    if (
        feedback is not None
        and not crs.isGeographic()
        and degrees
        and max(extent.width(), extent.height()) <= 20.0
        and (extent.width() > 0 or extent.height() > 0 or largest_x > 0)
    ):
        feedback.warn(
            tr(
                "The layer {layer} is in {crs}, a CRS in metres or feet, but all its coordinates lie within a few "
                "units of longitude/latitude numbers: if they are degrees, set the layer's true CRS in Layer "
                "Properties › Source (or with Processing's Assign projection); distances are wrong otherwise."
            ).format(layer=layer_name, crs=crs.authid() or crs.description())
        )
