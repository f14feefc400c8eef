"""Which answers count and where records are: answer selection and postcode joins."""

from __future__ import annotations

import numpy as np
import pytest

from place_insight.engine.errors import InvalidInputError
from place_insight.engine.progress import RecordingProgress
from place_insight.engine.survey import responses as survey

pytestmark = pytest.mark.filterwarnings("error")

ANSWERS = ["Very unsafe", "fairly unsafe ", "Fairly safe", None, "Very safe", "FAIRLY UNSAFE", ""]


def test_parse_answers():
    assert survey.parse_answers(" Very unsafe ; Fairly unsafe;;") == ["Very unsafe", "Fairly unsafe"]
    assert survey.parse_answers(None) == []


def test_answers_match_without_case_or_spaces_and_unanswered_records_are_reported():
    progress = RecordingProgress()
    chosen = survey.select_answers(
        ANSWERS, ["Very unsafe", "Fairly unsafe"], field="feel_safe", layer="survey", progress=progress
    )
    assert chosen.chosen.tolist() == [True, True, False, False, False, True, False]
    assert chosen.answered.tolist() == [True, True, True, False, True, True, False]
    assert progress.warnings == ["2 of 7 records of survey have no answer in feel_safe and are left out."]
    assert chosen.label == "“Very unsafe” / “Fairly unsafe”"


def test_an_answer_that_does_not_occur_is_a_warning_naming_what_does():
    progress = RecordingProgress()
    chosen = survey.select_answers(ANSWERS, ["Very unsafe", "Terrified"], field="feel_safe", layer="survey", progress=progress)
    assert chosen.absent == ("Terrified",) and chosen.chosen.sum() == 1
    (warning,) = [w for w in progress.warnings if "Terrified" in w]
    assert "does not occur" in warning and "Fairly safe" in warning


def test_no_answer_that_occurs_is_refused():
    with pytest.raises(InvalidInputError, match="None of the answer values Terrified; Scared occurs"):
        survey.select_answers(ANSWERS, ["Terrified", "Scared"], field="feel_safe", layer="survey")
    with pytest.raises(InvalidInputError, match="Give the answer values"):
        survey.select_answers(ANSWERS, [], field="feel_safe", layer="survey")


def test_all_answers_identical_is_a_warning():
    progress = RecordingProgress()
    chosen = survey.select_answers(["Very unsafe"] * 5, ["Very unsafe"], field="f", layer="survey", progress=progress)
    assert chosen.all_identical and chosen.chosen.all()
    assert any("same answer" in w for w in progress.warnings)
    assert not survey.every_record(3).all_identical


def test_records_join_postcode_units_and_unmatched_ones_are_listed():
    progress = RecordingProgress()
    units = ["ZZ1 1AA", "ZZ1 1AB", "ZZ1 1AC"]
    xy = np.array([[0.0, 0.0], [10.0, 0.0], [np.nan, np.nan]])
    keys = ["zz11ab", "ZZ1 1AA", "ZZ9 9ZZ", None, "ZZ1 1AC", " zz1  1aa "]
    located = survey.locate_by_key(keys, units, xy, layer="survey", units_layer="postcodes", progress=progress)
    assert located.rows.tolist() == [0, 1, 5]
    assert located.unit.tolist() == [1, 0, 0]
    assert located.xy.tolist() == [[10.0, 0.0], [0.0, 0.0], [0.0, 0.0]]
    assert located.unmatched == ("ZZ9 9ZZ", "NULL", "ZZ1 1AC")
    assert progress.warnings == [
        "3 of 6 records of survey have a postcode that matches no postcode unit of "
        "postcodes and are left out: ZZ9 9ZZ, NULL, ZZ1 1AC."
    ]
    with pytest.raises(InvalidInputError, match="None of the 2 postcodes"):
        survey.locate_by_key(["A", "B"], units, xy, layer="survey", units_layer="postcodes")


def test_points_without_geometry_are_listed():
    progress = RecordingProgress()
    located = survey.locate_points(np.array([[0.0, 0.0], [np.nan, np.nan]]), [11, 12], layer="incidents", progress=progress)
    assert located.rows.tolist() == [0] and located.unit.tolist() == [-1]
    assert progress.warnings == ["1 of 2 features of incidents have no geometry and are left out: 12."]
