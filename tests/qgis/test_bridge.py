"""Layer → DataFrame → sink round trips through the bridge, in real Processing."""

from __future__ import annotations

import concurrent.futures
import gc

import numpy as np
import pytest
from algorithm_runs import run_algorithm
from qgis.core import (
    NULL,
    QgsCoordinateReferenceSystem,
    QgsFeature,
    QgsGeometry,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QDate

from place_insight.plugin import bridge
from place_insight.plugin.bridge import geometry
from place_insight.processing_algorithms.base import PlaceInsightAlgorithm


class RoundTrip(PlaceInsightAlgorithm):
    """Reads its input through the bridge in a working CRS and writes it back in the input CRS."""

    NAME = "roundtrip"
    GROUP = "segmentation"

    def display_name(self):
        return "Round trip"

    def summary(self):
        return "Test algorithm."

    def initAlgorithm(self, config=None):
        self.add(QgsProcessingParameterFeatureSource("INPUT", "Input"), "Input layer")
        self.add(QgsProcessingParameterFeatureSink("OUTPUT", "Output"), "Output layer")

    def process(self, parameters, context, progress):
        source = self.parameterAsSource(parameters, "INPUT", context)
        work = bridge.working_crs(source.sourceCrs(), source.sourceExtent(), context.transformContext())
        data = bridge.read_layer(
            source, source.fields().names(), context=context, feedback=progress, geometry="geometry", crs=work
        )
        frame = data.frame.rename(columns={"x": "work_x", "y": "work_y"})
        frame["work_crs"] = work.authid()
        geometries = bridge.transform_geometries(data.geometries, work, source.sourceCrs(), context)
        dest = bridge.write_frame(
            self,
            parameters,
            "OUTPUT",
            context,
            frame,
            geometries=geometries,
            wkb_type=source.wkbType(),
            crs=source.sourceCrs(),
            feedback=progress,
        )
        return {"OUTPUT": dest, "MISSING": len(data.missing_geometry)}


def geographic_layer() -> QgsVectorLayer:
    layer = QgsVectorLayer(
        "MultiPolygon?crs=EPSG:4326&field=name:string&field=households:integer&field=share:double&field=day:date",
        "zones",
        "memory",
    )
    provider = layer.dataProvider()
    features = []
    rows = [
        (
            "Two parts",
            12,
            0.5,
            QDate(2026, 1, 31),
            "MULTIPOLYGON(((-1.55 53.80,-1.54 53.80,-1.54 53.81,-1.55 53.81,-1.55 53.80)),"
            "((-1.50 53.80,-1.49 53.80,-1.49 53.81,-1.50 53.81,-1.50 53.80)))",
        ),
        (NULL, NULL, NULL, NULL, "MULTIPOLYGON(((-1.60 53.70,-1.59 53.70,-1.59 53.71,-1.60 53.70)))"),
        ("No geometry", 3, 2.25, QDate(2025, 12, 1), None),
    ]
    for name, households, share, day, wkt in rows:
        feature = QgsFeature(layer.fields())
        feature.setAttributes([name, households, share, day])
        if wkt:
            feature.setGeometry(QgsGeometry.fromWkt(wkt))
        features.append(feature)
    provider.addFeatures(features)
    return layer


def test_round_trip_keeps_nulls_multiparts_and_crs(provider, tmp_path):
    layer = geographic_layer()
    output = str(tmp_path / "round.gpkg")
    result = run_algorithm(RoundTrip(), {"INPUT": layer, "OUTPUT": output})
    assert result["MISSING"] == 1
    out = QgsVectorLayer(result["OUTPUT"], "out", "ogr")
    assert out.crs().authid() == "EPSG:4326"
    rows = list(out.getFeatures())
    assert len(rows) == 3
    first, second, third = rows
    assert first["name"] == "Two parts" and first["households"] == 12 and first["share"] == 0.5
    assert first["day"] == QDate(2026, 1, 31)
    assert first["work_crs"] == "EPSG:32630"  # UTM zone 30N for Leeds
    assert first.geometry().isMultipart() and len(first.geometry().asMultiPolygon()) == 2
    original = next(layer.getFeatures()).geometry()
    assert first.geometry().equals(original) or first.geometry().hausdorffDistance(original) < 1e-9
    # the centroid of both parts, in metres of UTM 30N
    assert 590000 < first["work_x"] < 605000 and 5960000 < first["work_y"] < 5970000
    assert second["name"] == NULL and second["households"] == NULL and second["day"] == NULL
    assert third.geometry().isEmpty() and third["work_x"] == NULL  # no geometry stays without one
    # the input is untouched
    assert layer.featureCount() == 3 and next(layer.getFeatures())["name"] == "Two parts"


def test_read_layer_names_a_missing_field(provider):
    from qgis.core import QgsProcessingException

    with pytest.raises(QgsProcessingException, match="The layer zones has no field population"):
        bridge.read_layer(geographic_layer(), ["name", "population"], feedback=None)


def test_working_crs_keeps_projected_and_picks_utm_for_geographic():
    bng = QgsCoordinateReferenceSystem("EPSG:27700")
    assert bridge.working_crs(bng).authid() == "EPSG:27700"
    layer = geographic_layer()
    assert bridge.working_crs(layer.crs(), layer.extent()).authid() == "EPSG:32630"
    assert bridge.utm_crs(2.35, 48.85).authid() == "EPSG:32631"  # Paris
    assert bridge.utm_crs(151.2, -33.9).authid() == "EPSG:32756"  # Sydney


def test_zones_containing_assigns_each_point_once():
    zones = [
        QgsGeometry.fromWkt("POLYGON((0 0,10 0,10 10,0 10,0 0))"),
        QgsGeometry.fromWkt("POLYGON((10 0,20 0,20 10,10 10,10 0))"),
        None,
    ]
    xy = np.array([[5, 5], [15, 5], [10, 5], [25, 5], [np.nan, np.nan]])
    assert list(bridge.zones_containing(xy, zones)) == [0, 1, 0, -1, -1]


def test_line_coordinates_splits_multilines():
    geometries = [
        QgsGeometry.fromWkt("MULTILINESTRING((0 0,1 0),(5 5,6 6,7 7))"),
        None,
        QgsGeometry.fromWkt("LINESTRING(1 1,2 2)"),
    ]
    owner, parts = bridge.line_coordinates(geometries)
    assert list(owner) == [0, 0, 2]
    assert [len(p) for p in parts] == [2, 3, 2]
    assert parts[1][2].tolist() == [7.0, 7.0]


def test_lines_and_multilines_from_flat_vertex_arrays():
    xy = np.array([[0, 0], [1, 0], [1, 1], [5, 5], [6, 5], [9, 9], [9.5, 9], [10, 9]], dtype=float)
    offsets = np.array([0, 3, 5, 8])
    assert [g.asWkt() for g in bridge.lines_from_flat(xy, offsets)] == [
        "LineString (0 0, 1 0, 1 1)",
        "LineString (5 5, 6 5)",
        "LineString (9 9, 9.5 9, 10 9)",
    ]
    # groups of consecutive parts, one of them empty
    multi = bridge.multilines_from_bounds(xy, offsets, np.array([0, 2, 2, 3]))
    assert [g.asWkt() for g in multi] == [
        "MultiLineString ((0 0, 1 0, 1 1),(5 5, 6 5))",
        "MultiLineString EMPTY",
        "MultiLineString ((9 9, 9.5 9, 10 9))",
    ]
    # groups in any order
    multi = bridge.multilines_from_flat(xy, offsets, [np.array([2, 0]), np.array([1])])
    assert [g.asWkt() for g in multi] == ["MultiLineString ((9 9, 9.5 9, 10 9),(0 0, 1 0, 1 1))", "MultiLineString ((5 5, 6 5))"]


def test_multilines_written_in_chunks_by_threads_equal_those_written_at_once(monkeypatch):
    rng = np.random.default_rng(5)
    counts = rng.integers(2, 9, 400)
    offsets = np.concatenate([[0], np.cumsum(counts)])
    xy = rng.uniform(0, 1000, (offsets[-1], 2))
    bounds = np.unique(np.concatenate([[0, 400], rng.integers(0, 400, 60)]))
    pools = []

    class CountedPool(concurrent.futures.ThreadPoolExecutor):
        def __init__(self, *args, **kwargs):
            pools.append(self)
            super().__init__(*args, **kwargs)

    monkeypatch.setattr(concurrent.futures, "ThreadPoolExecutor", CountedPool)
    once = [g.asWkb() for g in bridge.multilines_from_bounds(xy, offsets, bounds)]
    assert not pools  # few vertices: written at once
    monkeypatch.setattr(geometry, "THREADED_VERTICES", 10)
    chunked = bridge.multilines_from_bounds(xy, offsets, bounds)
    assert len(pools) == 1  # the constant the writer reads: now in chunks by threads
    assert [g.asWkb() for g in chunked] == once
    assert len(chunked) == len(bounds) - 1
    assert [g.constGet().numGeometries() for g in chunked] == np.diff(bounds).tolist()


def test_field_kinds_follow_the_columns():
    import pandas as pd

    frame = pd.DataFrame({"i": [1, 2], "f": [1.5, np.nan], "s": ["a", None], "b": [True, False], "big": [2**40, 1]})
    fields = bridge.fields_for_frame(frame)
    from place_insight.plugin.bridge.compat import field_type

    assert fields.field("i").type() == field_type("int")
    assert fields.field("f").type() == field_type("double")
    assert fields.field("s").type() == field_type("string")
    assert fields.field("b").type() == field_type("bool")
    assert fields.field("big").type() == field_type("longlong")


def test_a_cancelled_read_closes_its_feature_iterator(sample_town):
    """The cancellation's traceback keeps the reading frame alive: its GeoPackage iterator must be closed anyway.

    An iterator left open holds one of the file's few pooled connections; enough of them and the next read waits
    for ever.
    """
    from qgis.core import QgsFeatureRequest, QgsProcessingFeedback

    from place_insight.engine.errors import CancelledError

    layer = QgsVectorLayer(f"{sample_town}|layername=postcodes", "postcodes", "ogr")
    cancelled = QgsProcessingFeedback()
    cancelled.cancel()
    kept = []
    for _ in range(3):
        iterator = layer.getFeatures(QgsFeatureRequest())
        with pytest.raises(CancelledError) as raised:
            for _feature in bridge.with_progress(iterator, layer.featureCount(), bridge.EngineFeedback(cancelled)):
                pass
        kept.append(raised)
        assert iterator.isClosed()
    assert (
        len(bridge.read_layer(layer, ["postcode"], feedback=bridge.EngineFeedback(QgsProcessingFeedback())))
        == layer.featureCount()
    )
    del kept, raised, iterator  # the tracebacks form cycles: free their QGIS objects now, while QGIS runs
    gc.collect()
