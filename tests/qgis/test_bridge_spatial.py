"""Spatial joins of the bridge: points in zones, polygon shares, area masks, layer titles."""

from __future__ import annotations

import numpy as np
import pytest
from qgis.core import QgsGeometry, QgsPointXY

from place_insight.plugin import bridge


def square(x0, y0, x1, y1) -> QgsGeometry:
    return QgsGeometry.fromWkt(f"POLYGON(({x0} {y0},{x1} {y0},{x1} {y1},{x0} {y1},{x0} {y0}))")


def test_point_zone_pairs_counts_a_point_in_every_overlapping_zone():
    zones = [square(0, 0, 10, 10), square(5, 0, 15, 10), None, square(100, 100, 110, 110)]
    xy = np.array([[1, 1], [7, 5], [12, 5], [50, 50], [np.nan, 1], [10, 5], [105, 105]], dtype=float)
    points, owners = bridge.point_zone_pairs(xy, zones)
    pairs = sorted(zip(points.tolist(), owners.tolist()))
    # (7, 5) is in both overlapping squares; (10, 5) lies on the edge of the first and inside the second
    assert pairs == [(0, 0), (1, 0), (1, 1), (2, 1), (5, 0), (5, 1), (6, 3)]
    assert list(bridge.points_in_area(xy, zones)) == [True, True, True, False, False, True, True]


def test_zones_containing_gives_the_first_zone_as_a_brute_force_test_does():
    rng = np.random.default_rng(2)
    xy = np.vstack([rng.uniform(-5, 25, (500, 2)), [[np.nan, np.nan], [10, 5]]])
    zones = [square(0, 0, 10, 10), square(5, 0, 15, 10), None, square(12, 12, 20, 20)]
    first = bridge.zones_containing(xy, zones)
    expected = []
    for x, y in xy:
        hits = [
            i
            for i, zone in enumerate(zones)
            if zone is not None and not np.isnan(x) and zone.intersects(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
        ]
        expected.append(hits[0] if hits else -1)
    assert list(first) == expected
    assert first[-1] == 0 and first[-2] == -1 and (first == 1).any() and (first == -1).any()


def test_point_zone_pairs_with_many_points_matches_a_brute_force_test():
    rng = np.random.default_rng(7)
    xy = rng.uniform(0, 100, (3000, 2))
    zones = [
        QgsGeometry.fromWkt("POLYGON((10 10,60 15,80 70,30 90,10 10))"),
        QgsGeometry.fromPointXY(QgsGeometry.fromWkt("POINT(50 50)").asPoint()).buffer(20, 16),
    ]
    points, owners = bridge.point_zone_pairs(xy, zones)
    got = set(zip(points.tolist(), owners.tolist()))
    expected = {
        (i, z)
        for z, zone in enumerate(zones)
        for i, (x, y) in enumerate(xy)
        if zone.intersects(QgsGeometry.fromWkt(f"POINT({x} {y})"))
    }
    assert got == expected and len(got) > 1000


def test_polygon_zone_shares_by_area():
    zones = [square(0, 0, 10, 10), square(10, 0, 20, 10)]
    units = [
        square(2, 2, 4, 4),  # wholly in zone 0
        square(8, 0, 12, 10),  # half in each
        square(15, 5, 25, 15),  # a quarter in zone 1, the rest outside
        square(50, 50, 60, 60),  # outside
        None,
        QgsGeometry.fromWkt("POLYGON((1 1,3 3,3 1,1 3,1 1))"),  # an invalid bow tie without area: by its point on surface
    ]
    unit, zone, share = bridge.polygon_zone_shares(units, zones)
    got = {(u, z): s for u, z, s in zip(unit.tolist(), zone.tolist(), share.tolist())}
    assert got.keys() == {(0, 0), (1, 0), (1, 1), (2, 1), (5, 0)}
    assert got[(0, 0)] == 1.0
    assert got[(1, 0)] == pytest.approx(0.5) and got[(1, 1)] == pytest.approx(0.5)
    assert got[(2, 1)] == pytest.approx(0.25)
    assert got[(5, 0)] == pytest.approx(1.0)


def test_units_read_as_points_or_polygons_are_assigned_to_zones_the_way_their_geometry_asks():
    from qgis.core import QgsFeature, QgsVectorLayer

    zones = [square(0, 0, 10, 10), square(5, 0, 15, 10)]
    points = QgsVectorLayer("Point?crs=EPSG:27700", "points", "memory")
    polygons = QgsVectorLayer("Polygon?crs=EPSG:27700", "polygons", "memory")
    for layer, geometries in (
        (points, ["POINT(7 5)", "POINT(1 1)", "POINT(50 50)"]),
        (polygons, ["POLYGON((8 0,12 0,12 10,8 10,8 0))"]),
    ):
        for wkt in geometries:
            feature = QgsFeature()
            feature.setGeometry(QgsGeometry.fromWkt(wkt))
            layer.dataProvider().addFeature(feature)
    read = bridge.read_units(points, feedback=None)
    assert read.geometries is None  # points go by x/y
    unit, zone, share = bridge.unit_zone_shares(read, zones)
    assert sorted(zip(unit.tolist(), zone.tolist(), share.tolist())) == [(0, 0, 1.0), (0, 1, 1.0), (1, 0, 1.0)]
    unit, zone, share = bridge.unit_zone_shares(bridge.read_units(polygons, feedback=None), zones)
    got = {(u, z): s for u, z, s in zip(unit.tolist(), zone.tolist(), share.tolist())}
    assert got == {(0, 0): pytest.approx(0.5), (0, 1): 1.0}  # half of it in the first square, all in the second


def test_layer_title_prefers_the_geopackage_layer_name(sample_town, provider):
    from qgis.core import QgsProcessingContext, QgsProject

    from place_insight.processing_algorithms.profile_segments import ProfileSegments

    algorithm = ProfileSegments()
    algorithm.initAlgorithm()
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    parameters = {"TARGET": f"{sample_town}|layername=service_clients"}
    assert bridge.layer_title(algorithm, parameters, "TARGET", context) == "service_clients"
    assert bridge.layer_title(algorithm, {}, "AREA", context, default="-") == "-"
