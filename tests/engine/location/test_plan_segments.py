"""Access by customer type in a location plan, against nearest distances computed with numpy."""

from __future__ import annotations

import numpy as np
import pytest
from segment_fixtures import GROUPS

from place_insight.engine.accessibility.breakdown import SegmentedBase
from place_insight.engine.location import CostSpec, LocationModel, Points, SolverOptions, plan_locations
from place_insight.engine.segmentation.encoding import encode_segments


def test_plan_compares_access_by_segment_with_todays_sites():
    rng = np.random.default_rng(3)
    demand_xy = rng.uniform(0, 10_000, (60, 2))
    demand_xy[5] = np.nan  # no geometry: left out of the plan and of the comparison
    weights = rng.integers(1, 40, 60).astype(float)
    codes = rng.choice(["A1", "B1", "C1"], 60)
    sites_xy = rng.uniform(0, 10_000, (12, 2))
    today_xy = np.array([[1000.0, 1000.0], [2000.0, 8000.0]])
    segments = SegmentedBase(GROUPS, encode_segments(codes, GROUPS).positions, weights, "households")
    plan = plan_locations(
        Points(demand_xy, [f"d{i}" for i in range(60)], segments=segments),
        weights,
        Points(sites_xy, [f"s{i}" for i in range(12)]),
        LocationModel("pmedian", 3, cutoff=3000.0),
        SolverOptions("exact"),
        cost=CostSpec(unit="metres"),
        current=Points(today_xy, ["t0", "t1"]),
    )
    chosen = sites_xy[[int(s[1:]) for s in plan.sites["site_id"]]]
    kept = np.flatnonzero(np.isfinite(demand_xy).all(axis=1))
    to_plan = np.hypot(*(demand_xy[kept, None, :] - chosen[None, :, :]).transpose(2, 0, 1)).min(axis=1)
    to_today = np.hypot(*(demand_xy[kept, None, :] - today_xy[None, :, :]).transpose(2, 0, 1)).min(axis=1)
    table = plan.segments.set_index("code", drop=False)
    for code in ("A", "B", "C"):
        mine = np.array([c[0] == code for c in codes[kept]])
        w = weights[kept][mine]
        row = table.loc[code]
        assert row["count"] == pytest.approx(w.sum())
        assert row["plan_mean"] == pytest.approx(np.average(to_plan[mine], weights=w), rel=1e-5)
        assert row["today_mean"] == pytest.approx(np.average(to_today[mine], weights=w), rel=1e-5)
        assert row["plan_within"] == pytest.approx(w[to_plan[mine] <= 3000].sum())
        assert row["within_change"] == pytest.approx(w[to_plan[mine] <= 3000].sum() - w[to_today[mine] <= 3000].sum())
    everybody = plan.segments.iloc[0]
    assert everybody["code"] is None and everybody["count"] == pytest.approx(weights[kept].sum())
    assert everybody["plan_within_pct"] == pytest.approx(plan.result.metrics.covered_share * 100)
    html = plan.report.html()
    assert "Customer types: who gains and who loses" in html and "households of" in html
