"""Segment breakdowns of catchments, nearest facility and plans, against brute-force pandas on the same memberships."""

from __future__ import annotations

import warnings

import numpy as np
import pandas as pd
import pytest
from segment_fixtures import CATALOGUE, GROUPS

from place_insight.engine.accessibility.breakdown import (
    CatchmentTally,
    SegmentedBase,
    access_comparison,
    breakdown_table,
    group_matrix,
    group_sums,
    nearest_groups,
    with_facilities,
)
from place_insight.engine.accessibility.breakdown_report import (
    catchment_report,
    change_sentences,
    group_sentences,
    nearest_report,
    nearest_summary,
)
from place_insight.engine.segmentation.encoding import encode_segments


@pytest.fixture(autouse=True)
def warnings_are_errors():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        yield


def random_base(seed: int, n: int = 400):
    rng = np.random.default_rng(seed)
    codes = rng.choice(["A1", "A2", "B1", "C1", "zz", None], size=n, p=[0.3, 0.1, 0.3, 0.2, 0.05, 0.05])
    counts = rng.integers(1, 30, n).astype(float)
    encoded = encode_segments(codes, GROUPS, blank_as_unclassified=True)
    base = SegmentedBase(GROUPS, encoded.positions, counts, "households")
    frame = pd.DataFrame({"unit": np.arange(n), "code": codes, "n": counts})
    known = {"A1": "A", "A2": "A", "B1": "B", "C1": "C"}
    frame["group"] = [known.get(c, "unclassified") for c in frame["code"]]
    return base, frame


def brute_breakdown(frame: pd.DataFrame, members: pd.DataFrame) -> pd.DataFrame:
    """Share, index and reach of every (group, segment) from the memberships, in plain pandas."""
    joined = members.merge(frame, on="unit")
    counts = joined.groupby(["g", "group"])["n"].sum().rename("count").reset_index()
    group_total = counts.groupby("g")["count"].transform("sum")
    base = frame.groupby("group")["n"].sum()
    counts["share"] = counts["count"] / group_total * 100
    counts["base_share"] = counts["group"].map(base / base.sum() * 100)
    counts["index"] = counts["share"] / counts["base_share"] * 100
    counts["reach"] = counts["count"] / counts["group"].map(base) * 100
    return counts.set_index(["g", "group"])


def test_group_sums_and_matrix_match_brute_force():
    base, frame = random_base(1)
    rng = np.random.default_rng(2)
    units = rng.integers(0, len(frame), 900)
    groups = rng.integers(0, 7, 900)
    weights = np.column_stack([np.ones(len(frame)), frame["n"].to_numpy()])
    sums = group_sums(units, groups, 7, weights)
    for g in range(7):
        chosen = units[groups == g]
        assert sums[g, 0] == len(chosen) and sums[g, 1] == pytest.approx(frame["n"].to_numpy()[chosen].sum())
    matrix = group_matrix(base, units, groups, 7)
    np.testing.assert_allclose(matrix.sum(axis=1), sums[:, 1])


def test_catchment_breakdown_per_polygon_and_for_all_facilities():
    base, frame = random_base(3)
    rng = np.random.default_rng(4)
    keys = pd.DataFrame({"facility": [0, 0, 1, 1, 2], "band": [5.0, 10.0, 5.0, 10.0, 10.0]})
    # nested bands: a unit within 5 minutes of a facility is also within its 10 minutes
    five = {0: rng.choice(400, 60, replace=False), 1: rng.choice(400, 50, replace=False)}
    ten = {f: np.union1d(five.get(f, []), rng.choice(400, 90, replace=False)).astype(int) for f in (0, 1, 2)}
    members = [(five[0], 0), (ten[0], 1), (five[1], 2), (ten[1], 3), (ten[2], 4)]
    units = np.concatenate([m for m, _ in members])
    polygons = np.concatenate([np.full(len(m), p) for m, p in members])
    tally = CatchmentTally(keys, np.column_stack([np.ones(len(frame)), frame["n"]]), base)
    for chunk in (polygons < 2, polygons >= 2):  # added in two chunks of polygons, as the algorithm does
        tally.add(units[chunk], polygons[chunk])
    for p in range(5):
        assert tally.sums[p, 1] == pytest.approx(frame["n"].to_numpy()[units[polygons == p]].sum())
    all_keys, matrix = tally.groups()
    assert all_keys.to_dict("list") == {"facility": [0, 0, 1, 1, 2, -1, -1], "band": [5.0, 10.0, 5.0, 10.0, 10.0, 5.0, 10.0]}
    table = breakdown_table(all_keys, matrix, base)
    union = {5.0: np.union1d(five[0], five[1]), 10.0: np.union1d(np.union1d(ten[0], ten[1]), ten[2])}
    expected_members = pd.DataFrame(
        [(u, g) for m, g in members for u in m] + [(u, 5 + i) for i, b in enumerate((5.0, 10.0)) for u in union[b]],
        columns=["unit", "g"],
    )
    expected = brute_breakdown(frame, expected_members)
    checked = 0
    for row in table.to_dict("records"):
        g = int(np.flatnonzero((all_keys["facility"] == row["facility"]) & (all_keys["band"] == row["band"]))[0])
        if (g, row["code"]) not in expected.index:
            assert row["count"] == 0
            continue
        truth = expected.loc[(g, row["code"])]
        for column in ("count", "share", "base_share", "index", "reach"):
            assert row[column] == pytest.approx(truth[column]), (g, row["code"], column)
        checked += 1
    assert checked == len(expected)
    # each group's rows go from the largest count down; key groups cover 75 % (at most five)
    first = table[(table["facility"] == -1) & (table["band"] == 10.0)]
    assert list(first["count"][first["code"] != "unclassified"]) == sorted(
        first["count"][first["code"] != "unclassified"], reverse=True
    )
    key_share = first.loc[first["key"], "share"].sum()
    assert key_share >= 75 - 1e-9 and key_share - first.loc[first["key"], "share"].iloc[-1] < 75


def test_dissolved_catchments_are_already_for_all_facilities():
    base, _ = random_base(2, n=3)
    keys = pd.DataFrame({"facility": [-1, -1], "band": [5.0, 10.0]})
    tally = CatchmentTally(keys, base.counts, base)
    tally.add(np.array([1, 2, 2]), np.array([0, 0, 1]))
    out_keys, matrix = tally.groups()
    assert out_keys.equals(keys) and matrix.shape == (2, GROUPS.size)
    np.testing.assert_allclose(matrix.sum(axis=1), [base.counts[1] + base.counts[2], base.counts[2]])


def test_nearest_breakdown_shares_within_bands_and_beyond():
    base, frame = random_base(5)
    rng = np.random.default_rng(6)
    facility = rng.integers(-1, 3, len(frame))
    minutes = np.where(facility >= 0, rng.uniform(0, 25, len(frame)), np.nan)
    keys, units, groups = nearest_groups(facility, minutes, [5, 10, 15], 12.0, 3)
    assert len(keys) == 5 + 3 * 4
    table = with_facilities(breakdown_table(keys, group_matrix(base, units, groups, len(keys)), base), ["f0", "f1", "f2"], None)
    summary = nearest_summary(table)
    frame["minutes"], frame["facility"] = minutes, facility
    for row in summary.to_dict("records"):
        mine = frame[frame["group"] == row["code"]]
        total = mine["n"].sum()
        assert row["count"] == pytest.approx(total)
        for band in (5, 10, 15):
            assert row[f"within_{band}"] == pytest.approx(mine.loc[mine["minutes"] <= band, "n"].sum() / total * 100)
        beyond = mine.loc[~(mine["minutes"] <= 12.0), "n"].sum()
        assert row["beyond"] == pytest.approx(beyond / total * 100)
        assert row["unreachable"] == pytest.approx(mine.loc[mine["facility"] < 0, "n"].sum() / total * 100)
    one = table[(table["facility_id"] == "f1") & (table["kind"] == "within") & (table["band"] == 10)]
    truth = frame[(frame["facility"] == 1) & (frame["minutes"] <= 10)].groupby("group")["n"].sum()
    assert dict(zip(one["code"], one["count"])) == pytest.approx({c: truth.get(c, 0.0) for c in one["code"]})
    report = nearest_report(table, threshold=12.0, what="households", profile="drive").html()
    assert "Beyond 12 min of every facility" in report and "Within 15 min (%)" in report


def test_access_comparison_against_pandas_and_in_words():
    base, frame = random_base(7)
    rng = np.random.default_rng(8)
    today = np.where(rng.random(len(frame)) < 0.05, np.nan, rng.uniform(2, 30, len(frame)))
    plan = np.where(np.isnan(today), rng.uniform(2, 30, len(frame)), rng.uniform(1, 25, len(frame)))
    table = access_comparison(base, plan, today, cutoff=15.0)
    assert table["code"].iloc[0] is None and table["count"].iloc[0] == frame["n"].sum()
    frame["today"], frame["plan"] = today, plan
    for row in table.iloc[1:].to_dict("records"):
        mine = frame[frame["group"] == row["code"]]
        for when in ("today", "plan"):
            reached = mine[mine[when].notna()]
            assert row[f"{when}_mean"] == pytest.approx(np.average(reached[when], weights=reached["n"]))
            within = mine.loc[mine[when] <= 15.0, "n"].sum()
            assert row[f"{when}_within"] == pytest.approx(within)
            assert row[f"{when}_within_pct"] == pytest.approx(within / mine["n"].sum() * 100)
        assert row["mean_change"] == pytest.approx(row["plan_mean"] - row["today_mean"])
    without_today = access_comparison(base, plan, None, cutoff=None)
    assert without_today["today_mean"].isna().all() and without_today["plan_within"].isna().all()


def handmade_comparison():
    """A: 1,900 more within 15 min; B: 4 minutes longer; C: small numbers, never named."""
    axis = GROUPS
    positions = np.array([0] * 4 + [1] * 2 + [2])
    counts = np.array([1000.0, 900.0, 900.0, 200.0, 500.0, 500.0, 3.0])
    base = SegmentedBase(axis, positions, counts, "households")
    today = np.array([20.0, 20.0, 5.0, 18.0, 6.0, 8.0, 30.0])
    plan = np.array([10.0, 12.0, 5.0, 30.0, 10.0, 12.0, 1.0])
    return access_comparison(base, plan, today, cutoff=15.0)


def test_sentences_name_who_gains_and_who_loses():
    sentences = change_sentences(handmade_comparison(), unit="min", cutoff=15.0, what="households")
    assert sentences[0] == "The plan brings 1,900 more households of A Alpha within 15 min (30% → 93% of them)."
    assert "B Beta lose 4.0 min on average (7.0 → 11.0 min)." in sentences
    assert "A Alpha save 4.9 min on average (15.4 → 10.4 min)." in sentences
    assert not any("Gamma" in s for s in sentences)


def test_group_sentences_and_catchment_report():
    base, frame = random_base(9)
    keys = pd.DataFrame({"facility": [0, 1], "band": [15.0, 15.0]})
    first, second = np.arange(0, 400, 2), np.arange(0, 100, 3)
    tally = CatchmentTally(keys, base.counts, base)
    tally.add(np.concatenate([first, second]), np.repeat([0, 1], [len(first), len(second)]))
    table = breakdown_table(*tally.groups(), base)
    table = with_facilities(table, ["Civic", "Library"], ["Civic Centre", "Central Library"])
    rows = table[table["facility_id"].isna()]
    total = frame["n"].to_numpy()[np.union1d(first, second)].sum()
    sentence = group_sentences(rows, "Within 15 min", "households")[0]
    assert sentence == f"Within 15 min: {total:,.0f} households, {total / frame['n'].sum() * 100:.0f}% of the base."
    html = catchment_report(table, what="households", profile="walk").html()
    assert "Within 15 min (walking) of a facility" in html and "Key group" in html and "Civic Centre" in html


def test_the_test_catalogue_has_three_groups():
    assert CATALOGUE.codes("group") == ["A", "B", "C"]
