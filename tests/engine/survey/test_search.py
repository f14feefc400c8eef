"""Inference that allows for the search: the finder's settings, outlines without QGIS, Monte Carlo p-values."""

from __future__ import annotations

import numpy as np
import pytest
import shapely
from scipy import stats
from survey_synthetic import outline, synthetic_survey

from place_insight.engine.errors import InvalidInputError
from place_insight.engine.progress import RecordingProgress
from place_insight.engine.survey import clusters as C
from place_insight.engine.survey import search as S
from place_insight.engine.survey import verification as V
from place_insight.engine.survey.report import headline, verification_report


def test_finder_settings_round_trip_and_leave_the_defaults_out():
    options = C.ClusterOptions(method="nnh", threshold=150.0, min_points=20, neighbours="knn", area=2.5e6)
    text = S.options_text(options)
    assert text == "method=nnh;threshold=150.0;area=2500000.0;min_points=20"  # Gi* neighbours left out
    assert S.options_from_text(text) == C.ClusterOptions(method="nnh", threshold=150.0, min_points=20, area=2.5e6)
    gi = C.ClusterOptions(method="gi_units", neighbours="knn", k=12, probability=0.05, percentile=90.0)
    assert S.options_text(gi) == "method=gi_units;neighbours=knn;k=12"  # each method's own settings
    assert S.options_from_text(S.options_text(gi)) == C.ClusterOptions(method="gi_units", neighbours="knn", k=12)
    assert S.options_from_text(S.options_text(C.ClusterOptions())) == C.ClusterOptions()
    assert S.options_from_text(" method=gi_grid ; bandwidth= ;k=12") == C.ClusterOptions(method="gi_grid", k=12)
    # the number of records the finder searched travels with the settings
    text = S.options_text(options, records=2113)
    assert text.endswith(";records=2113") and S.searched_records(text) == 2113
    assert S.options_from_text(text) == S.options_from_text(S.options_text(options))
    assert S.searched_records(S.options_text(options)) is None
    with pytest.raises(InvalidInputError, match="unreadable"):
        S.searched_records("method=nnh;records=many")
    with pytest.raises(InvalidInputError, match="Unknown search setting"):
        S.options_from_text("method=density;radius=3")
    with pytest.raises(InvalidInputError, match="unreadable"):
        S.options_from_text("k=many")


@pytest.mark.parametrize(
    ("method", "extra"),
    [("density", {}), ("share", {}), ("gi_grid", {}), ("gi_units", {}), ("nnh", {"threshold": 150.0})],
)
def test_records_in_shape_agree_with_the_drawn_polygon(method, extra):
    town = synthetic_survey(seed=7)
    xy = town.response_xy + np.random.default_rng(1).normal(0.0, 20.0, town.response_xy.shape)  # off the units
    points = C.SurveyPoints(xy, town.chosen, town.response_unit, town.postcode_xy)
    result = C.find_clusters(points, C.ClusterOptions(method=method, **extra))
    assert result.shapes
    for shape in result.shapes:
        polygon = outline(shape)  # shapely, as the adapter draws it
        expected = shapely.intersects_xy(polygon, xy[:, 0], xy[:, 1])
        np.testing.assert_array_equal(S.records_in_shape(shape, xy), expected)
    together = S.shapes_members(result.shapes, xy).toarray().astype(bool)  # every outline at once
    np.testing.assert_array_equal(together, [S.records_in_shape(shape, xy) for shape in result.shapes])


def test_adjusted_p_counts_the_simulations_at_least_as_extreme():
    smallest = np.array([0.5, 0.01, 0.2, 1.0, 0.03, 0.001, 0.2, 0.7, 0.04])  # 9 simulations
    exact = np.array([0.0001, 0.01, 0.2, 0.9, np.nan])
    brute = [max(p, (1 + sum(s <= p for s in smallest)) / 10) for p in exact[:-1]]
    adjusted = S.adjusted_p(exact, smallest)
    np.testing.assert_allclose(adjusted[:-1], brute)
    assert np.isnan(adjusted[-1])
    assert adjusted[0] == pytest.approx(0.1)  # never below 1 / (N + 1)
    assert S.adjusted_p(np.array([0.3]), np.ones(9))[0] == 0.3  # never below the exact p-value


def test_simulated_p_values_are_the_exact_tests_of_the_simulated_clusters():
    town = synthetic_survey(seed=5)
    points = C.SurveyPoints(town.response_xy, town.chosen, town.response_unit, town.postcode_xy)
    null = S.SearchNull(points, C.ClusterOptions(method="density"), town.postcode_xy, town.households)
    # the share test: the same permutation again, and scipy's binomtest on shapely's membership
    p = S.simulated_p_values(null, "share", np.random.default_rng(3))
    chosen = np.random.default_rng(3).permutation(town.chosen)
    found = C.find_clusters(C.SurveyPoints(town.response_xy, chosen, town.response_unit, town.postcode_xy), null.options)
    expected = []
    for shape in found.shapes:
        inside = shapely.intersects_xy(outline(shape), town.response_xy[:, 0], town.response_xy[:, 1])
        k, n = int(chosen[inside].sum()), int(inside.sum())
        expected.append(stats.binomtest(k, n, chosen.mean(), alternative="greater").pvalue)
    assert len(p) == len(expected) > 0
    np.testing.assert_allclose(p, expected, rtol=1e-9)
    # the return test: responses placed again by households
    p = S.simulated_p_values(null, "return", np.random.default_rng(4))
    unit = np.random.default_rng(4).choice(len(town.postcode_xy), size=len(chosen), p=town.households / town.households.sum())
    found = C.find_clusters(C.SurveyPoints(town.postcode_xy[unit], town.chosen, unit, town.postcode_xy), null.options)
    expected = []
    for shape in found.shapes:
        inside = shapely.intersects_xy(outline(shape), town.postcode_xy[:, 0], town.postcode_xy[:, 1])
        share = town.households[inside].sum() / town.households.sum()
        expected.append(
            stats.binomtest(int(np.isin(unit, np.flatnonzero(inside)).sum()), len(unit), share, alternative="greater").pvalue
        )
    assert len(p) == len(expected) > 0
    np.testing.assert_allclose(p, expected, rtol=1e-9)


def test_responses_at_their_own_addresses_move_with_their_offset_and_count_with_their_unit():
    town = synthetic_survey(seed=5, side=30)
    xy = town.response_xy + np.random.default_rng(2).normal(0.0, 30.0, town.response_xy.shape)
    points = C.SurveyPoints(xy, town.chosen, np.full(len(xy), -1), None)
    options = C.ClusterOptions(method="nnh", threshold=150.0)
    null = S.SearchNull(points, options, town.postcode_xy, town.households)
    home = S.nearest_units(xy, town.postcode_xy)
    offsets = xy - town.postcode_xy[home]
    assert np.array_equal(null.with_offsets().offsets, offsets)
    assert np.hypot(*offsets.T).max() < 100  # within the lattice's spacing of their unit
    p = S.simulated_p_values(null, "return", np.random.default_rng(4))
    unit = np.random.default_rng(4).choice(len(town.postcode_xy), size=len(xy), p=town.households / town.households.sum())
    moved = town.postcode_xy[unit] + offsets  # each response keeps its offset from its unit
    found = C.find_clusters(C.SurveyPoints(moved, town.chosen, np.full(len(xy), -1), None), options)
    expected = []
    for shape in found.shapes:
        inside = shapely.intersects_xy(outline(shape), town.postcode_xy[:, 0], town.postcode_xy[:, 1])
        share = town.households[inside].sum() / town.households.sum()
        returned = int(np.isin(unit, np.flatnonzero(inside)).sum())  # counted with their unit, as the households
        expected.append(stats.binomtest(returned, len(unit), share, alternative="greater").pvalue)
    assert len(p) == len(expected) > 0
    np.testing.assert_allclose(p, expected, rtol=1e-9)


def test_the_same_seed_gives_the_same_p_values_whatever_the_processes():
    town = synthetic_survey(seed=5, side=30)
    points = C.SurveyPoints(town.response_xy, town.chosen, town.response_unit, town.postcode_xy)
    null = S.SearchNull(points, C.ClusterOptions(method="nnh", threshold=150.0), town.postcode_xy, town.households)
    exact = np.array([1e-4, 0.01])
    one = S.search_adjustment(exact, exact, null, simulations=12, seed=9, workers=1)
    two = S.search_adjustment(exact, exact, null, simulations=12, seed=9, workers=2)
    other = S.search_adjustment(exact, exact, null, simulations=12, seed=10, workers=1)
    for test in S.TESTS:
        np.testing.assert_array_equal(one.smallest[test], two.smallest[test])
    assert not np.array_equal(one.smallest["share"], other.smallest["share"])
    np.testing.assert_array_equal(one.share_p, two.share_p)


def test_simulations_can_be_cancelled():
    town = synthetic_survey(seed=5, side=30)
    points = C.SurveyPoints(town.response_xy, town.chosen, town.response_unit, town.postcode_xy)
    null = S.SearchNull(points, C.ClusterOptions(method="density"), town.postcode_xy, town.households)
    from place_insight.engine.errors import CancelledError

    with pytest.raises(CancelledError):
        S.search_adjustment(
            np.array([0.01]), np.array([0.5]), null, simulations=20, workers=1, progress=RecordingProgress(cancel_after=2)
        )


# -- the verification on found clusters -------------------------------------------------------------
def found_and_verified(town, options, *, search=True, simulations=39):
    """Find clusters, count what lies inside them with shapely, verify them (allowing for the search or not)."""
    points = C.SurveyPoints(town.response_xy, town.chosen, town.response_unit, town.postcode_xy)
    found = C.find_clusters(points, options)
    geoms = [outline(s) for s in found.shapes]

    def members(xy):
        zone, item = [], []
        for k, g in enumerate(geoms):
            inside = np.flatnonzero(shapely.intersects_xy(g, xy[:, 0], xy[:, 1]))
            zone += [k] * inside.size
            item += inside.tolist()
        return C.membership_matrix(zone, item, len(geoms), len(xy))

    contents = V.ClusterContents(
        ids=found.table["cluster_id"].tolist(),
        area_km2=np.array([g.area / 1e6 for g in geoms]),
        postcodes=members(town.postcode_xy),
        responses=members(town.response_xy),
        incidents=members(town.incident_xy),
    )
    district = V.District(
        weights=town.households, chosen=town.chosen, area_km2=36.0, incidents=len(town.incident_xy), answer_label="Unsafe"
    )
    null = S.SearchNull(points, options, town.postcode_xy, town.households) if search else None
    return (
        found,
        geoms,
        V.verify_clusters(contents, district, V.VerificationOptions(simulations=simulations), search=null, workers=1),
    )


def test_on_answers_with_nothing_in_them_the_search_finds_clusters_but_no_concentrated_fear():
    town = synthetic_survey(seed=3, fear_share=0.2, high_multiple=1.0)  # uniform answers and returns
    options = C.ClusterOptions(method="nnh", threshold=150.0)
    _, _, exact = found_and_verified(town, options, search=False)
    _, _, adjusted = found_and_verified(town, options)
    # fixed-area tests on found clusters: "significant" fear in noise (the fault this guards against)
    assert exact.table["share_high"].sum() >= 2 and (exact.table["disparity"] == "fear without crime").sum() >= 1
    table = adjusted.table
    assert len(table) == len(exact.table) and not table["share_high"].any()
    assert (table["share_p_search"] >= table["share_p"]).all() and (table["share_p_search"] >= 0.05).all()
    assert not (table["disparity"] == "fear without crime").any()
    assert adjusted.search.simulations == 39 and len(adjusted.search.smallest["share"]) == 39


def test_planted_fear_is_concentrated_after_allowing_for_the_search_and_high_returns_are_not_verified():
    town = synthetic_survey(seed=11)
    found, geoms, result = found_and_verified(town, C.ClusterOptions(method="density"))
    table = result.table.set_index("cluster_id")

    def holding(circle):
        (cluster,) = [i for i, g in zip(found.table["cluster_id"], geoms) if g.contains(shapely.Point(circle[:2]))]
        return table.loc[cluster]

    fear, high = holding(town.fear), holding(town.high)
    assert fear["share_p_search"] == pytest.approx(1 / 40) and fear["share_high"] is True and fear["verified"] is True
    assert fear["disparity"] == "fear without crime"
    assert "significantly concentrated here, after allowing for the search" in fear["verdict"]
    assert "return rate ordinary (verified)" in fear["verdict"] and "allowing for the search" in fear["verdict"]
    assert high["return_p_search"] == pytest.approx(1 / 40) and high["verified"] is False
    assert "return rate high (not verified)" in high["verdict"]
    # the headline counts each statement apart, and the report shows both p-values
    text = headline(result)
    concentrated = int((table["share_high"] == True).sum())  # noqa: E712
    assert f"Unsafe significantly concentrated (after allowing for the search): {concentrated}." in text
    assert f"Return rate ordinary (verified): {int((table['verified'] == True).sum())}." in text  # noqa: E712
    html = verification_report(result).html()
    assert "p (share, allowing for the search)" in html and "simulated data sets" in html


def test_fear_in_a_cluster_with_high_returns_is_not_called_fear_without_crime():
    from place_insight.engine.survey.verdicts import verdict

    row = {
        "cluster_id": 4, "postcodes": 30, "responses": 120, "return_rate": 0.3, "district_return_rate": 0.1,
        "return_ratio": 3.0, "return_p": 1e-9, "return_p_search": 0.01, "verified": False,
        "share": 0.5, "district_share": 0.2, "share_p": 1e-8, "share_p_search": 0.01, "share_high": True,
        "incidents": None, "incident_overlap": float("nan"), "incident_clusters": None, "incidents_high": False,
        "low_numbers": False,
    }  # fmt: skip
    row["disparity"] = V._disparity(row["share_high"], row["incidents_high"], row["verified"])
    assert row["disparity"] is None
    text = verdict(row, options=V.VerificationOptions(), basis="households", answers="Unsafe")
    assert "return rate high (not verified)" in text and "p < 0.001 for an area fixed in advance, p = 0.010" in text
    assert "Fear and crime are not compared here" in text and "Fear without crime" not in text
