"""Models saved by version 0.1 still run as they did.

The two ``.model3`` files of ``tests/data/models`` were saved from the
plugin at version 0.1, when every list parameter stored the position of the
chosen option and the classification level was free text. Every one of the
14 list parameters of that version is set in them (most to a value other
than its default). Each step's output must equal a direct run of the
algorithm with the same choices.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from algorithm_runs import RecordingFeedback, new_context, run_algorithm
from qgis.core import QgsProcessingModelAlgorithm, QgsVectorLayer

MODELS = Path(__file__).resolve().parent.parent / "data" / "models"
UNSAFE = "Very unsafe;Fairly unsafe"


def uri(sample_town, layer):
    return f"{sample_town}|layername={layer}"


def load_model(name: str) -> QgsProcessingModelAlgorithm:
    model = QgsProcessingModelAlgorithm()
    assert model.fromFile(str(MODELS / f"{name}.model3")), name
    return model


def run_saved(name: str, inputs: dict) -> dict:
    import processing

    model = load_model(name)
    parameters = dict(inputs)
    for definition in model.destinationParameterDefinitions():
        parameters[definition.name()] = "TEMPORARY_OUTPUT"
    return processing.run(model, parameters, feedback=RecordingFeedback(), context=new_context())


def rows(layer) -> list:
    layer = layer if isinstance(layer, QgsVectorLayer) else QgsVectorLayer(str(layer), "out", "ogr")
    assert layer.isValid()
    return sorted((tuple(str(v) for v in f.attributes()) for f in layer.getFeatures()), key=repr)


def output(results: dict, child: str, name: str):
    return next(v for k, v in results.items() if k.endswith(f"{child}_{name}"))


@pytest.fixture(scope="module")
def segmentation_inputs(sample_town):
    return {"clients": uri(sample_town, "service_clients"), "postcodes": uri(sample_town, "postcodes")}


@pytest.fixture(scope="module")
def choices_run(sample_town, provider_module):
    inputs = {
        "roads": uri(sample_town, "roads"),
        "facilities": uri(sample_town, "facilities"),
        "postcodes": uri(sample_town, "postcodes"),
        "candidates": uri(sample_town, "candidate_sites"),
        "responses": uri(sample_town, "survey_responses"),
        "district": uri(sample_town, "district"),
        "incidents": uri(sample_town, "incidents"),
    }
    return run_saved("choices_saved_0_1", inputs)


def profile_parameters(sample_town, **choices):
    return {
        "TARGET": uri(sample_town, "service_clients"),
        "TARGET_KEY_FIELD": "postcode",
        "BASE": uri(sample_town, "postcodes"),
        "BASE_SEGMENT_FIELD": "segment",
        "BASE_COUNT_FIELD": "households",
        "BASE_KEY_FIELD": "postcode",
        "OUTPUT": "TEMPORARY_OUTPUT",
        "REPORT": "TEMPORARY_OUTPUT",
        **choices,
    }


@pytest.mark.parametrize("name", ["segmentation_saved_0_1", "choices_saved_0_1"])
def test_saved_models_are_valid(provider, name):
    assert load_model(name).validate() == (True, [])


def test_saved_segmentation_model_selects_the_demo_catalogue(provider, sample_town, segmentation_inputs):
    results = run_saved("segmentation_saved_0_1", segmentation_inputs)
    types = run_algorithm(
        "placeinsight:exportcatalogue",
        {"CATALOGUE": 0, "LEVEL": "type", "ALL_LEVELS": False, "OUTPUT": "TEMPORARY_OUTPUT"},
    )
    assert rows(output(results, "types", "OUTPUT")) == rows(types["OUTPUT"])
    assert {r[0] for r in rows(types["OUTPUT"])} == {"type"} and len(rows(types["OUTPUT"])) == 62
    profile = run_algorithm(
        "placeinsight:segmentprofile", profile_parameters(sample_town, PLACEMENT=1, CATALOGUE=0, LEVEL="group")
    )
    assert rows(output(results, "profile", "OUTPUT")) == rows(profile["OUTPUT"])


def test_saved_model_catchments_walk_with_concave_hulls_and_mph(provider, sample_town, choices_run):
    direct = run_algorithm(
        "placeinsight:catchments",
        {
            "NETWORK": uri(sample_town, "roads"),
            "SPEED_FIELD": "speed_mph",
            "SPEED_UNIT": 1,
            "COUNTRY": 0,
            "PROFILE": 0,
            "FACILITIES": uri(sample_town, "facilities"),
            "ID_FIELD": "facility_id",
            "BANDS": "5,10",
            "METHOD": 1,
            "BASE": uri(sample_town, "postcodes"),
            "COUNT_FIELDS": ["households"],
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
    )
    assert rows(output(choices_run, "catch", "OUTPUT")) == rows(direct["OUTPUT"])


def test_saved_model_optimises_coverage_in_metres_with_the_heuristic(provider, sample_town, choices_run):
    direct = run_algorithm(
        "placeinsight:optimiselocations",
        {
            "DEMAND": uri(sample_town, "postcodes"),
            "WEIGHT_FIELD": "households",
            "DEMAND_ID_FIELD": "postcode",
            "CANDIDATES": uri(sample_town, "candidate_sites"),
            "SITE_ID_FIELD": "site_id",
            "REQUIRED_FIELD": "required",
            "COST": 1,
            "OBJECTIVE": 1,
            "P": 4,
            "CUTOFF": 1500.0,
            "SOLVER": 2,
            "TIME_LIMIT": 30.0,
            "SITES": "TEMPORARY_OUTPUT",
            "ALLOCATION": "TEMPORARY_OUTPUT",
        },
    )
    assert rows(output(choices_run, "optimise", "SITES")) == rows(direct["SITES"])


def test_saved_model_finds_and_verifies_gi_clusters(provider, sample_town, choices_run):
    survey = {
        "KEY_FIELD": "postcode",
        "POSTCODES": uri(sample_town, "postcodes"),
        "POSTCODE_FIELD": "postcode",
        "ANSWER_FIELD": "feel_safe",
        "ANSWERS": UNSAFE,
    }
    clusters = run_algorithm(
        "placeinsight:surveyclusters",
        {
            "INPUT": uri(sample_town, "survey_responses"),
            **survey,
            "METHOD": 3,
            "KERNEL": 1,
            "NEIGHBOURS": 1,
            "GI_VALUE": 1,
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
    )
    assert rows(output(choices_run, "clusters", "OUTPUT")) == rows(clusters["OUTPUT"])
    verified = run_algorithm(
        "placeinsight:verifyclusters",
        {
            "CLUSTERS": clusters["OUTPUT"],
            "RESPONSES": uri(sample_town, "survey_responses"),
            **survey,
            "HOUSEHOLDS": "households",
            "DISTRICT": uri(sample_town, "district"),
            "INCIDENTS": uri(sample_town, "incidents"),
            "INCIDENT_BASIS": 1,
            "OUTPUT": "TEMPORARY_OUTPUT",
        },
    )
    assert rows(output(choices_run, "verify", "OUTPUT")) == rows(verified["OUTPUT"])


def test_saved_models_keep_their_catalogue_when_one_is_added(provider, sample_town, segmentation_inputs, tmp_path, monkeypatch):
    """A catalogue whose id sorts first (as a new licensed catalogue might) is added to the plugin's folder."""
    import json
    import shutil

    from place_insight.engine.segmentation import catalogue_files

    folder = tmp_path / "catalogues"
    shutil.copytree(catalogue_files.builtin_catalogue_dir(), folder)
    added = json.loads((folder / "oac2011.json").read_text(encoding="utf-8"))
    added["id"] = "aaa"
    (folder / "aaa.json").write_text(json.dumps(added), encoding="utf-8")
    monkeypatch.setattr(catalogue_files, "builtin_catalogue_dir", lambda: folder)
    assert list(catalogue_files.builtin_catalogues())[0] == "aaa"
    results = run_saved("segmentation_saved_0_1", segmentation_inputs)
    types = rows(output(results, "types", "OUTPUT"))
    assert len(types) == 62 and {r[0] for r in types} == {"type"} and types[0][1] == "A01"
    profile = run_algorithm(
        "placeinsight:segmentprofile", profile_parameters(sample_town, PLACEMENT="key", CATALOGUE="demo", LEVEL="group")
    )
    assert rows(output(results, "profile", "OUTPUT")) == rows(profile["OUTPUT"])
