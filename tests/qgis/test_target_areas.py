"""Target areas on the sample town: toolbox, model, qgis_process, roads and catchment-like zones, bad input, French.

Expected numbers come from tests/targeting_reference.py: plain pandas on the
GeoPackage's tables, wards from the postcodes' own ward_code attribute, and
for roads a shapely buffer (a different library from the QGIS geometry the
algorithm uses).
"""

from __future__ import annotations

import hashlib

import numpy as np
import pandas as pd
import pytest
import shapely
from algorithm_runs import CancelAfter, FromChild, RecordingFeedback, Step, run_algorithm, run_model, run_qgis_process
from qgis.core import (
    QgsApplication,
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsProject,
    QgsVectorLayer,
)
from targeting_reference import clients_per_postcode, market_by_coverage, read_table, town_tables, zone_table

from place_insight.engine.segmentation.catalogue_files import builtin_catalogues

DEMO = list(builtin_catalogues()).index("demo")
OAC = list(builtin_catalogues()).index("oac2011")
ALG = "placeinsight:targetareas"


def params(sample_town, tmp_path, **changes):
    tmp_path.mkdir(parents=True, exist_ok=True)
    values = {
        "TARGET": f"{sample_town}|layername=service_clients",
        "PLACEMENT": 1,
        "TARGET_KEY_FIELD": "postcode",
        "BASE": f"{sample_town}|layername=postcodes",
        "BASE_SEGMENT_FIELD": "segment",
        "BASE_COUNT_FIELD": "households",
        "BASE_KEY_FIELD": "postcode",
        "CATALOGUE": DEMO,
        "LEVEL": "group",
        "ZONES": f"{sample_town}|layername=wards",
        "ZONE_NAME_FIELD": "ward_name",
        "OUTPUT": str(tmp_path / "zones.gpkg"),
        "TARGET_LIST": str(tmp_path / "list.gpkg"),
        "REPORT": str(tmp_path / "report.html"),
    }
    values.update(changes)
    return {k: v for k, v in values.items() if v is not None}


@pytest.fixture(scope="module")
def town(sample_town):
    digest = hashlib.sha256(sample_town.read_bytes()).hexdigest()
    postcodes, clients, wards = town_tables(sample_town)
    actual = clients_per_postcode(postcodes, clients)
    yield postcodes, clients, wards, actual
    assert hashlib.sha256(sample_town.read_bytes()).hexdigest() == digest, "the sample town was modified"


def assert_zones(output: pd.DataFrame, expected: pd.DataFrame, columns):
    for column in columns:
        np.testing.assert_allclose(output[column].astype(float), expected[column].astype(float), rtol=1e-9, err_msg=column)


# -- the toolbox -----------------------------------------------------------------------------------
def test_wards_with_a_benchmark_in_the_toolbox(provider, sample_town, town, tmp_path):
    postcodes, _, wards, actual = town
    feedback = RecordingFeedback()
    result = run_algorithm(
        ALG, params(sample_town, tmp_path, BENCHMARK_RATE=15, LIST_ZONES=4, SUPPRESS_BELOW=3), feedback=feedback
    )
    market = market_by_coverage(postcodes, actual)
    expected = zone_table(postcodes, actual, market, postcodes.ward_code, benchmark=15.0)
    output = read_table(result["OUTPUT"]).set_index("ward_code").loc[expected.index]
    assert list(output.columns[:3]) == ["fid", "ward_name", "base_count"]
    assert_zones(
        output,
        expected,
        [
            "base_count",
            "market_count",
            "actual",
            "market_actual",
            "expected",
            "potential",
            "market_share",
            "take_up",
            "benchmark_expected",
            "benchmark_potential",
        ],
    )
    np.testing.assert_allclose(output.market_index, expected.market_index, rtol=1e-9)
    assert list(output["rank"]) == list(expected.benchmark_potential.rank(method="min", ascending=False).astype(int))
    # the four wards of highest potential at the benchmark, and their market units, largest potential first
    top = list(expected.benchmark_potential.sort_values(ascending=False, kind="stable").index[:4])
    names = dict(zip(wards.ward_code, wards.ward_name))
    listed = read_table(result["TARGET_LIST"])
    inside = postcodes[postcodes.ward_code.isin(top) & postcodes.group.isin(market)]
    assert sorted(listed.unit_key) == sorted(inside.postcode)
    assert set(listed.zone) == {names[w] for w in top}
    rates = actual.groupby(postcodes.group).sum() / postcodes.groupby("group").households.sum()
    expected_count = (inside.households * inside.group.map(rates)).to_numpy()
    bench = inside.households.to_numpy() * 0.15 - actual[inside.index].to_numpy()
    order = np.lexsort((inside.index.to_numpy(), -expected_count, -bench))  # largest potential, then expected, then row
    assert list(listed.unit_key) == list(inside.postcode.to_numpy()[order])
    np.testing.assert_allclose(listed.expected, expected_count[order], rtol=1e-9)
    # suppression: counts 1 and 2 hidden with what reveals them
    counts = actual[inside.index].to_numpy()[order]
    hidden = (counts > 0) & (counts < 3)
    assert list(listed.suppressed.astype(bool)) == list(hidden)
    assert listed.loc[hidden, ["actual", "potential", "take_up", "benchmark_potential"]].isna().all().all()
    # the numbers and the words
    in_top = postcodes.ward_code.isin(top)
    market_count = postcodes.households[in_top & postcodes.group.isin(market)].sum()
    today = actual[in_top & postcodes.group.isin(market)].sum()
    assert result["MARKET_COUNT"] == pytest.approx(market_count) and result["MARKET_ACTUAL"] == pytest.approx(today)
    assert result["LISTED_UNITS"] == len(inside)
    assert result["HEADLINE"].startswith(
        f"{market_count:,.0f} households in 4 zones of wards are in the target market (groups {', '.join(market)}); "
        f"{today:,.0f} of them are in service_clients today."
    )
    html = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert result["HEADLINE"].split(";")[0] in html and "<h2>Target list</h2>" in html
    assert any("45 of 1,500 target records matched no segment" in w for w in feedback.warnings)


def test_chosen_segments_without_zones_list_the_whole_base(provider, sample_town, town, tmp_path):
    postcodes, _, _, actual = town
    result = run_algorithm(
        ALG,
        params(
            sample_town,
            tmp_path,
            ZONES=None,
            ZONE_NAME_FIELD=None,
            MARKET=1,
            MARKET_SEGMENTS="J, L50",
            BASE_COUNT_FIELD="population",
        ),
    )
    assert "OUTPUT" not in result or not result["OUTPUT"]
    listed = read_table(result["TARGET_LIST"])
    chosen = postcodes[postcodes.group.isin(["J", "L"])]
    assert sorted(listed.unit_key) == sorted(chosen.postcode) and set(listed.zone.dropna()) == set()
    assert result["MARKET_COUNT"] == pytest.approx(chosen.population.sum())
    assert result["POTENTIAL"] == pytest.approx(0.0, abs=1e-6)  # the market's own take-up, over the whole base
    assert result["HEADLINE"].startswith(f"{chosen.population.sum():,.0f} population are in the target market (groups J, L)")


def test_index_threshold_and_benchmark_per_segment(provider, sample_town, town, tmp_path):
    postcodes, _, _, actual = town
    result = run_algorithm(ALG, params(sample_town, tmp_path, MARKET=2, INDEX_ABOVE=150, BENCHMARK_RATES="J=20; L=10"))
    target = actual.groupby(postcodes.group).sum()
    base = postcodes.groupby("group").households.sum()
    index = (target / target.sum()) / (base / base.sum()) * 100
    market = list(index[index > 150].sort_values(ascending=False).index)
    assert market == ["J", "L"]
    benchmark = postcodes.group.map({"J": 20.0, "L": 10.0}).fillna(0.0)
    expected = zone_table(postcodes, actual, market, postcodes.ward_code, benchmark=benchmark)
    output = read_table(result["OUTPUT"]).set_index("ward_code").loc[expected.index]
    assert_zones(output, expected, ["market_count", "benchmark_expected", "benchmark_potential"])


def test_roads_buffered_as_zones_match_a_shapely_buffer(provider, sample_town, town, tmp_path):
    postcodes, _, _, actual = town
    import processing

    roads = processing.run(
        "native:extractbyexpression",
        {"INPUT": f"{sample_town}|layername=roads", "EXPRESSION": "\"highway\" IN ('primary', 'secondary')", "OUTPUT": "memory:"},
    )["OUTPUT"]
    result = run_algorithm(ALG, params(sample_town, tmp_path, ZONES=roads, ZONE_NAME_FIELD="road_id", BUFFER=60))
    layer = QgsVectorLayer(f"{sample_town}|layername=postcodes", "p", "ogr")
    points = {f["fid"]: (f.geometry().asPoint().x(), f.geometry().asPoint().y()) for f in layer.getFeatures()}
    xy = np.array([points[fid] for fid in postcodes.fid])
    market = market_by_coverage(postcodes, actual)
    rows = []
    for feature in roads.getFeatures():
        line = shapely.from_wkt(feature.geometry().asWkt())
        inside = shapely.contains_xy(shapely.buffer(line, 60, quad_segs=8), xy[:, 0], xy[:, 1]) | shapely.intersects_xy(
            shapely.buffer(line, 60, quad_segs=8).boundary, xy[:, 0], xy[:, 1]
        )
        rows.append((feature["road_id"], inside))
    output = read_table(result["OUTPUT"]).set_index("road_id")
    in_market = postcodes.group.isin(market).to_numpy()
    for road_id, inside in rows:
        assert output.loc[road_id, "base_count"] == pytest.approx(postcodes.households[inside].sum()), road_id
        assert output.loc[road_id, "market_count"] == pytest.approx(postcodes.households[inside & in_market].sum())
        assert output.loc[road_id, "actual"] == pytest.approx(actual[inside].sum())
    assert QgsVectorLayer(result["OUTPUT"], "o", "ogr").geometryType() == roads.geometryType()  # lines stay lines
    assert "Lines buffered by 60 m." in (tmp_path / "report.html").read_text(encoding="utf-8")


def circle_zone(x, y, radius, name="gateway") -> QgsVectorLayer:
    layer = QgsVectorLayer("Polygon?crs=EPSG:27700&field=name:string", "catchment", "memory")
    feature = QgsFeature(layer.fields())
    feature.setAttributes([name])
    feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)).buffer(radius, 32))
    layer.dataProvider().addFeatures([feature])
    return layer


def test_a_catchment_polygon_as_zone_and_its_density(provider, sample_town, town, tmp_path):
    postcodes, _, _, actual = town
    zone = circle_zone(450000, 210200, 1000)
    result = run_algorithm(ALG, params(sample_town, tmp_path, ZONES=zone, ZONE_NAME_FIELD="name"))
    layer = QgsVectorLayer(f"{sample_town}|layername=postcodes", "p", "ogr")
    geometry = next(zone.getFeatures()).geometry()
    inside_fids = {f["fid"] for f in layer.getFeatures() if geometry.intersects(f.geometry())}
    inside = postcodes.fid.isin(inside_fids)
    market = market_by_coverage(postcodes, actual)
    row = read_table(result["OUTPUT"]).iloc[0]
    market_count = postcodes.households[inside & postcodes.group.isin(market)].sum()
    assert row["market_count"] == pytest.approx(market_count)
    assert row["market_density"] == pytest.approx(market_count / (geometry.area() / 1e6), rel=1e-9)


# -- bad input ------------------------------------------------------------------------------------
def test_an_empty_market_is_refused(provider, sample_town, tmp_path):
    with pytest.raises(QgsProcessingException, match=r"no group has an index above 1000 \(the highest is \d+ for J\)"):
        run_algorithm(ALG, params(sample_town, tmp_path, MARKET=2, INDEX_ABOVE=1000))
    with pytest.raises(QgsProcessingException, match="The target market is empty: give the codes"):
        run_algorithm(ALG, params(sample_town, tmp_path, MARKET=1, MARKET_SEGMENTS=""))
    with pytest.raises(QgsProcessingException, match="The codes 9Z of the target market are not in the catalogue"):
        run_algorithm(ALG, params(sample_town, tmp_path, MARKET=1, MARKET_SEGMENTS="J, 9Z"))
    assert not (tmp_path / "zones.gpkg").exists() and not (tmp_path / "report.html").exists()


@pytest.mark.parametrize(
    ("rate", "rates", "message"), [(120, "", "overall 120%"), (None, "J=-5", "J -5%"), (50, "J=101", "J 101%")]
)
def test_benchmark_rates_outside_0_to_100_are_refused(provider, sample_town, tmp_path, rate, rates, message):
    with pytest.raises(QgsProcessingException, match=f"from 0 to 100: {message} cannot be"):
        run_algorithm(ALG, params(sample_town, tmp_path, BENCHMARK_RATE=rate, BENCHMARK_RATES=rates))


def test_zones_without_base_are_reported_and_all_empty_refused(provider, sample_town, tmp_path):
    far = circle_zone(0, 0, 10, "nowhere")
    with pytest.raises(QgsProcessingException, match="No zone of catchment contains a unit of the base postcodes"):
        run_algorithm(ALG, params(sample_town, tmp_path, ZONES=far, ZONE_NAME_FIELD="name"))
    both = circle_zone(450000, 210200, 500, "centre")
    feature = next(far.getFeatures())
    both.dataProvider().addFeatures([feature])
    feedback = RecordingFeedback()
    result = run_algorithm(ALG, params(sample_town, tmp_path, ZONES=both, ZONE_NAME_FIELD="name"), feedback=feedback)
    output = read_table(result["OUTPUT"]).set_index("name")
    assert output.loc["nowhere", "base_count"] == 0 and pd.isna(output.loc["nowhere", "rank"])
    assert pd.isna(output.loc["nowhere", "market_share"]) and output.loc["centre", "rank"] == 1
    assert any("1 zones contain no base unit (nowhere)" in w for w in feedback.warnings)


def test_target_and_base_of_different_catalogues_are_refused(provider, sample_town, tmp_path):
    with pytest.raises(QgsProcessingException, match="None of the segment codes of postcodes .* is in the catalogue"):
        run_algorithm(ALG, params(sample_town, tmp_path, CATALOGUE=OAC, LEVEL="supergroup"))


def test_lines_need_a_buffer(provider, sample_town, tmp_path):
    with pytest.raises(QgsProcessingException, match="are lines: give a buffer distance"):
        run_algorithm(ALG, params(sample_town, tmp_path, ZONES=f"{sample_town}|layername=roads", ZONE_NAME_FIELD=None, BUFFER=0))


def test_target_records_with_their_own_codes_and_no_location(provider, sample_town, town, tmp_path):
    postcodes, clients, _, _ = town
    table = QgsVectorLayer("None?field=segment:string", "coded", "memory")
    features = []
    for code in ["J40"] * 30 + ["L50"] * 10 + ["xx"]:
        feature = QgsFeature(table.fields())
        feature.setAttributes([code])
        features.append(feature)
    table.dataProvider().addFeatures(features)
    feedback = RecordingFeedback()
    result = run_algorithm(
        ALG,
        params(sample_town, tmp_path, TARGET=table, PLACEMENT=0, TARGET_SEGMENT_FIELD="segment", TARGET_KEY_FIELD=None),
        feedback=feedback,
    )
    assert result["MARKET_ACTUAL"] is None and result["POTENTIAL"] is None
    output = read_table(result["OUTPUT"])
    assert output.actual.isna().all() and output.market_count.notna().all()
    assert result["HEADLINE"].endswith("are in the target market (groups J, L).")
    assert any("not in the catalogue" in w and "xx (1)" in w for w in feedback.warnings)


def test_a_cancelled_run_writes_nothing(provider, sample_town, tmp_path):
    with pytest.raises(QgsProcessingException, match="Cancelled by the user: no output was written"):
        run_algorithm(ALG, params(sample_town, tmp_path), feedback=CancelAfter(5))
    assert not (tmp_path / "zones.gpkg").exists() and not (tmp_path / "report.html").exists()


# -- styling, a model, qgis_process, French -------------------------------------------------------
def test_zones_are_styled_by_potential(provider, sample_town, tmp_path, project):
    import processing

    results = processing.runAndLoadResults(ALG, params(sample_town, tmp_path, BENCHMARK_RATE=15))
    layer = QgsProject.instance().mapLayer(results["OUTPUT"]) or next(iter(QgsProject.instance().mapLayersByName("Target areas")))
    renderer = layer.renderer()
    assert renderer.type() == "graduatedSymbol" and renderer.classAttribute() == "benchmark_potential"
    assert len(renderer.ranges()) == 5


def test_target_areas_in_a_model_feeding_a_second_step(provider, sample_town, tmp_path):
    values = params(sample_town, tmp_path)
    for key in ("OUTPUT", "TARGET_LIST", "REPORT"):
        values.pop(key)
    steps = [
        Step("targets", ALG, values, outputs=["REPORT"]),
        Step(
            "top",
            "native:extractbyexpression",
            {"INPUT": FromChild("targets", "OUTPUT"), "EXPRESSION": '"rank" <= 3'},
            outputs=["OUTPUT"],
        ),
    ]
    run_model(steps, {"top_OUTPUT": str(tmp_path / "top.gpkg"), "targets_REPORT": str(tmp_path / "model.html")})
    top = read_table(tmp_path / "top.gpkg")
    assert len(top) == 3 and sorted(top["rank"]) == [1, 2, 3]
    assert (tmp_path / "model.html").exists()


def test_target_areas_through_qgis_process(provider, qgis_profile, sample_town, town, tmp_path):
    postcodes, _, _, actual = town
    result = run_qgis_process(ALG, params(sample_town, tmp_path, BENCHMARK_RATE=80), qgis_profile)["results"]
    market = market_by_coverage(postcodes, actual)
    assert result["MARKET_COUNT"] == pytest.approx(postcodes.households[postcodes.group.isin(market)].sum())
    assert len(read_table(tmp_path / "zones.gpkg")) == 15 and (tmp_path / "report.html").exists()


def test_report_and_headline_in_french(provider, sample_town, tmp_path, french):
    result = run_algorithm(ALG, params(sample_town, tmp_path, BENCHMARK_RATE=15))
    assert "zones de wards font partie du marché cible" in result["HEADLINE"]
    html = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert "<h2>Liste cible</h2>" in html and "\u202f" in html
    registry = QgsApplication.processingRegistry()
    assert registry.algorithmById(ALG).displayName() == "Zones cibles et potentiel"
