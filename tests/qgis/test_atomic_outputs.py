"""Cancelling or failing never costs a user an earlier result, and never leaves a partial file.

Every algorithm is run once with every output written into one folder (the
"earlier results"), then run again into the same folder and cancelled at
several points: while reading and computing, as soon as the first output is
being written, and once everything is written but not yet moved into place.
The folder must then hold exactly the earlier files, byte for byte. A later
output that cannot be written, and a database table that cannot be made at
the end, must likewise leave the earlier results alone.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from algorithm_catalogue import ALGORITHMS, OUTPUTS, parameters
from algorithm_runs import RecordingFeedback, run_algorithm
from qgis.core import QgsProcessingException, QgsProcessingOutputLayerDefinition, QgsProject, QgsVectorLayer


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` (hidden ones included) and its bytes."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def staging(folder: Path) -> bool:
    return any(p.name.endswith(".partial") for p in folder.iterdir())


class Checks(RecordingFeedback):
    """Counts the algorithm's cancellation checks, and those made while an output is being written."""

    def __init__(self, folder: Path) -> None:
        super().__init__()
        self.folder = folder
        self.count = 0
        self.writing: list[int] = []

    def isCanceled(self):  # noqa: N802 - QGIS API
        self.count += 1
        if staging(self.folder):
            self.writing.append(self.count)
        return False


class CancelAt(RecordingFeedback):
    """Cancels at the ``n``-th check, or at the ``n``-th check made while an output is being written."""

    def __init__(self, n: int, folder: Path | None = None) -> None:
        super().__init__()
        self.n = n
        self.folder = folder

    def isCanceled(self):  # noqa: N802 - QGIS API
        if self.folder is None or staging(self.folder):
            self.n -= 1
        return self.n < 0


def algorithm_id(name: str) -> str:
    return f"placeinsight:{name}"


def test_the_catalogue_covers_every_algorithm_and_every_output(provider):
    from place_insight.processing_algorithms.base import PlaceInsightAlgorithm

    algorithms = [a for a in provider.algorithms() if isinstance(a, PlaceInsightAlgorithm)]
    assert len(algorithms) >= len(provider.ALGORITHMS)
    declared = {a.name(): sorted(d.name() for d in a.destinationParameterDefinitions()) for a in algorithms}
    assert declared == {name: sorted(outputs) for name, outputs in OUTPUTS.items()}, (
        "tests/algorithm_catalogue.py must run every algorithm with every output, so that the tests of "
        "cancelling, unwritable outputs and broken inputs reach them"
    )


@pytest.mark.parametrize("name", ALGORITHMS)
def test_cancelling_at_any_point_keeps_the_earlier_results(provider, sample_town, tmp_path, name):
    if "NETWORK" in parameters(name, sample_town, tmp_path):  # the network in the session cache: every later run checks alike
        run_algorithm(algorithm_id(name), parameters(name, sample_town, tmp_path / "warm", **_memory(name)))
    folder = tmp_path / "out"
    folder.mkdir()
    checks = Checks(folder)
    run_algorithm(algorithm_id(name), parameters(name, sample_town, folder), feedback=checks)
    earlier = snapshot(folder)
    assert set(earlier) == {file for file in OUTPUTS[name].values()}, "every output is written"
    assert checks.writing, "outputs are written in steps that check for cancellation"
    first = checks.writing[0]
    for feedback in (
        CancelAt(2),  # reading the inputs
        CancelAt(first // 2),  # computing
        CancelAt(0, folder),  # the first output is being written
        CancelAt(len(checks.writing) - 1, folder),  # every output written, not yet moved into place
    ):
        with pytest.raises(QgsProcessingException, match="Cancelled by the user: no output was written"):
            run_algorithm(algorithm_id(name), parameters(name, sample_town, folder), feedback=feedback)
        assert snapshot(folder) == earlier


def _memory(name: str) -> dict:
    return {key: "TEMPORARY_OUTPUT" for key, file in OUTPUTS[name].items() if file.endswith(".gpkg")}


MANY_OUTPUTS = [name for name in ALGORITHMS if len(OUTPUTS[name]) > 1]


@pytest.mark.parametrize("name", MANY_OUTPUTS)
def test_an_unwritable_later_output_stops_the_run_before_any_output(provider, sample_town, tmp_path, name):
    folder = tmp_path / "out"
    folder.mkdir()
    run_algorithm(algorithm_id(name), parameters(name, sample_town, folder))
    earlier = snapshot(folder)
    (tmp_path / "blocker").write_text("a file where a folder should be")
    last = list(OUTPUTS[name])[-1]
    unwritable = {last: str(tmp_path / "blocker" / OUTPUTS[name][last])}
    with pytest.raises(QgsProcessingException, match=r"cannot be written at .*blocker.* is a file, not a folder"):
        run_algorithm(algorithm_id(name), parameters(name, sample_town, folder, **unwritable))
    assert snapshot(folder) == earlier


def gpkg_table(path: Path, table: str) -> str:
    return f"ogr:dbname='{path}' table=\"{table}\" (geom)"


def tables(path: Path) -> list[str]:
    with sqlite3.connect(path) as connection:
        return sorted(row[0] for row in connection.execute("select table_name from gpkg_contents"))


def test_a_table_that_cannot_be_made_at_the_end_leaves_the_files_alone(provider, sample_town, tmp_path):
    folder = tmp_path / "out"
    folder.mkdir()
    run_algorithm(algorithm_id("nearestfacility"), parameters("nearestfacility", sample_town, folder))
    earlier = snapshot(folder)
    (tmp_path / "blocker").write_text("not a folder")
    bad_table = {"SUMMARY": gpkg_table(tmp_path / "blocker" / "db.gpkg", "summary")}
    with pytest.raises(QgsProcessingException, match="could not all be written"):
        run_algorithm(algorithm_id("nearestfacility"), parameters("nearestfacility", sample_town, folder, **bad_table))
    assert snapshot(folder) == earlier


@pytest.mark.parametrize("name", ALGORITHMS)
def test_tables_are_added_to_a_geopackage_only_when_the_run_succeeds(provider, sample_town, tmp_path, name):
    if "NETWORK" in parameters(name, sample_town, tmp_path):  # the network in the session cache, as in the runs below
        run_algorithm(algorithm_id(name), parameters(name, sample_town, tmp_path / "warm", **_memory(name)))
    database = tmp_path / "work.gpkg"
    run_algorithm(algorithm_id("exportcatalogue"), parameters("exportcatalogue", sample_town, tmp_path, OUTPUT=str(database)))
    before = database.read_bytes()
    folder = tmp_path / "out"
    folder.mkdir()
    in_tables = {key: gpkg_table(database, key.lower()) for key, file in OUTPUTS[name].items() if file.endswith(".gpkg")}
    checks = Checks(folder)
    run_algorithm(algorithm_id(name), parameters(name, sample_town, folder, **in_tables), feedback=checks)
    assert tables(database) == sorted(["work", *(key.lower() for key in in_tables)])
    earlier = snapshot(folder)
    database.write_bytes(before)
    cancels = [CancelAt(checks.count - 1)] + ([CancelAt(0, folder)] if checks.writing else [])
    for feedback in cancels:  # once everything is computed; while the files are being written
        with pytest.raises(QgsProcessingException, match="Cancelled by the user: no output was written"):
            run_algorithm(algorithm_id(name), parameters(name, sample_town, folder, **in_tables), feedback=feedback)
        assert database.read_bytes() == before
        assert snapshot(folder) == earlier


def test_a_geopackage_table_is_added_only_when_the_run_succeeds(provider, sample_town, tmp_path):
    database = tmp_path / "work.gpkg"
    run_algorithm(algorithm_id("exportcatalogue"), parameters("exportcatalogue", sample_town, tmp_path, OUTPUT=str(database)))
    before = database.read_bytes()
    table = {"OUTPUT": gpkg_table(database, "wards_mix")}
    checks = Checks(tmp_path)
    run_algorithm(algorithm_id("areacomposition"), parameters("areacomposition", sample_town, tmp_path, **table), feedback=checks)
    assert tables(database) == ["work", "wards_mix"] or tables(database) == ["wards_mix", "work"]
    database.write_bytes(before)
    with pytest.raises(QgsProcessingException, match="Cancelled"):
        run_algorithm(
            algorithm_id("areacomposition"),
            parameters("areacomposition", sample_town, tmp_path, **table),
            feedback=CancelAt(checks.count - 1),
        )
    assert database.read_bytes() == before


def test_outputs_to_load_are_loaded_from_their_final_place_and_styled(provider, sample_town, tmp_path):
    import processing

    project = QgsProject.instance()
    project.clear()
    try:
        output = QgsProcessingOutputLayerDefinition(str(tmp_path / "wards.gpkg"), project)
        table = QgsProcessingOutputLayerDefinition(gpkg_table(tmp_path / "other.gpkg", "mix"), project)
        for destination in (output, table):
            results = processing.runAndLoadResults(
                algorithm_id("areacomposition"), parameters("areacomposition", sample_town, tmp_path, OUTPUT=destination)
            )
            layer = project.mapLayer(results["OUTPUT"]) or next(iter(project.mapLayersByName("Area composition")), None)
            assert layer is not None and layer.isValid() and layer.featureCount() == 15
            assert layer.renderer().type() == "categorizedSymbol"  # the segment style reached the final layer
            project.removeAllMapLayers()
        assert not [p for p in tmp_path.iterdir() if p.name.endswith(".partial")]
        assert QgsVectorLayer(str(tmp_path / "wards.gpkg"), "w", "ogr").featureCount() == 15
    finally:
        project.clear()
