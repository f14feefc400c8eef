"""Translation hook of the engine.

The engine cannot import Qt, yet its messages and reports must read in the
user's language. Engine code marks strings with :func:`tr` (pylupdate5 picks
them up like every other ``tr`` call of the plugin); the plugin installs the
real translator with :func:`set_translator` when it loads. Without a
translator (plain Python, engine tests) the English text is returned.

Only literal strings go into ``tr``; format afterwards::

    tr("{n} records have no segment code").format(n=n)
"""

from __future__ import annotations

from typing import Callable

_translator: Callable[[str], str] | None = None


def set_translator(translator: Callable[[str], str] | None) -> None:
    """Install (or, with ``None``, remove) the function that translates text."""
    global _translator
    _translator = translator


def tr(text: str) -> str:
    """Return ``text`` in the user's language (English when no translator)."""
    if _translator is None:
        return text
    return _translator(text)


def format_count(n: int | float) -> str:
    """Format a count with thousands separators: ``1500 -> '1,500'``."""
    if isinstance(n, float) and not n.is_integer():
        return f"{n:,.1f}"
    return f"{int(n):,}"


def format_examples(values, *, limit: int = 5) -> str:
    """List the first ``limit`` values, then say how many more there are."""
    values = [str(v) for v in values]
    shown = ", ".join(values[:limit])
    rest = len(values) - limit
    if rest > 0:
        return tr("{shown} and {n} more").format(shown=shown, n=format_count(rest))
    return shown
