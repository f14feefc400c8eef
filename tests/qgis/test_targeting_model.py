"""The example model "From profile to action" (resources/models), run from its file on the sample town."""

from __future__ import annotations

import numpy as np
import pytest
from algorithm_runs import RecordingFeedback, new_context
from qgis.core import QgsProcessingModelAlgorithm
from targeting_reference import clients_per_postcode, market_by_coverage, read_table, town_tables, zone_table

MODEL = "from_profile_to_action.model3"


@pytest.fixture
def model(provider, root):
    algorithm = QgsProcessingModelAlgorithm()
    assert algorithm.fromFile(str(root / "resources" / "models" / MODEL))
    ok, errors = algorithm.validate()
    assert ok, errors
    return algorithm


def test_the_model_names_its_inputs_and_outputs(model):
    assert model.name() == "From profile to action" and model.group() == "Place Insight"
    inputs = {p.name() for p in model.parameterDefinitions() if not p.isDestination()}
    assert {"target", "target_key", "base", "base_segment", "base_count", "base_key", "zones", "zone_name"} <= inputs
    outputs = {p.name().split(":", 1)[-1] for p in model.destinationParameterDefinitions()}
    assert {"Profile report", "Target areas", "Target list", "Targeting report", "Zones of highest potential"} <= outputs


def test_the_model_runs_from_its_file(model, sample_town, tmp_path):
    import processing

    postcodes, clients, _ = town_tables(sample_town)
    destinations = [p.name() for p in model.destinationParameterDefinitions()]
    parameters = {
        "target": f"{sample_town}|layername=service_clients",
        "target_key": "postcode",
        "base": f"{sample_town}|layername=postcodes",
        "base_segment": "segment",
        "base_count": "households",
        "base_key": "postcode",
        "zones": f"{sample_town}|layername=wards",
        "zone_name": "ward_name",
        "level": "group",
        "benchmark": 10,
    }
    for name in destinations:
        label = name.split(":", 1)[-1]
        parameters[name] = str(tmp_path / f"{label.replace(' ', '_')}.{'html' if 'report' in label else 'gpkg'}")
    processing.run(model, parameters, feedback=RecordingFeedback(), context=new_context())
    top = read_table(tmp_path / "Zones_of_highest_potential.gpkg").set_index("ward_code")
    actual = clients_per_postcode(postcodes, clients)
    expected = zone_table(postcodes, actual, market_by_coverage(postcodes, actual), postcodes.ward_code, benchmark=10.0)
    best = expected.benchmark_potential.sort_values(ascending=False).index[:3]
    assert sorted(top.index) == sorted(best)
    np.testing.assert_allclose(top.loc[best, "benchmark_potential"], expected.loc[best, "benchmark_potential"], rtol=1e-9)
    assert (tmp_path / "Profile_report.html").exists() and (tmp_path / "Targeting_report.html").exists()
    listed = read_table(tmp_path / "Target_list.gpkg")
    assert set(listed.zone) <= set(top.ward_name) and listed.suppressed.any()  # counts below 5 suppressed
