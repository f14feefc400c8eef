"""Location models against brute force on small instances, and the bad inputs of issue 5."""

from __future__ import annotations

import itertools
import math
import time
import warnings

import numpy as np
import pytest
from network_fixtures import WALK_M_PER_MIN, lines
from scipy.optimize import linprog

from place_insight.engine.errors import CancelledError, InfeasibleProblemError, InvalidInputError
from place_insight.engine.location import (
    CostSpec,
    LocationModel,
    Points,
    SolverOptions,
    as_flags,
    evaluate_sites,
    plan_locations,
    solve_location,
    travel_costs,
)
from place_insight.engine.location.lagrangian import pmedian_lagrangian_bound
from place_insight.engine.location.pmedian import pmedian_heuristic
from place_insight.engine.location.solve import objective_curve
from place_insight.engine.progress import RecordingProgress

METHODS = ("exact", "heuristic", "auto")


@pytest.fixture(autouse=True)
def warnings_are_errors():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        yield


def instance(seed: int, n: int = 14, m: int = 7):
    rng = np.random.default_rng(seed)
    costs = travel_costs(rng.uniform(0, 10_000, (n, 2)), rng.uniform(0, 10_000, (m, 2)), unit="metres").matrix
    weights = rng.integers(1, 20, n).astype(float)
    required = np.zeros(m, dtype=bool)
    if seed % 3 == 0:
        required[seed % m] = True
    return costs.astype(np.float64), weights, required


def brute_force(costs, weights, p, required, value):
    """The best value(open columns) over every set of p columns containing the required ones."""
    must = set(np.flatnonzero(required))
    best = math.inf
    for chosen in itertools.combinations(range(costs.shape[1]), p):
        if must <= set(chosen):
            best = min(best, value(list(chosen)))
    return best


def median_value(costs, weights):
    return lambda cols: float(weights @ costs[:, cols].min(axis=1))


def center_value(costs, weights):
    return lambda cols: float(costs[:, cols].min(axis=1)[weights > 0].max())


def uncovered_value(costs, weights, cutoff):
    return lambda cols: float(weights[costs[:, cols].min(axis=1) > cutoff].sum())


SEEDS = range(12)


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("method", METHODS)
def test_pmedian_matches_brute_force(seed, method):
    costs, weights, required = instance(seed)
    p = 1 + seed % 4
    best = brute_force(costs, weights, p, required, median_value(costs, weights))
    result = solve_location(costs, weights, LocationModel("pmedian", p, required=required), SolverOptions(method, 20))
    assert result.objective == pytest.approx(best, rel=1e-5)
    assert result.bound <= best * (1 + 1e-6)
    assert median_value(costs, weights)(list(result.selected)) == pytest.approx(result.objective, rel=1e-6)
    assert set(np.flatnonzero(required)) <= set(result.selected)


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("method", METHODS)
def test_pcenter_matches_brute_force(seed, method):
    costs, weights, required = instance(seed)
    p = 1 + seed % 4
    best = brute_force(costs, weights, p, required, center_value(costs, weights))
    result = solve_location(costs, weights, LocationModel("pcenter", p, required=required), SolverOptions(method, 20))
    assert result.bound <= best + 1e-3
    assert result.objective == pytest.approx(best, abs=1e-3)
    if method != "heuristic":
        assert result.status == "optimal"


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("method", METHODS)
def test_maximal_covering_matches_brute_force(seed, method):
    costs, weights, required = instance(seed)
    p, cutoff = 1 + seed % 3, float(np.quantile(costs, 0.25))
    least_uncovered = brute_force(costs, weights, p, required, uncovered_value(costs, weights, cutoff))
    best = weights.sum() - least_uncovered
    result = solve_location(costs, weights, LocationModel("mclp", p, cutoff, required), SolverOptions(method, 20))
    assert result.bound >= best - 1e-6  # an upper bound on the demand covered
    assert result.objective == pytest.approx(best)
    assert result.metrics.covered_weight == pytest.approx(best)


@pytest.mark.parametrize("seed", SEEDS)
@pytest.mark.parametrize("method", METHODS)
def test_set_covering_matches_brute_force_and_reports_uncoverable_demand(seed, method):
    costs, weights, required = instance(seed)
    cutoff = float(np.quantile(costs, 0.2))
    coverable = (costs <= cutoff).any(axis=1)
    fewest = next(
        k
        for k in range(1, costs.shape[1] + 1)
        for chosen in itertools.combinations(range(costs.shape[1]), k)
        if set(np.flatnonzero(required)) <= set(chosen) and (costs[coverable][:, list(chosen)] <= cutoff).any(axis=1).all()
    )
    result = solve_location(costs, weights, LocationModel("lscp", cutoff=cutoff, required=required), SolverOptions(method, 20))
    assert result.bound <= fewest <= result.objective
    assert result.objective == fewest  # greedy with redundancy removal is optimal on these
    assert sorted(result.uncoverable) == sorted(np.flatnonzero(~coverable))
    assert (costs[coverable][:, result.selected] <= cutoff).any(axis=1).all()


def test_greedy_set_cover_can_be_beaten_and_the_bound_says_so():
    # rows 0-5; the greedy takes the big column 0 (4 rows) then needs two more; columns 1 and 2 cover all.
    cover = np.array(
        [[1, 1, 0, 0, 0], [1, 1, 0, 0, 0], [1, 0, 1, 0, 0], [1, 0, 1, 0, 0], [0, 1, 0, 1, 0], [0, 0, 1, 0, 1]], dtype=bool
    )
    costs = np.where(cover, 1.0, 10.0)
    weights = np.ones(6)
    exact = solve_location(costs, weights, LocationModel("lscp", cutoff=2.0), SolverOptions("exact"))
    heuristic = solve_location(costs, weights, LocationModel("lscp", cutoff=2.0), SolverOptions("heuristic"))
    assert exact.objective == 2 and exact.status == "optimal"
    assert heuristic.bound <= 2 <= heuristic.objective


@pytest.mark.parametrize("seed", range(8))
def test_capacitated_pmedian_matches_brute_force_over_transportation_problems(seed):
    costs, weights, _ = instance(seed, n=10, m=5)
    rng = np.random.default_rng(100 + seed)
    capacities = rng.uniform(0.25, 0.6, costs.shape[1]) * weights.sum()
    p = 3
    n = costs.shape[0]

    def transport(cols):
        k = len(cols)
        if capacities[cols].sum() < weights.sum():
            return math.inf
        a_ub = np.zeros((k, n * k))
        for j in range(k):
            a_ub[j, j::k] = weights
        result = linprog(
            (weights[:, None] * costs[:, cols]).ravel(),
            A_ub=a_ub,
            b_ub=capacities[cols],
            A_eq=np.kron(np.eye(n), np.ones(k)),
            b_eq=np.ones(n),
            bounds=(0, 1),
            method="highs",
        )
        return result.fun if result.status == 0 else math.inf

    best = brute_force(costs, weights, p, np.zeros(costs.shape[1], dtype=bool), transport)
    model = LocationModel("pmedian", p, capacities=capacities)
    if not math.isfinite(best):
        with pytest.raises(InfeasibleProblemError):
            solve_location(costs, weights, model, SolverOptions("exact"))
        return
    result = solve_location(costs, weights, model, SolverOptions("exact"))
    assert result.objective == pytest.approx(best, rel=1e-6)
    served = np.bincount(
        result.allocation.site, weights=weights[result.allocation.demand] * result.allocation.share, minlength=costs.shape[1]
    )
    assert (served <= capacities + 1e-6).all()
    assert np.bincount(result.allocation.demand, weights=result.allocation.share, minlength=n) == pytest.approx(1.0)


def test_heuristic_and_lagrangian_bound_bracket_the_optimum_on_a_larger_instance():
    rng = np.random.default_rng(7)
    costs = travel_costs(rng.uniform(0, 20_000, (300, 2)), rng.uniform(0, 20_000, (40, 2))).matrix
    weights = rng.integers(1, 50, 300).astype(float)
    exact = solve_location(costs, weights, LocationModel("pmedian", 6), SolverOptions("exact", 120))
    assert exact.status == "optimal"
    open_, value = pmedian_heuristic(costs, weights, 6, rng=np.random.default_rng(0))
    bound = pmedian_lagrangian_bound(costs, weights, 6, upper=value).value
    assert bound <= exact.objective * (1 + 1e-6) <= value * (1 + 1e-6)
    assert (value - bound) / value < 0.01
    assert float(weights @ costs[:, open_].min(axis=1)) == pytest.approx(value, rel=1e-6)


def test_the_same_seed_gives_the_same_heuristic_result():
    costs, weights, required = instance(5, n=60, m=20)
    runs = [
        solve_location(costs, weights, LocationModel("pmedian", 4), SolverOptions("heuristic", 1.0, seed=3)) for _ in range(2)
    ]
    assert list(runs[0].selected) == list(runs[1].selected)


def test_travel_costs_in_minutes_and_metres():
    demand = np.array([[0.0, 0.0], [3000.0, 4000.0]])
    sites = np.array([[0.0, 0.0]])
    assert travel_costs(demand, sites, unit="metres").matrix[:, 0] == pytest.approx([0.0, 5000.0])
    minutes = travel_costs(demand, sites, speed_kmh=30.0)
    assert minutes.matrix[1, 0] == pytest.approx(10.0) and minutes.unit == "minutes" and minutes.matrix.dtype == np.float32
    with pytest.raises(InvalidInputError, match="speed"):
        travel_costs(demand, sites, speed_kmh=0.0)
    with pytest.raises(InvalidInputError, match="Unknown travel cost bus"):
        travel_costs(demand, sites, method="bus")
    with pytest.raises(InvalidInputError, match="need a road network"):
        travel_costs(demand, sites, method="network")


def test_evaluate_sites_gives_mean_max_and_coverage():
    costs = np.array([[1.0, 5.0], [4.0, 2.0], [9.0, 8.0]])
    metrics = evaluate_sites(costs, np.array([1.0, 1.0, 2.0]), cutoff=3.0)
    assert metrics.mean_cost == pytest.approx((1 + 2 + 2 * 8) / 4)
    assert metrics.max_cost == 8.0
    assert metrics.covered_share == pytest.approx(0.5)


def test_objective_curve_is_not_increasing_in_p():
    costs, weights, _ = instance(4, n=30, m=8)
    curve = objective_curve(costs, weights, LocationModel("pmedian"), 5, SolverOptions("exact", 30))
    assert [c.p for c in curve] == [1, 2, 3, 4, 5]
    values = [c.objective for c in curve]
    assert all(a >= b - 1e-6 for a, b in zip(values, values[1:]))
    assert values[2] == pytest.approx(brute_force(costs, weights, 3, np.zeros(8, bool), median_value(costs, weights)))


# -- bad input ----------------------------------------------------------------------------
def small():
    costs = np.array([[1.0, 2.0, 3.0], [2.0, 1.0, 3.0], [3.0, 3.0, 1.0]])
    return costs, np.array([1.0, 2.0, 3.0])


def test_p_larger_than_the_candidates():
    costs, weights = small()
    with pytest.raises(InvalidInputError, match="p = 4 sites are asked for but there are only 3"):
        solve_location(costs, weights, LocationModel("pmedian", 4))


def test_p_smaller_than_the_required_sites():
    costs, weights = small()
    with pytest.raises(InfeasibleProblemError, match="2 sites are required to stay open but p = 1: raise p"):
        solve_location(costs, weights, LocationModel("pmedian", 1, required=np.array([True, True, False])))


def test_capacities_that_cannot_serve_the_demand():
    costs, weights = small()
    with pytest.raises(InfeasibleProblemError, match="hold 4 but the demand is 6. Raise p, raise the capacities"):
        solve_location(costs, weights, LocationModel("pmedian", 2, capacities=np.array([1.0, 3.0, 1.0])))


def test_capacities_infeasible_because_of_reachability():
    costs = np.array([[1.0, np.inf], [1.0, np.inf], [np.inf, 1.0]])
    with pytest.raises(InfeasibleProblemError, match="Raise p or the capacities"):
        solve_location(
            costs,
            np.array([5.0, 5.0, 1.0]),
            LocationModel("pmedian", 2, capacities=np.array([6.0, 20.0])),
            SolverOptions("exact"),
        )


def test_demand_unreachable_from_every_candidate_is_reported_and_left_out():
    costs = np.array([[1.0, 4.0], [np.inf, np.inf], [3.0, 1.0]])
    progress = RecordingProgress()
    result = solve_location(
        costs, np.array([1.0, 7.0, 1.0]), LocationModel("pmedian", 1), demand_ids=["a", "b", "c"], progress=progress
    )
    assert list(result.unreachable) == [1]
    assert any("cannot reach any candidate site" in w and ": b" in w for w in progress.warnings)
    assert result.objective == pytest.approx(4.0)


def test_duplicate_candidates_are_left_out_keeping_the_required_one():
    costs = np.array([[1.0, 2.0, 1.0], [2.0, 1.0, 2.0]])
    progress = RecordingProgress()
    result = solve_location(
        costs,
        np.array([1.0, 1.0]),
        LocationModel("pmedian", 1, required=np.array([0, 0, 1])),
        candidate_ids=["A", "B", "C"],
        progress=progress,
    )
    assert result.duplicates == ((0, 2),)
    assert list(result.selected) == [2]
    assert any("A = C" in w for w in progress.warnings)


@pytest.mark.parametrize(
    "costs, message",
    [
        (np.zeros((0, 3)), "demand layer is empty"),
        (np.zeros((3, 0)), "candidate layer is empty"),
    ],
)
def test_empty_layers(costs, message):
    with pytest.raises(InvalidInputError, match=message):
        solve_location(costs, np.ones(costs.shape[0]), LocationModel("pmedian", 1))


def test_empty_layers_in_the_workflow():
    with pytest.raises(InvalidInputError, match="candidate layer is empty"):
        plan_locations(
            Points(np.array([[0.0, 0.0]]), [1]), [1.0], Points(np.zeros((0, 2)), []), LocationModel("pmedian", 1), SolverOptions()
        )


def test_all_weights_zero():
    costs, _ = small()
    with pytest.raises(InvalidInputError, match="Every demand weight is zero"):
        solve_location(costs, np.zeros(3), LocationModel("pmedian", 1))


def test_null_and_negative_weights_name_the_features():
    costs, _ = small()
    with pytest.raises(InvalidInputError, match="no weight \\(NULL\\): y"):
        solve_location(costs, np.array([1.0, np.nan, 1.0]), LocationModel("pmedian", 1), demand_ids=["x", "y", "z"])
    with pytest.raises(InvalidInputError, match="negative weight: z"):
        solve_location(costs, np.array([1.0, 1.0, -1.0]), LocationModel("pmedian", 1), demand_ids=["x", "y", "z"])


@pytest.mark.parametrize("limit", [0.0, -1.0, math.nan])
def test_a_time_limit_of_zero(limit):
    costs, weights = small()
    with pytest.raises(InvalidInputError, match="time limit must be a positive"):
        solve_location(costs, weights, LocationModel("pmedian", 1), SolverOptions(time_limit=limit))


def test_covering_needs_a_cut_off():
    costs, weights = small()
    with pytest.raises(InvalidInputError, match="cut-off must be a positive"):
        solve_location(costs, weights, LocationModel("mclp", 1))


@pytest.mark.parametrize(("objective", "method"), [("mclp", "exact"), ("mclp", "heuristic"), ("lscp", "auto")])
def test_a_cut_off_that_covers_no_demand_is_refused_in_words(objective, method):
    costs, weights = small()
    with pytest.raises(InvalidInputError, match=r"No demand unit is within the cut-off \(0\.001\) of any candidate"):
        solve_location(costs, weights, LocationModel(objective, 1, cutoff=0.001), SolverOptions(method))


def test_weights_too_large_to_add_up_are_refused():
    costs, _ = small()
    with pytest.raises(InvalidInputError, match="implausibly large weight"):
        solve_location(costs, np.array([1.0, 1e308, 1e308]), LocationModel("pmedian", 1), demand_ids=["x", "y", "z"])


def test_cancellation_stops_the_heuristic():
    costs, weights, _ = instance(2, n=400, m=60)
    with pytest.raises(CancelledError):
        solve_location(
            costs,
            weights,
            LocationModel("pmedian", 5),
            SolverOptions("heuristic", 30),
            progress=RecordingProgress(cancel_after=3),
        )


def test_workflow_drops_points_without_geometry_and_compares_with_today():
    demand = Points(np.array([[0.0, 0.0], [np.nan, np.nan], [1000.0, 0.0], [2000.0, 0.0]]), ["a", "b", "c", "d"])
    sites = Points(np.array([[0.0, 0.0], [2000.0, 0.0], [1000.0, 0.0]]), [10, 20, 30], ["West", "East", "Middle"])
    progress = RecordingProgress()
    plan = plan_locations(
        demand,
        [1.0, 1.0, 1.0, 1.0],
        sites,
        LocationModel("pmedian", 1, cutoff=1000.0),
        SolverOptions("exact"),
        cost=CostSpec(unit="metres"),
        current=Points(np.array([[0.0, 0.0]]), [1]),
        progress=progress,
    )
    assert any("have no geometry" in w and "b" in w for w in progress.warnings)
    assert list(plan.sites["name"]) == ["Middle"]
    assert plan.sites["demand"].iloc[0] == 3.0
    assert plan.current.mean_cost == pytest.approx(1000.0)
    assert plan.result.metrics.mean_cost == pytest.approx(2000.0 / 3)
    assert list(plan.allocation["demand_id"]) == ["a", "c", "d"]
    assert "1,000.0 → 666.7" in plan.report.html()


def test_required_flags_read_like_people_write_them():
    assert list(as_flags([1, 0, "yes", "No", None, True, "TRUE", 2.0, ""])) == [
        True,
        False,
        True,
        False,
        False,
        True,
        True,
        True,
        False,
    ]


# -- network travel costs -------------------------------------------------------------------------------
def river_town():
    """Two streets 200 m apart across a river, joined only by a bridge at x = 1,000; an island street far east."""
    return lines(
        [[(0, 0), (1000, 0)], [(0, 200), (1000, 200)], [(1000, 0), (1000, 200)], [(5000, 0), (6000, 0)]],
        highway=["residential"] * 4,
    )


def test_network_costs_go_round_by_the_bridge_and_name_what_is_off_the_network():
    network = river_town()
    demand = np.array([[0.0, 0.0], [1000.0, 0.0], [0.0, 5000.0]])  # the last one is far from every road
    sites = np.array([[0.0, 200.0], [5500.0, 0.0]])  # the second is on the island
    walk = travel_costs(demand, sites, method="network", profile="walk", network=network, tolerance=50.0)
    assert walk.method == "network" and walk.profile == "walk" and walk.unit == "minutes"
    assert walk.matrix[0, 0] == pytest.approx(2200 / WALK_M_PER_MIN, rel=1e-5)  # 200 m as the crow flies
    assert walk.matrix[1, 0] == pytest.approx(1200 / WALK_M_PER_MIN, rel=1e-5)
    assert np.isinf(walk.matrix[:2, 1]).all(), "the island is reached from nowhere"
    assert walk.off_network_rows.tolist() == [2] and np.isinf(walk.matrix[2]).all()
    metres = travel_costs(demand[:2], sites[:1], method="network", unit="metres", profile="walk", network=network)
    assert metres.matrix[:, 0] == pytest.approx([2200.0, 1200.0], rel=1e-5)


def test_network_plan_chooses_the_site_on_the_right_bank_and_leaves_out_the_unreachable():
    network = river_town()
    # three households on the south street near x = 0, one on the north street; sites at both west ends
    demand = Points(
        np.array([[0.0, 0.0], [50.0, 0.0], [100.0, 0.0], [0.0, 200.0], [0.0, 5000.0]]), ["s1", "s2", "s3", "n1", "far"]
    )
    sites = Points(np.array([[0.0, 200.0], [900.0, 0.0]]), [1, 2], ["North", "South east"])
    progress = RecordingProgress()
    straight = plan_locations(
        Points(demand.xy[:4], demand.ids[:4]),
        [1.0] * 4,
        sites,
        LocationModel("pmedian", 1),
        SolverOptions("exact"),
        cost=CostSpec(unit="metres"),
    )
    assert list(straight.sites["name"]) == ["North"], "as the crow flies the north site is nearer to all"
    plan = plan_locations(
        demand,
        [1.0] * 5,
        sites,
        LocationModel("pmedian", 1),
        SolverOptions("exact"),
        cost=CostSpec("network", "metres", network=network, profile="walk", tolerance=50.0),
        progress=progress,
    )
    assert list(plan.sites["name"]) == ["South east"]
    # south: 900 + 850 + 800; north household: 1,000 to the bridge, 200 across, 100 back west (North: 6,450)
    assert plan.result.objective == pytest.approx(900 + 850 + 800 + 1300, rel=1e-5)
    assert any("far" in w and "50 m" in w for w in progress.warnings)
    assert "far" not in list(plan.allocation["demand_id"])
    assert "network distance along the fastest route, walking" in plan.report.html()
    with pytest.raises(InvalidInputError, match="Required sites are farther than 50 m.*Nowhere"):
        plan_locations(
            demand,
            [1.0] * 5,
            Points(np.array([[0.0, 200.0], [0.0, 9000.0]]), [1, "Nowhere"]),
            LocationModel("pmedian", 1, required=np.array([False, True])),
            SolverOptions("exact"),
            cost=CostSpec("network", "metres", network=network, profile="walk", tolerance=50.0),
        )


class _TimedProgress(RecordingProgress):
    def __init__(self) -> None:
        super().__init__()
        self.times: list[float] = []

    def set_progress(self, percent: float) -> None:
        super().set_progress(percent)
        self.times.append(time.perf_counter())


def test_progress_moves_while_the_heuristic_searches_until_its_time_limit():
    rng = np.random.default_rng(7)
    demand, sites = rng.random((1500, 2)) * 10_000, rng.random((120, 2)) * 10_000
    costs = np.hypot(demand[:, None, 0] - sites[None, :, 0], demand[:, None, 1] - sites[None, :, 1]).astype(np.float32)
    progress = _TimedProgress()
    started = time.perf_counter()
    cap = 3.0
    solve_location(costs, rng.random(1500) * 10, LocationModel("pmedian", 12), SolverOptions("heuristic", cap), progress=progress)
    finished = time.perf_counter()
    assert progress.progress == sorted(progress.progress) and progress.progress[-1] == 100
    assert len(progress.progress) >= 20  # it moves in steps, not only at the start and the end
    # never still for long: measured against the time limit, as a run that takes a second can stall for a
    # few tenths on a busy machine (a reading only at the start and the end is still for the whole run)
    moments = [started, *progress.times, finished]
    longest_still = max(b - a for a, b in zip(moments, moments[1:]))
    assert longest_still < 0.35 * max(cap, finished - started), (longest_still, finished - started)
