"""The plugin deployed into a private profile is seen by qgis_process."""

from __future__ import annotations

from algorithm_runs import qgis_process


def test_qgis_process_lists_the_provider_and_its_algorithms(qgis_profile, provider):
    completed = qgis_process(["list"], qgis_profile)
    assert completed.returncode == 0, completed.stderr
    assert "Place Insight" in completed.stdout
    for algorithm in provider.algorithms():
        assert algorithm.id() in completed.stdout, algorithm.id()


def test_qgis_process_shows_the_help(qgis_profile):
    completed = qgis_process(["help", "placeinsight:exportcatalogue"], qgis_profile)
    assert completed.returncode == 0, completed.stderr
    assert "Classification catalogue" in completed.stdout
