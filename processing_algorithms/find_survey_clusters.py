"""Find clusters of chosen survey answers (or of incidents): kernel density, Gi*, nearest-neighbour clustering."""

from __future__ import annotations

import math

import numpy as np
from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingParameterDistance,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsProperty,
    QgsWkbTypes,
)

from ..engine.progress import Band
from ..engine.survey import clusters, search
from ..plugin import bridge
from ..plugin.bridge import styling
from ..plugin.bridge.compat import NUMBER_DOUBLE, NUMBER_INTEGER
from ..plugin.bridge.i18n import tr
from .base import PlaceInsightAlgorithm
from .choices import make_choices
from .survey_inputs import SurveyInputs


class FindSurveyClusters(SurveyInputs, PlaceInsightAlgorithm):
    NAME = "surveyclusters"
    GROUP = "surveyhotspots"
    TAGS = (
        "hotspot, hot spot, point chaud, points chauds, cluster, agrégat, Getis-Ord, Gi*, kernel density, KDE, densité, "
        "estimation par noyau, heatmap, carte de chaleur, CrimeStat, nearest neighbour, plus proche voisin, NNH, crime, "
        "délinquance, fear of crime, sentiment d'insécurité, survey, enquête, sondage"
    )
    REQUIRES = ("numpy", "pandas", "scipy")
    RESPONSES = "INPUT"
    METHOD, KERNEL, BANDWIDTH, CELL_SIZE = "METHOD", "KERNEL", "BANDWIDTH", "CELL_SIZE"
    PERCENTILE, SHARE_MULTIPLE, MIN_COUNT = "PERCENTILE", "SHARE_MULTIPLE", "MIN_COUNT"
    NEIGHBOURS, DISTANCE_BAND, K, GI_VALUE, ALPHA = "NEIGHBOURS", "DISTANCE_BAND", "K", "GI_VALUE", "ALPHA"
    PROBABILITY, THRESHOLD, AREA, MIN_POINTS = "PROBABILITY", "THRESHOLD", "AREA", "MIN_POINTS"
    MAX_ORDER = "MAX_ORDER"
    OUTPUT, DENSITY, CLUSTERS = "OUTPUT", "DENSITY", "CLUSTERS"

    def display_name(self):
        return tr("Find survey clusters")

    def summary(self):
        return tr(
            "Finds where chosen answers of a residents' survey (e.g. 'Very unsafe' or 'Fairly unsafe') cluster, or "
            "where incidents cluster when no answer field is given. Records are points, or a table keyed by postcode "
            "placed at the postcode units. Methods: kernel density on a grid, with clusters where the density of "
            "chosen answers exceeds a percentile, or where their kernel-smoothed share of all responses is high; "
            "Getis-Ord Gi* on grid cells or postcode units with a false-discovery-rate correction; nearest-neighbour "
            "hierarchical clustering as in CrimeStat. Settings left empty are chosen from the data. Distances are in "
            "a projected CRS (a local UTM zone for a geographic CRS). Clusters found here are not yet verified: run "
            "'Verify survey clusters' to check that they are not just where more people answered, and that the "
            "answers are concentrated even allowing for the search (each cluster carries this run's settings in "
            "its field 'search', from which the verification runs the same search on simulated answers)."
        )

    def short_description(self):
        return tr("Finds hotspots of chosen survey answers or incidents: kernel density, Getis-Ord Gi* or CrimeStat clusters.")

    def parameter_notes(self):
        return [
            *self.survey_notes(),
            ((self.METHOD,), tr("how clusters are found")),
            ((self.PERCENTILE, self.SHARE_MULTIPLE, self.ALPHA, self.PROBABILITY), tr("each method's threshold")),
            ((self.MIN_POINTS,), tr("smaller clusters are dropped")),
            ((self.OUTPUT,), tr("cluster polygons with their counts")),
            ((self.DENSITY,), tr("kernel density of the chosen answers")),
        ]

    def initAlgorithm(self, config=None):
        self.add_survey_parameters(
            label=tr("Responses or incidents"),
            help_text=tr("Survey responses (points, or a table keyed by postcode) or incidents (points)."),
            postcodes_help=tr(
                "Postcode unit points: where records keyed by postcode are placed, and the units of "
                "Gi* on postcode units (units without a response count as zero)."
            ),
        )
        methods = [
            ("density", tr("Kernel density: density above a percentile")),
            ("share", tr("Kernel density: high share of chosen answers")),
            ("gi_grid", tr("Getis-Ord Gi* on grid cells")),
            ("gi_units", tr("Getis-Ord Gi* on postcode units or locations")),
            ("nnh", tr("Nearest-neighbour hierarchical clustering (CrimeStat)")),
        ]
        self.add_choice(
            self.METHOD,
            tr("Method"),
            make_choices(methods, "density"),
            tr(
                "How clusters are found (see the summary above). The settings of each method are among the "
                "advanced parameters, named after their method; settings left at 0 are chosen from the data."
            ),
        )
        self.add_choice(
            self.KERNEL,
            tr("Kernel density: kernel"),
            make_choices([("quartic", tr("Quartic")), ("gaussian", tr("Gaussian"))], "quartic"),
            tr("Kernel shape for the density methods."),
            optional=True,
            advanced=True,
        )
        self.add(
            self._distance(self.BANDWIDTH, tr("Kernel density: bandwidth (0: from the data)")),
            tr(
                "Quartic: the kernel radius; Gaussian: its standard deviation. 0 uses the spatial form of "
                "Silverman's rule, 0.9·min(SD, √(1/ln 2)·Dm)·n^(-1/5) of the chosen answers (SD: standard "
                "distance, Dm: median distance from the mean centre; a Gaussian gets that radius ÷ √8, the same "
                "variance). It also sets the default Gi* distance band."
            ),
            advanced=True,
        )
        self.add(
            self._distance(self.CELL_SIZE, tr("Kernel density and Gi* on grid cells: cell size (0: from the data)")),
            tr("Grid cell size of the density and Gi* grid methods. 0: a fifth of the kernel radius."),
            advanced=True,
        )
        self.add(
            self._number(self.PERCENTILE, tr("Density above a percentile: percentile"), 95.0, 0.0, 100.0),
            tr(
                "Density method: cells whose density of chosen answers exceeds this percentile of the densities "
                "over the surveyed area form clusters."
            ),
            advanced=True,
        )
        self.add(
            self._number(self.SHARE_MULTIPLE, tr("High share of chosen answers: share multiple"), 1.5, 0.0),
            tr(
                "Share method: cells where the kernel-smoothed share of chosen answers is at least this multiple "
                "of the overall share form clusters."
            ),
            advanced=True,
        )
        self.add(
            self._number(
                self.MIN_COUNT,
                tr("High share of chosen answers: minimum responses within the kernel radius"),
                20,
                0,
                integer=True,
            ),
            tr("Share method: cells with fewer responses within the kernel radius are ignored."),
            advanced=True,
        )
        self.add_choice(
            self.NEIGHBOURS,
            tr("Gi*: neighbours"),
            make_choices([("band", tr("Distance band")), ("knn", tr("k nearest neighbours"))], "band"),
            tr(
                "Gi* neighbourhood: units within the distance band, or the k nearest; weights are binary and "
                "include the unit itself. Units exactly on the band count as neighbours (distances are compared "
                "with a relative tolerance of one part in a billion, so rounding never decides and a moved copy "
                "of the data gives the same clusters). With k nearest, every unit tied with the k-th nearest "
                "counts too, so a unit may have more than k neighbours (grid cells often do); the log says how "
                "many."
            ),
            optional=True,
            advanced=True,
        )
        self.add(
            self._distance(self.DISTANCE_BAND, tr("Gi*: distance band (0: from the data)")),
            tr("0: the default bandwidth (see Bandwidth)."),
            advanced=True,
        )
        self.add(
            self._number(self.K, tr("Gi*: number of neighbours"), 8, 1, integer=True),
            tr("k for k nearest neighbours."),
            advanced=True,
        )
        self.add_choice(
            self.GI_VALUE,
            tr("Gi*: value"),
            make_choices([("count", tr("Number of chosen answers")), ("share", tr("Share of chosen answers"))], "count"),
            tr("What Gi* looks for hot spots of, per unit. The share uses only units with responses."),
            optional=True,
            advanced=True,
        )
        self.add(
            self._number(self.ALPHA, tr("Gi*: false discovery rate"), 0.05, 0.0001, 0.5),
            tr(
                "Units with a positive z-score whose Benjamini–Hochberg adjusted one-sided p-value is at most "
                "this are hot; touching hot units form one cluster."
            ),
            advanced=True,
        )
        self.add(
            self._number(self.PROBABILITY, tr("Nearest-neighbour: probability (0: areas of the usual size)"), 0.0, 0.0, 0.9999),
            tr(
                "0 (the default): link chosen answers closer than √(2A/(πN)), the radius of a circle that would "
                "hold two of the N chosen answers on average if they were spread at random over the study area "
                "A. Random answers then form only small groups, while an area where they are about three times "
                "as dense joins up into one cluster: areas of a square kilometre or so, the size analysts look "
                "for. The log gives the distance. A probability p instead gives CrimeStat's threshold, the mean "
                "random nearest-neighbour distance 0.5·√(A/N) plus t(p, N−1) standard errors 0.26136·√A/N "
                "(0.05 in CrimeStat): it links only pairs closer than random ones and finds fragments of such "
                "areas."
            ),
            advanced=True,
        )
        self.add(
            self._distance(self.THRESHOLD, tr("Nearest-neighbour: fixed threshold distance (0: from the probability)")),
            tr(
                "CrimeStat's fixed-distance option: link points closer than this instead. Clusters of higher "
                "orders then link cluster centres closer than the same distance, which first-order clusters "
                "seldom are: leave 0 to let the threshold grow with each order."
            ),
            advanced=True,
        )
        self.add(
            self._number(self.AREA, tr("Nearest-neighbour: study area in km² (0: bounding rectangle)"), 0.0, 0.0),
            tr("Area A of the nearest-neighbour threshold. 0: the bounding rectangle of all records."),
            advanced=True,
        )
        self.add(
            self._number(self.MIN_POINTS, tr("Minimum chosen answers per cluster"), 10, 1, integer=True),
            tr("Clusters with fewer chosen answers are dropped (every method)."),
        )
        self.add(
            self._number(self.MAX_ORDER, tr("Nearest-neighbour: highest order of clusters"), 1, 1, integer=True),
            tr(
                "1: first-order clusters only. 2 or more: as CrimeStat, the mean centres of the clusters of one "
                "order are clustered again into clusters of the next order, with the threshold distance "
                "recomputed from the number of clusters (same study area and rule); a higher-order "
                "cluster joins at least two clusters of the order below, and its polygon outlines all their "
                "points. Stops earlier when fewer than two clusters remain or the threshold is not positive."
            ),
            advanced=True,
        )
        self.add_sink(
            QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Survey clusters")),
            tr(
                "Cluster polygons: cluster_id, method, order (1; 2, 3… for nearest-neighbour clusters of "
                "clusters; always 1 for the other methods, so that 'order = 1' selects the base clusters of "
                "any method), chosen (chosen answers inside), responses (all records inside), share, "
                "area_km2, density (chosen answers per km²), members (cells, units or points that make the "
                "cluster; clusters of the order below for higher orders), peak_density (density methods), "
                "max_z (Gi*), search (this run's settings, for 'Verify survey clusters' to run the same search on "
                "simulated data). Grid methods give merged cells; point methods an alpha shape (convex hull when "
                "it is empty) with a margin."
            ),
        )
        self.add_sink(
            QgsProcessingParameterRasterDestination(self.DENSITY, tr("Density raster"), optional=True, createByDefault=False),
            tr("Optional GeoTIFF of the kernel density of chosen answers per km²."),
        )
        self.addOutput(QgsProcessingOutputNumber(self.CLUSTERS, tr("Number of clusters")))
        self.add_output_help(tr("Number of clusters"), tr("How many clusters were found."))

    @staticmethod
    def _distance(name, label):
        return QgsProcessingParameterDistance(name, label, 0.0, minValue=0.0, optional=True)

    @staticmethod
    def _number(name, label, default, minimum, maximum=None, *, integer=False):
        kind = NUMBER_INTEGER if integer else NUMBER_DOUBLE
        if maximum is None:
            return QgsProcessingParameterNumber(name, label, kind, default, True, minimum)
        return QgsProcessingParameterNumber(name, label, kind, default, True, minimum, maximum)

    def options(self, parameters, context) -> clusters.ClusterOptions:
        def number(name):
            return self.parameterAsDouble(parameters, name, context)

        return clusters.ClusterOptions(
            method=self.choice(parameters, self.METHOD, context),
            kernel=self.choice(parameters, self.KERNEL, context),
            bandwidth=number(self.BANDWIDTH) or None,
            cell_size=number(self.CELL_SIZE) or None,
            percentile=number(self.PERCENTILE),
            share_multiple=number(self.SHARE_MULTIPLE),
            min_count=self.parameterAsInt(parameters, self.MIN_COUNT, context),
            neighbours=self.choice(parameters, self.NEIGHBOURS, context),
            distance_band=number(self.DISTANCE_BAND) or None,
            k=self.parameterAsInt(parameters, self.K, context),
            gi_value=self.choice(parameters, self.GI_VALUE, context),
            alpha=number(self.ALPHA),
            probability=number(self.PROBABILITY) or None,
            threshold=number(self.THRESHOLD) or None,
            area=number(self.AREA) * 1e6 or None,
            min_points=self.parameterAsInt(parameters, self.MIN_POINTS, context),
            max_order=self.parameterAsInt(parameters, self.MAX_ORDER, context),
        )

    def checkParameterValues(self, parameters, context):  # noqa: N802 - QGIS API
        order = parameters.get(self.MAX_ORDER)
        if order not in (None, "") and not isinstance(order, QgsProperty):
            try:
                number = float(order)
            except (TypeError, ValueError):
                number = math.nan
            if not (math.isfinite(number) and number >= 1 and number == int(number)):
                return False, tr(
                    "Highest order of nearest-neighbour clusters: {value} is not allowed; give a whole "
                    "number of at least 1 (1: first-order clusters only)."
                ).format(value=order)
        return super().checkParameterValues(parameters, context)

    def process(self, parameters, context, progress):
        options = self.options(parameters, context)
        data = self.read_survey(parameters, context, progress)
        progress.info(self.chosen_count_message(data))
        result = clusters.find_clusters(data.points, options, progress=Band(progress, 20, 80))
        progress.info(clusters.describe(result))
        polygons = bridge.cluster_polygons(result.shapes)
        locations, inverse, _chosen, _all = clusters.unique_locations(data.points.xy, data.points.chosen)
        location, zone = bridge.point_zone_pairs(locations, polygons, feedback=progress)
        inside = clusters.records_inside(zone, location, inverse, len(polygons), len(locations))
        table = clusters.cluster_table(result, inside, data.points.chosen, bridge.polygon_areas(polygons) / 1e6)
        # how Verify survey clusters runs the same search again, and over how many records
        table["search"] = search.options_text(options, len(data.points.xy))
        raster_path = self.parameterAsOutputLayer(parameters, self.DENSITY, context)
        surface = None
        if raster_path:
            surface = result.density or clusters.density_surface(data.points, options, Band(progress, 80, 90))
        progress.check()
        geometries = bridge.transform_geometries(polygons, data.crs, data.output_crs, context)
        for geometry in geometries:
            geometry.convertToMultiType()
        dest_id = bridge.write_frame(
            self,
            parameters,
            self.OUTPUT,
            context,
            table,
            geometries=geometries,
            wkb_type=QgsWkbTypes.Type.MultiPolygon,
            crs=data.output_crs,
            feedback=progress,
        )
        outputs = {self.OUTPUT: dest_id, self.CLUSTERS: len(table)}
        self.outputs.style(dest_id, styling.ClusterStyle(table["density"].tolist()))
        if surface is not None:
            grid = surface.grid
            description = tr("Chosen answers per km²")
            outputs[self.DENSITY] = self.outputs.save(
                raster_path,
                lambda path: bridge.write_raster(
                    path, surface.chosen, x0=grid.x0, y0=grid.y0, cell=grid.cell, crs=data.crs, description=description
                ),
                name=self.DENSITY,
            )
            peak = float(np.nanmax(surface.chosen)) if np.size(surface.chosen) else 0.0
            self.outputs.style(outputs[self.DENSITY], styling.DensityRasterStyle(peak))
        return outputs
