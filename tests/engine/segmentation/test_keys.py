"""Key normalisation and matching (postcodes written as people write them)."""

from __future__ import annotations

import numpy as np

from place_insight.engine.segmentation.keys import duplicated_keys, match_keys, normalise_keys


def test_postcodes_compare_without_case_or_spaces():
    values = ["GU11 1AA", "gu111aa", " GU11  1AA ", "", None, float("nan"), "N/A"]
    assert list(normalise_keys(values)) == ["GU111AA", "GU111AA", "GU111AA", None, None, None, "N/A"]


def test_other_codes_keep_inner_spaces_and_lose_dot_zero():
    assert list(normalise_keys([" e00057001 ", 1234.0, 7, "A B"], postcode=False)) == ["E00057001", "1234", "7", "A B"]


def test_match_keys_finds_the_first_match_and_minus_one_otherwise():
    base = ["ZZ1 1AA", "ZZ1 1AB", "zz1 1ab", "ZZ2 2BB"]
    target = ["zz11ab", "ZZ2 2BB ", "ZZ9 9ZZ", None, "ZZ1 1AA"]
    assert list(match_keys(target, base)) == [1, 3, -1, -1, 0]
    assert duplicated_keys(base) == ["ZZ11AB"]


def test_match_keys_with_unique_base_is_vectorised():
    base = [f"ZZ{i} {i % 9}AA" for i in range(10000)]
    target = np.array(base[::-1], dtype=object)
    assert (match_keys(target, base) == np.arange(9999, -1, -1)).all()
