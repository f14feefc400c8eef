"""Lists typed into one text parameter: time bands, answer values, direction spellings, class speeds.

One convention everywhere: items are separated by commas or by semicolons.
A text with a semicolon is split at semicolons only, so a comma inside an
item stays: a decimal comma (``5;7,5;10`` is 5, 7.5 and 10 minutes) or a
comma in an answer (``Yes, often;Always``). Where a comma could be either
(``7,5``), the caller says how it was read or what to write instead
(:func:`decimal_comma_hint`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .i18n import tr

_DECIMAL_COMMA = re.compile(r"^\s*[-+]?\d+,\d+\s*$")
_DIGITS = re.compile(r"^\s*\d+\s*$")


def split_items(text: str | None) -> list[str]:
    """The items of a list written with semicolons or commas, trimmed, without empty ones.

    Parameters
    ----------
    text
        ``"5,10,15"``, ``"a;b"``… A text with a semicolon is split at
        semicolons only.

    Returns
    -------
    list of str
    """
    if not text:
        return []
    separator = ";" if ";" in text else ","
    return [item.strip() for item in str(text).split(separator) if item.strip()]


def number(item: str) -> float:
    """A number written with a decimal point or a decimal comma (``7.5``, ``7,5``); ValueError otherwise.

    Parameters
    ----------
    item : str
        One item of a list; spaces (also narrow and no-break ones, as
        thousands separators) are ignored.
    """
    text = item.strip().replace(" ", "").replace("\u202f", "").replace("\u00a0", "")
    if _DECIMAL_COMMA.match(text):
        text = text.replace(",", ".")
    return float(text)


def maybe_decimal_comma(text: str | None) -> bool:
    """Whether a comma-separated text could be one number with a decimal comma (``7,5``, ``12,5``).

    Parameters
    ----------
    text : str or None
        A list as the user typed it; None or empty gives False.
    """
    return text is not None and bool(text) and ";" not in text and bool(re.match(r"^\s*\d+,\d\s*$", text))


def decimal_comma_hint(text: str) -> str:
    """What to write when a comma in ``text`` may have been meant as a decimal comma.

    Parameters
    ----------
    text : str
        The list as the user typed it, such as ``7,5``.
    """
    whole, _, fraction = text.strip().partition(",")
    return tr(
        "If {text} means one number, write {point} with a point; in a list separated by semicolons a comma is "
        "a decimal comma (5;7,5;10)."
    ).format(text=text.strip(), point=f"{whole}.{fraction}")


def split_answers(text: str | None, present: Iterable[object]) -> list[str]:
    """The answer values of a parameter, read against the values the answer field holds.

    Semicolons separate answers. Without a semicolon, commas separate them
    only where the whole text is not itself an answer of the field and some
    of its comma-separated parts are (``Very unsafe,Fairly unsafe``); an
    answer that holds a comma (``Yes, often``) is kept whole.

    Parameters
    ----------
    text
        The parameter's text.
    present
        The values of the answer field (compared trimmed and ignoring case).

    Returns
    -------
    list of str
    """
    if not text or not str(text).strip():
        return []
    text = str(text)
    if ";" in text or "," not in text:
        return [part.strip() for part in text.split(";") if part.strip()]
    known = {str(value).strip().casefold() for value in present if value is not None}
    parts = [part.strip() for part in text.split(",") if part.strip()]
    if text.strip().casefold() not in known and any(part.casefold() in known for part in parts):
        return parts
    return [text.strip()]


def split_pairs(text: str | None) -> list[tuple[str, str]]:
    """``key=value`` items (``residential=32, service=15``); a decimal comma after a value is joined back to it.

    Parameters
    ----------
    text : str or None
        The items as the user typed them, separated as :func:`split_items`
        reads them; None or empty gives no pair.

    Returns
    -------
    list of (str, str)
        The key and the value text of every item; an item without ``=``
        gives an empty key (the caller names it in its message).
    """
    pairs: list[tuple[str, str]] = []
    for item in split_items(text):
        key, equals, value = item.partition("=")
        if not equals and pairs and pairs[-1][1] and _DIGITS.match(item) and "," not in pairs[-1][1]:
            pairs[-1] = (pairs[-1][0], f"{pairs[-1][1]},{item.strip()}")  # "residential=32,5": 32.5
            continue
        pairs.append((key.strip() if equals else "", value.strip() if equals else item))
    return pairs
