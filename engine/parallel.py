"""Run independent chunks of work on every core, or serially for small inputs.

:func:`map_chunks` calls ``function(shared, *task)`` for every task. With
more than one worker, tasks run in a pool of *spawned* Python processes
(never forked: QGIS is multi-threaded), each of which receives ``shared``
once. The worker processes import this package by its folder, so the same
code runs inside QGIS (whose ``sys.executable`` is QGIS itself: the Python
interpreter next to it is used) and from plain Python.
"""

from __future__ import annotations

import os
import pickle
import shutil
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from .progress import NullProgress, Progress, check_cancelled

_SHARED = None
_PACKAGE_ROOT = Path(__file__).resolve().parent.parent
_PACKAGE = __name__.rsplit(".", 2)[0]

_BOOTSTRAP = """
import importlib.util, pickle, sys
if {package!r} not in sys.modules:
    spec = importlib.util.spec_from_file_location({package!r}, {init!r}, submodule_search_locations=[{root!r}])
    module = importlib.util.module_from_spec(spec)
    sys.modules[{package!r}] = module
    spec.loader.exec_module(module)
import importlib
importlib.import_module({package!r} + ".engine.parallel")._SHARED = pickle.loads(shared)
"""


def default_workers() -> int:
    """The cores this process may use that are not already busy (by the one-minute load average).

    On a machine whose cores are all taken by other work, extra processes
    only add their start-up cost, so the work then stays in this process.
    """
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not Linux
        cores = os.cpu_count() or 1
    try:
        busy = os.getloadavg()[0] - 1.0  # this process counts in the load
    except (AttributeError, OSError):  # Windows
        busy = 0.0
    return max(1, min(cores, int(round(cores - max(busy, 0.0)))))


def _python_executable() -> str:
    name = Path(sys.executable).name.lower()
    if name.startswith("python"):
        return sys.executable
    for candidate in (Path(sys.exec_prefix) / "bin" / "python3", Path(sys.exec_prefix) / "python.exe",
                      Path(sys.exec_prefix) / "python3.exe"):
        if candidate.exists():
            return str(candidate)
    return shutil.which("python3") or sys.executable


def _call(function: Callable, task: tuple):
    return function(_SHARED, *task)


def map_chunks(function: Callable, tasks: Sequence[tuple], *, shared=None, workers: int | None = None,
               progress: Progress | None = None) -> list:
    """``[function(shared, *task) for task in tasks]``, in a process pool when ``workers`` > 1.

    ``workers`` None means every idle core (:func:`default_workers`). Progress is reported per finished
    task and cancellation is checked between tasks (pending ones are
    cancelled).
    """
    progress = progress or NullProgress()
    workers = default_workers() if workers is None else max(1, int(workers))
    workers = min(workers, len(tasks))
    results = []
    if workers <= 1:
        for done, task in enumerate(tasks, start=1):
            check_cancelled(progress)
            results.append(function(shared, *task))
            progress.set_progress(100.0 * done / len(tasks))
        return results
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    context = multiprocessing.get_context("spawn")
    context.set_executable(_python_executable())
    code = _BOOTSTRAP.format(package=_PACKAGE, init=str(_PACKAGE_ROOT / "__init__.py"), root=str(_PACKAGE_ROOT))
    namespace = {"shared": pickle.dumps(shared, protocol=pickle.HIGHEST_PROTOCOL)}
    with ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=exec,
                             initargs=(code, namespace)) as pool:
        futures = [pool.submit(_call, function, task) for task in tasks]
        try:
            for done, future in enumerate(futures, start=1):
                check_cancelled(progress)
                results.append(future.result())
                progress.set_progress(100.0 * done / len(tasks))
        except BaseException:
            for future in futures:
                future.cancel()
            raise
    return results
