"""Where QGIS users meet the installer: the menu, the start-up message, the toolbox's refusal, the dialog."""

from __future__ import annotations

import os
import socket
import time

import pytest
from algorithm_runs import remove_provider
from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QCoreApplication, QUrl
from qgis.PyQt.QtGui import QDesktopServices, QTextDocument
from qgis.PyQt.QtWidgets import QMenu, QPushButton

import place_insight
from place_insight.engine import dependencies
from place_insight.plugin import installer_dialog


@pytest.fixture
def plugin(qgis_iface, processing_ready):
    remove_provider()
    loaded = place_insight.classFactory(qgis_iface)
    loaded.initGui()
    yield loaded
    loaded.unload()
    QCoreApplication.processEvents()


def our_action(iface, name):
    menu = next(m for m in iface.mainWindow().findChildren(QMenu) if m.objectName() == "PlaceInsightMenu")
    return next(a for a in menu.actions() if a.objectName() == name)


def test_the_menu_opens_the_installer_which_says_when_nothing_is_missing(plugin, qgis_iface):
    our_action(qgis_iface, "PlaceInsightInstallPackages").trigger()
    dialog = plugin.installer_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.names == [] and not dialog.install_button.isEnabled()
    assert "Every Python package Place Insight needs is installed" in dialog.intro.text()


def test_a_missing_package_is_shown_at_start_with_a_button_that_opens_the_installer(plugin, qgis_iface, monkeypatch):
    real = dependencies.missing
    monkeypatch.setattr(dependencies, "missing", lambda names: [n for n in names if n == "scipy"] or real(names))
    monkeypatch.setattr(dependencies, "installed_version", lambda name: None if name == "scipy" else "9.9")
    qgis_iface.messageBar().clearWidgets()
    assert plugin.check_dependencies() == ["scipy"]
    bar = qgis_iface.messageBar()
    button = bar.currentItem().findChild(QPushButton, "PlaceInsightInstallButton")
    assert "scipy (missing)" in bar.currentItem().text()
    button.click()
    dialog = plugin.installer_dialog
    assert dialog.isVisible() and dialog.names == ["scipy"]
    assert "statistical tests" in dialog.intro.text()  # what scipy is for


def test_the_toolbox_refusal_links_to_the_installer(plugin, monkeypatch):
    """QGIS's toolbox shows canExecute's text as HTML and opens its links with QDesktopServices."""
    monkeypatch.setattr(dependencies, "missing", lambda names: [n for n in names if n == "pandas"])
    monkeypatch.setattr(dependencies, "installed_version", lambda name: None)
    algorithm = QgsApplication.processingRegistry().algorithmById("placeinsight:segmentprofile")
    ok, message = algorithm.canExecute()
    assert not ok
    document = QTextDocument()
    document.setHtml(message)
    assert "pandas (missing)" in document.toPlainText() and "then restart QGIS." in document.toPlainText()
    assert 'href="placeinsight:install-packages"' in message
    assert plugin.installer_dialog is None
    QDesktopServices.openUrl(QUrl("placeinsight:install-packages"))
    assert plugin.installer_dialog is not None and plugin.installer_dialog.isVisible()


def test_the_dialog_shows_pip_s_progress_and_log_while_qgis_stays_responsive(plugin, monkeypatch):
    for name in [n for n in os.environ if n.startswith("PIP_")]:
        monkeypatch.delenv(name)
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    monkeypatch.setenv("PIP_CONFIG_FILE", os.devnull)
    monkeypatch.setenv("PIP_INDEX_URL", f"http://127.0.0.1:{port}/simple")  # no network
    monkeypatch.setenv("PIP_RETRIES", "1")
    dialog = installer_dialog.InstallerDialog(None, ["place-insight-absent-test-package"])
    dialog.show()
    dialog.install_button.click()
    ticks = 0
    deadline = time.monotonic() + 300
    while dialog.running:  # the event loop turns while pip runs
        assert time.monotonic() < deadline
        QCoreApplication.processEvents()
        ticks += 1
        time.sleep(0.01)
    assert ticks > 5
    assert "could not be reached" in dialog.status.text()
    assert "pip install" in dialog.log.toPlainText() and dialog.progress.value() == 100
    assert dialog.install_button.isEnabled()  # to try again
    dialog.close()
