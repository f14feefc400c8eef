"""The Place Insight plugin: Processing provider, menu, toolbar, translator."""

from __future__ import annotations

from qgis.core import Qgis, QgsApplication, QgsMessageLog
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QAction, QMenu

from ..engine import dependencies, parallel
from ..processing_algorithms.provider import PlaceInsightProvider
from .about import ICON, ROOT, AboutDialog
from .bridge.i18n import Translation, tr

#: Packages checked when the plugin loads.
REQUIRED_PACKAGES = ("pandas", "scipy", "networkx", "osmnx")
LOG_TAG = "Place Insight"
PORTRAIT_ICON = ROOT / "resources" / "icons" / "pen_portrait.svg"
STYLE_ICON = ROOT / "resources" / "icons" / "style_by_segment.svg"


class PlaceInsightPlugin:
    """Created by QGIS through ``classFactory``; ``iface`` is None in qgis_process."""

    def __init__(self, iface) -> None:
        self.iface = iface
        self.translation = Translation()
        self.translation.install()
        self.provider: PlaceInsightProvider | None = None
        self.menu: QMenu | None = None
        self.toolbar = None
        self.actions: list[QAction] = []
        self.about_dialog: AboutDialog | None = None
        self.dock = None
        self.style_dialog = None
        self.missing_packages: list[str] = []

    # -- Processing ------------------------------------------------------------
    def initProcessing(self) -> None:
        if self.provider is None:
            self.provider = PlaceInsightProvider()
            QgsApplication.processingRegistry().addProvider(self.provider)
        self.check_dependencies()

    def check_dependencies(self) -> list[str]:
        """Log (and show once) which required packages are missing, with the install command."""
        missing = dependencies.missing(REQUIRED_PACKAGES)
        if missing and missing != self.missing_packages:
            message = dependencies.missing_message(missing)
            QgsMessageLog.logMessage(message, LOG_TAG, Qgis.MessageLevel.Warning)
            if self.iface is not None:
                self.iface.messageBar().pushMessage(tr("Place Insight"), message, Qgis.MessageLevel.Warning, 0)
        self.missing_packages = missing
        return missing

    # -- GUI -------------------------------------------------------------------
    def initGui(self) -> None:
        self.initProcessing()
        main_window = self.iface.mainWindow()
        self.menu = QMenu(tr("&Place Insight"), main_window)
        self.menu.setObjectName("PlaceInsightMenu")
        menu_bar = main_window.menuBar()
        help_menu = next((a for a in menu_bar.actions() if a.menu() and a.menu().objectName() == "mHelpMenu"), None)
        if help_menu is not None:
            menu_bar.insertMenu(help_menu, self.menu)
        else:
            menu_bar.addMenu(self.menu)
        self.toolbar = self.iface.addToolBar(tr("Place Insight"))
        self.toolbar.setObjectName("PlaceInsightToolbar")
        self.add_action(
            tr("Pen portraits"),
            self.toggle_portraits,
            toolbar=True,
            object_name="PlaceInsightPortraits",
            icon=QIcon(str(PORTRAIT_ICON)),
        )
        self.add_action(
            tr("Style by segment…"), self.show_style_dialog, object_name="PlaceInsightStyleBySegment", icon=QIcon(str(STYLE_ICON))
        )
        self.add_action(tr("About Place Insight…"), self.show_about, toolbar=True, object_name="PlaceInsightAbout")

    def add_action(self, text: str, callback, *, toolbar: bool = False, object_name: str = "", icon=None) -> QAction:
        """Add an action to the Place Insight menu (and toolbar)."""
        action = QAction(icon or QIcon(str(ICON)), text, self.iface.mainWindow())
        action.setObjectName(object_name)
        action.triggered.connect(callback)
        self.menu.addAction(action)
        if toolbar:
            self.toolbar.addAction(action)
        self.actions.append(action)
        return action

    def show_about(self) -> None:
        if self.about_dialog is None:
            self.about_dialog = AboutDialog(self.iface.mainWindow())
        self.about_dialog.show()
        self.about_dialog.raise_()

    def toggle_portraits(self) -> None:
        """Open the Pen portraits dock (or close it when it is open)."""
        from .portrait_dock import PortraitDock

        if self.dock is None:
            self.dock = PortraitDock(self.iface, self.iface.mainWindow())
            self.iface.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
            self.dock.show()
            return
        self.dock.setVisible(not self.dock.isVisible())

    def show_style_dialog(self) -> None:
        from .style_dialog import StyleBySegmentDialog

        if self.style_dialog is None:
            self.style_dialog = StyleBySegmentDialog(self.iface.activeLayer(), self.iface.mainWindow())
        elif self.iface.activeLayer() is not None:
            self.style_dialog.layer_box.setLayer(self.iface.activeLayer())
        self.style_dialog.show()
        self.style_dialog.raise_()

    def unload(self) -> None:
        """Remove every trace: dock, map tool, dialogs, actions, menu, toolbar, provider, translator, and the
        helper process of the catchment searches."""
        if self.dock is not None:
            self.dock.cleanup()
            self.iface.removeDockWidget(self.dock)
            self.dock.close()
            self.dock.deleteLater()
            self.dock = None
        if self.style_dialog is not None:
            self.style_dialog.close()
            self.style_dialog.deleteLater()
            self.style_dialog = None
        if self.about_dialog is not None:
            self.about_dialog.close()
            self.about_dialog.deleteLater()
            self.about_dialog = None
        for action in self.actions:
            if self.menu is not None:
                self.menu.removeAction(action)
            if self.toolbar is not None:
                self.toolbar.removeAction(action)
            action.deleteLater()
        self.actions = []
        if self.menu is not None:
            self.menu.menuAction().setVisible(False)
            self.iface.mainWindow().menuBar().removeAction(self.menu.menuAction())
            self.menu.deleteLater()
            self.menu = None
        if self.toolbar is not None:
            self.iface.mainWindow().removeToolBar(self.toolbar)
            self.toolbar.deleteLater()
            self.toolbar = None
        if self.provider is not None:
            QgsApplication.processingRegistry().removeProvider(self.provider)
            self.provider = None
        parallel.stop_helper()
        self.translation.remove()
