"""Accessibility algorithms on the sample town: networks, catchments, matrices, nearest facility.

Expected numbers come from the town's planted truth (bridges, flyover, river), from
hand computation with the roads' own speeds, or from an independent computation
(the travel-time matrix against the catchment polygons).
"""

from __future__ import annotations

import itertools
import json
import math
import sqlite3

import numpy as np
import pytest
from algorithm_runs import FromChild, RecordingFeedback, Step, run_algorithm, run_model, run_qgis_process
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsProject,
    QgsVectorLayer,
    QgsWkbTypes,
)

MPH = 1.609344
COUNTER = itertools.count()


def is_null(value):
    return value is None or (hasattr(value, "isNull") and value.isNull())


def uri(sample_town, layer):
    return f"{sample_town}|layername={layer}"


def planted(sample_town, key):
    with sqlite3.connect(sample_town) as connection:
        return json.loads(connection.execute("select value from planted_truth where key = ?", (key,)).fetchone()[0])


def town_parameters(sample_town, **extra):
    parameters = {"NETWORK": uri(sample_town, "roads"), "SPEED_FIELD": "speed_mph", "SPEED_UNIT": 1}
    parameters.update(extra)
    return parameters


def points_layer(points, crs="EPSG:27700", name="points"):
    layer = QgsVectorLayer(f"Point?crs={crs}&field=pid:string", name, "memory")
    features = []
    for pid, (x, y) in points.items():
        feature = QgsFeature(layer.fields())
        feature.setAttributes([pid])
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def read(path):
    layer = QgsVectorLayer(str(path), "out", "ogr")
    assert layer.isValid(), path
    return layer


def matrix(sample_town, origins, destinations, mode, tmp_path, **extra):
    result = run_algorithm(
        "placeinsight:traveltimematrix",
        town_parameters(
            sample_town,
            ORIGINS=points_layer(origins),
            ORIGIN_ID="pid",
            DESTINATIONS=points_layer(destinations),
            DESTINATION_ID="pid",
            PROFILE=mode,
            OUTPUT=str(tmp_path / f"matrix_{next(COUNTER)}.gpkg"),
            **extra,
        ),
    )
    rows = {(f["origin_id"], f["destination_id"]): (f["minutes"], f["metres"]) for f in read(result["OUTPUT"]).getFeatures()}
    return result, rows


# -- build network -----------------------------------------------------------------------------------------
def test_build_network_from_the_sample_town_roads(provider, sample_town, tmp_path):
    feedback = RecordingFeedback()
    result = run_algorithm(
        "placeinsight:buildnetwork",
        town_parameters(
            sample_town,
            OUTPUT=str(tmp_path / "edges.gpkg"),
            ISLANDS=str(tmp_path / "islands.gpkg"),
            SAVE=str(tmp_path / "town.npz"),
        ),
        feedback=feedback,
    )
    truth = planted(sample_town, "network")
    assert result["DRIVE_ISLANDS"] == 1  # planted: the drive network is one component
    edges = read(result["OUTPUT"])
    assert edges.featureCount() == result["EDGES"] >= 2859
    roads = {f.id(): f for f in read(uri(sample_town, "roads")).getFeatures()}
    checked = 0
    for edge in edges.getFeatures():
        road = roads[edge["source_id"]]
        if road["highway"] not in truth["drive_highways"]:
            assert is_null(edge["drive_min"])
            continue
        if road["speed_mph"] and checked < 200:
            expected = edge["length_m"] / (road["speed_mph"] * MPH / 3.6) / 60.0
            assert edge["drive_min"] == pytest.approx(expected, rel=1e-6)
            checked += 1
        if road["highway"] == "trunk":
            assert is_null(edge["walk_min"])
    assert checked == 200
    islands = read(result["ISLANDS"])
    per_mode = {}
    for island in islands.getFeatures():
        per_mode.setdefault(island["profile"], []).append(island["island"])
    assert per_mode["walk"] == [0] and per_mode["drive"] == [0]  # planted: single components
    assert (tmp_path / "town.npz").exists()
    assert "116 lines have a speed that is empty" in feedback.text  # footways etc. have no speed_mph


def test_one_way_streets_of_the_town_are_one_way(provider, sample_town, tmp_path):
    roads = read(uri(sample_town, "roads"))
    one_way = next(f for f in roads.getFeatures() if f["oneway"] == "yes")
    line = one_way.geometry().asPolyline()
    start, end = line[0], line[-1]
    points = {"a": (start.x(), start.y()), "b": (end.x(), end.y())}
    _, rows = matrix(sample_town, points, points, 2, tmp_path)
    length = one_way.geometry().length()
    minutes = length / (one_way["speed_mph"] * MPH / 3.6) / 60.0
    assert rows[("a", "b")][0] == pytest.approx(minutes, rel=1e-6)
    assert rows[("b", "a")][0] > minutes * 1.2  # round the block
    _, walk = matrix(sample_town, points, points, 0, tmp_path)
    assert walk[("b", "a")][1] == pytest.approx(length, rel=1e-6)


def test_river_is_crossed_only_on_bridges(provider, sample_town, tmp_path):
    bridges = {b["road"]: b["point"] for b in planted(sample_town, "bridges")}
    river = planted(sample_town, "river_facing_points")
    points = {"north": river["north"], "south": river["south"]}
    _, walk = matrix(sample_town, {"north": points["north"]}, {"south": points["south"]}, 0, tmp_path)
    _, drive = matrix(sample_town, {"north": points["north"]}, {"south": points["south"]}, 2, tmp_path)
    x = river["north"][0]
    # walkers cannot use the trunk bypass bridge: the nearest walkable crossing is Bridge Street
    assert walk[("north", "south")][1] > 2 * abs(x - bridges["Bridge Street"][0])
    assert drive[("north", "south")][1] > 2 * abs(x - bridges["Elverstowe Bypass"][0])
    foot = planted(sample_town, "footbridge_facing_points")
    _, walk = matrix(sample_town, {"n": foot["north"]}, {"s": foot["south"]}, 0, tmp_path)
    _, drive = matrix(sample_town, {"n": foot["north"]}, {"s": foot["south"]}, 2, tmp_path)
    assert walk[("n", "s")][1] < 2.5 * foot["straight_m"]  # over the footbridge
    assert drive[("n", "s")][1] > 2 * abs(foot["north"][0] - bridges["Bridge Street"][0])


def test_the_flyover_never_joins_the_lane_beneath(provider, sample_town, tmp_path):
    fly = planted(sample_town, "flyover")
    x, y = fly["point"]
    roads = read(uri(sample_town, "roads"))
    bypass = next(f for f in roads.getFeatures() if f["bridge"] == "yes" and f["highway"] == "trunk")
    lane = min(
        (f for f in roads.getFeatures() if f["name"] == "Coldharbour Lane"),
        key=lambda f: f.geometry().distance(QgsGeometry.fromPointXY(QgsPointXY(x, y))),
    )
    on_bypass = bypass.geometry().interpolate(bypass.geometry().length() * 0.5).asPoint()
    on_lane = lane.geometry().nearestPoint(QgsGeometry.fromPointXY(QgsPointXY(x, y))).asPoint()
    straight = math.hypot(on_bypass.x() - on_lane.x(), on_bypass.y() - on_lane.y())
    for crossings in (False, True):
        _, rows = matrix(
            sample_town,
            {"over": (on_bypass.x(), on_bypass.y())},
            {"under": (on_lane.x(), on_lane.y())},
            2,
            tmp_path,
            CONNECT_CROSSINGS=crossings,
            SNAP_TOLERANCE=5,
        )
        assert rows[("over", "under")][1] > 10 * straight + 500  # no short cut at the crossing


# -- catchments ------------------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def town_catchments(tmp_path_factory, sample_town, provider_module):
    folder = tmp_path_factory.mktemp("catchments")
    feedback = RecordingFeedback()
    result = run_algorithm(
        "placeinsight:catchments",
        town_parameters(
            sample_town,
            FACILITIES=uri(sample_town, "facilities"),
            ID_FIELD="facility_id",
            NAME_FIELD="name",
            BASE=uri(sample_town, "postcodes"),
            COUNT_FIELDS=["households", "population"],
            OUTPUT=str(folder / "c.gpkg"),
            EDGES=str(folder / "reached.gpkg"),
            PIECES=True,
        ),
        feedback=feedback,
    )
    return result, feedback


@pytest.fixture(scope="module")
def town_reached_networks(tmp_path_factory, sample_town, provider_module):
    """The reached roads of the six facilities at 5 and 10 minutes: per road piece and per facility (the default)."""
    folder = tmp_path_factory.mktemp("reached")
    common = dict(FACILITIES=uri(sample_town, "facilities"), ID_FIELD="facility_id", NAME_FIELD="name", BANDS="5,10")
    pieces = run_algorithm(
        "placeinsight:catchments",
        town_parameters(sample_town, **common, OUTPUT=str(folder / "c1.gpkg"), EDGES=str(folder / "pieces.gpkg"), PIECES=True),
    )
    whole = run_algorithm(
        "placeinsight:catchments",
        town_parameters(sample_town, **common, OUTPUT=str(folder / "c2.gpkg"), EDGES=str(folder / "whole.gpkg")),
    )
    names = {f["facility_id"]: f["name"] for f in read(uri(sample_town, "facilities")).getFeatures()}
    return pieces["EDGES"], whole["EDGES"], names


def postcode_times(sample_town, tmp_path, *, to_facilities=False):
    """Drive minutes between every facility and every postcode, by the matrix algorithm (an independent path).

    Keyed (facility id, postcode); from the facility, or to it with ``to_facilities`` (one-way streets differ).
    """
    facilities, postcodes = (uri(sample_town, "facilities"), "facility_id"), (uri(sample_town, "postcodes"), "postcode")
    origins, destinations = (postcodes, facilities) if to_facilities else (facilities, postcodes)
    result = run_algorithm(
        "placeinsight:traveltimematrix",
        town_parameters(
            sample_town,
            ORIGINS=origins[0],
            ORIGIN_ID=origins[1],
            DESTINATIONS=destinations[0],
            DESTINATION_ID=destinations[1],
            OUTPUT=str(tmp_path / f"pm_{next(COUNTER)}.gpkg"),
        ),
    )
    times = {}
    for f in read(result["OUTPUT"]).getFeatures():
        key = (int(f["destination_id"]), f["origin_id"]) if to_facilities else (int(f["origin_id"]), f["destination_id"])
        times[key] = float(f["minutes"])
    return times


def test_catchments_count_the_households_that_the_matrix_puts_inside(town_catchments, sample_town, tmp_path):
    result, feedback = town_catchments
    layer = read(result["OUTPUT"])
    rows = {(f["facility_id"], f["band"]): f for f in layer.getFeatures()}
    assert len(rows) == 18 and result["SKIPPED"] == 0
    times = postcode_times(sample_town, tmp_path)
    postcodes = list(read(uri(sample_town, "postcodes")).getFeatures())
    total = sum(p["households"] for p in postcodes)
    for facility in range(1, 7):
        previous = 0
        for band in (5.0, 10.0, 15.0):
            row = rows[(facility, band)]
            assert row["households"] >= previous and row["area_km2"] > 0
            previous = row["households"]
            near = sum(p["households"] for p in postcodes if times[(facility, p["postcode"])] <= band * 0.9)
            far = sum(p["households"] for p in postcodes if times[(facility, p["postcode"])] <= band * 1.25 + 0.5)
            assert near * 0.97 <= row["households"] <= far, (facility, band)
        assert rows[(facility, 15.0)]["households"] >= 0.95 * total
    assert "Network" in feedback.text


def test_reached_roads_are_cut_at_the_band(town_catchments):
    result, _ = town_catchments
    reached = list(read(result["EDGES"]).getFeatures())
    polygons = {(f["facility_id"], f["band"]): f["reached_km"] for f in read(result["OUTPUT"]).getFeatures()}
    lengths = {}
    for f in reached:
        lengths[(f["facility_id"], f["band"])] = lengths.get((f["facility_id"], f["band"]), 0.0) + f["length_m"]
        assert f["minutes_to"] <= f["band"] + 1e-9 and f["minutes_from"] <= f["minutes_to"] + 1e-9
        assert f.geometry().length() == pytest.approx(f["length_m"], rel=1e-6, abs=1e-6)
    for key, km in polygons.items():
        assert lengths[key] / 1000 == pytest.approx(km, rel=1e-9)
    cut = [f for f in reached if abs(f["minutes_to"] - f["band"]) < 1e-9]
    assert len(cut) > 50


def test_reached_network_is_one_multiline_per_facility_and_band(town_reached_networks):
    pieces_path, whole_path, names = town_reached_networks
    pieces, whole = read(pieces_path), read(whole_path)
    assert whole.featureCount() == 12 and pieces.featureCount() > 500
    assert whole.wkbType() == QgsWkbTypes.Type.MultiLineString
    groups = {}
    for f in pieces.getFeatures():
        groups.setdefault((f["facility_id"], f["band"]), []).append(f)
    for f in whole.getFeatures():
        own = groups[(f["facility_id"], f["band"])]
        geometry = f.geometry()
        assert f["pieces"] == len(own) and f["name"] == names[f["facility_id"]]
        # its length is the sum of the reached pieces, and it is the pieces dissolved
        total = sum(p["length_m"] for p in own)
        assert geometry.length() == pytest.approx(total, rel=1e-9)
        assert f["reached_km"] * 1000 == pytest.approx(total, rel=1e-9)
        assert geometry.constGet().numGeometries() < len(own)
        dissolved = QgsGeometry.unaryUnion([p.geometry() for p in own])
        assert dissolved.symDifference(geometry).length() < 1e-6
        # roads cut where the time runs out end exactly there
        for p in own:
            if abs(p["minutes_to"] - p["band"]) < 1e-9:
                line = p.geometry().constGet()
                ends = [
                    QgsGeometry.fromPointXY(QgsPointXY(line.startPoint().x(), line.startPoint().y())),
                    QgsGeometry.fromPointXY(QgsPointXY(line.endPoint().x(), line.endPoint().y())),
                ]
                assert min(geometry.distance(e) for e in ends) < 1e-6


def test_many_facilities_share_their_searches_with_the_helper_process(
    provider, sample_town, tmp_path, monkeypatch, handed_to_helper
):
    from place_insight.engine.accessibility import catchments as catchments_module

    postcodes = list(read(uri(sample_town, "postcodes")).getFeatures())[::25][:20]
    facilities = points_layer({f["postcode"]: (f.geometry().asPoint().x(), f.geometry().asPoint().y()) for f in postcodes})

    def run(name):
        result = run_algorithm(
            "placeinsight:catchments",
            town_parameters(
                sample_town,
                FACILITIES=facilities,
                ID_FIELD="pid",
                BANDS="5,10",
                OUTPUT=str(tmp_path / f"{name}.gpkg"),
                EDGES=str(tmp_path / f"{name}_roads.gpkg"),
            ),
        )
        return {
            (f["facility_id"], f["band"]): (f["reached_km"], f.geometry().asWkb()) for f in read(result["EDGES"]).getFeatures()
        }

    shared = run("shared")
    handed = [len(starts) for starts in handed_to_helper]
    assert handed == [11]  # 55 % of 20 facilities
    monkeypatch.setattr(catchments_module, "HELPER_STARTS", 10**9)
    alone = run("alone")
    handed = [len(starts) for starts in handed_to_helper]
    assert handed == [11] and len(shared) == 40
    assert shared == alone


def test_dissolved_and_concave_hull_catchments(provider, sample_town, tmp_path):
    dissolved = run_algorithm(
        "placeinsight:catchments",
        town_parameters(
            sample_town,
            FACILITIES=uri(sample_town, "facilities"),
            BANDS="5",
            DISSOLVE=True,
            BASE=uri(sample_town, "postcodes"),
            COUNT_FIELDS=["households"],
            OUTPUT=str(tmp_path / "d.gpkg"),
        ),
    )
    single = list(read(dissolved["OUTPUT"]).getFeatures())
    assert len(single) == 1 and is_null(single[0]["facility_id"])
    hull = run_algorithm(
        "placeinsight:catchments",
        town_parameters(
            sample_town,
            FACILITIES=uri(sample_town, "facilities"),
            BANDS="5",
            METHOD=1,
            PROFILE=0,
            OUTPUT=str(tmp_path / "h.gpkg"),
        ),
    )
    hulls = list(read(hull["OUTPUT"]).getFeatures())
    assert len(hulls) == 6
    for feature in hulls:
        assert feature.geometry().isGeosValid()
        # a 5-minute walk (400 m along roads) stays within 400 m (+ the width) of the facility
        assert 0.05 < feature["area_km2"] < math.pi * 0.5**2


# -- nearest facility ------------------------------------------------------------------------------------
def test_nearest_facility_and_demand_centres(provider, sample_town, tmp_path):
    result = run_algorithm(
        "placeinsight:nearestfacility",
        town_parameters(
            sample_town,
            DEMAND=uri(sample_town, "postcodes"),
            DEMAND_ID="postcode",
            WEIGHT="households",
            FACILITIES=uri(sample_town, "facilities"),
            FACILITY_ID="facility_id",
            FACILITY_NAME="name",
            THRESHOLD=5,
            OUTPUT=str(tmp_path / "n.gpkg"),
            CENTRES=str(tmp_path / "c.gpkg"),
            SUMMARY=str(tmp_path / "s.gpkg"),
        ),
    )
    times = postcode_times(sample_town, tmp_path, to_facilities=True)
    postcodes = {p["postcode"]: p for p in read(uri(sample_town, "postcodes")).getFeatures()}
    rows = list(read(result["OUTPUT"]).getFeatures())
    assert len(rows) == len(postcodes)
    within = 0.0
    for row in rows:
        best = min(range(1, 7), key=lambda f: times[(f, row["demand_id"])])
        assert row["minutes"] == pytest.approx(times[(best, row["demand_id"])], rel=1e-9)
        assert int(row["facility_id"]) == best
        assert row["beyond"] == (row["minutes"] > 5)
        within += row["weight"] if row["minutes"] <= 5 else 0
    total = sum(p["households"] for p in postcodes.values())
    assert result["SHARE_WITHIN"] == pytest.approx(within / total)
    summary = list(read(result["SUMMARY"]).getFeatures())
    five = next(f for f in summary if f["kind"] == "within" and f["band"] == 5)
    assert five["weight"] == pytest.approx(within) and five["share"] == pytest.approx(within / total)
    assert next(f for f in summary if f["kind"] == "unreachable")["weight"] == 0
    centres = list(read(result["CENTRES"]).getFeatures())
    facilities = {f["facility_id"]: f.geometry().asPoint() for f in read(uri(sample_town, "facilities")).getFeatures()}
    for centre in centres:
        served = [r for r in rows if int(r["facility_id"]) == int(centre["facility_id"])]
        weight = sum(r["weight"] for r in served)
        x = sum(r["weight"] * postcodes[r["demand_id"]].geometry().asPoint().x() for r in served) / weight
        assert centre.geometry().asPoint().x() == pytest.approx(x)
        home = facilities[int(centre["facility_id"])]
        assert centre["centre_offset_m"] == pytest.approx(centre.geometry().asPoint().distance(home), rel=1e-6)


# -- bad input -----------------------------------------------------------------------------------------------
def memory_lines(rows, crs="EPSG:27700", fields="highway:string&field=speed:string&field=oneway:string"):
    layer = QgsVectorLayer(f"MultiLineString?crs={crs}&field={fields}", "lines", "memory")
    features = []
    for wkt, attributes in rows:
        feature = QgsFeature(layer.fields())
        feature.setAttributes(attributes)
        feature.setGeometry(QgsGeometry.fromWkt(wkt))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def test_empty_network_is_refused(provider, tmp_path):
    empty = memory_lines([])
    with pytest.raises(QgsProcessingException, match="has no lines"):
        run_algorithm("placeinsight:buildnetwork", {"NETWORK": empty, "OUTPUT": str(tmp_path / "e.gpkg")})
    with pytest.raises(QgsProcessingException, match="Choose a road network"):
        run_algorithm("placeinsight:buildnetwork", {"OUTPUT": str(tmp_path / "e.gpkg")})


def test_bad_speeds_directions_multiparts_and_zero_lengths_are_reported(provider, tmp_path):
    layer = memory_lines(
        [
            ("MultiLineString((0 0, 100 0),(100 0, 200 0))", ["residential", None, "yes"]),
            ("MultiLineString((200 0, 300 0))", ["residential", "0", "sometimes"]),
            ("MultiLineString((300 0, 400 0))", ["residential", "-20", None]),
            ("MultiLineString((400 0, 500 0))", ["residential", "fast", "YES "]),
            ("MultiLineString((500 0, 500 0))", ["residential", "30", None]),
        ]
    )
    feedback = RecordingFeedback()
    result = run_algorithm(
        "placeinsight:buildnetwork",
        {"NETWORK": layer, "SPEED_FIELD": "speed", "OUTPUT": str(tmp_path / "b.gpkg")},
        feedback=feedback,
    )
    assert result["EDGES"] == 5
    text = feedback.text
    assert "1 lines have a speed that is empty" in text
    assert "2 lines have a speed that is zero or negative" in text
    assert "1 lines have a speed that is not a number" in text
    assert "direction value 'sometimes'" in text
    assert "1 lines have zero length" in text
    edges = {f["edge_id"]: f for f in read(result["OUTPUT"]).getFeatures()}
    assert [edges[i]["drive_direction"] for i in range(5)] == ["forward", "forward", "both", "both", "forward"]


def test_geographic_network_and_facilities_in_another_crs_give_the_same_catchments(provider, sample_town, tmp_path):
    to_wgs = QgsCoordinateTransform(
        QgsCoordinateReferenceSystem("EPSG:27700"), QgsCoordinateReferenceSystem("EPSG:4326"), QgsProject.instance()
    )
    facilities = {}
    for f in read(uri(sample_town, "facilities")).getFeatures():
        p = to_wgs.transform(f.geometry().asPoint())
        facilities[str(f["facility_id"])] = (p.x(), p.y())
    base = run_algorithm(
        "placeinsight:catchments",
        town_parameters(
            sample_town,
            FACILITIES=uri(sample_town, "facilities"),
            ID_FIELD="facility_id",
            BANDS="5",
            OUTPUT=str(tmp_path / "a.gpkg"),
        ),
    )
    moved = run_algorithm(
        "placeinsight:catchments",
        town_parameters(
            sample_town,
            FACILITIES=points_layer(facilities, "EPSG:4326"),
            ID_FIELD="pid",
            BANDS="5",
            OUTPUT=str(tmp_path / "b.gpkg"),
        ),
    )
    a = {str(f["facility_id"]): f["reached_km"] for f in read(base["OUTPUT"]).getFeatures()}
    b = {str(f["facility_id"]): f["reached_km"] for f in read(moved["OUTPUT"]).getFeatures()}
    assert a.keys() == b.keys()
    for key in a:
        assert b[key] == pytest.approx(a[key], rel=1e-3)
    assert read(moved["OUTPUT"]).crs().authid() == "EPSG:4326"
    # a network in a geographic CRS is measured in metres in its UTM zone
    wgs_roads = memory_lines([("MultiLineString((-1.5 53.8, -1.5 53.809))", ["residential", None, None])], "EPSG:4326")
    edges = run_algorithm("placeinsight:buildnetwork", {"NETWORK": wgs_roads, "OUTPUT": str(tmp_path / "w.gpkg")})
    edge = next(read(edges["OUTPUT"]).getFeatures())
    assert edge["length_m"] == pytest.approx(1001.5, rel=0.003)  # 0.009° of latitude
    assert read(edges["OUTPUT"]).crs().authid() == "EPSG:4326"


def test_facilities_off_the_network_or_on_an_island_are_named(provider, tmp_path):
    layer = memory_lines(
        [
            ("MultiLineString((0 0, 1000 0))", ["residential", None, None]),
            ("MultiLineString((5000 0, 5100 0))", ["residential", None, None]),
        ]
    )
    feedback = RecordingFeedback()
    result = run_algorithm(
        "placeinsight:catchments",
        {
            "NETWORK": layer,
            "FACILITIES": points_layer({"near": (500, 10), "far": (2500, 3000), "isle": (5050, 5)}),
            "ID_FIELD": "pid",
            "BANDS": "1",
            "PROFILE": 0,
            "OUTPUT": str(tmp_path / "c.gpkg"),
        },
        feedback=feedback,
    )
    assert result["SKIPPED"] == 1
    assert "far" in feedback.text and "isle" in feedback.text and "island" in feedback.text
    rows = {f["facility_id"]: f["reached_km"] for f in read(result["OUTPUT"]).getFeatures()}
    assert rows["near"] == pytest.approx(0.160)  # 80 m each way at 4.8 km/h
    assert rows["isle"] == pytest.approx(0.100)  # the whole island, no more


@pytest.mark.parametrize("bands", ["15,10,5", "5,5", "0,5", "-5", "five"])
def test_bad_bands_are_refused_before_any_output(provider, sample_town, tmp_path, bands):
    output = tmp_path / "bands.gpkg"
    with pytest.raises(QgsProcessingException, match="band"):
        run_algorithm(
            "placeinsight:catchments",
            town_parameters(sample_town, FACILITIES=uri(sample_town, "facilities"), BANDS=bands, OUTPUT=str(output)),
        )
    assert not output.exists()


class CancelAfter(RecordingFeedback):
    def __init__(self, progress_steps):
        super().__init__()
        self.steps = progress_steps
        self.setProgress(0)
        self.progressChanged.connect(self._count)

    def _count(self, value):
        self.steps -= 1
        if self.steps <= 0:
            self.cancel()


def test_cancelling_mid_run_writes_nothing(provider, sample_town, tmp_path):
    output = tmp_path / "cancelled.gpkg"
    feedback = CancelAfter(15)
    with pytest.raises(QgsProcessingException, match="Cancelled"):
        run_algorithm(
            "placeinsight:catchments",
            town_parameters(
                sample_town, FACILITIES=uri(sample_town, "candidate_sites"), BANDS="5,10", JOIN_TOLERANCE=0.7, OUTPUT=str(output)
            ),
            feedback=feedback,
        )
    assert not output.exists()


def test_network_is_cached_and_rebuilt_when_the_layer_changes(provider, tmp_path):
    layer = memory_lines([("MultiLineString((0 0, 1000 0))", ["residential", None, None])])
    QgsProject.instance().addMapLayer(layer)
    try:
        parameters = {"NETWORK": layer.id(), "OUTPUT": "TEMPORARY_OUTPUT"}
        first = RecordingFeedback()
        run_algorithm("placeinsight:buildnetwork", parameters, feedback=first)
        assert "reused" not in first.text
        second = RecordingFeedback()
        run_algorithm("placeinsight:buildnetwork", parameters, feedback=second)
        assert "reused" in second.text
        layer.startEditing()
        feature = QgsFeature(layer.fields())
        feature.setAttributes(["residential", None, None])
        feature.setGeometry(QgsGeometry.fromWkt("MultiLineString((1000 0, 1000 500))"))
        layer.addFeature(feature)
        layer.commitChanges()
        third = RecordingFeedback()
        result = run_algorithm("placeinsight:buildnetwork", parameters, feedback=third)
        assert "reused" not in third.text and result["EDGES"] == 2
    finally:
        QgsProject.instance().removeMapLayer(layer.id())


# -- a model and qgis_process -----------------------------------------------------------------------------
def test_build_network_feeds_catchments_in_a_model(provider, sample_town, tmp_path):
    steps = [
        Step("build", "placeinsight:buildnetwork", town_parameters(sample_town, SAVE=str(tmp_path / "model.npz"))),
        Step(
            "catch",
            "placeinsight:catchments",
            {
                "NETWORK_FILE": FromChild("build", "SAVE"),
                "FACILITIES": uri(sample_town, "facilities"),
                "BANDS": "5,10",
                "BASE": uri(sample_town, "postcodes"),
                "COUNT_FIELDS": ["households"],
            },
        ),
        Step(
            "ten",
            "native:extractbyattribute",
            {"INPUT": FromChild("catch", "OUTPUT"), "FIELD": "band", "OPERATOR": 0, "VALUE": "10"},
            outputs=["OUTPUT"],
        ),
        Step(
            "near",
            "placeinsight:nearestfacility",
            {
                "NETWORK_FILE": FromChild("build", "SAVE"),
                "DEMAND": uri(sample_town, "postcodes"),
                "FACILITIES": uri(sample_town, "facilities"),
            },
        ),
        Step(
            "beyond",
            "native:extractbyattribute",
            {"INPUT": FromChild("near", "OUTPUT"), "FIELD": "beyond", "OPERATOR": 0, "VALUE": "true"},
            outputs=["OUTPUT"],
        ),
        Step(
            "matrix",
            "placeinsight:traveltimematrix",
            {
                "NETWORK_FILE": FromChild("build", "SAVE"),
                "ORIGINS": uri(sample_town, "facilities"),
                "DESTINATIONS": FromChild("ten", "OUTPUT"),
            },
        ),
        Step(
            "sorted",
            "native:orderbyexpression",
            {"INPUT": FromChild("matrix", "OUTPUT"), "EXPRESSION": "minutes"},
            outputs=["OUTPUT"],
        ),
    ]
    results = run_model(
        steps,
        {
            "ten_OUTPUT": str(tmp_path / "ten.gpkg"),
            "beyond_OUTPUT": str(tmp_path / "b.gpkg"),
            "sorted_OUTPUT": str(tmp_path / "m.gpkg"),
        },
    )
    assert read(results[next(k for k in results if k.endswith("ten_OUTPUT"))]).featureCount() == 6
    assert read(results[next(k for k in results if k.endswith("beyond_OUTPUT"))]).featureCount() == 0
    assert read(results[next(k for k in results if k.endswith("sorted_OUTPUT"))]).featureCount() == 36


def test_every_accessibility_algorithm_through_qgis_process(provider, qgis_profile, sample_town, tmp_path):
    build = run_qgis_process(
        "placeinsight:buildnetwork",
        town_parameters(sample_town, OUTPUT=tmp_path / "edges.gpkg", SAVE=tmp_path / "net.npz"),
        qgis_profile,
    )
    assert build["results"]["DRIVE_ISLANDS"] == 1 and (tmp_path / "net.npz").exists()
    catch = run_qgis_process(
        "placeinsight:catchments",
        {
            "NETWORK_FILE": tmp_path / "net.npz",
            "FACILITIES": uri(sample_town, "facilities"),
            "BANDS": "5,10,15",
            "BASE": uri(sample_town, "postcodes"),
            "COUNT_FIELDS": "households",
            "OUTPUT": tmp_path / "c.gpkg",
            "EDGES": tmp_path / "r.gpkg",
        },
        qgis_profile,
    )
    assert read(catch["results"]["OUTPUT"]).featureCount() == 18
    reached = read(catch["results"]["EDGES"])  # one multi-line per facility and band
    assert reached.featureCount() == 18 and reached.wkbType() == QgsWkbTypes.Type.MultiLineString
    near = run_qgis_process(
        "placeinsight:nearestfacility",
        {
            "NETWORK_FILE": tmp_path / "net.npz",
            "DEMAND": uri(sample_town, "postcodes"),
            "WEIGHT": "households",
            "FACILITIES": uri(sample_town, "facilities"),
            "OUTPUT": tmp_path / "n.gpkg",
            "CENTRES": tmp_path / "ce.gpkg",
            "SUMMARY": tmp_path / "s.csv",
        },
        qgis_profile,
    )
    assert 0.5 < near["results"]["SHARE_WITHIN"] <= 1.0
    table = run_qgis_process(
        "placeinsight:traveltimematrix",
        town_parameters(
            sample_town,
            ORIGINS=uri(sample_town, "facilities"),
            DESTINATIONS=uri(sample_town, "facilities"),
            K_NEAREST=2,
            OUTPUT=tmp_path / "m.csv",
        ),
        qgis_profile,
    )
    assert table["results"]["PAIRS"] == 12


def test_french_messages(provider, sample_town, tmp_path, french):
    from qgis.core import QgsApplication

    algorithm = QgsApplication.processingRegistry().algorithmById("placeinsight:catchments")
    assert algorithm.displayName() != "Catchments (walk, cycle and drive times)"
    with pytest.raises(QgsProcessingException) as error:
        run_algorithm(
            "placeinsight:catchments",
            town_parameters(
                sample_town, FACILITIES=uri(sample_town, "facilities"), BANDS="10,5", OUTPUT=str(tmp_path / "f.gpkg")
            ),
        )
    assert "croissant" in str(error.value)


def test_matrix_for_many_points_uses_the_same_engine(provider, sample_town, tmp_path):
    result, rows = matrix(sample_town, {"a": (450000, 210200)}, {"b": (450000, 210200)}, 2, tmp_path)
    assert rows[("a", "b")][0] == pytest.approx(0.0, abs=1e-9)
    assert np.isfinite(rows[("a", "b")][1])


def test_build_network_from_an_osm_file_with_osmnx(provider, root, tmp_path):
    osm = root / "tests" / "data" / "helsinki_small.osm"
    feedback = RecordingFeedback()
    result = run_algorithm(
        "placeinsight:buildnetwork",
        {"NETWORK_FILE": str(osm), "OUTPUT": str(tmp_path / "o.gpkg"), "SAVE": str(tmp_path / "osm.npz")},
        feedback=feedback,
    )
    edges = read(result["OUTPUT"])
    assert edges.featureCount() == result["EDGES"] > 500
    assert edges.crs().authid() == "EPSG:32635" or "UTM zone 35N" in edges.crs().description()
    drive = [f for f in edges.getFeatures() if not is_null(f["drive_kmh"])]
    assert drive and all(f["drive_kmh"] > 0 for f in drive)
    again = RecordingFeedback()
    run_algorithm("placeinsight:buildnetwork", {"NETWORK_FILE": str(osm), "OUTPUT": str(tmp_path / "p.gpkg")}, feedback=again)
    assert "reused" in again.text  # the OSM file is read once per session


def test_bulk_reading_of_file_layers_equals_the_feature_loop(provider, sample_town):
    from place_insight.plugin import bridge
    from place_insight.plugin.bridge import network

    layer = QgsVectorLayer(uri(sample_town, "roads"), "roads", "ogr")
    options = {"class_field": "highway", "speed_field": "speed_mph", "direction_field": None}
    arrow = bridge.arrow_source(layer)
    assert network._read_ogr_arrow(arrow, ["highway", "speed_mph", "maxspeed", "oneway", "bridge", "layer"]) is not None
    fast = bridge.read_network_lines(layer, arrow=arrow, **options)
    slow = bridge.read_network_lines(layer, **options)
    assert fast.source_ids.tolist() == slow.source_ids.tolist()
    assert len(fast.parts) == len(slow.parts) == 2859
    np.testing.assert_array_equal(fast.parts.offsets, slow.parts.offsets)
    np.testing.assert_array_equal(fast.parts.xy, slow.parts.xy)
    # a 3D multi-line among them sends every line through the general WKB decoder: the same lines, in order
    multi = QgsGeometry.fromWkt("MultiLineStringZ ((0 0 1, 10 0 2), (20 0 0, 20 5 0, 20 9 9), (5 5 5))")
    blobs = [bytes(f.geometry().asWkb()) for f in layer.getFeatures()]
    owner, simple = bridge.lines_from_wkb([None] + blobs + [None])  # features without geometry: the fast decoder
    assert owner.tolist() == list(range(1, len(blobs) + 1))
    np.testing.assert_array_equal(simple.xy, fast.parts.xy)
    np.testing.assert_array_equal(simple.offsets, fast.parts.offsets)
    owner, general = bridge.lines_from_wkb([None] + blobs + [bytes(multi.asWkb())])
    assert owner.tolist() == list(range(1, len(blobs) + 1)) + [len(blobs) + 1] * 2
    assert general.offsets[-3:].tolist() == [len(fast.parts.xy), len(fast.parts.xy) + 2, len(fast.parts.xy) + 5]
    np.testing.assert_array_equal(general.xy[: len(fast.parts.xy)], fast.parts.xy)
    np.testing.assert_array_equal(general.xy[len(fast.parts.xy) :], [[0, 0], [10, 0], [20, 0], [20, 5], [20, 9]])
    assert fast.attributes.columns.tolist() == slow.attributes.columns.tolist()
    for column in fast.attributes.columns:
        left = [None if v is None or v != v else v for v in fast.attributes[column]]
        right = [None if v is None or v != v else v for v in slow.attributes[column]]
        assert left == right, column
        assert fast.attributes[column].dtype == slow.attributes[column].dtype, column
    filtered = QgsVectorLayer(uri(sample_town, "roads") + "|subset=\"highway\" = 'primary'", "primary", "ogr")
    assert filtered.featureCount() == 80
    assert bridge.arrow_source(filtered) is None  # filtered layers go through QGIS


def test_straight_lines_join_each_origin_to_its_destinations_in_the_origins_crs(provider, sample_town, tmp_path):
    from algorithm_catalogue import parameters, uri
    from layer_copies import memory_copy

    town = QgsVectorLayer(uri(sample_town, "facilities"), "f", "ogr")
    to_degrees = QgsCoordinateTransform(town.crs(), QgsCoordinateReferenceSystem("EPSG:4326"), QgsProject.instance())

    def in_degrees(i, geometry):
        geometry.transform(to_degrees)
        return geometry

    # origins in degrees, destinations and roads in the town's metres: the lines come in the origins' CRS
    facilities = memory_copy(uri(sample_town, "facilities"), name="facilities", geometry=in_degrees, crs="EPSG:4326")
    result = run_algorithm(
        "placeinsight:traveltimematrix", parameters("traveltimematrix", sample_town, tmp_path, ORIGINS=facilities)
    )
    origins = {f["facility_id"]: f.geometry().asPoint() for f in facilities.getFeatures()}
    sites = QgsVectorLayer(uri(sample_town, "candidate_sites"), "s", "ogr")
    destinations = {f["site_id"]: to_degrees.transform(f.geometry().asPoint()) for f in sites.getFeatures()}
    lines = QgsVectorLayer(result["LINES"], "lines", "ogr")
    assert lines.crs().authid() == "EPSG:4326" and lines.featureCount() == result["PAIRS"] > 0
    for line in lines.getFeatures():
        start, end = line.geometry().asPolyline()
        assert (
            start.distance(origins[line["origin_id"]]) < 1e-7
        )  # degrees: about a centimetre (there and back through the roads' CRS)
        assert end.distance(destinations[line["destination_id"]]) < 1e-7
