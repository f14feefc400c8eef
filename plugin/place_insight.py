"""The Place Insight plugin: Processing provider, menu, toolbar, translator."""

from __future__ import annotations

from qgis.core import Qgis, QgsApplication, QgsMessageLog
from qgis.PyQt.QtCore import QObject, Qt, QUrl, pyqtSlot
from qgis.PyQt.QtGui import QDesktopServices, QIcon
from qgis.PyQt.QtWidgets import QAction, QMenu, QPushButton

from ..engine import dependencies, parallel
from ..processing_algorithms import base as algorithm_base
from ..processing_algorithms.provider import PlaceInsightProvider
from .about import ICON, ROOT, AboutDialog
from .bridge.i18n import Translation, tr

#: Packages checked when the plugin loads (osmnx and shapely are asked for only by the work that needs them).
REQUIRED_PACKAGES = dependencies.REQUIRED
LOG_TAG = "Place Insight"
#: Links of this scheme (the toolbox's refusal to run an algorithm) open the installer.
URL_SCHEME = "placeinsight"
INSTALLER_URL = f"{URL_SCHEME}:install-packages"
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
        self.installer_dialog = None
        self.missing_packages: list[str] = []
        self._links: _LinkHandler | None = None

    # -- Processing ------------------------------------------------------------
    def initProcessing(self) -> None:
        if self.provider is None:
            self.provider = PlaceInsightProvider()
            QgsApplication.processingRegistry().addProvider(self.provider)
        self.check_dependencies()

    def check_dependencies(self) -> list[str]:
        """Log (and show once, with a button that opens the installer) which required packages are missing."""
        missing = dependencies.missing(REQUIRED_PACKAGES)
        if missing and missing != self.missing_packages:
            message = dependencies.missing_message(missing)
            QgsMessageLog.logMessage(message, LOG_TAG, Qgis.MessageLevel.Warning)
            if self.iface is not None:
                bar = self.iface.messageBar()
                widget = bar.createMessage(tr("Place Insight"), message)
                button = QPushButton(tr("Install missing Python packages…"), widget)
                button.setObjectName("PlaceInsightInstallButton")
                button.clicked.connect(self.show_installer)
                widget.layout().addWidget(button)
                bar.pushWidget(widget, Qgis.MessageLevel.Warning, 0)
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
        self.add_action(tr("Install missing Python packages…"), self.show_installer, object_name="PlaceInsightInstallPackages")
        self.add_action(tr("About Place Insight…"), self.show_about, toolbar=True, object_name="PlaceInsightAbout")
        self._links = _LinkHandler(self.show_installer)
        QDesktopServices.setUrlHandler(URL_SCHEME, self._links, "open_url")
        algorithm_base.INSTALLER_LINK[:] = [INSTALLER_URL]

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

    def show_installer(self) -> None:
        """The dialog that installs the missing Python packages."""
        from .installer_dialog import InstallerDialog

        if self.installer_dialog is None or not self.installer_dialog.running:
            if self.installer_dialog is not None:
                self.installer_dialog.deleteLater()
            parent = self.iface.mainWindow() if self.iface is not None else None
            self.installer_dialog = InstallerDialog(parent)
        self.installer_dialog.show()
        self.installer_dialog.raise_()

    def toggle_portraits(self) -> None:
        """Open the Pen portraits dock (or close it when it is open)."""
        from .portrait_dock import PortraitDock

        if self.dock is None:
            self.dock = PortraitDock(self.iface, self.iface.mainWindow())
            self.dock.installRequested.connect(self.show_installer)
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
        if self.installer_dialog is not None:
            self.installer_dialog.close()
            self.installer_dialog.deleteLater()
            self.installer_dialog = None
        if self._links is not None:
            QDesktopServices.unsetUrlHandler(URL_SCHEME)
            algorithm_base.INSTALLER_LINK.clear()
            self._links.deleteLater()
            self._links = None
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


class _LinkHandler(QObject):
    """Receives the ``placeinsight:`` links QGIS opens (the toolbox's "cannot be run" dialog)."""

    def __init__(self, show_installer) -> None:
        super().__init__()
        self._show_installer = show_installer

    @pyqtSlot(QUrl)
    def open_url(self, url: QUrl) -> None:
        if url.toString() == INSTALLER_URL:
            self._show_installer()
