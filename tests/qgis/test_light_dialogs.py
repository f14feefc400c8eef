"""What the dialogs show by default: the inputs a run needs; settings among the advanced parameters."""

from __future__ import annotations

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
    with_network = [registry.createAlgorithmById(a.id()) for a in provider.algorithms()]
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
