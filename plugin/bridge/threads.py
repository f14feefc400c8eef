"""Work that must run on QGIS's main thread, called from any thread.

Processing runs ``processAlgorithm`` in a worker thread, while the project's
layers live on the main thread: reading their state or connecting to their
signals from the worker races with the user and the canvas. The algorithms'
base class does such reads in ``prepareAlgorithm`` through
:func:`on_main_thread`, which runs a function on the main thread (directly
when called there) and hands back its result or its exception.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TypeVar

from qgis.PyQt.QtCore import QCoreApplication, QObject, Qt, QThread, pyqtSignal, pyqtSlot

T = TypeVar("T")


def is_main_thread() -> bool:
    """Whether this code runs on the thread of the application (where the project's layers live)."""
    application = QCoreApplication.instance()
    return application is None or QThread.currentThread() == application.thread()


class _Job:
    def __init__(self, function: Callable) -> None:
        self.function = function
        self.result = None
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            self.result = self.function()
        except BaseException as error:  # handed back to the calling thread
            self.error = error


class _MainThreadRunner(QObject):
    """Lives on the main thread; a job sent to it from another thread runs there while the sender waits."""

    job = pyqtSignal(object)

    def __init__(self) -> None:
        super().__init__()
        self.job.connect(self._run, Qt.ConnectionType.BlockingQueuedConnection)

    @pyqtSlot(object)
    def _run(self, job: _Job) -> None:
        job.run()


_RUNNER: list[_MainThreadRunner] = []
_RUNNER_LOCK = threading.Lock()


def _runner() -> _MainThreadRunner:
    with _RUNNER_LOCK:
        if not _RUNNER:
            runner = _MainThreadRunner()
            runner.moveToThread(QCoreApplication.instance().thread())
            _RUNNER.append(runner)
        return _RUNNER[0]


def on_main_thread(function: Callable[[], T]) -> T:
    """``function()`` run on the main thread (here when this is it), its result or its exception passed back."""
    if is_main_thread():
        return function()
    job = _Job(function)
    _runner().job.emit(job)
    if job.error is not None:
        raise job.error
    return job.result
