"""Helpers shared by the benchmarks: timing, memory, a headless QGIS."""

from __future__ import annotations

import gc
import os
import resource
import sys
import time
from collections.abc import Callable

_APP = None


def timed(function: Callable[[], object], *, repeat: int = 3) -> tuple[float, object]:
    """Best wall-clock seconds over ``repeat`` runs, and the last result."""
    return timed_rounds({"": function}, repeat=repeat)[""]


def timed_rounds(functions: dict[str, Callable[[], object]], *, repeat: int = 3) -> dict[str, tuple[float, object]]:
    """Best wall-clock seconds of each function and its last result, over ``repeat`` rounds of one run of each.

    Taking turns, the cases compared share the machine's slow and fast spells (it is shared) instead of one
    case's runs falling in a slow spell together.
    """
    best = dict.fromkeys(functions, float("inf"))
    results = dict.fromkeys(functions)
    for _ in range(repeat):
        for name, function in functions.items():
            results[name] = None  # the previous run's output is freed before the clock starts, not inside the next run
            gc.collect()
            start = time.perf_counter()
            results[name] = function()
            best[name] = min(best[name], time.perf_counter() - start)
    return {name: (best[name], results[name]) for name in functions}


def peak_rss_mb() -> float:
    """Peak resident memory of this process so far, in MB."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def ratio(peer: float, ours: float) -> str:
    """How many times faster ours is than the peer, as text (``'12.3×'``)."""
    if not ours or peer is None:
        return ""
    return f"{peer / ours:.1f}×"


def start_qgis():
    """A headless QgsApplication with Processing initialised (once per process)."""
    global _APP
    if _APP is not None:
        return _APP
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.append("/usr/share/qgis/python/plugins")
    from qgis.core import QgsApplication

    _APP = QgsApplication([], False)
    _APP.initQgis()
    from processing.core.Processing import Processing

    Processing.initialize()
    return _APP


def register_provider():
    """Register the Place Insight provider (kept alive for the process), as the tests do."""
    from algorithm_runs import registered_provider  # tests/ is on the path (see benchmarks.__main__)

    return registered_provider()
