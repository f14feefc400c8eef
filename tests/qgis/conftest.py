"""Fixtures of the QGIS tier: real QGIS (offscreen), real Processing."""

from __future__ import annotations

import pytest
from qgis.core import QgsApplication, QgsProject, QgsSettings

from place_insight.plugin.i18n import Translation


@pytest.fixture(scope="session")
def processing_ready(qgis_processing):
    """Processing initialised (native algorithms available)."""
    return True


_KEEP_ALIVE = []  # the registry owns the C++ provider; Python must keep the subclass alive


@pytest.fixture
def provider(processing_ready):
    """The Place Insight provider, registered in the Processing registry."""
    return _registered_provider()


@pytest.fixture(scope="module")
def provider_module(processing_ready):
    """The provider, for module-scoped fixtures that run an algorithm once for several tests."""
    return _registered_provider()


def _registered_provider():
    from place_insight.processing_algorithms.provider import PlaceInsightProvider

    registry = QgsApplication.processingRegistry()
    existing = registry.providerById("placeinsight")
    if existing is None or not isinstance(existing, PlaceInsightProvider):
        if existing is not None:
            registry.removeProvider(existing)
        existing = PlaceInsightProvider()
        assert registry.addProvider(existing)
        _KEEP_ALIVE.append(existing)
    return existing


@pytest.fixture(scope="session")
def qgis_profile(tmp_path_factory, root):
    """A private QGIS profile with the plugin deployed and enabled, for qgis_process."""
    from processing_helpers import deploy_profile

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
