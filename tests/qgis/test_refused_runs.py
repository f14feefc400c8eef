"""A refused run leaves none of its data behind.

QGIS keeps the traceback of an exception raised out of a Python
``processAlgorithm`` for the rest of the session (its frames, and the frames
of their callers, stay alive). A refusal chained to the exception that caused
it would keep every frame of the run, with the layers and arrays it had read,
until QGIS exits, and Python-owned layers freed only then crash the process.
"""

from __future__ import annotations

import gc
from pathlib import Path

import pytest
from algorithm_catalogue import uri
from algorithm_runs import RecordingFeedback, run_algorithm
from qgis.core import QgsProcessingException

PACKAGE = Path(__file__).resolve().parents[2]


def frames_of_the_plugin() -> list[str]:
    """The plugin's own frames still alive (``file:function``), the refusal's raise excepted."""
    gc.collect()
    frames = [obj for obj in gc.get_objects() if type(obj).__name__ == "frame"]
    names = []
    for frame in frames:
        path = Path(frame.f_code.co_filename)
        if PACKAGE in path.parents and "tests" not in path.parts and frame.f_code.co_name != "processAlgorithm":
            names.append(f"{path.name}:{frame.f_code.co_name}")
    return names


def test_a_run_refused_deep_in_the_engine_keeps_none_of_its_frames(provider, sample_town, tmp_path):
    before = set(frames_of_the_plugin())
    parameters = {
        "INPUT": uri(sample_town, "survey_responses"),
        "KEY_FIELD": "postcode",
        "POSTCODES": uri(sample_town, "postcodes"),
        "POSTCODE_FIELD": "postcode",
        "ANSWER_FIELD": "feel_safe",
        "ANSWERS": "Rather unsafe",
        "OUTPUT": str(tmp_path / "refused.gpkg"),
    }
    with pytest.raises(QgsProcessingException, match="Rather unsafe"):
        run_algorithm("placeinsight:surveyclusters", parameters, feedback=RecordingFeedback())
    left = [name for name in frames_of_the_plugin() if name not in before]
    assert left == []
