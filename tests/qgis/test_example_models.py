"""The example models: listed under Place Insight, in English and French, run through qgis_process on the sample town.

Each model's results are compared with the same steps run one by one.
"""

from __future__ import annotations

import pytest
from algorithm_runs import run_algorithm, run_qgis_process
from qgis.core import QgsApplication, QgsVectorLayer

from place_insight.processing_algorithms.example_models import EXAMPLE_MODELS

UNSAFE = "Very unsafe;Fairly unsafe"
MODELS = ("model_who_lives_within", "model_fear_of_crime", "model_service_points")


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
