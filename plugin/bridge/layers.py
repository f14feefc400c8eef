"""Reading vector layers and feature sources into DataFrames for the engine.

:func:`read_layer` reads chosen fields (and the features' points or
geometries, in a working CRS when asked) into a :class:`LayerData`;
:class:`LayerSnapshot` lets a background task read a layer of the project;
:func:`layer_state` tells when a layer's data may have changed (cache keys).
"""

from __future__ import annotations

import math
import os
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsFeatureRequest,
    QgsFields,
    QgsGeometry,
    QgsProcessingException,
    QgsProviderRegistry,
    QgsWkbTypes,
)

try:
    import pandas as pd
except ImportError:  # the plugin still loads; algorithms refuse to run (see engine.dependencies)
    pd = None

from ...engine.i18n import format_count, format_examples
from .crs import check_layer_crs, transform_context
from .feedback import EngineFeedback, with_progress
from .i18n import tr
from .threads import on_main_thread
from .values import attribute_column, python_value


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
    feedback: EngineFeedback | None,
    context=None,
    geometry: str = "none",
    crs: QgsCoordinateReferenceSystem | None = None,
    point: str = "centroid",
    name: str | None = None,
    required: bool = False,
) -> LayerData:
    """Read ``fields`` of every feature of ``source`` into a :class:`LayerData`.

    ``feedback`` (required, so that no caller forgets it) checks for cancellation and receives
    the warnings: features without geometry, polygons repaired, a doubtful CRS (None: nowhere).
    ``required``: a layer without features (or with none selected) is refused, naming it.

    ``geometry`` is ``"none"`` (attributes only), ``"xy"`` (``x``/``y``
    columns: the point itself, or the centroid / point on surface of lines
    and polygons, as ``point`` says) or ``"geometry"`` (``xy`` plus a copy
    of every geometry). Coordinates are in ``crs`` when given (e.g. the
    :func:`working_crs`), else in the source's CRS.
    """
    layer_name = name or source_name(source)
    wanted = [f for f in dict.fromkeys(f for f in fields if f)]
    indices = require_fields(source, wanted, layer_name=layer_name)
    if geometry != "none":
        check_layer_crs(source, layer_name, feedback)
    source_crs = source.sourceCrs()
    target_crs = crs if crs is not None and crs.isValid() else source_crs
    request = feature_request(source, indices, target_crs, context, geometry=geometry != "none")
    total = source.featureCount() if hasattr(source, "featureCount") else -1
    rows = _read_rows(with_progress(source.getFeatures(request), total, feedback), indices, geometry, point)

    if rows.missing and feedback is not None:
        feedback.warn(
            tr("{n} features of {layer} have no geometry (NULL or empty) and are left out: features {examples}.").format(
                n=format_count(len(rows.missing)), layer=layer_name, examples=format_examples(rows.missing)
            )
        )
    if rows.repaired and feedback is not None:
        feedback.warn(
            tr(
                "{n} features of {layer} have invalid polygons (crossing themselves, like a bow-tie) and were "
                "repaired before use (Make valid): features {examples}. Check them, or fix them with Fix geometries."
            ).format(n=format_count(len(rows.repaired)), layer=layer_name, examples=format_examples(rows.repaired))
        )
    if required and not rows.fids:
        raise QgsProcessingException(
            tr(
                "The layer {layer} has no features (or, with Selected features only, none is selected): give a "
                "layer with at least one feature."
            ).format(layer=layer_name)
        )
    data = {"fid": np.asarray(rows.fids, dtype=np.int64)}
    for name_, column in zip(wanted, rows.columns):
        data[name_] = attribute_column(column)
    if geometry != "none":
        data["x"] = np.asarray(rows.xs, dtype=float)
        data["y"] = np.asarray(rows.ys, dtype=float)
    frame = pd.DataFrame(data)
    return LayerData(
        name=layer_name,
        frame=frame,
        crs=target_crs,
        source_crs=source_crs,
        geometries=rows.geometries if geometry == "geometry" else None,
        missing_geometry=rows.missing,
        wkb_type=source.wkbType(),
    )


def feature_request(
    source, indices: list[int], crs: QgsCoordinateReferenceSystem, context=None, *, geometry: bool = True
) -> QgsFeatureRequest:
    """A request for the attributes ``indices`` of ``source`` and its geometries in ``crs`` (or no geometries)."""
    request = QgsFeatureRequest()
    request.setSubsetOfAttributes(indices)
    if not geometry:
        request.setFlags(QgsFeatureRequest.Flag.NoGeometry)
    elif crs != source.sourceCrs() and source.sourceCrs().isValid():
        request.setDestinationCrs(crs, transform_context(context))
    return request


@dataclass
class _Rows:
    """What :func:`read_layer` collects from the features, one entry per feature in each list.

    ``columns`` holds one list of raw values per attribute read; ``geometries`` and ``missing``
    are filled only when geometries are read.
    """

    columns: list[list]
    fids: list[int] = field(default_factory=list)
    xs: list[float] = field(default_factory=list)
    ys: list[float] = field(default_factory=list)
    geometries: list[QgsGeometry | None] = field(default_factory=list)
    missing: list[int] = field(default_factory=list)
    repaired: list[int] = field(default_factory=list)


def _read_rows(features: Iterable, indices: list[int], geometry: str, point: str) -> _Rows:
    """The ids, attributes ``indices`` and (unless ``geometry`` is ``"none"``) points and geometries of ``features``."""
    rows = _Rows(columns=[[] for _ in indices])
    for feature in features:
        rows.fids.append(feature.id())
        attributes = feature.attributes()
        for column, index in zip(rows.columns, indices):
            column.append(attributes[index])
        if geometry != "none":
            geom = feature.geometry()
            if geom is None or geom.isNull() or geom.isEmpty():
                rows.missing.append(feature.id())
                rows.xs.append(math.nan)
                rows.ys.append(math.nan)
                rows.geometries.append(None)
                continue
            if geom.type() == QgsWkbTypes.GeometryType.PolygonGeometry and not geom.isGeosValid():
                geom = geom.makeValid()  # a bow-tie would otherwise have no area
                rows.repaired.append(feature.id())
            x, y = _representative_point(geom, point)
            rows.xs.append(x)
            rows.ys.append(y)
            if geometry == "geometry":
                rows.geometries.append(QgsGeometry(geom))
    return rows


def read_units(
    source,
    fields: Sequence[str | None] = (),
    *,
    feedback: EngineFeedback | None,
    context=None,
    crs: QgsCoordinateReferenceSystem | None = None,
    name: str | None = None,
    required: bool = False,
) -> LayerData:
    """Read base units for :func:`unit_zone_shares`: polygons with their geometries, points (or lines) as x/y."""
    polygons = QgsWkbTypes.geometryType(source.wkbType()) == QgsWkbTypes.GeometryType.PolygonGeometry
    return read_layer(
        source,
        fields,
        context=context,
        feedback=feedback,
        geometry="geometry" if polygons else "xy",
        crs=crs,
        name=name,
        required=required,
    )


def _representative_point(geometry: QgsGeometry, point: str) -> tuple[float, float]:
    if QgsWkbTypes.geometryType(geometry.wkbType()) == QgsWkbTypes.GeometryType.PointGeometry and not geometry.isMultipart():
        p = geometry.asPoint()
        return p.x(), p.y()
    centre = geometry.pointOnSurface() if point == "surface" else geometry.centroid()
    p = centre.asPoint()
    return p.x(), p.y()


def read_polygons(
    source, crs: QgsCoordinateReferenceSystem, *, feedback: EngineFeedback | None, context=None
) -> list[QgsGeometry]:
    """The non-empty geometries of a polygon source (e.g. an area, or its selection) in ``crs``."""
    data = read_layer(source, (), context=context, feedback=feedback, geometry="geometry", crs=crs)
    return [g for g in data.geometries if g is not None]


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
        self._extent = layer.extent()
        self._wkb_type = layer.wkbType()
        self._count = layer.featureCount()
        self._name = layer.name()

    def fields(self) -> QgsFields:
        return self._fields

    def sourceCrs(self) -> QgsCoordinateReferenceSystem:  # noqa: N802 - mirrors QgsFeatureSource
        return self._crs

    def sourceExtent(self):  # noqa: N802 - mirrors QgsFeatureSource
        return self._extent

    def wkbType(self):  # noqa: N802
        return self._wkb_type

    def featureCount(self) -> int:  # noqa: N802
        return self._count

    def sourceName(self) -> str:  # noqa: N802
        return self._name

    def getFeatures(self, request=None):  # noqa: N802
        return self._source.getFeatures(request or QgsFeatureRequest())


_LAYER_CHANGES: dict[str, int] = {}
_LAYER_CHANGES_LOCK = threading.Lock()


def _count_change(layer_id: str) -> None:
    with _LAYER_CHANGES_LOCK:
        _LAYER_CHANGES[layer_id] = _LAYER_CHANGES.get(layer_id, 0) + 1


def layer_state(layer) -> str:
    """Text that changes whenever the layer's data may have changed (for cache keys).

    File-based layers: the path, size and modification time of the file.
    Every layer: its source, feature count, extent, whether it has
    uncommitted edits (and the undo position), and a counter of its data
    provider's ``dataChanged`` signal (memory layers, edits committed).
    The layer is read, and its signals connected, on the main thread where
    it lives (:func:`.threads.on_main_thread`), whichever thread asks.
    """
    return on_main_thread(lambda: _layer_state(layer))


def _layer_state(layer) -> str:
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
    with _LAYER_CHANGES_LOCK:
        first = layer_id not in _LAYER_CHANGES
        if first:
            _LAYER_CHANGES[layer_id] = 0
    if first:
        layer.dataChanged.connect(lambda: _count_change(layer_id))
        if provider is not None:
            provider.dataChanged.connect(lambda: _count_change(layer_id))
    with _LAYER_CHANGES_LOCK:
        parts.append(str(_LAYER_CHANGES.get(layer_id, 0)))
    return "|".join(parts)
