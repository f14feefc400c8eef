"""The number policy of the engine: one place writes every number a user reads, in the text's language."""

from __future__ import annotations

import math

import pytest

from place_insight.engine import i18n
from place_insight.engine.i18n import (
    NARROW_NBSP,
    format_count,
    format_decimal,
    format_number,
    format_p_value,
    format_percent,
    format_share,
    label_value,
    plural,
)

N = NARROW_NBSP


@pytest.fixture
def speaking():
    """Installs a language (without a translator: the text stays English, numbers follow the language)."""

    previous = (i18n._translator, i18n._language)

    def install(language: str) -> None:
        i18n.set_translator(None, lambda: language)

    yield install
    i18n.set_translator(*previous)


@pytest.mark.parametrize(
    ("value", "decimals", "english", "french"),
    [
        (1234567.5, 1, "1,234,567.5", f"1{N}234{N}567,5"),
        (327.34, 1, "327.3", "327,3"),
        (4014, 0, "4,014", f"4{N}014"),
        (999, 0, "999", "999"),
        (-1234.0, 0, "-1,234", f"-1{N}234"),
        (-0.04, 1, "0.0", "0,0"),
        (0.5, 3, "0.500", "0,500"),
    ],
)
def test_numbers_in_english_and_french(value, decimals, english, french):
    assert format_number(value, decimals, language="en") == english
    assert format_number(value, decimals, language="fr") == french


def test_missing_and_infinite_numbers():
    for missing in (None, math.nan, float("nan")):
        assert format_number(missing, 2, language="fr") == "–"
        assert format_percent(missing, language="fr") == "–"
        assert format_p_value(missing) == "–"
    assert format_number(math.inf) == "∞"
    assert format_number("A01") == "A01"


def test_other_languages_write_english_numbers_as_their_text_is_english():
    assert format_number(1234.5, 1, language="de") == "1,234.5"
    assert format_number(1234.5, 1, language="fr_CA") == f"1{N}234,5"


def test_counts_keep_a_decimal_only_when_fractional():
    assert format_count(40411, language="fr") == f"40{N}411"
    assert format_count(2.0, language="en") == "2"
    assert format_count(2.25, language="en") == "2.2"
    assert format_count(12.5, language="fr") == "12,5"


def test_short_decimals_drop_trailing_zeros():
    assert format_decimal(7.5, language="fr") == "7,5"
    assert format_decimal(15.0, language="fr") == "15"
    assert format_decimal(0.05, 4, language="en") == "0.05"
    assert format_decimal(12000.0, language="fr") == f"12{N}000"


def test_percentages_as_cldr_writes_them():
    assert format_percent(23.21, 1, language="en") == "23.2%"
    assert format_percent(23.21, 1, language="fr") == f"23,2{N}%"
    assert format_share(0.2321, language="fr") == f"23{N}%"
    assert format_share(1.0, 1, language="en") == "100.0%"


def test_p_values():
    assert format_p_value(0.8673, language="fr") == "p = 0,867"
    assert format_p_value(0.00001, language="fr") == "p < 0,001"
    assert format_p_value(0.00001, 4, language="en") == "p < 0.0001"
    assert format_p_value(0.99997, language="fr") == "p = 1"


def test_the_user_language_is_the_default(speaking):
    speaking("fr")
    assert format_number(327.34, 1) == "327,3"
    assert format_percent(99.3, 1) == f"99,3{N}%"
    speaking("en")
    assert format_percent(99.3, 1) == "99.3%"


@pytest.mark.parametrize(
    ("n", "english", "french"),
    [(0, "islands", "island"), (1, "island", "island"), (1.5, "islands", "island"), (2, "islands", "islands")],
)
def test_singular_and_plural_follow_each_language(n, english, french):
    assert plural(n, "island", "islands", language="en") == english
    assert plural(n, "island", "islands", language="fr") == french


def test_label_and_value_without_translator():
    assert label_value("Author", "Place Insight") == "Author: Place Insight"
