"""Algorithms read the project's layers on the main thread, also when Processing runs them in worker threads."""

from __future__ import annotations

import threading
import time

import pytest
from algorithm_runs import RecordingFeedback, new_context
from qgis.core import QgsApplication, QgsProcessingAlgRunnerTask, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication

from place_insight.engine.network.storage import CACHE
from place_insight.plugin import bridge
from place_insight.plugin.bridge import layers, network, threads


def wait_for(condition, seconds: float = 300.0) -> None:
    """Let the main thread's event loop run (as QGIS's does) until ``condition()`` holds."""
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        QCoreApplication.processEvents()
        time.sleep(0.01)


def test_work_handed_to_the_main_thread_runs_there_and_comes_back(qgis_app):
    answers = {}

    def worker():
        answers["thread"] = threads.on_main_thread(lambda: threads.is_main_thread())
        try:
            threads.on_main_thread(lambda: 1 / 0)
        except ZeroDivisionError as error:
            answers["error"] = error

    assert threads.on_main_thread(lambda: threads.is_main_thread()) is True  # called there: runs at once
    thread = threading.Thread(target=worker)
    thread.start()
    wait_for(lambda: not thread.is_alive())
    assert answers["thread"] is True and isinstance(answers["error"], ZeroDivisionError)


@pytest.fixture
def roads(project, sample_town):
    layer = QgsVectorLayer(f"{sample_town}|layername=roads", "Town roads", "ogr")
    assert layer.isValid()
    project.addMapLayer(layer)
    return layer


def test_two_algorithms_run_at_once_in_worker_threads_read_layers_on_the_main_thread(provider, roads, monkeypatch, tmp_path):
    """Two Build network runs as the toolbox starts them (QgsProcessingAlgRunnerTask: prepared on the main thread,
    run in the task manager's threads) on one layer of the project: the layer's state, its signals and its file
    are read on the main thread only, both runs succeed, and the second is served by the locked session cache
    or builds the same network."""
    seen = []
    for module, name in ((layers, "_layer_state"), (network, "_arrow_source")):
        original = getattr(module, name)
        monkeypatch.setattr(
            module,
            name,
            lambda layer, _original=original, _name=name: seen.append((_name, threads.is_main_thread())) or _original(layer),
        )
    title = bridge.layer_title
    monkeypatch.setattr(
        bridge, "layer_title", lambda *a, **k: seen.append(("layer_title", threads.is_main_thread())) or title(*a, **k)
    )
    CACHE.clear()
    registry = QgsApplication.processingRegistry()
    runs = []
    for index in range(2):
        algorithm = registry.createAlgorithmById("placeinsight:buildnetwork")
        context, feedback = new_context(), RecordingFeedback()
        parameters = {"NETWORK": roads.id(), "OUTPUT": str(tmp_path / f"edges{index}.gpkg"), "ISLANDS": "TEMPORARY_OUTPUT"}
        task = QgsProcessingAlgRunnerTask(algorithm, parameters, context, feedback)
        outcome = {}
        task.executed.connect(lambda ok, results, _outcome=outcome: _outcome.update(ok=ok, results=results))
        runs.append((task, context, feedback, outcome))
    for task, *_ in runs:
        QgsApplication.taskManager().addTask(task)
    wait_for(lambda: all("ok" in outcome for _, _, _, outcome in runs))
    for _, _, feedback, outcome in runs:
        assert outcome["ok"], feedback.text
    assert {name for name, _ in seen} == {"_layer_state", "_arrow_source", "layer_title"}
    assert all(main for _, main in seen), seen
    assert len(CACHE) == 1
