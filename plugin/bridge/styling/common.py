"""What every styler shares: the post-processor that keeps itself alive, symbols, colour ramps, number labels."""

from __future__ import annotations

from collections.abc import Sequence

from qgis.core import (
    QgsFeatureRequest,
    QgsFillSymbol,
    QgsLineSymbol,
    QgsMarkerSymbol,
    QgsProcessingLayerPostProcessorInterface,
    QgsWkbTypes,
)
from qgis.PyQt.QtGui import QColor

from ....engine.i18n import format_decimal

#: From short to long times: green, yellow, orange, red (ColorBrewer RdYlGn, reversed).
TIME_COLOURS = ("#1a9850", "#91cf60", "#fee08b", "#fc8d59", "#d73027")
#: Distinct colours for categories without an order (ColorBrewer Set1/Dark2), repeated when there are more.
QUALITATIVE = (
    "#1f78b4",
    "#e31a1c",
    "#33a02c",
    "#ff7f00",
    "#6a3d9a",
    "#b15928",
    "#a6cee3",
    "#fb9a99",
    "#b2df8a",
    "#fdbf6f",
    "#cab2d6",
    "#e7298a",
)


#: The layer's custom property naming the styler that styled it (what was applied, for the user and the tests).
STYLED_BY = "place_insight/styled_by"


class LayerStyler(QgsProcessingLayerPostProcessorInterface):
    """A layer post-processor that styles an output once Processing has loaded it (on the main thread).

    Processing keeps only a C++ pointer to a post-processor, and runs a copy
    of the algorithm whose Python objects may be gone by then, so each styler
    keeps itself alive in a short class-level list until it has done its work.
    Subclasses implement :meth:`style`.
    """

    _alive: list = []
    _KEEP = 64

    def __init__(self) -> None:
        super().__init__()
        LayerStyler._alive = [*LayerStyler._alive[-(self._KEEP - 1) :], self]

    def style(self, layer) -> None:
        """Give ``layer`` its renderer (and anything else it needs)."""
        raise NotImplementedError

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802 - QGIS API
        try:
            if layer is not None and layer.isValid():
                self.style(layer)
                layer.setCustomProperty(STYLED_BY, type(self).__name__)
                layer.triggerRepaint()
        finally:
            if self in LayerStyler._alive:
                LayerStyler._alive.remove(self)


def number_text(value: float, decimals: int = 2) -> str:
    """``value`` with at most ``decimals`` decimals and no trailing zeros, as the user's language writes it."""
    return format_decimal(value, decimals)


def colour(value: str, alpha: int = 255) -> str:
    """A colour for ``createSimple`` properties: ``r,g,b,a``."""
    qcolour = QColor(value)
    return f"{qcolour.red()},{qcolour.green()},{qcolour.blue()},{alpha}"


def ramp(colours: Sequence[str], n: int) -> list[str]:
    """``n`` colours spread evenly along ``colours`` (interpolated), the first and last included."""
    if n <= 1:
        return [colours[0]] * max(n, 0)
    stops = [QColor(c) for c in colours]
    result = []
    for i in range(n):
        position = i / (n - 1) * (len(stops) - 1)
        low = min(int(position), len(stops) - 2)
        t = position - low
        a, b = stops[low], stops[low + 1]
        mixed = QColor(
            round(a.red() + (b.red() - a.red()) * t),
            round(a.green() + (b.green() - a.green()) * t),
            round(a.blue() + (b.blue() - a.blue()) * t),
        )
        result.append(mixed.name())
    return result


def geometry_kind(layer) -> str:
    """``point``, ``line`` or ``polygon`` (``other`` for tables)."""
    kind = QgsWkbTypes.geometryType(layer.wkbType())
    names = {
        QgsWkbTypes.GeometryType.PointGeometry: "point",
        QgsWkbTypes.GeometryType.LineGeometry: "line",
        QgsWkbTypes.GeometryType.PolygonGeometry: "polygon",
    }
    return names.get(kind, "other")


def symbol(kind: str, fill: str, *, alpha: int = 255, outline: str | None = None, width: float = 0.3, size: float = 1.8):
    """A simple symbol of the geometry ``kind``: a filled polygon, a line or a circle."""
    if kind == "polygon":
        return QgsFillSymbol.createSimple(
            {"color": colour(fill, alpha), "outline_color": colour(outline or fill), "outline_width": str(width)}
        )
    if kind == "line":
        return QgsLineSymbol.createSimple({"line_color": colour(fill, alpha), "line_width": str(width), "capstyle": "round"})
    return QgsMarkerSymbol.createSimple(
        {"name": "circle", "color": colour(fill, alpha), "outline_color": colour(outline or "#ffffff"), "size": str(size)}
    )


def ordered(renderer, field: str, *, ascending: bool):
    """``renderer`` drawing features by ``field`` (the last drawn on top)."""
    renderer.setOrderBy(QgsFeatureRequest.OrderBy([QgsFeatureRequest.OrderByClause(quoted(field), ascending)]))
    renderer.setOrderByEnabled(True)
    return renderer


def quoted(field: str) -> str:
    """``field`` as a QGIS expression names it."""
    return '"' + field.replace('"', '""') + '"'


def nice_breaks(low: float, high: float, classes: int = 5) -> list[float]:
    """Round class limits from ``low`` to ``high``: about ``classes`` steps of 1, 2 or 5 × 10ⁿ (first limit ≤ low)."""
    import math

    if not (math.isfinite(low) and math.isfinite(high)) or high <= low:
        return [low, high] if math.isfinite(low) and math.isfinite(high) else [0.0, 1.0]
    raw = (high - low) / max(classes, 1)
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 2.5, 5, 10) if m * power >= raw)
    start = math.floor(low / step) * step
    limits = [start]
    while limits[-1] < high - 1e-9 * step:
        limits.append(round(limits[-1] + step, 10))
    return limits
