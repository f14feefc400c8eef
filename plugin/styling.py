"""Styling layers by segment with the catalogue's colours and names.

Used by the "Style by segment" action, by algorithms' layer post-processors
and by the demo. Codes at a finer level than the one styled (types when
styling groups) are rolled up through the catalogue inside the expression,
so the layer itself is never modified.
"""

from __future__ import annotations

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsRendererCategory,
    QgsSymbol,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtGui import QColor

from ..engine.catalog import Catalogue
from .i18n import tr


def _quote(text: str) -> str:
    return "'" + str(text).replace("'", "''") + "'"


def rollup_expression(field: str, catalogue: Catalogue, level: str) -> str:
    """A QGIS expression giving the ``level`` code of the code in ``field``."""
    quoted_field = '"' + field.replace('"', '""') + '"'
    pairs = []
    for code in catalogue.segments:
        target = catalogue.ancestor(code, level)
        if target is not None:
            pairs.extend([_quote(code.upper()), _quote(target)])
    if not pairs:
        return quoted_field
    return f"map_get(map({', '.join(pairs)}), upper(trim(to_string({quoted_field}))))"


def segment_renderer(layer: QgsVectorLayer, field: str, catalogue: Catalogue, level: str, language: str,
                     *, outline: bool = False) -> QgsCategorizedSymbolRenderer:
    """A categorised renderer: one category per segment of ``level`` plus "Unclassified"."""
    geometry_type = QgsWkbTypes.geometryType(layer.wkbType())
    categories = []
    for code in catalogue.codes(level):
        segment = catalogue.segments[code]
        symbol = QgsSymbol.defaultSymbol(geometry_type)
        symbol.setColor(QColor(catalogue.colour(code)))
        if not outline and geometry_type == QgsWkbTypes.GeometryType.PointGeometry:
            symbol.setSize(1.6)
        categories.append(QgsRendererCategory(code, symbol, segment.label(language)))
    other = QgsSymbol.defaultSymbol(geometry_type)
    other.setColor(QColor("#bdbdbd"))
    categories.append(QgsRendererCategory(None, other, tr("Unclassified")))
    return QgsCategorizedSymbolRenderer(rollup_expression(field, catalogue, level), categories)


def style_by_segment(layer: QgsVectorLayer, field: str, catalogue: Catalogue, level: str, language: str) -> None:
    """Style ``layer`` by segment and refresh it (the layer's data are not touched)."""
    layer.setRenderer(segment_renderer(layer, field, catalogue, level, language))
    layer.triggerRepaint()
