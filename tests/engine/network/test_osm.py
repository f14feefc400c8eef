"""Networks from OSM XML through osmnx."""

from __future__ import annotations

import numpy as np
import pytest

from place_insight.engine.errors import InvalidInputError
from place_insight.engine.network.osm import network_from_osm_xml

OSM_FIXTURE = __import__("pathlib").Path(__file__).resolve().parents[2] / "data" / "helsinki_small.osm"


@pytest.fixture(scope="module")
def osm_network():
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
    with pytest.raises(InvalidInputError, match="does not exist"):
        network_from_osm_xml(tmp_path / "none.osm")
    broken = tmp_path / "broken.osm"
    broken.write_text("<osm><way id='1'>", encoding="utf-8")
    with pytest.raises(InvalidInputError, match="broken.osm"):
        network_from_osm_xml(broken)
