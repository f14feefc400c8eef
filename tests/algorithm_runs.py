"""Run any Place Insight algorithm three ways: toolbox, model, qgis_process.

Every algorithm's tests use these so that each algorithm is shown to work in
the Processing toolbox (``processing.run``), as a step of a graphical model
whose outputs feed a second step, and in batch through ``qgis_process``.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sysconfig
from dataclasses import dataclass, field
from pathlib import Path

from qgis.core import (
    QgsApplication,
    QgsProcessingContext,
    QgsProcessingFeedback,
    QgsProcessingModelAlgorithm,
    QgsProcessingModelChildAlgorithm,
    QgsProcessingModelChildParameterSource,
    QgsProcessingModelOutput,
    QgsProject,
)

QGIS_PROCESS = shutil.which("qgis_process.bin") or "/usr/bin/qgis_process.bin"
PLUGIN_NAME = "place_insight"


class RecordingFeedback(QgsProcessingFeedback):
    """Keeps what an algorithm reports, to assert on warnings and messages."""

    def __init__(self) -> None:
        super().__init__()
        self.infos: list[str] = []
        self.warnings: list[str] = []
        self.errors: list[str] = []

    def pushInfo(self, info):  # noqa: N802
        self.infos.append(info)
        super().pushInfo(info)

    def pushWarning(self, warning):  # noqa: N802
        self.warnings.append(warning)
        super().pushWarning(warning)

    def reportError(self, error, fatalError=False):  # noqa: N802, N803
        self.errors.append(error)
        super().reportError(error, fatalError)

    @property
    def text(self) -> str:
        return "\n".join(self.infos + self.warnings + self.errors)


class CancelAfter(RecordingFeedback):
    """Says "cancelled" once the algorithm has asked ``checks`` times."""

    def __init__(self, checks: int) -> None:
        super().__init__()
        self.checks = checks

    def isCanceled(self):  # noqa: N802 - QGIS API
        self.checks -= 1
        return self.checks < 0


def new_context() -> QgsProcessingContext:
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    return context


def run_algorithm(
    algorithm_id: str,
    parameters: dict,
    *,
    feedback: QgsProcessingFeedback | None = None,
    context: QgsProcessingContext | None = None,
) -> dict:
    """Run through ``processing.run``, exactly as the toolbox and Python console do."""
    import processing

    return processing.run(algorithm_id, parameters, feedback=feedback or RecordingFeedback(), context=context or new_context())


_KEEP_ALIVE = []  # the registry owns the C++ provider; Python must keep the subclass alive


def registered_provider():
    """The Place Insight provider in the Processing registry (registered once, kept alive for the process)."""
    from place_insight.processing_algorithms.provider import PlaceInsightProvider

    registry = QgsApplication.processingRegistry()
    existing = registry.providerById("placeinsight")
    if existing is None or not isinstance(existing, PlaceInsightProvider):
        if existing is not None:
            registry.removeProvider(existing)
        existing = PlaceInsightProvider()
        assert registry.addProvider(existing)
        _KEEP_ALIVE.append(existing)
    return existing


def remove_provider() -> None:
    """Take the provider out of the registry, so that a test can load the plugin as QGIS does."""
    registry = QgsApplication.processingRegistry()
    existing = registry.providerById("placeinsight")
    if existing is not None:
        registry.removeProvider(existing)


@dataclass
class FromChild:
    """A model parameter value that is the output ``output`` of step ``child``."""

    child: str
    output: str


@dataclass
class Step:
    """One step of a test model."""

    child_id: str
    algorithm_id: str
    parameters: dict
    outputs: list[str] = field(default_factory=list)  # outputs exposed as model outputs


def parameter_defaults(algorithm) -> dict:
    """The default value of every input parameter of ``algorithm`` that has one."""
    return {
        definition.name(): definition.defaultValue()
        for definition in algorithm.parameterDefinitions()
        if not definition.isDestination() and definition.defaultValue() is not None
    }


def build_model(steps: list[Step], name: str = "place_insight_test_model") -> QgsProcessingModelAlgorithm:
    """A graphical-modeller model chaining ``steps`` (values may be :class:`FromChild`)."""
    model = QgsProcessingModelAlgorithm(name, "tests")
    for step in steps:
        child = QgsProcessingModelChildAlgorithm(step.algorithm_id)
        child.setChildId(step.child_id)
        child.setDescription(step.child_id)
        algorithm = QgsApplication.processingRegistry().algorithmById(step.algorithm_id)
        assert algorithm is not None, f"no algorithm {step.algorithm_id}"
        values = {**parameter_defaults(algorithm), **step.parameters}  # as the modeller's dialog fills them in
        for key, value in values.items():
            if isinstance(value, FromChild):
                source = QgsProcessingModelChildParameterSource.fromChildOutput(value.child, value.output)
            else:
                source = QgsProcessingModelChildParameterSource.fromStaticValue(value)
            child.addParameterSources(key, [source])
        outputs = {}
        for output in step.outputs:
            model_output = QgsProcessingModelOutput(f"{step.child_id}_{output}")
            model_output.setChildOutputName(output)
            model_output.setChildId(step.child_id)
            outputs[model_output.name()] = model_output
        child.setModelOutputs(outputs)
        model.addChildAlgorithm(child)
    model.updateDestinationParameters()
    return model


def run_model(
    steps: list[Step], destinations: dict[str, str] | None = None, *, feedback: QgsProcessingFeedback | None = None
) -> dict:
    """Build and run a model; results are keyed ``"<child>:<child>_<output>"`` as QGIS names them.

    ``destinations`` maps a model output (``"<child>_<output>"``) to a file
    path; others go to temporary outputs.
    """
    model = build_model(steps)
    ok, errors = model.validate()
    assert ok, f"the test model is not valid: {errors}"
    parameters = {}
    for definition in model.destinationParameterDefinitions():
        short = definition.name().split(":", 1)[-1]
        parameters[definition.name()] = (destinations or {}).get(short, "TEMPORARY_OUTPUT")
    import processing

    return processing.run(model, parameters, feedback=feedback or RecordingFeedback(), context=new_context())


def model_output(result: dict, child: str, output: str):
    """A child's output in a model's results, as QGIS 3.22 and 3.40 name it.

    3.22 lists every declared model output as ``"<child>:<child>_<output>"``;
    3.40 lists only layer and file outputs there and gives the others (numbers,
    text) under ``CHILD_RESULTS[child][output]``.
    """
    for key in (f"{child}:{child}_{output}", f"{child}_{output}"):
        if key in result:
            return result[key]
    return result["CHILD_RESULTS"][child][output]


def deploy_profile(base: Path, plugin_root: Path) -> Path:
    """A private QGIS profile with the plugin linked in and enabled; returns the config path."""
    config = base / "qgis_config"
    plugins = config / "profiles" / "default" / "python" / "plugins"
    plugins.mkdir(parents=True, exist_ok=True)
    link = plugins / PLUGIN_NAME
    if not link.exists():
        link.symlink_to(plugin_root, target_is_directory=True)
    completed = qgis_process(["plugins", "enable", PLUGIN_NAME], config)
    assert completed.returncode == 0, completed.stdout + completed.stderr
    return config


def qgis_process(arguments: list[str], config: Path, timeout: int = 600) -> subprocess.CompletedProcess:
    """Run ``qgis_process.bin`` with a private profile and the venv's packages visible."""
    environment = dict(os.environ)
    environment["QGIS_CUSTOM_CONFIG_PATH"] = str(config)
    environment["QT_QPA_PLATFORM"] = "offscreen"
    site_packages = sysconfig.get_paths()["purelib"]
    environment["PYTHONPATH"] = os.pathsep.join(p for p in (site_packages, environment.get("PYTHONPATH", "")) if p)
    return subprocess.run([QGIS_PROCESS, *arguments], env=environment, capture_output=True, text=True, timeout=timeout)


def run_qgis_process(algorithm_id: str, parameters: dict, config: Path) -> dict:
    """Run an algorithm through ``qgis_process run … --json`` and return the parsed JSON."""
    arguments = ["run", algorithm_id, "--json", "--"]
    for key, value in parameters.items():
        values = value if isinstance(value, (list, tuple)) else [value]
        for item in values:
            arguments.append(f"{key}={item}")
    completed = qgis_process(arguments, config)
    text = completed.stdout
    start = text.find("{")
    if completed.returncode != 0 or start < 0:
        raise AssertionError(
            f"qgis_process failed ({completed.returncode}):\n{completed.stdout[-3000:]}\n{completed.stderr[-3000:]}"
        )
    return json.loads(text[start:])
