"""List parameters: fixed positions for dialogs and saved models, keys and labels for scripts.

Dialogs and saved models store the position of the chosen option; a
position keeps its meaning only if keys are appended, never inserted or
removed, which ``tests/data/choice_keys.json`` pins. Keys (``walk``,
``oac2011``), labels in the user's language and, for the level, a level's
name in any language are accepted from Python and ``qgis_process``.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from algorithm_runs import run_algorithm, run_qgis_process
from qgis.core import QgsApplication, QgsProcessingException, QgsProcessingParameterEnum, QgsVectorLayer

from place_insight.engine.segmentation.catalogue_files import builtin_catalogues, load_catalogue
from place_insight.processing_algorithms.base import CATALOGUE_POSITIONS, LEVEL_POSITIONS

PINNED = json.loads((Path(__file__).resolve().parent.parent / "data" / "choice_keys.json").read_text(encoding="utf-8"))


def algorithms(provider):
    registry = QgsApplication.processingRegistry()
    return [registry.createAlgorithmById(a.id()) for a in provider.algorithms() if not a.name().startswith("model_")]


def test_list_keys_are_only_ever_appended(provider):
    found = {}
    for algorithm in algorithms(provider):
        enums = {p.name() for p in algorithm.parameterDefinitions() if isinstance(p, QgsProcessingParameterEnum)}
        assert enums == set(algorithm._choices), f"{algorithm.id()}: declare every list with add_choice"
        if enums:
            found[algorithm.name()] = {name: list(c.keys) for name, c in algorithm._choices.items()}
    assert set(found) == set(PINNED), "a list parameter was added or removed: update tests/data/choice_keys.json"
    for name, lists in PINNED.items():
        assert set(found[name]) == set(lists), name
        for parameter, keys in lists.items():
            assert found[name][parameter][: len(keys)] == keys, f"{name} {parameter}: append new keys, never insert"
    catchments = QgsApplication.processingRegistry().createAlgorithmById("placeinsight:catchments")
    definition = catchments.parameterDefinition("PROFILE")
    assert definition.options() == ["Walk", "Cycle", "Drive"] and definition.defaultValue() == 2


def test_every_shipped_catalogue_and_level_has_a_fixed_position():
    shipped = {catalogue_id: load_catalogue(path) for catalogue_id, path in builtin_catalogues().items()}
    assert set(shipped) <= set(CATALOGUE_POSITIONS), "append the new catalogue to CATALOGUE_POSITIONS"
    levels = {level for catalogue in shipped.values() for level in catalogue.level_ids}
    assert levels <= set(LEVEL_POSITIONS), "append the new level ids to LEVEL_POSITIONS"


def segments(**parameters):
    return run_algorithm("placeinsight:exportcatalogue", {"ALL_LEVELS": False, "OUTPUT": "TEMPORARY_OUTPUT", **parameters})


@pytest.mark.parametrize(
    ("catalogue", "level", "expected"),
    [
        ("oac2011", "Supergroup", ("oac2011", "supergroup")),
        ("OAC2021", "subgroup", ("oac2021", "subgroup")),
        (2, "Sous-groupe", ("oac2021", "subgroup")),
        ("ONS Output Area Classification 2011", "finest", ("oac2011", "subgroup")),
        ("demo", "", ("demo", "group")),
        ("1", "coarsest", ("oac2011", "supergroup")),
        ("demo", 5, ("demo", "type")),
    ],
)
def test_catalogue_and_level_by_key_label_position_or_name(provider, catalogue, level, expected):
    result = segments(CATALOGUE=catalogue, LEVEL=level)
    assert result["SEGMENTS"] == len(load_catalogue(builtin_catalogues()[expected[0]]).codes(expected[1]))


def test_unknown_keys_are_refused_with_the_choices(provider):
    with pytest.raises(QgsProcessingException, match=r"Classification catalogue: 'acorn' is not one of the choices.*demo \("):
        segments(CATALOGUE="acorn")
    with pytest.raises(QgsProcessingException, match="Travel mode: 'bus' is not one of the choices.*walk \\(Walk\\)"):
        run_algorithm(
            "placeinsight:catchments", {"NETWORK": "x", "FACILITIES": "x", "PROFILE": "bus", "OUTPUT": "TEMPORARY_OUTPUT"}
        )
    with pytest.raises(QgsProcessingException, match="has no level ward; its levels are: group, type"):
        segments(CATALOGUE="demo", LEVEL="ward")


def test_a_catalogue_file_level_is_chosen_by_its_own_id(provider, tmp_path):
    data = json.loads(builtin_catalogues()["demo"].read_text(encoding="utf-8"))
    data["id"] = "mine"
    for level in data["levels"]:
        level["id"] = {"group": "tier1", "type": "tier2"}[level["id"]]
    for segment in data["segments"]:
        segment["level"] = {"group": "tier1", "type": "tier2"}[segment["level"]]
    path = tmp_path / "mine.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    assert segments(CATALOGUE_FILE=str(path), LEVEL="tier2")["SEGMENTS"] == 62
    assert segments(CATALOGUE_FILE=str(path), LEVEL="finest")["SEGMENTS"] == 62
    assert segments(CATALOGUE_FILE=str(path), LEVEL="Groupe")["SEGMENTS"] == 15


def test_level_list_in_french(provider, french):
    algorithm = QgsApplication.processingRegistry().createAlgorithmById("placeinsight:exportcatalogue")
    options = algorithm.parameterDefinition("LEVEL").options()
    assert {"Super-groupe", "Groupe", "Sous-groupe", "Type"} <= set(options)
    assert options[LEVEL_POSITIONS.index("group")] == "Groupe"
    assert segments(CATALOGUE="oac2011", LEVEL="Groupe")["SEGMENTS"] == len(
        load_catalogue(builtin_catalogues()["oac2011"]).codes("group")
    )


def test_keys_through_qgis_process(provider, qgis_profile, sample_town, tmp_path):
    result = run_qgis_process(
        "placeinsight:exportcatalogue",
        {"CATALOGUE": "oac2021", "LEVEL": "Sous-groupe", "ALL_LEVELS": "false", "OUTPUT": tmp_path / "c.gpkg"},
        qgis_profile,
    )
    assert result["results"]["SEGMENTS"] == len(load_catalogue(builtin_catalogues()["oac2021"]).codes("subgroup"))
    walk = {"NETWORK": f"{sample_town}|layername=roads", "FACILITIES": f"{sample_town}|layername=facilities", "BANDS": "5"}
    by_key = run_qgis_process(
        "placeinsight:catchments", {**walk, "PROFILE": "walk", "METHOD": "hull", "OUTPUT": tmp_path / "k.gpkg"}, qgis_profile
    )
    by_position = run_algorithm("placeinsight:catchments", {**walk, "PROFILE": 0, "METHOD": 1, "OUTPUT": "TEMPORARY_OUTPUT"})
    areas = sorted(round(f["area_km2"], 6) for f in QgsVectorLayer(str(by_key["results"]["OUTPUT"])).getFeatures())
    assert areas == sorted(round(f["area_km2"], 6) for f in by_position["OUTPUT"].getFeatures())
    assert len(areas) == 6


def test_dialogs_show_the_labels_and_store_positions(provider):
    from qgis.core import QgsProcessingContext
    from qgis.gui import QgsGui, QgsProcessingGui
    from qgis.PyQt.QtWidgets import QComboBox

    algorithm = QgsApplication.processingRegistry().createAlgorithmById("placeinsight:catchments")
    parameter = algorithm.parameterDefinition("PROFILE")
    context = QgsProcessingContext()
    for kind in (QgsProcessingGui.Standard, QgsProcessingGui.Batch):
        wrapper = QgsGui.processingGuiRegistry().createParameterWidgetWrapper(parameter, kind)
        widget = wrapper.createWrappedWidget(context)
        combo = widget if isinstance(widget, QComboBox) else widget.findChild(QComboBox)
        assert [combo.itemText(i) for i in range(combo.count())] == ["Walk", "Cycle", "Drive"]
        assert wrapper.widgetValue() == 2
        wrapper.setWidgetValue(0, context)
        assert wrapper.widgetValue() == 0
    copy = parameter.clone()
    assert copy.options() == parameter.options() and copy.checkValueIsAcceptable("walk")
    assert not copy.checkValueIsAcceptable("bus") and copy.help() == parameter.help()


def test_a_saved_model_through_qgis_process(provider, qgis_profile, sample_town, tmp_path):
    from algorithm_runs import qgis_process

    model = Path(__file__).resolve().parent.parent / "data" / "models" / "segmentation_saved_0_1.model3"
    output = tmp_path / "types.gpkg"
    completed = qgis_process(
        [
            "run",
            str(model),
            "--",
            f"clients={sample_town}|layername=service_clients",
            f"postcodes={sample_town}|layername=postcodes",
            f"types:types_OUTPUT={output}",
            f"profile:profile_OUTPUT={tmp_path / 'profile.gpkg'}",
        ],
        qgis_profile,
    )
    assert completed.returncode == 0, completed.stdout[-2000:] + completed.stderr[-2000:]
    codes = sorted(f["code"] for f in QgsVectorLayer(str(output)).getFeatures())
    assert codes == sorted(load_catalogue(builtin_catalogues()["demo"]).codes("type"))
