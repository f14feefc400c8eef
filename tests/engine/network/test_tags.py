"""Reading road attributes: speeds with their units and GDAL's OSM ``other_tags``."""

from __future__ import annotations

import math

import pytest

from place_insight.engine.network.options import MPH
from place_insight.engine.network.tags import parse_other_tags, parse_speed


@pytest.mark.parametrize(
    ("value", "unit", "expected"),
    [
        (50, "kmh", 50.0),
        ("50", "kmh", 50.0),
        ("30 mph", "kmh", 30 * MPH),
        ("20mph", "kmh", 20 * MPH),
        ("50 km/h", "kmh", 50.0),
        ("30", "mph", 30 * MPH),
        ("GB:nsl_single", "kmh", 60 * MPH),
        ("FR:urban", "kmh", 50.0),
        ("FR:zone30", "kmh", 30.0),
        ("50;30", "kmh", 30.0),
        ("7,5", "kmh", 7.5),
        ("none", "kmh", math.nan),
        ("signals", "kmh", math.nan),
        (0, "kmh", math.nan),
        (-20, "kmh", math.nan),
        (None, "kmh", math.nan),
        ("", "kmh", math.nan),
        ("fast", "kmh", math.nan),
        (float("nan"), "kmh", math.nan),
    ],
)
def test_speeds_are_parsed_with_their_units(value, unit, expected):
    result = parse_speed(value, unit=unit)
    if math.isnan(expected):
        assert math.isnan(result)
    else:
        assert result == pytest.approx(expected)


def test_other_tags_are_read_like_gdal_writes_them():
    text = '"maxspeed"=>"20 mph","oneway"=>"yes","name:fr"=>"Rue \\"A\\"","foot"=>"no"'
    assert parse_other_tags(text) == {"maxspeed": "20 mph", "oneway": "yes", "name:fr": 'Rue "A"', "foot": "no"}
    assert parse_other_tags(None) == {}
