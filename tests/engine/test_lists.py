"""Lists typed into one text parameter: one separator convention, decimal commas, answers holding commas."""

from __future__ import annotations

import pytest

from place_insight.engine.lists import maybe_decimal_comma, number, split_answers, split_items, split_pairs


@pytest.mark.parametrize(
    ("text", "items"),
    [
        ("5,10,15", ["5", "10", "15"]),
        ("5;10;15", ["5", "10", "15"]),
        (" a ; b ;", ["a", "b"]),
        ("5;7,5;10", ["5", "7,5", "10"]),
        ("yes, true ,1", ["yes", "true", "1"]),
        ("", []),
        (None, []),
    ],
)
def test_items_are_separated_by_semicolons_or_else_commas(text, items):
    assert split_items(text) == items


def test_numbers_with_a_decimal_point_or_comma():
    assert number("7,5") == 7.5 and number(" 7.5 ") == 7.5 and number("1\u202f000") == 1000
    with pytest.raises(ValueError):
        number("1,000,5")
    assert maybe_decimal_comma("7,5") and maybe_decimal_comma("12,5")
    assert not maybe_decimal_comma("5,10") and not maybe_decimal_comma("5;7,5") and not maybe_decimal_comma("5,10,15")


@pytest.mark.parametrize(
    ("text", "present", "answers"),
    [
        ("Very unsafe;Fairly unsafe", ["Very unsafe", "Fairly unsafe"], ["Very unsafe", "Fairly unsafe"]),
        ("Very unsafe,Fairly unsafe", ["Very unsafe", "Fairly unsafe", "Safe"], ["Very unsafe", "Fairly unsafe"]),
        ("very unsafe, fairly unsafe", ["Very unsafe", "Fairly unsafe"], ["very unsafe", "fairly unsafe"]),
        ("Yes, often", ["Yes, often", "Never"], ["Yes, often"]),
        ("Yes, often;Never", ["Yes, often", "Never"], ["Yes, often", "Never"]),
        ("Maybe, later", ["Yes", "No"], ["Maybe, later"]),
        ("", ["Yes"], []),
    ],
)
def test_answers_are_split_at_commas_only_where_that_is_unambiguous(text, present, answers):
    assert split_answers(text, present) == answers


def test_class_speeds_with_a_decimal_comma():
    assert split_pairs("residential=32, service=15") == [("residential", "32"), ("service", "15")]
    assert split_pairs("residential=32,5,service=15") == [("residential", "32,5"), ("service", "15")]
    assert split_pairs("residential=32,5; service=15") == [("residential", "32,5"), ("service", "15")]
    assert split_pairs("residential") == [("", "residential")]
