"""Cluster detection: kernel density, Getis-Ord Gi* (against PySAL esda), CrimeStat-style Nnh, outlines."""

from __future__ import annotations

import math
import warnings

import numpy as np
import pytest
import shapely
from scipy import stats
from shapely.geometry import Polygon
from shapely.ops import unary_union
from survey_synthetic import outline, synthetic_survey

from place_insight.engine.errors import InvalidInputError
from place_insight.engine.progress import RecordingProgress
from place_insight.engine.survey import clusters as C
from place_insight.engine.survey.clusters import density, getis_ord, nearest_neighbour, outlines

pytestmark = pytest.mark.filterwarnings("error")


@pytest.fixture(scope="module")
def town():
    return synthetic_survey(seed=7)


@pytest.fixture(scope="module")
def points(town):
    return C.SurveyPoints(town.response_xy, town.chosen, town.response_unit, town.postcode_xy)


def clusters_holding(result: C.ClusterResult, circle) -> list[int]:
    centre = shapely.Point(circle[0], circle[1])
    return [int(i) for i, s in zip(result.table["cluster_id"], result.shapes) if outline(s).contains(centre)]


# -- defaults from the data ------------------------------------------------------
def test_default_bandwidth_is_the_spatial_silverman_rule():
    xy = np.array([[0, 0], [10, 0], [0, 10], [10, 10], [5, 5]], dtype=float)
    # distances to the mean centre (5, 5): four of √50 and one of 0
    sd = math.sqrt(4 * 50 / 5)
    dm = math.sqrt(50)
    expected = 0.9 * min(sd, math.sqrt(1 / math.log(2)) * dm) * 5**-0.2
    assert density.default_bandwidth(xy) == pytest.approx(expected)
    assert density.default_bandwidth(xy) == pytest.approx(0.9 * math.sqrt(40) * 5**-0.2)


def test_nearest_neighbour_threshold_matches_its_formula():
    threshold, mean, se, t = nearest_neighbour.nn_threshold(100, 1_000_000.0, 0.05)
    assert mean == pytest.approx(50.0)  # 0.5 · √(10⁶ / 100)
    assert se == pytest.approx(0.26136 * 1000 / 100)  # 0.26136 / √(N²/A)
    assert t == pytest.approx(stats.t.ppf(0.05, 99))
    assert threshold == pytest.approx(50.0 + stats.t.ppf(0.05, 99) * 2.6136)
    assert threshold == pytest.approx(45.66, abs=0.01)
    assert nearest_neighbour.nn_threshold(100, 1_000_000.0, 0.5)[0] == pytest.approx(50.0)


def test_grid_cells_and_rectangles():
    grid = C.Grid.covering(np.array([[0.0, 0.0], [95.0, 45.0]]), 10.0)
    assert (grid.columns, grid.rows) == (10, 5)
    cells = grid.locate(np.array([[1.0, 1.0], [95.0, 45.0], [15.0, 32.0]]))
    assert list(cells) == [0, 49, 31]
    assert grid.rectangles([31]).tolist() == [[10.0, 30.0, 20.0, 40.0]]
    assert grid.centres()[31].tolist() == [15.0, 35.0]
    with pytest.raises(InvalidInputError, match="larger cell size"):
        C.Grid.covering(np.array([[0.0, 0.0], [1e6, 1e6]]), 1.0)


# -- kernel density ----------------------------------------------------------------
@pytest.mark.parametrize("kernel", C.KERNELS)
def test_kernel_density_keeps_the_mass_of_every_point(kernel):
    xy = np.array([[500.0, 500.0], [520.0, 480.0], [800.0, 300.0]])
    points = C.SurveyPoints(xy, [True, False, True])
    grid = C.Grid.covering(xy, 5.0, margin=400.0)
    surface = density.kernel_density(points, grid=grid, bandwidth=100.0, kernel=kernel)
    cell_km2 = grid.cell**2 / 1e6
    assert surface.everything.sum() * cell_km2 == pytest.approx(3.0, rel=2e-3)
    assert surface.chosen.sum() * cell_km2 == pytest.approx(2.0, rel=2e-3)


def test_quartic_peak_is_three_over_pi_h_squared():
    xy = np.array([[2.5, 2.5]])
    grid = C.Grid(0.0, 0.0, 5.0, 1, 1)
    surface = density.kernel_density(C.SurveyPoints(xy, [True]), grid=grid, bandwidth=200.0)
    assert surface.chosen[0, 0] == pytest.approx(3 / (math.pi * 200.0**2) * 1e6)
    assert surface.nearby[0, 0] == 1


def test_density_finds_both_planted_areas(town, points):
    result = C.find_clusters(points, C.ClusterOptions(method="density"))
    assert clusters_holding(result, town.fear) and clusters_holding(result, town.high)
    assert result.settings["bandwidth"] == pytest.approx(density.default_bandwidth(points.xy[points.chosen]))
    assert result.settings["cell_size"] == pytest.approx(result.settings["bandwidth"] / 5)
    assert (result.table["peak_density"] > result.settings["threshold"]).all()


def test_share_finds_the_fear_cluster_and_not_the_high_return_area(town, points):
    result = C.find_clusters(points, C.ClusterOptions(method="share"))
    assert len(clusters_holding(result, town.fear)) == 1
    assert clusters_holding(result, town.high) == []


# -- Getis-Ord Gi* -------------------------------------------------------------------
def esda_z(values, weights):
    with warnings.catch_warnings():  # the peer's own import-time warnings (shapely.geos, …) are not ours
        warnings.simplefilter("ignore")
        from esda.getisord import G_Local
        from libpysal.weights import WSP

    w = WSP(weights).to_W(silence_warnings=True)
    return G_Local(values, w, transform="B", star=True, permutations=0).Zs


@pytest.mark.filterwarnings("ignore::DeprecationWarning", "ignore::UserWarning", "ignore::FutureWarning")
@pytest.mark.parametrize("neighbours", ["band", "knn"])
def test_gi_star_equals_esda_on_the_same_weights(neighbours):
    rng = np.random.default_rng(3)
    xy = rng.uniform(0, 2000, (800, 2))
    values = rng.poisson(3, 800).astype(float)
    weights = getis_ord.distance_band_weights(xy, 150.0) if neighbours == "band" else getis_ord.knn_weights(xy, 6)
    assert (weights.diagonal() == 1).all() and set(weights.data) == {1.0}
    z, p = getis_ord.gi_star(values, weights)
    np.testing.assert_allclose(z, esda_z(values, weights), rtol=0, atol=1e-10)
    np.testing.assert_allclose(p, stats.norm.sf(z))


def test_gi_star_by_hand_on_four_units():
    values = np.array([1.0, 2.0, 3.0, 10.0])
    xy = np.array([[0.0, 0.0], [1.0, 0.0], [5.0, 0.0], [6.0, 0.0]])
    weights = getis_ord.distance_band_weights(xy, 1.5)  # pairs {0,1} and {2,3}, each with itself
    z, _ = getis_ord.gi_star(values, weights)
    mean, s = 4.0, math.sqrt((1 + 4 + 9 + 100) / 4 - 16)
    denominator = s * math.sqrt((4 * 2 - 2**2) / 3)
    assert z[3] == pytest.approx((13 - mean * 2) / denominator)
    assert z[0] == pytest.approx((3 - mean * 2) / denominator)


def test_knn_weights_have_k_neighbours_and_self_even_with_duplicates():
    xy = np.array([[0.0, 0.0], [0.0, 0.0], [1.0, 0.0], [5.0, 0.0], [9.0, 0.0]])
    weights = getis_ord.knn_weights(xy, 2)
    assert list(np.asarray(weights.sum(axis=1)).ravel()) == [3, 3, 3, 3, 3]
    assert (weights.diagonal() == 1).all()


def bh_hot(p, z, alpha):
    """Benjamini–Hochberg step-up written out (independent of scipy)."""
    order = np.argsort(p)
    ranked = p[order] <= alpha * np.arange(1, p.size + 1) / p.size
    cut = np.flatnonzero(ranked).max() + 1 if ranked.any() else 0
    hot = np.zeros(p.size, dtype=bool)
    hot[order[:cut]] = True
    return hot & (z > 0)


@pytest.mark.parametrize("method", ["gi_grid", "gi_units"])
def test_gi_finds_both_planted_areas_with_fdr(town, points, method):
    result = C.find_clusters(points, C.ClusterOptions(method=method))
    assert clusters_holding(result, town.fear) and clusters_holding(result, town.high)
    assert (result.table["max_z"] > 3).all()
    if method == "gi_units":
        assert result.settings["units"] == len(town.postcode_xy)  # units without responses count as zeros
        values = np.bincount(points.unit, weights=points.chosen, minlength=len(town.postcode_xy))
        weights = getis_ord.distance_band_weights(town.postcode_xy, result.settings["distance_band"])
        z, p = getis_ord.gi_star(values, weights)
        assert result.settings["hot_units"] == bh_hot(p, z, 0.05).sum()


def test_gi_on_identical_values_is_refused():
    xy = np.array([[0.0, 0.0], [1.0, 0.0], [2.0, 0.0]])
    with pytest.raises(InvalidInputError, match="same value"):
        getis_ord.gi_star(np.ones(3), getis_ord.distance_band_weights(xy, 1.5))


# -- nearest-neighbour hierarchical clustering ---------------------------------------------
def test_nnh_links_points_closer_than_the_threshold():
    rng = np.random.default_rng(5)
    tight = rng.normal([500.0, 500.0], 5.0, (15, 2))
    loose = rng.uniform(0, 1000, (40, 2))
    xy = np.vstack([tight, loose])
    result = C.find_clusters(C.SurveyPoints(xy, np.ones(len(xy), bool)), C.ClusterOptions(method="nnh", min_points=10))
    threshold = result.settings["threshold"]
    expected, *_ = nearest_neighbour.nn_threshold(len(xy), nearest_neighbour.bounding_area(xy), 0.05)
    assert threshold == pytest.approx(expected)
    assert len(result.table) == 1 and result.table["members"][0] >= 15
    assert outline(result.shapes[0]).contains(shapely.MultiPoint(tight))


def test_nnh_fixed_distance_and_coincident_points():
    xy = np.array([[0.0, 0.0]] * 6 + [[50.0, 0.0]] * 5 + [[1000.0, 1000.0]] * 3)
    result = C.find_clusters(
        C.SurveyPoints(xy, np.ones(len(xy), bool)), C.ClusterOptions(method="nnh", threshold=60.0, min_points=5)
    )
    assert list(result.table["members"]) == [11]
    assert result.shapes[0].hull == "points"


def test_nnh_finds_the_fear_cluster_with_the_analysts_distance(town, points):
    result = C.find_clusters(points, C.ClusterOptions(method="nnh", threshold=160.0, min_points=20))
    assert clusters_holding(result, town.fear)


# -- higher orders -----------------------------------------------------------------------------
STUDY_AREA = 1500.0**2  # m², given so that every threshold is known by hand
#: Eight tight groups of 25 points: in pairs 100 m apart (A, B, C, D), the pairs A–B and C–D 250 m apart,
#: the two 1,200 m apart; six lone points far east.
PAIRS = {"A": (0.0, 0.0), "B": (0.0, 250.0), "C": (1200.0, 0.0), "D": (1200.0, 250.0)}


def by_hand(n: int, probability: float) -> float:
    """0.5·√(A/N) + t(p, N−1)·0.26136·√A/N, written out."""
    return 0.5 * math.sqrt(STUDY_AREA / n) + stats.t.ppf(probability, n - 1) * 0.26136 * math.sqrt(STUDY_AREA) / n


@pytest.fixture(scope="module")
def hierarchy():
    rng = np.random.default_rng(11)
    centres = [(x + dx, y) for x, y in PAIRS.values() for dx in (0.0, 100.0)]
    blobs = [np.array(c) + rng.uniform(-5, 5, (25, 2)) for c in centres]
    lone = np.array([[3000.0 + 400 * k, 0.0] for k in range(6)])
    xy = np.vstack([*blobs, lone])
    return C.SurveyPoints(xy, np.ones(len(xy), bool)), np.array(centres)


def nnh(points, **options):
    return C.find_clusters(points, C.ClusterOptions(method="nnh", probability=0.2, area=STUDY_AREA, **options))


def groups_of(shape, centres) -> set[int]:
    """Which planted groups (index in ``centres``) have their points in the outline's points."""
    held = {tuple(p) for p in shape.points}
    return {g for g, c in enumerate(centres) if any(abs(x - c[0]) <= 5 and abs(y - c[1]) <= 5 for x, y in held)}


def test_nnh_orders_of_the_planted_hierarchy(hierarchy):
    points, centres = hierarchy
    result = nnh(points, max_order=5)
    s = result.settings
    # thresholds: 206 points, then 8 first-order clusters, 4 second-order, 2 third-order
    for order, n in ((1, 206), (2, 8), (3, 4), (4, 2)):
        assert s[f"points_{order}"] == n
        assert s[f"threshold_{order}"] == pytest.approx(by_hand(n, 0.2))
    assert s["threshold"] == s["threshold_1"]
    assert (round(s["threshold_1"], 1), round(s["threshold_2"], 1), round(s["threshold_3"], 1), round(s["threshold_4"], 1)) == (
        50.6,
        221.3,
        279.1,
        260.5,
    )  # pairs 100 m, 250 m, 1,200 m apart
    assert [s[f"clusters_{k}"] for k in (1, 2, 3, 4)] == [8, 4, 2, 0] and s["points_5"] == 0
    table = result.table
    assert list(table["order"]) == [1] * 8 + [2] * 4 + [3] * 2
    assert list(table["cluster_id"]) == list(range(1, 15))
    assert list(table["members"]) == [25] * 8 + [2] * 4 + [2] * 2  # points, then clusters of the order below
    held = [groups_of(shape, centres) for shape in result.shapes]
    assert sorted(map(sorted, held[:8])) == [[g] for g in range(8)]
    assert sorted(map(sorted, held[8:12])) == [[0, 1], [2, 3], [4, 5], [6, 7]]  # A, B, C, D
    assert sorted(map(sorted, held[12:])) == [[0, 1, 2, 3], [4, 5, 6, 7]]  # A–B and C–D
    assert all(len(shape.points) == 25 * len(g) for shape, g in zip(result.shapes, held))  # lone points left out
    for upper in range(8, 14):
        drawn = outline(result.shapes[upper])
        for lower, groups in enumerate(held[:upper]):
            if groups < held[upper]:
                inner = outline(result.shapes[lower])
                assert inner.difference(drawn).area < 1e-6 * inner.area  # contains its members (up to arc segments)


def test_nnh_single_linkage_of_every_order_equals_scipy(hierarchy):
    from scipy.cluster.hierarchy import fcluster, linkage

    points, centres = hierarchy
    result = nnh(points, max_order=3)
    labels = fcluster(linkage(points.xy, "single"), result.settings["threshold_1"], criterion="distance")
    expected = sorted(sorted(np.flatnonzero(labels == k)) for k in np.unique(labels) if (labels == k).sum() >= 10)
    found = sorted(
        sorted(np.flatnonzero([tuple(p) in {tuple(q) for q in shape.points} for p in points.xy])) for shape in result.shapes[:8]
    )
    assert found == expected
    first = np.array([points.xy[sorted(g)].mean(axis=0) for g in expected])  # mean centres of order 1
    labels = fcluster(linkage(first, "single"), result.settings["threshold_2"], criterion="distance")
    assert sorted(np.bincount(labels)[1:]) == [2, 2, 2, 2]
    assert result.settings["clusters_2"] == 4


def test_nnh_max_order_one_is_the_first_order_unchanged(hierarchy):
    points, _ = hierarchy
    first = nnh(points)
    higher = nnh(points, max_order=3)
    assert set(first.table["order"]) == {1} and "clusters_2" not in first.settings
    assert first.table.equals(higher.table[higher.table["order"] == 1])
    for a, b in zip(first.shapes, higher.shapes[:8]):
        np.testing.assert_array_equal(a.triangles, b.triangles)
        np.testing.assert_array_equal(a.points, b.points)
        assert a.margin == b.margin
    assert C.describe(first).endswith("8 clusters.")


@pytest.fixture(scope="module")
def two_groups():
    """Two tight groups of 25 points 180 m apart."""
    rng = np.random.default_rng(2)
    xy = np.vstack([rng.uniform(-5, 5, (25, 2)), rng.uniform(-5, 5, (25, 2)) + [180.0, 0.0]])
    return C.SurveyPoints(xy, np.ones(50, bool))


def test_nnh_stops_when_fewer_than_two_clusters_remain(two_groups):
    result = nnh(two_groups, max_order=5)
    s = result.settings
    assert s["threshold_1"] == pytest.approx(by_hand(50, 0.2)) and s["threshold_1"] < 170  # the groups stay apart
    assert s["threshold_2"] == pytest.approx(by_hand(2, 0.2)) and s["threshold_2"] > 180  # their centres link
    assert list(result.table["order"]) == [1, 1, 2] and result.table["members"].iloc[2] == 2
    assert len(result.shapes[2].points) == 50
    assert s["points_3"] == 1 and "threshold_3" not in s and "clusters_3" not in s
    text = C.describe(result)
    assert "order 1: 2 clusters, threshold distance {:.1f}; order 2: 1 clusters".format(s["threshold_1"]) in text
    assert text.endswith("Fewer than two clusters of order 2 (1): there is no order 3.")


def test_nnh_stops_when_the_threshold_is_not_positive(hierarchy, two_groups):
    result = C.find_clusters(two_groups, C.ClusterOptions(method="nnh", area=STUDY_AREA, max_order=3))  # p = 0.05
    s = result.settings
    # t(0.05, 1) = −6.31: two clusters give a negative threshold
    assert s["clusters_1"] == 2 and s["threshold_2"] == pytest.approx(by_hand(2, 0.05)) and s["threshold_2"] < 0
    assert "clusters_2" not in s and list(result.table["order"]) == [1, 1]
    assert "The threshold distance of order 2 is not positive ({:,.1f}) with only 2 clusters of order 1".format(
        s["threshold_2"]
    ) in C.describe(result)
    # and at p = 0.05 the planted pairs of pairs (250 m) lie beyond the third-order threshold (4 clusters: 144.3 m)
    s = C.find_clusters(hierarchy[0], C.ClusterOptions(method="nnh", area=STUDY_AREA, max_order=3)).settings
    assert [s[f"clusters_{k}"] for k in (1, 2, 3)] == [8, 4, 0]
    assert s["threshold_3"] == pytest.approx(by_hand(4, 0.05)) == pytest.approx(144.3, abs=0.05)


def test_nnh_fixed_distance_is_the_same_at_every_order():
    # a ring of radius 40 (points 10.5 m apart) around a tight group, and another group 200 m east:
    # at 15 m the ring and the groups are three first-order clusters; the ring's centre and its group's coincide
    ring = np.array([[40 * math.cos(a), 40 * math.sin(a)] for a in np.linspace(0, 2 * math.pi, 24, endpoint=False)])
    group = np.array([[x, y] for x in (-2.0, 0.0, 2.0) for y in (-2.0, 0.0, 2.0)])
    xy = np.vstack([ring, group, group + [200.0, 0.0]])
    result = C.find_clusters(
        C.SurveyPoints(xy, np.ones(len(xy), bool)), C.ClusterOptions(method="nnh", threshold=15.0, min_points=5, max_order=4)
    )
    s = result.settings
    assert s["threshold_1"] == s["threshold_2"] == 15.0 and "threshold_3" not in s
    assert list(result.table["order"]) == [1, 1, 1, 2] and s["points_3"] == 1
    assert len(result.shapes[3].points) == 24 + 9  # the ring and the group inside it
    assert outline(result.shapes[3]).contains(shapely.MultiPoint(xy[:33]))


def test_nnh_max_order_below_one_is_refused(hierarchy):
    points, _ = hierarchy
    with pytest.raises(InvalidInputError, match="at least 1"):
        nnh(points, max_order=0)


def test_order_is_one_for_the_other_methods(points):
    for method in ("density", "gi_units"):
        assert set(C.find_clusters(points, C.ClusterOptions(method=method)).table["order"]) == {1}


# -- outlines --------------------------------------------------------------------------
def test_alpha_shape_drops_long_triangles_and_falls_back_to_the_convex_hull():
    square = np.array([[x, y] for x in range(5) for y in range(5)], dtype=float) * 10
    with_outlier = np.vstack([square, [[200.0, 20.0]]])
    triangles, hull = outlines.alpha_triangles(with_outlier, 10.0)
    assert hull == "alpha"
    area = unary_union([Polygon(t) for t in triangles]).area
    assert area == pytest.approx(1600.0)  # the 40 × 40 square, not the sliver to the outlier
    triangles, hull = outlines.alpha_triangles(with_outlier, 1.0)
    assert hull == "convex"
    assert unary_union([Polygon(t) for t in triangles]).area == pytest.approx(shapely.MultiPoint(with_outlier).convex_hull.area)
    assert outlines.alpha_triangles(np.array([[0.0, 0.0], [1.0, 1.0], [2.0, 2.0]]), 5.0)[1] == "points"


def test_cluster_table_counts_records_inside_outlines():
    xy = np.array([[0.0, 0.0], [0.0, 0.0], [1.0, 1.0], [9.0, 9.0]])
    chosen = np.array([True, False, True, True])
    locations, inverse, _, _ = C.unique_locations(xy, chosen)
    result = C.ClusterResult("density", _table(), [C.ClusterShape()], {})
    inside = C.records_inside(np.array([0, 0]), np.array([0, 1]), inverse, 1, len(locations))
    table = C.cluster_table(result, inside, chosen, np.array([0.5]))
    assert (table["chosen"][0], table["responses"][0]) == (2, 3)
    assert table.loc[0, "share"] == pytest.approx(2 / 3)
    assert table.loc[0, "density"] == pytest.approx(4.0)


def _table():
    import pandas as pd

    return pd.DataFrame(
        {"cluster_id": [1], "method": ["density"], "order": [1], "members": [2], "peak_density": [np.nan], "max_z": [np.nan]}
    )


# -- bad input ------------------------------------------------------------------------------
def test_share_methods_need_answers():
    xy = np.random.default_rng(1).uniform(0, 100, (50, 2))
    every = C.SurveyPoints(xy, np.ones(50, bool))
    with pytest.raises(InvalidInputError, match="answer field"):
        C.find_clusters(every, C.ClusterOptions(method="share"))
    with pytest.raises(InvalidInputError, match="answer field"):
        C.find_clusters(every, C.ClusterOptions(method="gi_units", gi_value="share"))


def test_too_few_chosen_answers_and_no_spread_are_refused():
    xy = np.zeros((5, 2))
    with pytest.raises(InvalidInputError, match="at least two"):
        C.find_clusters(C.SurveyPoints(xy, [True, False, False, False, False]))
    with pytest.raises(InvalidInputError, match="same place"):
        C.find_clusters(C.SurveyPoints(xy, np.ones(5, bool)))


def test_progress_and_cancellation(points):
    progress = RecordingProgress(cancel_after=0)
    from place_insight.engine.errors import CancelledError

    with pytest.raises(CancelledError):
        C.find_clusters(points, C.ClusterOptions(method="density"), progress=progress)


def test_a_cluster_of_clusters_margin_holds_its_parts_outlines():
    """Buffers drawn with BUFFER_SEGMENTS segments a quarter circle fall short of the arc by up to 1 − cos(π/4s):
    the parts' margin multiple must make up for it, or the parts' outlines stick out of the cluster's."""
    from place_insight.engine.survey.clusters.common import BUFFER_SEGMENTS
    from place_insight.engine.survey.clusters.outlines import PART_MARGIN

    assert PART_MARGIN * math.cos(math.pi / (4 * BUFFER_SEGMENTS)) >= 1.0
