"""English and French: the translator follows the QGIS locale, and the .ts is complete."""

from __future__ import annotations

import subprocess
import sys

import pytest
from algorithm_runs import remove_provider
from qgis.core import QgsApplication

import place_insight
from place_insight.engine import i18n as engine_i18n
from place_insight.engine.segmentation.catalogue import CatalogueError
from place_insight.engine.segmentation.catalogue_format import catalogue_from_dict
from place_insight.plugin.bridge.i18n import tr


def test_english_by_default():
    assert tr("About Place Insight…") == "About Place Insight…"


def test_plugin_loaded_with_the_french_locale_speaks_french(qgis_iface, processing_ready, french):
    remove_provider()
    registry = QgsApplication.processingRegistry()
    plugin = place_insight.classFactory(qgis_iface)
    plugin.initGui()
    try:
        about = next(a for a in plugin.actions if a.objectName() == "PlaceInsightAbout")
        assert about.text() == "À propos de Place Insight…"
        assert plugin.toolbar.windowTitle() == "Place Insight"
        provider = registry.providerById("placeinsight")
        assert provider.longName().startswith("Place Insight : ")
        algorithm = registry.algorithmById("placeinsight:exportcatalogue")
        assert algorithm.displayName() == "Exporter le catalogue de classification"
        assert "page d’aide" in algorithm.shortHelpString()
        help_texts = [p.help() for p in algorithm.parameterDefinitions()]
        assert any("catalogue" in h and "é" in h for h in help_texts), help_texts
    finally:
        plugin.unload()


def test_engine_messages_follow_the_translator(french):
    with pytest.raises(CatalogueError) as error:
        catalogue_from_dict({"format": "placeinsight-catalogue/1", "levels": []}, source_name="x.json")
    assert "aucun niveau" in str(error.value)
    assert engine_i18n.tr("High") == "Élevé"


def test_translations_are_complete_and_up_to_date(root):
    completed = subprocess.run(
        [sys.executable, str(root / "scripts" / "translations.py"), "check"], capture_output=True, text=True
    )
    assert completed.returncode == 0, completed.stdout + completed.stderr
