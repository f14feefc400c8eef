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
