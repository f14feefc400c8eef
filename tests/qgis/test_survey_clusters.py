"""Find and verify survey clusters on the sample town: toolbox, model, qgis_process, bad input, French."""

from __future__ import annotations

import json
import re
from collections import Counter

import numpy as np
import pandas as pd
import pytest
import shapely
from algorithm_runs import FromChild, RecordingFeedback, Step, run_algorithm, run_model, run_qgis_process
from qgis.core import (
    NULL,
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsRasterLayer,
    QgsRectangle,
    QgsVectorLayer,
)
from scipy import stats

from place_insight.engine.i18n import format_number, format_percent
from place_insight.engine.segmentation.catalogue_files import builtin_catalogues

UNSAFE = "Very unsafe;Fairly unsafe"
DEMO = list(builtin_catalogues()).index("demo")  # position in the Classification catalogue list


def uri(path, layer):
    return f"{path}|layername={layer}"


def survey_parameters(town, **extra):
    parameters = {
        "INPUT": uri(town, "survey_responses"),
        "KEY_FIELD": "postcode",
        "POSTCODES": uri(town, "postcodes"),
        "POSTCODE_FIELD": "postcode",
        "ANSWER_FIELD": "feel_safe",
        "ANSWERS": UNSAFE,
    }
    parameters.update(extra)
    return parameters


def verify_parameters(town, clusters, **extra):
    parameters = survey_parameters(
        town, CLUSTERS=clusters, HOUSEHOLDS="households", DISTRICT=uri(town, "district"), INCIDENTS=uri(town, "incidents")
    )
    parameters["RESPONSES"] = parameters.pop("INPUT")
    parameters.update(extra)
    return parameters


def segmented(town, **extra):
    """The postcodes as the segmented base: households by group of the demo catalogue."""
    return {
        "BASE": uri(town, "postcodes"),
        "BASE_SEGMENT_FIELD": "segment",
        "BASE_COUNT_FIELD": "households",
        "CATALOGUE": DEMO,
        "LEVEL": "group",
        **extra,
    }


def features(path):
    layer = QgsVectorLayer(str(path), "out", "ogr")
    assert layer.isValid(), path
    return list(layer.getFeatures())


def is_null(value) -> bool:
    return value is None or value == NULL


def wkt_shape(feature):
    return shapely.from_wkt(feature.geometry().asWkt())


@pytest.fixture(scope="module")
def planted(sample_town):
    layer = QgsVectorLayer(uri(sample_town, "planted_truth"), "truth", "ogr")
    return {f["key"]: json.loads(f["value"]) for f in layer.getFeatures()}


@pytest.fixture(scope="module")
def town_arrays(sample_town):
    """Postcode points, households and responses per postcode, read independently of the plugin."""
    units = features(uri(sample_town, "postcodes"))
    xy = np.array([[f.geometry().asPoint().x(), f.geometry().asPoint().y()] for f in units])
    keys = [re.sub(r"\s+", "", f["postcode"].upper()) for f in units]
    households = np.array([f["households"] for f in units], dtype=float)
    position = {k: i for i, k in enumerate(keys)}
    responses = Counter()
    unsafe = Counter()
    for f in features(uri(sample_town, "survey_responses")):
        key = re.sub(r"\s+", "", str(f["postcode"] or "").upper())
        if key in position:
            responses[position[key]] += 1
            unsafe[position[key]] += f["feel_safe"] in ("Very unsafe", "Fairly unsafe")
    count = np.array([responses[i] for i in range(len(units))], dtype=float)
    chosen = np.array([unsafe[i] for i in range(len(units))], dtype=float)
    return xy, households, count, chosen


def holding(rows, centre):
    point = QgsGeometry.fromPointXY(QgsPointXY(*centre))
    return [f for f in rows if f.geometry().contains(point)]


@pytest.fixture(scope="module")
def density_run(sample_town, tmp_path_factory, provider_module):
    folder = tmp_path_factory.mktemp("density")
    result = run_algorithm(
        "placeinsight:surveyclusters",
        survey_parameters(sample_town, METHOD=0, OUTPUT=str(folder / "clusters.gpkg"), DENSITY=str(folder / "density.tif")),
    )
    verified = run_algorithm(
        "placeinsight:verifyclusters",
        verify_parameters(
            sample_town, result["OUTPUT"], OUTPUT=str(folder / "verified.gpkg"), REPORT=str(folder / "report.html")
        ),
    )
    return result, verified


# -- the planted clusters through the toolbox ---------------------------------------------
def test_density_finds_both_planted_areas_with_true_counts(density_run, planted, town_arrays):
    result, _ = density_run
    rows = features(result["OUTPUT"])
    assert result["CLUSTERS"] == len(rows) >= 2
    (fear,) = holding(rows, planted["fear_cluster"]["centre"])
    (high,) = holding(rows, planted["high_return_area"]["centre"])
    xy, _, count, chosen = town_arrays
    for row in (fear, high):
        inside = shapely.intersects_xy(wkt_shape(row), xy[:, 0], xy[:, 1])
        assert (row["responses"], row["chosen"]) == (count[inside].sum(), chosen[inside].sum())
        assert row["area_km2"] == pytest.approx(row.geometry().area() / 1e6)
        assert row["density"] == pytest.approx(row["chosen"] / row["area_km2"])
        assert row["method"] == "density" and row["order"] == 1
    assert fear["share"] > 0.5 > high["share"]


def test_density_raster(density_run):
    result, _ = density_run
    raster = QgsRasterLayer(result["DENSITY"], "density")
    assert raster.isValid() and raster.crs().authid() == "EPSG:27700"
    peak = max(f["peak_density"] for f in features(result["OUTPUT"]))
    statistics = raster.dataProvider().bandStatistics(1)
    assert statistics.maximumValue == pytest.approx(peak, rel=1e-5)
    assert "Chosen answers per km²" in raster.bandName(1), "the legend says what the values are"


def test_fear_cluster_is_verified_fear_without_crime_and_high_return_is_not(density_run, planted, town_arrays):
    _, verified = density_run
    rows = features(verified["OUTPUT"])
    (fear,) = holding(rows, planted["fear_cluster"]["centre"])
    (high,) = holding(rows, planted["high_return_area"]["centre"])
    assert fear["verified"] is True and fear["share_high"] is True and fear["incidents_high"] is False
    assert fear["disparity"] == "fear without crime" and "Fear without crime" in fear["verdict"]
    assert high["verified"] is False and high["return_ratio"] > 2
    assert verified["FEAR_WITHOUT_CRIME"] >= 1 and verified["VERIFIED"] == sum(f["verified"] is True for f in rows)
    xy, households, count, _ = town_arrays
    inside = shapely.intersects_xy(wkt_shape(fear), xy[:, 0], xy[:, 1])
    assert fear["postcodes"] == inside.sum() and fear["households"] == households[inside].sum()
    share = households[inside].sum() / households.sum()
    assert fear["return_p"] == pytest.approx(stats.binom.sf(count[inside].sum() - 1, count.sum(), share), rel=1e-9)
    html = open(verified["REPORT"], encoding="utf-8").read()
    assert "Fear without crime" in html and "return rate high (not verified)" in html
    # found by a search: the verification ran the same search on 99 simulated data sets of each kind
    assert re.fullmatch(r"method=density;records=\d+", fear["search"]) and fear["share_p_search"] == pytest.approx(0.01)
    assert fear["share_p_search"] >= fear["share_p"] and high["return_p_search"] >= high["return_p"]
    assert verified["CONCENTRATED"] == sum(f["share_high"] is True for f in rows) >= 1
    assert "p (share, allowing for the search)" in html and "simulated data sets" in html
    assert "matches no postcode unit" in html  # the input warnings are in the report too


@pytest.mark.parametrize(("method", "extra"), [(1, {}), (2, {}), (3, {}), (4, {"THRESHOLD": 150, "MIN_POINTS": 20})])
def test_every_method_finds_the_fear_cluster(sample_town, planted, provider, tmp_path, method, extra):
    feedback = RecordingFeedback()
    result = run_algorithm(
        "placeinsight:surveyclusters",
        survey_parameters(sample_town, METHOD=method, OUTPUT=str(tmp_path / "c.gpkg"), **extra),
        feedback=feedback,
    )
    rows = features(result["OUTPUT"])
    assert holding(rows, planted["fear_cluster"]["centre"]), feedback.text
    name = ["share", "gi_grid", "gi_units", "nnh"][method - 1]
    assert {f["method"] for f in rows} == {name}
    assert {f["order"] for f in rows} == {1}  # the same schema for every method; first order only by default


def test_incident_clusters_feed_the_verification(sample_town, planted, provider, tmp_path):
    incidents = run_algorithm(
        "placeinsight:surveyclusters",
        {"INPUT": uri(sample_town, "incidents"), "METHOD": 0, "OUTPUT": str(tmp_path / "incidents.gpkg")},
    )
    rows = features(incidents["OUTPUT"])
    for hotspot in planted["incident_hotspots"]:
        assert holding(rows, hotspot["centre"]), hotspot["name"]
    clusters = run_algorithm(
        "placeinsight:surveyclusters", survey_parameters(sample_town, METHOD=1, OUTPUT=str(tmp_path / "c.gpkg"))
    )
    parameters = verify_parameters(
        sample_town, clusters["OUTPUT"], INCIDENT_CLUSTERS=incidents["OUTPUT"], OUTPUT=str(tmp_path / "v.gpkg")
    )
    del parameters["INCIDENTS"]
    verified = features(run_algorithm("placeinsight:verifyclusters", parameters)["OUTPUT"])
    (fear,) = holding(verified, planted["fear_cluster"]["centre"])
    assert fear["incident_overlap"] < 0.1 and fear["disparity"] == "fear without crime"
    assert is_null(fear["incidents"])


# -- nearest-neighbour clusters of higher orders ------------------------------------------------
@pytest.fixture(scope="module")
def nnh_orders(sample_town, tmp_path_factory, provider_module):
    folder = tmp_path_factory.mktemp("nnh")
    feedback = RecordingFeedback()
    result = run_algorithm(
        "placeinsight:surveyclusters",
        survey_parameters(sample_town, METHOD=4, PROBABILITY=0.05, MAX_ORDER=2, OUTPUT=str(folder / "nnh.gpkg")),
        feedback=feedback,
    )
    return result, feedback


def covered(inner, outer) -> bool:
    """``inner`` lies in ``outer`` up to the arc segments of their buffers."""
    return inner.difference(outer).area < 1e-6 * inner.area


def test_nnh_second_order_polygons_hold_their_first_order_clusters(nnh_orders, town_arrays):
    result, _ = nnh_orders
    rows = features(result["OUTPUT"])
    first = [f for f in rows if f["order"] == 1]
    second = [f for f in rows if f["order"] == 2]
    assert len(first) >= 2 and len(second) >= 1 and result["CLUSTERS"] == len(rows) == len(first) + len(second)
    assert [f["cluster_id"] for f in rows] == list(range(1, len(rows) + 1))  # order 1 first
    xy, _, count, chosen = town_arrays
    used = set()
    for upper in second:
        outline = wkt_shape(upper)
        parts = [f for f in first if covered(wkt_shape(f), outline)]
        assert len(parts) == upper["members"] >= 2  # the first-order clusters it was made of
        ids = {f["cluster_id"] for f in parts}
        assert not ids & used  # each first-order cluster belongs to one second-order cluster at most
        used |= ids
        inside = shapely.intersects_xy(outline, xy[:, 0], xy[:, 1])  # counted as first-order clusters are
        assert (upper["responses"], upper["chosen"]) == (count[inside].sum(), chosen[inside].sum())
        assert upper["chosen"] >= sum(f["chosen"] for f in parts)
        assert upper["area_km2"] == pytest.approx(upper.geometry().area() / 1e6)
        assert upper["density"] == pytest.approx(upper["chosen"] / upper["area_km2"])
        assert upper["method"] == "nnh"


def test_nnh_log_gives_the_clusters_and_threshold_of_each_order(nnh_orders, town_arrays):
    result, feedback = nnh_orders
    rows = features(result["OUTPUT"])
    xy, _, count, chosen = town_arrays
    located = xy[count > 0]  # the records, at their postcode units
    span = located.max(axis=0) - located.min(axis=0)
    area = span[0] * span[1]  # the bounding rectangle of all records

    def threshold(n):
        return 0.5 * np.sqrt(area / n) + stats.t.ppf(0.05, n - 1) * 0.26136 * np.sqrt(area) / n

    first = sum(f["order"] == 1 for f in rows)
    second = sum(f["order"] == 2 for f in rows)
    expected = (
        f"Clusters by order: order 1: {first} clusters, threshold distance {threshold(chosen.sum()):,.1f}; "
        f"order 2: {second} clusters, threshold distance {threshold(first):,.1f}."
    )
    assert expected in feedback.text


def test_nnh_higher_orders_feed_the_verification(nnh_orders, sample_town, tmp_path):
    result, _ = nnh_orders
    feedback = RecordingFeedback()
    verified = run_algorithm(
        "placeinsight:verifyclusters",
        verify_parameters(sample_town, result["OUTPUT"], OUTPUT=str(tmp_path / "v.gpkg")),
        feedback=feedback,
    )
    rows = features(verified["OUTPUT"])
    assert sorted(f["order"] for f in rows) == sorted(f["order"] for f in features(result["OUTPUT"]))
    assert any("overlap" in w for w in feedback.warnings)  # second-order clusters hold first-order ones


def test_nnh_higher_orders_through_qgis_process(nnh_orders, sample_town, provider, qgis_profile, tmp_path):
    result, _ = nnh_orders
    output = tmp_path / "nnh.gpkg"
    found = run_qgis_process(
        "placeinsight:surveyclusters",
        survey_parameters(sample_town, METHOD=4, PROBABILITY=0.05, MAX_ORDER=2, OUTPUT=output),
        qgis_profile,
    )
    rows = [(f["order"], f["members"], f["chosen"], f["responses"]) for f in features(output)]
    assert found["results"]["CLUSTERS"] == len(rows)
    assert rows == [(f["order"], f["members"], f["chosen"], f["responses"]) for f in features(result["OUTPUT"])]
    assert {order for order, *_ in rows} == {1, 2}


@pytest.mark.parametrize("order", [0, -1])
def test_a_highest_order_below_one_is_refused(sample_town, provider, tmp_path, order):
    with pytest.raises(
        QgsProcessingException,
        match=f"Highest order of nearest-neighbour clusters: {order} is not allowed; give a whole number of at least 1",
    ):
        run_algorithm(
            "placeinsight:surveyclusters",
            survey_parameters(sample_town, METHOD=4, PROBABILITY=0.05, MAX_ORDER=order, OUTPUT=str(tmp_path / "c.gpkg")),
        )
    assert not (tmp_path / "c.gpkg").exists()


# -- model and qgis_process ---------------------------------------------------------------------
def test_clusters_feed_verification_in_a_model(sample_town, planted, provider, tmp_path):
    verify = verify_parameters(sample_town, FromChild("clusters", "OUTPUT"), **segmented(sample_town))
    steps = [
        Step("clusters", "placeinsight:surveyclusters", survey_parameters(sample_town, METHOD=1)),
        Step("verify", "placeinsight:verifyclusters", verify, outputs=["OUTPUT"]),
    ]
    results = run_model(steps, {"verify_OUTPUT": str(tmp_path / "verified.gpkg")})
    key = next(k for k in results if k.endswith("verify_OUTPUT"))
    (fear,) = holding(features(results[key]), planted["fear_cluster"]["centre"])
    assert fear["verified"] is True and fear["disparity"] == "fear without crime"
    assert fear["dominant_segments"] == expected_residents(sample_town, fear)["codes"]


def test_both_algorithms_through_qgis_process(sample_town, planted, provider, qgis_profile, tmp_path):
    clusters = tmp_path / "clusters.gpkg"
    found = run_qgis_process(
        "placeinsight:surveyclusters", survey_parameters(sample_town, METHOD=0, OUTPUT=clusters), qgis_profile
    )
    assert found["results"]["CLUSTERS"] == len(features(clusters)) >= 2
    verified = tmp_path / "verified.gpkg"
    report = tmp_path / "report.html"
    result = run_qgis_process(
        "placeinsight:verifyclusters",
        verify_parameters(sample_town, clusters, OUTPUT=verified, REPORT=report, **segmented(sample_town)),
        qgis_profile,
    )
    rows = features(verified)
    (fear,) = holding(rows, planted["fear_cluster"]["centre"])
    assert fear["disparity"] == "fear without crime"
    expected = expected_residents(sample_town, fear)
    assert fear["dominant_segments"] == expected["codes"]
    assert fear["dominant_share"] == pytest.approx(expected["share"], rel=1e-9)
    assert result["results"]["VERIFIED"] == sum(f["verified"] is True for f in rows)
    assert report.exists()


# -- bad input -------------------------------------------------------------------------------
def test_unmatched_postcodes_are_counted_and_listed(density_run, sample_town, planted, provider, tmp_path):
    feedback = RecordingFeedback()
    run_algorithm(
        "placeinsight:surveyclusters", survey_parameters(sample_town, OUTPUT=str(tmp_path / "c.gpkg")), feedback=feedback
    )
    unmatched = planted["survey_unmatched"]
    (warning,) = [w for w in feedback.warnings if "matches no postcode unit" in w]
    assert f"{unmatched['count']} of {unmatched['total']:,} records" in warning
    assert "ZZ9 9ZZ" in warning and "N/A" in warning


def test_answer_values_that_do_not_occur(sample_town, provider, tmp_path):
    feedback = RecordingFeedback()
    run_algorithm(
        "placeinsight:surveyclusters",
        survey_parameters(sample_town, ANSWERS="Very unsafe;Terrified", OUTPUT=str(tmp_path / "c.gpkg")),
        feedback=feedback,
    )
    assert any("Terrified does not occur" in w and "Fairly safe" in w for w in feedback.warnings)
    # the responses are given as "sample_town.gpkg|layername=survey_responses": the message names that layer
    with pytest.raises(
        QgsProcessingException, match="None of the answer values Terrified occurs in the field feel_safe of survey_responses"
    ):
        run_algorithm(
            "placeinsight:surveyclusters", survey_parameters(sample_town, ANSWERS="Terrified", OUTPUT=str(tmp_path / "d.gpkg"))
        )


def polygon_layer(shapes: dict[str, QgsGeometry]) -> QgsVectorLayer:
    layer = QgsVectorLayer("Polygon?crs=EPSG:27700&field=name:string", "drawn", "memory")
    for name, geometry in shapes.items():
        feature = QgsFeature(layer.fields())
        feature.setAttributes([name])
        feature.setGeometry(geometry)
        layer.dataProvider().addFeature(feature)
    return layer


def circle(x, y, radius):
    return QgsGeometry.fromPointXY(QgsPointXY(x, y)).buffer(radius, 32)


def test_a_district_other_than_the_area_searched_is_refused(density_run, sample_town, town_arrays, provider, tmp_path):
    result, _ = density_run
    (searched,) = {int(f["search"].rpartition("records=")[2]) for f in features(result["OUTPUT"])}
    xy, _, count, _ = town_arrays
    split = float(np.median(xy[:, 0]))
    (x0, y0), (_, y1) = xy.min(axis=0) - 50, xy.max(axis=0) + 50
    west = polygon_layer({"west": QgsGeometry.fromRect(QgsRectangle(x0, y0, split, y1))})
    parameters = verify_parameters(sample_town, result["OUTPUT"], DISTRICT=west, OUTPUT=str(tmp_path / "v.gpkg"))
    with pytest.raises(QgsProcessingException) as refused:
        run_algorithm("placeinsight:verifyclusters", parameters)
    message = str(refused.value)
    found = re.search(r"were found by a search of ([\d,]+) responses, but ([\d,]+) responses of survey_responses lie", message)
    assert found, message
    assert int(found[1].replace(",", "")) == searched and int(found[2].replace(",", "")) == count[xy[:, 0] < split].sum()
    assert "Verify over the area the finder searched" in message and "set the simulations of the search to 0" in message
    assert not (tmp_path / "v.gpkg").exists()
    # taken as fixed in advance, the same clusters over the same district are verified with the exact tests
    rows = features(run_algorithm("placeinsight:verifyclusters", {**parameters, "SIMULATIONS": 0})["OUTPUT"])
    assert rows and all(is_null(f["share_p_search"]) for f in rows)


def test_hand_drawn_clusters_empty_and_overlapping(sample_town, planted, provider, town_arrays, tmp_path):
    fx, fy = planted["fear_cluster"]["centre"]
    drawn = polygon_layer(
        {
            "fear": circle(fx, fy, 500),
            "shifted": circle(fx + 400, fy, 500),
            "field": QgsGeometry.fromRect(QgsGeometry.fromPointXY(QgsPointXY(446100, 212900)).buffer(20, 4).boundingBox()),
        }
    )
    feedback = RecordingFeedback()
    result = run_algorithm(
        "placeinsight:verifyclusters",
        verify_parameters(sample_town, drawn, CLUSTER_ID="name", OUTPUT=str(tmp_path / "v.gpkg")),
        feedback=feedback,
    )
    rows = {f["cluster_id"]: f for f in features(result["OUTPUT"])}
    assert rows["field"]["postcodes"] == 0 and is_null(rows["field"]["verified"])
    assert "contains no postcode unit" in rows["field"]["verdict"]
    assert any("1 cluster contains no postcode unit" in w and "field" in w for w in feedback.warnings)
    assert any("overlap" in w and "fear & shifted" in w for w in feedback.warnings)
    xy, _, count, _ = town_arrays
    for name in ("fear", "shifted"):
        inside = shapely.intersects_xy(wkt_shape(rows[name]), xy[:, 0], xy[:, 1])
        assert rows[name]["responses"] == count[inside].sum()  # shared units count in both
    assert rows["fear"]["name"] == "fear"


def test_a_district_with_fewer_than_30_responses(sample_town, planted, provider, tmp_path):
    fx, fy = planted["fear_cluster"]["centre"]
    district = polygon_layer({"small": circle(fx, fy, 180)})
    clusters = polygon_layer({"core": circle(fx, fy, 100)})
    feedback = RecordingFeedback()
    result = run_algorithm(
        "placeinsight:verifyclusters",
        verify_parameters(sample_town, clusters, DISTRICT=district, OUTPUT=str(tmp_path / "v.gpkg")),
        feedback=feedback,
    )
    (row,) = features(result["OUTPUT"])
    assert any("The district has only" in w for w in feedback.warnings)
    assert any("lie outside the district" in w for w in feedback.warnings)
    assert row["return_p"] is not None and 0 <= row["return_p"] <= 1 and row["low_numbers"] is True


def test_incidents_in_another_crs_give_the_same_numbers(density_run, sample_town, provider, tmp_path):
    reprojected = run_algorithm(
        "native:reprojectlayer",
        {
            "INPUT": uri(sample_town, "incidents"),
            "TARGET_CRS": QgsCoordinateReferenceSystem("EPSG:4326"),
            "OUTPUT": str(tmp_path / "incidents_wgs84.gpkg"),
        },
    )["OUTPUT"]
    result, verified = density_run
    again = run_algorithm(
        "placeinsight:verifyclusters",
        verify_parameters(sample_town, result["OUTPUT"], INCIDENTS=reprojected, OUTPUT=str(tmp_path / "v.gpkg")),
    )
    before = {f["cluster_id"]: f for f in features(verified["OUTPUT"])}
    after = {f["cluster_id"]: f for f in features(again["OUTPUT"])}
    assert sum(f["incidents"] for f in after.values()) > 0
    for key, row in after.items():
        assert row["incidents"] == before[key]["incidents"]
        assert row["incident_ratio"] == pytest.approx(before[key]["incident_ratio"])


def test_all_answers_identical(sample_town, provider, tmp_path):
    table = QgsVectorLayer("None?field=postcode:string&field=answer:string", "same", "memory")
    units = features(uri(sample_town, "postcodes"))
    for k, unit in enumerate(units[::3]):
        for _ in range(1 + k % 3):
            feature = QgsFeature(table.fields())
            feature.setAttributes([unit["postcode"], "Very unsafe"])
            table.dataProvider().addFeature(feature)
    feedback = RecordingFeedback()
    parameters = survey_parameters(
        sample_town, INPUT=table, ANSWER_FIELD="answer", ANSWERS="very unsafe", OUTPUT=str(tmp_path / "c.gpkg")
    )
    run_algorithm("placeinsight:surveyclusters", parameters, feedback=feedback)
    assert any("same answer" in w for w in feedback.warnings)
    drawn = polygon_layer({"a": circle(450000, 210200, 600)})
    verify = verify_parameters(
        sample_town, drawn, RESPONSES=table, ANSWER_FIELD="answer", ANSWERS="Very unsafe", OUTPUT=str(tmp_path / "v.gpkg")
    )
    (row,) = features(run_algorithm("placeinsight:verifyclusters", verify)["OUTPUT"])
    assert row["share"] == 1.0 and row["share_p"] == 1.0 and row["share_high"] is False


def test_a_table_needs_its_postcode_field_and_the_postcode_units(sample_town, provider, tmp_path):
    with pytest.raises(QgsProcessingException, match="has no point geometry"):
        run_algorithm(
            "placeinsight:surveyclusters", survey_parameters(sample_town, KEY_FIELD="", OUTPUT=str(tmp_path / "a.gpkg"))
        )
    with pytest.raises(QgsProcessingException, match="choose the postcode units layer"):
        run_algorithm(
            "placeinsight:surveyclusters", survey_parameters(sample_town, POSTCODES=None, OUTPUT=str(tmp_path / "b.gpkg"))
        )
    with pytest.raises(QgsProcessingException, match="share method compares"):
        run_algorithm(
            "placeinsight:surveyclusters",
            {"INPUT": uri(sample_town, "incidents"), "METHOD": 1, "OUTPUT": str(tmp_path / "c.gpkg")},
        )


# -- French --------------------------------------------------------------------------------
def test_report_and_messages_in_french(density_run, sample_town, provider, french, tmp_path):
    from place_insight.plugin.bridge.i18n import tr

    result, _ = density_run
    feedback = RecordingFeedback()
    verified = run_algorithm(
        "placeinsight:verifyclusters",
        verify_parameters(sample_town, result["OUTPUT"], OUTPUT=str(tmp_path / "v.gpkg"), REPORT=str(tmp_path / "r.html")),
        feedback=feedback,
    )
    html = open(verified["REPORT"], encoding="utf-8").read()
    title = tr("Survey cluster verification")
    assert title != "Survey cluster verification" and title in html
    assert 'lang="fr"' in html
    assert (
        tr(
            "Fear without crime: the answers are elevated while incidents are not, so reassurance and "
            "communication may help more than enforcement."
        )
        in html
    )
    assert any("correspond" in w for w in feedback.warnings)


def test_a_cancelled_run_writes_nothing(sample_town, provider, tmp_path):
    feedback = RecordingFeedback()
    feedback.cancel()
    output = tmp_path / "never.gpkg"
    with pytest.raises(QgsProcessingException, match="Cancelled by the user"):
        run_algorithm("placeinsight:surveyclusters", survey_parameters(sample_town, OUTPUT=str(output)), feedback=feedback)
    assert not output.exists()


@pytest.mark.parametrize("away", [0.0, 0.4], ids=["at their unit", "off their unit"])
def test_responses_as_points_give_the_same_verification_as_the_keyed_table(
    density_run, sample_town, provider, town_arrays, tmp_path, away
):
    from scipy.spatial import cKDTree

    xy, _, count, chosen = town_arrays
    # each response at its own address around its unit, closer to it than to any other (its nearest unit)
    spacing = cKDTree(xy).query(xy, k=2)[0][:, 1]
    angle = np.random.default_rng(1).uniform(0.0, 2 * np.pi, int(count.sum()))
    layer = QgsVectorLayer("Point?crs=EPSG:27700&field=answer:string", "located", "memory")
    placed = []
    for unit in np.flatnonzero(count):
        for k in range(int(count[unit])):
            feature = QgsFeature(layer.fields())
            feature.setAttributes(["Very unsafe" if k < chosen[unit] else "Fairly safe"])
            turn = angle[len(placed)]
            placed.append(xy[unit] + away * spacing[unit] * np.array([np.cos(turn), np.sin(turn)]))
            feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(*placed[-1])))
            layer.dataProvider().addFeature(feature)
    result, keyed = density_run
    parameters = verify_parameters(
        sample_town, result["OUTPUT"], RESPONSES=layer, KEY_FIELD="", ANSWER_FIELD="answer", OUTPUT=str(tmp_path / "v.gpkg")
    )
    points = {f["cluster_id"]: f for f in features(run_algorithm("placeinsight:verifyclusters", parameters)["OUTPUT"])}
    placed = np.array(placed)
    for row in features(keyed["OUTPUT"]):
        other = points[row["cluster_id"]]
        for field in ("postcodes", "incidents"):
            assert other[field] == row[field], field
        # the return test counts each response with its unit, wherever it lies; the share, where it lies
        assert other["return_p"] == pytest.approx(row["return_p"]) and other["return_rate"] == pytest.approx(row["return_rate"])
        inside = shapely.intersects_xy(wkt_shape(other), placed[:, 0], placed[:, 1])
        assert other["responses"] == inside.sum()
        if not away:
            assert (other["responses"], other["chosen"], other["verified"]) == (row["responses"], row["chosen"], row["verified"])


# -- who lives in the clusters ---------------------------------------------------------------
def expected_residents(town, cluster, *, language="en") -> dict:
    """The dominant groups of the postcodes inside a cluster polygon, in plain pandas.

    Type codes roll up to their group through the parent links of resources/catalogues/demo.json; groups are
    taken from the largest household count down until they make 75% of the cluster, at most five.
    """
    catalogue = json.loads(builtin_catalogues()["demo"].read_text(encoding="utf-8"))
    parent = {s["code"]: s["parent"] for s in catalogue["segments"] if s["level"] == "type"}
    name = {s["code"]: s["name"][language] for s in catalogue["segments"] if s["level"] == "group"}
    units = features(uri(town, "postcodes"))
    frame = pd.DataFrame(
        {
            "x": [f.geometry().asPoint().x() for f in units],
            "y": [f.geometry().asPoint().y() for f in units],
            "households": [f["households"] for f in units],
            "group": [parent[f["segment"]] for f in units],
        }
    )
    inside = shapely.intersects_xy(wkt_shape(cluster), frame["x"].to_numpy(), frame["y"].to_numpy())
    groups = [s["code"] for s in catalogue["segments"] if s["level"] == "group"]
    here = frame[inside].groupby("group")["households"].sum().reindex(groups, fill_value=0)
    here = here.sort_values(ascending=False, kind="stable")
    share = here / here.sum() * 100
    base_share = frame.groupby("group")["households"].sum() / frame["households"].sum() * 100
    before = share.cumsum() - share
    dominant = share[(here > 0) & (before < 75)].head(5)
    return {
        "codes": ", ".join(dominant.index),
        "names": "; ".join(name[g] for g in dominant.index),
        "share": dominant.iloc[0],
        "index": dominant.iloc[0] / base_share[dominant.index[0]] * 100,
        "shares": dominant,
        "indices": dominant / base_share[dominant.index] * 100,
        "households": here.sum(),
    }


@pytest.fixture(scope="module")
def residents_run(density_run, sample_town, tmp_path_factory):
    folder = tmp_path_factory.mktemp("residents")
    result, _ = density_run
    feedback = RecordingFeedback()
    verified = run_algorithm(
        "placeinsight:verifyclusters",
        verify_parameters(
            sample_town,
            result["OUTPUT"],
            OUTPUT=str(folder / "verified.gpkg"),
            REPORT=str(folder / "report.html"),
            **segmented(sample_town),
        ),
        feedback=feedback,
    )
    return verified, feedback


def test_dominant_segments_of_the_fear_cluster_equal_a_pandas_computation(residents_run, sample_town, planted):
    verified, feedback = residents_run
    (fear,) = holding(features(verified["OUTPUT"]), planted["fear_cluster"]["centre"])
    expected = expected_residents(sample_town, fear)
    assert expected["households"] == fear["households"] > 0  # the same postcode units as the verification
    assert fear["dominant_segments"] == expected["codes"]
    assert fear["dominant_names"] == expected["names"]
    assert fear["dominant_share"] == pytest.approx(expected["share"], rel=1e-9)
    assert fear["dominant_index"] == pytest.approx(expected["index"], rel=1e-9)
    assert fear["verified"] is True and fear["disparity"] == "fear without crime"  # unchanged by the base
    first, *others = expected["shares"].index
    sentence = "Who lives here: mostly {code} {name} ({share:.0f}%, index {index:,.0f})".format(
        code=first, name=expected["names"].split("; ")[0], share=expected["share"], index=expected["index"]
    )
    assert sentence in fear["verdict"]
    html = open(verified["REPORT"], encoding="utf-8").read()
    assert sentence in html and "Dominant segments" in html
    assert not any("not in the catalogue" in w for w in feedback.warnings)


def test_the_report_says_who_lives_there_in_french(density_run, sample_town, planted, provider, french, tmp_path):
    from place_insight.plugin.bridge.i18n import tr

    result, _ = density_run
    verified = run_algorithm(
        "placeinsight:verifyclusters",
        verify_parameters(
            sample_town,
            result["OUTPUT"],
            OUTPUT=str(tmp_path / "v.gpkg"),
            REPORT=str(tmp_path / "r.html"),
            **segmented(sample_town),
        ),
    )
    (fear,) = holding(features(verified["OUTPUT"]), planted["fear_cluster"]["centre"])
    expected = expected_residents(sample_town, fear, language="fr")
    assert fear["dominant_names"] == expected["names"]  # the catalogue's French names
    item = tr("{code} {name} ({share}, index {index})").format(
        code=expected["codes"].split(", ")[0],
        name=expected["names"].split("; ")[0],
        share=format_percent(expected["share"]),
        index=format_number(expected["index"]),
    )
    opening = tr("Who lives here: mostly {segments}.").split("{segments}")[0]
    assert "indice" in item and opening != "Who lives here: mostly "
    html = open(verified["REPORT"], encoding="utf-8").read()
    assert opening + item in html and tr("Dominant segments") in html
    assert tr("Dominant segments") != "Dominant segments"


def test_codes_not_in_the_catalogue_and_a_cluster_without_base(sample_town, planted, provider, tmp_path):
    fx, fy = planted["fear_cluster"]["centre"]
    base = QgsVectorLayer("Point?crs=EPSG:27700&field=segment:string&field=households:integer", "homes", "memory")
    for x, y, code, households in (
        (fx, fy, "J43", 30),
        (fx + 10, fy, "ZZ9", 10),
        (fx - 10, fy, "J41", 10),
        (fx + 3000, fy, "H33", 50),
    ):
        feature = QgsFeature(base.fields())
        feature.setAttributes([code, households])
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
        base.dataProvider().addFeature(feature)
    drawn = polygon_layer({"fear": circle(fx, fy, 100), "empty": circle(fx, fy + 2000, 50)})
    feedback = RecordingFeedback()
    result = run_algorithm(
        "placeinsight:verifyclusters",
        verify_parameters(
            sample_town,
            drawn,
            CLUSTER_ID="name",
            OUTPUT=str(tmp_path / "v.gpkg"),
            REPORT=str(tmp_path / "r.html"),
            **segmented(sample_town, BASE=base),
        ),
        feedback=feedback,
    )
    rows = {f["cluster_id"]: f for f in features(result["OUTPUT"])}
    fear, empty = rows["fear"], rows["empty"]
    # J 40 of 50 households (80%) against J 40 of 100 in the base (40%): index 200; ZZ9 is Unclassified (20%)
    assert (fear["dominant_segments"], fear["dominant_names"]) == ("J", "Estate Families")
    assert fear["dominant_share"] == pytest.approx(80.0) and fear["dominant_index"] == pytest.approx(200.0)
    assert "mostly J Estate Families (80%, index 200). Unclassified: 20%." in fear["verdict"]
    assert all(is_null(empty[f]) for f in ("dominant_segments", "dominant_names", "dominant_share", "dominant_index"))
    assert "No unit of homes lies inside it, so who lives here is not known." in empty["verdict"]
    (unknown,) = [w for w in feedback.warnings if "not in the catalogue" in w]
    assert "1 records of homes" in unknown and "ZZ9 (1)" in unknown
    assert any("1 cluster contains no unit of homes" in w and "empty" in w for w in feedback.warnings)
    html = open(result["REPORT"], encoding="utf-8").read()
    assert "ZZ9 (1)" in html and "No unit of homes lies inside it" in html


def test_polygon_base_units_count_by_the_share_of_their_area(sample_town, planted, provider, tmp_path):
    fx, fy = planted["fear_cluster"]["centre"]
    base = QgsVectorLayer("Polygon?crs=EPSG:27700&field=code:string&field=people:double", "areas", "memory")
    for (x0, x1), code in (((fx - 200, fx), "J43"), ((fx, fx + 200), "H33")):
        feature = QgsFeature(base.fields())
        feature.setAttributes([code, 100.0])
        feature.setGeometry(
            QgsGeometry.fromRect(QgsGeometry.fromWkt(f"LINESTRING({x0} {fy - 100}, {x1} {fy + 100})").boundingBox())
        )
        base.dataProvider().addFeature(feature)
    cluster = QgsGeometry.fromRect(QgsGeometry.fromWkt(f"LINESTRING({fx - 200} {fy - 100}, {fx + 50} {fy + 100})").boundingBox())
    result = run_algorithm(
        "placeinsight:verifyclusters",
        verify_parameters(
            sample_town,
            polygon_layer({"a": cluster}),
            OUTPUT=str(tmp_path / "v.gpkg"),
            **segmented(sample_town, BASE=base, BASE_SEGMENT_FIELD="code", BASE_COUNT_FIELD="people"),
        ),
    )
    (row,) = features(result["OUTPUT"])
    # all of the J area (100) and a quarter of the H area (25): J 80%, base share 50%
    assert row["dominant_segments"] == "J" and row["dominant_share"] == pytest.approx(80.0)
    assert row["dominant_index"] == pytest.approx(160.0)


def test_a_segmented_base_needs_its_segment_field(sample_town, provider, tmp_path):
    drawn = polygon_layer({"a": circle(450000, 210200, 600)})
    with pytest.raises(QgsProcessingException, match="Choose the segment field of the base layer postcodes"):
        run_algorithm(
            "placeinsight:verifyclusters",
            verify_parameters(
                sample_town, drawn, OUTPUT=str(tmp_path / "a.gpkg"), **segmented(sample_town, BASE_SEGMENT_FIELD="")
            ),
        )
    with pytest.raises(QgsProcessingException, match="has no field mosaic"):
        run_algorithm(
            "placeinsight:verifyclusters",
            verify_parameters(
                sample_town,
                drawn,
                OUTPUT=str(tmp_path / "b.gpkg"),
                **segmented(sample_town, BASE=polygon_layer({"x": circle(0, 0, 1)}), BASE_SEGMENT_FIELD="mosaic"),
            ),
        )
