"""The provider, its algorithms' help, and the three ways of running an algorithm."""

from __future__ import annotations

import re

from algorithm_runs import FromChild, Step, run_algorithm, run_model, run_qgis_process
from qgis.core import QgsVectorLayer

from place_insight.engine.segmentation.catalogue_files import builtin_catalogues, load_catalogue


def test_provider_identity(provider):
    assert provider.id() == "placeinsight"
    assert provider.name() == "Place Insight"
    assert not provider.icon().isNull()
    assert provider.algorithms()


def test_every_algorithm_is_documented(provider):
    for algorithm in provider.algorithms():
        assert algorithm.id().startswith("placeinsight:")
        assert re.fullmatch(r"[a-z]+|model_[a-z_]+", algorithm.name()), algorithm.name()
        assert algorithm.displayName() and algorithm.group() and algorithm.groupId()
        assert algorithm.shortHelpString() and algorithm.shortDescription() and algorithm.tags(), algorithm.id()
        for parameter in algorithm.parameterDefinitions():
            assert parameter.help().strip(), f"{algorithm.id()}: parameter {parameter.name()} has no help"


def group_count(path: str) -> int:
    layer = QgsVectorLayer(path, "out", "ogr")
    assert layer.isValid(), path
    return sum(1 for f in layer.getFeatures() if f["level"] == "group")


def test_export_catalogue_in_the_toolbox(provider, tmp_path):
    output = str(tmp_path / "catalogue.gpkg")
    result = run_algorithm("placeinsight:exportcatalogue", {"CATALOGUE": 0, "OUTPUT": output})
    demo = load_catalogue(builtin_catalogues()["demo"])
    assert result["SEGMENTS"] == len(demo.segments)
    layer = QgsVectorLayer(result["OUTPUT"], "out", "ogr")
    rows = {f["code"]: f for f in layer.getFeatures()}
    assert set(rows) == set(demo.segments)
    a = rows["A"]
    assert a["name_en"] == demo.segment("A").name("en")
    assert a["info_internet"] == demo.segment("A").information_channels["internet"]
    assert group_count(result["OUTPUT"]) == 15


def test_export_catalogue_one_level_only(provider, tmp_path):
    result = run_algorithm(
        "placeinsight:exportcatalogue",
        {"CATALOGUE": 0, "LEVEL": "type", "ALL_LEVELS": False, "OUTPUT": str(tmp_path / "types.gpkg")},
    )
    demo = load_catalogue(builtin_catalogues()["demo"])
    assert result["SEGMENTS"] == len(demo.codes("type"))


def test_export_catalogue_unknown_level_gives_a_clear_error(provider, tmp_path):
    import pytest
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException, match="has no level ward; its levels are: group, type"):
        run_algorithm("placeinsight:exportcatalogue", {"LEVEL": "ward", "OUTPUT": str(tmp_path / "x.gpkg")})


def test_export_catalogue_as_a_model_step_feeding_a_second_step(provider, tmp_path):
    steps = [
        Step("catalogue", "placeinsight:exportcatalogue", {"CATALOGUE": 0, "ALL_LEVELS": True}),
        Step(
            "groups",
            "native:extractbyattribute",
            {"INPUT": FromChild("catalogue", "OUTPUT"), "FIELD": "level", "OPERATOR": 0, "VALUE": "group"},
            outputs=["OUTPUT"],
        ),
    ]
    output = str(tmp_path / "groups.gpkg")
    results = run_model(steps, {"groups_OUTPUT": output})
    key = next(k for k in results if k.endswith("groups_OUTPUT"))
    layer = QgsVectorLayer(results[key], "groups", "ogr")
    assert layer.featureCount() == 15


def test_export_catalogue_through_qgis_process(provider, qgis_profile, tmp_path):
    output = tmp_path / "catalogue.gpkg"
    result = run_qgis_process(
        "placeinsight:exportcatalogue", {"CATALOGUE": 0, "ALL_LEVELS": "false", "LEVEL": "group", "OUTPUT": output}, qgis_profile
    )
    assert result["results"]["SEGMENTS"] == 15
    assert output.exists()
    assert group_count(str(output)) == 15
