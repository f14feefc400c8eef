"""The one numeric-field policy: what each use accepts, refuses or counts as zero, and what the messages name."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from place_insight.engine import values as V
from place_insight.engine.errors import InvalidInputError
from place_insight.engine.progress import RecordingProgress

IDS = [11, 12, 13, 14]


def read(data, rule=V.WEIGHTS, **kwargs):
    return V.read_numbers(data, rule, field="weight", layer="clients", labels=IDS[: len(data)], **kwargs)


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (
            ["3", "x", 4, "n/a"],
            r"The field weight of clients holds text that is not a number in 2 features \(e\.g\. 'x', 'n/a', features 12, 14\)",
        ),
        ([1, None, 2], r"1 features of clients have no value \(NULL\) in the field weight \(e\.g\. features 12\)"),
        ([1, math.nan, 2], r"1 features of clients have no value \(NULL\) in the field weight \(e\.g\. features 12\)"),
        ([1, -2, 2], r"1 features of clients have a negative value in the field weight \(e\.g\. features 12\); weights cannot"),
        ([1, math.inf, 2], r"1 features of clients have an infinite or implausibly large value .* \(e\.g\. features 12\)"),
        ([1, 1e308, 1e308], r"2 features of clients have an infinite or implausibly large value .* \(e\.g\. features 12, 13\)"),
        (["1", "1e308"], r"implausibly large"),
        ([0, 0.0, "0"], r"Every value of the field weight of clients is zero or missing"),
    ],
)
def test_weights_refuse_what_cannot_be_a_weight_naming_the_layer_field_and_features(data, expected):
    with pytest.raises(InvalidInputError, match=expected):
        read(data)


def test_numbers_stored_as_text_are_read_and_zero_weights_are_allowed():
    assert read(["3", " 4.5 ", 2, 0]).tolist() == [3.0, 4.5, 2.0, 0.0]
    assert read(pd.Series([1, 2], dtype="int64")).tolist() == [1.0, 2.0]
    assert read(pd.Series([1, 2], dtype="Int64")).tolist() == [1.0, 2.0]
    assert read(pd.Series([True, False])).tolist() == [1.0, 0.0]
    assert read(["1\u00a0500", 2]).tolist() == [1500.0, 2.0]  # a no-break space as thousands separator


def test_a_nullable_integer_column_with_null_is_refused_as_null():
    with pytest.raises(InvalidInputError, match=r"no value \(NULL\)"):
        read(pd.Series([1, None, 3], dtype="Int64"))


def test_text_is_refused_before_null_so_that_text_is_never_reported_as_null():
    with pytest.raises(InvalidInputError, match="text that is not a number"):
        read([None, "twelve"])


def test_summed_counts_take_null_as_zero_with_a_warning_naming_features():
    progress = RecordingProgress()
    counts = read([4, None, math.nan, 0], V.SUMMED_COUNTS, progress=progress)
    assert counts.tolist() == [4.0, 0.0, 0.0, 0.0]
    assert progress.warnings == [
        "2 features of clients have no value (NULL) in the field weight and count as 0 (e.g. features 12, 13)."
    ]
    assert read([None, None], V.SUMMED_COUNTS).tolist() == [0.0, 0.0]  # every value zero is allowed when summing


def test_capacities_keep_null_as_no_limit_and_refuse_zero():
    assert np.isnan(read([5, None], V.CAPACITIES)).tolist() == [False, True]
    with pytest.raises(InvalidInputError, match=r"have 0 in the field weight \(e\.g\. features 12\): capacities must be more"):
        read([5, 0], V.CAPACITIES)


def test_households_count_null_as_zero_but_refuse_all_zero():
    assert read([3, None], V.HOUSEHOLDS).tolist() == [3.0, 0.0]
    with pytest.raises(InvalidInputError, match="zero or missing"):
        read([None, 0], V.HOUSEHOLDS)


def test_an_empty_field_is_left_to_the_caller_to_refuse_in_its_own_words():
    assert read([]).tolist() == []


def test_positions_name_the_features_without_labels():
    with pytest.raises(InvalidInputError, match=r"features 2\)"):
        V.read_numbers([1, -1], V.COUNTS, field="n", layer="base")


def test_sums_and_products_of_accepted_values_stay_finite():
    # the largest accepted values, a million of them, times a long travel cost: no overflow, no NaN share
    largest = read([V.LARGEST, V.LARGEST])
    total = float(np.repeat(largest, 500_000).sum()) * 1e6
    assert math.isfinite(total) and math.isfinite(largest[0] / total)
