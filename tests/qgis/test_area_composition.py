"""Area composition of the sample town's wards: toolbox, model, qgis_process, styling, French.

The expected mix comes from the postcodes' own ward_code attribute (written
by the sample-town generator), grouped in plain pandas: an independent check
of the point-in-polygon assignment.
"""

from __future__ import annotations

import math
import sqlite3

import numpy as np
import pandas as pd
import pytest
from algorithm_runs import CancelAfter, FromChild, RecordingFeedback, Step, run_algorithm, run_model, run_qgis_process
from qgis.core import NULL, QgsFeature, QgsGeometry, QgsProcessingException, QgsProject, QgsVectorLayer

from place_insight.engine.segmentation.catalogue_files import builtin_catalogues, load_catalogue

DEMO = list(builtin_catalogues()).index("demo")  # position in the Classification catalogue list
ALG = "placeinsight:areacomposition"
GROUPS = [chr(ord("A") + i) for i in range(15)]


def params(sample_town, tmp_path, **changes):
    values = {
        "ZONES": f"{sample_town}|layername=wards",
        "BASE": f"{sample_town}|layername=postcodes",
        "BASE_SEGMENT_FIELD": "segment",
        "BASE_COUNT_FIELD": "households",
        "CATALOGUE": DEMO,
        "LEVEL": "group",
        "OUTPUT": str(tmp_path / "wards.gpkg"),
    }
    values.update(changes)
    return values


def expected_composition(sample_town, count="households") -> pd.DataFrame:
    with sqlite3.connect(sample_town) as connection:
        postcodes = pd.read_sql(f"SELECT ward_code, segment, {count} AS n FROM postcodes", connection)
    postcodes["group"] = postcodes.segment.str[0]
    matrix = postcodes.pivot_table(index="ward_code", columns="group", values="n", aggfunc="sum", fill_value=0)
    matrix = matrix.reindex(columns=GROUPS, fill_value=0)
    base_share = matrix.sum() / matrix.values.sum() * 100
    shares = matrix.div(matrix.sum(axis=1), axis=0) * 100
    result = shares.copy()
    result["base_total"] = matrix.sum(axis=1)
    ranked = np.argsort(-matrix.values, axis=1, kind="stable")
    result["dominant"] = [GROUPS[r[0]] for r in ranked]
    result["second"] = [GROUPS[r[1]] for r in ranked]
    result["dominant_share"] = [shares.loc[w, d] for w, d in zip(result.index, result.dominant)]
    result["dominant_index"] = [s / base_share[d] * 100 for s, d in zip(result.dominant_share, result.dominant)]
    p = matrix.div(matrix.sum(axis=1), axis=0)
    result["diversity"] = -(p * np.log(p.where(p > 0, 1))).sum(axis=1) / math.log(15)
    return result


def read_layer(path) -> pd.DataFrame:
    layer = QgsVectorLayer(str(path), "out", "ogr")
    assert layer.isValid(), path
    names = layer.fields().names()
    return pd.DataFrame([dict(zip(names, [None if v == NULL else v for v in f.attributes()])) for f in layer.getFeatures()])


def assert_matches(output: pd.DataFrame, expected: pd.DataFrame):
    output = output.set_index("ward_code").loc[expected.index]
    assert np.allclose(output.base_total, expected.base_total)
    assert np.allclose(output[GROUPS].astype(float), expected[GROUPS], rtol=1e-9)
    assert list(output.dominant) == list(expected.dominant) and list(output.second) == list(expected.second)
    for column in ("dominant_share", "dominant_index", "diversity"):
        assert np.allclose(output[column].astype(float), expected[column], rtol=1e-9), column


def test_ward_composition_in_the_toolbox(provider, sample_town, tmp_path):
    feedback = RecordingFeedback()
    result = run_algorithm(ALG, params(sample_town, tmp_path), feedback=feedback)
    assert (result["ZONE_COUNT"], result["EMPTY_ZONES"], result["OUTSIDE"]) == (15, 0, 0)
    output = read_layer(result["OUTPUT"])
    assert list(output.columns[:4]) == ["fid", "ward_code", "ward_name", "base_total"]
    assert_matches(output, expected_composition(sample_town))
    demo = load_catalogue(builtin_catalogues()["demo"])
    row = output.set_index("ward_name").loc["Southbank"]
    assert row["dominant"] == "J" and row["dominant_name"] == demo.segment_name("J", "en")
    layer = QgsVectorLayer(result["OUTPUT"], "out", "ogr")
    assert layer.crs().authid() == "EPSG:27700" and layer.featureCount() == 15
    original = {f["ward_code"]: f.geometry() for f in QgsVectorLayer(f"{sample_town}|layername=wards", "w", "ogr").getFeatures()}
    for feature in layer.getFeatures():
        assert feature.geometry().equals(original[feature["ward_code"]])


def test_population_base(provider, sample_town, tmp_path):
    result = run_algorithm(ALG, params(sample_town, tmp_path, BASE_COUNT_FIELD="population"))
    assert_matches(read_layer(result["OUTPUT"]), expected_composition(sample_town, "population"))


def test_composition_in_a_model_feeding_a_second_step(provider, sample_town, tmp_path):
    steps = [
        Step("composition", ALG, params(sample_town, tmp_path, OUTPUT=None)),
        Step(
            "estates",
            "native:extractbyattribute",
            {"INPUT": FromChild("composition", "OUTPUT"), "FIELD": "dominant", "OPERATOR": 0, "VALUE": "J"},
            outputs=["OUTPUT"],
        ),
    ]
    del steps[0].parameters["OUTPUT"]
    run_model(steps, {"estates_OUTPUT": str(tmp_path / "estates.gpkg")})
    expected = expected_composition(sample_town)
    estates = read_layer(tmp_path / "estates.gpkg")
    assert sorted(estates.ward_code) == sorted(expected.index[expected.dominant == "J"])
    assert len(estates) == 2


def test_composition_through_qgis_process(provider, qgis_profile, sample_town, tmp_path):
    result = run_qgis_process(ALG, params(sample_town, tmp_path, LEVEL="type"), qgis_profile)["results"]
    assert result["ZONE_COUNT"] == 15 and result["EMPTY_ZONES"] == 0
    output = read_layer(tmp_path / "wards.gpkg")
    demo = load_catalogue(builtin_catalogues()["demo"])
    assert set(demo.codes("type")) <= set(output.columns)
    assert np.allclose(output[demo.codes("type")].astype(float).sum(axis=1), 100)


def test_output_is_styled_by_dominant_segment_with_catalogue_colours(provider, sample_town, tmp_path, project):
    import processing

    results = processing.runAndLoadResults(ALG, params(sample_town, tmp_path))
    layer = QgsProject.instance().mapLayer(results["OUTPUT"]) or next(
        iter(QgsProject.instance().mapLayersByName("Area composition"))
    )
    renderer = layer.renderer()
    assert renderer.type() == "categorizedSymbol"
    demo = load_catalogue(builtin_catalogues()["demo"])
    dominant = sorted(set(expected_composition(sample_town).dominant))
    categories = {c.value(): c for c in renderer.categories() if c.value() not in (None, "")}
    assert sorted(categories) == dominant  # only the segments that dominate somewhere are in the legend
    for code, category in categories.items():
        assert category.label() == demo.segment(code).label("en")
        assert category.symbol().color().name().lower() == demo.colour(code).lower()


def test_points_outside_every_zone_and_empty_zones_are_reported(provider, sample_town, tmp_path):
    zones = QgsVectorLayer("Polygon?crs=EPSG:27700&field=name:string", "two_zones", "memory")
    features = []
    for name, wkt in (
        ("west", "POLYGON((440000 200000,450000 200000,450000 220000,440000 220000,440000 200000))"),
        ("nowhere", "POLYGON((0 0,10 0,10 10,0 10,0 0))"),
    ):
        feature = QgsFeature(zones.fields())
        feature.setAttributes([name])
        feature.setGeometry(QgsGeometry.fromWkt(wkt))
        features.append(feature)
    zones.dataProvider().addFeatures(features)
    feedback = RecordingFeedback()
    result = run_algorithm(ALG, params(sample_town, tmp_path, ZONES=zones), feedback=feedback)
    postcodes = list(QgsVectorLayer(f"{sample_town}|layername=postcodes", "p", "ogr").getFeatures())
    west = sum(f["households"] for f in postcodes if f.geometry().asPoint().x() <= 450000)
    total = sum(f["households"] for f in postcodes)
    output = read_layer(result["OUTPUT"]).set_index("name")
    assert result["EMPTY_ZONES"] == 1 and output.loc["nowhere", "base_total"] == 0
    assert output.loc["nowhere", "dominant"] is None and pd.isna(output.loc["nowhere", "A"])
    assert output.loc["west", "base_total"] == west
    assert result["OUTSIDE"] == pytest.approx(total - west)
    assert any("1 zones contain no base unit" in w for w in feedback.warnings)
    assert any("lie outside every zone" in w for w in feedback.warnings)


def test_unknown_codes_give_an_unclassified_share(provider, sample_town, tmp_path):
    base = QgsVectorLayer("Point?crs=EPSG:27700&field=segment:string&field=households:integer", "pts", "memory")
    features = []
    for segment, n, x in (("J40", 30, 450900), ("??", 10, 450950), ("H30", 10, 450960)):
        feature = QgsFeature(base.fields())
        feature.setAttributes([segment, n])
        feature.setGeometry(QgsGeometry.fromWkt(f"POINT({x} 208450)"))
        features.append(feature)
    base.dataProvider().addFeatures(features)
    feedback = RecordingFeedback()
    result = run_algorithm(ALG, params(sample_town, tmp_path, BASE=base), feedback=feedback)
    row = read_layer(result["OUTPUT"]).set_index("ward_name").loc["Southbank"]
    assert (row["base_total"], row["J"], row["H"], row["unclassified"]) == (50, 60, 20, 20)
    assert row["dominant"] == "J" and row["second"] == "H"
    assert any("segment codes that are not in the catalogue" in w and "?? (1)" in w for w in feedback.warnings)


def test_a_cancelled_run_writes_nothing(provider, sample_town, tmp_path):
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException, match="Cancelled by the user: no output was written"):
        run_algorithm(ALG, params(sample_town, tmp_path), feedback=CancelAfter(30))
    assert not (tmp_path / "wards.gpkg").exists()


def test_legend_and_names_in_french(provider, sample_town, tmp_path, french):
    result = run_algorithm(ALG, params(sample_town, tmp_path))
    demo = load_catalogue(builtin_catalogues()["demo"])
    row = read_layer(result["OUTPUT"]).set_index("ward_name").loc["Southbank"]
    assert row["dominant_name"] == demo.segment_name("J", "fr") != demo.segment_name("J", "en")


def test_a_level_the_catalogue_does_not_have_is_refused(provider, sample_town, tmp_path):
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException, match="has no level subgroup; its levels are: group, type"):
        run_algorithm(ALG, params(sample_town, tmp_path, LEVEL="subgroup"))
    assert not (tmp_path / "wards.gpkg").exists()


def test_base_codes_coarser_than_the_level_are_refused(provider, sample_town, tmp_path):
    from qgis.core import QgsProcessingException

    base = QgsVectorLayer("Point?crs=EPSG:27700&field=segment:string", "groups_only", "memory")
    feature = QgsFeature(base.fields())
    feature.setAttributes(["J"])
    feature.setGeometry(QgsGeometry.fromWkt("POINT(450900 208450)"))
    base.dataProvider().addFeatures([feature])
    with pytest.raises(QgsProcessingException, match="cannot be broken down to the level type"):
        run_algorithm(ALG, params(sample_town, tmp_path, BASE=base, BASE_COUNT_FIELD=None, LEVEL="type"))


def test_a_catalogue_that_matches_none_of_the_codes_is_refused_in_french(provider, sample_town, tmp_path, french):
    oac = list(builtin_catalogues()).index("oac2021")
    with pytest.raises(QgsProcessingException) as error:
        run_algorithm(ALG, params(sample_town, tmp_path, CATALOGUE=oac, LEVEL=""))
    message = str(error.value)
    assert message.startswith("Aucun des codes de segment de postcodes (champ segment) ne figure dans le catalogue")
    assert "Classification ONS des zones de recensement 2021" in message
