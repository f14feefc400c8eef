"""Compared profiles and campaign evaluation, against pandas cross-tabulations and scipy."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from scipy import stats
from segment_fixtures import GROUPS

from place_insight.engine.errors import InvalidInputError
from place_insight.engine.segmentation.campaign import (
    NOT_TARGETED,
    TARGETED,
    evaluate_campaign,
    read_responses,
    with_campaign,
)
from place_insight.engine.segmentation.comparison import (
    COMPARISON_COLUMNS,
    ComparisonOptions,
    categorise,
    category_matrix,
    compare_profiles,
)
from place_insight.engine.significance import BENJAMINI_HOCHBERG

CODES = ["A", "B", "C"]


def bh_reference(p):
    """Benjamini-Hochberg q-values by their definition: min over j with p_j >= p_i of p_j * m / rank_j."""
    p = np.asarray(p, dtype=float)
    m = len(p)
    ranks = stats.rankdata(p, method="max")
    return np.array([min(1.0, min(p[j] * m / ranks[j] for j in range(m) if p[j] >= p[i])) for i in range(m)])


def holm_reference(p):
    """Holm by its definition: reject in order while p_(j) <= alpha / (m - j + 1); adjusted p as the running max."""
    p = np.asarray(p, dtype=float)
    m = len(p)
    order = np.argsort(p)
    adjusted = np.empty(m)
    running = 0.0
    for rank, i in enumerate(order):
        running = max(running, min(1.0, (m - rank) * p[i]))
        adjusted[i] = running
    return adjusted


@pytest.fixture(scope="module")
def records():
    rng = np.random.default_rng(5)
    channel = rng.choice(["phone", "web", "office"], size=900, p=[0.3, 0.5, 0.2])
    spread = {"phone": [0.5, 0.3, 0.2], "web": [0.2, 0.4, 0.4], "office": [0.45, 0.45, 0.10]}
    position = np.array([rng.choice(3, p=spread[c]) for c in channel])
    return pd.DataFrame({"channel": channel, "position": position, "code": np.array(CODES)[position]})


def run(records, **options):
    categories = categorise(records.channel)
    matrix = category_matrix(records.position.to_numpy(), categories.codes, n_categories=len(categories.names), size=GROUPS.size)
    base = np.array([500.0, 300.0, 200.0, 0.0])
    return compare_profiles(matrix, base, GROUPS, categories.names, options=ComparisonOptions(**options)), categories


def test_counts_shares_and_indices_match_a_crosstab(records):
    comparison, categories = run(records)
    assert categories.names == ("office", "phone", "web")
    table = comparison.table
    assert list(table.columns) == list(COMPARISON_COLUMNS)
    crosstab = pd.crosstab(records.channel, records.code)
    segments = table[table.row_type == "segment"].set_index(["category", "code"])
    for channel in categories.names:
        counts = crosstab.loc[channel]
        rest = crosstab.drop(index=channel).sum()
        for code in CODES:
            row = segments.loc[(channel, code)]
            assert row.target_count == counts[code] and row.versus_count == rest[code]
            assert row.target_pct == pytest.approx(counts[code] / counts.sum() * 100)
            base_share = {"A": 50.0, "B": 30.0, "C": 20.0}[code]
            assert row["index"] == pytest.approx(counts[code] / counts.sum() * 100 / base_share * 100)
            assert row.difference == pytest.approx(counts[code] / counts.sum() * 100 - rest[code] / rest.sum() * 100)
            assert row.versus == "the rest"
    assert "unclassified" not in set(table.row_type)  # no record and no base there


def test_distribution_tests_are_scipys_chi_square_holm_adjusted(records):
    comparison, categories = run(records)
    crosstab = pd.crosstab(records.channel, records.code)
    totals = comparison.table[comparison.table.row_type == "total"].set_index("category")
    raw = []
    for channel in categories.names:
        table = np.vstack([crosstab.loc[channel], crosstab.drop(index=channel).sum()])
        statistic, p, df, _ = stats.chi2_contingency(table, correction=False)
        assert totals.loc[channel, "statistic"] == pytest.approx(statistic, rel=1e-9)
        assert totals.loc[channel, "df"] == df == 2
        assert totals.loc[channel, "p_value"] == pytest.approx(p, rel=1e-9)
        assert totals.loc[channel, "test"] == "chi-square"
        raw.append(p)
    adjusted = holm_reference(raw)
    assert list(totals.p_adjusted) == pytest.approx(list(adjusted))
    assert [bool(s) for s in totals.significant] == [a < 0.05 for a in adjusted]
    assert comparison.differing() == [i for i, a in enumerate(adjusted) if a < 0.05]


def test_per_segment_tests_are_two_proportion_tests_adjusted_over_the_table(records):
    comparison, categories = run(records, correction=BENJAMINI_HOCHBERG)
    crosstab = pd.crosstab(records.channel, records.code)
    segments = comparison.table[comparison.table.row_type == "segment"]
    raw = []
    for channel, code in zip(segments.category, segments.code):
        k1, n1 = crosstab.loc[channel, code], crosstab.loc[channel].sum()
        rest = crosstab.drop(index=channel)
        k2, n2 = rest[code].sum(), rest.values.sum()
        raw.append(stats.chi2_contingency([[k1, n1 - k1], [k2, n2 - k2]], correction=False)[1])
    assert list(segments.p_value) == pytest.approx(raw, rel=1e-9)
    assert list(segments.p_adjusted) == pytest.approx(list(bh_reference(raw)), rel=1e-9)
    assert set(segments.test) == {"z"}


def test_two_chosen_categories_and_small_counts_go_exact():
    frame = pd.DataFrame({"channel": ["a"] * 6 + ["b"] * 6 + ["c"] * 50, "position": [0] * 5 + [2] + [1] * 5 + [0] + [2] * 50})
    frame["code"] = np.array(CODES)[frame.position]
    comparison, categories = run(frame, pair=(0, 1))
    table = comparison.table
    a = table[(table.category == "a") & (table.row_type == "segment")].set_index("code")
    b = table[(table.category == "b") & (table.row_type == "segment")].set_index("code")
    assert a.loc["A", "versus"] == "b" and a.loc["A", "versus_count"] == 1
    assert a.loc["A", "p_value"] == pytest.approx(stats.fisher_exact([[5, 1], [1, 5]]).pvalue)
    assert a.loc["A", "test"] == "Fisher" and b.loc["A", "p_value"] == a.loc["A", "p_value"]
    total = table[(table.category == "a") & (table.row_type == "total")].iloc[0]
    assert total.test == "Monte Carlo" and 0 < total.p_value < 0.2
    c = table[table.category == "c"]
    assert c.p_value.isna().all() and c.versus.eq("").all()  # not one of the pair


def test_categories_with_nulls_and_one_record():
    values = ["x", None, "x", "", "y", "x", "z"]
    categories = categorise(values)
    assert categories.names == ("x", "y", "z", "(none)") and categories.without == 2
    assert list(categories.codes) == [0, 3, 0, 3, 1, 0, 2]
    positions = np.array([0, 1, 1, 0, 2, 0, 2])
    matrix = category_matrix(positions, categories.codes, n_categories=4, size=GROUPS.size)
    comparison = compare_profiles(matrix, np.array([5.0, 3, 2, 0]), GROUPS, categories.names)
    assert comparison.untested == (1, 2)  # y and z hold one record each
    totals = comparison.table[comparison.table.row_type == "total"].set_index("category")
    assert math.isnan(totals.loc["y", "p_value"]) and not math.isnan(totals.loc["x", "p_value"])
    assert categories.position(" X ") == 0
    with pytest.raises(InvalidInputError, match="There is no category w; the categories are: x, y, z"):
        categories.position("w")


def test_a_single_category_is_refused():
    matrix = np.array([[3.0, 2.0, 1.0, 0.0], [0.0, 0.0, 0.0, 0.0]])
    with pytest.raises(InvalidInputError, match="Only 1 category holds placed target records"):
        compare_profiles(matrix, np.array([5.0, 3, 2, 0]), GROUPS, ("a", "b"))


def test_suppression_in_each_category(records):
    frame = records.copy()
    frame.loc[frame.index[:3], "channel"] = "rare"
    frame.loc[frame.index[:3], "position"] = [0, 0, 1]
    comparison, _ = run(frame, suppress_below=5)
    rare = comparison.table[(comparison.table.category == "rare") & (comparison.table.row_type == "segment")].set_index("code")
    assert list(rare.suppressed) == [True, True, False]  # 2 and 1 hidden, 0 is not a small count
    assert rare.loc[["A", "B"], ["target_count", "index", "p_value"]].isna().all().all()


# -- campaigns ------------------------------------------------------------------------------------
def dartford():
    """4,000 leaflets to groups B and C (16 % respond), 500 to group A (4 %)."""
    rng = np.random.default_rng(9)
    targeted = pd.DataFrame({"position": rng.choice([1, 2], 4000), "group": TARGETED})
    targeted["responded"] = rng.random(4000) < 0.16
    others = pd.DataFrame({"position": 0, "group": NOT_TARGETED, "responded": np.arange(500) < 20}, index=range(4000, 4500))
    return pd.concat([targeted, others])


def test_campaign_rates_ratio_and_target_share_match_scipy():
    contacts = dartford()
    campaign = evaluate_campaign(
        contacts.position.to_numpy(),
        contacts.group.to_numpy(),
        contacts.responded.to_numpy(),
        GROUPS,
        ("leaflet", "no leaflet"),
        target_positions=[1, 2],
    )
    k1 = contacts.responded[contacts.group == TARGETED].sum()
    overall = campaign.overall
    assert overall.targeted.rate == pytest.approx(k1 / 4000 * 100) and overall.not_targeted.rate == pytest.approx(4.0)
    interval = stats.binomtest(int(k1), 4000).proportion_ci(0.95, method="exact")
    assert (overall.targeted.low, overall.targeted.high) == pytest.approx((interval.low * 100, interval.high * 100))
    reference = stats.contingency.relative_risk(int(k1), 4000, 20, 500)
    assert overall.ratio == pytest.approx(reference.relative_risk)
    ci = reference.confidence_interval(0.95)
    assert overall.interval == pytest.approx((ci.low, ci.high))
    assert overall.p_value == pytest.approx(stats.chi2_contingency([[k1, 4000 - k1], [20, 480]], correction=False)[1], rel=1e-9)
    share = campaign.target_share
    assert share.share[0] == pytest.approx(100.0) and share.share[1] == pytest.approx(0.0)
    assert share.share[2] == pytest.approx(k1 / (k1 + 20) * 100)
    rows = campaign.table.set_index(["category", "code"])
    assert rows.loc[("leaflet", "B"), "contacts"] == (contacts[contacts.group == TARGETED].position == 1).sum()
    assert math.isnan(rows.loc[("leaflet", "B"), "rate_ratio"])  # nobody untargeted in B


def test_campaign_columns_join_the_comparison_table():
    contacts = dartford()
    categories = categorise(np.where(contacts.group == TARGETED, "leaflet", "no leaflet"))
    matrix = category_matrix(contacts.position.to_numpy(), categories.codes, n_categories=2, size=GROUPS.size)
    comparison = compare_profiles(
        matrix, np.array([5.0, 3, 2, 0]), GROUPS, categories.names, options=ComparisonOptions(pair=(0, 1))
    )
    campaign = evaluate_campaign(
        contacts.position.to_numpy(), contacts.group.to_numpy(), contacts.responded.to_numpy(), GROUPS, categories.names
    )
    merged = with_campaign(comparison.table, campaign)
    assert len(merged) == len(comparison.table)
    total = merged[(merged.row_type == "total") & (merged.category == "leaflet")].iloc[0]
    assert total.rate_ratio == pytest.approx(campaign.overall.ratio) and total.ratio_significant is True
    a = merged[(merged.category == "no leaflet") & (merged.code == "A")].iloc[0]
    assert a.responders == 20 and a.response_rate == pytest.approx(4.0)


def test_response_values_and_a_missing_group():
    responses = read_responses([1, 0, "yes", "No", None, "", True, 1.0, "oui"], layer="l", field="f")
    assert list(responses.responded) == [True, False, True, False, False, False, True, True, True]
    assert responses.blank == 2
    with pytest.raises(InvalidInputError, match="holds maybe: use 1/0"):
        read_responses(["yes", "maybe"], layer="l", field="f")
    with pytest.raises(InvalidInputError, match="The group b has no contact"):
        evaluate_campaign(np.array([0, 1]), np.array([0, 0]), np.array([True, False]), GROUPS, ("a", "b"))


def test_many_categories_are_described_differing_first_then_counted():
    from place_insight.engine.segmentation.comparison_report import SENTENCES, tests_in_words

    rng = np.random.default_rng(8)
    matrix = np.zeros((60, GROUPS.size))
    matrix[:, :3] = rng.integers(5, 30, size=(60, 3))
    matrix[7] = [200, 2, 2, 0]  # one category far from the rest
    comparison = compare_profiles(matrix, np.array([5.0, 3, 2, 0]), GROUPS, [f"c{i}" for i in range(60)])
    sentences = tests_in_words(comparison)
    assert len(sentences) == SENTENCES + 1
    assert sentences[0].startswith("c7 against the rest: the spreads over the segments differ")
    differ = len(comparison.differing())
    assert sentences[-1] == f"{60 - SENTENCES} more categories are tested in the table ({differ} of all 60 differ significantly)."
