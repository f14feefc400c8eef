"""Channel demand and shift on the sample town: toolbox, model, qgis_process, French, bad input.

Expected shares are computed here from the catalogue's ratings by hand
(weights 1, 2, 4, 8, 16 from Low to High) and the postcodes' own ward_code
attribute grouped in pandas: independent of the algorithm's point-in-polygon
join and of the engine's propensity code.
"""

from __future__ import annotations

import json
import sqlite3

import numpy as np
import pandas as pd
import pytest
from algorithm_runs import FromChild, RecordingFeedback, Step, model_output, run_algorithm, run_model, run_qgis_process
from qgis.core import NULL, QgsFeature, QgsGeometry, QgsProcessingException, QgsRasterLayer, QgsVectorLayer

from place_insight.engine.segmentation.catalogue_files import builtin_catalogues

ALG = "placeinsight:channeldemand"
DEMO = list(builtin_catalogues()).index("demo")
SERVICE = ("internet", "telephone", "mobile", "post", "face_to_face")
MAIDSTONE = "internet=0.32, telephone=1.86, face_to_face=9.66"


def params(sample_town, tmp_path, **changes):
    values = {
        "ZONES": f"{sample_town}|layername=wards",
        "ZONE_NAME_FIELD": "ward_name",
        "BASE": f"{sample_town}|layername=postcodes",
        "BASE_SEGMENT_FIELD": "segment",
        "BASE_COUNT_FIELD": "households",
        "CATALOGUE": DEMO,
        "LEVEL": "group",
        "OUTPUT": str(tmp_path / "channels.gpkg"),
        "REPORT": str(tmp_path / "channels.html"),
    }
    values.update(changes)
    return values


def read(path) -> pd.DataFrame:
    layer = QgsVectorLayer(str(path), "out", "ogr")
    assert layer.isValid(), path
    names = layer.fields().names()
    return pd.DataFrame([dict(zip(names, [None if v == NULL else v for v in f.attributes()])) for f in layer.getFeatures()])


def demo_catalogue() -> dict:
    return json.loads(builtin_catalogues()["demo"].read_text(encoding="utf-8"))


def hand_shares(catalogue: dict, level: str = "group") -> pd.DataFrame:
    """Each segment's share preferring each service channel: 2^(rating − 1) over the sum, by hand."""
    rows = {}
    for segment in catalogue["segments"]:
        if segment["level"] == level and segment.get("service_channels"):
            weights = np.array([2.0 ** (segment["service_channels"][c] - 1) for c in SERVICE])
            rows[segment["code"]] = weights / weights.sum()
    return pd.DataFrame(rows, index=list(SERVICE)).T


def ward_counts(sample_town) -> pd.DataFrame:
    with sqlite3.connect(sample_town) as connection:
        postcodes = pd.read_sql(
            "SELECT p.ward_code, w.ward_name, p.segment, p.households FROM postcodes p JOIN wards w USING (ward_code)", connection
        )
    postcodes["group"] = postcodes.segment.str[0]
    return postcodes.pivot_table(index="ward_name", columns="group", values="households", aggfunc="sum", fill_value=0)


def expected_demand(sample_town) -> pd.DataFrame:
    counts = ward_counts(sample_town)
    shares = hand_shares(demo_catalogue()).loc[counts.columns]
    return pd.DataFrame(counts.to_numpy() @ shares.to_numpy(), index=counts.index, columns=list(SERVICE))


def test_zone_demand_matches_hand_computed_propensities(provider, sample_town, tmp_path):
    feedback = RecordingFeedback()
    result = run_algorithm(ALG, params(sample_town, tmp_path, SURFACE=str(tmp_path / "f2f.tif")), feedback=feedback)
    output = read(result["OUTPUT"]).set_index("ward_name")
    expected = expected_demand(sample_town)
    households = ward_counts(sample_town).sum(axis=1)
    for channel in SERVICE:
        np.testing.assert_allclose(output.loc[expected.index, f"service_{channel}"], expected[channel], rtol=1e-9)
        np.testing.assert_allclose(
            output.loc[expected.index, f"service_{channel}_pct"], expected[channel] / households * 100, rtol=1e-9
        )
    ranking = expected["face_to_face"].sort_values(ascending=False).index
    assert list(output.loc[ranking, "face_to_face_rank"]) == list(range(1, len(ranking) + 1))
    assert result["FACE_TO_FACE"] == pytest.approx(expected["face_to_face"].sum())
    assert result["SAVING"] == 0 and "SERVICES_OUTPUT" not in result
    raster = QgsRasterLayer(result["SURFACE"], "surface")
    assert raster.isValid() and raster.crs().authid() == "EPSG:27700"
    html = (tmp_path / "channels.html").read_text(encoding="utf-8")
    top = ranking[0]
    assert "are expected to prefer face-to-face service; most live in " + top in html
    assert "Low to High weigh 1, 2, 4, 8, 16" in html
    assert not feedback.warnings


def services_layer():
    """Maidstone-style contacts per service and channel (a year)."""
    layer = QgsVectorLayer("None?field=service:string&field=channel:string&field=contacts:double", "contacts", "memory")
    rows = [
        ("Council tax", "web", 12000),
        ("Council tax", "phone", 30000),
        ("Council tax", "face to face", 8000),
        ("Waste", "web", 9000),
        ("Waste", "phone", 15000),
        ("Waste", "f2f", 1000),
        ("Benefits", "phone", 6000),
        ("Benefits", "face to face", 14000),
        ("Benefits", "post", 500),
    ]
    features = []
    for row in rows:
        feature = QgsFeature(layer.fields())
        feature.setAttributes(list(row))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def hand_shift(volume, today, preferred, costs, realised):
    """Contacts and saving of the scenario by hand: c → d for every cheaper d."""
    moved = saving = 0.0
    for c, cost_c in enumerate(costs):
        for d, cost_d in enumerate(costs):
            if cost_d < cost_c:
                flow = volume * today[c] * realised * preferred[d]
                moved += flow
                saving += flow * (cost_c - cost_d)
    return moved, saving


def test_channel_shift_per_service_and_per_zone(provider, sample_town, tmp_path):
    feedback = RecordingFeedback()
    parameters = params(
        sample_town,
        tmp_path,
        COSTS=MAIDSTONE,
        REALISED=40,
        SERVICES=services_layer(),
        SERVICE_FIELD="service",
        SERVICE_CHANNEL_FIELD="channel",
        SERVICE_VOLUME_FIELD="contacts",
        SERVICES_OUTPUT=str(tmp_path / "services.gpkg"),
    )
    result = run_algorithm(ALG, parameters, feedback=feedback)
    costs = [0.32, 1.86, 9.66]
    whole = expected_demand(sample_town).sum()[["internet", "telephone", "face_to_face"]]
    preferred = (whole / whole.sum()).to_numpy()
    services = read(result["SERVICES_OUTPUT"]).set_index("service")
    volumes = {"Council tax": [12000, 30000, 8000], "Waste": [9000, 15000, 1000], "Benefits": [0, 6000, 14000]}
    for service, by_channel in volumes.items():
        volume = sum(by_channel)
        moved, saving = hand_shift(volume, np.array(by_channel) / volume, preferred, costs, 0.4)
        assert services.loc[service, "contacts"] == volume
        assert services.loc[service, "moved"] == pytest.approx(moved)
        assert services.loc[service, "saving"] == pytest.approx(saving)
    assert list(services.sort_values("saving_rank").index) == ["Benefits", "Council tax", "Waste"]
    assert any("post (500)" in w for w in feedback.warnings)
    # the zones share the services' contacts by residents, with the services' overall split
    zones = read(result["OUTPUT"]).set_index("ward_name")
    households = ward_counts(sample_town).sum(axis=1)
    total = sum(sum(v) for v in volumes.values())
    np.testing.assert_allclose(zones.loc[households.index, "contacts"], total * households / households.sum())
    split = np.array([21000, 51000, 23000]) / total
    expected = expected_demand(sample_town)[["internet", "telephone", "face_to_face"]]
    for ward, row in expected.iterrows():
        moved, saving = hand_shift(zones.loc[ward, "contacts"], split, (row / row.sum()).to_numpy(), costs, 0.4)
        assert zones.loc[ward, "saving"] == pytest.approx(saving)
    assert result["SAVING"] == pytest.approx(zones["saving"].sum())
    html = (tmp_path / "channels.html").read_text(encoding="utf-8")
    assert "Services ranked by saving" in html and "Zones ranked by saving" in html and "40 % of preference realised" in html


def zones_with_an_empty_one(sample_town):
    """Three wards and a zone off the town, with contacts per zone."""
    layer = QgsVectorLayer("Polygon?crs=EPSG:27700&field=name:string&field=contacts:double", "zones", "memory")
    features = []
    wards = {f["ward_name"]: f for f in QgsVectorLayer(f"{sample_town}|layername=wards", "w", "ogr").getFeatures()}
    for name, contacts in (("Southbank", 5000.0), ("Northgate", 3000.0), ("Westgate", 2000.0)):
        feature = QgsFeature(layer.fields())
        feature.setAttributes([name, contacts])
        feature.setGeometry(QgsGeometry(wards[name].geometry()))
        features.append(feature)
    feature = QgsFeature(layer.fields())
    feature.setAttributes(["Industrial estate", 700.0])
    feature.setGeometry(QgsGeometry.fromWkt("POLYGON((0 0,100 0,100 100,0 100,0 0))"))
    features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


def test_contacts_in_a_zone_without_base_are_named_and_costed_but_not_moved(provider, sample_town, tmp_path):
    feedback = RecordingFeedback()
    parameters = params(
        sample_town,
        tmp_path,
        ZONES=zones_with_an_empty_one(sample_town),
        ZONE_NAME_FIELD="name",
        ZONE_CONTACTS="contacts",
        COSTS=MAIDSTONE,
        TODAY_SPLIT="web=20, phone=50, f2f=30",
    )
    result = run_algorithm(ALG, parameters, feedback=feedback)
    zones = read(result["OUTPUT"]).set_index("name")
    assert zones.loc["Industrial estate", "moved"] == 0
    assert zones.loc["Industrial estate", "today_cost"] == pytest.approx(700 * (0.2 * 0.32 + 0.5 * 1.86 + 0.3 * 9.66))
    assert zones.loc["Industrial estate", "base_total"] == 0 and pd.isna(zones.loc["Industrial estate", "face_to_face_rank"])
    assert any(
        "1 zones have contacts but no base units with ratings" in w and "Industrial estate" in w for w in feedback.warnings
    )
    assert zones.loc["Southbank", "moved"] > 0


@pytest.mark.parametrize(
    ("costs", "message"),
    [
        ("internet=0.32, telephone=-1.86, face_to_face=9.66", "telephone=-1.86 cannot be used"),
        ("internet=0, telephone=1.86", "internet=0 cannot be used"),
        ("pigeon=0.5, telephone=1", "'pigeon' is not a service channel"),
    ],
)
def test_costs_that_cannot_be_used_are_refused(provider, sample_town, tmp_path, costs, message):
    with pytest.raises(QgsProcessingException, match=message):
        run_algorithm(ALG, params(sample_town, tmp_path, COSTS=costs, TOTAL_CONTACTS=1000, TODAY_SPLIT="web=50, phone=50"))
    assert not (tmp_path / "channels.gpkg").exists()


def partly_rated_catalogue(tmp_path):
    """The demo catalogue with ratings only on groups, and none on group K."""
    catalogue = demo_catalogue()
    catalogue["id"] = "partly_rated"
    for segment in catalogue["segments"]:
        if segment["level"] == "type" or segment["code"] == "K":
            segment.pop("service_channels", None)
            segment.pop("information_channels", None)
    path = tmp_path / "partly_rated.json"
    path.write_text(json.dumps(catalogue), encoding="utf-8")
    return path


def test_types_inherit_their_groups_ratings_and_unrated_segments_are_named(provider, sample_town, tmp_path):
    feedback = RecordingFeedback()
    catalogue = partly_rated_catalogue(tmp_path)
    result = run_algorithm(ALG, params(sample_town, tmp_path, CATALOGUE_FILE=str(catalogue), LEVEL="type"), feedback=feedback)
    assert any("take the ratings of their group" in w and "A01 ← A" in w for w in feedback.warnings)
    assert any("left out of the channel shares" in w and "K" in w for w in feedback.warnings)
    # every type takes its group's shares: the zones' demand is the group-level demand without group K
    output = read(result["OUTPUT"]).set_index("ward_name")
    counts = ward_counts(sample_town).drop(columns="K")
    shares = hand_shares(demo_catalogue()).loc[counts.columns]
    expected = pd.DataFrame(counts.to_numpy() @ shares.to_numpy(), index=counts.index, columns=list(SERVICE))
    np.testing.assert_allclose(output.loc[expected.index, "service_face_to_face"], expected["face_to_face"], rtol=1e-9)
    rated = counts.sum(axis=1) / ward_counts(sample_town).sum(axis=1) * 100
    np.testing.assert_allclose(output.loc[rated.index, "rated_pct"], rated, rtol=1e-9)


def test_a_catalogue_without_ratings_is_refused(provider, sample_town, tmp_path):
    oac = list(builtin_catalogues()).index("oac2011")
    with pytest.raises(QgsProcessingException, match="rates no service channel"):
        run_algorithm(ALG, params(sample_town, tmp_path, CATALOGUE=oac, LEVEL="supergroup", BASE_SEGMENT_FIELD="ward_code"))


def test_channel_demand_in_a_model_feeding_a_second_step(provider, sample_town, tmp_path):
    steps = [
        Step(
            "channels",
            ALG,
            {k: v for k, v in params(sample_town, tmp_path).items() if k not in ("OUTPUT", "REPORT")},
            outputs=["FACE_TO_FACE"],
        ),
        Step(
            "hotspots",
            "native:extractbyattribute",
            {"INPUT": FromChild("channels", "OUTPUT"), "FIELD": "face_to_face_rank", "OPERATOR": 5, "VALUE": "3"},
            outputs=["OUTPUT"],
        ),
    ]
    result = run_model(steps, {"hotspots_OUTPUT": str(tmp_path / "hotspots.gpkg")})
    hotspots = read(tmp_path / "hotspots.gpkg")
    expected = expected_demand(sample_town)["face_to_face"].sort_values(ascending=False)
    assert sorted(hotspots["ward_name"]) == sorted(expected.index[:3])
    assert model_output(result, "channels", "FACE_TO_FACE") == pytest.approx(expected.sum())


def test_channel_demand_through_qgis_process(provider, qgis_profile, sample_town, tmp_path):
    parameters = params(sample_town, tmp_path, COSTS=MAIDSTONE, TOTAL_CONTACTS=100000, TODAY_SPLIT="web=30, phone=45, f2f=25")
    result = run_qgis_process(ALG, parameters, qgis_profile)["results"]
    assert result["SAVING"] > 0 and result["TODAY_COST"] == pytest.approx(100000 * (0.3 * 0.32 + 0.45 * 1.86 + 0.25 * 9.66))
    assert read(tmp_path / "channels.gpkg")["contacts"].sum() == pytest.approx(100000)


def test_report_in_french(provider, sample_town, tmp_path, french):
    run_algorithm(
        ALG, params(sample_town, tmp_path, COSTS=MAIDSTONE, TOTAL_CONTACTS=100000, TODAY_SPLIT="web=30, phone=45, f2f=25")
    )
    html = (tmp_path / "channels.html").read_text(encoding="utf-8")
    assert "Demande par canal et report de canal" in html and "Face à face" in html and "100\u202f000" in html
