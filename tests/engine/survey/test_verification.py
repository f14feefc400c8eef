"""Verification of clusters: the verdicts, the disparity flag, bad input, the report (the exact tests: test_inference)."""

from __future__ import annotations

import dataclasses
import math

import numpy as np
import pytest
import shapely
from survey_synthetic import outline, synthetic_survey

from place_insight.engine.errors import InvalidInputError
from place_insight.engine.progress import RecordingProgress
from place_insight.engine.survey import clusters as C
from place_insight.engine.survey import verification as V
from place_insight.engine.survey.report import verification_report

# pandas 1.5 (pinned beside QGIS's numpy 1.x) warns inside DataFrame.loc; everything else is an error
pytestmark = [
    pytest.mark.filterwarnings("error"),
    pytest.mark.filterwarnings("ignore:np.find_common_type is deprecated:DeprecationWarning"),
]


def binomial_tail(k: int, n: int, p: float) -> float:
    return sum(math.comb(n, i) * p**i * (1 - p) ** (n - i) for i in range(k, n + 1))


# -- hand-made clusters ------------------------------------------------------------------
def small_case(responses_per_unit=(3, 3, 3, 3, 9, 9, 3, 3), chosen_units=(0, 1)):
    """8 postcode units of 10 households; clusters: A = units 0–1, B = units 4–5 (high return), C = nothing,
    D = units 1–2 (overlaps A)."""
    unit = np.repeat(np.arange(8), responses_per_unit)
    chosen = np.isin(unit, chosen_units) | (np.arange(unit.size) % 5 == 0)
    postcodes = C.membership_matrix([0, 0, 1, 1, 3, 3], [0, 1, 4, 5, 1, 2], 4, 8)
    records = postcodes @ C.membership_matrix(unit, np.arange(unit.size), 8, unit.size)
    contents = V.ClusterContents(
        ids=["A", "B", "C", "D"],
        area_km2=np.array([0.1, 0.1, 0.1, 0.1]),
        postcodes=postcodes,
        responses=records.tocsr(),
        incidents=C.membership_matrix([0, 1, 1, 1, 1], [0, 1, 2, 3, 4], 4, 20),
    )
    district = V.District(weights=np.full(8, 10.0), chosen=chosen, area_km2=2.0, incidents=20, answer_label="“Very unsafe”")
    return contents, district, unit, chosen


def test_small_case_numbers_by_hand():
    contents, district, unit, chosen = small_case()
    progress = RecordingProgress()
    result = V.verify_clusters(contents, district, progress=progress)
    table = result.table.set_index("cluster_id")
    a, b = table.loc["A"], table.loc["B"]
    assert (a["postcodes"], a["households"], a["responses"]) == (2, 20.0, 6)
    assert a["return_ratio"] == pytest.approx((6 / 36) / (20 / 80))
    assert a["return_p"] == pytest.approx(binomial_tail(6, 36, 0.25))
    assert a["verified"] is True and b["verified"] is False
    assert b["return_p"] == pytest.approx(binomial_tail(18, 36, 0.25))
    total_chosen = int(chosen.sum())
    assert a["share"] == pytest.approx(1.0) and a["district_share"] == pytest.approx(total_chosen / 36)
    assert a["share_p"] == pytest.approx(binomial_tail(6, 6, total_chosen / 36))
    assert b["incidents"] == 4 and b["incident_ratio"] == pytest.approx((4 / 20) / 0.25)
    assert b["incident_rate"] == pytest.approx(4 / 20 * 1000)  # per 1,000 households
    assert b["district_incident_rate"] == pytest.approx(20 / 80 * 1000)
    assert a["low_numbers"] is True
    # the district has 36 responses (≥ 30): no district warning, but the others are there
    text = "\n".join(progress.warnings)
    assert not any("The district has only" in w for w in progress.warnings)
    assert "1 cluster contains no postcode unit" in text and "C" in text
    assert "A & D" in text  # A and D share unit 1
    assert table.loc["C", "verified"] is None and math.isnan(table.loc["C", "return_p"])
    assert "contains no postcode unit" in table.loc["C", "verdict"]


def test_responses_at_their_own_addresses_count_in_the_return_test_with_their_unit():
    contents, district, unit, chosen = small_case()
    # the same responses, but the outline of A holds only 4 of its 6 (2 lie just outside, their units inside), and
    # 2 responses of unit 2 lie inside it while their unit does not
    records = contents.responses.toarray()
    outside, inside = np.flatnonzero(unit == 1)[:2], np.flatnonzero(unit == 2)[:2]
    records[0, outside], records[0, inside] = 0, 1
    located = dataclasses.replace(contents, responses=C.membership_matrix(*np.nonzero(records), 4, unit.size))
    by_unit = dataclasses.replace(located, response_units=unit)
    a = V.verify_clusters(located, district).table.set_index("cluster_id").loc["A"]
    assert a["responses"] == 6 and a["return_p"] == pytest.approx(binomial_tail(6, 36, 0.25))  # 6 where they lie
    a = V.verify_clusters(by_unit, district).table.set_index("cluster_id").loc["A"]
    assert a["responses"] == 6 and a["chosen"] == chosen[records[0] == 1].sum()  # the share: where they lie
    assert a["return_p"] == pytest.approx(binomial_tail(6, 36, 0.25))  # the return: the 6 of units 0 and 1
    records[0, np.flatnonzero(unit == 3)[:3]] = 1  # three more of unit 3 lie inside: the return test does not move
    more = dataclasses.replace(by_unit, responses=C.membership_matrix(*np.nonzero(records), 4, unit.size))
    a = V.verify_clusters(more, district).table.set_index("cluster_id").loc["A"]
    assert a["responses"] == 9 and a["return_p"] == pytest.approx(binomial_tail(6, 36, 0.25))
    assert a["return_rate"] == pytest.approx(6 / 20)


def test_disparity_flags():
    assert V._disparity(True, False, True) == "fear without crime"
    assert V._disparity(False, True, True) == "crime without fear"
    assert V._disparity(True, True, True) == "fear and crime"
    assert V._disparity(False, False, True) == "neither"
    assert V._disparity(True, None, True) is None
    # fear in a cluster whose return rate is high (or untested) is not a finding: it may be where more people answered
    assert V._disparity(True, False, False) is None and V._disparity(True, True, None) is None
    assert V._disparity(False, True, False) == "crime without fear" and V._disparity(False, False, None) == "neither"


def test_incident_clusters_alone_decide_crime_by_overlap():
    contents, district, _, _ = small_case()
    contents = V.ClusterContents(
        ids=contents.ids,
        area_km2=contents.area_km2,
        postcodes=contents.postcodes,
        responses=contents.responses,
        incident_overlap=np.array([0.0, 0.5, 0.0, 0.05]),
        incident_clusters=["", "7", "", "3"],
    )
    district = V.District(weights=district.weights, chosen=district.chosen, area_km2=2.0, answer_label="x")
    table = V.verify_clusters(contents, district).table.set_index("cluster_id")
    assert table.loc["B", "incidents_high"] is True and table.loc["D", "incidents_high"] is False
    assert table.loc["A", "disparity"] == "fear without crime"
    assert "50% of its area lies in incident clusters (7)" in table.loc["B", "verdict"]


def test_a_district_with_fewer_than_30_responses_is_still_tested_with_a_warning():
    contents, district, _, _ = small_case(responses_per_unit=(1, 1, 1, 1, 3, 3, 1, 1))
    progress = RecordingProgress()
    table = V.verify_clusters(contents, district, progress=progress).table
    assert any("only 12 responses" in w for w in progress.warnings)
    assert table["return_p"].notna().sum() == 3 and table["share_p"].notna().sum() == 3


def test_every_answer_identical_gives_share_tests_of_one():
    contents, district, unit, _ = small_case()
    district = V.District(weights=district.weights, chosen=np.ones(unit.size, bool), area_km2=2.0, incidents=20)
    table = V.verify_clusters(contents, district).table
    assert (table["share_p"].dropna() == 1.0).all()
    assert not table["share_high"].dropna().any()


def test_bad_options_and_empty_district():
    contents, district, _, _ = small_case()
    with pytest.raises(InvalidInputError, match="significance level"):
        V.verify_clusters(contents, district, V.VerificationOptions(alpha=1.5))
    empty = V.District(weights=np.full(8, 10.0), chosen=np.zeros(0, bool), area_km2=1.0)
    with pytest.raises(InvalidInputError, match="No response"):
        V.verify_clusters(contents, empty)


def test_merge_fields_puts_the_id_first_and_replaces_clashing_fields():
    import pandas as pd

    attributes = pd.DataFrame({"cluster_id": [1, 2], "method": ["density", "density"], "chosen": [9, 9]})
    table = pd.DataFrame({"cluster_id": [1, 2], "chosen": [5, 6], "verified": [True, False]})
    merged = V.merge_fields(attributes, table)
    assert list(merged.columns) == ["cluster_id", "method", "chosen", "verified"]
    assert merged["chosen"].tolist() == [5, 6]


def test_hull_area():
    assert V.hull_area(np.array([[0, 0], [10, 0], [10, 10], [0, 10], [5, 5]])) == pytest.approx(100.0)
    assert V.hull_area(np.array([[0, 0], [1, 1]])) == 0.0


# -- the planted clusters of a synthetic district -------------------------------------------------
def memberships(geoms, xy):
    zone, item = [], []
    for k, g in enumerate(geoms):
        inside = np.flatnonzero(shapely.intersects_xy(g, xy[:, 0], xy[:, 1]))
        zone += [k] * inside.size
        item += inside.tolist()
    return C.membership_matrix(zone, item, len(geoms), len(xy))


@pytest.fixture(scope="module")
def verified():
    town = synthetic_survey(seed=11)
    points = C.SurveyPoints(town.response_xy, town.chosen, town.response_unit, town.postcode_xy)
    found = C.find_clusters(points, C.ClusterOptions(method="density"))
    geoms = [outline(s) for s in found.shapes]
    contents = V.ClusterContents(
        ids=found.table["cluster_id"].tolist(),
        area_km2=np.array([g.area / 1e6 for g in geoms]),
        postcodes=memberships(geoms, town.postcode_xy),
        responses=memberships(geoms, town.response_xy),
        incidents=memberships(geoms, town.incident_xy),
    )
    district = V.District(
        weights=town.households, chosen=town.chosen, area_km2=36.0, incidents=len(town.incident_xy), answer_label="“Very unsafe”"
    )
    result = V.verify_clusters(contents, district)
    which = {}
    for name, circle in (("fear", town.fear), ("high", town.high)):
        centre = shapely.Point(circle[0], circle[1])
        which[name] = [i for i, g in zip(found.table["cluster_id"], geoms) if g.contains(centre)]
    return result, which


def test_planted_fear_cluster_is_verified_and_fear_without_crime(verified):
    result, which = verified
    table = result.table.set_index("cluster_id")
    (fear,) = which["fear"]
    row = table.loc[fear]
    assert row["verified"] is True and row["share_high"] is True
    assert row["incidents_high"] is False and row["disparity"] == "fear without crime"
    assert row["ratio_low"] < row["incident_ratio"] < row["ratio_high"]
    assert "return rate ordinary (verified)" in row["verdict"] and "Fear without crime" in row["verdict"]


def test_planted_high_return_area_is_found_by_density_but_not_verified(verified):
    result, which = verified
    table = result.table.set_index("cluster_id")
    (high,) = which["high"]
    row = table.loc[high]
    assert row["verified"] is False and row["return_ratio"] > 2 and row["return_p"] < 1e-6
    assert row["share_high"] is False
    assert "return rate high (not verified)" in row["verdict"]


def test_report_explains_each_verdict(verified, tmp_path):
    result, which = verified
    path = verification_report(result, subtitle="synthetic").save(tmp_path / "report.html")
    html = path.read_text(encoding="utf-8")
    assert "Survey cluster verification" in html and "<svg" in html
    assert html.count("<p>Cluster ") == len(result.table)
    assert "fear without crime" in html and "Clopper" in html


def test_household_counts_null_count_as_zero_and_text_or_negative_are_refused():
    progress = RecordingProgress()
    weights = V.household_weights([3, None, "7"], field="households", layer="postcodes", labels=[10, 11, 12], progress=progress)
    assert weights.tolist() == [3.0, 0.0, 7.0]
    assert progress.warnings == [
        "1 features of postcodes have no value (NULL) in the field households and count as 0 (e.g. features 11)."
    ]
    for values, words in (([3, -2], "negative value"), ([3, "x"], "text that is not a number")):
        with pytest.raises(InvalidInputError, match=words):
            V.household_weights(values, field="households", layer="postcodes")


def test_without_households_incidents_are_per_postcode_unit():
    contents, district, _, _ = small_case()
    district = V.District(
        weights=np.ones(8), chosen=district.chosen, area_km2=2.0, basis="postcodes", incidents=20, answer_label="x"
    )
    result = V.verify_clusters(contents, district)
    row = result.table.set_index("cluster_id").loc["B"]
    assert result.incident_basis == "postcodes"
    assert row["incident_rate"] == pytest.approx(4 / 2 * 1000) and "per postcode unit" in row["verdict"]
    assert math.isnan(row["households"])


# -- who lives in the clusters -----------------------------------------------------------------
def residents_case():
    """The 8 postcode units of :func:`small_case` as a segmented base (demo catalogue, groups).

    Households 10, 20, 15, 10, 8, 12, 30, 5; whole base: J 35, H 27, L 10, A 30 and 8 Unclassified (110).
    Clusters: A = units 0–1 (J only), B = units 4–5 (H and an unknown code), C = nothing, D = units 1–2 (J and H).
    """
    from place_insight.engine.segmentation import composition, encoding
    from place_insight.engine.segmentation.catalogue_files import builtin_catalogues, load_catalogue

    axis = encoding.SegmentAxis.of(load_catalogue(builtin_catalogues()["demo"]), "group")
    codes = encoding.encode_segments(["J43", "J41", "H33", "L52", "Q99", "H30", "A01", "J40"], axis, blank_as_unclassified=True)
    households = np.array([10, 20, 15, 10, 8, 12, 30, 5], dtype=float)
    cluster, unit = [0, 0, 1, 1, 3, 3], [0, 1, 4, 5, 1, 2]
    matrix = composition.segment_matrix(cluster, codes.positions[unit], n_zones=4, size=axis.size, weights=households[unit])
    return V.Residents.of(
        matrix, encoding.tally(codes.positions, axis.size, households), axis, base="postcodes", count="households"
    )


def test_dominant_segments_of_each_cluster_by_hand():
    contents, district, _, _ = small_case()
    contents = dataclasses.replace(contents, residents=residents_case())
    progress = RecordingProgress()
    result = V.verify_clusters(contents, district, progress=progress)
    table = result.table.set_index("cluster_id")
    columns = list(result.table.columns)
    assert columns[-5:] == ["dominant_segments", "dominant_names", "dominant_share", "dominant_index", "verdict"]
    base_share = {"J": 35 / 110 * 100, "H": 27 / 110 * 100}
    a, b, d = table.loc["A"], table.loc["B"], table.loc["D"]
    assert (a["dominant_segments"], a["dominant_names"]) == ("J", "Estate Families")
    assert a["dominant_share"] == pytest.approx(100.0) and a["dominant_index"] == pytest.approx(100 / base_share["J"] * 100)
    assert b["dominant_segments"] == "H"  # the unknown code is Unclassified, never dominant
    assert b["dominant_share"] == pytest.approx(60.0) and b["dominant_index"] == pytest.approx(60 / base_share["H"] * 100)
    assert (d["dominant_segments"], d["dominant_names"]) == ("J, H", "Estate Families; Terraced Heartlands")
    assert d["dominant_share"] == pytest.approx(20 / 35 * 100)
    assert d["verdict"].endswith(
        "Who lives here: mostly J Estate Families (57%, index 180) and H Terraced Heartlands (43%, index 175)."
    )
    assert b["verdict"].endswith("Who lives here: mostly H Terraced Heartlands (60%, index 244). Unclassified: 40%.")
    c = table.loc["C"]
    assert c["dominant_segments"] is None and c["dominant_names"] is None and math.isnan(c["dominant_share"])
    assert c["verdict"].endswith("No unit of postcodes lies inside it, so who lives here is not known.")
    assert "1 cluster contains no unit of postcodes, so its dominant segments are NULL: C." in progress.warnings


def test_without_a_segmented_base_there_are_no_segment_columns():
    contents, district, _, _ = small_case()
    result = V.verify_clusters(contents, district)
    assert "dominant_segments" not in result.table and result.residents is None
    assert "Who lives here" not in " ".join(result.table["verdict"])


def test_report_says_who_lives_in_each_cluster(tmp_path):
    contents, district, _, _ = small_case()
    contents = dataclasses.replace(contents, residents=residents_case())
    html = verification_report(V.verify_clusters(contents, district)).html()
    assert "Dominant segments" in html and "<td>J, H</td>" in html
    assert "Who lives here: mostly J Estate Families (57%, index 180)" in html
    assert "each unit weighted by its households" in html and "by group of the catalogue" in html
