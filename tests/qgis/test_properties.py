"""Property tests: every algorithm of the provider, on generated bad inputs, refuses cleanly or succeeds, and
never changes an input or loses an earlier result.

Each case (tests/property_cases.py) starts from an ordinary run on the sample
town, keeps a random subset of one input layer's features and damages them
in one generated way (NULL attributes, NULL or empty geometries, duplicates,
bow-tie polygons, no CRS or a CRS its numbers contradict, extreme numbers,
text in a numeric field, an empty layer). The outputs are written where an
earlier, ordinary run left its results. For every run:

* it succeeds (warnings allowed) or raises ``QgsProcessingException`` with a
  message that is not empty, holds no traceback and is not the base's last
  net for unexpected errors ("stopped on an unexpected error": a crash the
  user is asked to report); any other exception fails the test;
* every file of the input folder is byte-identical afterwards, and no file
  is added to it;
* on failure the output folder holds exactly the earlier results, byte for
  byte (no ``.partial`` or new file); on success every file output was
  written anew, opens, and nothing else is left beside it.

How many cases: ``PLACE_INSIGHT_EXAMPLES`` per algorithm (8 unless set, as
CI runs them). With ``CI=true`` the cases are derandomised (the same cases on
every run) and no example database is used; elsewhere each run draws new
cases and hypothesis keeps the failing ones in ``.hypothesis/`` at the
repository root (not committed) to try them first next time. For a longer
search locally::

    PLACE_INSIGHT_EXAMPLES=200 python -m pytest tests/qgis/test_properties.py -p no:randomly \
        --timeout=0 --hypothesis-show-statistics

(``--timeout=0``: the suite's limit of 15 minutes a test would stop a long
search.) The cases that found faults are pinned by ordinary tests in
test_property_findings.py.
"""

from __future__ import annotations

import hashlib
import itertools
import os
import shutil
from pathlib import Path

import pytest
from algorithm_runs import RecordingFeedback, run_algorithm
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from hypothesis.database import DirectoryBasedExampleDatabase
from property_cases import VARIANTS, Case, Variant, cases, make_input_folder, write_case
from qgis.core import QgsProcessingException, QgsProcessingModelAlgorithm, QgsRasterLayer, QgsVectorLayer

from place_insight.engine.network.storage import load_network
from place_insight.plugin.bridge.crs import has_crs

ROOT = Path(__file__).resolve().parent.parent.parent
IN_CI = os.environ.get("CI", "").lower() == "true"
EXAMPLES = int(os.environ.get("PLACE_INSIGHT_EXAMPLES", "8"))
PROFILE = settings(
    max_examples=EXAMPLES,
    deadline=None,
    derandomize=IN_CI,
    database=None if IN_CI else DirectoryBasedExampleDatabase(str(ROOT / ".hypothesis" / "examples")),
    suppress_health_check=[HealthCheck.too_slow],
    print_blob=True,
)
#: The base's last net for unexpected Python errors: a crash, even though it reaches the user as a message.
UNEXPECTED = "stopped on an unexpected error"


def hashes(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` (hidden ones included) and the SHA-256 of its bytes."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.rglob("*")) if p.is_file()
    }


def stamps(folder: Path) -> dict[str, tuple[int, int]]:
    return {p.name: (p.stat().st_ino, p.stat().st_mtime_ns) for p in folder.iterdir()}


class Workspace:
    """Input folders (one per algorithm) and earlier results (one per set of outputs), made once."""

    def __init__(self, base: Path, sample_town: Path) -> None:
        self.base = base
        self.sample_town = sample_town
        self.numbers = itertools.count()
        self._inputs: dict[str, Path] = {}
        self._earlier: dict[tuple, Path] = {}

    def inputs(self, name: str) -> Path:
        if name not in self._inputs:
            self._inputs[name] = make_input_folder(self.base / f"inputs_{name}", self.sample_town)
        return self._inputs[name]

    def earlier(self, name: str, variant: Variant) -> Path:
        """The results of an ordinary run writing the same outputs as ``variant``."""
        key = (name, tuple(sorted(variant.outputs.items())))
        if key not in self._earlier:
            ordinary = next(v for v in VARIANTS[name] if v.outputs == variant.outputs)
            folder = self.base / f"earlier_{name}_{len(self._earlier)}"
            folder.mkdir()
            run_algorithm(f"placeinsight:{name}", ordinary.parameters(self.inputs(name), folder))
            assert sorted(p.name for p in folder.iterdir()) == sorted(variant.outputs.values())
            self._earlier[key] = folder
        return self._earlier[key]


@pytest.fixture(scope="module")
def workspace(tmp_path_factory, sample_town, provider_module) -> Workspace:
    return Workspace(tmp_path_factory.mktemp("properties"), sample_town)


def opens(path: Path) -> bool:
    if path.suffix == ".gpkg":
        return QgsVectorLayer(str(path), "output", "ogr").isValid()
    if path.suffix == ".tif":
        return QgsRasterLayer(str(path), "output").isValid()
    if path.suffix == ".html":
        return "</html>" in path.read_text(encoding="utf-8")
    if path.suffix == ".npz":
        return len(load_network(path).edge_u) > 0
    raise AssertionError(f"no check for {path.suffix} outputs")


def run_case(workspace: Workspace, name: str, case: Case) -> str:
    """Run ``case`` and check the properties; returns what happened (for the statistics)."""
    number = next(workspace.numbers)
    inputs = workspace.inputs(name)
    uri, written = write_case(case, inputs, f"case{number}")
    inputs_before = hashes(inputs)
    out = workspace.base / f"out{number}"
    shutil.copytree(workspace.earlier(name, case.variant), out)
    earlier, earlier_stamps = hashes(out), stamps(out)
    feedback = RecordingFeedback()
    try:
        result = run_algorithm(
            f"placeinsight:{name}", case.variant.parameters(inputs, out, {case.parameter: uri}), feedback=feedback
        )
    except QgsProcessingException as error:
        message = str(error)
        assert hashes(inputs) == inputs_before, "an input file changed"
        assert message.strip(), "the refusal has no message"
        assert "Traceback" not in message and UNEXPECTED not in message, message
        assert hashes(out) == earlier, "a failed run changed the earlier results"
        outcome = "refused"
    else:
        assert hashes(inputs) == inputs_before, "an input file changed"
        assert sorted(p.name for p in out.iterdir()) == sorted(case.variant.outputs.values()), "files beside the outputs"
        now = stamps(out)
        for key, file in case.variant.outputs.items():
            assert key in result, f"{key} is missing from the results"
            assert now[file] != earlier_stamps[file], f"{file} was not written by the successful run"
            assert opens(out / file), f"{file} does not open"
        outcome = "succeeded"
    assert not any("Traceback" in text for text in feedback.warnings + feedback.errors), feedback.text
    written.unlink()
    shutil.rmtree(out)
    return outcome


@pytest.mark.parametrize("name", sorted(VARIANTS))
@PROFILE
@given(data=st.data())
def test_generated_bad_inputs_are_refused_or_handled_and_nothing_is_lost(workspace, name, data):
    case = data.draw(cases(name, workspace.inputs(name)), label="case")
    outcome = run_case(workspace, name, case)
    event(f"{case.kind}: {outcome}")


def test_every_algorithm_and_output_of_the_provider_is_generated(provider):
    algorithms = [a for a in provider.algorithms() if not isinstance(a, QgsProcessingModelAlgorithm)]
    assert sorted(a.name() for a in algorithms) == sorted(VARIANTS)
    for algorithm in algorithms:
        destinations = {d.name() for d in algorithm.destinationParameterDefinitions()}
        covered = {key for variant in VARIANTS[algorithm.name()] for key in variant.outputs}
        assert covered == destinations, algorithm.name()


def made(workspace: Workspace, name: str, parameter: str, kind: str, **details) -> QgsVectorLayer:
    """The layer a hand-made case writes (the generator's damage, checked without running anything)."""
    variant = VARIANTS[name][0]
    folder = workspace.inputs(name)
    case = Case(variant, variant.label, parameter, variant.inputs[parameter], details.pop("keep", 1.0), kind, **details)
    uri, _ = write_case(case, folder, f"made{next(workspace.numbers)}")
    layer = QgsVectorLayer(uri, "made", "ogr")
    assert layer.isValid()
    return layer


def test_the_generated_layers_hold_the_damage_they_name(workspace):
    roads = made(workspace, "buildnetwork", "NETWORK", "subset only", rows="one", keep=0.2)
    assert roads.featureCount() == round(2859 * 0.2)
    for none in ("no CRS, srs_id 0", "no CRS, srs_id -1"):
        assert not has_crs(made(workspace, "catchments", "FACILITIES", "crs", rows="all", value=none).crs())
    as_degrees = made(workspace, "catchments", "FACILITIES", "crs", rows="all", value="metres declared as degrees")
    assert as_degrees.crs().authid() == "EPSG:4326" and as_degrees.extent().xMinimum() > 180
    as_metres = made(workspace, "catchments", "FACILITIES", "crs", rows="all", value="degrees declared as metres")
    assert as_metres.crs().authid() == "EPSG:27700" and abs(as_metres.extent().xMinimum()) < 180
    shapes = [f.geometry() for f in made(workspace, "catchments", "FACILITIES", "null geometries", rows="a few").getFeatures()]
    assert sum(g.isNull() for g in shapes) == 3
    shapes = [f.geometry() for f in made(workspace, "areacomposition", "ZONES", "empty geometries", rows="half").getFeatures()]
    assert sum(g.isEmpty() for g in shapes) == 7
    shapes = [f.geometry() for f in made(workspace, "areacomposition", "ZONES", "bow-tie polygons", rows="one").getFeatures()]
    assert sum(not g.isGeosValid() for g in shapes) == 1
    twins = made(workspace, "buildnetwork", "NETWORK", "duplicates", rows="a few", value="reversed")
    lines = [f.geometry().asPolyline() for f in twins.getFeatures()]
    assert len(lines) == 2859 + 3 and sum(line[::-1] in lines for line in lines) == 6
    texts = made(workspace, "nearestfacility", "DEMAND", "text in a numeric field", rows="one", field="households", value="1,5")
    values = [f["households"] for f in texts.getFeatures()]
    assert values.count("1,5") == 1 and all(isinstance(v, str) for v in values)
    huge = made(workspace, "nearestfacility", "DEMAND", "extreme numbers", rows="all", field="households", value=1e308)
    assert {f["households"] for f in huge.getFeatures()} == {1e308}
    assert made(workspace, "surveyclusters", "INPUT", "empty", rows="all").featureCount() == 0
