#!/usr/bin/env python3
"""Generate the Place Insight sample data: the fictional town of Elverstowe.

The town, its roads, postcodes, residents and services are invented.  The
generator is deterministic for a given seed and writes one GeoPackage in
British National Grid (EPSG:27700) with the layers:

``roads``, ``river``, ``district``, ``wards``, ``postcodes``,
``service_clients`` (table), ``survey_responses`` (table), ``incidents``,
``candidate_sites``, ``facilities`` and ``planted_truth`` (table).

Facts deliberately planted in the data (the fear cluster, the area with a
high survey return, incident hot spots, bridges, the flyover...) are listed
in :data:`PLANTED` and written to the ``planted_truth`` table (key, JSON
value) so that tests can check them without importing this script.

Only numpy, scipy, shapely and GDAL/OGR are used.

Usage::

    python scripts/make_sample_town.py [--seed 42] [--output path.gpkg]
"""

import argparse
import datetime
import json
import math
import os
import sys
import time
from collections import defaultdict
from itertools import combinations

import numpy as np
import shapely
from osgeo import gdal, ogr, osr
from scipy.sparse import coo_matrix
from scipy.sparse.csgraph import connected_components, dijkstra
from scipy.spatial import Delaunay, cKDTree
from shapely.geometry import LineString, MultiPolygon, Point, Polygon, box
from shapely.ops import substring, unary_union, voronoi_diagram

ogr.UseExceptions()
osr.UseExceptions()

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_OUTPUT = os.path.join(HERE, os.pardir, "resources", "sample_data", "sample_town.gpkg")
DEFAULT_SEED = 42

TOWN_NAME = "Elverstowe"
DISTRICT_NAME = "Elverstowe District"
RIVER_NAME = "River Elver"
CENTRE = (450000.0, 210200.0)
RIVER_HALF_WIDTH = 18.0
N_POSTCODES = 3000
N_CLIENTS = 1500
N_SITES = 150
SURVEY_RATE = 0.095

DRIVE_HIGHWAYS = ["trunk", "primary", "secondary", "tertiary", "unclassified", "residential", "service"]
WALK_ONLY_HIGHWAYS = ["footway", "path", "cycleway"]

# Villages on the edge of town: name, centre, radius of the built-up part.
VILLAGES = {
    "Coldharbour": ((453600.0, 211600.0), 230.0),
    "Fennhurst": ((446900.0, 212400.0), 230.0),
    "Sheepwash": ((453450.0, 208000.0), 210.0),
    "Abbots Wick": ((446700.0, 207600.0), 230.0),
}

# Geodemographic groups of the demo catalogue and their types (finest level).
GROUP_TYPES = {
    "A": ["A01", "A02", "A03", "A04"],
    "B": ["B05", "B06", "B07", "B08"],
    "C": ["C09", "C10", "C11", "C12"],
    "D": ["D13", "D14", "D15", "D16", "D17", "D18"],
    "E": ["E19", "E20", "E21", "E22"],
    "F": ["F23", "F24", "F25"],
    "G": ["G26", "G27", "G28", "G29"],
    "H": ["H30", "H31", "H32", "H33", "H34"],
    "I": ["I35", "I36", "I37", "I38"],
    "J": ["J39", "J40", "J41", "J42", "J43", "J44"],
    "K": ["K45", "K46", "K47", "K48"],
    "L": ["L49", "L50", "L51", "L52"],
    "M": ["M53", "M54", "M55"],
    "N": ["N56", "N57", "N58", "N59", "N60"],
    "O": ["O61", "O62"],
}

# Per group: mean households per postcode, persons per household,
# propensity to be a stop-smoking client (relative), probability of an
# unsafe survey answer, relative incident rate per resident, age profile.
GROUP_PROFILE = {
    #     hh/pc  size  client unsafe crime
    "A": (7.1, 2.7, 0.30, 0.12, 0.40),
    "B": (6.2, 2.3, 0.35, 0.10, 0.30),
    "C": (9.8, 1.7, 0.55, 0.21, 0.55),
    "D": (13.3, 2.9, 0.85, 0.16, 0.70),
    "E": (23.1, 1.7, 0.70, 0.20, 1.40),
    "F": (16.0, 3.1, 0.60, 0.22, 1.20),
    "G": (14.2, 2.5, 1.30, 0.18, 0.90),
    "H": (15.1, 2.2, 1.45, 0.22, 1.20),
    "I": (16.0, 3.1, 1.20, 0.25, 1.30),
    "J": (16.9, 2.8, 2.60, 0.30, 1.80),
    "K": (14.2, 1.6, 1.20, 0.27, 0.90),
    "L": (17.8, 1.6, 2.10, 0.27, 1.70),
    "M": (4.5, 2.5, 0.40, 0.08, 0.30),
    "N": (11.6, 2.1, 0.55, 0.15, 0.60),
    "O": (8.9, 1.6, 0.80, 0.25, 0.80),
}

AGE_BANDS = ["16-24", "25-34", "35-44", "45-54", "55-64", "65-74", "75+"]
# Age profile of survey respondents: young, family, middle-aged or old.
GROUP_AGE = {
    "A": "mid",
    "B": "old",
    "C": "old",
    "D": "family",
    "E": "young",
    "F": "student",
    "G": "family",
    "H": "mixed",
    "I": "family",
    "J": "family",
    "K": "old",
    "L": "young",
    "M": "mid",
    "N": "mid",
    "O": "old",
}
AGE_WEIGHTS = {
    "student": [70, 20, 4, 3, 2, 1, 0],
    "young": [25, 40, 15, 9, 6, 3, 2],
    "family": [6, 24, 30, 20, 11, 6, 3],
    "mixed": [9, 16, 17, 18, 16, 13, 11],
    "mid": [4, 8, 15, 24, 25, 15, 9],
    "old": [1, 3, 5, 10, 20, 30, 31],
}

# Neighbourhoods: (x, y, group, weight).  Postcodes take the group of the
# (weighted, slightly noisy) nearest neighbourhood on their side of the river.
NEIGHBOURHOODS = [
    (450000, 210200, "E", 1.00),
    (449650, 210620, "F", 0.50),
    (450380, 210820, "O", 0.32),
    (449350, 209850, "I", 0.90),
    (450650, 209850, "L", 0.90),
    (448800, 210250, "H", 1.00),
    (450900, 210800, "H", 0.90),
    (448550, 211400, "K", 0.90),
    (447900, 210950, "C", 0.90),
    (447700, 210100, "D", 1.00),
    (449700, 211550, "N", 1.00),
    (450700, 211900, "D", 1.00),
    (451700, 211400, "G", 1.00),
    (451800, 210700, "J", 0.90),
    (452000, 209800, "N", 0.90),
    (448300, 212050, "A", 1.00),
    (450300, 212550, "A", 1.00),
    (449600, 208800, "H", 1.00),
    (450900, 208450, "J", 1.00),
    (448300, 208500, "D", 1.00),
    (447700, 208950, "C", 0.80),
    (451900, 208000, "G", 0.90),
    (449600, 207900, "N", 0.90),
    (452400, 208800, "A", 0.70),
    (453600, 211600, "B", 1.00),
    (446900, 212400, "B", 1.00),
    (453450, 208000, "M", 1.00),
    (446700, 207600, "B", 1.00),
]

# Wards: seed point and name; boundaries are built from small cells.
WARDS = [
    ((450000, 210250), "Old Town"),
    ((449100, 210850), "Castlefields"),
    ((450300, 211350), "Northgate"),
    ((449300, 211950), "Hollins Park"),
    ((450900, 212400), "Ridgeway"),
    ((451700, 211500), "Eastmoor"),
    ((452200, 210300), "Kingsmead"),
    ((450900, 209700), "Wharfside"),
    ((449200, 209700), "Tanners Green"),
    ((448000, 210400), "Westgate"),
    ((447300, 211800), "Fennhurst"),
    ((450600, 208500), "Southbank"),
    ((448400, 208400), "Abbotsmere"),
    ((453200, 211300), "Coldharbour"),
    ((452400, 208200), "Sheepwash and Elver Common"),
]

# Ground truth planted in the data.  Static entries are fixed by design;
# entries marked "computed" are filled in by generate().
PLANTED = {
    "town_name": TOWN_NAME,
    "district_name": DISTRICT_NAME,
    "crs": "EPSG:27700",
    "fictional": True,
    "seed": DEFAULT_SEED,
    "town_centre": list(CENTRE),
    "fear_cluster": {
        "description": "Neighbourhood where residents feel unsafe although "
        "survey return and recorded incidents are ordinary or "
        "low ('fear without crime').",
        "centre": [448450.0, 211250.0],
        "radius_m": 500.0,
        "unsafe_probability": 0.72,
        "incident_rate_multiplier": 0.6,
        "return_rate_multiplier": 1.0,
    },
    "high_return_area": {
        "description": "Area where about three times more households return "
        "the survey; answers are ordinary. A cluster of "
        "responses here must fail verification.",
        "centre": [450750.0, 211800.0],
        "radius_m": 500.0,
        "return_rate_multiplier": 3.0,
        "unsafe_probability": 0.21,
    },
    "survey": {"base_return_rate": SURVEY_RATE, "unsafe_answers": ["Fairly unsafe", "Very unsafe"]},
    "incident_hotspots": [
        {"name": "Town centre night-time economy", "centre": [450050.0, 210230.0], "sigma_m": 150.0, "incidents": 420},
        {"name": "Kingsmead Retail Park", "centre": [452480.0, 210200.0], "sigma_m": 110.0, "incidents": 260},
        {"name": "Southbank estate", "centre": [450950.0, 208450.0], "sigma_m": 170.0, "incidents": 300},
    ],
    "background_incidents": 2020,
    "river": {
        "name": RIVER_NAME,
        "half_width_m": RIVER_HALF_WIDTH,
        "centreline": "y = 209250 + 180 sin(2pi(x-446000)/3200) + 90 sin(2pi(x-446000)/1100 + 1)",
    },
    "bridges": "computed",
    "footbridge": "computed",
    "flyover": "computed",
    "river_facing_points": "computed",
    "footbridge_facing_points": "computed",
    "network": {
        "drive_highways": DRIVE_HIGHWAYS,
        "walk_highways": [h for h in DRIVE_HIGHWAYS if h != "trunk"] + WALK_ONLY_HIGHWAYS,
        "walk_excludes": ["trunk"],
        "node_precision_m": 0.01,
        "note": "Both networks are single connected components; the drive "
        "network honouring oneway is strongly connected. The only "
        "crossing without a shared vertex is the flyover.",
    },
    "client_propensity": {g: p[2] for g, p in GROUP_PROFILE.items()},
    "group_unsafe_probability": {g: p[3] for g, p in GROUP_PROFILE.items()},
    "facilities_note": "All six current facilities are north of the river; "
    "the south bank (postcode districts ZZ4, ZZ5) has none.",
    "service_clients_unmatched": "computed",
    "survey_unmatched": "computed",
    "small_groups": "computed",
    "counts": "computed",
}


# ---------------------------------------------------------------------------
# Small geometric helpers
# ---------------------------------------------------------------------------


def river_y(x):
    """Northing of the river centreline at easting ``x`` (array or float)."""
    u = (np.asarray(x, dtype=float) - 446000.0) * 2.0 * math.pi
    return 209250.0 + 180.0 * np.sin(u / 3200.0) + 90.0 * np.sin(u / 1100.0 + 1.0)


def is_north(x, y):
    """True where (x, y) lies north of the river centreline."""
    return np.asarray(y) > river_y(x)


def chaikin(coords, iterations=2):
    """Smooth a polyline by Chaikin corner cutting, keeping its endpoints."""
    pts = np.asarray(coords, dtype=float)
    for _ in range(iterations):
        q = 0.75 * pts[:-1] + 0.25 * pts[1:]
        r = 0.25 * pts[:-1] + 0.75 * pts[1:]
        mid = np.empty((2 * len(q), 2))
        mid[0::2], mid[1::2] = q, r
        pts = np.vstack([pts[:1], mid[1:-1], pts[-1:]])
    return [tuple(p) for p in pts]


def insert_vertex(coords, p):
    """Insert the point of polyline ``coords`` closest to ``p`` as a vertex.

    ``coords`` (a list) is modified in place; the inserted (or already
    existing) vertex is returned so another line can end exactly on it.
    """
    line = LineString(coords)
    q = line.interpolate(line.project(Point(p)))
    qx, qy = q.x, q.y
    for c in coords:
        if math.hypot(c[0] - qx, c[1] - qy) < 1e-6:
            return tuple(c)
    best, best_d = 0, float("inf")
    for i in range(len(coords) - 1):
        d = LineString([coords[i], coords[i + 1]]).distance(q)
        if d < best_d:
            best, best_d = i, d
    coords.insert(best + 1, (qx, qy))
    return (qx, qy)


def superellipse(cx, cy, a, b, n, wobble, npts=200):
    """Polygon of a wobbly superellipse (used for district and town edge)."""
    t = np.linspace(0.0, 2.0 * math.pi, npts, endpoint=False)
    r = np.ones_like(t)
    for amp, k, ph in wobble:
        r += amp * np.sin(k * t + ph)
    c, s = np.cos(t), np.sin(t)
    x = cx + a * r * np.sign(c) * np.abs(c) ** (2.0 / n)
    y = cy + b * r * np.sign(s) * np.abs(s) ** (2.0 / n)
    return Polygon(np.column_stack([x, y]))


def ellipse_coords(cx, cy, a, b, n):
    """Closed list of ``n`` + 1 points on an ellipse."""
    t = np.linspace(0.0, 2.0 * math.pi, n + 1)
    pts = [(cx + a * math.cos(v), cy + b * math.sin(v)) for v in t]
    pts[-1] = pts[0]
    return pts


def lines_parts(geom):
    """The LineString parts of a (multi)line geometry, dropping the rest."""
    if geom.is_empty:
        return []
    if geom.geom_type == "LineString":
        return [geom]
    if hasattr(geom, "geoms"):
        out = []
        for g in geom.geoms:
            out.extend(lines_parts(g))
        return out
    return []


# ---------------------------------------------------------------------------
# Static layout: district, river, parks, main roads
# ---------------------------------------------------------------------------


def make_district():
    """District boundary: a rounded 8 km x 6 km shape around the town."""
    return superellipse(450000.0, 210000.0, 4050.0, 3050.0, 4.0, [(0.025, 3, 0.7), (0.018, 5, 2.1), (0.01, 7, 0.3)])


def make_river(district):
    """River centreline (clipped) and polygon (36 m wide) inside the district."""
    xs = np.arange(445000.0, 455001.0, 20.0)
    centre = LineString(np.column_stack([xs, river_y(xs)]))
    poly = centre.buffer(RIVER_HALF_WIDTH, cap_style="flat").intersection(district)
    return centre.intersection(district), poly


def make_parks(river_centre):
    """Parks with no streets inside (footpaths cross them)."""
    meadow_axis = river_centre.intersection(box(448200, 205000, 449700, 215000))
    meadows = meadow_axis.buffer(230.0, cap_style="flat")
    north = Polygon(
        [(448000, 212000), (450000, 212000), (450000, 209000), *[(x, float(river_y(x))) for x in np.arange(450000, 447999, -20)]]
    )
    meadows = meadows.intersection(north).difference(river_centre.buffer(40))
    return {
        "Castle Park": Point(449300, 210950).buffer(250, quad_segs=16),
        "Riverside Meadows": meadows,
        "Elver Common": Point(451600, 208750).buffer(280, quad_segs=16),
    }


def main_road_specs():
    """Designed roads: (name, highway, coords, attach_start, attach_end, smooth)."""
    ring = ellipse_coords(CENTRE[0], CENTRE[1], 520.0, 420.0, 32)
    return [
        ("Castle Way", "secondary", ring, None, None, False),
        (
            "High Street",
            "secondary",
            [(449480, 210200), (449800, 210230), (450000, 210200), (450250, 210180), (450520, 210200)],
            "Castle Way",
            "Castle Way",
            False,
        ),
        ("Market Street", "tertiary", [(450030, 210620), (450000, 210200), (449990, 209780)], "Castle Way", "Castle Way", False),
        (
            "North Road",
            "primary",
            [(450150, 210610), (450200, 211100), (450150, 211800), (450300, 212500), (450400, 213300)],
            "Castle Way",
            None,
            True,
        ),
        (
            "Eastgate",
            "primary",
            [(450510, 210120), (451000, 210250), (451800, 210330), (452600, 210380), (453200, 210420), (454300, 210500)],
            "Castle Way",
            None,
            True,
        ),
        (
            "Westgate",
            "primary",
            [(449490, 210150), (449000, 210300), (448300, 210450), (447500, 210520), (446700, 210650), (445700, 210700)],
            "Castle Way",
            None,
            True,
        ),
        (
            "Bridge Street",
            "primary",
            [
                (450090, 209785),
                (450180, 209500),
                (450260, 209150),
                (450350, 208700),
                (450450, 208000),
                (450650, 207300),
                (450800, 206700),
            ],
            "Castle Way",
            None,
            True,
        ),
        (
            "Mill Road",
            "secondary",
            [(447600, 210510), (447550, 209900), (447450, 209300), (447350, 208600), (447200, 207800), (447100, 206800)],
            "Westgate",
            None,
            True,
        ),
        (
            "Southern Way",
            "tertiary",
            [
                (447350, 208400),
                (448300, 208250),
                (449300, 208350),
                (450400, 208350),
                (451300, 208300),
                (452300, 208450),
                (453000, 208560),
                (453450, 208650),
            ],
            "Mill Road",
            None,
            True,
        ),
        (
            "Sheepwash Lane",
            "unclassified",
            [(453450, 208650), (453500, 208300), (453450, 208000), (453350, 207700), (453300, 207300)],
            "Southern Way",
            None,
            False,
        ),
        (
            "Northfield Road",
            "secondary",
            [(450180, 211900), (451000, 212000), (451900, 212150), (452700, 212350), (453300, 212450)],
            "North Road",
            None,
            True,
        ),
        ("Hollow Lane", "unclassified", [(453300, 212450), (453800, 212500), (454400, 212600)], "Northfield Road", None, False),
        (
            "Coldharbour Lane",
            "unclassified",
            [(451600, 212100), (451900, 211750), (452400, 211600), (453000, 211620), (453600, 211600), (453850, 211650)],
            "Northfield Road",
            None,
            True,
        ),
        (
            "Fenny Lane",
            "unclassified",
            [(447000, 210630), (446950, 211300), (446900, 212000), (446900, 212400), (446950, 212900)],
            "Westgate",
            None,
            True,
        ),
        (
            "Holloway Lane",
            "unclassified",
            [(447250, 208000), (446900, 207800), (446700, 207600), (446400, 207450)],
            "Mill Road",
            None,
            True,
        ),
        (
            "Meadow Lane",
            "tertiary",
            [(448500, 210420), (448550, 211000), (448950, 211550), (449600, 211800), (450190, 211600)],
            "Westgate",
            "North Road",
            True,
        ),
        ("Station Road", "tertiary", [(451400, 210300), (451450, 211000), (451400, 212070)], "Eastgate", "Northfield Road", True),
        (
            "Kingsmead Retail Park",
            "service",
            [(452300, 210370), (452300, 210150), (452650, 210100), (452700, 210390)],
            "Eastgate",
            "Eastgate",
            False,
        ),
        (
            "Elverstowe Bypass",
            "trunk",
            [
                (452350, 213300),
                (452650, 212600),
                (452900, 211900),
                (453050, 211200),
                (453150, 210500),
                (453250, 209800),
                (453300, 209100),
                (453200, 208400),
                (452900, 207700),
                (452400, 206700),
            ],
            None,
            None,
            True,
        ),
        (
            "Old Railway Path",
            "cycleway",
            [(446930, 211700), (447800, 211500), (448700, 211150), (449400, 210800), (449600, 210470)],
            "Fenny Lane",
            "Castle Way",
            True,
        ),
    ]


def build_main_roads(district):
    """Smoothed, attached and clipped designed roads as dicts of coords."""
    roads = {}
    specs = main_road_specs()
    for name, hw, coords, _s, _e, smooth in specs:
        pts = [tuple(map(float, c)) for c in coords]
        roads[name] = {"name": name, "highway": hw, "coords": chaikin(pts) if smooth else pts}
    for name, _hw, _c, start, end, _sm in specs:
        coords = roads[name]["coords"]
        if start:
            coords[0] = insert_vertex(roads[start]["coords"], coords[0])
        if end:
            coords[-1] = insert_vertex(roads[end]["coords"], coords[-1])
    inner = district.buffer(-15.0)
    for r in roads.values():
        r["geom"] = LineString(r["coords"]).intersection(inner)
    return roads


def riverside_way(river_centre):
    """Coordinates of the riverside cycle path, 50 m north of the river."""
    axis = river_centre.intersection(box(447300, 205000, 452400, 215000))
    off = axis.offset_curve(50.0, quad_segs=4, join_style="round")
    coords = list(lines_parts(off)[0].coords)
    if coords[0][0] > coords[-1][0]:
        coords.reverse()
    return [(round(x, 3), round(y, 3)) for x, y in coords]


# ---------------------------------------------------------------------------
# Street network
# ---------------------------------------------------------------------------


def street_spacing(x, y):
    """Target distance between street junctions: dense centre, sparse edge."""
    d = np.hypot(np.asarray(x) - CENTRE[0], np.asarray(y) - CENTRE[1])
    s = 58.0 + 54.0 * np.clip(d / 2600.0, 0.0, 1.0)
    for (vx, vy), _r in VILLAGES.values():
        near = np.hypot(np.asarray(x) - vx, np.asarray(y) - vy) < 400
        s = np.where(near, 78.0, s)
    return s


def sample_street_nodes(rng, allowed):
    """Poisson-disc junction points inside ``allowed`` (variable spacing)."""
    minx, miny, maxx, maxy = allowed.bounds
    n = 70000
    xs = rng.uniform(minx, maxx, n)
    ys = rng.uniform(miny, maxy, n)
    ok = shapely.contains_xy(allowed, xs, ys)
    xs, ys = xs[ok], ys[ok]
    sp = street_spacing(xs, ys) * rng.uniform(0.9, 1.1, len(xs))
    cell = 60.0
    grid = defaultdict(list)
    acc = []
    for x, y, s in zip(xs, ys, sp):
        cx, cy = int(x // cell), int(y // cell)
        good = True
        for i in range(cx - 2, cx + 3):
            for j in range(cy - 2, cy + 3):
                for k in grid.get((i, j), ()):
                    px, py = acc[k]
                    if (px - x) ** 2 + (py - y) ** 2 < s * s:
                        good = False
                        break
                if not good:
                    break
            if not good:
                break
        if good:
            grid[(cx, cy)].append(len(acc))
            acc.append((x, y))
    return np.array(acc)


def proximity_edges(nodes, rng):
    """Relative-neighbourhood graph plus some Gabriel edges (planar)."""
    tri = Delaunay(nodes)
    e = set()
    for s in tri.simplices:
        for a, b in ((s[0], s[1]), (s[1], s[2]), (s[0], s[2])):
            e.add((min(a, b), max(a, b)))
    edges = sorted(e)
    tree = cKDTree(nodes)
    keep = []
    for i, j in edges:
        d = float(np.hypot(*(nodes[i] - nodes[j])))
        ni = set(tree.query_ball_point(nodes[i], d * 0.999999))
        nj = set(tree.query_ball_point(nodes[j], d * 0.999999))
        lune = (ni & nj) - {i, j}
        if not lune:
            keep.append((i, j))
            continue
        mid = (nodes[i] + nodes[j]) / 2.0
        disc = set(tree.query_ball_point(mid, d / 2.0 * 0.999999)) - {i, j}
        if not disc and rng.random() < 0.4:
            keep.append((i, j))
    return keep


def filter_edges(nodes, edges, barrier):
    """Drop edges that are too long or cross the river, parks or bypass."""
    a = nodes[[i for i, _ in edges]]
    b = nodes[[j for _, j in edges]]
    length = np.hypot(*(a - b).T)
    mid = (a + b) / 2.0
    limit = np.minimum(2.4 * street_spacing(mid[:, 0], mid[:, 1]), 260.0)
    geoms = shapely.linestrings(np.stack([a, b], axis=1))
    crosses = shapely.intersects(barrier, geoms)
    ok = (length <= limit) & ~crosses
    return [e for e, k in zip(edges, ok) if k]


def thin_edges(nodes, edges, rng):
    """Remove edges at busy junctions and make cul-de-sacs, keeping loops local.

    Delaunay-based graphs have too many four- and five-way junctions; real
    streets meet mostly in threes and end in cul-de-sacs in the suburbs.
    """
    adj = defaultdict(set)
    for i, j in edges:
        adj[i].add(j)
        adj[j].add(i)
    removed = set()
    for k in rng.permutation(len(edges)):
        i, j = edges[k]
        lo, hi = sorted((len(adj[i]), len(adj[j])))
        if lo < 2:
            continue
        p = 0.75 if lo >= 4 else 0.55 if hi >= 5 else 0.3 if hi >= 4 else 0.1
        mid = (nodes[i] + nodes[j]) / 2.0
        if math.hypot(mid[0] - CENTRE[0], mid[1] - CENTRE[1]) < 900:
            p *= 0.5
        if rng.random() >= p:
            continue
        adj[i].discard(j)
        adj[j].discard(i)
        if _hop_connected(adj, i, j, 12):
            removed.add(k)
        else:
            adj[i].add(j)
            adj[j].add(i)
    return [e for k, e in enumerate(edges) if k not in removed]


def _hop_connected(adj, a, b, max_hops):
    """Breadth-first search: is b within ``max_hops`` of a?"""
    frontier, seen = {a}, {a}
    for _ in range(max_hops):
        nxt = set()
        for n in frontier:
            for m in adj[n]:
                if m == b:
                    return True
                if m not in seen:
                    seen.add(m)
                    nxt.add(m)
        frontier = nxt
        if not frontier:
            return False
    return False


def build_strokes(nodes, edges):
    """Group edges into 'streets' that continue straight through junctions."""
    inc = defaultdict(list)
    for k, (i, j) in enumerate(edges):
        inc[i].append(k)
        inc[j].append(k)
    link = {}
    for n in sorted(inc):
        es = inc[n]
        pairs = []
        for a, b in combinations(es, 2):
            va = nodes[_other(edges[a], n)] - nodes[n]
            vb = nodes[_other(edges[b], n)] - nodes[n]
            cosang = np.dot(va, vb) / (np.linalg.norm(va) * np.linalg.norm(vb))
            deflection = math.pi - math.acos(max(-1.0, min(1.0, cosang)))
            if deflection < 0.7:
                pairs.append((deflection, a, b))
        used = set()
        for _d, a, b in sorted(pairs):
            if a not in used and b not in used:
                link[(n, a)] = b
                link[(n, b)] = a
                used.update((a, b))
    stroke = [-1] * len(edges)
    sid = 0
    for k in range(len(edges)):
        if stroke[k] >= 0:
            continue
        stroke[k] = sid
        for end in edges[k]:
            cur, node = k, end
            while (node, cur) in link:
                nxt = link[(node, cur)]
                if stroke[nxt] >= 0:
                    break
                stroke[nxt] = sid
                node, cur = _other(edges[nxt], node), nxt
        sid += 1
    return stroke


def _other(edge, n):
    """The endpoint of ``edge`` that is not ``n``."""
    return edge[1] if edge[0] == n else edge[0]


NAME_STEMS = [
    "Ash",
    "Beech",
    "Birch",
    "Cedar",
    "Elm",
    "Hazel",
    "Holly",
    "Larch",
    "Maple",
    "Oak",
    "Rowan",
    "Willow",
    "Alder",
    "Yew",
    "Lime",
    "Poplar",
    "Chestnut",
    "Hawthorn",
    "Juniper",
    "Linden",
    "Mill",
    "Church",
    "Chapel",
    "School",
    "Station",
    "Park",
    "Manor",
    "Grange",
    "Abbey",
    "Priory",
    "Market",
    "Ferry",
    "Wharf",
    "Tannery",
    "Brewery",
    "Forge",
    "Kiln",
    "Orchard",
    "Meadow",
    "Brook",
    "Spring",
    "Well",
    "Garden",
    "Vicarage",
    "Rectory",
    "Hill",
    "Ridge",
    "Vale",
    "Dale",
    "Glebe",
    "Heath",
    "Moor",
    "Fen",
    "Marsh",
    "Coppice",
    "Spinney",
    "Warren",
    "Paddock",
    "Croft",
    "Field",
    "Lark",
    "Wren",
    "Swallow",
    "Kestrel",
    "Heron",
    "Kingfisher",
    "Curlew",
    "Plover",
    "Lapwing",
    "Falcon",
    "Nightingale",
    "Thrush",
    "Linnet",
    "Finch",
    "Robin",
    "Victoria",
    "Albert",
    "Alexandra",
    "Windsor",
    "Stanley",
    "Gladstone",
    "Nelson",
    "Wellington",
    "Milton",
    "Shelley",
    "Byron",
    "Tennyson",
    "Keats",
    "Chaucer",
    "Darwin",
    "Faraday",
    "Newton",
    "Brunel",
    "Telford",
    "Bramble",
    "Clover",
    "Foxglove",
    "Heather",
    "Primrose",
    "Bluebell",
    "Cowslip",
    "Teasel",
    "Sorrel",
    "Thistle",
    "Saxon",
    "Norman",
    "Tudor",
    "Elver",
    "Castle",
    "Tanners",
    "Weavers",
    "Coopers",
    "Masons",
    "Drovers",
    "Carters",
    "Fletchers",
    "Dyers",
]
SUFFIX_INNER = ["Street", "Terrace", "Row", "Place", "Road", "Street"]
SUFFIX_SUBURB = ["Drive", "Way", "Crescent", "Gardens", "Grove", "Rise", "Avenue", "Road", "Close"]
SUFFIX_SHORT = ["Close", "Court", "Mews", "Walk", "View"]
SUFFIX_VILLAGE = ["Lane", "Green", "Close", "Row", "End"]


def street_name(rng, used, where, short):
    """A unique invented street name suited to its location."""
    if where == "village":
        pool = SUFFIX_VILLAGE
    elif short:
        pool = SUFFIX_SHORT
    elif where == "inner":
        pool = SUFFIX_INNER
    else:
        pool = SUFFIX_SUBURB
    everything = sorted(set(SUFFIX_INNER + SUFFIX_SUBURB + SUFFIX_SHORT + SUFFIX_VILLAGE))
    for attempt in range(400):
        suffixes = pool if attempt < 100 else everything
        name = f"{NAME_STEMS[rng.integers(len(NAME_STEMS))]} {suffixes[rng.integers(len(suffixes))]}"
        if name not in used:
            used.add(name)
            return name
    raise RuntimeError("ran out of street names")


def village_of(x, y, margin=400.0):
    """Name of the village whose centre is within ``margin`` m, else None."""
    for name, ((vx, vy), _r) in VILLAGES.items():
        if math.hypot(x - vx, y - vy) < margin:
            return name
    return None


def street_attributes(nodes, edges, rng, used_names):
    """Per-edge name, highway, maxspeed and speed from street strokes."""
    stroke = build_strokes(nodes, edges)
    members = defaultdict(list)
    for k, s in enumerate(stroke):
        members[s].append(k)
    length = {s: sum(float(np.hypot(*(nodes[edges[k][0]] - nodes[edges[k][1]]))) for k in ks) for s, ks in members.items()}
    urban_lengths = sorted((length[s] for s, ks in members.items() if len(ks) >= 5), reverse=True)
    cut = urban_lengths[max(0, int(0.07 * len(urban_lengths)) - 1)] if urban_lengths else 1e9
    attrs = [None] * len(edges)
    for s in sorted(members):
        ks = members[s]
        pts = np.array([nodes[n] for k in ks for n in edges[k]])
        cx, cy = pts.mean(axis=0)
        vil = village_of(cx, cy)
        d = math.hypot(cx - CENTRE[0], cy - CENTRE[1])
        where = "village" if vil else ("inner" if d < 1400 else "suburb")
        tertiary = (not vil) and len(ks) >= 5 and length[s] >= cut and d > 600
        if tertiary:
            name = street_name(rng, used_names, "suburb", False).rsplit(" ", 1)[0] + " Road"
            used_names.add(name)
            hw, ms, sp = "tertiary", ("30 mph" if rng.random() < 0.7 else None), 24
        else:
            name = street_name(rng, used_names, where, len(ks) == 1)
            hw = "residential"
            u = rng.random()
            if d < 650:
                ms, sp = ("20 mph" if u < 0.85 else None), 14
            elif vil:
                ms, sp = ("30 mph" if u < 0.4 else None), 20
            elif u < 0.15:
                ms, sp = "20 mph", 15
            elif u < 0.58:
                ms, sp = "30 mph", 20
            else:
                ms, sp = None, 20
        for k in ks:
            attrs[k] = {"name": name, "highway": hw, "maxspeed": ms, "speed_mph": sp}
    return attrs


def edge_geometry(a, b, rng):
    """A street between two junctions, gently bent if long."""
    d = math.hypot(b[0] - a[0], b[1] - a[1])
    if d < 70:
        return LineString([a, b])
    nx, ny = -(b[1] - a[1]) / d, (b[0] - a[0]) / d
    off = rng.normal(0.0, 0.04 * d)
    m = ((a[0] + b[0]) / 2 + nx * off, (a[1] + b[1]) / 2 + ny * off)
    return LineString([a, m, b])


# ---------------------------------------------------------------------------
# Paths, shortcuts and service spurs
# ---------------------------------------------------------------------------


def dead_end_shortcuts(nodes, edges, barrier, rng, max_new=45):
    """Footways joining cul-de-sacs that are far apart by road."""
    n = len(nodes)
    deg = np.zeros(n, int)
    for i, j in edges:
        deg[i] += 1
        deg[j] += 1
    w = [float(np.hypot(*(nodes[i] - nodes[j]))) for i, j in edges]
    g = coo_matrix(
        (w + w, ([i for i, _ in edges] + [j for _, j in edges], [j for _, j in edges] + [i for i, _ in edges])), shape=(n, n)
    ).tocsr()
    dead = np.flatnonzero(deg == 1)
    if len(dead) == 0:
        return []
    dist = dijkstra(g, indices=dead, limit=900.0)
    tree = cKDTree(nodes)
    out, used = [], set()
    for r in rng.permutation(len(dead)):
        a = dead[r]
        for b in tree.query_ball_point(nodes[a], 160.0):
            if b == a or b in used or a in used:
                continue
            straight = float(np.hypot(*(nodes[a] - nodes[b])))
            if straight < 30 or dist[r, b] < 3.0 * straight:
                continue
            line = LineString([nodes[a], nodes[b]])
            if line.intersects(barrier):
                continue
            out.append(line)
            used.update((a, b))
            break
        if len(out) >= max_new:
            break
    return out


def service_spurs(nodes, edges, allowed, rng, count=25):
    """Short private/service access roads off residential streets."""
    inc = defaultdict(list)
    for i, j in edges:
        inc[i].append(j)
        inc[j].append(i)
    out = []
    for n in rng.permutation(len(nodes)):
        if len(out) >= count:
            break
        if not 1 <= len(inc[n]) <= 3:
            continue
        p = nodes[n]
        if math.hypot(p[0] - CENTRE[0], p[1] - CENTRE[1]) < 700:
            continue
        angs = sorted(math.atan2(*(nodes[m] - p)[::-1]) for m in inc[n])
        gaps = [((angs[(k + 1) % len(angs)] - angs[k]) % (2 * math.pi) or 2 * math.pi, angs[k]) for k in range(len(angs))]
        gap, start = max(gaps)
        if gap < 1.6:
            continue
        a = start + gap / 2.0
        length = rng.uniform(45.0, 70.0)
        q = (p[0] + length * math.cos(a), p[1] + length * math.sin(a))
        line = LineString([tuple(p), q])
        if not allowed.contains(line):
            continue
        out.append(line)
    return out


def park_paths(nodes, parks, rng, per_park=3):
    """Footpaths across parks between streets on opposite sides."""
    out = []
    for pname in ("Castle Park", "Elver Common"):
        park = parks[pname]
        c = park.centroid
        ring = park.buffer(150.0).difference(park.buffer(5.0))
        idx = [k for k in range(len(nodes)) if ring.contains(Point(nodes[k]))]
        ang = {k: math.atan2(nodes[k][1] - c.y, nodes[k][0] - c.x) for k in idx}
        made = 0
        for k in rng.permutation(idx) if idx else []:
            if made >= per_park:
                break
            opp = [m for m in idx if abs(((ang[m] - ang[k]) + math.pi) % (2 * math.pi) - math.pi) > 2.4]
            if not opp:
                continue
            m = opp[rng.integers(len(opp))]
            out.append((pname, LineString([nodes[k], nodes[m]])))
            made += 1
    return out


def riverside_connectors(way_coords, nodes, rng):
    """Footways from the riverside path up to the nearest street."""
    north = is_north(nodes[:, 0], nodes[:, 1])
    tree = cKDTree(nodes)
    out = []
    for x in np.arange(447900.0, 452300.0, 380.0):
        p = (x, float(river_y(x)) + 50.0)
        q = insert_vertex(way_coords, p)
        dists, ks = tree.query(q, k=8)
        for d, k in zip(dists, ks):
            if north[k] and 20.0 < d < 260.0:
                out.append(LineString([q, tuple(nodes[k])]))
                break
    return out


def footbridge(way_coords, nodes, x=448900.0):
    """The footbridge: from the riverside path across to a south-bank street."""
    q = insert_vertex(way_coords, (x, float(river_y(x)) + 50.0))
    south = ~is_north(nodes[:, 0], nodes[:, 1])
    target = np.array([x, float(river_y(x)) - 90.0])
    d = np.hypot(*(nodes - target).T)
    d[~south] = np.inf
    k = int(np.argmin(d))
    return LineString([q, tuple(nodes[k])])


# ---------------------------------------------------------------------------
# Noding and cleaning
# ---------------------------------------------------------------------------


def node_sources(sources, cutters):
    """Split all source lines at every intersection and re-attach attributes.

    ``sources`` is a list of (LineString, attribute dict) in priority order;
    ``cutters`` are lines that only add split points (river banks).
    Returns a list of (LineString piece, attribute dict).
    """
    geoms = [g for g, _ in sources] + list(cutters)
    noded = shapely.node(shapely.GeometryCollection(geoms))
    pieces = list(noded.geoms)
    tree = shapely.STRtree(geoms)
    mids = shapely.line_interpolate_point(pieces, 0.5, normalized=True)
    pi, si = tree.query(mids, predicate="dwithin", distance=1e-3)
    best = {}
    for p, s in zip(pi, si):
        if s < len(sources) and (p not in best or s < best[p]):
            best[p] = s
    return [(pieces[p], sources[s][1]) for p, s in sorted(best.items())]


def round_line(line):
    """Round coordinates to the centimetre (shared vertices stay shared)."""
    return LineString(np.round(np.asarray(line.coords), 2))


def node_keys(pieces):
    """Endpoint node ids of each piece and the number of nodes."""
    ids = {}
    uv = []
    for g, _a in pieces:
        c = g.coords
        ends = []
        for p in (c[0], c[-1]):
            key = (round(p[0], 2), round(p[1], 2))
            ends.append(ids.setdefault(key, len(ids)))
        uv.append(ends)
    return np.array(uv, dtype=int).reshape(-1, 2), len(ids)


def largest_component_mask(uv, n, usable):
    """Mask of usable pieces in the largest connected component."""
    idx = np.flatnonzero(usable)
    if len(idx) == 0:
        return usable
    m = coo_matrix((np.ones(len(idx)), (uv[idx, 0], uv[idx, 1])), shape=(n, n))
    _nc, lab = connected_components(m, directed=False)
    counts = np.bincount(lab[uv[idx, 0]], minlength=lab.max() + 1)
    main = np.argmax(counts)
    keep = np.zeros(len(uv), bool)
    keep[idx] = lab[uv[idx, 0]] == main
    return keep


def prune_network(pieces):
    """Keep only the main drive and walk components (iterate to a fixpoint)."""
    while True:
        uv, n = node_keys(pieces)
        hw = np.array([a["highway"] for _g, a in pieces])
        drive = np.isin(hw, DRIVE_HIGHWAYS)
        walk = hw != "trunk"
        keep_d = largest_component_mask(uv, n, drive)
        keep_w = largest_component_mask(uv, n, walk)
        keep = np.where(drive, keep_d, True) & np.where(walk, keep_w, True)
        if keep.all():
            return pieces
        pieces = [p for p, k in zip(pieces, keep) if k]


def strongly_connected(pieces, oneway):
    """Is the drive network strongly connected given oneway values?"""
    uv, n = node_keys(pieces)
    rows, cols = [], []
    for (u, v), (_g, a), ow in zip(uv, pieces, oneway):
        if a["highway"] not in DRIVE_HIGHWAYS:
            continue
        if ow != "-1":
            rows.append(u)
            cols.append(v)
        if ow != "yes":
            rows.append(v)
            cols.append(u)
    used = np.unique(np.array(rows + cols))
    m = coo_matrix((np.ones(len(rows)), (rows, cols)), shape=(n, n))
    _nc, lab = connected_components(m, directed=True, connection="strong")
    return len(np.unique(lab[used])) == 1


def assign_oneway(pieces, rng, wanted=7):
    """A handful of one-way streets in the centre (one tagged '-1')."""
    oneway = [("no" if a["highway"] == "primary" else None) for _g, a in pieces]
    uv, n = node_keys(pieces)
    drive = [a["highway"] in DRIVE_HIGHWAYS for _g, a in pieces]
    deg = np.bincount(uv[np.array(drive)].ravel(), minlength=n)
    cands = []
    for k, (g, a) in enumerate(pieces):
        c = g.centroid
        if (
            a["highway"] in ("residential", "tertiary")
            and g.length > 40
            and math.hypot(c.x - CENTRE[0], c.y - CENTRE[1]) < 800
            and deg[uv[k, 0]] >= 3
            and deg[uv[k, 1]] >= 3
        ):
            cands.append(k)
    done = []
    for k in rng.permutation(cands):
        if len(done) >= wanted:
            break
        trial = list(oneway)
        trial[k] = "-1" if not done else "yes"
        if strongly_connected(pieces, trial):
            oneway = trial
            done.append(int(k))
    return oneway


# ---------------------------------------------------------------------------
# Road network assembly
# ---------------------------------------------------------------------------


def build_network(rng, district, river_centre, river_poly, parks):
    """Everything about roads: returns pieces with attributes and facts."""
    mains = build_main_roads(district)
    way = riverside_way(river_centre)
    bypass = mains["Elverstowe Bypass"]["geom"]
    others = unary_union([r["geom"] for n, r in mains.items() if n != "Elverstowe Bypass"])
    retail = box(452200, 209950, 452800, 210330)
    urban = superellipse(450050.0, 210050.0, 2850.0, 2450.0, 2.6, [(0.05, 3, 1.3), (0.03, 4, 0.2), (0.02, 7, 2.2)])
    settled = unary_union([urban] + [Point(c).buffer(r) for c, r in VILLAGES.values()])
    excluded = unary_union(
        [
            river_centre.buffer(70.0),
            bypass.buffer(90.0),
            others.buffer(28.0),
            LineString(way).buffer(25.0),
            retail.buffer(20.0),
            *[p.buffer(15.0) for p in parks.values()],
        ]
    )
    allowed = settled.intersection(district.buffer(-60.0)).difference(excluded)
    nodes = sample_street_nodes(rng, allowed)
    barrier = unary_union([river_poly.buffer(25.0), bypass.buffer(40.0), retail, *parks.values()])
    edges = filter_edges(nodes, proximity_edges(nodes, rng), barrier)
    edges = thin_edges(nodes, edges, rng)
    used_names = set(mains)
    attrs = street_attributes(nodes, edges, rng, used_names)

    sources = []
    flyover = _main_sources(mains, sources)
    for (i, j), a in zip(edges, attrs):
        sources.append((edge_geometry(tuple(nodes[i]), tuple(nodes[j]), rng), a))
    foot = {"highway": "footway", "name": None, "maxspeed": None, "speed_mph": None}
    for line in dead_end_shortcuts(nodes, edges, unary_union([river_poly.buffer(25.0), bypass.buffer(40.0)]), rng):
        sources.append((line, dict(foot)))
    for line in service_spurs(nodes, edges, allowed, rng):
        sources.append((line, {"highway": "service", "name": None, "maxspeed": None, "speed_mph": 10}))
    for pname, line in park_paths(nodes, parks, rng):
        hw = "path" if pname == "Elver Common" else "footway"
        sources.append((line, dict(foot, highway=hw, name=f"{pname} Walk" if hw == "footway" else None)))
    for line in riverside_connectors(way, nodes, rng):
        sources.append((line, dict(foot)))
    fb = footbridge(way, nodes)
    sources.append((fb, dict(foot, name="Meadows Footbridge")))
    sources.append((LineString(way), dict(foot, highway="cycleway", name="Riverside Way")))
    cutters = lines_parts(river_poly.buffer(6.0).boundary)
    pieces = node_sources(sources, cutters)
    pieces.append(flyover)
    bridge_zone = river_poly.buffer(6.0)
    cleaned = []
    for g, a in pieces:
        a = dict(a)
        a["bridge"] = a.get("bridge") or ("yes" if bridge_zone.contains(g.interpolate(0.5, normalized=True)) else None)
        a.setdefault("layer", None)
        g = round_line(g)
        if g.length > 0.005:
            cleaned.append((g, a))
    cleaned = prune_network(cleaned)
    cleaned = [(g, _speed_limits(g, a)) for g, a in cleaned]
    oneway = assign_oneway(cleaned, rng)
    facts = _network_facts(mains, fb, flyover, river_centre)
    return cleaned, oneway, nodes, facts


def _main_sources(mains, sources):
    """Add designed roads to ``sources``; returns the flyover piece."""
    byp = mains["Elverstowe Bypass"]["geom"]
    lane = mains["Coldharbour Lane"]["geom"]
    x = byp.intersection(lane)
    d0 = byp.project(x)
    parts = [substring(byp, 0.0, d0 - 70.0), substring(byp, d0 + 70.0, byp.length)]
    fly = substring(byp, d0 - 70.0, d0 + 70.0)
    base = {"maxspeed": None, "speed_mph": None}
    for name, r in mains.items():
        geoms = parts if name == "Elverstowe Bypass" else lines_parts(r["geom"])
        for g in geoms:
            sources.append((g, dict(base, name=name, highway=r["highway"])))
    fly_attrs = dict(base, name="Elverstowe Bypass", highway="trunk", bridge="yes", layer=1)
    return fly, fly_attrs


def _speed_limits(g, a):
    """Fill maxspeed / speed_mph for designed roads by class and location."""
    a = dict(a)
    hw = a["highway"]
    c = g.interpolate(0.5, normalized=True)
    d = math.hypot(c.x - CENTRE[0], c.y - CENTRE[1])
    if hw == "trunk":
        a["maxspeed"], a["speed_mph"] = "60 mph", 55
    elif hw == "primary":
        a["maxspeed"], a["speed_mph"] = ("40 mph", 35) if d > 1900 else ("30 mph", 27)
    elif hw == "secondary" and a["speed_mph"] is None:
        a["maxspeed"], a["speed_mph"] = ("20 mph", 15) if a["name"] == "High Street" else ("30 mph", 25)
    elif hw == "tertiary" and a["speed_mph"] is None:
        a["maxspeed"], a["speed_mph"] = ("20 mph", 15) if d < 500 else ("30 mph", 24)
    elif hw == "unclassified" and a["speed_mph"] is None:
        a["maxspeed"] = "60 mph" if a["name"] in ("Fenny Lane", "Hollow Lane") else None
        a["speed_mph"] = 30
    elif hw == "service" and a["speed_mph"] is None:
        a["speed_mph"] = 10
    return a


def _network_facts(mains, fb, flyover, river_centre):
    """Bridges, flyover and test point pairs for PLANTED."""
    bridges = []
    for name in ("Mill Road", "Bridge Street", "Elverstowe Bypass"):
        p = mains[name]["geom"].intersection(river_centre)
        bridges.append({"road": name, "highway": mains[name]["highway"], "point": [round(p.x, 2), round(p.y, 2)]})
    fp = fb.intersection(river_centre)
    fly_g, _a = flyover
    cross = fly_g.intersection(mains["Coldharbour Lane"]["geom"])

    def pair(x, off):
        y = float(river_y(x))
        return {"north": [x, round(y + off, 2)], "south": [x, round(y - off, 2)], "straight_m": round(2 * off, 2)}

    return {
        "bridges": bridges,
        "footbridge": {"name": "Meadows Footbridge", "highway": "footway", "point": [round(fp.x, 2), round(fp.y, 2)]},
        "flyover": {
            "over_road": "Elverstowe Bypass",
            "over_highway": "trunk",
            "under_road": "Coldharbour Lane",
            "under_highway": "unclassified",
            "point": [round(cross.x, 2), round(cross.y, 2)],
            "note": "bridge=yes, layer=1; no shared vertex",
        },
        "river_facing_points": pair(452000.0, 150.0),
        "footbridge_facing_points": pair(float(round(fp.x)), 150.0),
    }


# ---------------------------------------------------------------------------
# Wards
# ---------------------------------------------------------------------------


def make_wards(rng, district, river_centre):
    """~15 wards tiling the district, following the river, irregular edges."""
    minx, miny, maxx, maxy = district.bounds
    gx, gy = np.meshgrid(np.arange(minx, maxx + 150, 150.0), np.arange(miny, maxy + 150, 150.0))
    pts = np.column_stack([gx.ravel(), gy.ravel()]) + rng.uniform(-55, 55, (gx.size, 2))
    cells = voronoi_diagram(shapely.multipoints(pts), envelope=district.buffer(500))
    xs = np.arange(minx - 600, maxx + 601, 20.0)
    north_poly = Polygon([(minx - 600, maxy + 600), *zip(xs, river_y(xs))][::-1] + [(maxx + 600, maxy + 600)])
    sides = {True: district.intersection(north_poly), False: district.difference(north_poly)}
    seeds = np.array([w[0] for w in WARDS], float)
    seed_north = is_north(seeds[:, 0], seeds[:, 1])
    parts = defaultdict(list)
    for side, region in sides.items():
        pieces = shapely.intersection(np.array(cells.geoms), region)
        cands = np.flatnonzero(seed_north == side)
        for g in pieces:
            if g.is_empty or g.area <= 0:
                continue
            c = g.representative_point()
            d = np.hypot(seeds[cands, 0] - c.x, seeds[cands, 1] - c.y)
            parts[int(cands[np.argmin(d)])].append(g)
    wards = []
    for k, (_seed, name) in enumerate(WARDS):
        geom = unary_union(parts[k])
        polys = [p for p in getattr(geom, "geoms", [geom]) if p.geom_type == "Polygon"]
        wards.append({"ward_code": f"E05999{k + 1:03d}", "ward_name": name, "geom": MultiPolygon(polys)})
    return wards


# ---------------------------------------------------------------------------
# Postcodes and residents
# ---------------------------------------------------------------------------


def place_postcodes(rng, pieces, river_poly, parks, district, n=N_POSTCODES):
    """Postcode points beside residential streets, at least 28 m apart."""
    elig = []
    for g, a in pieces:
        hw = a["highway"]
        c = g.interpolate(0.5, normalized=True)
        if a["bridge"] or hw not in ("residential", "tertiary", "secondary", "primary", "unclassified"):
            continue
        if hw in ("unclassified", "primary") and not (
            village_of(c.x, c.y, 350) or math.hypot(c.x - CENTRE[0], c.y - CENTRE[1]) < 2300
        ):
            continue
        elig.append(g)
    lengths = np.array([g.length for g in elig])
    trunk = unary_union([g for g, a in pieces if a["highway"] == "trunk"])
    retail = box(452200, 209950, 452800, 210330)
    bad = unary_union([river_poly.buffer(25.0), trunk.buffer(45.0), retail.buffer(10.0), *parks.values()])
    m = 40000
    k = rng.choice(len(elig), size=m, p=lengths / lengths.sum())
    t = rng.uniform(0.05, 0.95, m)
    side = rng.choice([-1.0, 1.0], m)
    off = rng.uniform(12.0, 28.0, m)
    arr = np.array(elig, dtype=object)[k]
    lens = lengths[k]
    p0 = shapely.get_coordinates(shapely.line_interpolate_point(arr, t * lens))
    p1 = shapely.get_coordinates(shapely.line_interpolate_point(arr, np.minimum(t * lens + 1.0, lens)))
    tan = p1 - p0
    tan /= np.maximum(np.hypot(*tan.T), 1e-9)[:, None]
    pts = p0 + np.column_stack([-tan[:, 1], tan[:, 0]]) * (side * off)[:, None]
    ok = ~shapely.contains_xy(bad, pts[:, 0], pts[:, 1])
    ok &= shapely.contains_xy(district.buffer(-30.0), pts[:, 0], pts[:, 1])
    return _min_distance_subset(pts[ok], 28.0, n)


def _min_distance_subset(pts, dmin, n):
    """First ``n`` points (in order) that keep ``dmin`` from those accepted."""
    grid = defaultdict(list)
    acc = []
    for x, y in pts:
        cx, cy = int(x // dmin), int(y // dmin)
        if all(
            (acc[k][0] - x) ** 2 + (acc[k][1] - y) ** 2 >= dmin * dmin
            for i in range(cx - 1, cx + 2)
            for j in range(cy - 1, cy + 2)
            for k in grid.get((i, j), ())
        ):
            grid[(cx, cy)].append(len(acc))
            acc.append((x, y))
            if len(acc) >= n:
                break
    return np.round(np.array(acc), 1)


def assign_segments(rng, pts):
    """Group by (noisy, weighted) nearest neighbourhood; type by sub-area."""
    nb = np.array([(x, y, w) for x, y, _g, w in NEIGHBOURHOODS], float)
    groups = [g for _x, _y, g, _w in NEIGHBOURHOODS]
    nb_north = is_north(nb[:, 0], nb[:, 1])
    pt_north = is_north(pts[:, 0], pts[:, 1])
    d = np.hypot(pts[:, None, 0] - nb[None, :, 0], pts[:, None, 1] - nb[None, :, 1])
    score = d / nb[None, :, 2] * np.exp(rng.normal(0.0, 0.10, d.shape))
    score[pt_north[:, None] != nb_north[None, :]] = np.inf
    which = np.argmin(score, axis=1)
    # Sub-areas: three points per neighbourhood with a favoured type.
    subs = []
    for k, g in enumerate(groups):
        types = GROUP_TYPES[g]
        for _ in range(3):
            off = rng.normal(0.0, 280.0, 2)
            subs.append((k, nb[k, 0] + off[0], nb[k, 1] + off[1], types[rng.integers(len(types))]))
    seg = []
    for p, k in zip(pts, which):
        g = groups[k]
        mine = [s for s in subs if s[0] == k]
        near = min(mine, key=lambda s: (s[1] - p[0]) ** 2 + (s[2] - p[1]) ** 2)
        if rng.random() < 0.68:
            seg.append(near[3])
        else:
            seg.append(GROUP_TYPES[g][rng.integers(len(GROUP_TYPES[g]))])
    return seg


def households_population(rng, segments):
    """Households (mostly 5-40) and population from segment profiles."""
    hh, pop = [], []
    for s in segments:
        mean, size = GROUP_PROFILE[s[0]][:2]
        h = int(max(1, min(90, round(rng.gamma(3.0, mean / 3.0)))))
        persons = h * size * math.exp(rng.normal(0.0, 0.07))
        hh.append(h)
        pop.append(max(h, int(round(persons))))
    return np.array(hh), np.array(pop)


def postcode_strings(rng, pts):
    """Unique fictional postcodes 'ZZd sLL' grouped spatially."""
    letters = "ABDEFGHJLNPQRSTUWXYZ"
    pairs = [a + b for a in letters for b in letters]
    north = is_north(pts[:, 0], pts[:, 1])
    dist = np.array(["" for _ in pts], dtype=object)
    for i, (x, y) in enumerate(pts):
        if math.hypot(x - CENTRE[0], y - CENTRE[1]) < 750:
            dist[i] = "ZZ1"
        elif village_of(x, y, 600):
            dist[i] = "ZZ6"
        elif north[i]:
            dist[i] = "ZZ2" if x < CENTRE[0] else "ZZ3"
        else:
            dist[i] = "ZZ4" if x < 450300 else "ZZ5"
    codes = np.array(["" for _ in pts], dtype=object)
    for dcode in sorted(set(dist)):
        idx = np.flatnonzero(dist == dcode)
        c = pts[idx].mean(axis=0)
        ang = np.arctan2(pts[idx, 1] - c[1], pts[idx, 0] - c[0])
        order = idx[np.argsort(ang, kind="stable")]
        nsec = int(math.ceil(len(order) / 380.0))
        for s, chunk in enumerate(np.array_split(order, nsec)):
            units = rng.permutation(len(pairs))[: len(chunk)]
            for i, u in zip(chunk, units):
                codes[i] = f"{dcode} {s + 1}{pairs[u]}"
    return list(codes)


def ward_of_points(wards, pts):
    """Ward code containing each point."""
    out = np.array([None] * len(pts), dtype=object)
    for w in wards:
        inside = shapely.contains_xy(w["geom"], pts[:, 0], pts[:, 1])
        out[inside & (out == None)] = w["ward_code"]  # noqa: E711
    return list(out)


def in_circle(pts, spec):
    """Mask of points within a planted circle {'centre', 'radius_m'}."""
    cx, cy = spec["centre"]
    return np.hypot(pts[:, 0] - cx, pts[:, 1] - cy) <= spec["radius_m"]


# ---------------------------------------------------------------------------
# Tables: clients, survey, incidents
# ---------------------------------------------------------------------------

UNKNOWN_POSTCODES = ["ZZ9 9ZZ", "N/A", "", None, "ZZ9 1AB", "unknown", "ZZ3 7Q", "NFA", "ZZ99 9ZZ", "zz9 4xy", "none", "ZZ8 0AA"]


def write_postcode_like_people(rng, pc):
    """A postcode as people write it: mostly tidy, sometimes not."""
    u = rng.random()
    if u < 0.80:
        return pc
    if u < 0.88:
        return pc.lower()
    if u < 0.95:
        return pc.replace(" ", "")
    return " " + pc.replace(" ", "  ") + " "


def random_dates(rng, n, start=datetime.date(2025, 4, 1), days=365):
    """ISO dates uniformly spread over a year from ``start``."""
    off = rng.integers(0, days, n)
    return [(start + datetime.timedelta(days=int(o))).isoformat() for o in off]


def make_clients(rng, pcodes, segments, hh, unknown_share=0.03):
    """Stop-smoking clients over-representing some groups."""
    prop = np.array([GROUP_PROFILE[s[0]][2] for s in segments])
    w = hh * prop
    pick = rng.choice(len(pcodes), size=N_CLIENTS, p=w / w.sum())
    dates = sorted(random_dates(rng, N_CLIENTS))
    n_unknown = int(round(unknown_share * N_CLIENTS))
    unknown = set(rng.choice(N_CLIENTS, size=n_unknown, replace=False).tolist())
    services = ["Stop smoking - pharmacy", "Stop smoking - clinic", "Stop smoking - telephone support"]
    rows = []
    for i in range(N_CLIENTS):
        if i in unknown:
            text = UNKNOWN_POSTCODES[rng.integers(len(UNKNOWN_POSTCODES))]
        else:
            text = write_postcode_like_people(rng, pcodes[pick[i]])
        svc = services[rng.choice(3, p=[0.5, 0.3, 0.2])]
        rows.append({"client_id": 10001 + i, "postcode": text, "service": svc, "referral_date": dates[i]})
    return rows


def make_survey(rng, pcodes, segments, hh, pts, unknown_share=0.015):
    """Residents' survey with a fear cluster and a high-return area."""
    fear = in_circle(pts, PLANTED["fear_cluster"])
    high = in_circle(pts, PLANTED["high_return_area"])
    rate = np.where(high, SURVEY_RATE * PLANTED["high_return_area"]["return_rate_multiplier"], SURVEY_RATE)
    n = rng.binomial(hh, rate)
    rows = []
    for i in np.flatnonzero(n):
        g = segments[i][0]
        if fear[i]:
            p_unsafe = PLANTED["fear_cluster"]["unsafe_probability"]
        elif high[i]:
            p_unsafe = PLANTED["high_return_area"]["unsafe_probability"]
        else:
            p_unsafe = GROUP_PROFILE[g][3]
        ages = np.array(AGE_WEIGHTS[GROUP_AGE[g]], float)
        for _ in range(n[i]):
            if rng.random() < p_unsafe:
                answer = "Very unsafe" if rng.random() < 0.35 else "Fairly unsafe"
            else:
                answer = "Very safe" if rng.random() < 0.35 else "Fairly safe"
            age = AGE_BANDS[rng.choice(7, p=ages / ages.sum())]
            rows.append({"postcode": pcodes[i], "feel_safe": answer, "age_band": age})
    order = rng.permutation(len(rows))
    rows = [rows[k] for k in order]
    n_unknown = int(round(unknown_share * len(rows)))
    unknown = set(rng.choice(len(rows), size=n_unknown, replace=False).tolist())
    for i, r in enumerate(rows):
        r["response_id"] = i + 1
        if i in unknown:
            r["postcode"] = UNKNOWN_POSTCODES[rng.integers(len(UNKNOWN_POSTCODES))]
        else:
            r["postcode"] = write_postcode_like_people(rng, r["postcode"])
    return rows


CATEGORY_MIX = {
    "background": {
        "Violence and sexual offences": 22,
        "Burglary": 12,
        "Criminal damage and arson": 14,
        "Vehicle crime": 12,
        "Anti-social behaviour": 34,
        "Shoplifting": 6,
    },
    "Town centre night-time economy": {
        "Violence and sexual offences": 45,
        "Criminal damage and arson": 12,
        "Anti-social behaviour": 33,
        "Shoplifting": 10,
    },
    "Kingsmead Retail Park": {
        "Shoplifting": 55,
        "Vehicle crime": 25,
        "Anti-social behaviour": 12,
        "Violence and sexual offences": 8,
    },
    "Southbank estate": {
        "Anti-social behaviour": 45,
        "Criminal damage and arson": 25,
        "Burglary": 15,
        "Violence and sexual offences": 15,
    },
}


def _categories(rng, source, n):
    """Draw ``n`` incident categories from the mix of ``source``."""
    mix = CATEGORY_MIX[source]
    names = sorted(mix)
    w = np.array([mix[k] for k in names], float)
    return [names[k] for k in rng.choice(len(names), size=n, p=w / w.sum())]


def make_incidents(rng, pts, segments, pop, river_poly):
    """Crime/ASB points: background by population plus planted hot spots."""
    crime = np.array([GROUP_PROFILE[s[0]][4] for s in segments])
    fear = in_circle(pts, PLANTED["fear_cluster"])
    w = pop * crime * np.where(fear, PLANTED["fear_cluster"]["incident_rate_multiplier"], 1.0)
    nb = PLANTED["background_incidents"]
    pick = rng.choice(len(pts), size=nb, p=w / w.sum())
    xy = [pts[pick] + rng.normal(0.0, 35.0, (nb, 2))]
    cats = _categories(rng, "background", nb)
    for h in PLANTED["incident_hotspots"]:
        xy.append(np.array(h["centre"]) + rng.normal(0.0, h["sigma_m"], (h["incidents"], 2)))
        cats += _categories(rng, h["name"], h["incidents"])
    xy = np.vstack(xy)
    wet = shapely.contains_xy(river_poly.buffer(5.0), xy[:, 0], xy[:, 1])
    while wet.any():
        xy[wet, 1] += np.where(is_north(xy[wet, 0], xy[wet, 1]), 30.0, -30.0)
        wet = shapely.contains_xy(river_poly.buffer(5.0), xy[:, 0], xy[:, 1])
    dates = random_dates(rng, len(xy), start=datetime.date(2025, 3, 1), days=420)
    order = sorted(range(len(xy)), key=lambda k: (dates[k], k))
    rows = []
    for i, k in enumerate(order):
        cat = cats[k]
        rows.append(
            {
                "incident_id": i + 1,
                "category": cat,
                "incident_type": "asb" if cat == "Anti-social behaviour" else "crime",
                "incident_date": dates[k],
                "geom": Point(round(xy[k, 0], 1), round(xy[k, 1], 1)),
            }
        )
    return rows


# ---------------------------------------------------------------------------
# Candidate sites and facilities
# ---------------------------------------------------------------------------

ANCHOR_SITES = [
    # name, owner, x, y, required, capacity, current facility
    ("Elverstowe Civic Centre", "council", 450150, 210280, 1, 18000, True),
    ("Elverstowe Central Library", "library", 449850, 210120, 0, 6000, True),
    ("Elverstowe Police Station", "police", 450420, 210450, 1, 12000, True),
    ("Northgate Community Centre", "council", 450250, 211500, 0, 7000, True),
    ("Westgate Health Centre", "health", 448300, 210500, 0, 9000, True),
    ("Eastgate Family Hub", "council", 451300, 210350, 0, 6000, True),
    ("Elverstowe Fire Station", "fire", 450700, 209950, 0, 8000, False),
    ("Southbank Library", "library", 450450, 208600, 0, 4500, False),
    ("Elverstowe Community Hospital", "health", 451500, 211100, 0, 14000, False),
    ("Abbotsmere Community Centre", "council", 448300, 208300, 0, 6500, False),
]
SITE_KINDS = {
    "council": [
        "Community Centre",
        "Children's Centre",
        "Youth Centre",
        "Family Hub",
        "Council Offices",
        "Leisure Centre",
        "Community Hall",
        "Day Centre",
    ],
    "police": ["Police Office", "Neighbourhood Policing Base", "Police Post"],
    "health": ["Health Centre", "Medical Practice", "Surgery", "Clinic", "Pharmacy Hub"],
    "fire": ["Community Fire Station", "Fire Station"],
    "library": ["Library", "Library and Information Point"],
}
SITE_CAPACITY = {
    "council": (2500, 8000),
    "police": (5000, 12000),
    "health": (4000, 12000),
    "fire": (3000, 8000),
    "library": (2000, 6000),
}


def snap_near_road(p, road_tree, road_geoms, rng):
    """Move a point so that it lies 12-35 m from the nearest drivable road."""
    pt = Point(p)
    g = road_geoms[road_tree.nearest(pt)]
    q = g.interpolate(g.project(pt))
    d = pt.distance(q)
    want = rng.uniform(12.0, 35.0)
    if d < 1e-6:
        return (round(q.x + want, 1), round(q.y, 1))
    f = want / d
    return (round(q.x + (pt.x - q.x) * f, 1), round(q.y + (pt.y - q.y) * f, 1))


def make_sites(rng, pieces, river_poly, parks):
    """~150 public buildings, denser in the centre, beside drivable roads."""
    drive = [g for g, a in pieces if a["highway"] in DRIVE_HIGHWAYS and a["highway"] != "trunk" and not a["bridge"]]
    tree = shapely.STRtree(drive)
    names = {a["name"] for _g, a in pieces if a["name"]}
    bad = unary_union([river_poly.buffer(10.0), *parks.values()])
    sites = []
    for name, owner, x, y, req, cap, fac in ANCHOR_SITES:
        sites.append(
            {
                "name": name,
                "owner": owner,
                "required": req,
                "capacity": cap,
                "facility": fac,
                "xy": snap_near_road((x, y), tree, drive, rng),
            }
        )
    used = {s["name"] for s in sites}
    owners = ["council", "health", "library", "police", "fire"]
    lengths = np.array([g.length for g in drive])
    cent = shapely.get_coordinates(shapely.centroid(drive))
    dc = np.hypot(cent[:, 0] - CENTRE[0], cent[:, 1] - CENTRE[1])
    w = lengths * (np.exp(-dc / 1100.0) + 0.25)
    tries = 0
    while len(sites) < N_SITES and tries < 20000:
        tries += 1
        g = drive[rng.choice(len(drive), p=w / w.sum())]
        q = g.interpolate(rng.uniform(0, g.length))
        xy = snap_near_road((q.x + rng.normal(0, 20), q.y + rng.normal(0, 20)), tree, drive, rng)
        if bad.contains(Point(xy)) or any(math.hypot(xy[0] - s["xy"][0], xy[1] - s["xy"][1]) < 90 for s in sites):
            continue
        owner = owners[rng.choice(5, p=[0.45, 0.25, 0.12, 0.10, 0.08])]
        road = tree.nearest(Point(xy))
        locality = _locality(xy, pieces, road, drive, names)
        kind = SITE_KINDS[owner][rng.integers(len(SITE_KINDS[owner]))]
        name = f"{locality} {kind}"
        if name in used:
            continue
        used.add(name)
        lo, hi = SITE_CAPACITY[owner]
        sites.append(
            {
                "name": name,
                "owner": owner,
                "required": 0,
                "capacity": int(round(rng.uniform(lo, hi) / 250.0) * 250),
                "facility": False,
                "xy": xy,
            }
        )
    return sites


def _locality(xy, pieces, road, drive, names):
    """Name a site after its village, its ward seed or its street stem."""
    vil = village_of(xy[0], xy[1], 500)
    if vil:
        return vil
    g = drive[road]
    for gg, a in pieces:
        if gg is g and a["name"]:
            return a["name"].rsplit(" ", 1)[0]
    ward = min(WARDS, key=lambda w: math.hypot(w[0][0] - xy[0], w[0][1] - xy[1]))
    return ward[1]


# ---------------------------------------------------------------------------
# GeoPackage writing
# ---------------------------------------------------------------------------

FIELD_TYPES = {"int": ogr.OFTInteger, "str": ogr.OFTString, "date": ogr.OFTDate, "real": ogr.OFTReal}


def write_layer(ds, name, geom_type, fields, rows, description):
    """Write one layer/table; ``rows`` are dicts with optional 'geom'."""
    srs = None
    if geom_type != ogr.wkbNone:
        srs = osr.SpatialReference()
        srs.ImportFromEPSG(27700)
    lyr = ds.CreateLayer(name, srs, geom_type, options=["FID=fid", "GEOMETRY_NAME=geom", f"DESCRIPTION={description}"])
    for fname, ftype in fields:
        lyr.CreateField(ogr.FieldDefn(fname, FIELD_TYPES[ftype]))
    defn = lyr.GetLayerDefn()
    lyr.StartTransaction()
    for r in rows:
        f = ogr.Feature(defn)
        for fname, _t in fields:
            v = r.get(fname)
            if v is None:
                f.SetFieldNull(fname)
            else:
                f.SetField(fname, v)
        if geom_type != ogr.wkbNone:
            f.SetGeometry(ogr.CreateGeometryFromWkb(shapely.to_wkb(r["geom"])))
        lyr.CreateFeature(f)
    lyr.CommitTransaction()


# ---------------------------------------------------------------------------
# Orchestration
# ---------------------------------------------------------------------------


def generate(seed=DEFAULT_SEED):
    """Build every layer in memory; returns the list of layer specs."""
    rng = np.random.default_rng(seed)
    PLANTED["seed"] = seed
    t = {"district": make_district()}
    river_centre, t["river"] = make_river(t["district"])
    parks = make_parks(river_centre)
    t["pieces"], t["oneway"], _nodes, facts = build_network(rng, t["district"], river_centre, t["river"], parks)
    PLANTED.update(facts)
    t["wards"] = make_wards(rng, t["district"], river_centre)
    pts = t["pts"] = place_postcodes(rng, t["pieces"], t["river"], parks, t["district"])
    t["segments"] = assign_segments(rng, pts)
    t["hh"], t["pop"] = households_population(rng, t["segments"])
    t["pcodes"] = postcode_strings(rng, pts)
    t["ward_codes"] = ward_of_points(t["wards"], pts)
    t["clients"] = make_clients(rng, t["pcodes"], t["segments"], t["hh"])
    t["survey"] = make_survey(rng, t["pcodes"], t["segments"], t["hh"], pts)
    t["incidents"] = make_incidents(rng, pts, t["segments"], t["pop"], t["river"])
    t["sites"] = make_sites(rng, t["pieces"], t["river"], parks)
    _record_truth(t)
    return _layer_specs(t)


def _match_share(rows, pcodes):
    """Count and share of rows whose postcode does not match a known unit."""
    known = {p.replace(" ", "") for p in pcodes}
    bad = sum(1 for r in rows if r["postcode"] is None or r["postcode"].upper().replace(" ", "") not in known)
    return {
        "count": bad,
        "total": len(rows),
        "share": round(bad / len(rows), 4),
        "examples": [v for v in UNKNOWN_POSTCODES if v is not None][:6],
        "normalisation": "upper-case, remove all spaces, compare",
    }


def _record_truth(t):
    """Fill the computed entries of PLANTED from the generated town ``t``."""
    pcodes, segments, hh, pts = t["pcodes"], t["segments"], t["hh"], t["pts"]
    clients, survey = t["clients"], t["survey"]
    PLANTED["service_clients_unmatched"] = _match_share(clients, pcodes)
    PLANTED["survey_unmatched"] = _match_share(survey, pcodes)
    tot = defaultdict(int)
    for s, h in zip(segments, hh):
        tot[s[0]] += int(h)
    total = sum(tot.values())
    PLANTED["small_groups"] = {g: round(v / total, 4) for g, v in sorted(tot.items()) if v / total < 0.02}
    for key in ("fear_cluster", "high_return_area"):
        inside = in_circle(pts, PLANTED[key])
        PLANTED[key]["postcodes"] = int(inside.sum())
        PLANTED[key]["households"] = int(hh[inside].sum())
    PLANTED["counts"] = {
        "roads": len(t["pieces"]),
        "postcodes": len(pcodes),
        "households": int(total),
        "service_clients": len(clients),
        "survey_responses": len(survey),
        "incidents": len(t["incidents"]),
    }


def _road_rows(pieces, oneway):
    """Rows of the roads layer, ordered by first vertex."""
    order = sorted(range(len(pieces)), key=lambda k: pieces[k][0].coords[0])
    rows = []
    for rid, k in enumerate(order, start=1):
        g, a = pieces[k]
        rows.append(
            {
                "road_id": rid,
                "name": a["name"],
                "highway": a["highway"],
                "maxspeed": a["maxspeed"],
                "oneway": oneway[k],
                "bridge": a["bridge"],
                "layer": a["layer"],
                "speed_mph": a["speed_mph"],
                "geom": g,
            }
        )
    return rows


def _postcode_rows(t):
    """Rows of the postcodes layer, ordered by postcode."""
    order = np.argsort(np.array(t["pcodes"], dtype=str), kind="stable")
    return [
        {
            "postcode": t["pcodes"][i],
            "households": int(t["hh"][i]),
            "population": int(t["pop"][i]),
            "segment": t["segments"][i],
            "ward_code": t["ward_codes"][i],
            "geom": Point(t["pts"][i]),
        }
        for i in order
    ]


def _site_rows(sites):
    """Rows of candidate_sites and of facilities (a subset of the sites)."""
    site_rows, fac_rows = [], []
    for i, s in enumerate(sites, start=1):
        site_rows.append(
            {
                "site_id": i,
                "name": s["name"],
                "owner": s["owner"],
                "required": s["required"],
                "capacity": s["capacity"],
                "geom": Point(s["xy"]),
            }
        )
        if s["facility"]:
            fac_rows.append(
                {"facility_id": len(fac_rows) + 1, "site_id": i, "name": s["name"], "owner": s["owner"], "geom": Point(s["xy"])}
            )
    return site_rows, fac_rows


def _layer_specs(t):
    """Describe every layer: (name, geometry type, fields, rows, description)."""
    roads = _road_rows(t["pieces"], t["oneway"])
    postcodes = _postcode_rows(t)
    site_rows, fac_rows = _site_rows(t["sites"])
    truth = [{"key": k, "value": json.dumps(v, sort_keys=True)} for k, v in PLANTED.items()]
    return [
        (
            "roads",
            ogr.wkbLineString,
            [
                ("road_id", "int"),
                ("name", "str"),
                ("highway", "str"),
                ("maxspeed", "str"),
                ("oneway", "str"),
                ("bridge", "str"),
                ("layer", "int"),
                ("speed_mph", "int"),
            ],
            roads,
            "Fictional road network, noded at junctions (OSM-like tags)",
        ),
        ("river", ogr.wkbPolygon, [("name", "str")], [{"name": RIVER_NAME, "geom": t["river"]}], "River Elver"),
        ("district", ogr.wkbPolygon, [("name", "str")], [{"name": DISTRICT_NAME, "geom": t["district"]}], "District boundary"),
        (
            "wards",
            ogr.wkbMultiPolygon,
            [("ward_code", "str"), ("ward_name", "str")],
            t["wards"],
            "Electoral wards (fictional codes)",
        ),
        (
            "postcodes",
            ogr.wkbPoint,
            [("postcode", "str"), ("households", "int"), ("population", "int"), ("segment", "str"), ("ward_code", "str")],
            postcodes,
            "Postcode units with demo segment (type code)",
        ),
        (
            "service_clients",
            ogr.wkbNone,
            [("client_id", "int"), ("postcode", "str"), ("service", "str"), ("referral_date", "date")],
            t["clients"],
            "Stop-smoking service clients",
        ),
        (
            "survey_responses",
            ogr.wkbNone,
            [("response_id", "int"), ("postcode", "str"), ("feel_safe", "str"), ("age_band", "str")],
            t["survey"],
            "Residents' survey: feeling of safety",
        ),
        (
            "incidents",
            ogr.wkbPoint,
            [("incident_id", "int"), ("category", "str"), ("incident_type", "str"), ("incident_date", "date")],
            t["incidents"],
            "Crime and ASB incidents",
        ),
        (
            "candidate_sites",
            ogr.wkbPoint,
            [("site_id", "int"), ("name", "str"), ("owner", "str"), ("required", "int"), ("capacity", "int")],
            site_rows,
            "Public buildings that could host face-to-face services",
        ),
        (
            "facilities",
            ogr.wkbPoint,
            [("facility_id", "int"), ("name", "str"), ("owner", "str"), ("site_id", "int")],
            fac_rows,
            "Current face-to-face service points",
        ),
        (
            "planted_truth",
            ogr.wkbNone,
            [("key", "str"), ("value", "str")],
            truth,
            "Ground truth planted by scripts/make_sample_town.py (JSON values)",
        ),
    ]


def write_gpkg(path, layers):
    """Write all layers to a fresh GeoPackage at ``path``."""
    gdal.SetConfigOption("OGR_CURRENT_DATE", "2026-01-01T00:00:00.000Z")
    drv = ogr.GetDriverByName("GPKG")
    if os.path.exists(path):
        drv.DeleteDataSource(path)
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    ds = drv.CreateDataSource(path)
    for spec in layers:
        write_layer(ds, *spec)
    ds.SetMetadataItem("DESCRIPTION", f"{TOWN_NAME}: fictional sample town for Place Insight. All data are invented.")
    ds = None


def main(argv=None):
    """Command-line entry point."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--output", default=DEFAULT_OUTPUT)
    ap.add_argument("--quiet", action="store_true")
    args = ap.parse_args(argv)
    t0 = time.time()
    layers = generate(args.seed)
    write_gpkg(args.output, layers)
    if not args.quiet:
        for name, _gt, _f, rows, _d in layers:
            print(f"{name:18s} {len(rows):6d}")
        print(f"wrote {os.path.normpath(args.output)} ({os.path.getsize(args.output) / 1e6:.2f} MB) in {time.time() - t0:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
