"""Styles of the location-planning outputs: selected sites sized by demand served, allocation lines by site."""

from __future__ import annotations

import math
from collections.abc import Sequence

from qgis.core import (
    QgsCategorizedSymbolRenderer,
    QgsGraduatedSymbolRenderer,
    QgsLineSymbol,
    QgsMarkerSymbol,
    QgsRendererCategory,
    QgsRendererRange,
)

from ..i18n import tr
from .common import QUALITATIVE, LayerStyler, colour, nice_breaks, number_text

SITE_COLOUR = "#08519c"


class SelectedSiteStyle(LayerStyler):
    """Chosen sites as circles sized by the demand they serve (larger serves more)."""

    def __init__(self, served: Sequence[float]) -> None:
        super().__init__()
        values = [float(v) for v in served if v is not None and math.isfinite(float(v))]
        self.low, self.high = (min(values), max(values)) if values else (0.0, 0.0)

    def style(self, layer) -> None:
        limits = nice_breaks(self.low, self.high, 4) if self.high > self.low else [self.low, self.high]
        classes = list(zip(limits, limits[1:]))
        ranges = []
        for i, (low, high) in enumerate(classes):
            size = 3.0 + (5.0 * i / (len(classes) - 1) if len(classes) > 1 else 2.0)
            marker = QgsMarkerSymbol.createSimple(
                {
                    "name": "circle",
                    "color": colour(SITE_COLOUR, 220),
                    "outline_color": colour("#ffffff"),
                    "outline_width": "0.4",
                    "size": str(size),
                }
            )
            if high > low:
                label = tr("Serves {low} to {high}").format(low=number_text(low), high=number_text(high))
            else:
                label = tr("Serves {demand}").format(demand=number_text(high))
            ranges.append(QgsRendererRange(low, high, marker, label))
        layer.setRenderer(QgsGraduatedSymbolRenderer("demand", ranges))


class AllocationLineStyle(LayerStyler):
    """Allocation lines thin and light, coloured by the site serving them (legend: the sites' names)."""

    def __init__(self, sites: Sequence[tuple[object, object]]) -> None:
        super().__init__()
        self.sites = [(str(site_id), str(name) if name not in (None, "") else str(site_id)) for site_id, name in sites]

    def style(self, layer) -> None:
        categories = []
        for i, (site_id, name) in enumerate(self.sites):
            line = QgsLineSymbol.createSimple({"line_color": colour(QUALITATIVE[i % len(QUALITATIVE)], 90), "line_width": "0.2"})
            categories.append(QgsRendererCategory(site_id, line, name))
        layer.setRenderer(QgsCategorizedSymbolRenderer("site_id", categories))
