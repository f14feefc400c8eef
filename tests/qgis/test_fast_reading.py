"""The fast paths of the bridge give exactly what the feature-by-feature paths give.

GDAL's Arrow stream against ``read_layer``, and the numpy even-odd point-in-
polygon test against GEOS one point at a time (holes, several parts, points
on edges and vertices).
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from qgis.core import (
    QgsGeometry,
    QgsPoint,
    QgsProcessingContext,
    QgsProcessingFeatureSourceDefinition,
    QgsProject,
    QgsVectorLayer,
)

from place_insight.plugin import bridge
from place_insight.plugin.bridge.ogr_fast import read_file_layer
from place_insight.plugin.bridge.spatial import _points_in_zone, point_zone_pairs
from place_insight.processing_algorithms.profile_segments import ProfileSegments


@pytest.fixture
def algorithm(provider):
    algorithm = ProfileSegments()
    algorithm.initAlgorithm()
    return algorithm


@pytest.mark.parametrize(
    ("layer", "fields", "geometry"),
    [
        ("postcodes", ["postcode", "households", "segment"], "xy"),
        ("postcodes", ["population", "ward_code"], "none"),
        ("service_clients", ["client_id", "postcode", "service"], "none"),
    ],
)
def test_the_arrow_stream_reads_what_read_layer_reads(algorithm, sample_town, layer, fields, geometry):
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    parameters = {"BASE": f"{sample_town}|layername={layer}"}
    source = algorithm.parameterAsSource(parameters, "BASE", context)
    fast = read_file_layer(algorithm, parameters, "BASE", context, fields, crs=source.sourceCrs(), geometry=geometry)
    slow = bridge.read_layer(source, fields, feedback=None, context=context, geometry=geometry, crs=source.sourceCrs())
    assert fast is not None
    pd.testing.assert_frame_equal(fast.frame, slow.frame, check_dtype=False)
    assert fast.frame["fid"].dtype == np.int64 and fast.missing_geometry == slow.missing_geometry


def test_the_arrow_stream_is_not_used_where_it_would_differ(algorithm, sample_town):
    context = QgsProcessingContext()
    context.setProject(QgsProject.instance())
    uri = f"{sample_town}|layername=postcodes"
    layer = QgsVectorLayer(uri, "postcodes", "ogr")
    QgsProject.instance().addMapLayer(layer)
    try:
        layer.selectByIds([1, 2])
        selected = {"BASE": QgsProcessingFeatureSourceDefinition(layer.id(), selectedFeaturesOnly=True)}
        assert read_file_layer(algorithm, selected, "BASE", context, ["segment"], crs=layer.crs(), geometry="xy") is None
        wards = {"BASE": f"{sample_town}|layername=wards"}  # polygons
        assert read_file_layer(algorithm, wards, "BASE", context, ["ward_code"], crs=layer.crs(), geometry="xy") is None
        other = bridge.utm_crs(-1.0, 52.0)  # another CRS: the usual path transforms
        assert read_file_layer(algorithm, {"BASE": uri}, "BASE", context, ["segment"], crs=other, geometry="xy") is None
    finally:
        QgsProject.instance().removeMapLayer(layer.id())


def geos_inside(zone: QgsGeometry, xy: np.ndarray) -> np.ndarray:
    engine = QgsGeometry.createGeometryEngine(zone.constGet())
    engine.prepareGeometry()
    return np.array([engine.intersects(QgsPoint(x, y)) for x, y in xy])


def test_even_odd_test_agrees_with_geos_on_holes_parts_edges_and_vertices():
    zone = QgsGeometry.fromWkt("MULTIPOLYGON(((0 0,10 0,10 10,0 10,0 0),(3 3,7 3,7 7,3 7,3 3)),((20 0,30 5,20 10,20 0)))")
    rng = np.random.default_rng(4)
    random_points = rng.uniform([-2, -2], [32, 12], size=(4000, 2))
    special = np.array([[0, 0], [10, 5], [5, 0], [3, 5], [5, 3], [7, 7], [20, 5], [25, 2.5], [30, 5], [5, 5], [15, 5], [0, 10]])
    xy = np.vstack([random_points, special])
    np.testing.assert_array_equal(_points_in_zone(zone, xy), geos_inside(zone, xy))


def test_point_zone_pairs_on_the_sample_town_match_geos(sample_town):
    postcodes = QgsVectorLayer(f"{sample_town}|layername=postcodes", "p", "ogr")
    wards = [f.geometry() for f in QgsVectorLayer(f"{sample_town}|layername=wards", "w", "ogr").getFeatures()]
    xy = np.array([(f.geometry().asPoint().x(), f.geometry().asPoint().y()) for f in postcodes.getFeatures()])
    points, owners = point_zone_pairs(xy, wards)
    expected = [(i, z) for z, ward in enumerate(wards) for i in np.flatnonzero(geos_inside(ward, xy))]
    assert sorted(zip(points.tolist(), owners.tolist())) == sorted(expected)
