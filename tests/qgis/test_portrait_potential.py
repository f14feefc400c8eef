"""The pen-portrait dock with a target chosen: the area's potential, against plain pandas on the sample town."""

from __future__ import annotations

import time

import pytest
from algorithm_runs import remove_provider
from qgis.core import QgsApplication, QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication, QEvent
from targeting_reference import clients_per_postcode, market_by_coverage, town_tables, zone_table

import place_insight
from place_insight.plugin import portrait_settings


def wait(dock, timeout: float = 60.0) -> None:
    deadline = time.time() + timeout
    QgsApplication.processEvents()
    while (dock.busy or dock._timer.isActive()) and time.time() < deadline:
        QgsApplication.processEvents()
        time.sleep(0.01)
    QgsApplication.processEvents()
    assert not dock.busy, "the portrait task did not finish"


@pytest.fixture
def town(sample_town, project):
    layers = [
        QgsVectorLayer(f"{sample_town}|layername={name}", name, "ogr") for name in ("postcodes", "wards", "service_clients")
    ]
    project.addMapLayers(layers)
    return layers


@pytest.fixture
def dock(qgis_iface, town, processing_ready):
    portrait_settings.clear_user_settings()
    remove_provider()
    plugin = place_insight.classFactory(qgis_iface)
    plugin.initGui()
    plugin.toggle_portraits()
    yield plugin.dock
    plugin.unload()
    QgsApplication.processEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def select_ward(dock, qgis_iface, wards, name):
    ward = next(f for f in wards.getFeatures() if f["ward_name"] == name)
    qgis_iface.setActiveLayer(wards)
    dock.on_active_layer_changed()
    wards.selectByIds([ward.id()])
    wait(dock)
    return ward


def test_the_area_potential_for_a_chosen_target(dock, qgis_iface, town, sample_town):
    postcodes_layer, wards, clients_layer = town
    assert dock.target.layer_box.currentLayer() is None  # no target until one is chosen
    select_ward(dock, qgis_iface, wards, "Southbank")
    assert dock.portrait is not None and dock.potential == []
    dock.target.layer_box.setLayer(clients_layer)
    assert dock.target.key_box.currentField() == "postcode" and dock.target.base_key_box.currentField() == "postcode"
    wait(dock)
    postcodes, clients, _ = town_tables(sample_town)
    actual = clients_per_postcode(postcodes, clients)
    market = market_by_coverage(postcodes, actual)
    expected = zone_table(postcodes, actual, market, postcodes.ward_code).loc["E05999012"]
    assert wards.selectedFeatures()[0]["ward_code"] == "E05999012"
    first, second = dock.potential
    assert first == (
        f"{expected.market_count:,.0f} households of the area are in the target market of service_clients "
        f"({', '.join(market)}): {expected.market_share:.0f}% of the area, index {expected.market_index:,.0f}."
    )
    more = abs(expected.potential)
    assert second.startswith(f"{expected.market_actual:,.0f} of them are in service_clients today; ")
    assert f"{expected.expected:,.0f} would be: {more:,.0f} more" in second
    assert "Potential for service_clients" in dock.browser.toHtml() and first in dock.browser.toPlainText()
    # a narrower market follows the coverage
    dock.target.coverage_box.setValue(50)
    wait(dock)
    narrower = market_by_coverage(postcodes, actual, 0.5)
    assert f"({', '.join(narrower)})" in dock.potential[0] and len(narrower) < len(market)


def test_a_target_that_cannot_be_placed_says_why(dock, qgis_iface, town, sample_town):
    _, wards, clients_layer = town
    dock.target.layer_box.setLayer(clients_layer)
    dock.target.key_box.setField("")
    dock.target.key_box.activated.emit(0)
    select_ward(dock, qgis_iface, wards, "Southbank")
    assert dock.portrait is not None
    assert dock.potential == ["The target service_clients has no geometry: choose its key field."]


def test_export_holds_the_potential(dock, qgis_iface, town, tmp_path):
    _, wards, clients_layer = town
    dock.target.layer_box.setLayer(clients_layer)
    select_ward(dock, qgis_iface, wards, "Old Town")
    html = dock.export_html(str(tmp_path / "portrait.html")).read_text(encoding="utf-8")
    assert "<h2>Potential for service_clients</h2>" in html
    assert QgsProject.instance().readEntry("PlaceInsight", "portrait/target_layer", "")[0] == clients_layer.id()
