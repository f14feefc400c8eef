"""Errors raised by the engine.

Messages are meant for the analyst: they carry the numbers and the names of
what is wrong ("3 of 1,500 clients have a postcode that is not in the base:
GU11 9ZZ, …") and are already translated through :func:`engine.i18n.tr`.
"""

from __future__ import annotations


class EngineError(Exception):
    """Base class of every error the engine raises on purpose."""


class InvalidInputError(EngineError, ValueError):
    """The input cannot be used as given; the message says what to change."""


class InfeasibleProblemError(EngineError):
    """An optimisation problem has no solution; the message says what to relax."""


class MissingDependencyError(EngineError, ImportError):
    """A Python package the computation needs is not installed."""


class CancelledError(EngineError):
    """The user cancelled the computation."""
