"""The Place Insight Processing provider (id ``placeinsight``)."""

from __future__ import annotations

from qgis.core import QgsApplication, QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from ..plugin.bridge.i18n import tr
from .base import ICON
from .build_network import BuildNetwork
from .compare_profiles import CompareProfiles
from .compose_areas import ComposeAreas
from .compute_travel_times import ComputeTravelTimes
from .draw_catchments import DrawCatchments
from .estimate_channel_demand import EstimateChannelDemand
from .example_models import example_models
from .export_catalogue import ExportCatalogue
from .find_nearest_facility import FindNearestFacility
from .find_survey_clusters import FindSurveyClusters
from .optimise_locations import OptimiseLocations
from .profile_segments import ProfileSegments
from .target_areas import TargetAreas
from .verify_clusters import VerifyClusters


class PlaceInsightProvider(QgsProcessingProvider):
    """Lists every algorithm of the plugin explicitly."""

    ALGORITHMS = (
        ExportCatalogue,
        ProfileSegments,
        ComposeAreas,
        TargetAreas,
        CompareProfiles,
        EstimateChannelDemand,
        BuildNetwork,
        DrawCatchments,
        ComputeTravelTimes,
        FindNearestFacility,
        OptimiseLocations,
        FindSurveyClusters,
        VerifyClusters,
    )

    def id(self):
        return "placeinsight"

    def name(self):
        return tr("Place Insight")

    def longName(self):
        return tr("Place Insight: customer insight for public services")

    def icon(self):
        return QIcon(str(ICON))

    def svgIconPath(self):
        return str(ICON)

    def loadAlgorithms(self):
        for algorithm in self.ALGORITHMS:
            self.addAlgorithm(algorithm())
        registry = QgsApplication.processingRegistry()
        if registry.providerById(self.id()) is None:
            # A model finds its steps in the registry, which lists this provider only once it has loaded:
            # load the models again as soon as it is listed.
            registry.providerAdded.connect(self._load_models_once_listed)
            return
        for model in example_models():  # resources/models, as placeinsight:model_…
            self.addAlgorithm(model)

    def _load_models_once_listed(self, provider_id: str) -> None:
        if provider_id != self.id():
            return
        QgsApplication.processingRegistry().providerAdded.disconnect(self._load_models_once_listed)
        self.refreshAlgorithms()

    @classmethod
    def documented_algorithms(cls) -> list:
        """A fresh, initialised instance of every algorithm and example model, in the current language (for the help pages)."""
        algorithms = []
        for algorithm_class in cls.ALGORITHMS:
            algorithm = algorithm_class()
            algorithm.initAlgorithm()
            algorithms.append(algorithm)
        return algorithms + example_models()
