"""Travel modes: which edges walkers, cyclists and drivers use, in which directions, at what speed."""

from __future__ import annotations

import numpy as np
import pytest
from network_fixtures import grid, lines

from place_insight.engine.errors import InvalidInputError
from place_insight.engine.network.options import MPH, NetworkOptions
from place_insight.engine.network.summary import network_messages


def test_profiles_follow_osm_tags():
    coordinates = [[(i * 100, 0), (i * 100 + 100, 0)] for i in range(8)]
    network = lines(
        coordinates,
        highway=["motorway", "trunk", "footway", "footway", "residential", "residential", "cycleway", None],
        foot=[None, "yes", None, None, None, None, None, None],
        bicycle=[None, None, None, "yes", None, None, None, None],
        access=[None, None, None, None, "private", None, None, None],
        motor_vehicle=[None, None, None, None, None, "no", None, None],
    )
    walk = network.profile("walk").usable
    cycle = network.profile("cycle").usable
    drive = network.profile("drive").usable
    assert walk.tolist() == [False, True, True, True, False, True, True, False]
    assert cycle.tolist() == [False, True, False, True, False, True, True, False]
    assert drive.tolist() == [True, True, False, False, False, False, False, False]
    assert network.report["no_class"] == 1


def test_other_tags_fill_missing_columns():
    network = lines(
        [[(0, 0), (100, 0)], [(100, 0), (200, 0)]],
        highway=["residential", "residential"],
        other_tags=['"maxspeed"=>"20 mph","oneway"=>"yes"', '"foot"=>"no"'],
    )
    drive = network.profile("drive")
    assert drive.speed_kmh[0] == pytest.approx(20 * MPH)
    assert drive.forward[0] and not drive.backward[0]
    assert not network.profile("walk").usable[1]


def test_drive_speed_comes_from_the_field_then_maxspeed_then_the_class():
    coordinates = [[(i * 100, 0), (i * 100 + 100, 0)] for i in range(6)]
    network = lines(
        coordinates,
        highway=["primary"] * 6,
        maxspeed=["50 mph", "50 mph", "50 mph", "50 mph", None, None],
        speed=[20, None, 0, "fast", -5, "12"],
        options=NetworkOptions(speed_unit="mph", country="uk"),
    )
    speed = network.profile("drive").speed_kmh
    expected = [20 * MPH, 50 * MPH, 50 * MPH, 50 * MPH, 40 * MPH, 12 * MPH]
    np.testing.assert_allclose(speed, expected)
    unusable = network.report["speed_field_unusable"]
    assert unusable == {"null": [1], "zero_or_negative": [2, 4], "text": [3]}
    france = lines(coordinates[:1], highway=["residential"], options=NetworkOptions(country="fr"))
    assert france.profile("drive").speed_kmh[0] == 30.0
    override = lines(coordinates[:1], highway=["residential"], options=NetworkOptions(class_speeds=(("residential", 42.0),)))
    assert override.profile("drive").speed_kmh[0] == 42.0


def test_french_bd_topo_road_natures():
    natures = [
        "Type autoroutier",
        "Route à 1 chaussée",
        "Chemin",
        "Sentier",
        "Escalier",
        "Piste cyclable",
        "Bac ou liaison maritime",
    ]
    coordinates = [[(i * 100, 0), (i * 100 + 100, 0)] for i in range(len(natures))]
    network = lines(coordinates, highway=natures, options=NetworkOptions(country="fr"))
    usable = {name: network.profile(name).usable.tolist() for name in ("walk", "cycle", "drive")}
    assert usable == {
        "walk": [False, True, True, True, True, True, False],
        "cycle": [False, True, True, True, False, True, False],
        "drive": [True, True, False, False, False, False, False],
    }
    assert network.profile("drive").speed_kmh[:2].tolist() == [130.0, 80.0]
    assert network.report["not_driveable_classes"] == {"chemin": 1, "sentier": 1, "escalier": 1, "piste cyclable": 1}


def test_oneway_bicycle_opens_or_closes_one_way_streets_to_cyclists():
    coordinates = [[(i * 100, 0), (i * 100 + 100, 0)] for i in range(4)]
    other = ['"oneway:bicycle"=>"no"', '"oneway:bicycle"=>"yes"', None, '"oneway:bicycle"=>"-1"']
    network = lines(coordinates, highway=["residential"] * 4, oneway=["yes", None, "yes", None], other_tags=other)
    cycle, drive = network.profile("cycle"), network.profile("drive")
    assert list(zip(cycle.forward, cycle.backward)) == [(True, True), (True, False), (True, False), (False, True)]
    assert list(zip(drive.forward, drive.backward)) == [(True, False), (True, True), (True, False), (True, True)]
    free = lines(
        coordinates,
        highway=["residential"] * 4,
        oneway=["yes", None, "yes", None],
        other_tags=other,
        options=NetworkOptions(cycle_oneway=False),
    )
    assert free.profile("cycle").forward.all() and free.profile("cycle").backward.all()


def test_one_way_spellings_roundabouts_and_unknown_values():
    coordinates = [[(i * 100, 0), (i * 100 + 100, 0)] for i in range(7)]
    network = lines(
        coordinates,
        highway=["residential"] * 7,
        oneway=["yes", " YES ", "-1", "no", "sometimes", None, 1],
        junction=[None, None, None, None, None, "roundabout", None],
    )
    drive = network.profile("drive")
    assert drive.forward.tolist() == [True, True, False, True, True, True, True]
    assert drive.backward.tolist() == [False, False, True, True, True, False, False]
    assert network.profile("walk").backward.all()
    assert network.report["unknown_directions"] == {"sometimes": [4]}
    _, warnings = network_messages(network)
    assert any("sometimes" in w for w in warnings)


def test_a_councils_direction_field_with_its_own_values():
    coordinates = [[(i * 100, 0), (i * 100 + 100, 0)] for i in range(3)]
    options = NetworkOptions(forward_values=("with",), backward_values=("against",), both_values=("two",))
    network = lines(coordinates, direction=["with", "against", "two"], options=options)
    drive = network.profile("drive")
    assert drive.forward.tolist() == [True, False, True]
    assert drive.backward.tolist() == [False, True, True]
    assert drive.usable.all()  # no class field: every line is a road at the default speed
    assert drive.speed_kmh[0] == 30.0


def test_islands_are_numbered_largest_first():
    network = lines([[(0, 0), (100, 0)], [(100, 0), (200, 0)], [(500, 500), (600, 500)]], highway=["residential"] * 3)
    assert network.profile("walk").island.tolist() == [0, 0, 1]
    infos, warnings = network_messages(network, ["walk"])
    assert "Walk: 3 usable edges, 0.3 km, in 2 parts not connected to each other." in infos
    assert "Walk: 0.1 km of the network lie on 1 island not connected to the main network" in warnings[0]
    connected, _ = network_messages(lines([[(0, 0), (100, 0)]], highway=["residential"]), ["walk"])
    assert "Walk: 1 usable edges, 0.1 km, all connected." in connected


def test_profiles_are_made_when_first_used_and_pickle():
    import pickle

    network = grid(4, 100.0)
    assert sorted(network.profiles) == ["cycle", "drive", "walk"]
    assert network.profiles._made == {}
    drive = network.profile("drive")
    assert list(network.profiles._made) == ["drive"]
    assert network.profile("drive") is drive
    copy = pickle.loads(pickle.dumps(network))
    np.testing.assert_allclose(copy.profile("walk").time_s, network.profile("walk").time_s)
    with pytest.raises(InvalidInputError, match="Unknown travel profile"):
        network.profile("bus")
