"""Styles of the outputs that rank places by a number: target areas and the target list by potential, zones by
expected channel demand.

Classes are natural breaks (Jenks) of the loaded layer's values, drawn from
light to dark, with legends in the user's language (numbers written as the
language writes them).
"""

from __future__ import annotations

from qgis.core import (
    QgsClassificationJenks,
    QgsGradientColorRamp,
    QgsGraduatedSymbolRenderer,
    QgsSymbol,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtGui import QColor

from ..i18n import tr
from .common import LayerStyler, number_text

#: Light to dark orange: the more potential, the darker.
POTENTIAL_COLOURS = ("#fff5eb", "#a63603")
#: Light to dark blue: the larger the share preferring a channel, the darker.
CHANNEL_COLOURS = ("#eff3ff", "#08519c")


def graduated_renderer(
    layer: QgsVectorLayer,
    field: str,
    classes: int = 5,
    *,
    colours: tuple[str, str] = POTENTIAL_COLOURS,
    decimals: int = 0,
    unit: str = "",
) -> QgsGraduatedSymbolRenderer:
    """Natural-breaks classes of ``field`` from light to dark, labelled ``low to high`` (and ``unit``) in the user's
    language; lines are drawn thicker."""
    geometry_type = QgsWkbTypes.geometryType(layer.wkbType())
    symbol = QgsSymbol.defaultSymbol(geometry_type)
    if geometry_type == QgsWkbTypes.GeometryType.LineGeometry:
        symbol.setWidth(0.8)
    renderer = QgsGraduatedSymbolRenderer(field)
    renderer.setSourceSymbol(symbol)
    method = QgsClassificationJenks()
    method.setLabelPrecision(decimals)
    renderer.setClassificationMethod(method)
    renderer.updateClasses(layer, classes)
    renderer.updateColorRamp(QgsGradientColorRamp(QColor(colours[0]), QColor(colours[1])))
    text = tr("{low} to {high}")
    for index, bounds in enumerate(renderer.ranges()):
        label = text.format(low=number_text(bounds.lowerValue(), decimals), high=number_text(bounds.upperValue(), decimals))
        renderer.updateRangeLabel(index, f"{label} {unit}".strip())
    return renderer


class PotentialStyle(LayerStyler):
    """Zones or listed units graduated by a number (potential, expected count) from light to dark orange."""

    def __init__(self, field: str, classes: int = 5) -> None:
        super().__init__()
        self.field = field
        self.classes = classes

    def style(self, layer) -> None:
        if isinstance(layer, QgsVectorLayer) and layer.fields().lookupField(self.field) >= 0:
            layer.setRenderer(graduated_renderer(layer, self.field, self.classes))


class ChannelShareStyle(LayerStyler):
    """Zones graduated by the share of residents expected to prefer a channel (``service_<channel>_pct``)."""

    def __init__(self, channel: str = "face_to_face", classes: int = 5) -> None:
        super().__init__()
        self.field = f"service_{channel}_pct"
        self.classes = classes

    def style(self, layer) -> None:
        if isinstance(layer, QgsVectorLayer) and layer.fields().lookupField(self.field) >= 0:
            layer.setRenderer(graduated_renderer(layer, self.field, self.classes, colours=CHANNEL_COLOURS, decimals=1, unit="%"))
