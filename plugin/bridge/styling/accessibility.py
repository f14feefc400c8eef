"""Styles of the accessibility outputs: catchments, reached roads, demand by minutes, centres, lines, the network."""

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
    QgsRuleBasedRenderer,
    QgsSingleSymbolRenderer,
)

from ..i18n import tr
from .common import TIME_COLOURS, LayerStyler, colour, geometry_kind, nice_breaks, number_text, ordered, quoted, ramp, symbol


def _bands(bands: Sequence[float]) -> list[float]:
    return sorted({float(b) for b in bands if math.isfinite(float(b))})


def band_renderer(bands: Sequence[float], field: str, kind: str, *, alpha: int, width: float) -> QgsGraduatedSymbolRenderer:
    """Graduated by time band: one class per band (its own colour, green to red), the shortest drawn on top."""
    ranges, lower = [], 0.0
    for band, fill in zip(bands, ramp(TIME_COLOURS, len(bands))):
        label = tr("Within {minutes} minutes").format(minutes=number_text(band))
        ranges.append(QgsRendererRange(lower, band, symbol(kind, fill, alpha=alpha, width=width), label))
        lower = band
    return ordered(QgsGraduatedSymbolRenderer(field, ranges), field, ascending=False)


class CatchmentStyle(LayerStyler):
    """Catchments graduated by band: see-through fills with the band's outline, small bands drawn over large ones."""

    def __init__(self, bands: Sequence[float]) -> None:
        super().__init__()
        self.bands = _bands(bands)

    def style(self, layer) -> None:
        layer.setRenderer(band_renderer(self.bands, "band", geometry_kind(layer), alpha=70, width=0.5))


class ReachedRoadStyle(LayerStyler):
    """Reached roads graduated by band, the roads of the shortest band drawn on top."""

    def __init__(self, bands: Sequence[float]) -> None:
        super().__init__()
        self.bands = _bands(bands)

    def style(self, layer) -> None:
        layer.setRenderer(band_renderer(self.bands, "band", "line", alpha=255, width=0.6))


class DemandMinutesStyle(LayerStyler):
    """Demand units by minutes to their nearest facility: one class per band, one beyond, one for no facility."""

    def __init__(self, bands: Sequence[float]) -> None:
        super().__init__()
        self.bands = _bands(bands)

    def style(self, layer) -> None:
        kind = geometry_kind(layer)
        alpha = 200 if kind == "polygon" else 255
        fills = ramp(TIME_COLOURS, len(self.bands) + 1)
        root = QgsRuleBasedRenderer.Rule(None)
        lower = None
        for band, fill in zip(self.bands, fills):
            if lower is None:
                expression = f'"minutes" <= {band!r}'
                label = tr("Within {minutes} minutes").format(minutes=number_text(band))
            else:
                expression = f'"minutes" > {lower!r} AND "minutes" <= {band!r}'
                label = tr("{low} to {high} minutes").format(low=number_text(lower), high=number_text(band))
            root.appendChild(self._rule(kind, fill, alpha, expression, label))
            lower = band
        if lower is not None:
            label = tr("More than {minutes} minutes").format(minutes=number_text(lower))
            root.appendChild(self._rule(kind, fills[-1], alpha, f'"minutes" > {lower!r}', label))
        root.appendChild(self._rule(kind, "#9e9e9e", alpha, "ELSE", tr("No facility within reach")))
        layer.setRenderer(QgsRuleBasedRenderer(root))

    @staticmethod
    def _rule(kind, fill, alpha, expression, label):
        drawn = symbol(kind, fill, alpha=alpha, outline=fill if kind == "polygon" else "#ffffff", width=0.1, size=1.6)
        return QgsRuleBasedRenderer.Rule(drawn, 0, 0, expression, label)


class DemandCentreStyle(LayerStyler):
    """The demand-weighted centre of each facility's demand: a large star."""

    def style(self, layer) -> None:
        star = QgsMarkerSymbol.createSimple(
            {"name": "star", "color": colour("#2b6c8f"), "outline_color": colour("#ffffff"), "size": "5"}
        )
        layer.setRenderer(QgsSingleSymbolRenderer(star))


class TravelTimeLineStyle(LayerStyler):
    """Origin–destination lines graduated by minutes, thin and see-through, the shortest drawn on top."""

    def __init__(self, shortest: float, longest: float) -> None:
        super().__init__()
        self.shortest, self.longest = float(shortest), float(longest)

    def style(self, layer) -> None:
        limits = nice_breaks(self.shortest, self.longest, 5)
        ranges = []
        for (low, high), fill in zip(zip(limits, limits[1:]), ramp(TIME_COLOURS, len(limits) - 1)):
            label = tr("{low} to {high} minutes").format(low=number_text(low), high=number_text(high))
            ranges.append(QgsRendererRange(low, high, symbol("line", fill, alpha=170, width=0.25), label))
        layer.setRenderer(ordered(QgsGraduatedSymbolRenderer("minutes", ranges), "minutes", ascending=False))


#: Road classes (OpenStreetMap highway, Open Roads, BD TOPO nature; lower case) by how the network draws them.
ROAD_TIERS = {
    "motorway": ("motorway", "motorway_link", "autoroute", "type autoroutier", "quasi-autoroute", "bretelle"),
    "trunk": ("trunk", "trunk_link", "route à 2 chaussées"),
    "primary": ("primary", "primary_link", "a road", "route à 1 chaussée"),
    "secondary": ("secondary", "secondary_link", "b road"),
    "tertiary": ("tertiary", "tertiary_link", "classified unnumbered"),
    "service": ("service", "services", "rest_area"),
    "path": (
        "footway",
        "path",
        "pedestrian",
        "steps",
        "cycleway",
        "bridleway",
        "track",
        "corridor",
        "chemin",
        "sentier",
        "escalier",
        "piste cyclable",
    ),
}
#: Colour, width (mm) and line style of each tier; other classes are minor roads.
TIER_STYLES = {
    "motorway": ("#c0392b", 1.2, "solid"),
    "trunk": ("#e67e22", 1.0, "solid"),
    "primary": ("#f1c40f", 0.9, "solid"),
    "secondary": ("#27ae60", 0.7, "solid"),
    "tertiary": ("#2980b9", 0.6, "solid"),
    "minor": ("#7f8c8d", 0.4, "solid"),
    "service": ("#bdc3c7", 0.3, "solid"),
    "path": ("#a0785a", 0.3, "dash"),
}
_TIER_ORDER = list(TIER_STYLES)


def road_tier(road_class: str | None) -> str:
    """The tier a road class is drawn as (``minor`` when unknown)."""
    value = (road_class or "").strip().lower()
    return next((tier for tier, classes in ROAD_TIERS.items() if value in classes), "minor")


class NetworkEdgeStyle(LayerStyler):
    """Network edges categorised by road class: motorways red and wide, down to paths dashed."""

    def __init__(self, classes: Sequence[str | None]) -> None:
        super().__init__()
        present = {c for c in classes if c is not None and str(c).strip()}
        self.classes = sorted(present, key=lambda c: (_TIER_ORDER.index(road_tier(c)), str(c).lower()))

    def style(self, layer) -> None:
        categories = []
        for road_class in self.classes:
            line_colour, width, line_style = TIER_STYLES[road_tier(road_class)]
            line = QgsLineSymbol.createSimple(
                {"line_color": colour(line_colour), "line_width": str(width), "line_style": line_style, "capstyle": "round"}
            )
            categories.append(QgsRendererCategory(road_class, line, str(road_class)))
        other = QgsLineSymbol.createSimple({"line_color": colour("#cccccc"), "line_width": "0.3"})
        categories.append(QgsRendererCategory(None, other, tr("Other roads")))
        layer.setRenderer(QgsCategorizedSymbolRenderer("road_class", categories))


class IslandStyle(LayerStyler):
    """Islands: the main network thin and grey underneath, each mode's islands in a strong colour on top."""

    def style(self, layer) -> None:
        rows = (
            ("main", tr("Main network"), "#b0b0b0", 0.3),
            ("walk", tr("Walk island (cut off from the main network)"), "#e67e22", 1.2),
            ("cycle", tr("Cycle island (cut off from the main network)"), "#8e44ad", 1.2),
            ("drive", tr("Drive island (cut off from the main network)"), "#c0392b", 1.2),
        )
        categories = [
            QgsRendererCategory(value, QgsLineSymbol.createSimple({"line_color": colour(c), "line_width": str(w)}), label)
            for value, label, c, w in rows
        ]
        renderer = QgsCategorizedSymbolRenderer(f"if({quoted('main')}, 'main', {quoted('profile')})", categories)
        layer.setRenderer(ordered(renderer, "main", ascending=False))
