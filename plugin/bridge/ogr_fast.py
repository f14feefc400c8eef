"""A fast path for reading large file layers: GDAL's Arrow stream into numpy, instead of one QgsFeature at a time.

Reading a million postcode points feature by feature costs tens of seconds
in Python; GDAL (3.6 and later) hands the same columns over as numpy arrays
in about a second. :func:`read_file_layer` is used only where it gives
exactly what :func:`layers.read_layer` gives: a whole OGR layer (no
selection, filter or subset, no unsaved edits) of points or a table, whose
fields are text or numbers, read in its own CRS. Anywhere else it returns
None and the caller reads the layer the usual way.
"""

from __future__ import annotations

import numpy as np
from qgis.core import QgsProcessingFeatureSourceDefinition, QgsProviderRegistry, QgsWkbTypes

try:
    import pandas as pd
except ImportError:  # the plugin still loads; algorithms refuse to run (see engine.dependencies)
    pd = None

from .layers import LayerData
from .values import python_value

#: Field types the fast path reads, as QVariant/QMetaType numbers: Int, UInt, LongLong, ULongLong, Double,
#: String (dates, lists and blobs go the usual way).
_PLAIN_TYPES = (2, 3, 4, 5, 6, 10)


def _plain(field) -> bool:
    kind = field.type()
    return int(getattr(kind, "value", kind)) in _PLAIN_TYPES


def read_file_layer(algorithm, parameters, name: str, context, fields, *, crs, geometry: str, feedback=None, title=None):
    """The layer of parameter ``name`` read through GDAL's Arrow stream, or None where that is not exactly equivalent.

    ``geometry`` is ``"none"`` or ``"xy"`` (points only) as for
    :func:`layers.read_layer`; ``crs`` must be the layer's own CRS for x/y.
    """
    layer = _plain_ogr_layer(algorithm, parameters, name, context, geometry, crs)
    if layer is None:
        return None
    if feedback is not None:
        feedback.check()
    wanted = [f for f in dict.fromkeys(f for f in fields if f)]
    indices = [layer.fields().lookupField(f) for f in wanted]
    if any(i < 0 or not _plain(layer.fields().at(i)) for i in indices):
        return None
    batches = _arrow_batches(layer, wanted, geometry != "none", feedback)
    if batches is None:
        return None
    data = _layer_data(layer, wanted, batches, geometry, crs, title)
    if feedback is not None:
        feedback.check()
        feedback.set_progress(100.0)
    return data


def _plain_ogr_layer(algorithm, parameters, name, context, geometry, crs):
    """The parameter's vector layer when it is a whole, unedited OGR layer of points (or a table); else None."""
    if geometry not in ("none", "xy"):
        return None
    value = parameters.get(name)
    if isinstance(value, QgsProcessingFeatureSourceDefinition) and (
        value.selectedFeaturesOnly or value.featureLimit != -1 or getattr(value, "filterExpression", "")
    ):
        return None
    layer = algorithm.parameterAsVectorLayer(parameters, name, context)
    if layer is None or layer.providerType() != "ogr" or layer.subsetString() or layer.isModified():
        return None
    kind = QgsWkbTypes.geometryType(layer.wkbType())
    if geometry == "xy" and (kind != QgsWkbTypes.GeometryType.PointGeometry or QgsWkbTypes.isMultiType(layer.wkbType())):
        return None
    if geometry == "xy" and crs is not None and crs.isValid() and crs != layer.crs():
        return None
    return layer


def _arrow_batches(layer, wanted, with_geometry: bool, feedback):
    """The record batches of the OGR layer behind ``layer`` (dicts of numpy arrays), or None when GDAL cannot."""
    try:
        from osgeo import ogr
    except ImportError:
        return None
    if not hasattr(ogr.Layer, "GetArrowStreamAsNumPy"):
        return None
    parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
    path, layer_name = python_value(parts.get("path")), python_value(parts.get("layerName"))
    dataset = ogr.Open(str(path)) if path else None
    if dataset is None:
        return None
    source = dataset.GetLayerByName(str(layer_name)) if layer_name else dataset.GetLayer(0)
    if source is None or source.GetFeatureCount() != layer.featureCount():
        return None
    source.SetIgnoredFields([f for f in _ogr_fields(source) if f not in wanted] + ([] if with_geometry else ["OGR_GEOMETRY"]))
    batches = []
    for batch in source.GetArrowStreamAsNumPy(options=["INCLUDE_FID=YES"]):
        if feedback is not None:
            feedback.check()
        batches.append({key: value.copy() for key, value in batch.items()})  # owned by numpy, not by GDAL's stream
    fid = source.GetFIDColumn() or "OGC_FID"
    geometry = source.GetGeometryColumn() or "wkb_geometry"
    dataset = None
    return [(batch, fid, geometry) for batch in batches]


def _ogr_fields(source) -> list[str]:
    definition = source.GetLayerDefn()
    return [definition.GetFieldDefn(i).GetName() for i in range(definition.GetFieldCount())]


def _layer_data(layer, wanted, batches, geometry, crs, title) -> LayerData | None:
    fids, columns, xs, ys = [], {name: [] for name in wanted}, [], []
    for batch, fid, geometry_column in batches:
        if fid not in batch or any(name not in batch for name in wanted):
            return None
        fids.append(np.asarray(batch[fid], dtype=np.int64))
        for name in wanted:
            columns[name].append(_column(batch[name]))
        if geometry == "xy":
            points = _points(batch.get(geometry_column))
            if points is None:
                return None
            xs.append(points[:, 0])
            ys.append(points[:, 1])
    data = {"fid": np.concatenate(fids) if fids else np.zeros(0, dtype=np.int64)}
    for name in wanted:
        data[name] = pd.concat(columns[name], ignore_index=True) if columns[name] else pd.Series([], dtype=object)
    if geometry == "xy":
        data["x"] = np.concatenate(xs) if xs else np.zeros(0)
        data["y"] = np.concatenate(ys) if ys else np.zeros(0)
    frame = pd.DataFrame(data)
    missing = frame["fid"][frame["x"].isna()].tolist() if geometry == "xy" else []
    return LayerData(
        name=title or layer.name(),
        frame=frame,
        crs=crs if crs is not None and crs.isValid() else layer.crs(),
        source_crs=layer.crs(),
        geometries=None,
        missing_geometry=missing,
        wkb_type=layer.wkbType(),
    )


def _column(values) -> pd.Series:
    """An Arrow column as :func:`values.attribute_column` gives it: text as str, NULL as None, whole numbers as int."""
    mask = np.ma.getmaskarray(values) if np.ma.isMaskedArray(values) else None
    data = np.ma.getdata(values)
    if data.dtype.kind == "S":
        try:
            column = data.astype("U").astype(object)  # ASCII, in C
        except UnicodeDecodeError:
            column = np.char.decode(data, "utf-8").astype(object)
    elif data.dtype.kind == "O":
        column = np.array([v.decode("utf-8") if isinstance(v, bytes) else v for v in data], dtype=object)
    else:
        column = data
    if mask is not None and mask.any():
        column = column.astype(object)
        column[mask] = None
    return pd.Series(column).infer_objects() if column.dtype == object else pd.Series(column)


def _points(values) -> np.ndarray | None:
    """``(n, 2)`` x/y of ISO WKB points (little-endian, 2D, Z or M); NaN for NULL; None for anything else."""
    if values is None:
        return None
    mask = np.ma.getmaskarray(values) if np.ma.isMaskedArray(values) else np.zeros(len(values), dtype=bool)
    data = np.ma.getdata(values)
    if data.dtype.kind == "V" and data.dtype.itemsize >= 21:
        raw = data.view(np.uint8).reshape(len(data), data.dtype.itemsize)
    elif data.dtype.kind == "O":
        sizes = {len(v) for v, m in zip(data, mask) if not m and v is not None}
        if len(sizes) != 1 or min(sizes) < 21:
            return None
        size = sizes.pop()
        raw = np.frombuffer(b"".join(v if (not m and v is not None) else bytes(size) for v, m in zip(data, mask)), dtype=np.uint8)
        raw = raw.reshape(len(data), size)
    else:
        return None
    kinds = raw[:, 1:5].copy().view("<u4")[:, 0]
    present = ~mask
    if np.any(raw[present, 0] != 1) or np.any(kinds[present] % 1000 != 1):
        return None
    xy = raw[:, 5:21].copy().view("<f8").reshape(len(data), 2)
    xy[mask] = np.nan
    return xy
