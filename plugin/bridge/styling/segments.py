"""Styling layers by segment with the catalogue's colours and names.

Used by the "Style by segment" action, by algorithms' layer post-processors
and by the demo. Codes at a finer level than the one styled (types when
styling groups) are rolled up through the catalogue inside the expression,
so the layer itself is never modified.
"""

from __future__ import annotations

from collections.abc import Iterable

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsRendererCategory,
    QgsSymbol,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtGui import QColor

from ....engine.segmentation.catalogue import Catalogue
from ..i18n import tr
from .common import LayerStyler


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


def segment_renderer(
    layer: QgsVectorLayer,
    field: str,
    catalogue: Catalogue,
    level: str,
    language: str,
    *,
    outline: bool = False,
    codes: Iterable[str] | None = None,
) -> QgsCategorizedSymbolRenderer:
    """A categorised renderer: one category per segment of ``level`` plus "Unclassified".

    ``codes`` limits the categories (and so the legend) to those segments.
    """
    geometry_type = QgsWkbTypes.geometryType(layer.wkbType())
    categories = []
    wanted = None if codes is None else set(codes)
    for code in catalogue.codes(level):
        if wanted is not None and code not in wanted:
            continue
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


class SegmentStylePostProcessor(LayerStyler):
    """Styles an algorithm's output layer by segment once Processing has loaded it (see :class:`LayerStyler`)."""

    def __init__(self, field: str, catalogue: Catalogue, level: str, language: str, codes: Iterable[str] | None = None) -> None:
        super().__init__()
        self.field = field
        self.catalogue = catalogue
        self.level = level
        self.language = language
        self.codes = None if codes is None else list(codes)

    def style(self, layer) -> None:
        if isinstance(layer, QgsVectorLayer):
            layer.setRenderer(segment_renderer(layer, self.field, self.catalogue, self.level, self.language, codes=self.codes))
