"""The Pen portraits dock on the sample town: a screenshot, and the portrait of a ward in English and French."""

from __future__ import annotations

import time


def _interface():
    """The few parts of QGIS's interface the dock uses, around a real map canvas (make demo runs under Xvfb)."""
    from qgis.gui import QgsMapCanvas
    from qgis.PyQt.QtCore import QObject, pyqtSignal
    from qgis.PyQt.QtWidgets import QMainWindow

    class DemoInterface(QObject):
        currentLayerChanged = pyqtSignal(object)

        def __init__(self):
            super().__init__()
            self.window = QMainWindow()
            self.window.setWindowTitle("QGIS — Place Insight")
            self.canvas = QgsMapCanvas(self.window)
            self.window.setCentralWidget(self.canvas)
            self.layer = None

        def mapCanvas(self):  # noqa: N802 - QGIS's interface names
            return self.canvas

        def mainWindow(self):  # noqa: N802
            return self.window

        def activeLayer(self):  # noqa: N802
            return self.layer

        def setActiveLayer(self, layer):  # noqa: N802
            self.layer = layer
            self.currentLayerChanged.emit(layer)

        def addDockWidget(self, area, dock):  # noqa: N802
            self.window.addDockWidget(area, dock)

        def removeDockWidget(self, dock):  # noqa: N802
            self.window.removeDockWidget(dock)

    return DemoInterface()


def _wait(dock, app) -> None:
    deadline = time.time() + 60
    app.processEvents()
    while (dock.busy or dock._timer.isActive()) and time.time() < deadline:
        app.processEvents()
        time.sleep(0.02)
    app.processEvents()


def _portrait(iface, wards, ward_id, app):
    from qgis.PyQt.QtCore import Qt

    from place_insight.plugin.portrait_dock import PortraitDock

    dock = PortraitDock(iface, iface.window)
    iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
    iface.setActiveLayer(wards)
    wards.selectByIds([ward_id])
    _wait(dock, app)
    return dock


def run(ctx) -> list[dict]:
    from qgis.core import QgsApplication, QgsFillSymbol, QgsSettings, QgsSingleSymbolRenderer
    from qgis.PyQt.QtGui import QColor

    from place_insight.engine.segmentation.catalogue_files import builtin_catalogues, load_catalogue
    from place_insight.plugin.bridge.i18n import Translation
    from place_insight.plugin.bridge.styling import style_by_segment

    app = QgsApplication.instance()
    catalogue = load_catalogue(builtin_catalogues()["demo"])
    postcodes = ctx.load("postcodes", "postcodes")
    style_by_segment(postcodes, "segment", catalogue, "group", "en")
    wards = ctx.load("wards", "wards")
    wards.setRenderer(
        QgsSingleSymbolRenderer(
            QgsFillSymbol.createSimple({"color": "0,0,0,0", "outline_color": "#333333", "outline_width": "0.5"})
        )
    )
    ward = next(f for f in wards.getFeatures() if f["ward_name"])
    iface = _interface()
    canvas = iface.canvas
    canvas.setDestinationCrs(postcodes.crs())
    canvas.setSelectionColor(QColor(255, 230, 0, 90))
    canvas.setLayers([wards, postcodes])
    iface.window.resize(1500, 950)
    iface.window.show()
    dock = _portrait(iface, wards, ward.id(), app)
    dock.setMinimumWidth(560)
    app.processEvents()
    canvas.setExtent(wards.boundingBoxOfSelected().buffered(1200))
    canvas.refresh()
    canvas.waitWhileRendering()
    app.processEvents()
    iface.window.grab().save(str(ctx.path("pen_portrait_dock.png")))
    dock.export_html(str(ctx.path("pen_portrait_en.html")))
    title, cards = dock.portrait.title, [f"{c.code} {c.name}" for c in dock.portrait.cards]
    dock.cleanup()
    dock.deleteLater()

    settings = QgsSettings()
    previous = settings.value("locale/userLocale", "")
    settings.setValue("locale/userLocale", "fr")
    french = Translation()
    french.install()
    try:
        dock = _portrait(iface, wards, ward.id(), app)
        dock.export_html(str(ctx.path("pen_portrait_fr.html")))
        dock.cleanup()
        dock.deleteLater()
    finally:
        french.remove()
        settings.setValue("locale/userLocale", previous or "en")
    iface.window.close()
    return [
        {
            "title": "Pen portrait of a ward",
            "description": (
                f"The Pen portraits dock following the selection of the ward {title}: its households, "
                "its segment mix against the whole town, and the portrait cards of its dominant groups "
                f"({', '.join(cards)}), exported in English and French."
            ),
            "images": [("The dock beside the map (the selected ward is highlighted)", "pen_portrait_dock.png")],
            "files": [
                ("Portrait in English (HTML)", "pen_portrait_en.html"),
                ("Portrait en français (HTML)", "pen_portrait_fr.html"),
            ],
        }
    ]
