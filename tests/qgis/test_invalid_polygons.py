"""Invalid polygons are repaired (Make valid) with a warning naming the features: a bow-tie cluster had area 0,
so its incidents were not tested."""

from __future__ import annotations

from algorithm_catalogue import parameters, uri
from algorithm_runs import RecordingFeedback, run_algorithm
from layer_copies import memory_copy
from qgis.core import QgsGeometry, QgsPointXY, QgsVectorLayer


def bow_tie(geometry: QgsGeometry) -> QgsGeometry:
    """A polygon over the same box whose boundary crosses itself in the middle."""
    box = geometry.boundingBox()
    x0, y0, x1, y1 = box.xMinimum(), box.yMinimum(), box.xMaximum(), box.yMaximum()
    corners = [QgsPointXY(x0, y0), QgsPointXY(x1, y1), QgsPointXY(x1, y0), QgsPointXY(x0, y1), QgsPointXY(x0, y0)]
    return QgsGeometry.fromPolygonXY([corners])


def test_a_bow_tie_cluster_is_repaired_and_tested(provider, sample_town, tmp_path):
    clusters = memory_copy(uri(sample_town, "district"), name="drawn", geometry=lambda i, g: bow_tie(g) if i == 0 else g)
    first = next(clusters.getFeatures())
    assert not first.geometry().isGeosValid()
    feedback = RecordingFeedback()
    result = run_algorithm(
        "placeinsight:verifyclusters", parameters("verifyclusters", sample_town, tmp_path, CLUSTERS=clusters), feedback=feedback
    )
    assert "1 features of drawn have invalid polygons" in feedback.text and f"features {first.id()}" in feedback.text
    verified = QgsVectorLayer(result["OUTPUT"], "v", "ogr")
    repaired = [f for f in verified.getFeatures() if f.geometry().area() > 0]
    assert len(repaired) == verified.featureCount(), "every cluster keeps an area"


def test_null_geometries_are_reported_as_such(provider, sample_town, tmp_path):
    """Not as "farther from the network than the snapping tolerance" or "contains no base unit"."""
    for name, key, layer in (("nearestfacility", "DEMAND", "postcodes"), ("areacomposition", "ZONES", "wards")):
        copy = memory_copy(uri(sample_town, layer), name="patchy", geometry=lambda i, g: None if i < 2 else g)
        missing = [f.id() for f in copy.getFeatures() if not f.hasGeometry()]
        feedback = RecordingFeedback()
        run_algorithm(f"placeinsight:{name}", parameters(name, sample_town, tmp_path / name, **{key: copy}), feedback=feedback)
        expected = f"2 features of patchy have no geometry (NULL or empty) and are left out: features {missing[0]}, {missing[1]}"
        assert expected in feedback.text, feedback.text
