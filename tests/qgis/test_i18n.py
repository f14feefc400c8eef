"""English and French: the translator follows the QGIS locale, and the .ts is complete."""

from __future__ import annotations

import subprocess
import sys

import pytest
from algorithm_runs import remove_provider
from qgis.core import QgsApplication
from qgis.PyQt.QtCore import QLocale

import place_insight
from place_insight.engine import i18n as engine_i18n
from place_insight.engine.i18n import format_count, format_number
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


@pytest.mark.parametrize("language", ["en", "fr"])
def test_engine_numbers_are_written_as_qlocale_writes_them(language):
    locale = QLocale(language)
    for value, decimals in ((1234567.5, 1), (0.5, 3), (-1234.0, 0), (40411.0, 0), (12.25, 2), (999.0, 0)):
        assert format_number(value, decimals, language=language) == locale.toString(value, "f", decimals)
    assert format_count(4014, language=language) == locale.toString(4014.0, "f", 0)


def test_engine_numbers_follow_the_qgis_locale(french):
    assert engine_i18n.current_language() == "fr"
    assert format_number(327.34, 1) == QLocale("fr").toString(327.34, "f", 1) == "327,3"


def test_singular_and_plural_in_french(french):
    from network_fixtures import lines

    from place_insight.engine.network import network_messages

    network = lines([[(0, 0), (1500, 0)], [(1500, 0), (3000, 0)], [(5000, 5000), (6000, 5000)]], highway=["residential"] * 3)
    infos, warnings = network_messages(network, ["walk"])
    assert "À pied : 3 tronçons utilisables, 4,0 km, en 2 parties non reliées entre elles." in infos
    assert warnings[0].startswith("À pied : 1,0 km du réseau se trouvent sur 1 îlot non relié au réseau principal")


def test_the_about_text_puts_a_space_before_its_colons_in_french(french):
    from place_insight.plugin.about import about_html

    text = about_html()
    assert "Auteur : " in text and "Page d’accueil : " in text and "Auteur:" not in text


def test_french_translations_space_their_punctuation(root):
    import importlib.util
    import re

    spec = importlib.util.spec_from_file_location("translations", root / "scripts" / "translations.py")
    translations = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(translations)
    problems = []
    for french in translations.read_ts(translations.ts_path("fr")).values():
        prose = re.sub(r"\w+=[\w.,]+;", "", french)  # typed lists such as J=80; L=75 keep their separator
        for match in re.finditer(r"[^\s(\[/*]([:;!?])(?=\s|$)", prose):
            problems.append(f"{match.group(1)} glued in: {prose[max(0, match.start() - 40) : match.end() + 10]}")
        for match in re.finditer(r"[\d}][ \u00a0]?%", french):
            problems.append(f"% without the narrow no-break space in: {french[max(0, match.start() - 40) : match.end() + 10]}")
    assert not problems, "\n".join(problems)
