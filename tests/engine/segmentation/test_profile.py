"""Segment profiles and area mixes, against hand-computed tables and scipy."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from scipy import stats
from segment_fixtures import CATALOGUE, GROUPS

from place_insight.engine.errors import InvalidInputError
from place_insight.engine.segmentation import profile as pr
from place_insight.engine.segmentation.catalogue import catalogue_from_dict


def counts(a, b, c, unclassified=0.0):
    return np.array([a, b, c, unclassified], dtype=float)


def two_sided_binomial(k: int, n: int, p: float) -> float:
    """Independent two-sided exact p-value: sum of outcomes no more likely than k."""
    pmf = stats.binom.pmf(np.arange(n + 1), n, p)
    return float(min(1.0, pmf[pmf <= pmf[k] * (1 + 1e-7)].sum()))


# -- the classic table ------------------------------------------------------------
def test_profile_table_matches_the_hand_computed_one():
    profile = pr.profile_counts(counts(30, 45, 25), counts(600, 300, 100), GROUPS)
    table = profile.table.set_index("code")
    assert list(table.index) == ["A", "B", "C"]  # no Unclassified row when nothing is unclassified
    assert list(table["name"]) == ["Alpha", "Beta", "Gamma"]
    assert list(table["target_pct"]) == pytest.approx([30, 45, 25])
    assert list(table["base_pct"]) == pytest.approx([60, 30, 10])
    assert list(table["index"]) == pytest.approx([50, 150, 250])
    assert list(table["rank"]) == [2, 1, 3]
    assert list(table["penetration"]) == pytest.approx([50, 150, 250])
    assert list(table["cumulative_pct"]) == pytest.approx([75, 45, 100])
    # 45 % + 30 % reaches 75 % exactly: two groups, largest first
    assert profile.market == ("B", "A")
    assert list(table["target_market"]) == [True, True, False]
    assert profile.market_share == pytest.approx(75.0)
    assert profile.headline() == "75% of the target lies in 2 of 3 groups: B, A."
    expected = [stats.binomtest(30, 100, 0.6).pvalue, stats.binomtest(45, 100, 0.3).pvalue, stats.binomtest(25, 100, 0.1).pvalue]
    assert list(table["p_value"]) == pytest.approx(expected, rel=1e-12)
    assert list(table["p_value"]) == pytest.approx(
        [two_sided_binomial(30, 100, 0.6), two_sided_binomial(45, 100, 0.3), two_sided_binomial(25, 100, 0.1)], rel=1e-6
    )
    assert list(table["significant"]) == [p < 0.05 for p in expected] == [True, True, True]
    assert not table["low_numbers"].any()
    assert profile.exact_test


def test_totals_row_and_output_table():
    profile = pr.profile_counts(counts(30, 45, 25), counts(600, 300, 100), GROUPS)
    out = profile.output_table()
    assert list(out.columns) == list(pr.PROFILE_COLUMNS)
    total = out.to_dict("records")[-1]
    assert total["row_type"] == "total" and total["name"] == "Total" and total["code"] is None
    assert (total["target_count"], total["base_count"], total["index"]) == (100, 1000, 100)
    assert total["penetration"] == pytest.approx(100.0)
    assert pd.isna(total["rank"]) and total["target_market"] is None
    assert str(out["rank"].dtype) == "Int64"


def test_index_is_null_where_the_base_is_zero_and_low_numbers_are_flagged():
    profile = pr.profile_counts(counts(3, 90, 7), counts(0, 500, 4), GROUPS, options=pr.ProfileOptions(min_count=5))
    table = profile.table.set_index("code")
    assert math.isnan(table.loc["A", "index"]) and math.isnan(table.loc["A", "penetration"])
    assert math.isnan(table.loc["A", "p_value"]) and table.loc["A", "significant"] is None
    assert list(table["low_numbers"]) == [True, False, True]  # A: 3 clients, C: base of 4


def test_ties_share_the_best_rank_and_a_tie_at_the_market_boundary_is_reported():
    profile = pr.profile_counts(counts(40, 30, 30), counts(100, 100, 100), GROUPS, options=pr.ProfileOptions(coverage=0.6))
    assert list(profile.table["rank"]) == [1, 2, 2]
    assert profile.market == ("A", "B")  # C has as many as B but B comes first in the catalogue
    assert profile.boundary_ties == ("C",)


@pytest.mark.parametrize(
    ("target", "coverage", "market"),
    [
        ((7, 2, 1), 0.7, ("A",)),  # 0.7 × 10 is 7.000000000000001 in floating point: still reached by 7
        ((7, 2, 1), 0.71, ("A", "B")),
        ((5, 5, 0), 1.0, ("A", "B")),  # a segment without target never joins
        ((0, 0, 9), 0.5, ("C",)),
        ((1, 1, 1), 0.34, ("A", "B")),
    ],
)
def test_target_market_edge_cases(target, coverage, market):
    profile = pr.profile_counts(counts(*target), counts(10, 10, 10), GROUPS, options=pr.ProfileOptions(coverage=coverage))
    assert profile.market == market


def test_unclassified_codes_have_a_row_but_never_join_the_market():
    base = pr.encode_segments(["A1", "A2", "B1", "Z9", "Z9", None, "C1"], GROUPS, blank_as_unclassified=True)
    assert base.unknown == {"Z9": 2} and base.blank == 1
    target = pr.encode_segments(["Z9"] * 6 + ["A1", "B1", "B1"], GROUPS)
    profile = pr.profile_segments(target, base, GROUPS)
    table = profile.table
    assert list(table["row_type"]) == ["segment"] * 3 + ["unclassified"]
    last = table.to_dict("records")[-1]
    assert last["code"] is None and last["name"] == "Unclassified"
    assert (last["target_count"], last["base_count"]) == (6, 3)
    assert last["target_market"] is None and pd.isna(last["rank"])
    assert profile.market == ("B", "A")  # Unclassified (6 of 9) is the largest but is not a segment
    assert profile.market_share == pytest.approx(100 * 3 / 9)


def test_weighted_counts_that_are_not_whole_use_the_normal_approximation():
    profile = pr.profile_counts(counts(12.5, 30.25, 7.25), counts(50, 30, 20), GROUPS)
    assert not profile.exact_test
    n = 50.0
    for (k, p), value in zip(((12.5, 0.5), (30.25, 0.3), (7.25, 0.2)), profile.table["p_value"]):
        z = (k - n * p) / math.sqrt(n * p * (1 - p))
        assert value == pytest.approx(2 * stats.norm.sf(abs(z)))


def test_suppression_hides_small_counts_and_one_more_so_they_cannot_be_worked_out():
    profile = pr.profile_counts(counts(2, 50, 48), counts(100, 100, 100), GROUPS, options=pr.ProfileOptions(suppress_below=5))
    table = profile.table.set_index("code")
    assert list(table["suppressed"]) == [True, False, True]
    assert math.isnan(table.loc["A", "target_count"]) and math.isnan(table.loc["C", "target_count"])
    assert math.isnan(table.loc["A", "index"]) and table.loc["A", "significant"] is None
    assert table.loc["B", "target_count"] == 50 and table.loc["B", "cumulative_pct"] == pytest.approx(50)
    assert math.isnan(table.loc["C", "cumulative_pct"]) and math.isnan(table.loc["A", "cumulative_pct"])
    assert profile.totals_row()["target_count"] == 100


def test_empty_target_or_base_is_refused():
    with pytest.raises(InvalidInputError, match="The target is empty"):
        pr.profile_counts(counts(0, 0, 0), counts(1, 1, 1), GROUPS)
    with pytest.raises(InvalidInputError, match="The base is empty"):
        pr.profile_counts(counts(1, 0, 0), counts(0, 0, 0), GROUPS)


# -- encoding and input checks ------------------------------------------------------
def test_codes_roll_up_and_coarser_codes_are_refused_naming_layer_and_field():
    types = pr.SegmentAxis.of(CATALOGUE, "type")
    encoded = pr.encode_segments([" a1 ", "A2", "B", "B", "Q", float("nan"), ""], types)
    assert list(encoded.positions) == [0, 1, -1, -1, types.unclassified, -1, -1]
    assert encoded.coarser == {"B": 2} and encoded.unknown == {"Q": 1} and encoded.blank == 2
    with pytest.raises(
        InvalidInputError,
        match=r"2 records of clients have codes of the level group in the field "
        r"seg \(e\.g\. B\); they cannot be broken down to the level type",
    ):
        pr.require_level(encoded, types, layer="clients", field="seg")
    assert list(
        pr.encode_segments(
            [1.0, "2"],
            pr.SegmentAxis.of(
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


def test_code_warnings_name_the_unknown_codes_with_their_counts():
    encoded = pr.encode_segments(["Z9", "Z9", "Y1", None, "A1"], GROUPS, blank_as_unclassified=True)
    messages = pr.code_warnings(encoded, GROUPS, layer="postcodes", field="segment", blank_counted=True)
    assert messages[0].startswith(
        "3 records of postcodes have segment codes that are not in the catalogue ABC (field segment: Z9 (2), Y1 (1))"
    )
    assert messages[1] == "1 records of postcodes have no segment code in the field segment; they are counted as Unclassified."


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        (["3", "x", 4, "n/a"], r"The field weight of clients holds text in 2 records \(e\.g\. 'x', 'n/a'\)"),
        ([1, None, 2], r"1 records of clients have no value in the field weight \(e\.g\. 12\)"),
        ([1, -2, 2], r"1 records of clients have a negative value in the field weight \(e\.g\. 12\)"),
    ],
)
def test_numeric_values_refuse_text_null_and_negative(values, expected):
    with pytest.raises(InvalidInputError, match=expected):
        pr.numeric_values(values, field="weight", layer="clients", labels=[11, 12, 13, 14][: len(values)])


def test_numeric_values_read_numbers_stored_as_text():
    assert list(pr.numeric_values(["3", " 4.5", 2], field="w", layer="l")) == [3.0, 4.5, 2.0]
    assert list(pr.numeric_values(pd.Series([1, 2], dtype="int64"), field="w", layer="l")) == [1.0, 2.0]


# -- joins ------------------------------------------------------------------------------
def test_key_join_ignores_case_and_spaces_and_reports_duplicates_and_conflicts():
    base_keys = ["GU11 1AA", "GU11 1AB", "gu11 1ab", "GU12 4XY", "GU12 4XY", None]
    positions = np.array([0, 1, 2, 1, 1, 0])
    join = pr.join_on_keys(
        ["gu111aa", " GU11  1AB", "GU12 4XY", "ZZ9 9ZZ", None, ""],
        base_keys,
        base_positions=positions,
        base_counts=np.array([5, 10, 30, 7, 8, 1]),
    )
    # GU11 1AB is on rows 1 and 2 (counts 10 and 30): the largest, row 2, is taken
    assert list(join.rows) == [0, 2, 4, -1, -1, -1]
    assert join.unmatched == ["ZZ9 9ZZ", "", ""]
    assert join.duplicates == ["GU111AB", "GU124XY"]
    assert join.conflicts == ["GU111AB"]  # rows 1 and 2 carry different segments


def test_key_join_without_postcode_normalisation_keeps_inner_spaces():
    join = pr.join_on_keys(["e00 1", "E001"], ["E00 1"], base_positions=np.array([0]), postcode=False)
    assert list(join.rows) == [0, -1]


def test_nearest_within_tolerance_is_inclusive_and_skips_missing_points():
    base = np.array([[0.0, 0.0], [100.0, 0.0], [np.nan, np.nan]])
    points = np.array([[10.0, 0.0], [100.0, 100.0], [300.0, 0.0], [np.nan, 1.0], [49.0, 0.0]])
    assert list(pr.nearest_within(points, base, 100.0)) == [0, 1, -1, -1, 0]
    assert list(pr.nearest_within(points, base, 99.999)) == [0, -1, -1, -1, 0]


# -- area mixes and compositions -------------------------------------------------------
MATRIX = np.array([counts(6, 3, 1), counts(0, 0, 4), counts(0, 0, 0)])
BASE = counts(600, 300, 100)


def test_segment_matrix_is_one_bincount_equal_to_a_loop():
    rng = np.random.default_rng(3)
    zones = rng.integers(-1, 4, 500)
    positions = rng.integers(-1, GROUPS.size, 500)
    weights = rng.random(500)
    matrix = pr.segment_matrix(zones, positions, n_zones=4, size=GROUPS.size, weights=weights)
    expected = np.zeros((4, GROUPS.size))
    for z, p, w in zip(zones, positions, weights):
        if z >= 0 and p >= 0:
            expected[z, p] += w
    assert np.allclose(matrix, expected)


def test_composition_of_zones_matches_the_hand_computed_one():
    table = pr.compose_areas(MATRIX, BASE, GROUPS)
    assert list(table.columns) == ["base_total", "A", "B", "C", *pr.COMPOSITION_COLUMNS[1:]]
    z0, z1, z2 = table.to_dict("records")
    assert (z0["base_total"], z0["A"], z0["B"], z0["C"]) == pytest.approx((10, 60, 30, 10))
    assert (z0["dominant"], z0["dominant_name"], z0["second"], z0["second_name"]) == ("A", "Alpha", "B", "Beta")
    assert (z0["dominant_share"], z0["second_share"], z0["dominant_index"]) == pytest.approx((60, 30, 100))
    entropy = -(0.6 * math.log(0.6) + 0.3 * math.log(0.3) + 0.1 * math.log(0.1))
    assert z0["diversity"] == pytest.approx(entropy / math.log(3))
    assert (z1["dominant"], z1["second"], z1["dominant_share"]) == ("C", None, 100)
    assert z1["dominant_index"] == pytest.approx(1000) and z1["diversity"] == 0
    assert z2["base_total"] == 0 and z2["dominant"] is None and math.isnan(z2["A"]) and math.isnan(z2["diversity"])


def test_composition_adds_an_unclassified_share_when_the_base_has_unknown_codes():
    matrix = np.array([counts(5, 0, 0, 5)])
    table = pr.compose_areas(matrix, counts(50, 30, 10, 10), GROUPS, language="fr")
    row = table.to_dict("records")[0]
    assert row["unclassified"] == 50 and row["dominant"] == "A" and row["dominant_name"] == "Alpha FR"
    assert row["second"] is None  # Unclassified is never dominant nor second
    assert row["diversity"] == pytest.approx(math.log(2) / math.log(4))


def test_mix_table_orders_segments_and_picks_dominant_ones_for_every_zone_at_once():
    mix = pr.mix_table(MATRIX, BASE, GROUPS, zone_ids=["north", "south", "east"])
    north = mix[mix.zone == "north"]
    assert list(north["code"]) == ["A", "B", "C"]
    assert list(north["area_share"]) == pytest.approx([60, 30, 10])
    assert list(north["cumulative_share"]) == pytest.approx([60, 90, 100])
    assert list(north["dominant"]) == [True, True, False]  # 60 % < 75 %, so B joins; then 90 % ≥ 75 %
    assert list(north["index"]) == pytest.approx([100, 100, 100])
    south = mix[mix.zone == "south"]
    assert list(south["code"])[0] == "C" and list(south["dominant"]) == [True, False, False]
    assert list(south["index"]) == pytest.approx([1000, 0, 0])
    east = mix[mix.zone == "east"]
    assert not east["dominant"].any() and east["area_share"].isna().all()
    assert UNCLASSIFIED_ABSENT(mix)
    capped = pr.mix_table(MATRIX[:1], BASE, GROUPS, options=pr.MixOptions(coverage=0.95, max_segments=1))
    assert list(capped["dominant"]) == [True, False, False]


def test_dominant_segments_in_one_row_per_zone():
    summary = pr.dominant_segments(pr.mix_table(MATRIX, BASE, GROUPS, language="fr"), 3)
    assert list(summary.columns) == list(pr.DOMINANT_COLUMNS)
    north, south, east = summary.to_dict("records")
    assert (north["dominant_segments"], north["dominant_names"]) == ("A, B", "Alpha FR; Beta")
    assert north["dominant_share"] == pytest.approx(60) and north["dominant_index"] == pytest.approx(100)
    assert (south["dominant_segments"], south["dominant_share"], south["dominant_index"]) == ("C", 100, 1000)
    assert east["dominant_segments"] is None and east["dominant_names"] is None and math.isnan(east["dominant_share"])


def UNCLASSIFIED_ABSENT(mix) -> bool:  # noqa: N802 - reads as a sentence in the assertion
    return pr.UNCLASSIFIED not in set(mix["code"])


def test_area_mix_for_the_pen_portrait_dock():
    mix = pr.area_mix(
        ["A1", "A2", "B1", "C1", "C1"],
        ["A1"] * 6 + ["B1"] * 3 + ["C1"],
        catalogue=CATALOGUE,
        level="group",
        area_weights=np.array([2, 1, 3, 2, 2.0]),
        options=pr.MixOptions(coverage=0.7),
    )
    assert list(mix.columns) == list(pr.MIX_COLUMNS[1:])
    assert list(mix["code"]) == ["C", "A", "B"]  # C 4, then A 3 and B 3 in catalogue order
    assert list(mix["area_count"]) == [4, 3, 3]
    assert list(mix["dominant"]) == [True, True, False]  # 40 % + 30 % reach 70 % exactly: B is not needed
    assert list(mix["colour"]) == ["#333333", "#111111", "#222222"]
    assert mix.iloc[0]["index"] == pytest.approx(40 / 10 * 100)


def test_area_mixes_for_survey_clusters_use_the_whole_base_as_reference():
    codes = ["A1", "A2", "B1", "C1", "C1", "A1", "B1", "B1", "Q"]
    clusters = np.array([0, 0, 0, 1, 1, -1, -1, -1, 1])
    mixes = pr.area_mixes(clusters, codes, catalogue=CATALOGUE, level="group", n_zones=2, zone_ids=["fear", "quiet"])
    fear = mixes[mixes.zone == "fear"].set_index("code")
    assert fear.loc["A", "area_count"] == 2 and fear.loc["A", "base_count"] == 3
    assert fear.loc["A", "index"] == pytest.approx((2 / 3) / (3 / 9) * 100)
    assert list(fear.index[fear.dominant]) == ["A", "B"]  # 67 % < 75 %, then 100 %
    quiet = mixes[mixes.zone == "quiet"].set_index("code")
    assert quiet.loc["unclassified", "area_count"] == 1 and not quiet.loc["unclassified", "dominant"]
    assert list(quiet.index[quiet.dominant]) == ["C"]  # C holds 2 of 3: 67 %, and nothing else is a segment
    assert quiet.loc["C", "area_share"] == pytest.approx(200 / 3)


def test_outside_zones_caps_overlaps_and_counts_units_wholly_outside():
    outside, wholly = pr.outside_zones(np.array([0, 0, 1, 2]), np.array([1.0, 1.0, 0.25, 0.5]), np.array([10.0, 8.0, 6.0, 4.0]))
    # unit 0 is in two overlapping zones (covered once), unit 1 is 25 % in, unit 2 50 % in, unit 3 outside
    assert outside == pytest.approx(0 + 8 * 0.75 + 6 * 0.5 + 4)
    assert wholly == 1


def test_zone_attributes_are_kept_and_clashing_names_renamed():
    zones = pd.DataFrame({"ward": ["N", "S"], "dominant": [1, 2], "A": ["x", "y"]})
    composition = pr.compose_areas(MATRIX[:2], BASE, GROUPS)
    joined, renamed = pr.with_zone_attributes(zones, composition)
    assert renamed == {"dominant": "dominant_zone", "A": "A_zone"}
    assert list(joined.columns[:3]) == ["ward", "dominant_zone", "A_zone"]
    assert list(joined["dominant"]) == ["A", "C"]
