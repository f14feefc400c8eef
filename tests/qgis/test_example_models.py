"""The example models: listed under Place Insight, in English and French, run through qgis_process on the sample town.

Each model's results are compared with the same steps run one by one.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import numpy as np
import pytest
from algorithm_runs import run_algorithm, run_qgis_process
from qgis.core import QgsApplication, QgsProcessingModelAlgorithm, QgsVectorLayer
from targeting_reference import clients_per_postcode, market_by_coverage, read_table, town_tables, zone_table

from place_insight.engine.segmentation.catalogue_files import builtin_catalogues
from place_insight.processing_algorithms.example_models import EXAMPLE_MODELS

UNSAFE = "Very unsafe;Fairly unsafe"
MODELS = (
    "model_who_lives_within",
    "model_fear_of_crime",
    "model_service_points",
    "model_from_profile_to_action",
    "model_access_and_channels_by_customer_type",
)


def uri(town, layer):
    return f"{town}|layername={layer}"


def rows(path) -> list:
    layer = QgsVectorLayer(str(path), "out", "ogr")
    assert layer.isValid(), path
    return list(layer.getFeatures())


def registered(name: str):
    algorithm = QgsApplication.processingRegistry().algorithmById(f"placeinsight:{name}")
    assert algorithm is not None, f"{name} is not in the toolbox"
    return algorithm


def test_the_models_are_listed_under_place_insight(provider):
    for model_class in EXAMPLE_MODELS:
        model = registered(f"model_{model_class.FILE}")
        assert model.group() == "Example models" and model.provider().id() == "placeinsight"
        ok, errors = model.validate()
        assert ok, errors
        texts = model.parameter_texts()
        inputs = [p.name() for p in model.parameterDefinitions() if not p.isDestination()]
        outputs = {p.name() for p in model.parameterDefinitions() if p.isDestination()}
        assert inputs == [name for name in texts if ":" not in name]  # in the order the model explains them
        assert outputs == {name for name in texts if ":" in name}
        for parameter in model.parameterDefinitions():
            assert (parameter.description(), parameter.help()) == texts[parameter.name()]
    assert {f"placeinsight:{name}" for name in MODELS} <= {a.id() for a in provider.algorithms()}


def test_the_models_speak_french(provider, french):
    model = QgsApplication.processingRegistry().createAlgorithmById("placeinsight:model_who_lives_within")
    assert model.displayName() == "Qui habite à 15 minutes d’un site"
    assert model.group() == "Modèles d’exemple"
    labels = {p.name(): p.description() for p in model.parameterDefinitions()}
    assert labels["BASE"] == "Ménages ou codes postaux" and labels["segments:PROFILE_REPORT"] == "Rapport de profil"
    assert model.parameterDefinition("PROFILE").options() == ["À pied", "Vélo", "Voiture"]
    assert "Zones de desserte" in model.summary()
    targeting = QgsApplication.processingRegistry().createAlgorithmById("placeinsight:model_from_profile_to_action")
    assert targeting.displayName() == "Du profil à l’action"
    assert targeting.parameterDefinition("target_areas:TARGET_LIST").description() == "Liste cible"


def test_who_lives_within_reach_through_qgis_process(provider, qgis_profile, sample_town, tmp_path):
    result = run_qgis_process(
        "placeinsight:model_who_lives_within",
        {
            "SITES": uri(sample_town, "facilities"),
            "NETWORK": uri(sample_town, "roads"),
            "PROFILE": 0,
            "MINUTES": 10,
            "BASE": uri(sample_town, "postcodes"),
            "SEGMENT_FIELD": "segment",
            "COUNT_FIELD": "households",
            "catchment:CATCHMENT": tmp_path / "reach.gpkg",
            "segments:PROFILE_TABLE": tmp_path / "profile.gpkg",
            "segments:PROFILE_REPORT": tmp_path / "profile.html",
        },
        qgis_profile,
    )
    assert (tmp_path / "profile.html").exists() and result["results"]
    direct = run_algorithm(
        "placeinsight:catchments",
        {
            "FACILITIES": uri(sample_town, "facilities"),
            "NETWORK": uri(sample_town, "roads"),
            "PROFILE": 0,
            "BANDS": "10",
            "DISSOLVE": True,
            "BASE": uri(sample_town, "postcodes"),
            "COUNT_FIELDS": ["households"],
            "OUTPUT": str(tmp_path / "direct.gpkg"),
        },
    )
    (area,) = rows(direct["OUTPUT"])
    table = rows(tmp_path / "profile.gpkg")
    total = next(f for f in table if f["row_type"] == "total")
    all_households = sum(f["households"] for f in rows(uri(sample_town, "postcodes")))
    assert total["target_count"] == pytest.approx(area["households"])  # the households inside the 10-minute walk
    assert 0 < total["target_count"] < all_households and total["base_count"] == all_households
    segments = [f for f in table if f["row_type"] == "segment"]
    assert sum(f["target_count"] for f in segments) == pytest.approx(total["target_count"])
    assert len(rows(tmp_path / "reach.gpkg")) == 1


def test_fear_of_crime_clusters_through_qgis_process(provider, qgis_profile, sample_town, tmp_path):
    survey = {
        "KEY_FIELD": "postcode",
        "ANSWER_FIELD": "feel_safe",
        "ANSWERS": UNSAFE,
        "POSTCODES": uri(sample_town, "postcodes"),
        "POSTCODE_FIELD": "postcode",
    }
    run_qgis_process(
        "placeinsight:model_fear_of_crime",
        {
            **survey,
            "RESPONSES": uri(sample_town, "survey_responses"),
            "HOUSEHOLDS": "households",
            "INCIDENTS": uri(sample_town, "incidents"),
            "fear:FEAR_CLUSTERS": tmp_path / "fear.gpkg",
            "crime:CRIME_CLUSTERS": tmp_path / "crime.gpkg",
            "verify:VERIFIED": tmp_path / "verified.gpkg",
            "verify:VERIFICATION_REPORT": tmp_path / "verification.html",
        },
        qgis_profile,
    )
    fear = run_algorithm(
        "placeinsight:surveyclusters", {**survey, "INPUT": uri(sample_town, "survey_responses"), "OUTPUT": "TEMPORARY_OUTPUT"}
    )
    crime = run_algorithm("placeinsight:surveyclusters", {"INPUT": uri(sample_town, "incidents"), "OUTPUT": "TEMPORARY_OUTPUT"})
    verified = run_algorithm(
        "placeinsight:verifyclusters",
        {
            **survey,
            "RESPONSES": uri(sample_town, "survey_responses"),
            "CLUSTERS": fear["OUTPUT"],
            "HOUSEHOLDS": "households",
            "INCIDENTS": uri(sample_town, "incidents"),
            "INCIDENT_CLUSTERS": crime["OUTPUT"],
            "OUTPUT": str(tmp_path / "direct.gpkg"),
        },
    )

    def verdicts(path):
        return sorted((f["cluster_id"], f["verified"], f["disparity"], f["incident_clusters"]) for f in rows(path))

    assert len(rows(tmp_path / "fear.gpkg")) >= 2 and len(rows(tmp_path / "crime.gpkg")) >= 1
    assert verdicts(tmp_path / "verified.gpkg") == verdicts(verified["OUTPUT"])
    assert (tmp_path / "verification.html").exists()


def test_where_to_put_service_points_through_qgis_process(provider, qgis_profile, sample_town, tmp_path):
    common = {
        "DEMAND": uri(sample_town, "postcodes"),
        "WEIGHT_FIELD": "households",
        "CANDIDATES": uri(sample_town, "candidate_sites"),
        "SITE_NAME_FIELD": "name",
        "REQUIRED_FIELD": "required",
        "NETWORK": uri(sample_town, "roads"),
        "PROFILE": 0,
    }
    run_qgis_process(
        "placeinsight:model_service_points",
        {
            **common,
            "N": 4,
            "MINUTES": 12,
            "optimise:SITES": tmp_path / "sites.gpkg",
            "optimise:ALLOCATION": tmp_path / "lines.gpkg",
            "optimise:PLAN_REPORT": tmp_path / "plan.html",
            "reach:REACH": tmp_path / "reach.gpkg",
        },
        qgis_profile,
    )
    direct = run_algorithm(
        "placeinsight:optimiselocations",
        {**common, "COST": 2, "P": 4, "CUTOFF": 12, "SITES": str(tmp_path / "direct.gpkg"), "ALLOCATION": "TEMPORARY_OUTPUT"},
    )
    chosen = {f["site_id"] for f in rows(tmp_path / "sites.gpkg")}
    assert len(chosen) == 4 and chosen == {f["site_id"] for f in rows(direct["SITES"])}
    reached = rows(tmp_path / "reach.gpkg")
    assert {f["facility_id"] for f in reached} == chosen and {f["band"] for f in reached} == {12}
    assert len(rows(tmp_path / "lines.gpkg")) == len(rows(uri(sample_town, "postcodes")))
    assert (tmp_path / "plan.html").exists()


def test_from_profile_to_action_through_qgis_process(provider, qgis_profile, sample_town, tmp_path):
    postcodes, clients, wards = town_tables(sample_town)
    outputs = {
        "profile:PROFILE_REPORT": tmp_path / "profile.html",
        "target_areas:TARGET_AREAS": tmp_path / "areas.gpkg",
        "target_areas:TARGET_LIST": tmp_path / "list.gpkg",
        "target_areas:TARGETING_REPORT": tmp_path / "targeting.html",
        "top_zones:TOP_ZONES": tmp_path / "top.gpkg",
    }
    run_qgis_process(
        "placeinsight:model_from_profile_to_action",
        {
            "TARGET": uri(sample_town, "service_clients"),
            "TARGET_KEY": "postcode",
            "BASE": uri(sample_town, "postcodes"),
            "BASE_SEGMENT": "segment",
            "BASE_COUNT": "households",
            "BASE_KEY": "postcode",
            "ZONES": uri(sample_town, "wards"),
            "ZONE_NAME": "ward_name",
            "LEVEL": "group",
            "BENCHMARK": 10,
            **outputs,
        },
        qgis_profile,
    )
    top = read_table(tmp_path / "top.gpkg").set_index("ward_code")
    actual = clients_per_postcode(postcodes, clients)
    expected = zone_table(postcodes, actual, market_by_coverage(postcodes, actual), postcodes.ward_code, benchmark=10.0)
    best = expected.benchmark_potential.sort_values(ascending=False).index[:3]
    assert sorted(top.index) == sorted(best)
    np.testing.assert_allclose(top.loc[best, "benchmark_potential"], expected.loc[best, "benchmark_potential"], rtol=1e-9)
    assert (tmp_path / "profile.html").exists() and (tmp_path / "targeting.html").exists()
    listed = read_table(tmp_path / "list.gpkg")
    assert set(listed.zone) <= set(top.ward_name) and listed.suppressed.any()  # counts below 5 suppressed
    assert len(read_table(tmp_path / "areas.gpkg")) == len(wards)  # every ward, styled by potential when loaded


def test_access_and_channels_through_qgis_process(provider, qgis_profile, sample_town, tmp_path):
    outputs = {
        "catchments:CATCHMENTS": tmp_path / "catchments.gpkg",
        "catchments:ACCESS_BY_SEGMENT": tmp_path / "access.gpkg",
        "catchments:SEGMENT_REPORT": tmp_path / "access.html",
        "channels:CHANNEL_DEMAND": tmp_path / "channels.gpkg",
        "channels:CHANNEL_REPORT": tmp_path / "channels.html",
    }
    run_qgis_process(
        "placeinsight:model_access_and_channels_by_customer_type",
        {
            "FACILITIES": uri(sample_town, "facilities"),
            "NETWORK": uri(sample_town, "roads"),
            "PROFILE": 0,
            "BANDS": "5,10",
            "BASE": uri(sample_town, "postcodes"),
            "SEGMENT_FIELD": "segment",
            "COUNT_FIELD": "households",
            "LEVEL": "group",
            **outputs,
        },
        qgis_profile,
    )
    access = read_table(tmp_path / "access.gpkg")
    channels = read_table(tmp_path / "channels.gpkg")
    assert len(channels) == 12  # six facilities × two bands
    f2f = face_to_face_shares()
    for zone in channels.to_dict("records"):
        rows = access[(access["facility_id"] == zone["facility_id"]) & (access["band"] == zone["band"])]
        assert zone["base_total"] == pytest.approx(rows["count"].sum())
        expected = sum(row["count"] * f2f[row["code"]] for row in rows.to_dict("records"))
        assert zone["service_face_to_face"] == pytest.approx(expected)
    assert (tmp_path / "access.html").exists() and (tmp_path / "channels.html").exists()


def face_to_face_shares() -> dict[str, float]:
    """Each demo group's face-to-face share by hand: weights 2^(rating-1), over the five service channels."""
    catalogue = json.loads(builtin_catalogues()["demo"].read_text(encoding="utf-8"))
    shares = {}
    for segment in catalogue["segments"]:
        if segment["level"] == "group":
            weights = {c: 2.0 ** (r - 1) for c, r in segment["service_channels"].items()}
            shares[segment["code"]] = weights["face_to_face"] / sum(weights.values())
    return shares


def model_content(path) -> dict:
    """A model file as this QGIS reads it, so that files written by another release compare by content.

    The names of the model's outputs are left out: QGIS 3.40 names them after their labels in a model
    it makes, and keeps the older ``step:OUTPUT`` names of a model it reads from a file (its
    ``internal_version``). They are compared by label, with everything else they hold.
    """
    model = QgsProcessingModelAlgorithm()
    assert model.fromFile(str(path)), path
    content = model.toVariant()
    content.pop("internal_version", None)
    destinations = {p.name() for p in model.destinationParameterDefinitions()}
    definitions = content.pop("parameterDefinitions")
    content["inputs"] = {name: d for name, d in definitions.items() if name not in destinations}
    content["outputs"] = {
        d["description"]: {key: value for key, value in d.items() if key != "name"}
        for name, d in definitions.items()
        if name in destinations
    }
    return content


def test_the_shipped_models_are_those_the_script_makes(root, tmp_path):
    """A changed default or parameter of an algorithm reaches the shipped models: run scripts/make_models.py."""
    made = tmp_path / "models"
    environment = {**os.environ, "QGIS_CUSTOM_CONFIG_PATH": str(tmp_path / "profile"), "QT_QPA_PLATFORM": "offscreen"}
    completed = subprocess.run(
        [sys.executable, str(root / "scripts" / "make_models.py"), "--into", str(made)],
        capture_output=True,
        text=True,
        timeout=300,
        env=environment,
    )
    assert completed.returncode == 0, completed.stderr
    shipped = sorted(p.name for p in (root / "resources" / "models").glob("*.model3"))
    assert sorted(p.name for p in made.glob("*.model3")) == shipped
    for name in shipped:
        assert model_content(made / name) == model_content(root / "resources" / "models" / name), (
            f"{name} differs from what scripts/make_models.py makes: run it and commit the models"
        )
