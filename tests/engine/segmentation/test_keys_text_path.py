"""The one-pass path of normalise_keys for text columns gives exactly the general path's keys."""

from __future__ import annotations

import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from place_insight.engine.segmentation.keys import _normalise_any, normalise_keys

ALPHABET = "AZaz09 +-.eE\t\u00a0\u2009\u3000ß/"


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(st.text(alphabet=ALPHABET, max_size=9), st.none()), min_size=1, max_size=30), st.booleans())
def test_text_keys_match_the_general_normalisation(values, postcode):
    if not any(isinstance(v, str) for v in values):
        return
    assert list(normalise_keys(values, postcode=postcode)) == list(_normalise_any(pd.Series(values, dtype=object), postcode))


def test_examples_of_the_text_path():
    values = ["gu11 1aa", "GU11\u00a01AA", "  ", None, "1234.0", " 007 ", "1e3", "-5", ".5", "straße"]
    assert list(normalise_keys(values)) == ["GU111AA", "GU111AA", None, None, "1234", "7", "1000", "-5", ".5", "STRASSE"]
    assert list(normalise_keys(values, postcode=False)) == [
        "GU11 1AA",
        "GU11\u00a01AA",
        None,
        None,
        "1234",
        "7",
        "1000",
        "-5",
        ".5",
        "STRASSE",
    ]
