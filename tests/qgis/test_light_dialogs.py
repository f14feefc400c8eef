"""What the dialogs show by default: the inputs a run needs; settings among the advanced parameters."""

from __future__ import annotations

import pytest
from qgis.core import QgsApplication, QgsProcessingParameterDefinition

ADVANCED = QgsProcessingParameterDefinition.Flag.FlagAdvanced
NETWORK_SETTINGS = {
    "CLASS_FIELD",
    "SPEED_FIELD",
    "SPEED_UNIT",
    "DIRECTION_FIELD",
    "FORWARD_VALUES",
    "BACKWARD_VALUES",
    "BOTH_VALUES",
    "WALK_SPEED",
    "CYCLE_SPEED",
    "COUNTRY",
    "CLASS_SPEEDS",
    "DEFAULT_SPEED",
    "CYCLE_ONEWAY",
    "JOIN_TOLERANCE",
    "CONNECT_CROSSINGS",
    "SNAP_TOLERANCE",
}


def shown(algorithm) -> set[str]:
    return {p.name() for p in algorithm.parameterDefinitions() if not p.isDestination() and not p.flags() & ADVANCED}


def test_network_settings_are_advanced_on_every_network_algorithm(provider):
    registry = QgsApplication.processingRegistry()
    with_network = [registry.createAlgorithmById(a.id()) for a in provider.algorithms() if not a.name().startswith("model_")]
    with_network = [a for a in with_network if a.parameterDefinition("NETWORK") is not None]
    assert len(with_network) == 5
    for algorithm in with_network:
        assert not shown(algorithm) & NETWORK_SETTINGS, algorithm.id()
        assert {"NETWORK", "NETWORK_FILE"} <= shown(algorithm)


def test_survey_cluster_settings_are_advanced_and_named_after_their_method(provider):
    algorithm = QgsApplication.processingRegistry().createAlgorithmById("placeinsight:surveyclusters")
    assert shown(algorithm) == {
        "INPUT",
        "KEY_FIELD",
        "POSTCODES",
        "POSTCODE_FIELD",
        "ANSWER_FIELD",
        "ANSWERS",
        "METHOD",
        "MIN_POINTS",
    }
    prefixes = (
        "Kernel density: ",
        "Kernel density and Gi* on grid cells: ",
        "Density above a percentile: ",
        "High share of chosen answers: ",
        "Gi*: ",
        "Nearest-neighbour: ",
    )
    advanced = [p for p in algorithm.parameterDefinitions() if p.flags() & ADVANCED]
    assert len(advanced) == 15
    for parameter in advanced:
        assert parameter.description().startswith(prefixes), parameter.description()


def test_bands_with_a_decimal_comma(provider, sample_town, tmp_path, french):
    from algorithm_runs import RecordingFeedback, run_algorithm
    from qgis.core import QgsProcessingException

    common = {
        "NETWORK": f"{sample_town}|layername=roads",
        "FACILITIES": f"{sample_town}|layername=facilities",
        "DISSOLVE": True,
        "OUTPUT": "TEMPORARY_OUTPUT",
    }
    result = run_algorithm("placeinsight:catchments", {**common, "BANDS": "5;7,5"})
    assert sorted(f["band"] for f in result["OUTPUT"].getFeatures()) == [5.0, 7.5]
    with pytest.raises(QgsProcessingException, match=r"écrivez 7\.5"):
        run_algorithm("placeinsight:catchments", {**common, "BANDS": "7,5"})
    feedback = RecordingFeedback()
    run_algorithm("placeinsight:catchments", {**common, "BANDS": "2,5"}, feedback=feedback)
    assert any("2 et 5 minutes" in w for w in feedback.warnings), feedback.warnings


def test_answers_separated_by_commas(provider, sample_town):
    from algorithm_runs import run_algorithm

    survey = {
        "INPUT": f"{sample_town}|layername=survey_responses",
        "KEY_FIELD": "postcode",
        "POSTCODES": f"{sample_town}|layername=postcodes",
        "POSTCODE_FIELD": "postcode",
        "ANSWER_FIELD": "feel_safe",
        "OUTPUT": "TEMPORARY_OUTPUT",
    }
    by_semicolon = run_algorithm("placeinsight:surveyclusters", {**survey, "ANSWERS": "Very unsafe;Fairly unsafe"})
    by_comma = run_algorithm("placeinsight:surveyclusters", {**survey, "ANSWERS": "very unsafe, Fairly unsafe"})
    rows = [sorted(f["chosen"] for f in r["OUTPUT"].getFeatures()) for r in (by_semicolon, by_comma)]
    assert rows[0] == rows[1] and sum(rows[0]) > 0
