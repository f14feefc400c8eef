"""The Place Insight Processing provider (id ``placeinsight``)."""

from __future__ import annotations

from qgis.core import QgsProcessingProvider
from qgis.PyQt.QtGui import QIcon

from ..plugin.bridge.i18n import tr
from .base import ICON
from .build_network import BuildNetwork
from .compose_areas import ComposeAreas
from .compute_travel_times import ComputeTravelTimes
from .draw_catchments import DrawCatchments
from .estimate_channel_demand import EstimateChannelDemand
from .export_catalogue import ExportCatalogue
from .find_nearest_facility import FindNearestFacility
from .find_survey_clusters import FindSurveyClusters
from .optimise_locations import OptimiseLocations
from .profile_segments import ProfileSegments
from .verify_clusters import VerifyClusters


class PlaceInsightProvider(QgsProcessingProvider):
    """Lists every algorithm of the plugin explicitly."""

    ALGORITHMS = (
        ExportCatalogue,
        ProfileSegments,
        ComposeAreas,
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
