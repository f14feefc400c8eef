"""The plugin loads, registers its provider, menu and toolbar, and unloads without a trace."""

from __future__ import annotations

import importlib.util
import sys

from algorithm_runs import remove_provider
from child_processes import ends_within, running
from qgis.core import Qgis, QgsApplication
from qgis.PyQt.QtCore import QCoreApplication, QEvent
from qgis.PyQt.QtWidgets import QMenu, QToolBar

import place_insight


def flush_deletions():
    QgsApplication.processEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def menus(iface):
    return [a.menu() for a in iface.mainWindow().menuBar().actions() if a.menu() is not None]


def test_plugin_loads_registers_and_unloads_without_a_trace(qgis_iface, processing_ready, root):
    remove_provider()  # registered by another test's fixture
    registry = QgsApplication.processingRegistry()
    log = []
    QgsApplication.messageLog().messageReceived.connect(lambda message, tag, level: log.append((tag, level, message)))
    plugin = place_insight.classFactory(qgis_iface)
    plugin.initGui()
    QgsApplication.processEvents()

    provider = registry.providerById("placeinsight")
    assert provider is not None and provider.name() == "Place Insight"
    assert not provider.icon().isNull()
    assert registry.algorithmById("placeinsight:exportcatalogue") is not None
    our_menus = [m for m in menus(qgis_iface) if m.objectName() == "PlaceInsightMenu"]
    assert len(our_menus) == 1
    assert any(a.objectName() == "PlaceInsightAbout" for a in our_menus[0].actions())
    toolbar = qgis_iface.mainWindow().findChild(QToolBar, "PlaceInsightToolbar")
    assert toolbar is not None and toolbar.actions()
    # nothing went wrong while loading (all dependencies are installed in the test venv)
    problems = [entry for entry in log if entry[1] >= Qgis.MessageLevel.Warning and "Place Insight" in entry[0]]
    assert not problems, problems
    assert plugin.missing_packages == []

    plugin.show_about()
    assert plugin.about_dialog.isVisible()
    metadata = (root / "metadata.txt").read_text().splitlines()
    version = next(line.split("=", 1)[1] for line in metadata if line.startswith("version="))
    assert f"Place Insight {version}" in plugin.about_dialog.browser.toPlainText()

    plugin.unload()
    flush_deletions()
    assert registry.providerById("placeinsight") is None
    assert not [m for m in menus(qgis_iface) if m.objectName() == "PlaceInsightMenu"]
    assert qgis_iface.mainWindow().findChild(QToolBar, "PlaceInsightToolbar") is None
    assert plugin.about_dialog is None
    assert not plugin.translation.installed
    assert not qgis_iface.mainWindow().findChildren(QMenu, "PlaceInsightMenu")


def test_plugin_loads_twice_in_a_row(qgis_iface, processing_ready):
    remove_provider()
    registry = QgsApplication.processingRegistry()
    for _ in range(2):
        plugin = place_insight.classFactory(qgis_iface)
        plugin.initGui()
        assert registry.providerById("placeinsight") is not None
        plugin.unload()
        QgsApplication.processEvents()
        assert registry.providerById("placeinsight") is None


def test_unload_stops_the_helper_process(qgis_iface, processing_ready, helper_process):
    remove_provider()
    plugin = place_insight.classFactory(qgis_iface)
    plugin.initGui()
    pids = list(helper_process._processes)
    assert len(pids) == 1 and running(pids[0])
    plugin.unload()
    assert ends_within(pids[0], 15)


def test_processing_only_load_without_an_interface(processing_ready):
    """qgis_process creates the plugin with iface=None and only calls initProcessing."""
    remove_provider()
    registry = QgsApplication.processingRegistry()
    plugin = place_insight.classFactory(None)
    plugin.initProcessing()
    assert registry.providerById("placeinsight") is not None
    plugin.unload()
    assert registry.providerById("placeinsight") is None


def test_package_imports_whatever_the_folder_is_called(tmp_path, root):
    clone = tmp_path / "my clone-of_place insight"
    clone.symlink_to(root, target_is_directory=True)
    spec = importlib.util.spec_from_file_location(
        "some_other_name", clone / "__init__.py", submodule_search_locations=[str(clone)]
    )
    module = importlib.util.module_from_spec(spec)
    sys.modules["some_other_name"] = module
    try:
        spec.loader.exec_module(module)
        importlib.import_module("some_other_name.processing_algorithms.provider")
        importlib.import_module("some_other_name.plugin.place_insight")
        assert callable(module.classFactory)
    finally:
        for name in [n for n in sys.modules if n == "some_other_name" or n.startswith("some_other_name.")]:
            del sys.modules[name]
