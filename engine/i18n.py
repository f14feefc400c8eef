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
_language: Callable[[], str] | None = None


def set_translator(translator: Callable[[str], str] | None, language: Callable[[], str] | None = None) -> None:
    """Install (or, with ``None``, remove) the function that translates text.

    ``language`` returns the two-letter language of the interface; numbers in
    messages are written as that language writes them.

    Parameters
    ----------
    translator : callable or None
        Takes an English text and returns it translated; None removes the
        translator (English again).
    language : callable, optional
        Takes nothing and returns the interface's language (``en``,
        ``fr``); without it numbers are written in English.
    """
    global _translator, _language
    _translator = translator
    _language = language


def current_language() -> str:
    """The user's language (``en`` when no translator is installed)."""
    return _language() if _language is not None else "en"


def localise_number(text: str, language: str | None = None) -> str:
    """``1,234.5`` written as ``language`` writes it (French: ``1 234,5`` with a narrow no-break space).

    Parameters
    ----------
    text : str
        A number already formatted in English, with ``,`` between thousands
        and ``.`` before decimals.
    language : str, optional
        Two-letter language; None: the interface's (:func:`current_language`).
    """
    if (language or current_language()) == "fr":
        return text.replace(",", "\u202f").replace(".", ",")
    return text


def tr(text: str) -> str:
    """Return ``text`` in the user's language (English when no translator).

    Parameters
    ----------
    text : str
        The English text, a literal string (pylupdate5 extracts it); format
        the result, never the argument.
    """
    if _translator is None:
        return text
    return _translator(text)


def format_count(n: int | float) -> str:
    """A count with thousands separators in the user's language: ``1,500`` (``1 500`` in French).

    Parameters
    ----------
    n : int or float
        The count; a float that is not whole keeps one decimal (weighted
        counts).
    """
    if isinstance(n, float) and not n.is_integer():
        return localise_number(f"{n:,.1f}")
    return localise_number(f"{int(n):,}")


def format_examples(values, *, limit: int = 5) -> str:
    """List the first ``limit`` values, then say how many more there are.

    Parameters
    ----------
    values : iterable
        The values (written with ``str``), in the order to show them.
    limit : int
        How many are shown.
    """
    values = [str(v) for v in values]
    shown = ", ".join(values[:limit])
    rest = len(values) - limit
    if rest > 0:
        return tr("{shown} and {n} more").format(shown=shown, n=format_count(rest))
    return shown
