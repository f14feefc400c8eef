"""Styles of the survey outputs: clusters by density, the density raster, verified clusters by verdict and disparity."""

from __future__ import annotations

import math

from qgis.core import (
    QgsColorRampShader,
    QgsFillSymbol,
    QgsGraduatedSymbolRenderer,
    QgsRasterShader,
    QgsRendererRange,
    QgsRuleBasedRenderer,
    QgsSingleBandPseudoColorRenderer,
    QgsSingleSymbolRenderer,
)
from qgis.PyQt.QtGui import QColor

from ..i18n import tr
from .common import LayerStyler, colour, nice_breaks, number_text, ordered, ramp

HEAT = ("#fee5d9", "#fcae91", "#fb6a4a", "#cb181d")


class ClusterStyle(LayerStyler):
    """Survey clusters graduated by density of chosen answers, see-through, higher orders underneath."""

    def __init__(self, densities) -> None:
        super().__init__()
        values = [float(v) for v in densities if v is not None and math.isfinite(float(v))]
        self.low, self.high = (min(values), max(values)) if values else (math.nan, math.nan)

    def style(self, layer) -> None:
        if not (math.isfinite(self.low) and self.high > self.low):
            fill = QgsFillSymbol.createSimple(
                {"color": colour(HEAT[-1], 90), "outline_color": colour(HEAT[-1]), "outline_width": "0.5"}
            )
            layer.setRenderer(QgsSingleSymbolRenderer(fill))
            return
        limits = nice_breaks(self.low, self.high, 4)
        ranges = []
        for (low, high), fill in zip(zip(limits, limits[1:]), ramp(HEAT, len(limits) - 1)):
            symbol = QgsFillSymbol.createSimple(
                {"color": colour(fill, 140), "outline_color": colour("#99000d"), "outline_width": "0.4"}
            )
            label = tr("{low} to {high} chosen answers per km²").format(low=number_text(low, 0), high=number_text(high, 0))
            ranges.append(QgsRendererRange(low, high, symbol, label))
        layer.setRenderer(ordered(QgsGraduatedSymbolRenderer("density", ranges), "order", ascending=False))


class DensityRasterStyle(LayerStyler):
    """The kernel density raster: see-through where nothing is, deep red at the highest density."""

    def __init__(self, maximum: float) -> None:
        super().__init__()
        self.maximum = float(maximum) if maximum is not None and math.isfinite(float(maximum)) else 0.0

    def style(self, layer) -> None:
        top = self.maximum if self.maximum > 0 else 1.0
        per_km2 = tr("{density} per km²")
        items = [
            QgsColorRampShader.ColorRampItem(0.0, QColor(255, 255, 178, 0), per_km2.format(density=number_text(0))),
            QgsColorRampShader.ColorRampItem(top / 2, QColor("#fd8d3c"), per_km2.format(density=number_text(top / 2, 1))),
            QgsColorRampShader.ColorRampItem(top, QColor("#bd0026"), per_km2.format(density=number_text(top, 1))),
        ]
        function = QgsColorRampShader(0.0, top)
        function.setColorRampItemList(items)
        shader = QgsRasterShader()
        shader.setRasterShaderFunction(function)
        renderer = QgsSingleBandPseudoColorRenderer(layer.dataProvider(), 1, shader)
        renderer.setClassificationMin(0.0)
        renderer.setClassificationMax(top)
        layer.setRenderer(renderer)


#: How the verification's booleans make its disparity (engine.survey.verification): the styles
#: test the booleans, not the ``disparity`` text, so a translated text cannot break the legend.
DISPARITY_RULES = (
    ("fear without crime", '"share_high" AND NOT "incidents_high"', "#e67e22"),
    ("fear and crime", '"share_high" AND "incidents_high"', "#c0392b"),
    ("crime without fear", 'NOT "share_high" AND "incidents_high"', "#8e44ad"),
    ("neither", 'NOT "share_high" AND NOT "incidents_high"', "#95a5a6"),
)


def disparity_labels() -> dict[str, str]:
    return {
        "fear without crime": tr("Fear without crime"),
        "fear and crime": tr("Fear and crime"),
        "crime without fear": tr("Crime without fear"),
        "neither": tr("Neither fear nor crime elevated"),
    }


class VerifiedClusterStyle(LayerStyler):
    """Verified clusters: filled by disparity (fear and crime), outlined by verdict (solid verified, dashed not)."""

    def style(self, layer) -> None:
        root = QgsRuleBasedRenderer.Rule(None)
        disparity = QgsRuleBasedRenderer.Rule(None, 0, 0, "", tr("Answers and incidents against the district"))
        labels = disparity_labels()
        for code, expression, fill in DISPARITY_RULES:
            symbol = QgsFillSymbol.createSimple({"color": colour(fill, 150), "outline_style": "no"})
            disparity.appendChild(QgsRuleBasedRenderer.Rule(symbol, 0, 0, expression, labels[code]))
        unknown = QgsFillSymbol.createSimple({"color": colour("#ffffff", 60), "outline_style": "no"})
        disparity.appendChild(QgsRuleBasedRenderer.Rule(unknown, 0, 0, "ELSE", tr("Not assessed (no incident data)")))
        verdict = QgsRuleBasedRenderer.Rule(None, 0, 0, "", tr("Verdict"))
        for expression, label, width, line_style in (
            ('"verified"', tr("Verified: response rate not above the district's"), "0.9", "solid"),
            ('NOT "verified"', tr("Not verified: more responses than the district"), "0.7", "dash"),
            ('"verified" IS NULL', tr("Not tested (no postcode unit inside)"), "0.4", "dot"),
        ):
            outline = QgsFillSymbol.createSimple(
                {
                    "style": "no",
                    "outline_color": colour("#2e3436"),
                    "outline_width": width,
                    "outline_style": line_style,
                }
            )
            verdict.appendChild(QgsRuleBasedRenderer.Rule(outline, 0, 0, expression, label))
        root.appendChild(disparity)
        root.appendChild(verdict)
        layer.setRenderer(QgsRuleBasedRenderer(root))
