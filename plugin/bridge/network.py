"""Road networks on the QGIS side: line layers read for the builder, and the networks' CRS.

:func:`read_network_lines` reads the vertices of every line part in a
projected working CRS with the attributes the builder understands (in bulk
through GDAL's Arrow stream when the layer is a plain file: whether it is one
is read from the layer on the main thread, see :func:`arrow_source`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from qgis.core import QgsCoordinateReferenceSystem, QgsGeometry, QgsWkbTypes

try:
    import pandas as pd
except ImportError:  # the plugin still loads; algorithms refuse to run (see engine.dependencies)
    pd = None

from ...engine.network.build import LineParts
from .crs import check_layer_crs, transform_context, working_crs
from .feedback import EngineFeedback, with_progress
from .geometry import lines_from_wkb
from .layers import feature_request, require_fields, source_name
from .threads import on_main_thread
from .values import attribute_column

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
    arrow: ArrowSource | None = None,
    extra_fields: Sequence[str] = (),
) -> NetworkLines:
    """Vertices of every line part in a projected working CRS, and the attributes the builder understands.

    The chosen class, speed and direction fields become the columns
    ``highway``, ``speed`` and ``direction``; OSM tag fields
    (:data:`NETWORK_TAG_FIELDS`, including GDAL's ``other_tags``) are read
    when the layer has them; ``extra_fields`` (those the layer has) keep
    their names. ``arrow`` (see :func:`arrow_source`) names the file to read in bulk instead of
    the features one by one.
    """
    names = source.fields().names()
    tags = [f for f in NETWORK_TAG_FIELDS if f in names and f not in (class_field, speed_field, direction_field)]
    extra = [f for f in extra_fields if f in names]
    wanted = [f for f in dict.fromkeys([class_field, speed_field, direction_field, *tags, *extra]) if f]
    indices = require_fields(source, wanted, layer_name=name or source_name(source))
    check_layer_crs(source, name or source_name(source), feedback)
    work = working_crs(source.sourceCrs(), source.sourceExtent(), transform_context(context))
    request = feature_request(source, indices, work, context)
    fids, rows, blobs, missing = [], [], [], []
    fast = _read_ogr_arrow(arrow, wanted) if arrow is not None and work == source.sourceCrs() else None
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
        values = {field_name: attribute_column(list(column)) for field_name, column in zip(wanted, columns)}
    frame = pd.DataFrame({tag: values[tag] for tag in dict.fromkeys([*tags, *extra])}, index=range(len(fids)))
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


@dataclass(frozen=True)
class ArrowSource:
    """An unedited, unfiltered OGR file layer, as read from the layer on the main thread (:func:`arrow_source`):
    what a worker thread needs to read the file in bulk without touching the layer."""

    path: str
    layer_name: str | None
    layer_id: int
    feature_count: int


def arrow_source(layer) -> ArrowSource | None:
    """The file behind ``layer`` when it can be read in bulk (an OGR layer without edits or filter), else None.

    The layer is read on the main thread, where it lives (:func:`.threads.on_main_thread`).
    """
    return None if layer is None else on_main_thread(lambda: _arrow_source(layer))


def _arrow_source(layer) -> ArrowSource | None:
    from qgis.core import QgsProviderRegistry

    if layer.providerType() != "ogr" or layer.isModified() or layer.isEditable() or layer.subsetString():
        return None
    parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
    return ArrowSource(
        path=str(parts.get("path") or ""),
        layer_name=str(parts["layerName"]) if parts.get("layerName") else None,
        layer_id=int(parts.get("layerId") or 0),
        feature_count=layer.featureCount(),
    )


def _read_ogr_arrow(source: ArrowSource | None, wanted: list[str]):
    """Read an OGR file layer (:func:`arrow_source`) in bulk with GDAL's Arrow stream (GDAL ≥ 3.6), else None.

    Returns (fids, a column per wanted attribute, WKB blobs, fids without geometry), several times faster on
    large layers than the feature loop of :func:`read_network_lines`. The columns are what :func:`~.values.attribute_column` makes
    of the same values: numbers stay numeric (with NaN for NULL), text is decoded with None for NULL.
    """
    if source is None:
        return None
    try:
        from osgeo import ogr
    except ImportError:
        return None
    try:
        data = ogr.Open(source.path)
        if data is None:
            return None
        ogr_layer = data.GetLayerByName(source.layer_name) if source.layer_name else data.GetLayer(source.layer_id)
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
    if len(fids) != source.feature_count:
        return None
    # bytes as they come (empty ones: None); other buffers copied to bytes
    blobs = [(b or None) if b.__class__ is bytes else (bytes(b) or None if b is not None else None) for b in blobs]
    missing = [f for f, b in zip(fids, blobs) if b is None]
    return fids, {n: _arrow_column(columns[n]) for n in wanted}, blobs, missing


def _arrow_column(batches: list) -> pd.Series:
    """One attribute from the Arrow batches (masked arrays) as :func:`~.values.attribute_column` makes it from the same values."""
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
    return attribute_column([v.decode("utf-8") if isinstance(v, bytes) else v for v in values])


def crs_of_network(network) -> QgsCoordinateReferenceSystem:
    """The (projected) CRS a network's coordinates are in."""
    text = network.meta.get("crs", "")
    crs = (
        QgsCoordinateReferenceSystem.fromWkt(text)
        if text.startswith(("PROJCRS", "PROJCS", "GEOG", "COMPOUND"))
        else QgsCoordinateReferenceSystem(text)
    )
    return crs


def output_crs(network, default: QgsCoordinateReferenceSystem) -> QgsCoordinateReferenceSystem:
    """The CRS of the layer a network was built from (else ``default``), for writing its edges."""
    text = network.meta.get("source_crs", "")
    crs = QgsCoordinateReferenceSystem.fromWkt(text) if text else QgsCoordinateReferenceSystem()
    return crs if crs.isValid() else default
