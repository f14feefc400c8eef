"""Checks of the committed sample data (resources/sample_data/sample_town.gpkg).

The GeoPackage is opened through QGIS (``QgsVectorLayer``) exactly as the
plugin will open it.  Ground truth planted by ``scripts/make_sample_town.py``
is read from the ``planted_truth`` table, never by importing the script.
"""

import colorsys
import heapq
import json
import math
import os
import re
import subprocess
import sys
from collections import Counter, defaultdict

import pytest
from qgis.core import NULL, QgsGeometry, QgsPointXY, QgsSpatialIndex, QgsVectorLayer, QgsWkbTypes

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
GPKG = os.path.join(ROOT, "resources", "sample_data", "sample_town.gpkg")
CATALOGUE = os.path.join(ROOT, "resources", "catalogues", "demo.json")
SCRIPT = os.path.join(ROOT, "scripts", "make_sample_town.py")

DRIVE = {"trunk", "primary", "secondary", "tertiary", "unclassified", "residential", "service"}
WALK_ONLY = {"footway", "path", "cycleway"}
UNSAFE = {"Fairly unsafe", "Very unsafe"}
FEEL_SAFE = {"Very safe", "Fairly safe", "Fairly unsafe", "Very unsafe"}

# name: (geometry type or None for a table, required fields, min, max count)
LAYERS = {
    "roads": ("LineString", ["road_id", "name", "highway", "maxspeed", "oneway", "bridge", "layer", "speed_mph"], 2000, 8000),
    "river": ("Polygon", ["name"], 1, 3),
    "district": ("Polygon", ["name"], 1, 1),
    "wards": ("MultiPolygon", ["ward_code", "ward_name"], 12, 18),
    "postcodes": ("Point", ["postcode", "households", "population", "segment", "ward_code"], 2500, 3500),
    "service_clients": (None, ["client_id", "postcode", "service", "referral_date"], 1300, 1700),
    "survey_responses": (None, ["response_id", "postcode", "feel_safe", "age_band"], 3500, 5000),
    "incidents": ("Point", ["incident_id", "category", "incident_type", "incident_date"], 2500, 3500),
    "candidate_sites": ("Point", ["site_id", "name", "owner", "required", "capacity"], 120, 180),
    "facilities": ("Point", ["facility_id", "name", "owner"], 6, 6),
    "planted_truth": (None, ["key", "value"], 10, 100),
}


# ---------------------------------------------------------------------------
# Reading helpers
# ---------------------------------------------------------------------------


def open_layer(name, path=GPKG):
    """The layer ``name`` of a GeoPackage as a QgsVectorLayer."""
    return QgsVectorLayer(f"{path}|layername={name}", name, "ogr")


def py(value):
    """QGIS attribute value -> plain Python (NULL -> None, QDate -> ISO)."""
    if value is None:
        return None
    if hasattr(value, "toPyDate"):
        return None if value.isNull() else value.toPyDate().isoformat()
    if value == NULL:
        return None
    return value


def read_rows(name, path=GPKG, with_geometry=True):
    """All features of a layer as dicts; geometry under '_geom'."""
    layer = open_layer(name, path)
    assert layer.isValid(), f"layer {name} cannot be opened from {path}"
    names = [f.name() for f in layer.fields()]
    out = []
    for feat in layer.getFeatures():
        row = {n: py(feat[n]) for n in names}
        if with_geometry and feat.hasGeometry():
            row["_geom"] = QgsGeometry(feat.geometry())
        out.append(row)
    return out


def norm_postcode(text):
    """Normalise a postcode as written by people: upper-case, no spaces."""
    if text is None:
        return None
    return text.upper().replace(" ", "")


class Town:
    """Lazy cache of the sample town's layers and derived indices."""

    def __init__(self, path):
        self.path = path
        self._rows = {}

    def rows(self, name):
        if name not in self._rows:
            self._rows[name] = read_rows(name, self.path)
        return self._rows[name]

    @property
    def truth(self):
        return {r["key"]: json.loads(r["value"]) for r in self.rows("planted_truth")}

    @property
    def postcode_index(self):
        return {norm_postcode(r["postcode"]): r for r in self.rows("postcodes")}


@pytest.fixture(scope="module")
def town(qgis_app):
    assert os.path.exists(GPKG), "run scripts/make_sample_town.py first"
    return Town(GPKG)


@pytest.fixture(scope="module")
def catalogue():
    with open(CATALOGUE, encoding="utf-8") as fh:
        return json.load(fh)


def xy(geom):
    p = geom.asPoint()
    return p.x(), p.y()


def within(rows, centre, radius):
    """Rows whose point geometry is within ``radius`` of ``centre``."""
    cx, cy = centre
    return [r for r in rows if math.hypot(xy(r["_geom"])[0] - cx, xy(r["_geom"])[1] - cy) <= radius]


def z_one_sided(hits, n, p0):
    """Normal-approximation z of ``hits`` out of ``n`` against rate ``p0``."""
    return (hits - n * p0) / math.sqrt(n * p0 * (1.0 - p0))


# ---------------------------------------------------------------------------
# Network helpers
# ---------------------------------------------------------------------------


def endpoint_key(pt):
    return (round(pt.x(), 3), round(pt.y(), 3))


def road_ends(row):
    line = row["_geom"].asPolyline()
    return endpoint_key(line[0]), endpoint_key(line[-1])


def build_graph(roads, highways, honour_oneway=False):
    """Adjacency {node: [(node, length)]} of roads whose highway is allowed."""
    adj = defaultdict(list)
    for r in roads:
        if r["highway"] not in highways:
            continue
        a, b = road_ends(r)
        length = r["_geom"].length()
        ow = r["oneway"] if honour_oneway else None
        if ow != "-1":
            adj[a].append((b, length))
        if ow != "yes":
            adj[b].append((a, length))
        adj[a]
        adj[b]
    return adj


def reachable(adj, start):
    seen, stack = {start}, [start]
    while stack:
        n = stack.pop()
        for m, _w in adj[n]:
            if m not in seen:
                seen.add(m)
                stack.append(m)
    return seen


def reverse(adj):
    rev = defaultdict(list)
    for a, nbrs in adj.items():
        rev[a]
        for b, w in nbrs:
            rev[b].append((a, w))
    return rev


def shortest(adj, a, b):
    """Dijkstra distance from node a to node b (inf if unreachable)."""
    dist = {a: 0.0}
    heap = [(0.0, a)]
    while heap:
        d, n = heapq.heappop(heap)
        if n == b:
            return d
        if d > dist.get(n, math.inf):
            continue
        for m, w in adj[n]:
            nd = d + w
            if nd < dist.get(m, math.inf):
                dist[m] = nd
                heapq.heappush(heap, (nd, m))
    return math.inf


def nearest_node(adj, point):
    return min(adj, key=lambda n: math.hypot(n[0] - point[0], n[1] - point[1]))


def river_side(town, x, y):
    """'north' or 'south' of the river polygon at easting x."""
    river = QgsGeometry.unaryUnion([r["_geom"] for r in town.rows("river")])
    probe = QgsGeometry.fromPolylineXY([QgsPointXY(x, y - 5000), QgsPointXY(x, y + 5000)])
    inter = probe.intersection(river)
    assert not inter.isEmpty(), f"river not found at easting {x}"
    box = inter.boundingBox()
    if y > box.yMaximum():
        return "north"
    if y < box.yMinimum():
        return "south"
    return "river"


# ---------------------------------------------------------------------------
# File and layers
# ---------------------------------------------------------------------------


def test_file_is_small():
    assert os.path.getsize(GPKG) < 10 * 1024 * 1024


@pytest.mark.parametrize("name", sorted(LAYERS))
def test_layer_present_valid_and_in_bng(qgis_app, name):
    geom_type, fields, lo, hi = LAYERS[name]
    layer = open_layer(name)
    assert layer.isValid(), f"{name} missing or invalid"
    names = [f.name() for f in layer.fields()]
    for field in fields:
        assert field in names, f"{name} lacks field {field}"
    assert lo <= layer.featureCount() <= hi, (name, layer.featureCount())
    if geom_type is None:
        assert layer.wkbType() == QgsWkbTypes.NoGeometry
    else:
        assert layer.crs().authid() == "EPSG:27700"
        assert QgsWkbTypes.displayString(layer.wkbType()) == geom_type
        for feat in layer.getFeatures():
            assert feat.hasGeometry() and not feat.geometry().isEmpty()
            assert feat.geometry().isGeosValid(), (name, feat.id())


def test_district_extent_and_names(town):
    (district,) = town.rows("district")
    box = district["_geom"].boundingBox()
    assert 7500 <= box.width() <= 9000 and 5500 <= box.height() <= 7000
    c = box.center()
    assert abs(c.x() - 450000) < 500 and abs(c.y() - 210000) < 500
    truth = town.truth
    assert truth["crs"] == "EPSG:27700" and truth["fictional"] is True
    assert district["name"] == truth["district_name"]
    assert truth["town_name"] in district["name"]
    for layer in ("roads", "postcodes", "incidents", "candidate_sites"):
        for r in town.rows(layer):
            assert district["_geom"].contains(r["_geom"]), (layer, r)


def test_planted_truth_keys(town):
    truth = town.truth
    for key in (
        "fear_cluster",
        "high_return_area",
        "incident_hotspots",
        "river",
        "bridges",
        "footbridge",
        "flyover",
        "river_facing_points",
        "footbridge_facing_points",
        "network",
        "service_clients_unmatched",
        "survey_unmatched",
        "small_groups",
    ):
        assert key in truth, key
        assert truth[key] != "computed", key


# ---------------------------------------------------------------------------
# Roads
# ---------------------------------------------------------------------------


def test_road_attributes(town):
    roads = town.rows("roads")
    assert len({r["road_id"] for r in roads}) == len(roads)
    highways = Counter(r["highway"] for r in roads)
    assert set(highways) <= DRIVE | WALK_ONLY
    for hw in ("trunk", "primary", "secondary", "residential", "footway", "cycleway"):
        assert highways[hw] > 0, hw
    assert highways["footway"] + highways["path"] + highways["cycleway"] >= 40
    for r in roads:
        assert not r["_geom"].isMultipart()
        assert r["maxspeed"] is None or re.fullmatch(r"(20|30|40|50|60) mph", r["maxspeed"])
        assert r["oneway"] in (None, "yes", "no", "-1")
        assert r["bridge"] in (None, "yes")
        assert r["layer"] in (None, 1)
        if r["highway"] in WALK_ONLY:
            assert r["speed_mph"] is None and r["maxspeed"] is None
        else:
            assert isinstance(r["speed_mph"], int) and 5 <= r["speed_mph"] <= 70
        if r["highway"] == "trunk":
            assert r["maxspeed"] == "60 mph"
    minor = [r for r in roads if r["highway"] in ("residential", "unclassified", "service")]
    null_share = sum(r["maxspeed"] is None for r in minor) / len(minor)
    assert 0.2 <= null_share <= 0.8, null_share
    speeds = {r["maxspeed"] for r in roads}
    assert {"60 mph", "40 mph", "30 mph", "20 mph"} <= speeds
    oneway = Counter(r["oneway"] for r in roads if r["oneway"] in ("yes", "-1"))
    assert 3 <= sum(oneway.values()) <= 30 and oneway["-1"] >= 1
    assert [r["highway"] for r in roads if r["layer"] == 1] == ["trunk"]


def test_junctions_are_shared_vertices_except_the_flyover(town):
    roads = town.rows("roads")
    index = QgsSpatialIndex()
    for k, r in enumerate(roads):
        index.addFeature(k, r["_geom"].boundingBox())
    ends = [set(road_ends(r)) for r in roads]
    bad = []
    for i, r in enumerate(roads):
        for j in index.intersects(r["_geom"].boundingBox()):
            if j <= i or not r["_geom"].intersects(roads[j]["_geom"]):
                continue
            inter = r["_geom"].intersection(roads[j]["_geom"])
            shared = ends[i] & ends[j]
            pts = [endpoint_key(QgsPointXY(v)) for v in inter.vertices()]
            if inter.type() != QgsWkbTypes.PointGeometry or not all(p in shared for p in pts):
                bad.append((i, j, pts))
    assert len(bad) == 1, f"crossings without shared vertex: {bad[:5]}"
    i, j, pts = bad[0]
    over, under = sorted((roads[i], roads[j]), key=lambda r: r["layer"] != 1)
    fly = town.truth["flyover"]
    assert over["layer"] == 1 and over["bridge"] == "yes"
    assert over["highway"] == "trunk" and over["name"] == fly["over_road"]
    assert under["name"] == fly["under_road"] and under["layer"] is None
    assert math.dist(pts[0], fly["point"]) < 5.0
    assert not set(road_ends(over)) & set(road_ends(under))


def test_drive_and_walk_networks_connected(town):
    roads = town.rows("roads")
    net = town.truth["network"]
    drive = build_graph(roads, set(net["drive_highways"]))
    walk = build_graph(roads, set(net["walk_highways"]))
    assert set(net["drive_highways"]) == DRIVE
    assert "trunk" not in net["walk_highways"] and WALK_ONLY <= set(net["walk_highways"])
    for adj in (drive, walk):
        start = next(iter(adj))
        assert len(reachable(adj, start)) == len(adj)
    directed = build_graph(roads, DRIVE, honour_oneway=True)
    start = next(iter(directed))
    assert len(reachable(directed, start)) == len(directed)
    assert len(reachable(reverse(directed), start)) == len(directed)
    # Walk-only paths really exist: some nodes are reached only on foot.
    assert len(set(walk) - set(drive)) > 20


def test_river_is_crossed_only_at_bridges(town):
    river = QgsGeometry.unaryUnion([r["_geom"] for r in town.rows("river")])
    crossing = [r for r in town.rows("roads") if r["_geom"].intersects(river)]
    assert crossing and all(r["bridge"] == "yes" for r in crossing)
    road_bridges = {r["name"] for r in crossing if r["highway"] in DRIVE}
    foot_bridges = {r["name"] for r in crossing if r["highway"] in WALK_ONLY}
    assert 2 <= len(road_bridges) <= 3, road_bridges
    assert len(foot_bridges) == 1
    assert road_bridges == {b["road"] for b in town.truth["bridges"]}
    assert foot_bridges == {town.truth["footbridge"]["name"]}


def test_network_distance_across_river(town):
    roads = town.rows("roads")
    drive = build_graph(roads, DRIVE)
    walk = build_graph(roads, set(town.truth["network"]["walk_highways"]))
    far = town.truth["river_facing_points"]
    a, b = nearest_node(drive, far["north"]), nearest_node(drive, far["south"])
    straight = math.dist(a, b)
    assert river_side(town, *a) == "north" and river_side(town, *b) == "south"
    assert straight < 600
    assert shortest(drive, a, b) > 4 * straight
    assert shortest(walk, nearest_node(walk, far["north"]), nearest_node(walk, far["south"])) > 4 * straight
    foot = town.truth["footbridge_facing_points"]
    wa, wb = nearest_node(walk, foot["north"]), nearest_node(walk, foot["south"])
    da, db = nearest_node(drive, foot["north"]), nearest_node(drive, foot["south"])
    walk_d, drive_d = shortest(walk, wa, wb), shortest(drive, da, db)
    assert walk_d < 2.5 * math.dist(wa, wb)
    assert drive_d > 2.5 * walk_d


# ---------------------------------------------------------------------------
# Areas
# ---------------------------------------------------------------------------


def test_wards_tile_the_district(town):
    wards = town.rows("wards")
    (district,) = town.rows("district")
    codes = [w["ward_code"] for w in wards]
    assert len(set(codes)) == len(codes)
    assert all(re.fullmatch(r"E05\d{6}", c) for c in codes)
    names = [w["ward_name"] for w in wards]
    assert len(set(names)) == len(names) and all(n.strip() for n in names)
    total = sum(w["_geom"].area() for w in wards)
    union = QgsGeometry.unaryUnion([w["_geom"] for w in wards])
    area = district["_geom"].area()
    assert abs(total - area) / area < 1e-6
    assert abs(union.area() - area) / area < 1e-6
    assert union.symDifference(district["_geom"]).area() < 1.0
    for i in range(len(wards)):
        for j in range(i + 1, len(wards)):
            overlap = wards[i]["_geom"].intersection(wards[j]["_geom"])
            assert overlap.area() < 1.0, (codes[i], codes[j])


# ---------------------------------------------------------------------------
# Postcodes and segments
# ---------------------------------------------------------------------------


def test_postcode_units(town):
    pcs = town.rows("postcodes")
    codes = [p["postcode"] for p in pcs]
    assert len(set(codes)) == len(codes)
    assert all(re.fullmatch(r"ZZ\d{1,2} \d[ABD-HJLNP-UW-Z]{2}", c) for c in codes)
    hh = [p["households"] for p in pcs]
    assert 12.0 <= sum(hh) / len(hh) <= 16.0
    assert sum(5 <= h <= 40 for h in hh) / len(hh) >= 0.75
    assert min(hh) >= 1
    for p in pcs:
        assert 1.2 <= p["population"] / p["households"] <= 4.0, p
    ward_geoms = {w["ward_code"]: w["_geom"] for w in town.rows("wards")}
    for p in pcs:
        assert ward_geoms[p["ward_code"]].contains(p["_geom"]), p["postcode"]


def test_postcodes_spread_beside_streets(town):
    pcs = town.rows("postcodes")
    index = QgsSpatialIndex()
    for k, p in enumerate(pcs):
        index.addFeature(k, p["_geom"].boundingBox())
    for k, p in enumerate(pcs):
        near = index.nearestNeighbor(p["_geom"].asPoint(), 2)
        other = [n for n in near if n != k][0]
        assert p["_geom"].distance(pcs[other]["_geom"]) >= 20.0
    roads = [r for r in town.rows("roads") if r["highway"] in DRIVE]
    rindex = QgsSpatialIndex()
    for k, r in enumerate(roads):
        rindex.addFeature(k, r["_geom"].boundingBox())
    river = QgsGeometry.unaryUnion([r["_geom"] for r in town.rows("river")])
    for p in pcs:
        cand = rindex.intersects(p["_geom"].buffer(60, 4).boundingBox())
        assert min(roads[c]["_geom"].distance(p["_geom"]) for c in cand) <= 60
        assert not river.contains(p["_geom"])


def test_segments_exist_in_catalogue(town, catalogue):
    types = {s["code"]: s["parent"] for s in catalogue["segments"] if s["level"] == "type"}
    pcs = town.rows("postcodes")
    assert all(p["segment"] in types for p in pcs)
    hh = Counter()
    types_used = defaultdict(set)
    for p in pcs:
        g = types[p["segment"]]
        hh[g] += p["households"]
        types_used[g].add(p["segment"])
    groups = {s["code"] for s in catalogue["segments"] if s["level"] == "group"}
    assert set(hh) == groups
    total = sum(hh.values())
    small = {g for g, v in hh.items() if v / total < 0.02}
    assert len(small) >= 2
    assert small == set(town.truth["small_groups"])
    assert all(len(t) >= 2 for t in types_used.values())


def test_segments_cluster_spatially(town):
    pcs = town.rows("postcodes")
    index = QgsSpatialIndex()
    for k, p in enumerate(pcs):
        index.addFeature(k, p["_geom"].boundingBox())
    same = 0
    for k, p in enumerate(pcs):
        other = [n for n in index.nearestNeighbor(p["_geom"].asPoint(), 2) if n != k][0]
        same += pcs[other]["segment"][0] == p["segment"][0]
    share = Counter(p["segment"][0] for p in pcs)
    expected = sum((v / len(pcs)) ** 2 for v in share.values())
    observed = same / len(pcs)
    assert observed > 0.55 and observed > 4 * expected, (observed, expected)
    # Students and young renters in the centre, villages outside.
    centre = town.truth["town_centre"]
    dist = defaultdict(list)
    for p in pcs:
        dist[p["segment"][0]].append(math.dist(xy(p["_geom"]), centre))
    mean = {g: sum(v) / len(v) for g, v in dist.items()}
    assert mean["E"] < 800 and mean["F"] < 1200
    assert min(mean["B"], mean["M"]) > 2500
    assert mean["E"] < mean["D"] < mean["A"]


# ---------------------------------------------------------------------------
# Catalogue
# ---------------------------------------------------------------------------

INFO = {"internet", "telephone", "sms", "interactive_tv", "face_to_face", "national_papers", "local_papers", "magazines"}
SERV = {"internet", "telephone", "mobile", "post", "face_to_face"}
PROPRIETARY_NAMES = {
    "country living",
    "prestige positions",
    "city prosperity",
    "domestic success",
    "suburban stability",
    "senior security",
    "rural reality",
    "aspiring homemakers",
    "urban cohesion",
    "rental hubs",
    "modest traditions",
    "transient renters",
    "family basics",
    "vintage value",
    "municipal challenge",
    "affluent achievers",
    "rising prosperity",
    "comfortable communities",
    "financially stretched",
    "urban adversity",
    "alpha territory",
}


def test_catalogue_structure(catalogue):
    assert catalogue["format"] == "placeinsight-catalogue/1"
    assert catalogue["id"] == "demo" and catalogue["illustrative"] is True
    assert [lv["id"] for lv in catalogue["levels"]] == ["group", "type"]
    assert "illustrative" in catalogue["description"]["en"].lower()
    assert "illustratif" in catalogue["description"]["fr"].lower()
    segs = catalogue["segments"]
    groups = [s for s in segs if s["level"] == "group"]
    types = [s for s in segs if s["level"] == "type"]
    assert [g["code"] for g in groups] == list("ABCDEFGHIJKLMNO")
    assert all(g["parent"] is None for g in groups)
    numbers = [int(t["code"][1:]) for t in types]
    assert numbers == list(range(1, len(types) + 1))
    assert 60 <= len(types) <= 69
    per_group = Counter(t["parent"] for t in types)
    assert all(2 <= per_group[g["code"]] <= 6 for g in groups)
    for t in types:
        assert t["code"][0] == t["parent"]


def _hue(hexcol):
    r, g, b = (int(hexcol[i : i + 2], 16) / 255 for i in (1, 3, 5))
    return colorsys.rgb_to_hsv(r, g, b)


def test_catalogue_portraits_bilingual(catalogue):
    segs = {s["code"]: s for s in catalogue["segments"]}
    french = ""
    for s in segs.values():
        for key in ("name", "description"):
            assert s[key]["en"].strip() and s[key]["fr"].strip()
            assert s[key]["en"] != s[key]["fr"] or key == "name"
        feats = s["key_features"]
        assert 3 <= len(feats["en"]) <= 5 and len(feats["fr"]) == len(feats["en"])
        assert set(s["information_channels"]) == INFO
        assert set(s["service_channels"]) == SERV
        for v in list(s["information_channels"].values()) + list(s["service_channels"].values()):
            assert isinstance(v, int) and 1 <= v <= 5
        assert re.fullmatch(r"#[0-9A-Fa-f]{6}", s["colour"])
        assert s["name"]["en"].lower() not in PROPRIETARY_NAMES
        french += s["description"]["fr"] + " ".join(feats["fr"])
        if s["level"] == "type":
            h1, s1, _v = _hue(s["colour"])
            h0, s0, _v0 = _hue(segs[s["parent"]]["colour"])
            assert min(abs(h1 - h0), 1 - abs(h1 - h0)) < 0.03, s["code"]
    assert len({s["name"]["en"] for s in segs.values()}) == len(segs)
    assert sum(french.count(c) for c in "éèàêçôû") > 100


def test_catalogue_channels_match_portraits(catalogue):
    g = {s["code"]: s for s in catalogue["segments"] if s["level"] == "group"}
    for code in "BCK":  # older, rural or social-rented: traditional channels
        assert g[code]["information_channels"]["internet"] <= 2
        assert g[code]["information_channels"]["sms"] <= 2
        assert g[code]["information_channels"]["local_papers"] >= 4
        assert g[code]["service_channels"]["face_to_face"] >= 4
        assert g[code]["service_channels"]["post"] >= 4
    for code in "EFL":  # young renters: digital and mobile
        assert g[code]["information_channels"]["internet"] >= 4
        assert g[code]["information_channels"]["sms"] >= 4
        assert g[code]["information_channels"]["local_papers"] <= 2
        assert g[code]["service_channels"]["mobile"] >= 5
        assert g[code]["service_channels"]["post"] <= 1


# ---------------------------------------------------------------------------
# Service clients and survey
# ---------------------------------------------------------------------------


def _unmatched(rows, index):
    return [r for r in rows if norm_postcode(r["postcode"]) not in index]


def test_service_clients_postcodes_and_profile(town, catalogue):
    clients = town.rows("service_clients")
    index = town.postcode_index
    bad = _unmatched(clients, index)
    doc = town.truth["service_clients_unmatched"]
    assert len(bad) == doc["count"] and doc["total"] == len(clients)
    assert 0.02 <= len(bad) / len(clients) <= 0.04
    written = [c["postcode"] for c in clients]
    assert None in written and "" in written
    assert any(w and w != w.upper() for w in written)  # lower case
    assert any(w and " " not in w.strip() and norm_postcode(w) in index for w in written)
    assert any(w and (w.startswith(" ") or "  " in w) for w in written)
    assert all(c["referral_date"] and "2025-01-01" <= c["referral_date"] <= "2026-12-31" for c in clients)
    assert len({c["client_id"] for c in clients}) == len(clients)
    # Profile on households: some groups strongly over / under represented.
    target, base = Counter(), Counter()
    for p in town.rows("postcodes"):
        base[p["segment"][0]] += p["households"]
    for c in clients:
        p = index.get(norm_postcode(c["postcode"]))
        if p:
            target[p["segment"][0]] += 1
    nt, nb = sum(target.values()), sum(base.values())
    idx = {g: 100 * (target[g] / nt) / (base[g] / nb) for g in base}
    assert idx["J"] > 180 and idx["L"] > 130
    assert idx["A"] < 50 and idx["B"] < 60
    p0 = base["J"] / nb
    assert z_one_sided(target["J"], nt, p0) > 5


def test_survey_basics(town):
    survey = town.rows("survey_responses")
    index = town.postcode_index
    assert {r["feel_safe"] for r in survey} == FEEL_SAFE
    assert len({r["response_id"] for r in survey}) == len(survey)
    bad = _unmatched(survey, index)
    doc = town.truth["survey_unmatched"]
    assert len(bad) == doc["count"]
    assert 0.01 <= len(bad) / len(survey) <= 0.02
    unsafe = sum(r["feel_safe"] in UNSAFE for r in survey) / len(survey)
    assert 0.18 <= unsafe <= 0.27, unsafe
    households = sum(p["households"] for p in town.rows("postcodes"))
    matched = len(survey) - len(bad)
    assert 0.08 <= matched / households <= 0.13


def _area_stats(town, area):
    """Households, matched responses and unsafe answers inside a circle."""
    pcs = town.rows("postcodes")
    inside = {norm_postcode(p["postcode"]) for p in within(pcs, area["centre"], area["radius_m"])}
    hh_in = sum(p["households"] for p in pcs if norm_postcode(p["postcode"]) in inside)
    hh_all = sum(p["households"] for p in pcs)
    index = town.postcode_index
    resp = [r for r in town.rows("survey_responses") if norm_postcode(r["postcode"]) in index]
    r_in = [r for r in resp if norm_postcode(r["postcode"]) in inside]
    return {
        "postcodes": len(inside),
        "hh_in": hh_in,
        "hh_all": hh_all,
        "resp_in": len(r_in),
        "resp_all": len(resp),
        "unsafe_in": sum(r["feel_safe"] in UNSAFE for r in r_in),
        "unsafe_all": sum(r["feel_safe"] in UNSAFE for r in resp),
        "inside": inside,
    }


def test_fear_cluster_is_fear_not_return(town):
    fear = town.truth["fear_cluster"]
    assert 400 <= fear["radius_m"] <= 600
    s = _area_stats(town, fear)
    assert 60 <= s["postcodes"] <= 120
    share_in = s["unsafe_in"] / s["resp_in"]
    share_out = (s["unsafe_all"] - s["unsafe_in"]) / (s["resp_all"] - s["resp_in"])
    assert 0.58 <= share_in <= 0.82 and share_in > 2.5 * share_out
    rate_district = s["resp_all"] / s["hh_all"]
    rate_in = s["resp_in"] / s["hh_in"]
    assert 0.75 <= rate_in / rate_district <= 1.25
    assert z_one_sided(s["resp_in"], s["hh_in"], rate_district) < 1.645


def test_high_return_area_is_return_not_fear(town):
    area = town.truth["high_return_area"]
    fear = town.truth["fear_cluster"]
    assert math.dist(area["centre"], fear["centre"]) > area["radius_m"] + fear["radius_m"] + 500
    s = _area_stats(town, area)
    assert s["postcodes"] >= 50
    rate_in = s["resp_in"] / s["hh_in"]
    rate_out = (s["resp_all"] - s["resp_in"]) / (s["hh_all"] - s["hh_in"])
    assert rate_in > 2.2 * rate_out
    assert z_one_sided(s["resp_in"], s["hh_in"], s["resp_all"] / s["hh_all"]) > 5
    share_in = s["unsafe_in"] / s["resp_in"]
    share_all = s["unsafe_all"] / s["resp_all"]
    assert abs(share_in - share_all) < 0.08
    assert z_one_sided(s["unsafe_in"], s["resp_in"], share_all) < 1.645
    # The trap: unsafe answers per household are high there all the same.
    assert s["unsafe_in"] / s["hh_in"] > 1.8 * s["unsafe_all"] / s["hh_all"]


# ---------------------------------------------------------------------------
# Incidents
# ---------------------------------------------------------------------------


def test_incidents_attributes(town):
    incidents = town.rows("incidents")
    cats = Counter(i["category"] for i in incidents)
    assert {
        "Violence and sexual offences",
        "Burglary",
        "Criminal damage and arson",
        "Vehicle crime",
        "Anti-social behaviour",
        "Shoplifting",
    } == set(cats)
    for i in incidents:
        assert i["incident_type"] == ("asb" if i["category"] == "Anti-social behaviour" else "crime")
        assert "2025-01-01" <= i["incident_date"] <= "2026-12-31"
    years = Counter(i["incident_date"][:4] for i in incidents)
    assert years["2025"] > 0 and years["2026"] > 0


def test_incident_hotspots_away_from_fear_cluster(town):
    incidents = town.rows("incidents")
    truth = town.truth
    fear = truth["fear_cluster"]
    hotspots = truth["incident_hotspots"]
    assert 2 <= len(hotspots) <= 3
    for h in hotspots:
        assert math.dist(h["centre"], fear["centre"]) > fear["radius_m"] + 3 * h["sigma_m"]
        near = within(incidents, h["centre"], 300.0)
        assert len(near) >= 0.6 * h["incidents"], h["name"]
    s = _area_stats(town, fear)
    inside = within(incidents, fear["centre"], fear["radius_m"])
    rate_in = len(inside) / s["hh_in"]
    rate_all = len(incidents) / s["hh_all"]
    assert rate_in < 0.7 * rate_all, (rate_in, rate_all)


# ---------------------------------------------------------------------------
# Candidate sites and facilities
# ---------------------------------------------------------------------------


def test_candidate_sites(town):
    sites = town.rows("candidate_sites")
    assert len({s["site_id"] for s in sites}) == len(sites)
    assert len({s["name"] for s in sites}) == len(sites)
    owners = Counter(s["owner"] for s in sites)
    assert set(owners) == {"council", "police", "health", "fire", "library"}
    assert 2 <= sum(s["required"] for s in sites) <= 4
    assert {s["required"] for s in sites} == {0, 1}
    caps = [s["capacity"] for s in sites]
    assert min(caps) >= 500 and max(caps) <= 50000 and max(caps) >= 3 * min(caps)
    roads = [r for r in town.rows("roads") if r["highway"] in DRIVE]
    index = QgsSpatialIndex()
    for k, r in enumerate(roads):
        index.addFeature(k, r["_geom"].boundingBox())
    for s in sites:
        cand = index.intersects(s["_geom"].buffer(50, 4).boundingBox())
        assert cand and min(roads[c]["_geom"].distance(s["_geom"]) for c in cand) <= 50
    centre = town.truth["town_centre"]
    central = sum(math.dist(xy(s["_geom"]), centre) < 1500 for s in sites) / len(sites)
    (district,) = town.rows("district")
    area_share = math.pi * 1500**2 / district["_geom"].area()
    assert central > 2 * area_share


def test_facilities_are_sites_and_leave_a_gap(town):
    sites = {s["name"]: s for s in town.rows("candidate_sites")}
    facilities = town.rows("facilities")
    assert len({f["facility_id"] for f in facilities}) == 6
    for f in facilities:
        s = sites[f["name"]]
        assert f["owner"] == s["owner"]
        assert f["_geom"].distance(s["_geom"]) < 0.01
    sides = {river_side(town, *xy(f["_geom"])) for f in facilities}
    assert sides == {"north"}
    south_hh = sum(p["households"] for p in town.rows("postcodes") if river_side(town, *xy(p["_geom"])) == "south")
    total = sum(p["households"] for p in town.rows("postcodes"))
    assert south_hh / total > 0.2
    required = [s["name"] for s in sites.values() if s["required"] == 1]
    assert set(required) <= {f["name"] for f in facilities}


# ---------------------------------------------------------------------------
# Determinism
# ---------------------------------------------------------------------------


def _table(path, name):
    rows = read_rows(name, path)
    out = []
    for r in rows:
        g = r.pop("_geom", None)
        r["_wkt"] = g.asWkt(2) if g is not None else None
        out.append(r)
    return out


def test_regeneration_is_identical(qgis_app, tmp_path):
    out = tmp_path / "again.gpkg"
    subprocess.run([sys.executable, SCRIPT, "--output", str(out), "--quiet"], check=True, timeout=300)
    for name in LAYERS:
        assert _table(str(out), name) == _table(GPKG, name), name
