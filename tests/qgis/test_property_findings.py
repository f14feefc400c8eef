"""Faults the property tests (test_properties.py) found, each pinned by an ordinary test.

* A GeoPackage layer written without a CRS is refused like any layer without
  one. GeoPackage has no "no CRS": such a layer points at one of the two
  undefined systems every GeoPackage holds, "Undefined geographic SRS"
  (srs_id 0, what GDAL and QGIS write) or "Undefined Cartesian SRS"
  (srs_id -1). QGIS reads both as valid custom CRSs that are not
  geographic, so the CRS check let them through and the coordinates were
  taken as metres without a word.
* Verify survey clusters without a district, on postcodes of which some have
  no geometry (NULL or empty), stopped on "Points cannot contain NaN": the
  study area's hull took the NaN coordinates those features are read with.
* Catchments with an empty base layer stopped on "cannot reshape array of
  size 0": an empty base is refused now, naming it, as other empty inputs are.
* Segment profile (and every algorithm joining a target to the base on a
  key) stopped on "index 0 is out of bounds" when no base row had a key (the
  key field all NULL): the target is refused as matching nothing now.
* Nearest facility by segment stopped on "cannot convert the series to
  <class 'float'>" when facilities had NULL ids (an empty id marks all
  facilities together in the table by segment); such facilities are refused
  in a breakdown now, in Catchments too, whose table hid them among the
  totals.
"""

from __future__ import annotations

import sqlite3

import pytest
from algorithm_catalogue import DEMO, parameters, uri
from algorithm_runs import RecordingFeedback, run_algorithm
from layer_copies import memory_copy
from qgis.core import (
    QgsCoordinateTransformContext,
    QgsGeometry,
    QgsProcessingException,
    QgsVectorFileWriter,
    QgsVectorLayer,
)


def geopackage_without_crs(sample_town, folder, layer: str, srs_id: int) -> str:
    copy = memory_copy(uri(sample_town, layer), name=layer, crs="")
    options = QgsVectorFileWriter.SaveVectorOptions()
    options.driverName = "GPKG"
    options.layerName = layer
    path = folder / f"{layer}.gpkg"
    error = QgsVectorFileWriter.writeAsVectorFormatV3(copy, str(path), QgsCoordinateTransformContext(), options)
    assert error[0] == QgsVectorFileWriter.NoError, error
    with sqlite3.connect(path) as database:
        database.execute("update gpkg_geometry_columns set srs_id = ?", (srs_id,))
        database.execute("update gpkg_contents set srs_id = ?", (srs_id,))
    return f"{path}|layername={layer}"


@pytest.mark.parametrize("srs_id", [0, -1])
@pytest.mark.parametrize(
    ("name", "key", "layer"),
    [
        ("optimiselocations", "DEMAND", "postcodes"),
        ("buildnetwork", "NETWORK", "roads"),
        ("catchments", "FACILITIES", "facilities"),
    ],
)
def test_a_geopackage_without_crs_is_refused(provider, sample_town, tmp_path, name, key, layer, srs_id):
    (tmp_path / "in").mkdir()
    source = geopackage_without_crs(sample_town, tmp_path / "in", layer, srs_id)
    assert QgsVectorLayer(source, layer, "ogr").crs().isValid()  # QGIS reads it as a valid CRS
    out = tmp_path / "out"
    with pytest.raises(QgsProcessingException, match=f"The layer {layer} has no coordinate reference system"):
        run_algorithm(f"placeinsight:{name}", parameters(name, sample_town, out, **{key: source}))
    assert not out.exists() or not list(out.iterdir())


def test_verify_clusters_leaves_out_postcodes_without_geometry(provider, sample_town, tmp_path):
    def damaged(i, geometry):
        return {3: None, 8: QgsGeometry.fromWkt("Point EMPTY")}.get(i, geometry)

    postcodes = memory_copy(uri(sample_town, "postcodes"), name="homes", geometry=damaged)
    feedback = RecordingFeedback()
    result = run_algorithm(
        "placeinsight:verifyclusters", parameters("verifyclusters", sample_town, tmp_path, POSTCODES=postcodes), feedback=feedback
    )
    assert QgsVectorLayer(result["OUTPUT"], "verified", "ogr").featureCount() == 1
    assert any("2 features of homes have no geometry (NULL or empty)" in w for w in feedback.warnings), feedback.warnings


def test_catchments_refuse_an_empty_base_layer(provider, sample_town, tmp_path):
    empty = memory_copy(uri(sample_town, "postcodes"), name="nothing_here", limit=0)
    with pytest.raises(QgsProcessingException, match="The layer nothing_here has no features"):
        run_algorithm("placeinsight:catchments", parameters("catchments", sample_town, tmp_path, BASE=empty))
    assert not list(tmp_path.iterdir())


def test_a_base_without_any_key_is_refused_not_crashed(provider, sample_town, tmp_path):
    no_keys = memory_copy(uri(sample_town, "postcodes"), name="homes", change=lambda i, v: {**v, "postcode": None})
    with pytest.raises(QgsProcessingException, match="no target record could be placed in a segment"):
        run_algorithm("placeinsight:segmentprofile", parameters("segmentprofile", sample_town, tmp_path, BASE=no_keys))
    assert not list(tmp_path.iterdir())


@pytest.mark.parametrize("name", ["nearestfacility", "catchments"])
def test_facilities_without_ids_are_refused_in_a_breakdown(provider, sample_town, tmp_path, name):
    key = {"nearestfacility": "FACILITY_ID", "catchments": "ID_FIELD"}[name]
    sites = memory_copy(uri(sample_town, "facilities"), name="sites", change=lambda i, v: {**v, "facility_id": None})
    by_segment = {
        "SEGMENT_FIELD" if name == "nearestfacility" else "BASE_SEGMENT_FIELD": "segment",
        "CATALOGUE": DEMO,
        "LEVEL": "group",
        "SEGMENTS": str(tmp_path / "segments.gpkg"),
        "SEGMENT_REPORT": str(tmp_path / "segments.html"),
    }
    with pytest.raises(QgsProcessingException, match=r"6 facilities have no value \(NULL\) in their id field"):
        run_algorithm(f"placeinsight:{name}", parameters(name, sample_town, tmp_path, FACILITIES=sites, **by_segment))
    assert not list(tmp_path.iterdir())
    without_ids = run_algorithm(
        f"placeinsight:{name}", parameters(name, sample_town, tmp_path, FACILITIES=sites, **{key: None}, **by_segment)
    )
    assert QgsVectorLayer(without_ids["SEGMENTS"], "segments", "ogr").featureCount() > 0
