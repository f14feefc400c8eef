"""The location plan's report reads for a manager: units, required sites, optimality in words, jargon kept apart."""

from __future__ import annotations

import numpy as np
from locale_checks import html_lines

from place_insight.engine.location import CostSpec, LocationModel, Points, SolverOptions, plan_locations

# three villages on a line, 1 km apart; the west one hosts a site that must stay open
DEMAND = Points(np.array([[0.0, 0.0], [1000.0, 0.0], [2000.0, 0.0], [2100.0, 0.0]]), ["a", "b", "c", "d"])
SITES = Points(np.array([[0.0, 0.0], [1000.0, 0.0], [2000.0, 0.0]]), [10, 20, 30], ["West Hall", "Middle School", "East Library"])


def plan(objective="pmedian", p=2, **options):
    return plan_locations(
        DEMAND,
        [100.0, 50.0, 80.0, 20.0],
        SITES,
        LocationModel(objective, p, cutoff=600.0, required=np.array([True, False, False]), weight_name="households"),
        SolverOptions(**options),
        cost=CostSpec(unit="metres"),
        current=Points(np.array([[1000.0, 0.0]]), [1]),
    )


def text(result, tmp_path) -> list[str]:
    path = result.report.save(tmp_path / "plan.html")
    return html_lines(path)


def test_the_proposal_in_plain_words_with_units(tmp_path):
    lines = text(plan(), tmp_path)
    assert lines[0] == "Location plan"
    assert "The 2 sites below serve 250 households: mean travel cost 208.0 m, longest 1,000.0 m." in " ".join(lines)
    assert "Solved to proven optimality: no other choice of 2 sites gives a lower total travel cost." in lines
    assert "Sites required to stay open (kept in every choice): West Hall." in lines
    figures = lines.index("Total distance of the demand")
    assert lines[figures + 1] == "52,000.0 metres × households"


def test_jargon_goes_to_the_technical_section(tmp_path):
    lines = text(plan(method="heuristic"), tmp_path)
    technical = lines.index("Technical details")
    assert technical > lines.index("Selected sites")
    before, after = " ".join(lines[:technical]), " ".join(lines[technical:])
    for jargon in ("heuristic", "HiGHS", "Lagrangian", "bound", "Solver"):
        assert jargon not in before.replace("heuristic solution", ""), jargon
    assert "Solver" in after and "Lower bound" in after and "Gap" in after


def test_counts_are_whole_numbers_and_required_sites_are_marked(tmp_path):
    lines = text(plan(), tmp_path)
    sites = lines.index("Number of sites")
    assert lines[sites + 1 : sites + 3] == ["1", "2"]
    table = lines[lines.index("Selected sites") :]
    assert table[table.index("West Hall") + 6] == "yes"


def test_each_objective_names_its_measure(tmp_path):
    covered = text(plan("mclp"), tmp_path)
    assert covered[covered.index("Demand covered") + 1] == "200 households (80.0%)"
    centre = text(plan("pcenter"), tmp_path)
    assert "Longest journey" in centre and "no other choice of 2 sites gives a shorter longest journey" in " ".join(centre)
    cover = text(plan("lscp", p=None), tmp_path)
    assert cover[cover.index("Sites needed to cover the demand") + 1] == "3"
