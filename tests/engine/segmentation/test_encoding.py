"""Segment codes placed on a level of a catalogue, and the numbers read with them."""

from __future__ import annotations

import pytest
from segment_fixtures import CATALOGUE, GROUPS

from place_insight.engine.errors import InvalidInputError
from place_insight.engine.segmentation.catalogue_format import catalogue_from_dict
from place_insight.engine.segmentation.encoding import SegmentAxis, code_warnings, encode_segments, require_level


# -- encoding and input checks ------------------------------------------------------
def test_codes_roll_up_and_coarser_codes_are_refused_naming_layer_and_field():
    types = SegmentAxis.of(CATALOGUE, "type")
    encoded = encode_segments([" a1 ", "A2", "B", "B", "Q", float("nan"), ""], types)
    assert list(encoded.positions) == [0, 1, -1, -1, types.unclassified, -1, -1]
    assert encoded.coarser == {"B": 2} and encoded.unknown == {"Q": 1} and encoded.blank == 2
    with pytest.raises(
        InvalidInputError,
        match=r"2 records of clients have codes of the level group in the field "
        r"seg \(e\.g\. B\); they cannot be broken down to the level type",
    ):
        require_level(encoded, types, layer="clients", field="seg")
    assert list(
        encode_segments(
            [1.0, "2"],
            SegmentAxis.of(
                catalogue_from_dict(
                    {
                        "format": "placeinsight-catalogue/1",
                        "levels": ["s"],
                        "segments": [{"code": "1", "level": "s", "name": "one"}, {"code": "2", "level": "s", "name": "two"}],
                    }
                ),
                "s",
            ),
        ).positions
    ) == [0, 1]


def test_codes_of_another_classification_are_refused_naming_the_catalogue_and_the_codes():
    groups = SegmentAxis.of(CATALOGUE, "group")
    oac = encode_segments(["1a1", "1a1", "7b2", None, "2c1"], groups, blank_as_unclassified=True)
    with pytest.raises(InvalidInputError) as error:
        require_level(oac, groups, layer="postcodes", field="oac")
    message = str(error.value)
    assert message.startswith(f"None of the segment codes of postcodes (field oac) is in the catalogue {CATALOGUE.name()}")
    assert "the codes found are 1a1 (2), 2c1 (1), 7b2 (1)." in message
    require_level(encode_segments(["A1", "Q"], groups), groups, layer="postcodes", field="seg")  # one known code is enough
    require_level(encode_segments([None, ""], groups), groups, layer="postcodes", field="seg")  # no code at all: not refused


def test_code_warnings_name_the_unknown_codes_with_their_counts():
    encoded = encode_segments(["Z9", "Z9", "Y1", None, "A1"], GROUPS, blank_as_unclassified=True)
    messages = code_warnings(encoded, GROUPS, layer="postcodes", field="segment", blank_counted=True)
    assert messages[0].startswith(
        "3 records of postcodes have segment codes that are not in the catalogue ABC (field segment: Z9 (2), Y1 (1))"
    )
    assert messages[1] == "1 records of postcodes have no segment code in the field segment; they are counted as Unclassified."
