"""One CRS check for every layer whose geometries are read: no CRS, or a CRS its coordinates contradict.

Before it, a layer without a CRS was taken as being in the working CRS, and
longitude/latitude numbers declared as metres gave a "successful" plan with
985-minute trips or a message blaming something else.
"""

from __future__ import annotations

import pytest
from algorithm_catalogue import parameters, uri
from algorithm_runs import RecordingFeedback, run_algorithm
from layer_copies import memory_copy
from qgis.core import QgsCoordinateReferenceSystem, QgsCoordinateTransform, QgsProcessingException, QgsProject

#: The layer of each algorithm whose geometries are read, and its layer in the sample town.
SPATIAL_INPUT = {
    "areacomposition": ("ZONES", "wards"),
    "buildnetwork": ("NETWORK", "roads"),
    "catchments": ("FACILITIES", "facilities"),
    "traveltimematrix": ("DESTINATIONS", "candidate_sites"),
    "nearestfacility": ("DEMAND", "postcodes"),
    "optimiselocations": ("DEMAND", "postcodes"),
    "surveyclusters": ("POSTCODES", "postcodes"),
    "verifyclusters": ("CLUSTERS", "district"),
}


@pytest.mark.parametrize("name", sorted(SPATIAL_INPUT))
def test_a_layer_without_crs_is_refused_saying_where_to_set_it(provider, sample_town, tmp_path, name):
    key, layer = SPATIAL_INPUT[name]
    copy = memory_copy(uri(sample_town, layer), name="no_prj", crs="")
    assert not copy.crs().isValid()
    with pytest.raises(QgsProcessingException) as error:
        run_algorithm(f"placeinsight:{name}", parameters(name, sample_town, tmp_path, **{key: copy}))
    message = str(error.value)
    assert "no_prj has no coordinate reference system" in message and "Layer Properties" in message, message
    assert not list(tmp_path.iterdir())


def test_metres_declared_as_degrees_are_refused(provider, sample_town, tmp_path):
    """A GeoJSON without a CRS is read as WGS 84: British National Grid metres then run far past 180°."""
    copy = memory_copy(uri(sample_town, "postcodes"), name="homes", crs="EPSG:4326")
    with pytest.raises(QgsProcessingException, match=r"homes is in EPSG:4326, a CRS in degrees, .* look like metres"):
        run_algorithm("placeinsight:optimiselocations", parameters("optimiselocations", sample_town, tmp_path, DEMAND=copy))


def test_degrees_declared_as_metres_are_warned_about(provider, sample_town, tmp_path):
    source = uri(sample_town, "facilities")
    town_crs = memory_copy(source).crs()
    to_degrees = QgsCoordinateTransform(town_crs, QgsCoordinateReferenceSystem("EPSG:4326"), QgsProject.instance())

    def in_degrees(i, geometry):
        geometry.transform(to_degrees)
        return geometry

    copy = memory_copy(source, name="sites", geometry=in_degrees)  # degrees, still declared in the town's CRS
    feedback = RecordingFeedback()
    try:
        run_algorithm(
            "placeinsight:catchments", parameters("catchments", sample_town, tmp_path, FACILITIES=copy), feedback=feedback
        )
    except QgsProcessingException:
        pass  # far from every road: refused or not, the warning must say why
    assert "sites is in " in feedback.text and "longitude/latitude numbers" in feedback.text, feedback.text


def test_the_catchments_base_layer_warns_like_every_other_input(provider, sample_town, tmp_path):
    """The households counted inside the catchments are read with the run's feedback: their warnings reach the log."""
    source = uri(sample_town, "postcodes")
    patchy = memory_copy(source, name="homes", geometry=lambda i, g: None if i < 2 else g)
    missing = [f.id() for f in patchy.getFeatures() if not f.hasGeometry()]
    feedback = RecordingFeedback()
    run_algorithm(
        "placeinsight:catchments", parameters("catchments", sample_town, tmp_path / "patchy", BASE=patchy), feedback=feedback
    )
    expected = f"2 features of homes have no geometry (NULL or empty) and are left out: features {missing[0]}, {missing[1]}"
    assert expected in feedback.text, feedback.text

    town_crs = patchy.crs()
    to_degrees = QgsCoordinateTransform(town_crs, QgsCoordinateReferenceSystem("EPSG:4326"), QgsProject.instance())

    def in_degrees(i, geometry):
        geometry.transform(to_degrees)
        return geometry

    feedback = RecordingFeedback()
    degrees = memory_copy(source, name="homes", geometry=in_degrees)  # degrees, still declared in the town's CRS
    try:
        run_algorithm(
            "placeinsight:catchments",
            parameters("catchments", sample_town, tmp_path / "degrees", BASE=degrees),
            feedback=feedback,
        )
    except QgsProcessingException:
        pass  # nobody inside any catchment: refused or not, the warning must say why
    assert "homes is in " in feedback.text and "longitude/latitude numbers" in feedback.text, feedback.text
