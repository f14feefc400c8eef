"""Translation hook and number style of the engine: words and numbers in the user's language.

The engine cannot import Qt, yet its messages and reports must read in the
user's language. Engine code marks strings with :func:`tr` (pylupdate5 picks
them up like every other ``tr`` call of the plugin); the plugin installs the
real translator with :func:`set_translator` when it loads, together with the
language the algorithm or dock runs in. Without a translator (plain Python,
engine tests) the English text is returned.

Only literal strings go into ``tr``; format afterwards::

    tr("{n} records have no segment code").format(n=format_count(n))

Numbers: the one policy
-----------------------
Every number a user reads (reports, log messages, the dock) is written by
the functions below, in the style of the language the text is in, as
QLocale and the Unicode CLDR write it:

========  ===========  ==========  =============================
language  1234567.5    23.2 %      thousands / decimal / percent
========  ===========  ==========  =============================
``en``    1,234,567.5  23.2%       ``,`` / ``.`` / glued
``fr``    1 234 567,5  23,2 %      narrow no-break space U+202F / ``,`` /
                                   U+202F before ``%``
========  ===========  ==========  =============================

Languages without a translation of the plugin read English text, so their
numbers are written the English way too. Singular and plural follow the
language's rule (:func:`plural`: French "0 îlot, 1 îlot", English "0
islands, 1 island").
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Callable, SupportsFloat, SupportsIndex

_translator: Callable[[str], str] | None = None
_language: Callable[[], str] | None = None

#: Narrow no-break space: French thousands separator and space before "%" (CLDR, QLocale).
NARROW_NBSP = "\u202f"
#: What stands for a missing number (NULL, NaN).
MISSING = "–"


@dataclass(frozen=True)
class NumberStyle:
    """How a language writes numbers: decimal mark, thousands separator, what stands between a number and ``%``."""

    decimal: str
    group: str
    before_percent: str


#: The number style of each language the plugin speaks (the others write English text, hence English numbers).
NUMBER_STYLES = {
    "en": NumberStyle(".", ",", ""),
    "fr": NumberStyle(",", NARROW_NBSP, NARROW_NBSP),
}


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


def number_style(language: str | None = None) -> NumberStyle:
    """The number style of ``language`` (default: the user's), English for a language without one.

    Parameters
    ----------
    language : str, optional
        Two-letter language; None: the interface's (:func:`current_language`).
    """
    code = (language or current_language() or "en")[:2].lower()
    return NUMBER_STYLES.get(code, NUMBER_STYLES["en"])


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


def localise_number(text: str, language: str | None = None) -> str:
    """A number written the English way (``1,234.5``) rewritten in the style of ``language`` (``1 234,5``).

    Parameters
    ----------
    text : str
        A number already formatted in English, with ``,`` between thousands
        and ``.`` before decimals.
    language : str, optional
        Two-letter language; None: the interface's (:func:`current_language`).
    """
    style = number_style(language)
    if style == NUMBER_STYLES["en"]:
        return text
    return text.replace(",", "\0").replace(".", style.decimal).replace("\0", style.group)


def as_float(value: object) -> float | None:
    """``value`` as a float; None for None, NaN, pandas' NA and anything that is not a number.

    Parameters
    ----------
    value : object
        A number, a number written as text, None, NaN or pandas' NA.
    """
    if value is None or isinstance(value, bool):
        return None if value is None else float(value)
    if not isinstance(value, (str, SupportsFloat, SupportsIndex)):
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return None if math.isnan(number) else number


def format_number(value: object, decimals: int = 0, *, language: str | None = None) -> str:
    """A number with ``decimals`` decimals and thousands separators: ``1,234.5`` (``1 234,5`` in French).

    NULL and NaN become an en dash, infinity ``∞``; a value that is not a
    number is returned as text.

    Parameters
    ----------
    value : object
        A number (NULL, NaN, infinity and text are handled as above).
    decimals : int
        Digits after the decimal separator.
    language : str, optional
        Two-letter language; None: the interface's (:func:`current_language`).
    """
    number = as_float(value)
    if number is None:
        return MISSING if _is_missing(value) else str(value)
    if math.isinf(number):
        return "∞" if number > 0 else "-∞"
    text = f"{number:,.{max(0, int(decimals))}f}"
    if text.startswith("-") and not any(c not in "0.," for c in text[1:]):
        text = text[1:]  # no "-0.0"
    return localise_number(text, language)


def _is_missing(value: object) -> bool:
    """None, NaN, and pandas' NA and NaT."""
    if value is None or type(value).__name__ in ("NAType", "NaTType"):
        return True
    try:
        return bool(value != value)
    except (TypeError, ValueError):
        return False


def format_count(n: object, *, language: str | None = None) -> str:
    """A count with thousands separators: ``1,500`` (``1 500`` in French); a fractional count keeps one decimal.

    Parameters
    ----------
    n : object
        The count; one that is not whole keeps one decimal (weighted counts).
    language : str, optional
        Two-letter language; None: the interface's (:func:`current_language`).
    """
    number = as_float(n)
    if number is not None and not number.is_integer() and not math.isinf(number):
        return format_number(number, 1, language=language)
    return format_number(number if number is not None else n, 0, language=language)


def format_decimal(value: object, max_decimals: int = 2, *, language: str | None = None) -> str:
    """A number with at most ``max_decimals`` decimals and no trailing zeros: ``7.5``, ``15``, ``0.05`` (``7,5`` in French).

    Parameters
    ----------
    value : object
        The number.
    max_decimals : int
        Most digits after the decimal separator.
    language : str, optional
        Two-letter language; None: the interface's (:func:`current_language`).
    """
    number = as_float(value)
    if number is None or math.isinf(number):
        return format_number(value, 0, language=language)
    text = f"{number:,.{max(0, int(max_decimals))}f}"
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    if text in ("-0", "-"):
        text = "0"
    return localise_number(text, language)


def format_significant(value: object, digits: int = 3, *, language: str | None = None) -> str:
    """A measured value to ``digits`` significant digits (whole numbers stay whole): ``76.7``, ``0.0123``, ``1,417``.

    Parameters
    ----------
    value : object
        The measured value.
    digits : int
        Significant digits kept.
    language : str, optional
        Two-letter language; None: the interface's (:func:`current_language`).
    """
    number = as_float(value)
    if number is None or math.isinf(number) or number == 0:
        return format_number(value, 0, language=language)
    decimals = max(0, digits - 1 - math.floor(math.log10(abs(number))))
    return format_decimal(round(number, decimals), decimals, language=language)


def format_percent(value: object, decimals: int = 0, *, language: str | None = None) -> str:
    """A percentage given in percent: ``23.2%`` (``23,2 %`` with a narrow no-break space in French).

    Parameters
    ----------
    value : object
        The percentage (23.2 for 23.2 %).
    decimals : int
        Digits after the decimal separator.
    language : str, optional
        Two-letter language; None: the interface's (:func:`current_language`).
    """
    text = format_number(value, decimals, language=language)
    if text == MISSING:
        return text
    return text + number_style(language).before_percent + "%"


def format_share(fraction: object, decimals: int = 0, *, language: str | None = None) -> str:
    """A share given as a fraction (0–1) as a percentage: ``0.232`` → ``23%`` (``23 %`` in French).

    Parameters
    ----------
    fraction : object
        The share, from 0 to 1.
    decimals : int
        Digits after the decimal separator of the percentage.
    language : str, optional
        Two-letter language; None: the interface's (:func:`current_language`).
    """
    number = as_float(fraction)
    return format_percent(None if number is None else 100.0 * number, decimals, language=language)


def format_p_value(value: object, digits: int = 3, *, language: str | None = None) -> str:
    """A p-value for a sentence: ``p = 0.042``, ``p < 0.001`` (``p = 0,042`` in French); NULL as an en dash.

    Parameters
    ----------
    value : object
        The p-value.
    digits : int
        Decimals written; smaller values are written ``p < 0.001``.
    language : str, optional
        Two-letter language; None: the interface's (:func:`current_language`).
    """
    number = as_float(value)
    if number is None:
        return MISSING
    smallest = 10.0**-digits
    if number < smallest:
        return "p < " + format_decimal(smallest, digits, language=language)
    if number >= 1.0 - smallest / 2:
        return "p = 1"
    return "p = " + format_number(number, digits, language=language)


def plural(n: object, one: str, other: str, *, language: str | None = None) -> str:
    """``one`` or ``other`` (both already translated) as the language's rule wants for the number ``n``.

    English takes the singular for exactly 1; French for 0 and 1 (and
    anything below 2, as CLDR's rule on the integer part says)::

        plural(n, tr("{n} island"), tr("{n} islands")).format(n=format_count(n))

    Parameters
    ----------
    n : object
        The number the words go with.
    one, other : str
        The singular and plural texts, both translated.
    language : str, optional
        Two-letter language; None: the interface's (:func:`current_language`).
    """
    number = as_float(n)
    if number is None:
        return other
    code = (language or current_language() or "en")[:2].lower()
    if code == "fr":
        return one if abs(number) < 2 else other
    return one if number == 1 else other


def label_value(label: str, value: object) -> str:
    """``label: value`` with the punctuation of the user's language (French ``label : value``).

    Parameters
    ----------
    label : str
        The label, translated.
    value : object
        What follows it (written with ``str``).
    """
    return tr("{label}: {value}").format(label=label, value=value)


def join_items(items) -> str:
    """Items that may hold commas, separated by semicolons: ``a; b; c`` (``a ; b ; c`` in French).

    Parameters
    ----------
    items : iterable
        The items (written with ``str``), in order.
    """
    text = ""
    for item in items:
        text = str(item) if not text else tr("{items}; {item}").format(items=text, item=item)
    return text


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
