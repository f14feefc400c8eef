"""Run independent chunks of work on every core, or serially for small inputs.

:func:`map_chunks` calls ``function(shared, *task)`` for every task. With
more than one worker, tasks run in a pool of *spawned* Python processes
(never forked: QGIS is multi-threaded), each of which receives ``shared``
once. The worker processes import this package by its folder, so the same
code runs inside QGIS (whose ``sys.executable`` is QGIS itself: the Python
interpreter of its installation is used, ``pythonw.exe`` on Windows so that no
console window opens) and from plain Python. Where that interpreter cannot be
found, the work runs in this process: another program (the QGIS binary, or
some other Python on the PATH) is never started.

:func:`helper` is one such process kept for the session (started in the
background by the first large catchment run), to which large catchment
runs hand part of their searches; arrays pass to and from it through files
(:func:`array_file`), which is several times faster than the pool's pipes.
"""

from __future__ import annotations

import atexit
import operator
import os
import runpy
import sys
import tempfile
import threading
import types
from collections.abc import Callable, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from .progress import NullProgress, Progress, check_cancelled

_SHARED = None
_PACKAGE_ROOT = Path(__file__).resolve().parent.parent
_PACKAGE = __name__.rsplit(".", 2)[0]

#: Run by each spawned process before it reads the work sent to it: it imports this package by its folder
#: (see :class:`_Initialiser`).
_BOOTSTRAP_FILE = Path(__file__).resolve().parent / "spawn_bootstrap.py"


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


def python_executable(*, windowless: bool = True) -> str | None:
    """The Python interpreter of this process's own installation, or None where there is none.

    ``sys.executable`` when it is a Python of this installation (or of its
    virtual environment); inside QGIS it is QGIS itself, or, in
    ``qgis_process``, whatever ``python3`` comes first on the PATH (a pyenv
    or conda Python there has other binaries, and numpy fails to load in the
    processes), so the interpreter is looked for in the installation's
    folders only. On Windows ``pythonw.exe`` comes first when ``windowless``
    (a process started with ``python.exe`` opens a console window for as
    long as it runs). None means that no interpreter of this installation
    was found: callers then do the work in this process rather than start
    another program.

    Parameters
    ----------
    windowless
        On Windows, ``pythonw.exe`` (no console window) rather than ``python.exe``.
    """
    version = f"{sys.version_info.major}.{sys.version_info.minor}"
    windows = sys.platform.startswith("win")
    own = Path(sys.executable)
    prefixes = {Path(sys.exec_prefix).resolve(), Path(sys.base_exec_prefix).resolve()}
    own_is_python = own.name.lower().startswith("python") and own.is_file()
    if own_is_python and any(p in own.resolve().parents or p in own.parents for p in prefixes):
        if windows and windowless and own.name.lower() == "python.exe" and (own.parent / "pythonw.exe").is_file():
            return str(own.parent / "pythonw.exe")
        return sys.executable
    names = (
        (["pythonw.exe"] if windowless else []) + ["python.exe", "python3.exe"]
        if windows
        else [f"bin/python{version}", "bin/python3"]
    )
    for prefix in dict.fromkeys((Path(sys.exec_prefix), Path(sys.base_exec_prefix))):
        for name in names:
            candidate = prefix / name
            if candidate.is_file():
                return str(candidate)
    return None


class _Initialiser:
    """The pool's initializer, as it travels to a spawned process.

    A spawned process unpickles the initializer before its arguments (the
    ``shared`` data, made of this package's classes), and can name this
    package only once it has imported it by its folder. So this object
    travels as "run ``spawn_bootstrap.py`` (which imports the package), then
    take its ``initialise`` function", and the arguments that follow it
    unpickle with the package in place. ``shared`` itself is pickled by
    multiprocessing, as it pickles every task.
    """

    def __call__(self, shared) -> None:
        _set_shared(shared)

    def __reduce__(self):
        globals_ = {"PACKAGE": _PACKAGE, "ROOT": str(_PACKAGE_ROOT)}
        loader = _RunFile(str(_BOOTSTRAP_FILE), globals_)
        return (operator.getitem, (loader, "initialise"))


class _RunFile:
    """Runs a Python file when unpickled, giving its globals (see :class:`_Initialiser`)."""

    def __init__(self, path: str, globals_: dict) -> None:
        self.path = path
        self.globals = globals_

    def __reduce__(self):
        return (runpy.run_path, (self.path, self.globals))


def _set_shared(shared) -> None:
    """What ``initialise`` of ``spawn_bootstrap.py`` does, once the package is imported."""
    global _SHARED
    _SHARED = shared


def _spawned_pool(workers: int, shared=None):
    """A pool of ``workers`` spawned processes that run this package, each given ``shared`` once, and the
    processes started: ``(pool, started)``, ``started`` being the futures of :func:`_ready` in each.

    The processes are started here, away from the script that runs this one (see :func:`_script_left_out`);
    a pool starts one at each submission until it has them all. Raises :class:`NoInterpreterError` where
    this installation has no Python interpreter to start (see :func:`python_executable`).
    """
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    executable = python_executable()
    if executable is None:
        raise NoInterpreterError("no Python interpreter of this installation was found")
    context = multiprocessing.get_context("spawn")
    context.set_executable(executable)
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_Initialiser(), initargs=(shared,))
    with _script_left_out():
        started = [pool.submit(_ready) for _ in range(workers)]
    return pool, started


class NoInterpreterError(RuntimeError):
    """No Python interpreter of this installation to start processes with: the work stays in this process."""


def _ready() -> bool:
    """Run in each spawned process at its start: imports what the searches need, and makes the process end with
    the one that started it, however that ends (even killed, when the pool cannot tell it to stop)."""
    import multiprocessing

    import scipy.sparse.csgraph  # noqa: F401

    parent = multiprocessing.parent_process()
    if parent is not None:
        threading.Thread(target=_end_with, args=(parent,), daemon=True).start()
    return True


def _end_with(parent) -> None:
    parent.join()
    os._exit(0)


@contextmanager
def _script_left_out():
    """While processes are spawned, the main module they see is an empty one.

    A spawned process first imports the main module of the process that
    started it; a script that runs its work at import (no ``if __name__ ==
    "__main__"`` guard) would run it all again there. The work sent to these
    processes is this package's, so they need nothing from that module.
    """
    main = sys.modules.get("__main__")
    sys.modules["__main__"] = types.ModuleType("__main__")
    try:
        yield
    finally:
        if main is not None:
            sys.modules["__main__"] = main
        else:
            sys.modules.pop("__main__", None)


def _call(function: Callable, task: tuple):
    return function(_SHARED, *task)


def map_chunks(
    function: Callable, tasks: Sequence[tuple], *, shared=None, workers: int | None = None, progress: Progress | None = None
) -> list:
    """``[function(shared, *task) for task in tasks]``, in a process pool when ``workers`` > 1.

    ``workers`` None means every idle core (:func:`default_workers`); the work stays in this process when
    there is one worker, or no Python interpreter to start (:func:`python_executable`). Progress is reported
    per finished task and cancellation is checked between tasks (pending ones are cancelled).

    Parameters
    ----------
    function
        A module-level function ``function(shared, *task)`` (workers find it by its module and name).
    tasks
        The arguments of each call, as tuples.
    shared
        Data every call reads, handed to each worker once, when the pool starts.
    workers
        How many processes; None: every idle core.
    progress
        Progress and cancellation, reported per finished task.
    """
    progress = progress or NullProgress()
    workers = default_workers() if workers is None else max(1, int(workers))
    workers = min(workers, len(tasks))
    if workers > 1 and python_executable() is None:
        workers = 1  # no interpreter to start: the work stays here
    results = []
    if workers <= 1:
        for done, task in enumerate(tasks, start=1):
            check_cancelled(progress)
            results.append(function(shared, *task))
            progress.set_progress(100.0 * done / len(tasks))
        return results
    pool, _started = _spawned_pool(workers, shared)
    with pool:
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


# -- the session's helper process ---------------------------------------------------
#: One process kept for the session that takes a share of the searches of large catchment runs. Starting a
#: process costs about a quarter of a second, more than a whole run, so it is started in the background by the
#: first run that could use it, which does not wait for it; later runs share their work with it.
_HELPER: dict = {}
_HELPER_LOCK = threading.Lock()


def helper(*, wait: float = 0.0):
    """The session's helper process pool (one worker) when it is ready, else None.

    The first call starts it in the background (when a core is idle, see
    :func:`default_workers`) and returns None unless it is ready within
    ``wait`` seconds; so does every call until it has started, and every
    call after it failed.

    Parameters
    ----------
    wait
        Seconds to wait for the helper to be ready.
    """
    from concurrent.futures import CancelledError
    from concurrent.futures import TimeoutError as Timeout

    with _HELPER_LOCK:
        if not _HELPER:
            if default_workers() < 2:
                return None
            try:
                pool, started = _spawned_pool(1)
                _HELPER.update(pool=pool, ready=started[0])
            except (OSError, RuntimeError):  # no processes (or no interpreter) here: stay in this process
                _HELPER.update(pool=None, ready=None)
                return None
        pool, ready = _HELPER["pool"], _HELPER["ready"]
    if pool is None:
        return None
    try:
        failed = ready.exception(timeout=wait) is not None
    except Timeout:
        return None
    except CancelledError:
        failed = True
    if failed:
        stop_helper(for_good=True)
        return None
    return pool


def stop_helper(*, for_good: bool = False, wait: bool = False) -> None:
    """Shut the helper process down (plugin unload; at exit, waiting for it); a later run starts it again unless
    ``for_good`` (its process died or could not run the work).

    Parameters
    ----------
    for_good
        Do not start it again in this session.
    wait
        Wait until its process has ended.
    """
    with _HELPER_LOCK:
        pool = _HELPER.get("pool")
        _HELPER.clear()
        if for_good:
            _HELPER.update(pool=None, ready=None)
    if pool is not None:
        pool.shutdown(wait=wait, cancel_futures=True)


# -- arrays between processes -------------------------------------------------------
def _array_folder() -> str | None:
    """Where arrays pass between this process and the helper: the user's own runtime folder where the system
    has one (``XDG_RUNTIME_DIR``, memory-backed and private to the user on Linux), else the system's temporary
    folder (None: :mod:`tempfile` chooses). Sent through the pool's pipes, a few MB cost ten times as long as
    written to a file and read back."""
    folder = os.environ.get("XDG_RUNTIME_DIR")
    if folder and os.path.isdir(folder) and os.access(folder, os.W_OK):
        return folder
    return None


@dataclass(frozen=True)
class ArrayFile:
    """Numeric arrays written one after another to a file, for another process of this session."""

    path: str
    layout: tuple  # (name, dtype, shape, byte offset) per array

    def read(self) -> dict:
        """The arrays (writable, in one buffer read at once); the file stays."""
        with open(self.path, "rb") as source:
            data = bytearray(os.fstat(source.fileno()).st_size)
            source.readinto(data)
        return {
            name: np.frombuffer(data, dtype=np.dtype(dtype), count=int(np.prod(shape)), offset=offset).reshape(shape)
            for name, dtype, shape, offset in self.layout
        }

    def take(self) -> dict:
        """The arrays, and the file removed."""
        try:
            return self.read()
        finally:
            self.remove()

    def remove(self) -> None:
        with suppress(FileNotFoundError):
            os.remove(self.path)


def array_file(arrays: dict) -> ArrayFile:
    """``arrays`` written to a new file (see :class:`ArrayFile`); the reader removes it.

    Parameters
    ----------
    arrays
        Named numpy arrays.
    """
    handle, path = tempfile.mkstemp(prefix="place_insight_", suffix=".arrays", dir=_array_folder())
    layout, offset = [], 0
    try:
        with os.fdopen(handle, "wb") as target:
            for name, array in arrays.items():
                array = np.ascontiguousarray(array)
                target.write(array.data.cast("B"))
                layout.append((name, array.dtype.str, array.shape, offset))
                offset += array.nbytes
    except BaseException:
        os.remove(path)
        raise
    return ArrayFile(path, tuple(layout))


atexit.register(stop_helper, wait=True)  # at exit, while the interpreter can still shut a pool down cleanly
