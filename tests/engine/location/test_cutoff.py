"""One rule for "within the cut-off", in double precision: objective, allocation lines and report agree.

Costs are held in float32 for the solvers, which rounds 1000.00003 m down to
1000 m and 15.1 min up to 15.100000381 min; coverage must still be decided
on the double-precision costs, the same way everywhere.
"""

from __future__ import annotations

import numpy as np
import pytest

from place_insight.engine.location import (
    CostSpec,
    LocationModel,
    Points,
    SolverOptions,
    evaluate_sites,
    plan_locations,
    solve_location,
    travel_costs,
)
from place_insight.engine.location.plan import allocation_table, site_table

#: 1,000 m (exact in float32), 15.1 min (not: float32 rounds it up), 2 min (exact)
CUTOFFS = (1000.0, 15.1, 2.0)
BEYOND = 1 + 3e-8  # 0.03 mm beyond 1,000 m; float32 rounds it back onto the cut-off
FAR = 50.0


def boundary_instance(cutoff: float):
    """Four demand units, two sites: A exactly at the cut-off of site 0, B just beyond it (heavy), C well within
    site 0, D within site 1 only. Brute force in float64: site 0 covers A and C (11), site 1 covers D (5)."""
    costs = np.array(
        [
            [cutoff, FAR * cutoff],
            [cutoff * BEYOND, FAR * cutoff],
            [0.5 * cutoff, FAR * cutoff],
            [FAR * cutoff, 0.5 * cutoff],
        ],
        dtype=np.float64,
    )
    assert np.float32(costs[1, 0]) == np.float32(cutoff), "float32 puts B on the cut-off"
    assert costs[1, 0] > cutoff
    return costs, np.array([10.0, 100.0, 1.0, 5.0])


def brute_force_within(costs: np.ndarray, open_cols, cutoff: float) -> np.ndarray:
    return costs[:, list(open_cols)].min(axis=1) <= cutoff


def check_agreement(result, costs, weights, cutoff):
    """Objective-independent checks: metrics, allocation lines and site table against float64 brute force."""
    within = brute_force_within(costs, result.selected, cutoff)
    share = float(weights[within].sum() / weights.sum())
    assert result.metrics.covered_share == pytest.approx(share, rel=1e-12)
    lines = allocation_table(result, weights)
    for row in lines.itertuples():
        exact = costs[row.demand, row.candidate]
        assert row.cost == pytest.approx(exact, rel=1e-14, abs=0), "the cost written is the double-precision one"
        assert bool(row.covered) == bool(exact <= cutoff)
    sites = site_table(result, costs, weights)
    covered_lines = lines[lines["covered"].astype(bool)]
    assert sites["covered"].sum() == pytest.approx(covered_lines["weight"].sum())


@pytest.mark.parametrize("cutoff", CUTOFFS)
@pytest.mark.parametrize("method", ("exact", "heuristic"))
def test_maximal_covering_counts_the_unit_at_the_cut_off_and_not_the_one_beyond(cutoff, method):
    costs, weights = boundary_instance(cutoff)
    result = solve_location(costs, weights, LocationModel("mclp", p=1, cutoff=cutoff), SolverOptions(method, 10.0))
    assert result.selected.tolist() == [0]
    assert result.objective == pytest.approx(11.0), "A and C, not B"
    assert result.metrics.covered_weight == pytest.approx(11.0)
    check_agreement(result, costs, weights, cutoff)


@pytest.mark.parametrize("cutoff", CUTOFFS)
@pytest.mark.parametrize("method", ("exact", "heuristic"))
def test_set_covering_reports_the_unit_just_beyond_as_uncoverable(cutoff, method):
    costs, weights = boundary_instance(cutoff)
    result = solve_location(costs, weights, LocationModel("lscp", cutoff=cutoff), SolverOptions(method, 10.0))
    assert sorted(result.selected.tolist()) == [0, 1]
    assert result.uncoverable.tolist() == [1], "B is beyond the cut-off of every site"
    check_agreement(result, costs, weights, cutoff)


@pytest.mark.parametrize("cutoff", CUTOFFS)
@pytest.mark.parametrize("objective", ("pmedian", "pcenter"))
def test_the_within_share_of_the_cost_models_uses_the_same_rule(cutoff, objective):
    costs, weights = boundary_instance(cutoff)
    result = solve_location(costs, weights, LocationModel(objective, p=2, cutoff=cutoff), SolverOptions("exact", 10.0))
    assert sorted(result.selected.tolist()) == [0, 1]
    assert result.metrics.covered_weight == pytest.approx(16.0), "A, C and D, not B"
    check_agreement(result, costs, weights, cutoff)


@pytest.mark.parametrize("cutoff", CUTOFFS)
def test_evaluating_todays_sites_uses_the_same_rule(cutoff):
    costs, weights = boundary_instance(cutoff)
    metrics = evaluate_sites(costs[:, :1], weights, cutoff=cutoff)
    assert metrics.covered_weight == pytest.approx(11.0)
    assert metrics.max_cost == pytest.approx(costs[:, 0].max(), rel=1e-14, abs=0)


def test_capacitated_flows_carry_double_precision_costs():
    cutoff = 1000.0
    costs, weights = boundary_instance(cutoff)
    model = LocationModel("pmedian", p=2, cutoff=cutoff, capacities=np.array([200.0, 200.0]))
    result = solve_location(costs, weights, model, SolverOptions("exact", 10.0))
    lines = allocation_table(result, weights)
    assert lines["cost"].to_numpy() == pytest.approx(costs[lines["demand"], lines["candidate"]], rel=1e-14, abs=0)
    assert lines["covered"].tolist() == [bool(c <= cutoff) for c in lines["cost"]]


@pytest.mark.parametrize("unit, cutoff", [("metres", 1000.0), ("minutes", 2.0)])
def test_straight_line_plan_agrees_with_a_double_precision_brute_force(unit, cutoff):
    """Site at the origin; demand at exactly 1,000 m (600, 800), 0.03 mm beyond, and well within.

    At 30 km/h 1,000 m is exactly 2 minutes; 1,000.00003 m is 2.00000006 minutes, which float32 rounds to 2.
    """
    demand_xy = np.array([[600.0, 800.0], [1000.00003, 0.0], [0.0, 300.0], [5000.0, 5000.0]])
    site_xy = np.array([[0.0, 0.0], [5000.0, 5300.0]])
    weights = np.array([10.0, 100.0, 1.0, 5.0])
    plan = plan_locations(
        Points(demand_xy, ["A", "B", "C", "D"]),
        weights,
        Points(site_xy, ["s0", "s1"]),
        LocationModel("mclp", p=1, cutoff=cutoff),
        SolverOptions("exact", 10.0),
        cost=CostSpec("straight_line", unit, speed_kmh=30.0),
    )
    factor = 1.0 if unit == "metres" else 60.0 / 30_000.0
    exact = np.hypot(demand_xy[:, None, 0] - site_xy[None, :, 0], demand_xy[:, None, 1] - site_xy[None, :, 1]) * factor
    assert exact[0, 0] == cutoff and exact[1, 0] > cutoff
    assert plan.result.selected.tolist() == [0]
    within = brute_force_within(exact, [0], cutoff)
    assert within.tolist() == [True, False, True, False]
    assert plan.result.objective == pytest.approx(float(weights[within].sum()))
    assert plan.result.metrics.covered_share == pytest.approx(float(weights[within].sum() / weights.sum()), rel=1e-12)
    lines = plan.allocation.sort_values("demand_row")
    assert lines["covered"].tolist() == within[lines["demand_row"]].tolist()
    assert lines["cost"].to_numpy() == pytest.approx(exact[lines["demand_row"], 0], rel=1e-14, abs=0)
    text = plan.report.html()
    assert "9.5% of the demand is within" in text.replace("\u202f", "").replace("\xa0", "")


def test_the_cost_matrix_stays_float32_with_a_float32_correction():
    """Memory: 4 bytes a pair for the solvers' matrix and 4 for the correction (a float64 matrix would be 8)."""
    costs = travel_costs(np.array([[1000.00003, 0.0], [0.0, 15.1]]), np.zeros((1, 2)), unit="metres")
    assert costs.matrix.dtype == np.float32
    assert costs.matrix[0, 0] == 1000.0
    assert costs.exact(np.array([0, 1]), np.array([0, 0])).tolist() == pytest.approx([1000.00003, 15.1], rel=1e-14)
    assert costs.exact(np.array([0]), np.array([0]))[0] > 1000.0


def test_candidates_equal_in_float32_but_not_in_double_precision_are_both_kept():
    """Two sites whose costs differ only beyond float32 (1,000 m and 1,000.00003 m) are not duplicates."""
    costs = np.array([[1000.0, 1000.00003, 300.0], [400.0, 400.0, 2000.0]])
    weights = np.array([10.0, 1.0])
    result = solve_location(costs, weights, LocationModel("mclp", p=1, cutoff=1000.0), SolverOptions("exact", 10.0))
    assert result.duplicates == ()
    assert result.selected.tolist() == [0] and result.objective == pytest.approx(11.0)
    exact_copy = np.column_stack([costs, costs[:, 0]])
    result = solve_location(exact_copy, weights, LocationModel("mclp", p=1, cutoff=1000.0), SolverOptions("exact", 10.0))
    assert result.duplicates == ((3, 0),)
