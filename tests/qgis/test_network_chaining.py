"""Build network's edges chain into the accessibility and location algorithms without losing anything.

Linked in a model, the edges layer is read as built (junctions, speeds and
directions); every count and time must equal a direct run on the roads with
their own speeds. Before, the edges were rebuilt as plain lines: every edge
two-way at the default speed, and a dissolved 5-minute drive catchment of the
sample town counted 33,846 households instead of 35,248.
"""

from __future__ import annotations

import pytest
from algorithm_runs import FromChild, RecordingFeedback, Step, model_output, run_algorithm, run_model, run_qgis_process
from qgis.core import QgsProcessingException, QgsVectorLayer

ROADS = {"SPEED_FIELD": "speed_mph", "SPEED_UNIT": "mph"}


def uri(sample_town, layer):
    return f"{sample_town}|layername={layer}"


def layer(value):
    return value if isinstance(value, QgsVectorLayer) else QgsVectorLayer(str(value), "out", "ogr")


def households(value) -> dict:
    return {(f["facility_id"], f["band"]): f["households"] for f in layer(value).getFeatures()}


def catchments(sample_town, network: dict, feedback=None, **extra) -> dict:
    parameters = {
        **network,
        "FACILITIES": uri(sample_town, "facilities"),
        "ID_FIELD": "facility_id",
        "BANDS": "5,10",
        "BASE": uri(sample_town, "postcodes"),
        "COUNT_FIELDS": ["households"],
        "OUTPUT": "TEMPORARY_OUTPUT",
        **extra,
    }
    return households(run_algorithm("placeinsight:catchments", parameters, feedback=feedback)["OUTPUT"])


@pytest.fixture(scope="module")
def direct(sample_town, provider_module):
    """The counts and times of direct runs on the roads with their own speeds."""
    roads = {"NETWORK": uri(sample_town, "roads"), **ROADS}
    near = run_algorithm(
        "placeinsight:nearestfacility",
        {
            **roads,
            "DEMAND": uri(sample_town, "postcodes"),
            "WEIGHT": "households",
            "FACILITIES": uri(sample_town, "facilities"),
            "OUTPUT": "TEMPORARY_OUTPUT",
            "CENTRES": "TEMPORARY_OUTPUT",
            "SUMMARY": "TEMPORARY_OUTPUT",
        },
    )
    return {"catchments": catchments(sample_town, roads), "share_within": near["SHARE_WITHIN"]}


@pytest.fixture(scope="module")
def edges(sample_town, provider_module, tmp_path_factory):
    path = tmp_path_factory.mktemp("edges") / "edges.gpkg"
    run_algorithm("placeinsight:buildnetwork", {"NETWORK": uri(sample_town, "roads"), **ROADS, "OUTPUT": str(path)})
    return path


def test_build_network_edges_chain_into_catchments_and_nearest_facility_in_a_model(provider, sample_town, direct):
    demand = {"DEMAND": uri(sample_town, "postcodes"), "FACILITIES": uri(sample_town, "facilities")}
    steps = [
        Step("build", "placeinsight:buildnetwork", {"NETWORK": uri(sample_town, "roads"), **ROADS}),
        Step(
            "catch",
            "placeinsight:catchments",
            {
                "NETWORK": FromChild("build", "OUTPUT"),
                "FACILITIES": uri(sample_town, "facilities"),
                "ID_FIELD": "facility_id",
                "BANDS": "5,10",
                "BASE": uri(sample_town, "postcodes"),
                "COUNT_FIELDS": ["households"],
            },
            outputs=["OUTPUT"],
        ),
        Step(
            "near",
            "placeinsight:nearestfacility",
            {"NETWORK": FromChild("build", "OUTPUT"), "WEIGHT": "households", **demand},
            outputs=["OUTPUT", "SHARE_WITHIN"],
        ),
    ]
    feedback = RecordingFeedback()
    results = run_model(steps, feedback=feedback)
    counts = households(model_output(results, "catch", "OUTPUT"))
    assert counts == direct["catchments"] and len(counts) == 12
    assert model_output(results, "near", "SHARE_WITHIN") == pytest.approx(direct["share_within"], abs=1e-12)
    assert "holds the edges of Build network: the network is read as built" in feedback.text


def test_edges_give_the_same_travel_times_and_network_costs(provider, sample_town, edges):
    roads = {"NETWORK": uri(sample_town, "roads"), **ROADS}
    points = {"ORIGINS": uri(sample_town, "facilities"), "DESTINATIONS": uri(sample_town, "candidate_sites")}
    times = [
        sorted(
            (f["origin_id"], f["destination_id"], round(f["minutes"], 9))
            for f in layer(
                run_algorithm("placeinsight:traveltimematrix", {**network, **points, "OUTPUT": "TEMPORARY_OUTPUT"})["OUTPUT"]
            ).getFeatures()
        )
        for network in (roads, {"NETWORK": str(edges)})
    ]
    assert times[0] == times[1] and len(times[0]) > 100
    parameters = {
        "DEMAND": uri(sample_town, "facilities"),
        "CANDIDATES": uri(sample_town, "candidate_sites"),
        "SITE_ID_FIELD": "site_id",
        "COST": "network_minutes",
        "P": 2,
        "SITES": "TEMPORARY_OUTPUT",
        "ALLOCATION": "TEMPORARY_OUTPUT",
    }
    by_roads = run_algorithm("placeinsight:optimiselocations", {**parameters, **roads})
    by_edges = run_algorithm("placeinsight:optimiselocations", {**parameters, "NETWORK": str(edges)})
    assert by_edges["OBJECTIVE_VALUE"] == pytest.approx(by_roads["OBJECTIVE_VALUE"], rel=1e-9)
    assert sorted(f["site_id"] for f in layer(by_edges["SITES"]).getFeatures()) == sorted(
        f["site_id"] for f in layer(by_roads["SITES"]).getFeatures()
    )


def test_a_line_layer_with_only_the_descriptive_edge_fields_is_read_with_them(provider, sample_town, edges, direct):
    kept = run_algorithm(
        "native:retainfields",
        {"INPUT": str(edges), "FIELDS": ["road_class", "drive_kmh", "drive_direction"], "OUTPUT": "TEMPORARY_OUTPUT"},
    )["OUTPUT"]
    assert set(kept.fields().names()) <= {"fid", "road_class", "drive_kmh", "drive_direction"}
    feedback = RecordingFeedback()
    assert catchments(sample_town, {"NETWORK": kept}, feedback) == direct["catchments"]
    assert "read as built" not in feedback.text


def test_settings_given_with_a_built_network_are_named_as_unused(provider, sample_town, edges, direct):
    feedback = RecordingFeedback()
    counts = catchments(sample_town, {"NETWORK": str(edges), "WALK_SPEED": 6.0, "COUNTRY": "fr"}, feedback)
    assert counts == direct["catchments"]
    (warning,) = [w for w in feedback.warnings if "settings are not used" in w]
    assert "Walking speed (km/h)" in warning and "Road-class speeds of" in warning


@pytest.mark.parametrize("algorithm", ["placeinsight:catchments", "placeinsight:traveltimematrix", "placeinsight:buildnetwork"])
def test_a_road_network_is_asked_for_before_anything_runs(provider, algorithm):
    with pytest.raises(QgsProcessingException, match="Choose a road network: a line layer or Build network's edges"):
        run_algorithm(algorithm, {"FACILITIES": "x", "ORIGINS": "x", "DESTINATIONS": "x", "OUTPUT": "TEMPORARY_OUTPUT"})


def test_edges_through_qgis_process(provider, qgis_profile, sample_town, edges, direct, tmp_path):
    output = tmp_path / "c.gpkg"
    run_qgis_process(
        "placeinsight:catchments",
        {
            "NETWORK": edges,
            "FACILITIES": uri(sample_town, "facilities"),
            "ID_FIELD": "facility_id",
            "BANDS": "5,10",
            "BASE": uri(sample_town, "postcodes"),
            "COUNT_FIELDS": "households",
            "OUTPUT": output,
        },
        qgis_profile,
    )
    assert households(output) == direct["catchments"]
