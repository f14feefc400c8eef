"""Memory copies of real layers with chosen changes: bad values, missing geometries, another CRS.

The hardening tests start from the sample town's layers and break one thing
at a time, so that the message about that one thing can be checked.
"""

from __future__ import annotations

from collections.abc import Callable

from qgis.core import QgsCoordinateReferenceSystem, QgsFeature, QgsField, QgsFields, QgsGeometry, QgsVectorLayer, QgsWkbTypes

from place_insight.plugin.bridge.compat import field_type


def memory_copy(
    source: str,
    *,
    name: str = "copy",
    limit: int | None = None,
    text_fields: tuple[str, ...] = (),
    double_fields: tuple[str, ...] = (),
    change: Callable[[int, dict], dict] | None = None,
    geometry: Callable[[int, QgsGeometry], QgsGeometry | None] | None = None,
    crs: str | None = None,
) -> QgsVectorLayer:
    """A memory layer holding the first ``limit`` features of the layer ``source`` (a path or URI).

    ``text_fields`` become text fields (to hold text in a number field),
    ``double_fields`` real numbers;
    ``change(i, attributes)`` returns the attributes of the i-th feature
    (a dict by field name); ``geometry(i, g)`` its geometry (None: no
    geometry); ``crs`` declares another CRS ("" for none) without moving the
    coordinates.
    """
    layer = QgsVectorLayer(str(source), "source", "ogr")
    assert layer.isValid(), source
    fields = QgsFields()
    for f in layer.fields():
        if f.name() in text_fields or f.name() in double_fields:
            fields.append(QgsField(f.name(), field_type("string" if f.name() in text_fields else "double")))
        else:
            fields.append(QgsField(f))
    declared = layer.crs().authid() if crs is None else crs
    kind = QgsWkbTypes.displayString(layer.wkbType()) if layer.isSpatial() else "None"
    copy = QgsVectorLayer(f"{kind}?crs={declared}" if declared else f"{kind}", name, "memory")
    if not declared and layer.isSpatial():
        copy.setCrs(QgsCoordinateReferenceSystem())  # a memory layer without one is taken as WGS 84
    copy.dataProvider().addAttributes(list(fields))
    copy.updateFields()
    features = []
    for i, feature in enumerate(layer.getFeatures()):
        if limit is not None and i >= limit:
            break
        values = dict(zip(fields.names(), feature.attributes()))
        for key in text_fields:
            if values.get(key) is not None and not (hasattr(values[key], "isNull") and values[key].isNull()):
                values[key] = str(values[key])
        if change is not None:
            values = change(i, values)
        new = QgsFeature(copy.fields())
        new.setAttributes([values.get(n) for n in copy.fields().names()])
        shape = QgsGeometry(feature.geometry())
        if geometry is not None:
            shape = geometry(i, shape)
        if shape is not None:
            new.setGeometry(shape)
        features.append(new)
    copy.dataProvider().addFeatures(features)
    return copy
