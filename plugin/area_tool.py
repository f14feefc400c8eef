"""A map tool to draw the area of a pen portrait: a polygon or a rectangle.

Polygon: left-click each vertex, right-click (or double-click) to finish,
Esc or Backspace to undo. Rectangle: press, drag and release. The drawn
area is emitted as a polygon in the canvas CRS.
"""

from __future__ import annotations

from qgis.core import QgsGeometry, QgsPointXY, QgsRectangle, QgsWkbTypes
from qgis.gui import QgsMapTool, QgsRubberBand
from qgis.PyQt.QtCore import Qt, pyqtSignal
from qgis.PyQt.QtGui import QColor

POLYGON = "polygon"
RECTANGLE = "rectangle"


class AreaMapTool(QgsMapTool):
    """Draws a polygon or rectangle and emits ``areaDrawn(QgsGeometry)`` (canvas CRS)."""

    areaDrawn = pyqtSignal(QgsGeometry)

    def __init__(self, canvas, mode: str = POLYGON) -> None:
        super().__init__(canvas)
        self.mode = mode
        self.points: list[QgsPointXY] = []
        self.start: QgsPointXY | None = None
        self.band = QgsRubberBand(canvas, QgsWkbTypes.GeometryType.PolygonGeometry)
        self.band.setColor(QColor(43, 108, 143, 180))
        self.band.setFillColor(QColor(43, 108, 143, 50))
        self.band.setWidth(2)
        self.setCursor(Qt.CursorShape.CrossCursor)

    def set_mode(self, mode: str) -> None:
        self.mode = mode
        self.reset()

    def reset(self) -> None:
        self.points = []
        self.start = None
        self.band.reset(QgsWkbTypes.GeometryType.PolygonGeometry)

    # -- events ---------------------------------------------------------------
    def canvasPressEvent(self, event):  # noqa: N802
        if self.mode == RECTANGLE and event.button() == Qt.MouseButton.LeftButton:
            self.start = self.toMapCoordinates(event.pos())

    def canvasMoveEvent(self, event):  # noqa: N802
        point = self.toMapCoordinates(event.pos())
        if self.mode == RECTANGLE and self.start is not None:
            self._show(self._rectangle(self.start, point))
        elif self.mode == POLYGON and self.points:
            self._show(QgsGeometry.fromPolygonXY([[*self.points, point]]))

    def canvasReleaseEvent(self, event):  # noqa: N802
        point = self.toMapCoordinates(event.pos())
        if self.mode == RECTANGLE:
            if self.start is not None and event.button() == Qt.MouseButton.LeftButton:
                geometry = self._rectangle(self.start, point)
                self.start = None
                self._emit(geometry)
            return
        if event.button() == Qt.MouseButton.LeftButton:
            self.points.append(point)
            self._show(QgsGeometry.fromPolygonXY([self.points]))
        elif event.button() == Qt.MouseButton.RightButton:
            self.finish()

    def canvasDoubleClickEvent(self, event):  # noqa: N802
        if self.mode == POLYGON:
            self.finish()

    def keyPressEvent(self, event):  # noqa: N802
        if event.key() in (Qt.Key.Key_Escape, Qt.Key.Key_Backspace) and self.points:
            self.points.pop()
            self._show(QgsGeometry.fromPolygonXY([self.points]) if self.points else QgsGeometry())
            event.accept()

    def finish(self) -> None:
        """Close the polygon drawn so far (three vertices at least) and emit it."""
        unique = []
        for point in self.points:
            if not unique or unique[-1] != point:
                unique.append(point)
        if len(unique) >= 3:
            self._emit(QgsGeometry.fromPolygonXY([unique]))
        self.points = []

    def deactivate(self):
        self.reset()
        super().deactivate()

    # -- helpers ----------------------------------------------------------------
    @staticmethod
    def _rectangle(a: QgsPointXY, b: QgsPointXY) -> QgsGeometry:
        return QgsGeometry.fromRect(QgsRectangle(a, b))

    def _show(self, geometry: QgsGeometry) -> None:
        self.band.setToGeometry(geometry, None)

    def _emit(self, geometry: QgsGeometry) -> None:
        if geometry.isEmpty() or geometry.area() <= 0:
            self.reset()
            return
        self._show(geometry)
        self.areaDrawn.emit(geometry)

    def clear(self) -> None:
        """Remove the rubber band from the canvas (on unload)."""
        self.reset()
        self.canvas().scene().removeItem(self.band)
