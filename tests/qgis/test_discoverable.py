"""Found by the words users type, short help beside the dialog, a help page per algorithm, an icon per algorithm."""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import unquote, urlparse

import pytest
from qgis.core import QgsApplication, QgsProcessingParameterDefinition
from qgis.PyQt.QtCore import QModelIndex, QObject, QUrl, pyqtSlot
from qgis.PyQt.QtSvg import QSvgRenderer

from place_insight.processing_algorithms import help_pages

ROOT = Path(__file__).resolve().parents[2]
SHORT_HELP_WORDS = {"en": 150, "fr": 175}  # French runs about a fifth longer

#: What users type in the toolbox search box, and the algorithms each search must list.
SEARCHES = {
    "isochrone": {"catchments"},
    "service area": {"catchments", "nearestfacility"},
    "drive time": {"catchments", "nearestfacility", "traveltimematrix"},
    "walk time": {"catchments", "nearestfacility", "traveltimematrix"},
    "temps de trajet": {"catchments", "nearestfacility", "traveltimematrix"},
    "OD matrix": {"traveltimematrix"},
    "location-allocation": {"optimiselocations"},
    "p-median": {"optimiselocations"},
    "p-médian": {"optimiselocations"},
    "maximal covering": {"optimiselocations"},
    "hotspot": {"surveyclusters", "verifyclusters"},
    "point chaud": {"surveyclusters", "verifyclusters"},
    "Getis": {"surveyclusters"},
    "Getis-Ord": {"surveyclusters"},
    "CrimeStat": {"surveyclusters"},
    "fear of crime": {"surveyclusters", "verifyclusters"},
    "sentiment d'insécurité": {"surveyclusters", "verifyclusters"},
    "geodemographic": {"segmentprofile", "areacomposition", "exportcatalogue"},
    "géodémographie": {"segmentprofile", "areacomposition", "exportcatalogue"},
    "Mosaic": {"segmentprofile", "areacomposition", "exportcatalogue"},
    "ACORN": {"segmentprofile", "areacomposition", "exportcatalogue"},
    "OAC": {"segmentprofile", "areacomposition", "exportcatalogue"},
    "OSM": {"buildnetwork", "catchments", "traveltimematrix", "nearestfacility", "optimiselocations"},
    "OpenStreetMap": {"buildnetwork", "catchments", "traveltimematrix", "nearestfacility", "optimiselocations"},
    "target market": {"targetareas"},
    "marché cible": {"targetareas"},
    "campaign": {"compareprofiles"},
    "chi-square": {"compareprofiles"},
    "channel shift": {"channeldemand"},
    "face-à-face": {"channeldemand"},
    "customer type": {"catchments", "nearestfacility", "optimiselocations"},
    "type de public": {"catchments", "nearestfacility", "optimiselocations"},
}


def toolbox_search(text: str) -> set[str]:
    """The Place Insight algorithms the Processing toolbox lists for ``text`` (its own model and filter)."""
    from qgis.gui import QgsProcessingToolboxProxyModel

    model = QgsProcessingToolboxProxyModel(None, QgsApplication.processingRegistry())
    model.setFilterString(text)
    found = set()

    def walk(parent):
        for row in range(model.rowCount(parent)):
            index = model.index(row, 0, parent)
            algorithm = model.toolboxModel().algorithmForIndex(model.mapToSource(index))
            if algorithm is not None and algorithm.provider() and algorithm.provider().id() == "placeinsight":
                found.add(algorithm.name())
            walk(index)

    walk(QModelIndex())
    return found


def algorithms(provider, *, models: bool = True):
    """Fresh instances of the algorithms and example models (in the current language, as a dialog creates them)."""
    return [a.create() for a in provider.algorithms() if models or not a.name().startswith("model_")]


def check_searches():
    missing = {text: sorted(expected - toolbox_search(text)) for text, expected in SEARCHES.items()}
    assert not {k: v for k, v in missing.items() if v}, missing


def test_the_toolbox_search_finds_every_algorithm_by_the_words_users_type(provider):
    check_searches()
    assert toolbox_search("no such word anywhere") == set()
    found = set().union(*(toolbox_search(text) for text in SEARCHES))
    assert {a.name() for a in algorithms(provider, models=False)} <= found


def test_the_toolbox_search_finds_them_in_french_too(provider, french):
    assert QgsApplication.processingRegistry().algorithmById("placeinsight:catchments").displayName().startswith("Zones")
    check_searches()
    assert "catchments" in toolbox_search("zone de desserte") and "catchments" in toolbox_search("isochrones")


def short_help_checks(provider, language):
    for algorithm in algorithms(provider):
        text = algorithm.shortHelpString()
        words = help_pages.word_count(text)
        assert 20 <= words <= SHORT_HELP_WORDS[language], f"{algorithm.id()}: {words} words"
        assert html.escape(algorithm.shortDescription(), quote=False) in text
        assert algorithm.helpUrl() in text
        for parameter in algorithm.parameterDefinitions():
            if not parameter.flags() & QgsProcessingParameterDefinition.Flag.FlagAdvanced:
                assert html.escape(parameter.description(), quote=False) in text, (algorithm.id(), parameter.name())


def test_short_help_is_short_and_names_every_main_parameter(provider):
    short_help_checks(provider, "en")


def test_short_help_is_short_in_french(provider, french):
    short_help_checks(provider, "fr")
    assert "page d’aide" in algorithms(provider)[0].shortHelpString()


def test_every_main_parameter_and_output_has_its_note(provider):
    for algorithm in algorithms(provider):
        noted = {name for names, _note in algorithm.parameter_notes() for name in names}
        for parameter in algorithm.parameterDefinitions():
            if not parameter.flags() & QgsProcessingParameterDefinition.Flag.FlagAdvanced:
                assert parameter.name() in noted, f"{algorithm.id()}: {parameter.name()} has no line in the help panel"
        assert noted <= {p.name() for p in algorithm.parameterDefinitions()}, algorithm.id()
        assert algorithm.shortDescription().count("\n") == 0 and len(algorithm.shortDescription()) < 130


def local_file(url: str) -> Path:
    parsed = urlparse(url)
    assert parsed.scheme == "file", url
    return Path(unquote(parsed.path))


def help_url_checks(provider, language):
    for algorithm in algorithms(provider):
        path = local_file(algorithm.helpUrl())
        assert path.is_file(), path
        assert path.parent == ROOT / "resources" / "help" / language
        page = path.read_text(encoding="utf-8")
        assert f'<html lang="{language}">' in page
        assert html.escape(algorithm.displayName(), quote=False) in page
        for parameter in algorithm.parameterDefinitions():
            assert html.escape(parameter.description(), quote=False) in page, (algorithm.id(), parameter.name())
            if not parameter.isDestination():
                assert html.escape(parameter.help(), quote=False) in page, (algorithm.id(), parameter.name())
        for label, text in algorithm.output_help():
            assert html.escape(label, quote=False) in page and html.escape(text, quote=False) in page
        assert "http://" not in page and "https://" not in page  # nothing to fetch: it opens offline


def test_help_url_is_the_shipped_page(provider):
    help_url_checks(provider, "en")


def test_help_url_is_the_french_page_in_french(provider, french):
    help_url_checks(provider, "fr")
    assert "Paramètres" in local_file(algorithms(provider)[0].helpUrl()).read_text(encoding="utf-8")


def test_the_shipped_help_pages_match_the_code(provider):  # the models find their steps in the registry
    problems = help_pages.stale_pages(type(provider).documented_algorithms)
    assert not problems, "run scripts/translations.py update (or scripts/help_pages.py): " + "; ".join(problems)


def test_links_between_help_pages_lead_somewhere():
    pages = sorted((ROOT / "resources" / "help").glob("*/*.html"))
    assert len(pages) >= 22
    for page in pages:
        for target in re.findall(r'href="([^"]+)"', page.read_text(encoding="utf-8")):
            assert (page.parent / target).is_file(), f"{page.name} links to {target}"


class OpenedUrls(QObject):
    """Receives what QGIS asks the desktop to open (registered for file:// URLs)."""

    def __init__(self) -> None:
        super().__init__()
        self.urls: list[str] = []

    @pyqtSlot(QUrl)
    def open(self, url):
        self.urls.append(url.toString())


def test_the_help_button_of_the_dialog_opens_the_page(qgis_iface, provider, monkeypatch):
    from processing.gui.AlgorithmDialog import AlgorithmDialog
    from qgis.gui import QgsBrowserGuiModel
    from qgis.PyQt.QtGui import QDesktopServices
    from qgis.PyQt.QtWidgets import QDialogButtonBox

    browser = QgsBrowserGuiModel()
    monkeypatch.setattr(qgis_iface, "browserModel", lambda: browser, raising=False)  # the test interface has none
    algorithm = QgsApplication.processingRegistry().createAlgorithmById("placeinsight:catchments")
    dialog = AlgorithmDialog(algorithm)
    opened = OpenedUrls()
    QDesktopServices.setUrlHandler("file", opened, "open")
    try:
        dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Help).click()
    finally:
        QDesktopServices.unsetUrlHandler("file")
        dialog.deleteLater()
    assert opened.urls == [algorithm.helpUrl()]
    assert local_file(opened.urls[0]).name == "catchments.html"


PATH_LIKE = re.compile(r"(?<![\w/.-])(?:[\w-]+/)+[\w.-]+\.(?:md|py|json|csv|html|txt|svg|model3|gpkg)\b")


def test_no_text_names_a_file_an_installed_plugin_lacks(root):
    texts = []
    for message in ET.parse(root / "i18n" / "place_insight_fr.ts").iter("message"):
        texts.extend(t for t in (message.findtext("source"), message.findtext("translation")) if t)
    texts.extend(p.read_text(encoding="utf-8") for p in (root / "resources" / "help").glob("*/*.html"))
    found = {match for text in texts for match in PATH_LIKE.findall(text)}
    assert not [path for path in found if not (root / path).is_file()], found
    assert not any("docs/" in text for text in texts)


def test_every_algorithm_has_its_own_icon_on_a_24_pixel_grid(provider):
    paths = set()
    for algorithm in algorithms(provider, models=False):
        path = Path(algorithm.svgIconPath())
        assert path.parent == ROOT / "resources" / "icons" and path.stem == algorithm.name()
        assert QSvgRenderer(str(path)).isValid() and not algorithm.icon().isNull()
        assert 'viewBox="0 0 24 24"' in path.read_text(encoding="utf-8")
        paths.add(path)
    assert len(paths) == len(algorithms(provider, models=False))
    model_icons = {a.svgIconPath() for a in algorithms(provider) if a.name().startswith("model_")}
    assert len(model_icons) == 1 and QSvgRenderer(model_icons.pop()).isValid()  # one icon for the example models


@pytest.mark.parametrize("language", help_pages.LANGUAGES)
def test_the_catalogue_format_page_ships_in_every_language(language):
    page = (ROOT / "resources" / "help" / language / "catalogue_format.html").read_text(encoding="utf-8")
    assert f'<html lang="{language}">' in page and "placeinsight-catalogue/1" in page and "service_face_to_face" in page


def test_the_results_viewer_names_every_report(provider):
    """Processing lists HTML outputs in the Results Viewer by their description: each says which report it is."""
    from qgis.core import QgsProcessingOutputHtml

    names = {}
    for algorithm in algorithms(provider, models=False):
        for output in algorithm.outputDefinitions():
            if isinstance(output, QgsProcessingOutputHtml):
                names.setdefault(algorithm.name(), []).append(output.description())
    assert names == {
        "segmentprofile": ["Profile report"],
        "targetareas": ["Targeting report"],
        "compareprofiles": ["Comparison report"],
        "channeldemand": ["Channel demand report"],
        "catchments": ["Catchments report by segment"],
        "nearestfacility": ["Nearest facility report by segment"],
        "optimiselocations": ["Location plan report"],
        "verifyclusters": ["Verification report"],
    }
