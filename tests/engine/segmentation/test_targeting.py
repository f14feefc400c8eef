"""Target areas and potential, against an independent computation in plain pandas."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from segment_fixtures import GROUPS

from place_insight.engine.errors import InvalidInputError
from place_insight.engine.segmentation.encoding import tally
from place_insight.engine.segmentation.profile import ProfileOptions, profile_counts
from place_insight.engine.segmentation.targeting import (
    BY_COVERAGE,
    BY_INDEX,
    BY_SEGMENTS,
    BaseUnits,
    Benchmark,
    MarketChoice,
    TargetingOptions,
    ZonePieces,
    benchmark_rates,
    choose_market,
    headline,
    parse_codes,
    parse_rates,
    penetration_rates,
    target_areas,
)

CODES = np.array(["A", "B", "C"])


@pytest.fixture(scope="module")
def town():
    """60 units of groups A/B/C with households, clients placed at units, and three zones (one overlapping)."""
    rng = np.random.default_rng(12)
    units = pd.DataFrame(
        {
            "position": rng.choice([0, 1, 2], size=60, p=[0.5, 0.3, 0.2]),
            "households": rng.integers(1, 40, size=60).astype(float),
        }
    )
    propensity = np.array([0.02, 0.10, 0.25])[units.position]
    units["clients"] = rng.binomial(units.households.astype(int), propensity).astype(float)
    units["code"] = CODES[units.position]
    # zone 0 holds units 0-19, zone 1 units 20-39 (unit 39 half), zone 2 units 10-29 (overlapping both); 40-59 in none
    pieces = pd.DataFrame(
        {
            "unit": list(range(20)) + list(range(20, 40)) + list(range(10, 30)),
            "zone": [0] * 20 + [1] * 20 + [2] * 20,
            "share": [1.0] * 39 + [0.5] + [1.0] * 20,
        }
    )
    return units, pieces


def run(units, pieces, *, choice=None, benchmark=None, options=None, actual=True):
    options = options or TargetingOptions()
    t = tally(units.position.to_numpy(), GROUPS.size, units.clients.to_numpy())
    b = tally(units.position.to_numpy(), GROUPS.size, units.households.to_numpy())
    profile = profile_counts(t, b, GROUPS, options=ProfileOptions(coverage=0.6))
    market = choose_market(profile, choice or MarketChoice(BY_SEGMENTS, codes=("B", "C")))
    rates = penetration_rates(t, b)
    bench = benchmark_rates(benchmark, GROUPS, market) if benchmark is not None else None
    index = np.append(profile.table["index"].to_numpy(dtype=float), np.nan)
    result = target_areas(
        BaseUnits(units.position.to_numpy(), units.households.to_numpy(), units.clients.to_numpy() if actual else None, None),
        market,
        rates,
        GROUPS,
        benchmark=bench,
        zones=None
        if pieces is None
        else ZonePieces(pieces.unit.to_numpy(), pieces.zone.to_numpy(), pieces.share.to_numpy(), 3, np.array([2.0, 4.0, 0.5])),
        segment_index=index,
        options=options,
    )
    return result, profile


def expected_zones(units, pieces, market, bench=None):
    """The zone table by hand: rates per group over the whole base, then pieces merged and summed per zone."""
    rates = units.groupby("code").clients.sum() / units.groupby("code").households.sum()
    u = units.assign(
        in_market=units.code.isin(market),
        market_count=lambda f: np.where(f.code.isin(market), f.households, 0.0),
    )
    u["market_actual"] = np.where(u.in_market, u.clients, 0.0)
    u["expected"] = u.market_count * u.code.map(rates)
    if bench is not None:
        u["benchmark_expected"] = u.market_count * u.code.map(bench) / 100
    merged = pieces.merge(u, left_on="unit", right_index=True)
    columns = ["households", "market_count", "clients", "market_actual", "expected"] + (
        ["benchmark_expected"] if bench is not None else []
    )
    zones = merged[columns].multiply(merged.share, axis=0).groupby(merged.zone).sum()
    zones["potential"] = zones.expected - zones.market_actual
    whole_share = u.market_count.sum() / u.households.sum()
    zones["market_share"] = zones.market_count / zones.households * 100
    zones["market_index"] = zones.market_count / zones.households / whole_share * 100
    zones["take_up"] = zones.market_actual / zones.market_count * 100
    zones["market_density"] = zones.market_count / pd.Series([2.0, 4.0, 0.5])
    if bench is not None:
        zones["benchmark_potential"] = zones.benchmark_expected - zones.market_actual
    return zones, u


def test_zones_match_a_pandas_computation(town):
    units, pieces = town
    result, _ = run(units, pieces)
    zones, _ = expected_zones(units, pieces, ["B", "C"])
    out = result.zones
    assert list(out.columns) == [
        "base_count",
        "market_count",
        "market_share",
        "market_density",
        "actual",
        "market_actual",
        "take_up",
        "expected",
        "potential",
        "market_index",
        "rank",
        "low_numbers",
    ]
    pairs = {
        "base_count": "households",
        "market_count": "market_count",
        "actual": "clients",
        "market_actual": "market_actual",
        "expected": "expected",
        "potential": "potential",
        "market_share": "market_share",
        "market_index": "market_index",
        "take_up": "take_up",
        "market_density": "market_density",
    }
    for ours, theirs in pairs.items():
        np.testing.assert_allclose(out[ours].to_numpy(dtype=float), zones[theirs].to_numpy(), rtol=1e-12, err_msg=ours)
    assert list(out["rank"]) == list(zones.potential.rank(method="min", ascending=False).astype(int))


def test_potential_at_the_profile_rates_adds_up_to_zero_over_the_whole_base(town):
    units, _ = town
    result, profile = run(units, None)
    assert result.zones is None
    assert result.whole.potential == pytest.approx(0.0, abs=1e-9)
    assert result.whole.market_actual == pytest.approx(units.clients[units.code.isin(["B", "C"])].sum())
    assert result.listed == result.whole


def test_benchmark_rates_per_segment_and_overall(town):
    units, pieces = town
    result, _ = run(units, pieces, benchmark=Benchmark(overall=80.0, by_segment={"C": 50.0}))
    zones, _ = expected_zones(units, pieces, ["B", "C"], bench={"A": np.nan, "B": 80.0, "C": 50.0})
    np.testing.assert_allclose(result.zones.benchmark_expected, zones.benchmark_expected, rtol=1e-12)
    np.testing.assert_allclose(result.zones.benchmark_potential, zones.benchmark_potential, rtol=1e-12)
    # ranked by the potential at the benchmark rate
    assert list(result.zones["rank"]) == list(zones.benchmark_potential.rank(method="min", ascending=False).astype(int))
    assert result.benchmark[1] == 0.8 and result.benchmark[2] == 0.5 and math.isnan(result.benchmark[0])


def test_listed_zones_count_each_unit_once(town):
    units, pieces = town
    result, _ = run(units, pieces, options=TargetingOptions(list_zones=2))
    zones, u = expected_zones(units, pieces, ["B", "C"])
    top = list(zones.potential.sort_values(ascending=False, kind="stable").index[:2])
    assert sorted(result.listed_zones) == sorted(top)
    cover = pieces[pieces.zone.isin(top)].groupby("unit").share.sum().clip(upper=1.0)
    assert result.listed.market_count == pytest.approx((u.market_count * cover.reindex(u.index, fill_value=0)).sum())
    listed_units = set(cover.index[cover > 0]) & set(u.index[u.market_count > 0])
    assert set(result.target_list.unit) == listed_units


def test_target_list_order_and_columns(town):
    units, pieces = town
    result, profile = run(units, pieces)
    listed = result.target_list
    _, u = expected_zones(units, pieces, ["B", "C"])
    inside = set(pieces.unit)
    expected_units = [i for i in u.index if u.market_count[i] > 0 and i in inside]
    assert sorted(listed.unit) == sorted(expected_units)
    potential = (u.expected - u.market_actual)[listed.unit].to_numpy()
    assert np.all(np.diff(potential) <= 1e-12)  # largest potential first
    assert list(listed.list_rank) == list(range(1, len(listed) + 1))
    row = listed.iloc[0]
    assert row.code == units.code[row.unit] and row["name"] in ("Beta", "Gamma")
    assert row.segment_index == pytest.approx(profile.table.set_index("code").loc[row.code, "index"])
    # unit 39 is half in zone 1 only: its zone is 1; units 10-19 are wholly in zones 0 and 2: the lower one
    zones_of = dict(zip(listed.unit, listed.zone))
    assert all(zones_of[i] == 0 for i in range(10, 20) if i in zones_of)


def test_suppression_hides_small_counts_and_what_reveals_them(town):
    units, pieces = town
    result, _ = run(units, pieces, options=TargetingOptions(suppress_below=3))
    listed = result.target_list
    _, u = expected_zones(units, pieces, ["B", "C"])
    actual = u.market_actual[listed.unit].to_numpy()
    hidden = (actual > 0) & (actual < 3)
    assert hidden.sum() >= 2
    assert list(listed.suppressed) == list(hidden)
    assert listed.loc[hidden, ["actual", "potential", "take_up"]].isna().all().all()
    assert listed.loc[~hidden, "actual"].notna().all() and listed.expected.notna().all()
    assert result.suppressed == hidden.sum()


def test_a_single_small_count_takes_the_next_smallest_with_it():
    units = pd.DataFrame({"position": [1, 1, 1], "households": [10.0, 10.0, 10.0], "clients": [2.0, 5.0, 7.0], "code": "B"})
    result, _ = run(units, None, options=TargetingOptions(suppress_below=3))
    hidden = dict(zip(result.target_list.unit, result.target_list.suppressed))
    assert hidden == {0: True, 1: True, 2: False}


def test_without_target_locations_only_the_market_and_expected_counts():
    units = pd.DataFrame(
        {"position": [0, 1, 2], "households": [10.0, 20.0, 30.0], "clients": [1.0, 4.0, 9.0], "code": list("ABC")}
    )
    result, _ = run(units, None, actual=False)
    assert result.target_list.actual.isna().all() and result.target_list.potential.isna().all()
    assert list(result.target_list.unit) == [2, 1]  # ranked by expected count
    text = headline(result, counted="households", target="clients", levels="groups")
    assert text == "50 households are in the target market (groups B, C)."


def test_headline_in_words(town):
    units, pieces = town
    result, _ = run(units, pieces, benchmark=Benchmark(overall=80.0), options=TargetingOptions(list_zones=1))
    text = headline(result, counted="households", target="clients", zones="wards", levels="groups")
    totals = result.listed
    assert text.startswith(
        f"{totals.market_count:,.0f} households in the zone of wards are in the target market (groups B, C); "
        f"{totals.market_actual:,.0f} of them are in clients today."
    )
    assert f"{totals.expected:,.0f} would be expected" in text
    assert f"At the benchmark rate, {totals.benchmark_expected:,.0f} would be: {totals.benchmark_potential:,.0f} more." in text


# -- choosing the market -------------------------------------------------------------------------
def test_market_by_coverage_and_by_index(town):
    units, _ = town
    t = tally(units.position.to_numpy(), GROUPS.size, units.clients.to_numpy())
    b = tally(units.position.to_numpy(), GROUPS.size, units.households.to_numpy())
    profile = profile_counts(t, b, GROUPS, options=ProfileOptions(coverage=0.6))
    assert choose_market(profile, MarketChoice(BY_COVERAGE)).codes == profile.market
    index = profile.table.set_index("code")["index"]
    market = choose_market(profile, MarketChoice(BY_INDEX, index_above=100.0))
    assert set(market.codes) == set(index[index > 100].index)
    assert list(market.codes) == list(index[index > 100].sort_values(ascending=False).index)
    with pytest.raises(InvalidInputError, match=r"no group has an index above 900 \(the highest is \d+ for C\)"):
        choose_market(profile, MarketChoice(BY_INDEX, index_above=900.0))


def test_market_codes_roll_up_and_bad_codes_are_named():
    profile = profile_counts(np.array([1.0, 2, 3, 0]), np.array([10.0, 10, 10, 0]), GROUPS)
    assert choose_market(profile, MarketChoice(BY_SEGMENTS, codes=("A1", "a2", "C"))).codes == ("A", "C")
    with pytest.raises(InvalidInputError, match="The codes 7, 8 of the target market are not in the catalogue ABC"):
        choose_market(profile, MarketChoice(BY_SEGMENTS, codes=("A", "7", "8")))
    with pytest.raises(InvalidInputError, match="The target market is empty"):
        choose_market(profile, MarketChoice(BY_SEGMENTS, codes=()))
    types = profile_counts(np.ones(5), np.ones(5) * 3, type(GROUPS).of(GROUPS.catalogue, "type"))
    with pytest.raises(InvalidInputError, match="coarser level than"):
        choose_market(types, MarketChoice(BY_SEGMENTS, codes=("A",)))


def test_parse_codes_and_rates():
    assert parse_codes(" J, l;H  J ") == ["J", "l", "H"]  # the catalogue matches any case
    assert parse_rates("J=80, l: 75,5%; H = 12%") == {"J": 80.0, "l": 75.5, "H": 12.0}
    with pytest.raises(InvalidInputError, match="cannot be read"):
        parse_rates("J eighty")


def test_benchmark_rates_are_checked():
    profile = profile_counts(np.array([1.0, 2, 3, 0]), np.array([10.0, 10, 10, 0]), GROUPS)
    market = choose_market(profile, MarketChoice(BY_SEGMENTS, codes=("B", "C")))
    assert benchmark_rates(Benchmark(), GROUPS, market) is None
    with pytest.raises(InvalidInputError, match="from 0 to 100: overall 120%"):
        benchmark_rates(Benchmark(overall=120.0), GROUPS, market)
    with pytest.raises(InvalidInputError, match="C -5%"):
        benchmark_rates(Benchmark(by_segment={"B": 50.0, "C": -5.0}), GROUPS, market)
    with pytest.raises(InvalidInputError, match="groups C have no benchmark rate"):
        benchmark_rates(Benchmark(by_segment={"B": 50.0}), GROUPS, market)
    with pytest.raises(InvalidInputError, match="are not in the catalogue"):
        benchmark_rates(Benchmark(overall=10.0, by_segment={"Z9": 50.0}), GROUPS, market)


def test_codes_of_another_classification_are_refused():
    from place_insight.engine.segmentation.encoding import encode_segments, require_known_codes

    other = encode_segments(["1a1", "2b3", "1a1", None], GROUPS)
    with pytest.raises(
        InvalidInputError, match=r"None of the segment codes of clients \(field oac: 1a1, 2b3\) is in the catalogue ABC"
    ):
        require_known_codes(other, GROUPS, layer="clients", field="oac")
    some_known = encode_segments(["A1", "zz"], GROUPS)
    require_known_codes(some_known, GROUPS, layer="clients", field="code")  # one known code is enough: the rest are reported
