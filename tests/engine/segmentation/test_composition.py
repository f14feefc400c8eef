"""Area mixes and compositions, against hand-computed tables."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from segment_fixtures import CATALOGUE, GROUPS

from place_insight.engine.segmentation.composition import (
    COMPOSITION_COLUMNS,
    DOMINANT_COLUMNS,
    MIX_COLUMNS,
    MixOptions,
    area_mix,
    area_mixes,
    compose_areas,
    dominant_segments,
    mix_table,
    outside_zones,
    segment_matrix,
    with_zone_attributes,
)
from place_insight.engine.segmentation.encoding import UNCLASSIFIED


def counts(a, b, c, unclassified=0.0):
    return np.array([a, b, c, unclassified], dtype=float)


# -- area mixes and compositions -------------------------------------------------------
MATRIX = np.array([counts(6, 3, 1), counts(0, 0, 4), counts(0, 0, 0)])
BASE = counts(600, 300, 100)


def test_segment_matrix_is_one_bincount_equal_to_a_loop():
    rng = np.random.default_rng(3)
    zones = rng.integers(-1, 4, 500)
    positions = rng.integers(-1, GROUPS.size, 500)
    weights = rng.random(500)
    matrix = segment_matrix(zones, positions, n_zones=4, size=GROUPS.size, weights=weights)
    expected = np.zeros((4, GROUPS.size))
    for z, p, w in zip(zones, positions, weights):
        if z >= 0 and p >= 0:
            expected[z, p] += w
    assert np.allclose(matrix, expected)


def test_composition_of_zones_matches_the_hand_computed_one():
    table = compose_areas(MATRIX, BASE, GROUPS)
    assert list(table.columns) == ["base_total", "A", "B", "C", *COMPOSITION_COLUMNS[1:]]
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
    table = compose_areas(matrix, counts(50, 30, 10, 10), GROUPS, language="fr")
    row = table.to_dict("records")[0]
    assert row["unclassified"] == 50 and row["dominant"] == "A" and row["dominant_name"] == "Alpha FR"
    assert row["second"] is None  # Unclassified is never dominant nor second
    assert row["diversity"] == pytest.approx(math.log(2) / math.log(4))


def test_mix_table_orders_segments_and_picks_dominant_ones_for_every_zone_at_once():
    mix = mix_table(MATRIX, BASE, GROUPS, zone_ids=["north", "south", "east"])
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
    capped = mix_table(MATRIX[:1], BASE, GROUPS, options=MixOptions(coverage=0.95, max_segments=1))
    assert list(capped["dominant"]) == [True, False, False]


def test_dominant_segments_in_one_row_per_zone():
    summary = dominant_segments(mix_table(MATRIX, BASE, GROUPS, language="fr"), 3)
    assert list(summary.columns) == list(DOMINANT_COLUMNS)
    north, south, east = summary.to_dict("records")
    assert (north["dominant_segments"], north["dominant_names"]) == ("A, B", "Alpha FR; Beta")
    assert north["dominant_share"] == pytest.approx(60) and north["dominant_index"] == pytest.approx(100)
    assert (south["dominant_segments"], south["dominant_share"], south["dominant_index"]) == ("C", 100, 1000)
    assert east["dominant_segments"] is None and east["dominant_names"] is None and math.isnan(east["dominant_share"])


def UNCLASSIFIED_ABSENT(mix) -> bool:  # noqa: N802 - reads as a sentence in the assertion
    return UNCLASSIFIED not in set(mix["code"])


def test_area_mix_for_the_pen_portrait_dock():
    mix = area_mix(
        ["A1", "A2", "B1", "C1", "C1"],
        ["A1"] * 6 + ["B1"] * 3 + ["C1"],
        catalogue=CATALOGUE,
        level="group",
        area_weights=np.array([2, 1, 3, 2, 2.0]),
        options=MixOptions(coverage=0.7),
    )
    assert list(mix.columns) == list(MIX_COLUMNS[1:])
    assert list(mix["code"]) == ["C", "A", "B"]  # C 4, then A 3 and B 3 in catalogue order
    assert list(mix["area_count"]) == [4, 3, 3]
    assert list(mix["dominant"]) == [True, True, False]  # 40 % + 30 % reach 70 % exactly: B is not needed
    assert list(mix["colour"]) == ["#333333", "#111111", "#222222"]
    assert mix.iloc[0]["index"] == pytest.approx(40 / 10 * 100)


def test_area_mixes_for_survey_clusters_use_the_whole_base_as_reference():
    codes = ["A1", "A2", "B1", "C1", "C1", "A1", "B1", "B1", "Q"]
    clusters = np.array([0, 0, 0, 1, 1, -1, -1, -1, 1])
    mixes = area_mixes(clusters, codes, catalogue=CATALOGUE, level="group", n_zones=2, zone_ids=["fear", "quiet"])
    fear = mixes[mixes.zone == "fear"].set_index("code")
    assert fear.loc["A", "area_count"] == 2 and fear.loc["A", "base_count"] == 3
    assert fear.loc["A", "index"] == pytest.approx((2 / 3) / (3 / 9) * 100)
    assert list(fear.index[fear.dominant]) == ["A", "B"]  # 67 % < 75 %, then 100 %
    quiet = mixes[mixes.zone == "quiet"].set_index("code")
    assert quiet.loc["unclassified", "area_count"] == 1 and not quiet.loc["unclassified", "dominant"]
    assert list(quiet.index[quiet.dominant]) == ["C"]  # C holds 2 of 3: 67 %, and nothing else is a segment
    assert quiet.loc["C", "area_share"] == pytest.approx(200 / 3)


def test_outside_zones_caps_overlaps_and_counts_units_wholly_outside():
    outside, wholly = outside_zones(np.array([0, 0, 1, 2]), np.array([1.0, 1.0, 0.25, 0.5]), np.array([10.0, 8.0, 6.0, 4.0]))
    # unit 0 is in two overlapping zones (covered once), unit 1 is 25 % in, unit 2 50 % in, unit 3 outside
    assert outside == pytest.approx(0 + 8 * 0.75 + 6 * 0.5 + 4)
    assert wholly == 1


def test_zone_attributes_are_kept_and_clashing_names_renamed():
    zones = pd.DataFrame({"ward": ["N", "S"], "dominant": [1, 2], "A": ["x", "y"]})
    composition = compose_areas(MATRIX[:2], BASE, GROUPS)
    joined, renamed = with_zone_attributes(zones, composition)
    assert renamed == {"dominant": "dominant_zone", "A": "A_zone"}
    assert list(joined.columns[:3]) == ["ward", "dominant_zone", "A_zone"]
    assert list(joined["dominant"]) == ["A", "C"]
