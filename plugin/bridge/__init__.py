"""The one place where QGIS layers become arrays and DataFrames, and back.

Processing algorithms and docks read layers through :func:`read_layer`, hand
plain arrays and DataFrames to the engine, and write the engine's results
with :func:`write_frame`. Distances are worked out in a projected CRS
(:func:`working_crs`): a layer in a geographic CRS is transformed to the UTM
zone of its extent, and outputs go back to the input's CRS. This module
imports no GUI class, so it runs in Processing's worker threads.
"""

from __future__ import annotations

import datetime as _dt
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsFeatureRequest,
    QgsFeatureSink,
    QgsField,
    QgsFields,
    QgsGeometry,
    QgsLineString,
    QgsMessageLog,
    QgsPoint,
    QgsPointXY,
    QgsProcessingException,
    QgsProject,
    QgsProviderRegistry,
    QgsRectangle,
    QgsSpatialIndex,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QDate, QDateTime, QTime, QVariant

try:
    import pandas as pd
except ImportError:  # the plugin still loads; algorithms refuse to run (see engine.dependencies)
    pd = None

from ...engine.arrays import ranges
from ...engine.errors import CancelledError
from ...engine.network.build import LineParts
from ...engine.survey.clusters.common import BUFFER_SEGMENTS
from .compat import field_type
from .i18n import tr

WGS84 = QgsCoordinateReferenceSystem("EPSG:4326")


# -- progress ---------------------------------------------------------------
class EngineFeedback:
    """Presents a ``QgsFeedback``/``QgsProcessingFeedback`` as the engine's progress protocol."""

    def __init__(self, feedback=None) -> None:
        self._feedback = feedback

    def set_progress(self, percent: float) -> None:
        if self._feedback is not None:
            self._feedback.setProgress(float(percent))

    def is_cancelled(self) -> bool:
        return self._feedback is not None and self._feedback.isCanceled()

    def info(self, message: str) -> None:
        if hasattr(self._feedback, "pushInfo"):
            self._feedback.pushInfo(message)
        else:
            QgsMessageLog.logMessage(message, "Place Insight")

    def warn(self, message: str) -> None:
        if hasattr(self._feedback, "pushWarning"):
            self._feedback.pushWarning(message)
        else:
            QgsMessageLog.logMessage(message, "Place Insight")

    def check(self) -> None:
        """Raise the engine's :class:`CancelledError` if the user cancelled."""
        if self.is_cancelled():
            raise CancelledError("cancelled")


# -- coordinate reference systems --------------------------------------------
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


# -- reading -----------------------------------------------------------------
def with_progress(items: Iterable, total: int | None, feedback: EngineFeedback | None) -> Iterable:
    """``items`` one by one, checking for cancellation and reporting progress about 100 times along the way.

    ``total`` may be unknown (None or negative): then only cancellation is checked. A feature iterator
    is closed at the end, also when the run is cancelled: the traceback of the cancellation keeps this
    frame alive, and an open iterator would hold one of the data source's few connections.
    """
    known = bool(total and total > 0)
    step = max(1, total // 100) if known else 10000
    try:
        for count, item in enumerate(items):
            if feedback is not None and count % step == 0:
                feedback.check()
                if known:
                    feedback.set_progress(100.0 * count / total)
            yield item
    finally:
        if hasattr(items, "close"):
            items.close()


@dataclass
class LayerData:
    """A layer read for the engine.

    ``frame`` has one row per feature: ``fid`` then the requested attribute
    columns (NULL becomes None/NaN), plus ``x`` and ``y`` when asked for.
    ``geometries`` (when asked for) are in ``crs``, aligned with the rows.
    ``missing_geometry`` lists the ``fid`` of features whose geometry is
    NULL or empty (their ``x``/``y`` are NaN).
    """

    name: str
    frame: pd.DataFrame
    crs: QgsCoordinateReferenceSystem
    source_crs: QgsCoordinateReferenceSystem
    geometries: list[QgsGeometry | None] | None = None
    missing_geometry: list[int] = field(default_factory=list)
    wkb_type: int = QgsWkbTypes.Type.NoGeometry

    @property
    def xy(self) -> np.ndarray:
        """An ``(n, 2)`` float array of the x/y columns."""
        return self.frame[["x", "y"]].to_numpy(dtype=float)

    def ids(self, field_name: str | None) -> pd.Series:
        """The values of ``field_name``, or the feature ids when no field is chosen."""
        return self.frame[field_name] if field_name else self.frame["fid"]

    def __len__(self) -> int:
        return len(self.frame)


def source_name(source, default: str = "") -> str:
    """A readable name of a feature source or layer for messages."""
    for attribute in ("sourceName", "name"):
        method = getattr(source, attribute, None)
        if method is not None:
            try:
                name = method()
            except TypeError:
                continue
            if name:
                return str(name)
    return default


def layer_title(algorithm, parameters, name: str, context, default: str = "") -> str:
    """The name a user knows a layer parameter by, for messages and reports.

    A layer of the project keeps its name. A layer given as a path (e.g.
    ``town.gpkg|layername=clients`` in a script or ``qgis_process``) is
    loaded under the file's name, so the GeoPackage layer name is used.
    """
    layer = algorithm.parameterAsVectorLayer(parameters, name, context)
    if layer is None:
        return default
    parts = QgsProviderRegistry.instance().decodeUri(layer.providerType(), layer.source())
    layer_name = python_value(parts.get("layerName")) if isinstance(parts, dict) else None
    path = python_value(parts.get("path")) if isinstance(parts, dict) else None
    if layer_name and path and layer.name() in (str(path), Path(str(path)).stem):
        return str(layer_name)
    return layer.name() or default


def python_value(value):
    """A QGIS attribute value as a plain Python value (NULL → None)."""
    if isinstance(value, QVariant):
        return None if value.isNull() else value.value()
    if isinstance(value, QDateTime):
        return value.toPyDateTime() if value.isValid() else None
    if isinstance(value, QDate):
        return value.toPyDate() if value.isValid() else None
    if isinstance(value, QTime):
        return value.toPyTime() if value.isValid() else None
    return value


def require_fields(source, names: Iterable[str | None], *, layer_name: str | None = None) -> list[int]:
    """Indices of ``names`` in ``source``; a clear error naming any that are missing."""
    fields = source.fields()
    indices = []
    for name in names:
        if not name:
            continue
        index = fields.lookupField(name)
        if index < 0:
            raise QgsProcessingException(
                tr("The layer {layer} has no field {field}. Choose one of: {fields}.").format(
                    layer=layer_name or source_name(source),
                    field=name,
                    fields=", ".join(fields.names()) or tr("(no fields)"),
                )
            )
        indices.append(index)
    return indices


def read_layer(
    source,
    fields: Sequence[str | None] = (),
    *,
    context=None,
    feedback: EngineFeedback | None = None,
    geometry: str = "none",
    crs: QgsCoordinateReferenceSystem | None = None,
    point: str = "centroid",
    name: str | None = None,
) -> LayerData:
    """Read ``fields`` of every feature of ``source`` into a :class:`LayerData`.

    ``geometry`` is ``"none"`` (attributes only), ``"xy"`` (``x``/``y``
    columns: the point itself, or the centroid / point on surface of lines
    and polygons, as ``point`` says) or ``"geometry"`` (``xy`` plus a copy
    of every geometry). Coordinates are in ``crs`` when given (e.g. the
    :func:`working_crs`), else in the source's CRS.
    """
    layer_name = name or source_name(source)
    wanted = [f for f in dict.fromkeys(f for f in fields if f)]
    indices = require_fields(source, wanted, layer_name=layer_name)
    request = QgsFeatureRequest()
    request.setSubsetOfAttributes(indices)
    source_crs = source.sourceCrs()
    target_crs = crs if crs is not None and crs.isValid() else source_crs
    if geometry == "none":
        request.setFlags(QgsFeatureRequest.Flag.NoGeometry)
    elif target_crs != source_crs and source_crs.isValid():
        request.setDestinationCrs(target_crs, transform_context(context))

    total = source.featureCount() if hasattr(source, "featureCount") else -1
    columns: list[list] = [[] for _ in indices]
    fids: list[int] = []
    xs: list[float] = []
    ys: list[float] = []
    geometries: list[QgsGeometry | None] = []
    missing: list[int] = []
    for feature in with_progress(source.getFeatures(request), total, feedback):
        fids.append(feature.id())
        attributes = feature.attributes()
        for column, index in zip(columns, indices):
            column.append(attributes[index])
        if geometry != "none":
            geom = feature.geometry()
            if geom is None or geom.isNull() or geom.isEmpty():
                missing.append(feature.id())
                xs.append(math.nan)
                ys.append(math.nan)
                geometries.append(None)
                continue
            x, y = _representative_point(geom, point)
            xs.append(x)
            ys.append(y)
            if geometry == "geometry":
                geometries.append(QgsGeometry(geom))

    data = {"fid": np.asarray(fids, dtype=np.int64)}
    for name_, column in zip(wanted, columns):
        data[name_] = _column(column)
    if geometry != "none":
        data["x"] = np.asarray(xs, dtype=float)
        data["y"] = np.asarray(ys, dtype=float)
    frame = pd.DataFrame(data)
    return LayerData(
        name=layer_name,
        frame=frame,
        crs=target_crs,
        source_crs=source_crs,
        geometries=geometries if geometry == "geometry" else None,
        missing_geometry=missing,
        wkb_type=source.wkbType(),
    )


def read_units(
    source,
    fields: Sequence[str | None] = (),
    *,
    context=None,
    feedback: EngineFeedback | None = None,
    crs: QgsCoordinateReferenceSystem | None = None,
    name: str | None = None,
) -> LayerData:
    """Read base units for :func:`unit_zone_shares`: polygons with their geometries, points (or lines) as x/y."""
    polygons = QgsWkbTypes.geometryType(source.wkbType()) == QgsWkbTypes.GeometryType.PolygonGeometry
    return read_layer(
        source, fields, context=context, feedback=feedback, geometry="geometry" if polygons else "xy", crs=crs, name=name
    )


def _representative_point(geometry: QgsGeometry, point: str) -> tuple[float, float]:
    if QgsWkbTypes.geometryType(geometry.wkbType()) == QgsWkbTypes.GeometryType.PointGeometry and not geometry.isMultipart():
        p = geometry.asPoint()
        return p.x(), p.y()
    centre = geometry.pointOnSurface() if point == "surface" else geometry.centroid()
    p = centre.asPoint()
    return p.x(), p.y()


def _column(values: list) -> object:
    """Turn raw attribute values into a numpy/pandas-friendly column."""
    converted = [python_value(v) if isinstance(v, (QVariant, QDate, QDateTime, QTime)) else v for v in values]
    return pd.Series(converted, dtype=object).infer_objects()


def line_coordinates(geometries: Sequence[QgsGeometry | None]) -> tuple[np.ndarray, list[np.ndarray]]:
    """Vertices of every part of every line geometry.

    Returns ``(owner, parts)``: ``parts[k]`` is an ``(m, 2)`` array of the
    k-th single line, ``owner[k]`` the index of the geometry it came from.
    Multi-part lines give several parts; NULL geometries give none.
    """
    owner: list[int] = []
    parts: list[np.ndarray] = []
    for index, geometry in enumerate(geometries):
        if geometry is None or geometry.isNull():
            continue
        lines = geometry.asMultiPolyline() if geometry.isMultipart() else [geometry.asPolyline()]
        for line in lines:
            if len(line) < 2:
                continue
            owner.append(index)
            parts.append(np.array([(p.x(), p.y()) for p in line], dtype=float))
    return np.asarray(owner, dtype=np.int64), parts


# -- spatial assignment ------------------------------------------------------
def point_zone_pairs(
    xy: np.ndarray, zones: Sequence[QgsGeometry | None], *, feedback: EngineFeedback | None = None
) -> tuple[np.ndarray, np.ndarray]:
    """Every (point, zone) pair where the zone contains or touches the point.

    Unlike :func:`zones_containing`, a point inside several overlapping zones
    (catchments, clusters) is paired with each of them. Points are sorted by
    x once; each zone, prepared once, tests only the points of its bounding
    box (found by binary search). Points and zones must share a CRS.
    Returns ``(point_indices, zone_indices)``, sorted by zone.
    """
    xy = np.asarray(xy, dtype=float).reshape(-1, 2)
    usable = np.flatnonzero(~np.isnan(xy).any(axis=1))
    by_x = usable[np.argsort(xy[usable, 0], kind="stable")]
    xs = xy[by_x, 0]
    points: list[np.ndarray] = []
    owners: list[np.ndarray] = []
    for zone_index, zone in enumerate(zones):
        if feedback is not None:
            feedback.check()
        if zone is None or zone.isNull() or zone.isEmpty():
            continue
        box = zone.boundingBox()
        start = np.searchsorted(xs, box.xMinimum(), side="left")
        stop = np.searchsorted(xs, box.xMaximum(), side="right")
        candidates = by_x[start:stop]
        candidates = candidates[(xy[candidates, 1] >= box.yMinimum()) & (xy[candidates, 1] <= box.yMaximum())]
        if candidates.size == 0:
            continue
        engine = QgsGeometry.createGeometryEngine(zone.constGet())
        engine.prepareGeometry()
        inside = np.fromiter(
            (engine.intersects(QgsPoint(xy[i, 0], xy[i, 1])) for i in candidates), dtype=bool, count=candidates.size
        )
        points.append(candidates[inside])
        owners.append(np.full(int(inside.sum()), zone_index, dtype=np.int64))
    if not points:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    return np.concatenate(points).astype(np.int64), np.concatenate(owners)


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


def read_polygons(
    source, crs: QgsCoordinateReferenceSystem, *, context=None, feedback: EngineFeedback | None = None
) -> list[QgsGeometry]:
    """The non-empty geometries of a polygon source (e.g. an area, or its selection) in ``crs``."""
    data = read_layer(source, (), context=context, feedback=feedback, geometry="geometry", crs=crs)
    return [g for g in data.geometries if g is not None]


# -- writing -----------------------------------------------------------------
def field_kind(series: pd.Series) -> str:
    """The QGIS field kind (see :func:`compat.field_type`) suited to a column."""
    dtype = series.dtype
    if pd.api.types.is_bool_dtype(dtype):
        return "bool"
    if pd.api.types.is_integer_dtype(dtype):
        values = series.dropna()
        if len(values) and (values.max() > 2**31 - 1 or values.min() < -(2**31)):
            return "longlong"
        return "int"
    if pd.api.types.is_float_dtype(dtype):
        return "double"
    if pd.api.types.is_datetime64_any_dtype(dtype):
        return "datetime"
    sample = series.dropna()
    if len(sample):
        first = sample.iloc[0]
        if isinstance(first, (bool, np.bool_)):
            return "bool"
        if isinstance(first, _dt.datetime):
            return "datetime"
        if isinstance(first, _dt.date):
            return "date"
        if isinstance(first, (int, np.integer)) and all(isinstance(v, (int, np.integer)) for v in sample):
            return "longlong"
        if isinstance(first, (float, np.floating, int, np.integer)) and all(
            isinstance(v, (int, float, np.integer, np.floating)) for v in sample
        ):
            return "double"
    return "string"


def fields_for_frame(frame: pd.DataFrame, kinds: dict[str, str] | None = None) -> QgsFields:
    """QgsFields for the columns of ``frame`` (``kinds`` overrides the guessed kind)."""
    kinds = kinds or {}
    fields = QgsFields()
    for column in frame.columns:
        kind = kinds.get(column) or field_kind(frame[column])
        fields.append(QgsField(str(column), field_type(kind)))
    return fields


def qgis_value(value):
    """A Python/numpy value as something a QgsFeature attribute accepts (NaN → NULL)."""
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, (np.bool_,)):
        return bool(value)
    if isinstance(value, np.integer):
        return int(value)
    if isinstance(value, (float, np.floating)):
        return None if math.isnan(value) else float(value)
    if isinstance(value, pd.Timestamp):
        return QDateTime(value.to_pydatetime())
    if isinstance(value, _dt.datetime):
        return QDateTime(value)
    if isinstance(value, _dt.date):
        return QDate(value)
    return value


def create_sink(
    algorithm,
    parameters,
    name: str,
    context,
    fields: QgsFields,
    wkb_type=QgsWkbTypes.Type.NoGeometry,
    crs: QgsCoordinateReferenceSystem | None = None,
):
    """``parameterAsSink`` that raises Processing's standard error when the sink cannot be made."""
    sink, dest_id = algorithm.parameterAsSink(parameters, name, context, fields, wkb_type, crs or QgsCoordinateReferenceSystem())
    if sink is None:
        raise QgsProcessingException(algorithm.invalidSinkError(parameters, name))
    return sink, dest_id


def write_features(
    sink,
    frame: pd.DataFrame,
    fields: QgsFields,
    geometries: Sequence[QgsGeometry | None] | None = None,
    feedback: EngineFeedback | None = None,
) -> int:
    """Add one feature per row of ``frame`` (and geometry) to ``sink``; return the count."""
    columns = [frame[name].to_numpy(dtype=object) for name in fields.names()]
    total = len(frame)
    step = max(1, total // 50)
    for row in range(total):
        if feedback is not None and row % step == 0:
            feedback.check()
        feature = QgsFeature(fields)
        feature.setAttributes([qgis_value(column[row]) for column in columns])
        if geometries is not None and geometries[row] is not None:
            feature.setGeometry(geometries[row])
        if not sink.addFeature(feature, QgsFeatureSink.Flag.FastInsert):
            error = sink.lastError() if hasattr(sink, "lastError") else ""
            raise QgsProcessingException(
                tr("Could not write feature {row} of the output: {error}").format(row=row + 1, error=error)
            )
    return total


def write_frame(
    algorithm,
    parameters,
    name: str,
    context,
    frame: pd.DataFrame,
    *,
    geometries: Sequence[QgsGeometry | None] | None = None,
    wkb_type=QgsWkbTypes.Type.NoGeometry,
    crs: QgsCoordinateReferenceSystem | None = None,
    kinds: dict[str, str] | None = None,
    feedback: EngineFeedback | None = None,
) -> str:
    """Write ``frame`` (and optional geometries) to the sink parameter ``name``; return its id."""
    fields = fields_for_frame(frame, kinds)
    sink, dest_id = create_sink(algorithm, parameters, name, context, fields, wkb_type, crs)
    write_features(sink, frame, fields, geometries, feedback)
    if hasattr(sink, "finalize"):
        sink.finalize()
    return dest_id


# -- geometry constructors ---------------------------------------------------
def points_from_xy(xy: np.ndarray) -> list[QgsGeometry | None]:
    """Point geometries from an ``(n, 2)`` array (NaN rows give None)."""
    return [
        None if np.isnan(x) or np.isnan(y) else QgsGeometry(QgsPoint(float(x), float(y)))
        for x, y in np.asarray(xy, dtype=float).reshape(-1, 2)
    ]


def lines_from_coordinates(lines: Iterable[np.ndarray | None]) -> list[QgsGeometry | None]:
    """Line geometries from ``(m, 2)`` coordinate arrays (None or < 2 vertices give None)."""
    result = []
    for coordinates in lines:
        if coordinates is None or len(coordinates) < 2:
            result.append(None)
            continue
        array = np.asarray(coordinates, dtype=float)
        result.append(QgsGeometry(QgsLineString(array[:, 0].tolist(), array[:, 1].tolist())))
    return result


class LayerSnapshot:
    """What :func:`read_layer` needs from a vector layer, safe to read in a background task.

    Made on the main thread: it copies the fields, CRS and geometry type and
    takes a ``QgsVectorLayerFeatureSource`` (a thread-safe copy of the
    layer's data, edits included), so a ``QgsTask`` can read the layer even
    if the user edits or removes it meanwhile.
    """

    def __init__(self, layer) -> None:
        from qgis.core import QgsVectorLayerFeatureSource

        self._source = QgsVectorLayerFeatureSource(layer)
        self._fields = QgsFields(layer.fields())
        self._crs = QgsCoordinateReferenceSystem(layer.crs())
        self._wkb_type = layer.wkbType()
        self._count = layer.featureCount()
        self._name = layer.name()

    def fields(self) -> QgsFields:
        return self._fields

    def sourceCrs(self) -> QgsCoordinateReferenceSystem:  # noqa: N802 - mirrors QgsFeatureSource
        return self._crs

    def wkbType(self):  # noqa: N802
        return self._wkb_type

    def featureCount(self) -> int:  # noqa: N802
        return self._count

    def sourceName(self) -> str:  # noqa: N802
        return self._name

    def getFeatures(self, request=None):  # noqa: N802
        return self._source.getFeatures(request or QgsFeatureRequest())


# -- zones, outlines and rasters (survey clusters) ---------------------------
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


def write_raster(
    path: str,
    values: np.ndarray,
    *,
    x0: float,
    y0: float,
    cell: float,
    crs: QgsCoordinateReferenceSystem,
    description: str | None = None,
) -> str:
    """Write a single-band float GeoTIFF; ``values`` is ``(rows, columns)`` with row 0 the southern row.

    ``description`` names the band (QGIS shows it in the layer's legend and properties).
    """
    from osgeo import gdal

    rows, columns = values.shape
    driver = gdal.GetDriverByName("GTiff")
    dataset = driver.Create(str(path), int(columns), int(rows), 1, gdal.GDT_Float32, options=["COMPRESS=DEFLATE"])
    if dataset is None:
        raise QgsProcessingException(tr("Could not write the raster {path}.").format(path=path))
    dataset.SetGeoTransform((x0, cell, 0.0, y0 + rows * cell, 0.0, -cell))
    dataset.SetProjection(crs.toWkt())
    band = dataset.GetRasterBand(1)
    if description:
        band.SetDescription(description)
    band.WriteArray(np.flipud(np.asarray(values, dtype=np.float32)))
    band.FlushCache()
    dataset = None  # closes the file
    return str(path)


def segments_from_xy(start_xy: np.ndarray, end_xy: np.ndarray) -> list[QgsGeometry | None]:
    """Straight two-point lines from ``start_xy[k]`` to ``end_xy[k]`` (NaN rows give None)."""
    start = np.asarray(start_xy, dtype=float).reshape(-1, 2)
    end = np.asarray(end_xy, dtype=float).reshape(-1, 2)
    return lines_from_coordinates(
        None if np.isnan(a).any() or np.isnan(b).any() else np.vstack([a, b]) for a, b in zip(start, end)
    )


# -- road networks -------------------------------------------------------------
#: Columns of a line layer that the network builder reads when they exist (OpenStreetMap through GDAL).
NETWORK_TAG_FIELDS = (
    "maxspeed",
    "oneway",
    "junction",
    "access",
    "foot",
    "bicycle",
    "motor_vehicle",
    "motorcar",
    "bridge",
    "tunnel",
    "layer",
    "oneway:bicycle",
    "other_tags",
)
_LAYER_CHANGES: dict[str, int] = {}


@dataclass
class NetworkLines:
    """A line layer read for :func:`engine.network.build.build_network`."""

    parts: LineParts
    owner: np.ndarray
    attributes: pd.DataFrame
    source_ids: np.ndarray
    crs: QgsCoordinateReferenceSystem
    source_crs: QgsCoordinateReferenceSystem
    missing_geometry: list[int]


def read_network_lines(
    source,
    *,
    class_field: str | None,
    speed_field: str | None,
    direction_field: str | None,
    context=None,
    feedback: EngineFeedback | None = None,
    name: str | None = None,
    layer=None,
) -> NetworkLines:
    """Vertices of every line part in a projected working CRS, and the attributes the builder understands.

    The chosen class, speed and direction fields become the columns
    ``highway``, ``speed`` and ``direction``; OSM tag fields
    (:data:`NETWORK_TAG_FIELDS`, including GDAL's ``other_tags``) are read
    when the layer has them.
    """
    names = source.fields().names()
    tags = [f for f in NETWORK_TAG_FIELDS if f in names and f not in (class_field, speed_field, direction_field)]
    wanted = [f for f in dict.fromkeys([class_field, speed_field, direction_field, *tags]) if f]
    indices = require_fields(source, wanted, layer_name=name or source_name(source))
    work = working_crs(source.sourceCrs(), source.sourceExtent(), transform_context(context))
    request = QgsFeatureRequest()
    request.setSubsetOfAttributes(indices)
    if work != source.sourceCrs() and source.sourceCrs().isValid():
        request.setDestinationCrs(work, transform_context(context))
    fids, rows, blobs, missing = [], [], [], []
    fast = _read_ogr_arrow(layer, wanted) if layer is not None and work == source.sourceCrs() else None
    features = source.getFeatures(request) if fast is None else []
    if fast is not None:
        fids, values, blobs, missing = fast
    for feature in with_progress(features, source.featureCount(), feedback):
        fids.append(feature.id())
        attributes = feature.attributes()
        rows.append([attributes[i] for i in indices])
        geometry = feature.geometry()
        if geometry is None or geometry.isNull() or geometry.isEmpty():
            missing.append(feature.id())
            blobs.append(None)
            continue
        if QgsWkbTypes.isCurvedType(geometry.wkbType()):
            geometry = QgsGeometry(geometry.constGet().segmentize())
        blobs.append(bytes(geometry.asWkb()))
    owner, parts = lines_from_wkb(blobs)
    if fast is None:
        columns = list(zip(*rows)) if rows else [[] for _ in wanted]
        values = {field_name: _column(list(column)) for field_name, column in zip(wanted, columns)}
    frame = pd.DataFrame({tag: values[tag] for tag in tags}, index=range(len(fids)))
    for field_name, column in ((class_field, "highway"), (speed_field, "speed"), (direction_field, "direction")):
        if field_name:
            frame[column] = values[field_name].to_numpy(dtype=object)
    return NetworkLines(
        parts=parts,
        owner=owner,
        attributes=frame,
        source_ids=np.asarray(fids, dtype=np.int64),
        crs=work,
        source_crs=source.sourceCrs(),
        missing_geometry=missing,
    )


def _read_ogr_arrow(layer, wanted: list[str]):
    """Read an unedited, unfiltered OGR file layer in bulk with GDAL's Arrow stream (GDAL ≥ 3.6), else None.

    Returns (fids, a column per wanted attribute, WKB blobs, fids without geometry), several times faster on
    large layers than the feature loop of :func:`read_network_lines`. The columns are what :func:`_column` makes
    of the same values: numbers stay numeric (with NaN for NULL), text is decoded with None for NULL.
    """
    try:
        from osgeo import ogr
        from qgis.core import QgsProviderRegistry
    except ImportError:
        return None
    if layer.providerType() != "ogr" or layer.isModified() or layer.isEditable() or layer.subsetString():
        return None
    parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
    try:
        data = ogr.Open(parts.get("path", ""))
        if data is None:
            return None
        ogr_layer = (
            data.GetLayerByName(parts["layerName"]) if parts.get("layerName") else data.GetLayer(int(parts.get("layerId") or 0))
        )
        if ogr_layer is None or not hasattr(ogr_layer, "GetArrowStreamAsNumPy"):
            return None
        names = [ogr_layer.GetLayerDefn().GetFieldDefn(i).GetName() for i in range(ogr_layer.GetLayerDefn().GetFieldCount())]
        ogr_layer.SetIgnoredFields([n for n in names if n not in wanted])
        geometry_name = ogr_layer.GetGeometryColumn() or "wkb_geometry"
        fids, columns, blobs = [], {n: [] for n in wanted}, []
        for batch in ogr_layer.GetArrowStreamAsNumPy(options=["USE_MASKED_ARRAYS=YES"]):
            fids.append(np.asarray(batch["fid"], dtype=np.int64))
            blobs.extend(batch[geometry_name].tolist())
            for n in wanted:
                columns[n].append(batch[n])
        ogr_layer.SetIgnoredFields([])
    except (RuntimeError, KeyError, ValueError, TypeError):
        return None
    fids = np.concatenate(fids).tolist() if fids else []
    if len(fids) != layer.featureCount():
        return None
    # bytes as they come (empty ones: None); other buffers copied to bytes
    blobs = [(b or None) if b.__class__ is bytes else (bytes(b) or None if b is not None else None) for b in blobs]
    missing = [f for f, b in zip(fids, blobs) if b is None]
    return fids, {n: _arrow_column(columns[n]) for n in wanted}, blobs, missing


def _arrow_column(batches: list) -> pd.Series:
    """One attribute from the Arrow batches (masked arrays) as :func:`_column` makes it from the same values."""
    if not batches:
        return pd.Series([], dtype=object)
    data = np.concatenate([np.ma.getdata(b) for b in batches])
    mask = np.concatenate([np.ma.getmaskarray(b) for b in batches])
    if data.dtype.kind in "iuf":
        if mask.any():
            return pd.Series(np.where(mask, np.nan, data.astype(float)))
        return pd.Series(data)
    values = data.astype(object)
    values[mask] = None
    return _column([v.decode("utf-8") if isinstance(v, bytes) else v for v in values])


def lines_from_wkb(blobs: Sequence[bytes | None]) -> tuple[np.ndarray, LineParts]:
    """The owner (index in ``blobs``) and x/y of every single line of WKB (Multi)LineStrings (with or without Z/M).

    Lines with fewer than two vertices are left out; decoded with numpy.
    """
    import struct

    fast = _simple_lines_from_wkb(blobs)
    if fast is not None:
        return fast
    owner: list[int] = []
    parts: list[np.ndarray] = []

    def line(blob, position):
        endian = "<" if blob[position] == 1 else ">"
        kind, count = struct.unpack_from(endian + "II", blob, position + 1)
        dims = (
            {0: 2, 1: 3, 2: 3, 3: 4}[(kind % 0x20000000) // 1000 if kind < 0x20000000 else 0]
            + (1 if kind & 0x80000000 else 0)
            + (1 if kind & 0x40000000 else 0)
        )
        array = np.frombuffer(blob, dtype=endian + "f8", count=count * dims, offset=position + 9)
        return array.reshape(count, dims)[:, :2], position + 9 + 8 * count * dims

    for index, blob in enumerate(blobs):
        if blob is None:
            continue
        endian = "<" if blob[0] == 1 else ">"
        kind = struct.unpack_from(endian + "I", blob, 1)[0] % 1000
        if kind == 2:
            lines = [line(blob, 0)[0]]
        elif kind == 5:
            position, lines = 9, []
            for _ in range(struct.unpack_from(endian + "I", blob, 5)[0]):
                coordinates, position = line(blob, position)
                lines.append(coordinates)
        else:
            continue
        for coordinates in lines:
            if len(coordinates) >= 2:
                owner.append(index)
                parts.append(np.array(coordinates, dtype=float))
    return np.asarray(owner, dtype=np.int64), LineParts.from_arrays(parts)


def _simple_lines_from_wkb(blobs: Sequence[bytes | None]) -> tuple[np.ndarray, LineParts] | None:
    """All-2D little-endian LineStrings decoded in one go (the common case); None for anything else."""
    if None in blobs:
        present = [i for i, b in enumerate(blobs) if b is not None]
        blobs = [blobs[i] for i in present]
    else:
        present = range(len(blobs))
    if not blobs:
        return np.zeros(0, dtype=np.int64), LineParts.from_arrays([])
    data = b"".join(blobs)
    sizes = np.fromiter(map(len, blobs), dtype=np.int64, count=len(blobs))
    starts = np.concatenate([[0], np.cumsum(sizes)[:-1]])
    raw = np.frombuffer(data, dtype=np.uint8)
    header = raw[starts[:, None] + np.arange(9)]
    kinds = header[:, 1:5].copy().view("<u4").ravel()
    counts = header[:, 5:9].copy().view("<u4").ravel().astype(np.int64)
    if (header[:, 0] != 1).any() or (kinds != 2).any() or (sizes != 9 + 16 * counts).any():
        return None
    coordinates = np.frombuffer(data, dtype=np.uint8)
    point_starts = np.repeat(starts + 9, counts) + 16 * ranges(0, counts)
    xy = coordinates[point_starts[:, None] + np.arange(16)].copy().view("<f8").reshape(-1, 2)
    keep = counts >= 2
    if not keep.all():
        xy = xy[np.repeat(keep, counts)]
    return np.asarray(present, dtype=np.int64)[keep], LineParts(xy, np.concatenate([[0], np.cumsum(counts[keep])]))


def _count_change(layer_id: str) -> None:
    _LAYER_CHANGES[layer_id] = _LAYER_CHANGES.get(layer_id, 0) + 1


def layer_state(layer) -> str:
    """Text that changes whenever the layer's data may have changed (for cache keys).

    File-based layers: the path, size and modification time of the file.
    Every layer: its source, feature count, extent, whether it has
    uncommitted edits (and the undo position), and a counter of its data
    provider's ``dataChanged`` signal (memory layers, edits committed).
    """
    import os

    parts = [layer.source(), str(layer.featureCount()), layer.extent().toString(6), str(layer.isModified())]
    path = layer.source().split("|")[0]
    if os.path.isfile(path):
        stat = os.stat(path)
        parts += [str(stat.st_size), str(stat.st_mtime_ns)]
        for suffix in ("-wal", "-journal"):
            if os.path.isfile(path + suffix):
                parts.append(str(os.stat(path + suffix).st_mtime_ns))
    if layer.isEditable():
        parts.append(str(layer.undoStack().index()))
    provider = layer.dataProvider()
    layer_id = layer.id()
    if layer_id not in _LAYER_CHANGES:
        _LAYER_CHANGES[layer_id] = 0
        layer.dataChanged.connect(lambda: _count_change(layer_id))
        if provider is not None:
            provider.dataChanged.connect(lambda: _count_change(layer_id))
    parts.append(str(_LAYER_CHANGES.get(layer.id(), 0)))
    return "|".join(parts)


def crs_of_network(network) -> QgsCoordinateReferenceSystem:
    """The (projected) CRS a network's coordinates are in."""
    text = network.meta.get("crs", "")
    crs = (
        QgsCoordinateReferenceSystem.fromWkt(text)
        if text.startswith(("PROJCRS", "PROJCS", "GEOG", "COMPOUND"))
        else QgsCoordinateReferenceSystem(text)
    )
    return crs


def _wkb_headers(kind: int, counts: np.ndarray) -> np.ndarray:
    """9-byte little-endian WKB headers (byte order, geometry type ``kind``, number of points or parts), one a row."""
    header = np.zeros((len(counts), 9), dtype=np.uint8)
    header[:, 0] = 1
    header[:, 1] = kind
    header[:, 5:9] = np.asarray(counts).astype("<u4").view(np.uint8).reshape(-1, 4)
    return header


def _linestring_wkb(xy: np.ndarray, offsets: np.ndarray, bounds: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """WKB of every part ``xy[offsets[i]:offsets[i+1]]`` in one buffer, and each part's byte offsets.

    With ``bounds``, parts ``bounds[g]`` to ``bounds[g + 1] - 1`` are one
    MultiLineString: its 9-byte header goes in front of its first part and
    the offsets returned are those of the groups (each a whole WKB).
    Headers are written at their places and the coordinates into every
    other byte of the buffer (one boolean-mask assignment).
    """
    counts = np.diff(offsets).astype(np.int64)
    n_parts = len(counts)
    base = 16 * (offsets - offsets[0]) + 9 * np.arange(n_parts + 1)  # parts' bytes before each part (and the end)
    part_start = base[:-1]
    positions, values = [part_start], [_wkb_headers(2, counts)]  # LineString
    if bounds is not None:
        bounds = np.asarray(bounds, dtype=np.int64)
        n_groups = len(bounds) - 1
        part_start = part_start + 9 * (np.repeat(np.arange(n_groups), np.diff(bounds)) + 1)
        group_start = base[bounds] + 9 * np.arange(n_groups + 1)  # the last: the end of the buffer
        positions = [part_start, group_start[:-1]]
        values.append(_wkb_headers(5, np.diff(bounds)))  # MultiLineString
    total = int(base[-1]) + (0 if bounds is None else 9 * (len(bounds) - 1))
    header_bytes = np.concatenate([(p[:, None] + np.arange(9)).ravel() for p in positions])
    buffer = np.empty(total, dtype=np.uint8)
    buffer[header_bytes] = np.concatenate([v.ravel() for v in values])
    is_coordinate = np.ones(total, dtype=bool)
    is_coordinate[header_bytes] = False
    buffer[is_coordinate] = np.ascontiguousarray(xy[offsets[0] : offsets[-1]], dtype="<f8").view(np.uint8).ravel()
    return buffer, (np.append(part_start, total) if bounds is None else group_start)


def lines_from_flat(xy: np.ndarray, offsets: np.ndarray) -> list[QgsGeometry]:
    """One LineString per part of flat vertex arrays (``xy[offsets[i]:offsets[i+1]]``)."""
    return _geometries_from_buffer(*_linestring_wkb(xy, offsets))


def _geometries_from_buffer(buffer: np.ndarray, starts: np.ndarray) -> list[QgsGeometry]:
    """One geometry per WKB ``buffer[starts[i]:starts[i + 1]]``."""
    data = memoryview(buffer)
    made = []
    for low, high in zip(starts[:-1].tolist(), starts[1:].tolist()):
        geometry = QgsGeometry()
        geometry.fromWkb(data[low:high].tobytes())
        made.append(geometry)
    return made


def multilines_from_flat(xy: np.ndarray, offsets: np.ndarray, groups: Sequence[np.ndarray]) -> list[QgsGeometry]:
    """One MultiLineString per group of parts (``groups[g]`` lists part numbers)."""
    order = np.concatenate([np.asarray(g, dtype=np.int64) for g in groups]) if groups else np.zeros(0, np.int64)
    bounds = np.zeros(len(groups) + 1, dtype=np.int64)
    np.cumsum([len(g) for g in groups], out=bounds[1:])
    if len(order) == len(offsets) - 1 and (order == np.arange(len(order))).all():
        return multilines_from_bounds(xy, offsets, bounds)  # groups already in order: no copy
    counts = np.diff(offsets)[order]
    point_index = ranges(offsets[:-1][order], counts)
    new_offsets = np.zeros(len(order) + 1, dtype=np.int64)
    np.cumsum(counts, out=new_offsets[1:])
    return multilines_from_bounds(xy[point_index], new_offsets, bounds)


#: Vertices from which multi-lines are written in chunks, each chunk's WKB by a worker thread.
THREADED_VERTICES = 200_000


def multilines_from_bounds(xy: np.ndarray, offsets: np.ndarray, bounds: np.ndarray) -> list[QgsGeometry]:
    """One MultiLineString per group of consecutive parts: group ``g`` is parts ``bounds[g]`` to ``bounds[g + 1] - 1``.

    The WKB of every group is written with numpy at once (:func:`_linestring_wkb`); only one geometry object per
    group is made. Many vertices are split into chunks of groups: a second thread writes the WKB of the next
    chunks (numpy lets go of Python's lock while it copies) while QGIS reads the geometries of the first.
    """
    from concurrent.futures import ThreadPoolExecutor

    bounds = np.asarray(bounds, dtype=np.int64)
    if len(bounds) < 2:
        return []
    xy, offsets = np.asarray(xy, dtype=float), np.asarray(offsets, dtype=np.int64)

    def chunk_wkb(low: int, high: int) -> tuple[np.ndarray, np.ndarray]:
        """WKB of groups ``low`` to ``high - 1``."""
        first, last = bounds[low], bounds[high]
        return _linestring_wkb(xy, offsets[first : last + 1], bounds[low : high + 1] - first)

    n_groups = len(bounds) - 1
    vertices = int(offsets[bounds[-1]] - offsets[bounds[0]])
    if vertices < THREADED_VERTICES or n_groups < 2:
        return _geometries_from_buffer(*chunk_wkb(0, n_groups))
    # four chunks of about equal numbers of vertices
    cumulative = offsets[bounds] - offsets[bounds[0]]
    cuts = np.unique(np.concatenate([[0], np.searchsorted(cumulative, vertices * np.arange(1, 4) / 4.0), [n_groups]]))
    with ThreadPoolExecutor(max_workers=2) as pool:
        chunks = [pool.submit(chunk_wkb, low, high) for low, high in zip(cuts[:-1].tolist(), cuts[1:].tolist())]
        return [geometry for chunk in chunks for geometry in _geometries_from_buffer(*chunk.result())]


def polygon_from_rings(rings: Sequence[np.ndarray], areas: Sequence[float]) -> QgsGeometry | None:
    """A (multi)polygon from closed rings: counter-clockwise rings are outer boundaries, clockwise ones holes."""
    import struct

    def polygons(sign):
        chosen = [ring for ring, area in zip(rings, areas) if area * sign > 0]
        if not chosen:
            return []
        offsets = np.concatenate([[0], np.cumsum([len(r) for r in chosen])])
        buffer, starts = _linestring_wkb(np.concatenate(chosen), offsets)
        data = buffer.tobytes()
        made = []
        for i in range(len(chosen)):
            geometry = QgsGeometry()  # a polygon's ring is a line string's WKB without byte order and type
            geometry.fromWkb(struct.pack("<BII", 1, 3, 1) + data[starts[i] + 5 : starts[i + 1]])
            made.append(geometry if geometry.isGeosValid() else geometry.makeValid())
        return made

    outers, holes = polygons(1), polygons(-1)
    if not outers:
        return None
    polygon = QgsGeometry.unaryUnion(outers) if len(outers) > 1 else outers[0]
    if holes:
        polygon = polygon.difference(QgsGeometry.unaryUnion(holes) if len(holes) > 1 else holes[0])
    return polygon


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


def output_crs(network, default: QgsCoordinateReferenceSystem) -> QgsCoordinateReferenceSystem:
    """The CRS of the layer a network was built from (else ``default``), for writing its edges."""
    text = network.meta.get("source_crs", "")
    crs = QgsCoordinateReferenceSystem.fromWkt(text) if text else QgsCoordinateReferenceSystem()
    return crs if crs.isValid() else default


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
      a grid of cells a sixth of the width (engine
      :func:`~engine.accessibility.catchments.grid_buffer_rings`, differs from the exact
      buffer by less than a cell), then simplified (Douglas-Peucker) by
      three quarters of a cell;
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
            result.append(polygon.simplify(width / 8.0).makeValid() if polygon is not None else None)
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
