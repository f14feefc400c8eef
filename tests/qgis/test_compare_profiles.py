"""Compare profiles on the sample town: by service, by ward, by layer, a campaign; model, qgis_process, French.

Expected numbers come from tests/targeting_reference.py (plain pandas on the
GeoPackage's tables; wards from the postcodes' own ward_code) and from
scipy (chi2_contingency, fisher_exact, binomtest, relative_risk).
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from algorithm_runs import FromChild, RecordingFeedback, Step, run_algorithm, run_model, run_qgis_process
from qgis.core import QgsFeature, QgsProcessingException, QgsVectorLayer
from scipy import stats
from targeting_reference import GROUPS, read_table, town_tables

from place_insight.engine.segmentation.catalogue_files import builtin_catalogues

DEMO = list(builtin_catalogues()).index("demo")
ALG = "placeinsight:compareprofiles"


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
        "SPLIT": 0,
        "CATEGORY_FIELD": "service",
        "OUTPUT": str(tmp_path / "compared.gpkg"),
        "REPORT": str(tmp_path / "compared.html"),
    }
    values.update(changes)
    return {k: v for k, v in values.items() if v is not None}


@pytest.fixture(scope="module")
def town(sample_town):
    postcodes, clients, wards = town_tables(sample_town)
    matched = clients.merge(postcodes[["key", "group", "ward_code"]], on="key", how="inner")
    return postcodes, clients, wards, matched


def crosstab(matched: pd.DataFrame, by: str) -> pd.DataFrame:
    return pd.crosstab(matched[by], matched["group"]).reindex(columns=GROUPS, fill_value=0)


def test_services_against_the_rest_in_the_toolbox(provider, sample_town, town, tmp_path):
    postcodes, _, _, matched = town
    result = run_algorithm(ALG, params(sample_town, tmp_path, SIMULATIONS=0))
    table = read_table(result["OUTPUT"])
    counts = crosstab(matched, "service")
    base = postcodes.groupby("group").households.sum().reindex(GROUPS)
    segments = table[table.row_type == "segment"].set_index(["category", "code"])
    totals = table[table.row_type == "total"].set_index("category")
    assert result["CATEGORIES"] == 3 and sorted(totals.index) == sorted(counts.index)
    raw = []
    for service in counts.index:
        mine, rest = counts.loc[service], counts.drop(index=service).sum()
        rows = segments.loc[service].loc[GROUPS]
        np.testing.assert_array_equal(rows.target_count, mine.to_numpy())
        np.testing.assert_array_equal(rows.versus_count, rest.to_numpy())
        np.testing.assert_allclose(rows["index"], (mine / mine.sum()) / (base / base.sum()) * 100, rtol=1e-9)
        used = (mine + rest) > 0
        statistic, p, df, _ = stats.chi2_contingency(np.vstack([mine[used], rest[used]]), correction=False)
        assert totals.loc[service, "statistic"] == pytest.approx(statistic, rel=1e-9)
        assert totals.loc[service, "df"] == df and totals.loc[service, "p_value"] == pytest.approx(p, rel=1e-9)
        raw.append(p)
    assert list(totals.loc[counts.index, "test"]) == ["chi-square"] * 3  # no simulations asked for
    html = (tmp_path / "compared.html").read_text(encoding="utf-8")
    assert "<h2>Cross-tabulation: segments by category</h2>" in html and html.count("<svg") == 3


def test_small_counts_get_a_monte_carlo_or_exact_test(provider, sample_town, town, tmp_path):
    _, _, _, matched = town
    result = run_algorithm(ALG, params(sample_town, tmp_path))
    table = read_table(result["OUTPUT"])
    counts = crosstab(matched, "service")
    totals = table[table.row_type == "total"].set_index("category")
    for service in counts.index:
        mine, rest = counts.loc[service], counts.drop(index=service).sum()
        used = (mine + rest) > 0
        expected = stats.contingency.expected_freq(np.vstack([mine[used], rest[used]]))
        doubtful = expected.min() < 1 or (expected < 5).mean() > 0.2  # Cochran's rule
        assert totals.loc[service, "test"] == ("Monte Carlo" if doubtful else "chi-square")
    segments = table[table.row_type == "segment"].set_index(["category", "code"])
    row = segments.loc[("Stop smoking - telephone support", "M")]
    k1, n1 = counts.loc["Stop smoking - telephone support", "M"], counts.loc["Stop smoking - telephone support"].sum()
    k2 = counts.drop(index="Stop smoking - telephone support")["M"].sum()
    n2 = counts.drop(index="Stop smoking - telephone support").values.sum()
    assert row.test == "Fisher"
    assert row.p_value == pytest.approx(stats.fisher_exact([[k1, n1 - k1], [k2, n2 - k2]]).pvalue, rel=1e-6)


def test_wards_as_zones(provider, sample_town, town, tmp_path):
    _, _, wards, matched = town
    result = run_algorithm(
        ALG,
        params(
            sample_town,
            tmp_path,
            SPLIT=2,
            CATEGORY_FIELD=None,
            ZONES=f"{sample_town}|layername=wards",
            ZONE_NAME_FIELD="ward_name",
        ),
    )
    table = read_table(result["OUTPUT"])
    counts = crosstab(matched.merge(wards, on="ward_code"), "ward_name")
    segments = table[table.row_type == "segment"]
    got = segments.pivot_table(index="category", columns="code", values="target_count", aggfunc="sum")
    np.testing.assert_array_equal(got.loc[counts.index, GROUPS].to_numpy(), counts.to_numpy())
    assert result["CATEGORIES"] == 15 and "(none)" not in set(table.category)


def layer_of(sample_town, expression: str, name: str) -> QgsVectorLayer:
    import processing

    layer = processing.run(
        "native:extractbyexpression",
        {"INPUT": f"{sample_town}|layername=service_clients", "EXPRESSION": expression, "OUTPUT": "memory:"},
    )["OUTPUT"]
    layer.setName(name)
    return layer


def test_two_layers_compared_with_each_other(provider, sample_town, town, tmp_path):
    _, _, _, matched = town
    clinic = layer_of(sample_town, "\"service\" = 'Stop smoking - clinic'", "clinic")
    phone = layer_of(sample_town, "\"service\" = 'Stop smoking - telephone support'", "phone")
    result = run_algorithm(
        ALG, params(sample_town, tmp_path, TARGET=clinic, OTHER_TARGETS=[phone], SPLIT=1, CATEGORY_FIELD=None, COMPARE=1)
    )
    table = read_table(result["OUTPUT"])
    counts = crosstab(matched, "service")
    a, b = counts.loc["Stop smoking - clinic"], counts.loc["Stop smoking - telephone support"]
    clinic_rows = table[(table.category == "clinic") & (table.row_type == "segment")].set_index("code").loc[GROUPS]
    np.testing.assert_array_equal(clinic_rows.target_count, a.to_numpy())
    np.testing.assert_array_equal(clinic_rows.versus_count, b.to_numpy())
    assert set(clinic_rows.versus) == {"phone"}
    total = table[(table.category == "clinic") & (table.row_type == "total")].iloc[0]
    used = (a + b) > 0
    assert total.statistic == pytest.approx(stats.chi2_contingency(np.vstack([a[used], b[used]]), correction=False)[0])


def campaign_layer(sample_town) -> tuple[QgsVectorLayer, pd.DataFrame]:
    """Dartford's design on the sample town: leaflets to 400 postcodes of J and L (16 % respond), 150 others (4 %)."""
    postcodes, _, _ = town_tables(sample_town)
    rng = np.random.default_rng(16)
    likely = postcodes[postcodes.group.isin(["J", "L"])].sample(400, random_state=1)
    others = postcodes[~postcodes.group.isin(["J", "L"])].sample(150, random_state=2)
    frame = pd.concat([likely.assign(leaflet="targeted"), others.assign(leaflet="control")])
    frame["responded"] = np.where(frame.leaflet == "targeted", rng.random(len(frame)) < 0.16, rng.random(len(frame)) < 0.04)
    frame["responded"] = frame.responded.astype(object)
    frame.iloc[:3, frame.columns.get_loc("responded")] = None  # no answer recorded: counted as no response
    layer = QgsVectorLayer("None?field=postcode:string&field=leaflet:string&field=responded:integer", "leaflets", "memory")
    features = []
    for postcode, leaflet, responded in zip(frame.postcode, frame.leaflet, frame.responded):
        feature = QgsFeature(layer.fields())
        feature.setAttributes([postcode, leaflet, None if responded is None else int(bool(responded))])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    frame["responded"] = frame.responded.map(lambda v: bool(v) if v is not None else False)
    return layer, frame


def test_a_campaign_targeted_against_not_targeted(provider, sample_town, tmp_path):
    layer, frame = campaign_layer(sample_town)
    feedback = RecordingFeedback()
    result = run_algorithm(
        ALG,
        params(
            sample_town,
            tmp_path,
            TARGET=layer,
            CATEGORY_FIELD="leaflet",
            RESPONSE_FIELD="responded",
            FIRST_CATEGORY="targeted",
            SECOND_CATEGORY="control",
            TARGET_SEGMENTS="J, L",
        ),
        feedback=feedback,
    )
    k1 = frame.responded[frame.leaflet == "targeted"].sum()
    k2 = frame.responded[frame.leaflet == "control"].sum()
    reference = stats.contingency.relative_risk(int(k1), 400, int(k2), 150)
    interval = reference.confidence_interval(0.95)
    assert result["RATE_RATIO"] == pytest.approx(reference.relative_risk)
    assert (result["RATIO_LOW"], result["RATIO_HIGH"]) == pytest.approx((interval.low, interval.high))
    assert result["RATIO_P"] == pytest.approx(stats.chi2_contingency([[k1, 400 - k1], [k2, 150 - k2]], correction=False)[1])
    assert result["TARGET_RESPONDERS"] == pytest.approx(k1 / (k1 + k2) * 100)
    table = read_table(result["OUTPUT"])
    total = table[(table.row_type == "total") & (table.category == "targeted")].iloc[0]
    ci = stats.binomtest(int(k1), 400).proportion_ci(0.95, method="exact")
    assert total.response_rate == pytest.approx(k1 / 4) and (total.rate_low, total.rate_high) == pytest.approx(
        (ci.low * 100, ci.high * 100)
    )
    j = table[(table.category == "targeted") & (table.code == "J")].iloc[0]
    assert j.responders == frame.responded[(frame.leaflet == "targeted") & (frame.group == "J")].sum()
    assert result["HEADLINE"].startswith(f"targeted responded at {k1 / 4:.1f}% (95% CI {ci.low * 100:.1f}–{ci.high * 100:.1f}%)")
    assert "times as often" in result["HEADLINE"] and "came from the target segments J, L" in result["HEADLINE"]
    assert any("3 contacts of leaflets have no value in the field responded" in w for w in feedback.warnings)


def test_a_campaign_given_as_two_layers(provider, sample_town, tmp_path):
    layer, frame = campaign_layer(sample_town)
    import processing

    split = {}
    for group in ("targeted", "control"):
        split[group] = processing.run(
            "native:extractbyattribute",
            {"INPUT": layer, "FIELD": "leaflet", "OPERATOR": 0, "VALUE": group, "OUTPUT": "memory:"},
        )["OUTPUT"]
        split[group].setName(group)
    result = run_algorithm(
        ALG,
        params(
            sample_town,
            tmp_path,
            TARGET=split["targeted"],
            OTHER_TARGETS=[split["control"]],
            SPLIT=1,
            CATEGORY_FIELD=None,
            RESPONSE_FIELD="responded",
        ),
    )
    k1 = frame.responded[frame.leaflet == "targeted"].sum()
    k2 = frame.responded[frame.leaflet == "control"].sum()
    assert result["RATE_RATIO"] == pytest.approx(stats.contingency.relative_risk(int(k1), 400, int(k2), 150).relative_risk)
    assert result["HEADLINE"].startswith("targeted responded at")


# -- bad input ------------------------------------------------------------------------------------
def test_nulls_form_a_category_and_single_records_are_not_tested(provider, sample_town, tmp_path):
    layer = QgsVectorLayer("None?field=postcode:string&field=kind:string", "borrowers", "memory")
    postcodes, _, _ = town_tables(sample_town)
    features = []
    for i, postcode in enumerate(postcodes.postcode[:400]):
        feature = QgsFeature(layer.fields())
        feature.setAttributes([postcode, None if i % 10 == 0 else ("lone" if i == 1 else ("adult" if i % 2 else "child"))])
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    feedback = RecordingFeedback()
    result = run_algorithm(ALG, params(sample_town, tmp_path, TARGET=layer, CATEGORY_FIELD="kind"), feedback=feedback)
    table = read_table(result["OUTPUT"])
    assert set(table.category) == {"adult", "child", "lone", "(none)"}
    assert any(
        "40 records of borrowers have no value in the field kind; they form the category (none)" in w for w in feedback.warnings
    )
    lone = table[(table.category == "lone") & (table.row_type == "total")].iloc[0]
    assert lone.target_count == 1 and pd.isna(lone.p_value)
    assert "lone has fewer than 2 placed records: it is in the table but not tested." in (tmp_path / "compared.html").read_text(
        encoding="utf-8"
    )


def test_one_category_and_unknown_categories_are_refused(provider, sample_town, tmp_path):
    clinic = layer_of(sample_town, "\"service\" = 'Stop smoking - clinic'", "clinic")
    with pytest.raises(QgsProcessingException, match="Only 1 category holds placed target records"):
        run_algorithm(ALG, params(sample_town, tmp_path, TARGET=clinic))
    with pytest.raises(QgsProcessingException, match="There is no category phone; the categories are: Stop smoking"):
        run_algorithm(ALG, params(sample_town, tmp_path, COMPARE=1, FIRST_CATEGORY="phone", SECOND_CATEGORY="clinic"))
    with pytest.raises(QgsProcessingException, match="Name the first and the second category"):
        run_algorithm(ALG, params(sample_town, tmp_path, COMPARE=1))
    with pytest.raises(QgsProcessingException, match="needs at least two target layers"):
        run_algorithm(ALG, params(sample_town, tmp_path, SPLIT=1))


# -- a model, qgis_process, French ---------------------------------------------------------------
def test_compared_profiles_in_a_model_feeding_a_second_step(provider, sample_town, tmp_path):
    values = params(
        sample_town, tmp_path, SPLIT=2, CATEGORY_FIELD=None, ZONES=f"{sample_town}|layername=wards", ZONE_NAME_FIELD="ward_name"
    )
    values.pop("OUTPUT")
    values.pop("REPORT")
    steps = [
        Step("compare", ALG, values),
        Step(
            "different",
            "native:extractbyexpression",
            {"INPUT": FromChild("compare", "OUTPUT"), "EXPRESSION": '"row_type" = \'segment\' AND "significant"'},
            outputs=["OUTPUT"],
        ),
    ]
    run_model(steps, {"different_OUTPUT": str(tmp_path / "different.gpkg")})
    different = read_table(tmp_path / "different.gpkg")
    assert len(different) > 0 and (different.p_adjusted < 0.05).all()


def test_compare_profiles_through_qgis_process(provider, qgis_profile, sample_town, tmp_path):
    result = run_qgis_process(ALG, params(sample_town, tmp_path), qgis_profile)["results"]
    assert result["CATEGORIES"] == 3
    assert len(read_table(tmp_path / "compared.gpkg")) == 3 * 16


def test_campaign_in_french(provider, sample_town, tmp_path, french):
    layer, _ = campaign_layer(sample_town)
    result = run_algorithm(
        ALG,
        params(
            sample_town, tmp_path, TARGET=layer, CATEGORY_FIELD="leaflet", RESPONSE_FIELD="responded", FIRST_CATEGORY="targeted"
        ),
    )
    assert "fois plus souvent" in result["HEADLINE"] and "IC à 95" in result["HEADLINE"]
    html = (tmp_path / "compared.html").read_text(encoding="utf-8")
    assert "Les tests en mots" in html or "<h2>Les tests" in html
