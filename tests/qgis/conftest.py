"""Fixtures of the QGIS tier: real QGIS (offscreen), real Processing."""

from __future__ import annotations

import pytest
from algorithm_runs import registered_provider
from qgis.core import QgsProject, QgsSettings

from place_insight.plugin.bridge.i18n import Translation


@pytest.fixture(scope="session", autouse=True)
def english_at_start(qgis_app):
    """Every run starts in English, even after an interrupted run left the test profile in French."""
    QgsSettings().setValue("locale/userLocale", "en")


@pytest.fixture(scope="session")
def processing_ready(qgis_processing):
    """Processing initialised (native algorithms available)."""
    return True


@pytest.fixture
def provider(processing_ready):
    """The Place Insight provider, registered in the Processing registry."""
    return registered_provider()


@pytest.fixture(scope="module")
def provider_module(processing_ready):
    """The provider, for module-scoped fixtures that run an algorithm once for several tests."""
    return registered_provider()


@pytest.fixture(scope="session")
def qgis_profile(tmp_path_factory, root):
    """A private QGIS profile with the plugin deployed and enabled, for qgis_process."""
    from algorithm_runs import deploy_profile

    return deploy_profile(tmp_path_factory.mktemp("profile"), root)


@pytest.fixture
def project():
    """An empty project, cleared again after the test."""
    QgsProject.instance().clear()
    yield QgsProject.instance()
    QgsProject.instance().clear()


def set_locale(name: str) -> Translation:
    settings = QgsSettings()
    settings.setValue("locale/overrideFlag", True)
    settings.setValue("locale/userLocale", name)
    translation = Translation()
    translation.install()
    return translation


@pytest.fixture
def french():
    """The QGIS locale set to French with the plugin's translator installed; restored afterwards."""
    settings = QgsSettings()
    previous = settings.value("locale/userLocale", "")
    translation = set_locale("fr")
    assert translation.installed, "the French .qm is missing: make setup builds it"
    yield translation
    translation.remove()
    settings.setValue("locale/userLocale", previous or "en")
