"""Segment profile on the sample town: toolbox, model, qgis_process, bad input, French.

Expected numbers come from an independent computation in plain pandas and
scipy on the GeoPackage's tables (read with sqlite3): postcodes are
normalised by hand, demo types roll up to their group by their first
letter, the p-values come from scipy.stats.binomtest.
"""

from __future__ import annotations

import hashlib
import sqlite3

import numpy as np
import pandas as pd
import pytest
from algorithm_runs import CancelAfter, RecordingFeedback, Step, run_algorithm, run_model, run_qgis_process
from qgis.core import (
    QgsFeature,
    QgsGeometry,
    QgsPointXY,
    QgsProcessingException,
    QgsVectorLayer,
)
from scipy import stats

from place_insight.engine.segmentation.catalogue_files import builtin_catalogues

DEMO = list(builtin_catalogues()).index("demo")  # position in the Classification catalogue list
ALG = "placeinsight:segmentprofile"


# -- the independent computation ---------------------------------------------------------
def town_tables(path):
    with sqlite3.connect(path) as connection:
        postcodes = pd.read_sql("SELECT fid, postcode, households, population, segment, ward_code FROM postcodes", connection)
        clients = pd.read_sql("SELECT client_id, postcode FROM service_clients", connection)
    return postcodes, clients


def norm(postcode):
    return None if postcode is None else "".join(str(postcode).split()).upper() or None


def expected_profile(postcodes: pd.DataFrame, clients: pd.DataFrame, count: str, coverage: float = 0.75):
    base = postcodes.assign(key=postcodes.postcode.map(norm), group=postcodes.segment.str[0])
    matched = clients.assign(key=clients.postcode.map(norm)).merge(base[["key", "group"]], on="key", how="inner")
    groups = [chr(ord("A") + i) for i in range(15)]
    table = pd.DataFrame({"code": groups})
    table["target_count"] = table.code.map(matched.group.value_counts()).fillna(0)
    table["base_count"] = table.code.map(base.groupby("group")[count].sum()).fillna(0)
    n, total_base = table.target_count.sum(), table.base_count.sum()
    table["target_pct"] = table.target_count / n * 100
    table["base_pct"] = table.base_count / total_base * 100
    table["index"] = table.target_pct / table.base_pct * 100
    table["penetration"] = table.target_count / table.base_count * 1000
    table["rank"] = table.target_count.rank(method="min", ascending=False).astype(int)
    table["p_value"] = [
        stats.binomtest(int(k), int(n), b / total_base).pvalue if b > 0 else np.nan
        for k, b in zip(table.target_count, table.base_count)
    ]
    ordered = table.sort_values("target_count", ascending=False, kind="stable")
    ordered["cumulative_pct"] = ordered.target_count.cumsum() / n * 100
    before = ordered.cumulative_pct - ordered.target_pct
    ordered["target_market"] = before < coverage * 100 - 1e-9
    table = ordered.sort_index()
    market = list(ordered.code[ordered.target_market])
    return table.set_index("code"), market, len(clients) - len(matched)


def read_output(path) -> pd.DataFrame:
    layer = QgsVectorLayer(str(path), "profile", "ogr")
    assert layer.isValid(), path
    names = layer.fields().names()
    rows = [
        dict(zip(names, [None if v is None or (hasattr(v, "isNull") and v.isNull()) else v for v in f.attributes()]))
        for f in layer.getFeatures()
    ]
    return pd.DataFrame(rows)


def assert_profile_equals(output: pd.DataFrame, expected: pd.DataFrame, alpha: float = 0.05):
    segments = output[output.row_type == "segment"].set_index("code")
    assert list(segments.index) == list(expected.index)
    for column in ("target_count", "base_count", "target_pct", "base_pct", "index", "penetration", "cumulative_pct"):
        assert np.allclose(segments[column].astype(float), expected[column], rtol=1e-9, equal_nan=True), column
    assert list(segments["rank"]) == list(expected["rank"])
    assert np.allclose(segments.p_value.astype(float), expected.p_value, rtol=1e-9, equal_nan=True)
    assert [bool(v) for v in segments.significant] == list(expected.p_value < alpha)
    assert [bool(v) for v in segments.target_market] == list(expected.target_market)


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
        "OUTPUT": str(tmp_path / "profile.gpkg"),
        "REPORT": str(tmp_path / "profile.html"),
    }
    values.update(changes)
    return values


@pytest.fixture(scope="module")
def town(sample_town):
    digest = hashlib.sha256(sample_town.read_bytes()).hexdigest()
    postcodes, clients = town_tables(sample_town)
    yield postcodes, clients
    assert hashlib.sha256(sample_town.read_bytes()).hexdigest() == digest, "the sample town was modified"


# -- the toolbox ---------------------------------------------------------------------------
@pytest.mark.parametrize("count", ["households", "population"])
def test_profile_of_clients_against_the_base_in_the_toolbox(provider, sample_town, town, tmp_path, count):
    postcodes, clients = town
    feedback = RecordingFeedback()
    result = run_algorithm(ALG, params(sample_town, tmp_path, BASE_COUNT_FIELD=count), feedback=feedback)
    expected, market, unmatched = expected_profile(postcodes, clients, count)
    assert unmatched == 45  # the planted truth of the sample town
    assert (result["TARGET_RECORDS"], result["PLACED"], result["UNMATCHED"]) == (1500, 1455, 45)
    output = read_output(result["OUTPUT"])
    assert_profile_equals(output, expected)
    total = output[output.row_type == "total"].iloc[0]
    assert total["target_count"] == 1455 and total["base_count"] == postcodes[count].sum()
    assert result["MARKET_SEGMENTS"] == len(market)
    share = expected.loc[market, "target_pct"].sum()
    assert result["HEADLINE"] == f"{share:.0f}% of the target lies in {len(market)} of 15 groups: {', '.join(market)}."
    html = (tmp_path / "profile.html").read_text(encoding="utf-8")
    assert result["HEADLINE"] in html and f"counted by the field {count}" in html
    assert "<h1>Segment profile of service_clients</h1>" in html and "Against postcodes" in html
    assert "<li>(no key) (10)</li>" in html and "ZZ99 9ZZ (6)" in html
    assert any("45 of 1,500 target records matched no segment" in w and "ZZ3 7Q (4)" in w for w in feedback.warnings)


def test_households_and_population_give_different_profiles(provider, sample_town, tmp_path):
    households = read_output(run_algorithm(ALG, params(sample_town, tmp_path / "h"))["OUTPUT"])
    population = read_output(run_algorithm(ALG, params(sample_town, tmp_path / "p", BASE_COUNT_FIELD="population"))["OUTPUT"])
    assert list(households.target_count) == list(population.target_count)
    assert not np.allclose(households["index"].astype(float), population["index"].astype(float))


def test_restricted_to_a_ward(provider, sample_town, town, tmp_path):
    postcodes, clients = town
    import processing

    # not setSubsetString: on a GeoPackage it rewrites the file's header
    wards = processing.run(
        "native:extractbyattribute",
        {
            "INPUT": f"{sample_town}|layername=wards",
            "FIELD": "ward_name",
            "OPERATOR": 0,
            "VALUE": "Southbank",
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
    )["OUTPUT"]
    wards.setName("Southbank")
    ward_code = next(wards.getFeatures())["ward_code"]
    feedback = RecordingFeedback()
    result = run_algorithm(ALG, params(sample_town, tmp_path, AREA=wards), feedback=feedback)
    inside = postcodes[postcodes.ward_code == ward_code]
    expected, market, _ = expected_profile(inside, clients, "households")
    output = read_output(result["OUTPUT"])
    assert_profile_equals(output, expected)
    assert result["PLACED"] == expected.target_count.sum()
    assert any("base units lie outside the area" in w for w in feedback.warnings)
    assert "only target records and base units inside Southbank" in (tmp_path / "profile.html").read_text("utf-8")


def test_selected_features_of_a_project_layer_as_area(provider, sample_town, town, tmp_path, project):
    from qgis.core import QgsProcessingFeatureSourceDefinition

    postcodes, clients = town
    wards = QgsVectorLayer(f"{sample_town}|layername=wards", "wards", "ogr")
    project.addMapLayer(wards)
    chosen = [f for f in wards.getFeatures() if f["ward_name"] in ("Southbank", "Old Town")]
    wards.selectByIds([f.id() for f in chosen])
    area = QgsProcessingFeatureSourceDefinition(wards.id(), selectedFeaturesOnly=True)
    result = run_algorithm(ALG, params(sample_town, tmp_path, AREA=area))
    inside = postcodes[postcodes.ward_code.isin([f["ward_code"] for f in chosen])]
    expected, _, _ = expected_profile(inside, clients, "households")
    assert_profile_equals(read_output(result["OUTPUT"]), expected)


def test_a_cancelled_run_writes_nothing(provider, sample_town, tmp_path):
    with pytest.raises(QgsProcessingException, match="Cancelled by the user: no output was written"):
        run_algorithm(ALG, params(sample_town, tmp_path), feedback=CancelAfter(5))
    assert not (tmp_path / "profile.gpkg").exists() and not (tmp_path / "profile.html").exists()


def test_suppression_and_options_reach_the_output(provider, sample_town, tmp_path):
    result = run_algorithm(ALG, params(sample_town, tmp_path, SUPPRESS_BELOW=10, COVERAGE=50, ALPHA=0.01, MIN_COUNT=20))
    output = read_output(result["OUTPUT"]).set_index("code", drop=False)
    # M (2 clients) and O (3) are below 10; B (7) too: three rows hidden
    assert sorted(output.code[output.suppressed == 1]) == ["B", "M", "O"]
    assert pd.isna(output.loc["M", "target_count"]) and pd.isna(output.loc["M", "index"])
    assert result["MARKET_SEGMENTS"] == 2  # J 31.4 % + H 18.9 % reach 50 %
    assert bool(output.loc["H", "significant"]) is False  # p = 0.17
    assert bool(output.loc["G", "low_numbers"]) is False and bool(output.loc["F", "low_numbers"]) is True


# -- a model and qgis_process -------------------------------------------------------------------
def test_profile_as_a_model_step_feeding_a_second_step(provider, sample_town, tmp_path):
    values = params(
        sample_town, tmp_path, KEYS_ARE_POSTCODES=True, TOLERANCE=100, ALPHA=0.05, MIN_COUNT=5, COVERAGE=75, SUPPRESS_BELOW=0
    )  # the modeller fills in the defaults
    values.pop("OUTPUT")
    values.pop("REPORT")
    steps = [
        Step("profile", ALG, values, outputs=["REPORT"]),
        Step(
            "market",
            "native:extractbyexpression",
            {"INPUT": FromChildOutput("profile", "OUTPUT"), "EXPRESSION": '"target_market"'},
            outputs=["OUTPUT"],
        ),
    ]
    results = run_model(steps, {"market_OUTPUT": str(tmp_path / "market.gpkg"), "profile_REPORT": str(tmp_path / "report.html")})
    layer = QgsVectorLayer(str(tmp_path / "market.gpkg"), "market", "ogr")
    assert sorted(f["code"] for f in layer.getFeatures()) == ["D", "G", "H", "J", "L"]
    assert (tmp_path / "report.html").exists()
    assert any(k.endswith("profile_REPORT") for k in results)


def FromChildOutput(child, output):  # noqa: N802 - mirrors processing_helpers.FromChild
    from algorithm_runs import FromChild

    return FromChild(child, output)


def test_profile_through_qgis_process(provider, qgis_profile, sample_town, tmp_path):
    values = params(sample_town, tmp_path, BASE_COUNT_FIELD="population")
    result = run_qgis_process(ALG, values, qgis_profile)["results"]
    assert (result["PLACED"], result["UNMATCHED"]) == (1455, 45)
    assert result["HEADLINE"].endswith("of 15 groups: J, L, H, D, G.") or "groups:" in result["HEADLINE"]
    output = read_output(tmp_path / "profile.gpkg")
    assert output.target_count.sum() == 2 * 1455  # segments plus the total row
    assert (tmp_path / "profile.html").exists()


# -- placing target records by location -----------------------------------------------------------
def client_points(sample_town, crs="EPSG:27700", offset=3.0) -> QgsVectorLayer:
    """Each matched client as a point 3 m from its postcode's point (optionally in another CRS)."""
    postcodes = {
        norm(f["postcode"]): f.geometry().asPoint()
        for f in QgsVectorLayer(f"{sample_town}|layername=postcodes", "p", "ogr").getFeatures()
    }
    layer = QgsVectorLayer("Point?crs=EPSG:27700&field=client_id:integer&field=postcode:string", "client_points", "memory")
    features = []
    for client in QgsVectorLayer(f"{sample_town}|layername=service_clients", "c", "ogr").getFeatures():
        point = postcodes.get(norm(client["postcode"]))
        if point is None:
            continue
        feature = QgsFeature(layer.fields())
        feature.setAttributes([client["client_id"], client["postcode"]])
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(point.x() + offset, point.y())))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    if crs != "EPSG:27700":
        import processing

        layer = processing.run("native:reprojectlayer", {"INPUT": layer, "TARGET_CRS": crs, "OUTPUT": "TEMPORARY_OUTPUT"})[
            "OUTPUT"
        ]
    return layer


@pytest.mark.parametrize("crs", ["EPSG:27700", "EPSG:4326"])
def test_nearest_base_point_gives_the_key_join_result_whatever_the_crs(provider, sample_town, tmp_path, crs):
    by_key = read_output(run_algorithm(ALG, params(sample_town, tmp_path / "key"))["OUTPUT"])
    points = client_points(sample_town, crs)
    result = run_algorithm(ALG, params(sample_town, tmp_path / "loc", TARGET=points, PLACEMENT=2, TOLERANCE=10))
    assert (result["PLACED"], result["UNMATCHED"]) == (1455, 0)
    by_location = read_output(result["OUTPUT"])
    assert list(by_location.target_count) == list(by_key.target_count)
    with pytest.raises(QgsProcessingException, match="no target record could be placed"):  # all are 3 m away
        run_algorithm(ALG, params(sample_town, tmp_path / "far", TARGET=points, PLACEMENT=2, TOLERANCE=2.9))


# -- bad input ---------------------------------------------------------------------------------------
def memory_base(sample_town, change=None, extra=()) -> QgsVectorLayer:
    """The postcodes as a memory layer, with ``change(attributes)`` applied and ``extra`` rows added."""
    source = QgsVectorLayer(f"{sample_town}|layername=postcodes", "p", "ogr")
    layer = QgsVectorLayer(
        "Point?crs=EPSG:27700&field=postcode:string&field=households:string&field=population:integer&field=segment:string",
        "my_postcodes",
        "memory",
    )
    features = []
    for number, f in enumerate(source.getFeatures()):
        values = [f["postcode"], f["households"], f["population"], f["segment"]]
        if change is not None:
            values = change(number, values)
        feature = QgsFeature(layer.fields())
        feature.setAttributes(values)
        feature.setGeometry(f.geometry())
        features.append(feature)
    for values in extra:
        feature = QgsFeature(layer.fields())
        feature.setAttributes(list(values))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def test_empty_target_is_refused(provider, sample_town, tmp_path):
    empty = QgsVectorLayer("None?field=postcode:string", "no_clients", "memory")
    with pytest.raises(QgsProcessingException, match="The target no_clients has no records"):
        run_algorithm(ALG, params(sample_town, tmp_path, TARGET=empty))


def test_missing_count_field_is_named(provider, sample_town, tmp_path):
    with pytest.raises(QgsProcessingException, match="The layer postcodes has no field hh. Choose one of: .*households"):
        run_algorithm(ALG, params(sample_town, tmp_path, BASE_COUNT_FIELD="hh"))


@pytest.mark.parametrize(
    ("bad", "message"),
    [
        (-3, r"1 features of my_postcodes have a negative value in the field households \(e\.g\. features 6\)"),
        (None, r"1 features of my_postcodes have no value \(NULL\) in the field households \(e\.g\. features 6\)"),
        (
            "many",
            r"The field households of my_postcodes holds text that is not a number in 1 features \(e\.g\. 'many', features 6\)",
        ),
    ],
)
def test_negative_null_or_text_counts_are_refused(provider, sample_town, tmp_path, bad, message):
    base = memory_base(sample_town, lambda n, v: [v[0], bad if n == 5 else str(v[1]), v[2], v[3]])
    before = [f.attributes() for f in base.getFeatures()]
    with pytest.raises(QgsProcessingException, match=message):
        run_algorithm(ALG, params(sample_town, tmp_path, BASE=base))
    assert [f.attributes() for f in base.getFeatures()] == before  # nothing modified


def test_counts_stored_as_text_are_read(provider, sample_town, tmp_path):
    base = memory_base(sample_town, lambda n, v: [v[0], str(v[1]), v[2], v[3]])
    result = run_algorithm(ALG, params(sample_town, tmp_path, BASE=base))
    assert read_output(result["OUTPUT"]).base_count.iloc[-1] == 40411


def test_unknown_codes_are_reported_and_counted_as_unclassified(provider, sample_town, town, tmp_path):
    postcodes, _ = town
    base = memory_base(sample_town, lambda n, v: [v[0], v[1], v[2], "X99" if n < 40 else v[3]])
    feedback = RecordingFeedback()
    result = run_algorithm(ALG, params(sample_town, tmp_path, BASE=base), feedback=feedback)
    output = read_output(result["OUTPUT"])
    unclassified = output[output.row_type == "unclassified"].iloc[0]
    assert unclassified["name"] == "Unclassified" and unclassified["base_count"] == postcodes.households[:40].sum()
    assert unclassified["target_market"] is None
    assert output.base_count.iloc[-1] == 40411  # nothing dropped
    assert any(
        "40 records of my_postcodes have segment codes that are not in the catalogue" in w and "X99 (40)" in w
        for w in feedback.warnings
    )


def test_duplicate_postcodes_are_summed_and_reported(provider, sample_town, tmp_path):
    base = memory_base(sample_town, extra=[("zz1 1aa", "10", 20, "E21"), ("ZZ1 1AA", "5", 9, "E21")])
    feedback = RecordingFeedback()
    result = run_algorithm(ALG, params(sample_town, tmp_path, BASE=base), feedback=feedback)
    assert read_output(result["OUTPUT"]).base_count.iloc[-1] == 40411 + 15
    assert any("1 keys appear on several units of my_postcodes (e.g. ZZ11AA)" in w for w in feedback.warnings)


def test_text_weight_is_refused(provider, sample_town, tmp_path):
    with pytest.raises(
        QgsProcessingException,
        match=r"The field service of service_clients holds text that is not a number in 1,500 "
        r"features \(e\.g\. 'Stop smoking - clinic'",
    ):
        run_algorithm(ALG, params(sample_town, tmp_path, TARGET_WEIGHT_FIELD="service"))


def test_area_without_base_units_is_refused(provider, sample_town, tmp_path):
    area = QgsVectorLayer("Polygon?crs=EPSG:27700", "far_away", "memory")
    feature = QgsFeature()
    feature.setGeometry(QgsGeometry.fromWkt("POLYGON((0 0,100 0,100 100,0 100,0 0))"))
    area.dataProvider().addFeatures([feature])
    with pytest.raises(QgsProcessingException, match="The area contains no base unit of postcodes"):
        run_algorithm(ALG, params(sample_town, tmp_path, AREA=area))


def test_codes_coarser_than_the_level_are_refused(provider, sample_town, tmp_path):
    base = memory_base(sample_town, lambda n, v: [v[0], v[1], v[2], v[3][0]])  # group letters only
    with pytest.raises(
        QgsProcessingException,
        match=r"3,000 records of my_postcodes have codes of the level group "
        r"in the field segment .* cannot be broken down to the level type",
    ):
        run_algorithm(ALG, params(sample_town, tmp_path, BASE=base, LEVEL="type"))
    result = run_algorithm(ALG, params(sample_town, tmp_path, BASE=base, LEVEL="group"))
    assert result["PLACED"] == 1455


def test_missing_key_fields_are_asked_for(provider, sample_town, tmp_path):
    with pytest.raises(QgsProcessingException, match="Choose the Base key field"):
        run_algorithm(ALG, params(sample_town, tmp_path, BASE_KEY_FIELD=None))


def test_location_needs_geometries(provider, sample_town, tmp_path):
    with pytest.raises(QgsProcessingException, match="Placing target records by location needs geometries"):
        run_algorithm(ALG, params(sample_town, tmp_path, PLACEMENT=2))


# -- French --------------------------------------------------------------------------------------------
def test_report_and_table_in_french(provider, sample_town, tmp_path, french):
    result = run_algorithm(ALG, params(sample_town, tmp_path))
    assert result["HEADLINE"] == "79\u202f% de la cible se trouve dans 5 des 15 groupes : J, H, L, D, G."
    html = (tmp_path / "profile.html").read_text(encoding="utf-8")
    assert '<html lang="fr">' in html and "Profil par segment de service_clients" in html
    assert "Familles des cités" in html or "Indice" in html
    output = read_output(result["OUTPUT"]).set_index("code", drop=False)
    from place_insight.engine.segmentation.catalogue_files import builtin_catalogues, load_catalogue

    demo = load_catalogue(builtin_catalogues()["demo"])
    assert output.loc["J", "name"] == demo.segment("J").name("fr")
    assert output.name.iloc[-1] == "Total"
    assert "<th>Indice</th>" in html and "<th>Marché cible</th>" in html and "Pour 1\u202f000 de base" in html
    assert "test binomial exact bilatéral" in html and "(sans clé) (10)" in html


def test_algorithm_help_in_french(provider, french, root):
    import importlib.util

    from qgis.core import QgsApplication

    spec = importlib.util.spec_from_file_location("translations", root / "scripts" / "translations.py")
    translations = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(translations)
    french_texts = set(translations.read_ts(translations.ts_path("fr")).values())
    for algorithm_id, name in (
        (ALG, "Profil par segment (cible par rapport à la base)"),
        ("placeinsight:areacomposition", "Composition des zones par segment"),
    ):
        algorithm = QgsApplication.processingRegistry().createAlgorithmById(algorithm_id)
        assert algorithm.displayName() == name
        assert algorithm.group() == "Segmentation"
        assert "page d’aide" in algorithm.shortHelpString()
        for parameter in algorithm.parameterDefinitions():
            assert parameter.description() in french_texts, parameter.name()
            assert parameter.help() in french_texts, parameter.name()


def test_a_catalogue_that_matches_none_of_the_codes_is_refused(provider, sample_town, tmp_path):
    oac = list(builtin_catalogues()).index("oac2011")
    with pytest.raises(QgsProcessingException) as error:
        run_algorithm(ALG, params(sample_town, tmp_path, CATALOGUE=oac, LEVEL=""))
    message = str(error.value)
    assert "None of the segment codes of postcodes (field segment) is in the catalogue ONS Output Area Classification" in message
    assert "2011; the codes found are N58 (200), J43 (175), D15 (172)," in message
    assert not (tmp_path / "profile.html").exists()
