"""The small progress protocol the engine reports through.

The plugin wraps ``QgsProcessingFeedback`` (or a ``QgsTask``) into this
protocol; engine code only calls these four methods, so it stays free of
QGIS and can be driven by any caller.
"""

from __future__ import annotations

from typing import Protocol

from .errors import CancelledError


class Progress(Protocol):
    """What the engine needs from whoever runs it."""

    def set_progress(self, percent: float) -> None:
        """Report progress between 0 and 100."""

    def is_cancelled(self) -> bool:
        """Return True once the user asked to stop."""

    def info(self, message: str) -> None:
        """Report a message for the log."""

    def warn(self, message: str) -> None:
        """Report a warning the user should read."""


class NullProgress:
    """A progress sink that ignores everything and never cancels."""

    def set_progress(self, percent: float) -> None:
        pass

    def is_cancelled(self) -> bool:
        return False

    def info(self, message: str) -> None:
        pass

    def warn(self, message: str) -> None:
        pass


class RecordingProgress(NullProgress):
    """A progress sink that keeps every message (for plain-Python callers and tests)."""

    def __init__(self, *, cancel_after: int | None = None) -> None:
        self.messages: list[str] = []
        self.warnings: list[str] = []
        self.progress: list[float] = []
        self._checks = 0
        self._cancel_after = cancel_after

    def set_progress(self, percent: float) -> None:
        self.progress.append(percent)

    def is_cancelled(self) -> bool:
        self._checks += 1
        return self._cancel_after is not None and self._checks > self._cancel_after

    def info(self, message: str) -> None:
        self.messages.append(message)

    def warn(self, message: str) -> None:
        self.warnings.append(message)


class Band:
    """A slice ``[start, end]`` of a parent's 0–100 range, for multi-stage work."""

    def __init__(self, parent: Progress, start: float, end: float) -> None:
        self._parent = parent
        self._start = start
        self._span = end - start

    def set_progress(self, percent: float) -> None:
        self._parent.set_progress(self._start + self._span * max(0.0, min(100.0, percent)) / 100.0)

    def is_cancelled(self) -> bool:
        return self._parent.is_cancelled()

    def info(self, message: str) -> None:
        self._parent.info(message)

    def warn(self, message: str) -> None:
        self._parent.warn(message)

    def check(self) -> None:
        """Raise :class:`CancelledError` if the user asked to stop (like ``EngineFeedback.check``)."""
        check_cancelled(self)


def check_cancelled(progress: Progress) -> None:
    """Raise :class:`CancelledError` if the user asked to stop.

    Parameters
    ----------
    progress
        The run's progress, asked whether the user pressed Cancel.
    """
    if progress.is_cancelled():
        raise CancelledError("cancelled")
