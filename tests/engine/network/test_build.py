"""Building routable networks: tags, speeds, directions, topology, snapping, saving and caching."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from network_fixtures import grid, lines

from place_insight.engine.accessibility.catchments import travel_times
from place_insight.engine.errors import InvalidInputError
from place_insight.engine.network.build import (
    MPH,
    NetworkCache,
    NetworkOptions,
    build_network,
    cut_line,
    load_network,
    network_messages,
    parse_other_tags,
    parse_speed,
    save_network,
)


@pytest.mark.parametrize(
    ("value", "unit", "expected"),
    [
        (50, "kmh", 50.0),
        ("50", "kmh", 50.0),
        ("30 mph", "kmh", 30 * MPH),
        ("20mph", "kmh", 20 * MPH),
        ("50 km/h", "kmh", 50.0),
        ("30", "mph", 30 * MPH),
        ("GB:nsl_single", "kmh", 60 * MPH),
        ("FR:urban", "kmh", 50.0),
        ("FR:zone30", "kmh", 30.0),
        ("50;30", "kmh", 30.0),
        ("7,5", "kmh", 7.5),
        ("none", "kmh", math.nan),
        ("signals", "kmh", math.nan),
        (0, "kmh", math.nan),
        (-20, "kmh", math.nan),
        (None, "kmh", math.nan),
        ("", "kmh", math.nan),
        ("fast", "kmh", math.nan),
        (float("nan"), "kmh", math.nan),
    ],
)
def test_speeds_are_parsed_with_their_units(value, unit, expected):
    result = parse_speed(value, unit=unit)
    if math.isnan(expected):
        assert math.isnan(result)
    else:
        assert result == pytest.approx(expected)


def test_other_tags_are_read_like_gdal_writes_them():
    text = '"maxspeed"=>"20 mph","oneway"=>"yes","name:fr"=>"Rue \\"A\\"","foot"=>"no"'
    assert parse_other_tags(text) == {"maxspeed": "20 mph", "oneway": "yes", "name:fr": 'Rue "A"', "foot": "no"}
    assert parse_other_tags(None) == {}


def test_lines_are_split_at_shared_vertices_and_lengths_are_exact():
    network = grid(3)
    assert network.n_nodes == 9
    assert network.n_edges == 12
    np.testing.assert_allclose(network.edge_length, 100.0)
    assert network.profile("walk").n_islands == 1


def test_crossing_without_shared_vertex_is_not_joined_unless_asked_and_never_on_a_bridge():
    cross = [[(0, 0), (200, 0)], [(100, -100), (100, 100)]]
    apart = lines(cross, highway=["residential"] * 2)
    assert apart.n_nodes == 4 and apart.profile("drive").n_islands == 2
    joined = lines(cross, highway=["residential"] * 2, options=NetworkOptions(connect_crossings=True))
    assert joined.n_nodes == 5 and joined.n_edges == 4
    assert joined.profile("drive").n_islands == 1
    assert joined.report["crossings_joined"] == 1
    bridge = lines(cross, highway=["residential"] * 2, bridge=["yes", None], options=NetworkOptions(connect_crossings=True))
    assert bridge.n_nodes == 4 and bridge.report["crossings_not_joined"] == 1
    layered = lines(cross, highway=["residential"] * 2, layer=["1", None], options=NetworkOptions(connect_crossings=True))
    assert layered.n_nodes == 4


def test_almost_touching_ends_are_joined_within_the_tolerance_only():
    near = [[(0, 0), (100, 0)], [(100.4, 0.3), (200, 0)]]
    assert lines(near, highway=["residential"] * 2).profile("walk").n_islands == 2
    network = lines(near, highway=["residential"] * 2, options=NetworkOptions(snap_tolerance=1.0))
    assert network.n_nodes == 3
    assert network.profile("walk").n_islands == 1
    assert network.report["ends_snapped"] == 1


def test_multipart_lines_zero_length_lines_and_repeated_vertices():
    parts = [
        np.array([(0, 0), (100, 0)]),
        np.array([(100, 0), (100, 0), (200, 0)]),  # two parts of feature 0
        np.array([(50, 50), (50, 50)]),
    ]  # feature 1 has zero length
    network = build_network(
        parts, np.array([0, 0, 1]), pd.DataFrame({"highway": ["residential", "residential"]}), source_ids=np.array([10, 11])
    )
    assert network.n_edges == 2
    np.testing.assert_allclose(network.edge_length, [100.0, 100.0])
    assert network.report["zero_length_lines"] == 1
    infos, warnings = network_messages(network)
    assert any("zero length" in w and "11" in w for w in warnings)


def test_empty_network_is_refused_with_a_clear_message():
    with pytest.raises(InvalidInputError, match="no lines"):
        build_network([], np.array([], dtype=np.int64), pd.DataFrame())
    with pytest.raises(InvalidInputError, match="zero length"):
        build_network([np.array([(1.0, 1.0), (1.0, 1.0)])], np.array([0]), pd.DataFrame({"highway": ["road"]}))


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
    _, warnings = network_messages(network)
    assert any("islands" in w for w in warnings)


def test_snapping_finds_the_nearest_point_on_the_nearest_usable_edge():
    network = lines([[(0, 0), (1000, 0)], [(0, 30), (1000, 30)]], highway=["residential", "footway"])
    snap = network.snap("walk", [[400, 20], [700, -10]])
    assert snap.edge.tolist() == [1, 0]
    np.testing.assert_allclose(snap.offset, [400, 700])
    np.testing.assert_allclose(snap.distance, [10, 10])
    drive = network.snap("drive", [[400, 20]], tolerance=25)
    assert drive.edge.tolist() == [0] and drive.distance[0] == pytest.approx(20)
    assert network.snap("drive", [[400, 29]], tolerance=25).edge.tolist() == [-1]
    assert network.snap("walk", [[np.nan, 1.0]]).edge.tolist() == [-1]


def test_snapping_on_a_long_edge_with_a_bend_matches_brute_force():
    rng = np.random.default_rng(3)
    parts = [np.cumsum(rng.normal(0, 80, (12, 2)), axis=0) for _ in range(15)]
    network = build_network(parts, np.arange(15), pd.DataFrame({"highway": ["residential"] * 15}))
    points = rng.uniform(-300, 300, (200, 2))
    snap = network.snap("walk", points)
    for point, distance in zip(points, snap.distance):
        best = math.inf
        for part in parts:
            a, b = part[:-1], part[1:]
            t = np.clip(np.einsum("ij,ij->i", point - a, b - a) / np.einsum("ij,ij->i", b - a, b - a), 0, 1)
            best = min(best, float(np.hypot(*(a + (b - a) * t[:, None] - point).T).min()))
        assert distance == pytest.approx(best, abs=1e-9)


def test_cut_line_measures_along_the_geometry():
    line = np.array([(0, 0), (100, 0), (100, 100)], dtype=float)
    np.testing.assert_allclose(cut_line(line, 50, 150), [(50, 0), (100, 0), (100, 50)])
    np.testing.assert_allclose(cut_line(line, 0, 20), [(0, 0), (20, 0)])


def test_saved_network_gives_the_same_times(tmp_path):
    network = lines(
        [[(0, 0), (100, 0)], [(100, 0), (200, 0)]],
        highway=["residential", None],
        oneway=["yes", None],
        options=NetworkOptions(walk_kmh=6.0, class_speeds=(("residential", 20),)),
    )
    network.meta["crs"] = "EPSG:27700"
    path = save_network(network, tmp_path / "net.npz")
    loaded = load_network(path)
    assert loaded.options == network.options
    assert loaded.meta["crs"] == "EPSG:27700"
    assert loaded.edge_class.tolist() == ["residential", None]
    for name in ("walk", "drive"):
        np.testing.assert_array_equal(loaded.profile(name).forward, network.profile(name).forward)
        np.testing.assert_allclose(loaded.profile(name).time_s, network.profile(name).time_s)
    a = travel_times(network, "drive", [[0, 0]], [[100, 0]]).minutes
    b = travel_times(loaded, "drive", [[0, 0]], [[100, 0]]).minutes
    np.testing.assert_allclose(a, b)
    (tmp_path / "bad.npz").write_bytes(b"not a network")
    with pytest.raises(InvalidInputError, match="not a network file"):
        load_network(tmp_path / "bad.npz")


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


def test_cache_keeps_the_most_recent_networks():
    cache = NetworkCache(capacity=2)
    a, b, c = object(), object(), object()
    cache.put("a", a)
    cache.put("b", b)
    assert cache.get("a") is a
    cache.put("c", c)
    assert "b" not in cache and cache.get("a") is a and cache.get("c") is c
    assert cache.get("b") is None
    assert (cache.hits, cache.misses) == (3, 1)


def test_options_are_checked():
    with pytest.raises(InvalidInputError, match="positive"):
        NetworkOptions(walk_kmh=0)
    with pytest.raises(InvalidInputError, match="country"):
        NetworkOptions(country="de")
    assert NetworkOptions().key() != NetworkOptions(walk_kmh=5).key()


# -- OSM XML through osmnx ------------------------------------------------------------
OSM_FIXTURE = __import__("pathlib").Path(__file__).resolve().parents[2] / "data" / "helsinki_small.osm"


@pytest.fixture(scope="module")
def osm_network():
    from place_insight.engine.network.build import network_from_osm_xml

    return network_from_osm_xml(OSM_FIXTURE)


def osm_ways():
    import xml.etree.ElementTree as ElementTree

    ways = {}
    for way in ElementTree.parse(OSM_FIXTURE).getroot().iter("way"):
        ways[int(way.get("id"))] = {tag.get("k"): tag.get("v") for tag in way.iter("tag")}
    return ways


def test_osm_xml_through_osmnx_keeps_tags_one_ways_and_speeds(osm_network):
    network = osm_network
    assert "UTM zone 35N" in network.meta["crs"]
    assert network.n_edges > 500
    ways = osm_ways()
    drive = network.profile("drive")
    ids = np.asarray(network.source_ids)[network.edge_source]
    checked_oneway = checked_speed = 0
    for way_id, tags in ways.items():
        edges = np.flatnonzero(ids == way_id)
        if not len(edges) or tags.get("highway") not in (
            "residential",
            "tertiary",
            "secondary",
            "primary",
            "service",
            "unclassified",
        ):
            continue
        assert drive.usable[edges].all() == (tags.get("access") not in ("no", "private")), way_id
        if tags.get("oneway") == "yes" and drive.usable[edges].all():
            assert (drive.forward[edges] & ~drive.backward[edges]).all(), way_id
            checked_oneway += 1
        if tags.get("maxspeed", "").isdigit():
            np.testing.assert_allclose(drive.speed_kmh[edges], float(tags["maxspeed"]))
            checked_speed += 1
    assert checked_oneway > 20 and checked_speed > 20
    footways = [w for w, t in ways.items() if t.get("highway") == "footway"]
    foot_edges = np.isin(ids, footways)
    assert foot_edges.any() and not drive.usable[foot_edges].any() and network.profile("walk").usable[foot_edges].all()
    # foot and bicycle tags come through osmnx too
    no_foot = np.isin(ids, [w for w, t in ways.items() if t.get("foot") == "no"])
    no_bicycle = np.isin(ids, [w for w, t in ways.items() if t.get("bicycle") in ("no", "use_sidepath")])
    assert no_foot.any() and not network.profile("walk").usable[no_foot].any()
    assert no_bicycle.any() and not network.profile("cycle").usable[no_bicycle].any()


def test_osmnx_imputes_missing_speeds_from_the_class_mean(osm_network):
    network = osm_network
    ways = osm_ways()
    ids = np.asarray(network.source_ids)[network.edge_source]
    drive = network.profile("drive")
    residential = [w for w, t in ways.items() if t.get("highway") == "residential"]
    tagged = [
        float(ways[w]["maxspeed"]) for w in residential if ways[w].get("maxspeed", "").isdigit() and np.isin(ids, [w]).any()
    ]
    untagged = [w for w in residential if "maxspeed" not in ways[w]]
    edges = np.flatnonzero(np.isin(ids, untagged))
    if len(edges) and tagged:
        assert np.allclose(drive.speed_kmh[edges], drive.speed_kmh[edges][0])
        assert min(tagged) <= drive.speed_kmh[edges][0] <= max(tagged)


def test_missing_or_broken_osm_file_is_reported(tmp_path):
    from place_insight.engine.network.build import network_from_osm_xml

    with pytest.raises(InvalidInputError, match="does not exist"):
        network_from_osm_xml(tmp_path / "none.osm")
    broken = tmp_path / "broken.osm"
    broken.write_text("<osm><way id='1'>", encoding="utf-8")
    with pytest.raises(InvalidInputError, match="broken.osm"):
        network_from_osm_xml(broken)


def test_lines_given_as_one_flat_array_build_the_same_network():
    from place_insight.engine.network.build import LineParts

    parts = [
        np.array([[0.0, 0.0], [100.0, 0.0], [100.0, 50.0]]),
        np.array([[100.0, 0.0], [200.0, 0.0]]),
        np.array([[50.0, -50.0], [50.0, 50.0]]),
    ]
    frame = pd.DataFrame({"highway": ["residential", "primary", "footway"]})
    flat = LineParts.from_arrays(parts)
    assert flat.offsets.tolist() == [0, 3, 5, 7] and len(flat) == 3
    for options in (NetworkOptions(), NetworkOptions(connect_crossings=True)):
        a = build_network(parts, np.arange(3), frame, options=options)
        b = build_network(flat, np.arange(3), frame, options=options)
        np.testing.assert_array_equal(a.node_xy, b.node_xy)
        np.testing.assert_array_equal(a.edge_u, b.edge_u)
        np.testing.assert_array_equal(a.edge_length, b.edge_length)
    assert build_network(flat, np.arange(3), frame, options=NetworkOptions(connect_crossings=True)).n_edges == 6
