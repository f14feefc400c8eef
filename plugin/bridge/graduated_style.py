"""Styling an output layer by a number (e.g. the potential of target areas), once Processing has loaded it.

Kept apart from :mod:`styling` (the segment colours) so that the layer
post-processors of every algorithm can later move behind one mechanism
without touching the callers: an algorithm only creates a
:class:`GraduatedStylePostProcessor` and hands it to
``context.layerToLoadOnCompletionDetails(dest_id).setPostProcessor``.
"""

from __future__ import annotations

from qgis.core import (
    QgsClassificationJenks,
    QgsGradientColorRamp,
    QgsGraduatedSymbolRenderer,
    QgsProcessingLayerPostProcessorInterface,
    QgsSymbol,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtGui import QColor

#: Light to dark: the more potential, the darker.
LOW_COLOUR, HIGH_COLOUR = "#fff5eb", "#a63603"


def graduated_renderer(layer: QgsVectorLayer, field: str, classes: int = 5) -> QgsGraduatedSymbolRenderer:
    """Natural-breaks (Jenks) classes of ``field`` from light to dark orange, labelled in whole numbers (lines drawn thicker)."""
    geometry_type = QgsWkbTypes.geometryType(layer.wkbType())
    symbol = QgsSymbol.defaultSymbol(geometry_type)
    if geometry_type == QgsWkbTypes.GeometryType.LineGeometry:
        symbol.setWidth(0.8)
    renderer = QgsGraduatedSymbolRenderer(field)
    renderer.setSourceSymbol(symbol)
    method = QgsClassificationJenks()
    method.setLabelPrecision(0)
    renderer.setClassificationMethod(method)
    renderer.updateClasses(layer, classes)
    renderer.updateColorRamp(QgsGradientColorRamp(QColor(LOW_COLOUR), QColor(HIGH_COLOUR)))
    return renderer


class GraduatedStylePostProcessor(QgsProcessingLayerPostProcessorInterface):
    """Styles an algorithm's output by ``field`` in natural-breaks classes once Processing has loaded it.

    Processing keeps only a C++ pointer to the post-processor, so each
    instance keeps itself alive (in a short class-level list) until it has
    styled its layer.
    """

    _alive: list = []
    _KEEP = 64

    def __init__(self, field: str, classes: int = 5) -> None:
        super().__init__()
        self.field = field
        self.classes = classes
        GraduatedStylePostProcessor._alive = [*GraduatedStylePostProcessor._alive[-(self._KEEP - 1) :], self]

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802 - QGIS API
        if isinstance(layer, QgsVectorLayer) and layer.fields().lookupField(self.field) >= 0:
            layer.setRenderer(graduated_renderer(layer, self.field, self.classes))
            layer.triggerRepaint()
        if self in GraduatedStylePostProcessor._alive:
            GraduatedStylePostProcessor._alive.remove(self)
