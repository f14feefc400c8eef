"""The Pen portraits dock, driven as a user would (pytest-qgis, offscreen)."""

from __future__ import annotations

import json
import time
from html.parser import HTMLParser

import numpy as np
import pandas as pd
import pytest
from algorithm_runs import remove_provider
from qgis.core import (
    QgsApplication,
    QgsFeature,
    QgsGeometry,
    QgsProject,
    QgsVectorLayer,
)
from qgis.gui import QgsMapMouseEvent
from qgis.PyQt.QtCore import QCoreApplication, QEvent, QPoint, Qt

import place_insight
from place_insight.engine.segmentation.catalogue_files import builtin_catalogues, load_catalogue
from place_insight.engine.segmentation.encoding import UNCLASSIFIED
from place_insight.plugin import portrait_settings
from place_insight.plugin.area_tool import AreaMapTool
from place_insight.plugin.portrait_dock import PortraitDock

DEMO = load_catalogue(builtin_catalogues()["demo"])


def wait(dock: PortraitDock, timeout: float = 60.0) -> None:
    """Let the debounce timer fire and the task finish."""
    deadline = time.time() + timeout
    QgsApplication.processEvents()
    while (dock.busy or dock._timer.isActive()) and time.time() < deadline:
        QgsApplication.processEvents()
        time.sleep(0.01)
    QgsApplication.processEvents()
    assert not dock.busy, "the portrait task did not finish"


def flush_deletions():
    QgsApplication.processEvents()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def town(sample_town, project):
    postcodes = QgsVectorLayer(f"{sample_town}|layername=postcodes", "postcodes", "ogr")
    wards = QgsVectorLayer(f"{sample_town}|layername=wards", "wards", "ogr")
    roads = QgsVectorLayer(f"{sample_town}|layername=roads", "roads", "ogr")
    project.addMapLayers([postcodes, wards, roads])
    return postcodes, wards, roads


@pytest.fixture
def dock(qgis_iface, town, processing_ready):
    portrait_settings.clear_user_settings()
    remove_provider()
    plugin = place_insight.classFactory(qgis_iface)
    plugin.initGui()
    plugin.toggle_portraits()
    widget = plugin.dock
    yield widget
    plugin.unload()
    flush_deletions()


def follow(dock, qgis_iface, layer, ids):
    qgis_iface.setActiveLayer(layer)
    dock.on_active_layer_changed()
    layer.selectByIds(ids)
    wait(dock)


def expected_mix(sample_town, ward_codes, count="households"):
    """An independent pandas computation from the postcodes' own ward codes."""
    layer = QgsVectorLayer(f"{sample_town}|layername=postcodes", "p", "ogr")
    frame = pd.DataFrame([{"ward": f["ward_code"], "segment": f["segment"], "count": f[count]} for f in layer.getFeatures()])
    frame["group"] = [DEMO.ancestor(code, "group") for code in frame["segment"]]
    inside = frame[frame["ward"].isin(ward_codes)]
    area = inside.groupby("group")["count"].sum()
    base = frame.groupby("group")["count"].sum()
    return area, base, len(inside)


def test_dock_opens_with_the_sample_town_and_portrays_a_selected_ward(dock, qgis_iface, town, sample_town):
    postcodes, wards, _ = town
    assert dock.isVisible() or dock.parent() is not None
    assert dock.layer_box.currentLayer() == postcodes
    assert dock.segment_box.currentField() == "segment" and dock.count_box.currentField() == "households"
    assert dock.chosen_fields == {"segment_field": "segment", "count_field": "households"}
    assert dock.level_box.currentData() == "group"
    ward = next(wards.getFeatures())
    follow(dock, qgis_iface, wards, [ward.id()])
    portrait = dock.portrait
    assert portrait is not None, dock.message
    area, base, units = expected_mix(sample_town, [ward["ward_code"]])
    assert portrait.title == ward["ward_name"]
    assert portrait.units == units and portrait.total == pytest.approx(area.sum())
    mix = portrait.mix.set_index("code")
    for code, households in area.items():
        assert mix.loc[code, "area_count"] == pytest.approx(households)
        share = households / area.sum()
        assert mix.loc[code, "index"] == pytest.approx(share / (base[code] / base.sum()) * 100)
    # cards: largest groups until 75 % of the ward, at most 5
    ordered = area.sort_values(ascending=False, kind="stable")
    before = ordered.cumsum().shift(fill_value=0) / ordered.sum()
    expected_cards = [code for code, b in before.items() if b < 0.75][:5]
    assert [card.code for card in portrait.cards] == expected_cards
    first = portrait.cards[0]
    segment = DEMO.segment(first.code)
    assert first.name == segment.name("en") and first.description == segment.description("en")
    assert [r.rating for r in first.information] == [
        segment.information_channels[c]
        for c in (
            "internet",
            "telephone",
            "sms",
            "interactive_tv",
            "face_to_face",
            "national_papers",
            "local_papers",
            "magazines",
        )
    ]
    shown = dock.browser.toPlainText()
    assert ward["ward_name"] in shown and segment.name("en") in shown and "Best ways to reach them" in shown

    # the area's channel demand: residents shared between channels by 2^(rating - 1), by hand
    def f2f_share(counts):
        expected = 0.0
        for code, households in counts.items():
            ratings = DEMO.segment(code).service_channels
            weights = {c: 2.0 ** (r - 1) for c, r in ratings.items()}
            expected += households * weights["face_to_face"] / sum(weights.values())
        return expected / counts.sum() * 100

    channels = {(c.kind, c.channel): c for c in portrait.channels}
    assert channels[("service", "face_to_face")].area_share == pytest.approx(f2f_share(area))
    assert channels[("service", "face_to_face")].base_share == pytest.approx(f2f_share(base))
    assert "Expected channel demand" in shown


def test_two_wards_and_population_count(dock, qgis_iface, town, sample_town):
    postcodes, wards, _ = town
    features = list(wards.getFeatures())[:2]
    dock.count_kind_box.setCurrentIndex(dock.count_kind_box.findData("population"))
    assert dock.count_box.currentField() == "population"
    follow(dock, qgis_iface, wards, [f.id() for f in features])
    area, _, units = expected_mix(sample_town, [f["ward_code"] for f in features], count="population")
    assert dock.portrait.total == pytest.approx(area.sum()) and dock.portrait.units == units
    assert all(f["ward_name"] in dock.portrait.title for f in features)
    assert "people" in dock.message


def test_drawing_tool_gives_the_same_portrait_as_selecting_an_equal_polygon(dock, qgis_iface, town, project):
    postcodes, wards, _ = town
    canvas = qgis_iface.mapCanvas()
    qgis_iface.mainWindow().show()  # so that the canvas's map settings take its size
    canvas.resize(600, 600)
    QgsApplication.processEvents()
    assert canvas.mapSettings().outputSize().width() > 500
    canvas.setDestinationCrs(postcodes.crs())
    canvas.setExtent(wards.extent())
    canvas.refresh()
    tool = dock.start_drawing("polygon")
    assert isinstance(tool, AreaMapTool) and canvas.mapTool() is tool
    drawn = []
    tool.areaDrawn.connect(drawn.append)
    pixels = [QPoint(200, 200), QPoint(400, 210), QPoint(380, 420), QPoint(210, 380)]
    for pixel in pixels:
        for kind, method in (
            (QEvent.Type.MouseButtonPress, tool.canvasPressEvent),
            (QEvent.Type.MouseButtonRelease, tool.canvasReleaseEvent),
        ):
            method(QgsMapMouseEvent(canvas, kind, pixel, Qt.MouseButton.LeftButton))
    tool.canvasReleaseEvent(
        QgsMapMouseEvent(canvas, QEvent.Type.MouseButtonRelease, QPoint(210, 380), Qt.MouseButton.RightButton)
    )
    assert len(drawn) == 1 and drawn[0].area() > 0
    wait(dock)
    drawn_portrait = dock.portrait
    assert drawn_portrait is not None and drawn_portrait.units > 0, dock.message

    # the same polygon, selected on a polygon layer
    layer = QgsVectorLayer(f"Polygon?crs={postcodes.crs().authid()}&field=name:string", "drawn copy", "memory")
    feature = QgsFeature(layer.fields())
    feature.setAttributes(["Drawn copy"])
    feature.setGeometry(QgsGeometry(drawn[0]))
    layer.dataProvider().addFeatures([feature])
    project.addMapLayer(layer)
    dock.selection_radio.setChecked(True)
    follow(dock, qgis_iface, layer, [next(layer.getFeatures()).id()])
    selected = dock.portrait
    assert selected.units == drawn_portrait.units and selected.total == drawn_portrait.total
    assert selected.mix["area_count"].tolist() == drawn_portrait.mix["area_count"].tolist()
    assert [c.code for c in selected.cards] == [c.code for c in drawn_portrait.cards]

    # rectangle mode: press, drag, release
    tool = dock.start_drawing("rectangle")
    tool.canvasPressEvent(QgsMapMouseEvent(canvas, QEvent.Type.MouseButtonPress, QPoint(100, 100), Qt.MouseButton.LeftButton))
    tool.canvasReleaseEvent(QgsMapMouseEvent(canvas, QEvent.Type.MouseButtonRelease, QPoint(300, 260), Qt.MouseButton.LeftButton))
    wait(dock)
    assert dock.portrait is not None and dock.portrait.title == "drawn area"


def test_export_html_pdf_and_clipboard(dock, qgis_iface, town, tmp_path):
    _, wards, _ = town
    follow(dock, qgis_iface, wards, [next(wards.getFeatures()).id()])
    assert dock.html_button.isEnabled()
    path = dock.export_html(str(tmp_path / "portrait.html"))
    html = path.read_text(encoding="utf-8")
    HTMLParser().feed(html)
    assert html.startswith("<!DOCTYPE html>") and html.count("<svg") == 2 and "<script" not in html
    portrait = dock.portrait
    assert f"{portrait.total:,.0f}" in html and portrait.cards[0].name in html
    for card in portrait.cards:
        assert f"{card.area_share:.1f} %" in html
    pdf = dock.export_pdf(str(tmp_path / "portrait.pdf"))
    assert pdf.read_bytes().startswith(b"%PDF") and pdf.stat().st_size > 5000
    text = dock.copy_text()
    from qgis.PyQt.QtWidgets import QApplication

    assert QApplication.clipboard().text() == text and portrait.cards[0].name in text


def test_settings_are_kept_in_the_project_and_between_sessions(dock, qgis_iface, town):
    postcodes, wards, _ = town
    follow(dock, qgis_iface, wards, [next(wards.getFeatures()).id()])
    dock.count_kind_box.setCurrentIndex(dock.count_kind_box.findData("population"))
    dock.level_box.setCurrentIndex(dock.level_box.findData("type"))
    dock.coverage_box.setValue(60)
    value, found = QgsProject.instance().readEntry("PlaceInsight", "portrait/level", "")
    assert found and value == "type"
    assert QgsProject.instance().readEntry("PlaceInsight", "portrait/base_layer", "")[0] == postcodes.id()
    other = PortraitDock(qgis_iface)
    try:
        assert other.level_box.currentData() == "type" and other.coverage_box.value() == 60
        assert other.count_box.currentField() == "population"
        assert other.layer_box.currentLayer() == postcodes
    finally:
        other.cleanup()
        other.deleteLater()
    from qgis.core import QgsSettings

    assert QgsSettings().value("PlaceInsight/portrait/level") == "type"


def test_french_labels_and_portrait(qgis_iface, town, french, processing_ready):
    _, wards, _ = town
    portrait_settings.clear_user_settings()
    dock = PortraitDock(qgis_iface)
    try:
        assert dock.windowTitle() == "Portraits de territoire"
        assert dock.polygon_button.text() == "Dessiner un polygone"
        assert dock.catalogue_box.currentText() == DEMO.name("fr")
        assert dock.level_box.currentText() == "Groupe"
        follow(dock, qgis_iface, wards, [next(wards.getFeatures()).id()])
        shown = dock.browser.toPlainText()
        card = dock.portrait.cards[0]
        assert card.name == DEMO.segment(card.code).name("fr") and card.name in shown
        assert "Meilleurs moyens de les joindre" in shown and "ménages" in dock.message
        assert "Demande attendue par canal" in shown
    finally:
        dock.cleanup()
        dock.deleteLater()


def test_bad_inputs_are_explained(dock, qgis_iface, town, project):
    postcodes, wards, roads = town
    # a selection on a line layer
    follow(dock, qgis_iface, roads, [next(roads.getFeatures()).id()])
    assert dock.portrait is None and "not a polygon layer" in dock.message
    # no selection
    follow(dock, qgis_iface, wards, [])
    assert dock.portrait is None and "Select one or more areas on wards" in dock.message
    # an area with no base unit: a square far outside the town
    far = QgsVectorLayer(f"Polygon?crs={postcodes.crs().authid()}", "far", "memory")
    feature = QgsFeature()
    feature.setGeometry(QgsGeometry.fromWkt("POLYGON((0 0,100 0,100 100,0 100,0 0))"))
    far.dataProvider().addFeatures([feature])
    project.addMapLayer(far)
    follow(dock, qgis_iface, far, [next(far.getFeatures()).id()])
    assert dock.portrait.is_empty and "no base unit" in dock.browser.toPlainText()
    assert not dock.html_button.isEnabled()
    # the chosen field disappears from the layer
    editable = QgsVectorLayer("Point?crs=EPSG:27700&field=segment:string&field=households:integer", "base", "memory")
    feature = QgsFeature(editable.fields())
    feature.setAttributes(["E19", 10])
    feature.setGeometry(QgsGeometry.fromWkt("POINT(450000 210000)"))
    editable.dataProvider().addFeatures([feature])
    project.addMapLayer(editable)
    dock.layer_box.setLayer(editable)
    editable.dataProvider().deleteAttributes([0])
    editable.updateFields()
    dock.refresh()
    assert dock.portrait is None and "The layer base has no field segment" in dock.message


def test_unknown_codes_thousands_of_areas_and_missing_portraits(dock, qgis_iface, project, tmp_path):
    base = QgsVectorLayer("Point?crs=EPSG:27700&field=segment:string&field=households:integer", "base", "memory")
    features = []
    rng = np.random.default_rng(4)
    codes = ["E19", "E20", "ZZZ", "H34"]
    for i in range(400):
        feature = QgsFeature(base.fields())
        feature.setAttributes([codes[i % 4], int(rng.integers(1, 20))])
        feature.setGeometry(QgsGeometry.fromWkt(f"POINT({i * 10 + 5} {5 + (i % 5) * 10})"))
        features.append(feature)
    base.dataProvider().addFeatures(features)
    grid = QgsVectorLayer("Polygon?crs=EPSG:27700&field=name:string", "grid", "memory")
    cells = []
    for i in range(2000):
        cell = QgsFeature(grid.fields())
        cell.setAttributes([f"cell {i}"])
        x, y = (i % 400) * 10, (i // 400) * 10
        cell.setGeometry(QgsGeometry.fromWkt(f"POLYGON(({x} {y},{x + 10} {y},{x + 10} {y + 10},{x} {y + 10},{x} {y}))"))
        cells.append(cell)
    grid.dataProvider().addFeatures(cells)
    project.addMapLayers([base, grid])
    dock.layer_box.setLayer(base)
    follow(dock, qgis_iface, grid, [f.id() for f in grid.getFeatures()])
    portrait = dock.portrait
    assert portrait.units == 400, dock.message
    assert any("ZZZ" in note for note in portrait.notes)
    mix = portrait.mix.set_index("code")
    assert mix.loc[UNCLASSIFIED, "area_count"] == pytest.approx(
        sum(f["households"] for f in base.getFeatures() if f["segment"] == "ZZZ")
    )
    assert "cell 0" in portrait.title and "more" in portrait.title

    catalogue = tmp_path / "no_portraits.json"
    data = json.loads(builtin_catalogues()["demo"].read_text(encoding="utf-8"))
    for segment in data["segments"]:
        if segment["code"] == "E":
            for key in ("description", "key_features", "information_channels", "service_channels"):
                segment.pop(key, None)
    catalogue.write_text(json.dumps(data), encoding="utf-8")
    dock.set_catalogue(str(catalogue))
    wait(dock)
    card = next(c for c in dock.portrait.cards if c.code == "E")
    assert not card.has_portrait
    assert "no pen portrait for this segment" in dock.browser.toPlainText()


def test_removing_the_base_layer_while_the_task_runs(dock, qgis_iface, town, project):
    postcodes, wards, _ = town
    qgis_iface.setActiveLayer(wards)
    dock.on_active_layer_changed()
    wards.selectByIds([next(wards.getFeatures()).id()])
    dock._timer.stop()
    serial = dock.refresh()
    assert serial is not None and dock.busy
    project.removeMapLayer(postcodes.id())
    wait(dock)
    assert dock.portrait is None
    assert "base layer was removed" in dock.message


def test_a_result_that_arrives_after_the_inputs_became_invalid_is_dropped(dock, qgis_iface, town, project):
    # The debounced refresh after a removal can come before the running task reports back (a loaded
    # machine): the task's completion is delivered through the event loop, so calling refresh() with no
    # event processed in between makes that order certain.
    postcodes, wards, _ = town
    qgis_iface.setActiveLayer(wards)
    dock.on_active_layer_changed()
    wards.selectByIds([next(wards.getFeatures()).id()])
    dock._timer.stop()
    assert dock.refresh() is not None and dock.busy
    project.removeMapLayer(postcodes.id())
    dock._timer.stop()
    assert dock.refresh() is None
    wait(dock)
    assert dock.portrait is None
    assert "base layer was removed" in dock.message


def test_a_newer_selection_supersedes_the_running_one(dock, qgis_iface, town):
    _, wards, _ = town
    ids = [f.id() for f in wards.getFeatures()]
    qgis_iface.setActiveLayer(wards)
    dock.on_active_layer_changed()
    wards.selectByIds([ids[0]])
    dock._timer.stop()
    dock.refresh()
    wards.selectByIds([ids[1]])
    dock._timer.stop()
    dock.refresh()
    wait(dock)
    second = next(f for f in wards.getFeatures() if f.id() == ids[1])
    assert dock.portrait.title == second["ward_name"]


def test_no_segmented_layer_in_the_project(qgis_iface, project, processing_ready):
    portrait_settings.clear_user_settings()
    dock = PortraitDock(qgis_iface)
    try:
        dock.refresh()
        assert dock.portrait is None and "Choose the layer of base units" in dock.message
    finally:
        dock.cleanup()
        dock.deleteLater()


def test_unload_leaves_no_dock_or_map_tool(qgis_iface, town, processing_ready):
    from qgis.PyQt.QtWidgets import QDockWidget

    remove_provider()
    plugin = place_insight.classFactory(qgis_iface)
    plugin.initGui()
    plugin.toggle_portraits()
    tool = plugin.dock.start_drawing("rectangle")
    canvas = qgis_iface.mapCanvas()
    assert canvas.mapTool() is tool
    plugin.unload()
    flush_deletions()
    assert canvas.mapTool() is not tool
    assert not qgis_iface.mainWindow().findChildren(QDockWidget, "PlaceInsightPortraitDock")
    assert plugin.dock is None


def test_style_by_segment_action(qgis_iface, town, processing_ready):
    postcodes, _, _ = town
    from place_insight.plugin.style_dialog import StyleBySegmentDialog

    dialog = StyleBySegmentDialog(postcodes)
    try:
        assert dialog.field_box.currentField() == "segment"
        assert dialog.apply()
        renderer = postcodes.renderer()
        assert renderer.type() == "categorizedSymbol"
        labels = [c.label() for c in renderer.categories()]
        assert labels[0] == DEMO.segment("A").label("en") and len(labels) == 16
        assert renderer.categories()[0].symbol().color().name() == DEMO.colour("A").lower()
    finally:
        dialog.deleteLater()


def test_polygon_base_units_count_by_the_share_of_their_area_inside(dock, qgis_iface, project):
    base = QgsVectorLayer("Polygon?crs=EPSG:27700&field=segment:string&field=households:integer", "areas", "memory")
    for code, households, x in (("E19", 100, 0), ("H34", 40, 100)):
        feature = QgsFeature(base.fields())
        feature.setAttributes([code, households])
        feature.setGeometry(QgsGeometry.fromWkt(f"POLYGON(({x} 0,{x + 100} 0,{x + 100} 100,{x} 100,{x} 0))"))
        base.dataProvider().addFeatures([feature])
    zone = QgsVectorLayer("Polygon?crs=EPSG:27700&field=name:string", "zone", "memory")
    feature = QgsFeature(zone.fields())
    feature.setAttributes(["quarter"])
    feature.setGeometry(QgsGeometry.fromWkt("POLYGON((50 0,150 0,150 50,50 50,50 0))"))
    zone.dataProvider().addFeatures([feature])
    project.addMapLayers([base, zone])
    dock.layer_box.setLayer(base)
    follow(dock, qgis_iface, zone, [next(zone.getFeatures()).id()])
    mix = dock.portrait.mix.set_index("code")
    # the zone covers a quarter of each square: 25 of E19's 100 households, 10 of H34's 40
    assert mix.loc["E", "area_count"] == pytest.approx(25.0)
    assert mix.loc["H", "area_count"] == pytest.approx(10.0)
    assert dock.portrait.total == pytest.approx(35.0) and dock.portrait.units == 2
