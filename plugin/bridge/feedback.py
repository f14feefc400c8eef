"""Processing feedback as the engine's progress protocol, and progress over feature iterators.

:class:`EngineFeedback` wraps a ``QgsFeedback``/``QgsProcessingFeedback``
(or nothing) so that the engine can report progress, check for
cancellation and send messages; :func:`with_progress` does the same for a
loop over features on the QGIS side.
"""

from __future__ import annotations

from collections.abc import Iterable

from qgis.core import QgsMessageLog

from ...engine.errors import CancelledError


class EngineFeedback:
    """Presents a ``QgsFeedback``/``QgsProcessingFeedback`` as the engine's progress protocol."""

    def __init__(self, feedback=None) -> None:
        self._feedback = feedback

    def set_progress(self, percent: float) -> None:
        if self._feedback is not None:
            self._feedback.setProgress(float(percent))

    def is_cancelled(self) -> bool:
        return self._feedback is not None and self._feedback.isCanceled()

    def info(self, message: str) -> None:
        if hasattr(self._feedback, "pushInfo"):
            self._feedback.pushInfo(message)
        else:
            QgsMessageLog.logMessage(message, "Place Insight")

    def warn(self, message: str) -> None:
        if hasattr(self._feedback, "pushWarning"):
            self._feedback.pushWarning(message)
        else:
            QgsMessageLog.logMessage(message, "Place Insight")

    def check(self) -> None:
        """Raise the engine's :class:`CancelledError` if the user cancelled."""
        if self.is_cancelled():
            raise CancelledError("cancelled")


def with_progress(items: Iterable, total: int | None, feedback: EngineFeedback | None) -> Iterable:
    """``items`` one by one, checking for cancellation and reporting progress about 100 times along the way.

    ``total`` may be unknown (None or negative): then only cancellation is checked. A feature iterator
    is closed at the end, also when the run is cancelled: the traceback of the cancellation keeps this
    frame alive, and an open iterator would hold one of the data source's few connections.
    """
    known = bool(total and total > 0)
    step = max(1, total // 100) if known else 10000
    try:
        for count, item in enumerate(items):
            if feedback is not None and count % step == 0:
                feedback.check()
                if known:
                    feedback.set_progress(100.0 * count / total)
            yield item
    finally:
        if hasattr(items, "close"):
            items.close()
