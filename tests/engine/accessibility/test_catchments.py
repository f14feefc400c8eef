"""Catchments with cut edges checked independently, the helper process's share of the searches, and time bands."""

from __future__ import annotations

import os
import tempfile
import time

import networkx as nx
import numpy as np
import pandas as pd
import pytest
from child_processes import ends_within
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from network_fixtures import WALK_M_PER_MIN, grid, lines
from network_reference import random_networks, reference_graph

from place_insight.engine import parallel
from place_insight.engine.accessibility import catchments as catchments_module
from place_insight.engine.accessibility.catchment_lines import reached_lines
from place_insight.engine.accessibility.catchments import bands_note, compute_catchments, parse_bands
from place_insight.engine.accessibility.matrix import travel_times
from place_insight.engine.errors import CancelledError, InvalidInputError
from place_insight.engine.network.geometry import piece_coordinates
from place_insight.engine.network.options import NetworkOptions
from place_insight.engine.progress import RecordingProgress


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(random_networks(), st.floats(0.5, 4.0))
def test_catchment_nodes_equal_networkx_within_the_band(case, band):
    network, points = case
    facility = points[:1]
    result = compute_catchments(network, "drive", facility, [band])
    graph, nodes, segments = reference_graph(network, "drive", facility)
    limit = band * 60.0
    seconds = nx.single_source_dijkstra_path_length(graph, nodes[0], weight="weight")
    expected = 0.0
    for a, b, metres, spm, forward, backward in segments:
        from_a = min(metres, (limit - seconds[a]) / spm) if forward and seconds.get(a, np.inf) <= limit else 0.0
        from_b = min(metres, (limit - seconds[b]) / spm) if backward and seconds.get(b, np.inf) <= limit else 0.0
        expected += min(metres, from_a + from_b)
    parts = result.parts
    assert float((parts["end_m"] - parts["start_m"]).sum()) == pytest.approx(expected, abs=1e-6)
    assert (parts["minutes_to"] <= band + 1e-9).all()


def test_walk_catchment_on_a_grid_is_the_manhattan_diamond():
    network = grid(9, 100.0)
    centre = [[400.0, 400.0]]
    result = compute_catchments(network, "walk", centre, [1.0, 2.5])
    one = result.parts[result.parts["band"] == 1.0]
    np.testing.assert_allclose(sorted(one["end_m"] - one["start_m"]), [WALK_M_PER_MIN] * 4)
    two = result.parts[result.parts["band"] == 2.5]
    # points on grid lines with |dx| + |dy| <= 200 m: 2 × (400 + 2 × 200) metres of street
    assert float((two["end_m"] - two["start_m"]).sum()) == pytest.approx(1600.0)
    xy, offsets = piece_coordinates(network, two["edge"], two["start_m"], two["end_m"])
    manhattan = np.abs(xy - 400.0).sum(axis=1)
    assert manhattan.max() == pytest.approx(200.0)
    cut = two[two["end_m"] - two["start_m"] < 100.0 - 1e-9]
    assert (cut["minutes_to"] == 2.5).all()


def test_facility_between_nodes_cuts_its_own_edge_at_the_exact_point():
    network = lines([[(0, 0), (1000, 0)]], highway=["residential"])
    result = compute_catchments(network, "walk", [[300, 5]], [1.0])
    assert result.parts[["start_m", "end_m"]].values.tolist() == [[pytest.approx(220.0), pytest.approx(380.0)]]
    one_way = lines(
        [[(0, 0), (1000, 0)]],
        highway=["residential"],
        oneway=["yes"],
        options=NetworkOptions(class_speeds=(("residential", 4.8),)),
    )
    parts = compute_catchments(one_way, "drive", [[300, 5]], [1.0]).parts
    assert parts[["start_m", "end_m"]].values.tolist() == [[pytest.approx(300.0), pytest.approx(380.0)]]


def test_an_edge_reached_from_both_ends_is_whole_when_they_meet():
    network = lines(
        [[(0, 0), (100, 0)], [(100, 0), (100, 150), (200, 150)], [(0, 0), (0, -10), (200, -10), (200, 150)]],
        highway=["residential"] * 3,
    )
    parts = compute_catchments(network, "walk", [[0, 0]], [2.0]).parts  # 160 m
    second = parts[parts["edge"] == 1]
    assert second[["start_m", "end_m"]].values.tolist() == [[0.0, pytest.approx(60.0)]]


def _catchments_alone(monkeypatch, *args):
    with monkeypatch.context() as patch:
        patch.setattr(catchments_module, "HELPER_STARTS", 10**9)
        return compute_catchments(*args)


def test_the_helper_process_searches_from_the_last_facilities_and_nothing_changes(handed_to_helper, monkeypatch):
    handed = handed_to_helper
    network = grid(20, 50.0)
    facilities = np.random.default_rng(3).uniform(0, 950, (40, 2))
    files = array_files()
    shared = compute_catchments(network, "walk", facilities, [2, 4])
    assert [list(starts) for starts in handed] == [list(range(18, 40))]  # 55 % of 40
    alone = _catchments_alone(monkeypatch, network, "walk", facilities, [2, 4])
    assert len(handed) == 1
    assert shared.parts["facility"].nunique() == 40
    pd.testing.assert_frame_equal(shared.parts, alone.parts)
    lines, lines_alone = reached_lines(shared), reached_lines(alone)
    np.testing.assert_array_equal(lines.xy, lines_alone.xy)
    np.testing.assert_array_equal(lines.bounds, lines_alone.bounds)
    assert array_files() == files  # the graph's and the answer's files are removed


def array_files() -> list[str]:
    folder = parallel._array_folder() or tempfile.gettempdir()
    return sorted(name for name in os.listdir(folder) if name.startswith("place_insight_"))


def test_a_cancelled_run_drops_the_helpers_answer(helper_process):
    network = grid(20, 50.0)
    facilities = np.random.default_rng(6).uniform(0, 950, (100, 2))
    before = array_files()

    class CancelLate(RecordingProgress):
        """Cancels at this process's second block of searches, after the helper has answered."""

        def is_cancelled(self) -> bool:
            cancelled = super().is_cancelled()
            if cancelled:
                time.sleep(0.5)
            return cancelled

    with pytest.raises(CancelledError):
        compute_catchments(network, "walk", facilities, [4], progress=CancelLate(cancel_after=1))
    helper_process.submit(int).result()  # the helper has answered by now
    time.sleep(0.2)  # and the pool has passed the answer on
    assert array_files() == before


def test_when_the_helper_process_dies_this_process_searches_and_stops_using_it(helper_process, monkeypatch):
    network = grid(20, 50.0)
    facilities = np.random.default_rng(4).uniform(0, 950, (30, 2))
    alone = _catchments_alone(monkeypatch, network, "drive", facilities, [1, 2])
    for pid in list(helper_process._processes):
        os.kill(pid, 9)
        assert ends_within(pid, 10)
    after = compute_catchments(network, "drive", facilities, [1, 2])
    pd.testing.assert_frame_equal(after.parts, alone.parts)
    assert parallel.helper() is None


def test_cancelling_stops_the_work():
    network = grid(10, 50.0)
    with pytest.raises(CancelledError):
        travel_times(
            network, "walk", np.zeros((200, 2)), np.ones((300, 2)), chunk_size=10, progress=RecordingProgress(cancel_after=2)
        )
    with pytest.raises(CancelledError):
        compute_catchments(network, "walk", np.zeros((40, 2)), [5], progress=RecordingProgress(cancel_after=0))


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("10,5", "increasing order"),
        ("5,5,10", "repeat"),
        ("0,5", "more than zero"),
        ("-5", "more than zero"),
        ("five", "not numbers"),
        ("", "separated by commas"),
        ("5,,10", "separated by commas"),
    ],
)
def test_bad_bands_are_refused(text, message):
    with pytest.raises(InvalidInputError, match=message):
        parse_bands(text)


def test_bands_are_read():
    assert parse_bands("5, 10,15") == [5.0, 10.0, 15.0]
    assert parse_bands("7.5") == [7.5]
    assert parse_bands("5;10;15") == [5.0, 10.0, 15.0]
    assert parse_bands("5;7,5;10") == [5.0, 7.5, 10.0]  # with semicolons a comma is a decimal comma
    assert bands_note("5,10,15") is None and bands_note("5;7,5") is None


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("7,5", r"not in increasing order; write them as 5,7\. If 7,5 means one number, write 7\.5 with a point"),
        ("5,7,5,10", r"repeat a value; give each band once\. If 7,5 means one number, write 7\.5"),
        ("10,5", r"If 10,5 means one number, write 10\.5"),
    ],
)
def test_a_comma_that_may_be_a_decimal_comma_is_explained(text, message):
    with pytest.raises(InvalidInputError, match=message):
        parse_bands(text)


def test_bands_that_may_hide_a_decimal_comma_are_noted():
    assert parse_bands("2,5") == [2.0, 5.0]
    assert bands_note("2,5") == (
        "The time bands 2,5 are read as 2 and 5 minutes. If 2,5 means one number, write 2.5 with a point; "
        "in a list separated by semicolons a comma is a decimal comma (5;7,5;10)."
    )
