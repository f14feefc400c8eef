"""Broken files give a message naming the file and what to do, never a Python traceback.

Damaged and foreign network files (a saved network cut short, an .npz of
another tool, a header without options, inconsistent arrays, XML that is not
OpenStreetMap), broken layers, a broken catalogue, an OpenStreetMap PBF file
(read through GDAL now), rasters written while another plugin has switched
GDAL's exceptions on, and every algorithm through ``qgis_process``.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest
from algorithm_catalogue import ALGORITHMS, parameters, uri
from algorithm_runs import RecordingFeedback, run_algorithm, run_qgis_process
from qgis.core import QgsCoordinateReferenceSystem, QgsProcessingException

from place_insight.engine.network.storage import FORMAT, load_network


@pytest.fixture(scope="module")
def broken(tmp_path_factory, sample_town, provider_module) -> dict[str, Path]:
    """Broken files of every kind a user may hand over."""
    folder = tmp_path_factory.mktemp("broken")
    run_algorithm("placeinsight:buildnetwork", parameters("buildnetwork", sample_town, folder / "whole"))
    whole = (folder / "whole" / "network.npz").read_bytes()
    files = {
        "cut_short": (folder / "cut_short.npz", whole[: len(whole) // 3]),
        "text_npz": (folder / "text.npz", b"this is not a network"),
        "osm_text": (folder / "roads.osm", b"<osm version='0.6'><way id='1'><nd ref="),
        "gpkg": (folder / "broken.gpkg", b"not a geopackage at all"),
        "catalogue": (folder / "catalogue.json", b"{ this is not json"),
    }
    for path, data in files.values():
        path.write_bytes(data)
    paths = {key: path for key, (path, _) in files.items()}
    paths["foreign"] = folder / "foreign.npz"
    np.savez(paths["foreign"], a=np.arange(3))
    paths["no_options"] = folder / "no_options.npz"
    np.savez(paths["no_options"], header=json.dumps({"format": FORMAT}))
    paths["shapefile"] = folder / "roads.shp"
    paths["shapefile"].write_bytes(b"")
    return paths


NETWORK_FILES = ["cut_short", "text_npz", "foreign", "no_options", "osm_text"]


@pytest.mark.parametrize("kind", NETWORK_FILES)
def test_damaged_or_foreign_network_files_are_named(broken, sample_town, tmp_path, kind):
    path = broken[kind]
    with pytest.raises(QgsProcessingException) as error:
        run_algorithm(
            "placeinsight:catchments",
            parameters("catchments", sample_town, tmp_path, NETWORK=None, NETWORK_FILE=str(path)),
        )
    message = str(error.value)
    assert path.name in message and ("Build network" in message or "OpenStreetMap XML" in message), message
    assert not list(tmp_path.iterdir())


def test_a_file_of_another_kind_is_refused_saying_what_a_network_file_is(broken, sample_town, tmp_path):
    with pytest.raises(QgsProcessingException, match=r"roads\.shp is not a network file: give a network saved by Build"):
        run_algorithm(
            "placeinsight:buildnetwork",
            parameters("buildnetwork", sample_town, tmp_path, NETWORK=None, NETWORK_FILE=str(broken["shapefile"])),
        )


def test_an_osm_pbf_file_is_read_through_gdal(provider, helsinki_osm, tmp_path):
    """The Helsinki extract as a file gives the network of its lines layer (refused by Processing before)."""
    from_file = run_algorithm(
        "placeinsight:buildnetwork",
        {"NETWORK_FILE": str(helsinki_osm), "OUTPUT": "TEMPORARY_OUTPUT", "SAVE": str(tmp_path / "f.npz")},
    )
    from_layer = run_algorithm(
        "placeinsight:buildnetwork",
        {"NETWORK": f"{helsinki_osm}|layername=lines", "OUTPUT": "TEMPORARY_OUTPUT", "SAVE": str(tmp_path / "l.npz")},
    )
    assert from_file["EDGES"] == from_layer["EDGES"] > 5000
    assert from_file["NODES"] == from_layer["NODES"]
    network = load_network(tmp_path / "f.npz")
    assert "UTM zone 35N" in network.meta["crs"] and network.meta["source"] == helsinki_osm.name


def test_a_raster_is_written_when_gdal_exceptions_are_switched_on(provider, sample_town, tmp_path):
    from osgeo import gdal

    from place_insight.plugin.bridge import write_raster

    was = gdal.GetUseExceptions()
    gdal.UseExceptions()  # as some other plugins do, for the whole QGIS session
    try:
        result = run_algorithm(
            "placeinsight:surveyclusters", parameters("surveyclusters", sample_town, tmp_path, OUTPUT="TEMPORARY_OUTPUT")
        )
        assert Path(result["DENSITY"]).stat().st_size > 0
        with pytest.raises(QgsProcessingException, match=r"Could not write the raster .*nowhere.*r\.tif"):
            write_raster(tmp_path / "nowhere" / "r.tif", np.ones((2, 2)), x0=0, y0=0, cell=1, crs=QgsCoordinateReferenceSystem())
    finally:
        if not was:
            gdal.DontUseExceptions()


def test_huge_weights_are_refused_not_overflowed(provider, sample_town, tmp_path):
    from layer_copies import memory_copy

    demand = memory_copy(
        uri(sample_town, "postcodes"),
        name="homes",
        limit=30,
        double_fields=("households",),
        change=lambda i, v: {**v, "households": 1e308},
    )
    feedback = RecordingFeedback()
    with pytest.raises(QgsProcessingException, match="implausibly large value"):
        run_algorithm(
            "placeinsight:optimiselocations",
            parameters("optimiselocations", sample_town, tmp_path, DEMAND=demand, CURRENT=None),
            feedback=feedback,
        )


#: One broken input per algorithm, for qgis_process.
BROKEN_INPUT = {
    "exportcatalogue": {"CATALOGUE_FILE": "catalogue"},
    "segmentprofile": {"TARGET": "gpkg"},
    "areacomposition": {"ZONES": "gpkg"},
    "targetareas": {"TARGET": "gpkg"},
    "compareprofiles": {"BASE": "gpkg"},
    "channeldemand": {"ZONES": "gpkg"},
    "buildnetwork": {"NETWORK_FILE": "cut_short", "NETWORK": None},
    "catchments": {"NETWORK_FILE": "no_options", "NETWORK": None},
    "traveltimematrix": {"NETWORK_FILE": "foreign", "NETWORK": None},
    "nearestfacility": {"NETWORK_FILE": "osm_text", "NETWORK": None},
    "optimiselocations": {"COST": 2, "NETWORK_FILE": "text_npz"},
    "surveyclusters": {"INPUT": "gpkg"},
    "verifyclusters": {"CLUSTERS": "gpkg"},
}


@pytest.mark.parametrize("name", ALGORITHMS)
def test_no_traceback_reaches_qgis_process_on_broken_files(broken, sample_town, qgis_profile, tmp_path, name):
    changes = {key: (str(broken[value]) if isinstance(value, str) else value) for key, value in BROKEN_INPUT[name].items()}
    with pytest.raises(AssertionError) as failure:
        run_qgis_process(f"placeinsight:{name}", parameters(name, sample_town, tmp_path, **changes), qgis_profile)
    text = str(failure.value)
    assert "Traceback" not in text and "Error executing" not in text, text
    named = [Path(v).name for v in changes.values() if isinstance(v, str) and "/" in v]
    assert any(n in text for n in named), text
    assert not [p for p in tmp_path.iterdir()], "no output is written"
