"""Origin × destination travel-time matrix along the road network."""

from __future__ import annotations

import numpy as np
from qgis.core import (
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)

from ..engine.accessibility.matrix import matrix_table, nearest_pairs, summary_messages, travel_times
from ..engine.progress import Band
from ..plugin import bridge
from ..plugin.bridge import styling
from ..plugin.bridge.compat import FIELD_ANY, NUMBER_DOUBLE, NUMBER_INTEGER, SOURCE_ANY_GEOMETRY
from ..plugin.bridge.i18n import tr
from .base import PlaceInsightAlgorithm
from .network_parameters import NetworkParameters


class ComputeTravelTimes(NetworkParameters, PlaceInsightAlgorithm):
    NAME = "traveltimematrix"
    GROUP = "accessibility"
    TAGS = (
        "OD matrix, origin-destination, origine-destination, matrice, distance matrix, matrice de distances, travel time, "
        "temps de trajet, temps de parcours, drive time, walk time, shortest path, plus court chemin, Dijkstra, network, "
        "réseau, OSM, OpenStreetMap"
    )
    REQUIRES = ("numpy", "pandas", "scipy")
    ORIGINS = "ORIGINS"
    ORIGIN_ID = "ORIGIN_ID"
    DESTINATIONS = "DESTINATIONS"
    DESTINATION_ID = "DESTINATION_ID"
    CUTOFF = "CUTOFF"
    K_NEAREST = "K_NEAREST"
    OUTPUT = "OUTPUT"
    LINES = "LINES"
    UNREACHABLE = "UNREACHABLE"
    PAIRS = "PAIRS"

    def display_name(self):
        return tr("Travel-time matrix")

    def summary(self):
        return tr(
            "Travel times (minutes) and distances (metres along the fastest route) from every origin to every "
            "destination by walking, cycling or driving on the road network. Searches run from the smaller side with "
            "scipy's Dijkstra, bounded by the cut-off, on every processor core for large matrices. Pairs with no "
            "route, or beyond the cut-off, are left out of the table and counted in the log (their time is unknown, "
            "not zero)."
        )

    def short_description(self):
        return tr("Travel times and distances from every origin to every destination along the road network (OD matrix).")

    def parameter_notes(self):
        return [
            ((self.ORIGINS, self.ORIGIN_ID), tr("points, with an id field")),
            ((self.DESTINATIONS, self.DESTINATION_ID), tr("points, with an id field")),
            *self.network_notes(),
            ((self.CUTOFF, self.K_NEAREST), tr("fewer, nearer pairs")),
            ((self.OUTPUT,), tr("minutes and metres per pair")),
            ((self.LINES,), tr("the same pairs as straight lines")),
        ]

    def initAlgorithm(self, config=None):
        for name, label, id_name, id_label in (
            (self.ORIGINS, tr("Origins"), self.ORIGIN_ID, tr("Origin id field")),
            (self.DESTINATIONS, tr("Destinations"), self.DESTINATION_ID, tr("Destination id field")),
        ):
            self.add(
                QgsProcessingParameterFeatureSource(name, label, [SOURCE_ANY_GEOMETRY]),
                tr("Points (or the centroids of lines and polygons), in any CRS."),
            )
            self.add(
                QgsProcessingParameterField(id_name, id_label, parentLayerParameterName=name, type=FIELD_ANY, optional=True),
                tr("Identifies each feature in the table; empty: the feature id."),
            )
        self.add_network_parameters(default_profile="drive")
        self.add(
            QgsProcessingParameterNumber(self.CUTOFF, tr("Cut-off (minutes)"), NUMBER_DOUBLE, defaultValue=0.0, minValue=0.0),
            tr("Leave out pairs farther apart than this; 0: no cut-off. A cut-off makes large matrices faster."),
        )
        self.add(
            QgsProcessingParameterNumber(
                self.K_NEAREST, tr("Nearest destinations per origin"), NUMBER_INTEGER, defaultValue=0, minValue=0
            ),
            tr("Keep only this many nearest destinations of each origin; 0: all."),
        )
        self.add_sink(
            QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Travel-time table")),
            tr("A table: origin id, destination id, minutes, metres and rank (1 = nearest destination of the origin)."),
        )
        self.add_sink(
            QgsProcessingParameterFeatureSink(self.LINES, tr("Straight lines"), optional=True, createByDefault=False),
            tr("The same rows as straight lines from origin to destination, in the origins' CRS."),
        )
        self.add_number_outputs(
            (self.PAIRS, tr("Pairs with a time"), tr("Rows of the table.")),
            (self.UNREACHABLE, tr("Unreachable pairs"), tr("Pairs of points on the network with no route between them.")),
        )

    def process(self, parameters, context, progress):
        network = self.read_network(parameters, context, Band(progress, 0, 30))
        crs = bridge.crs_of_network(network)
        layers = []
        for name, id_name in ((self.ORIGINS, self.ORIGIN_ID), (self.DESTINATIONS, self.DESTINATION_ID)):
            source = self.required_source(parameters, name, context)
            id_field = self.parameterAsString(parameters, id_name, context) or None
            data = bridge.read_layer(
                source, [id_field], context=context, feedback=Band(progress, 30, 30), geometry="xy", crs=crs, required=True
            )
            layers.append((source, data, data.ids(id_field).tolist()))
        (origins, o_data, o_ids), (_, d_data, d_ids) = layers
        cutoff = self.parameterAsDouble(parameters, self.CUTOFF, context) or None
        k = self.parameterAsInt(parameters, self.K_NEAREST, context) or None
        result = travel_times(
            network,
            self.profile_id(parameters, context),
            o_data.xy,
            d_data.xy,
            tolerance=self.snap_tolerance(parameters, context),
            cutoff_min=cutoff,
            progress=Band(progress, 30, 85),
        )
        infos, warnings = summary_messages(result, o_ids, d_ids)
        for message in infos:
            progress.info(message)
        for message in warnings:
            progress.warn(message)
        pairs = nearest_pairs(result, k=k)
        results = {self.PAIRS: len(pairs), self.UNREACHABLE: result.unreachable}
        table = matrix_table(pairs, o_ids, d_ids)
        if parameters.get(self.LINES) is not None:
            ends = np.stack([o_data.xy[pairs["origin"].to_numpy()], d_data.xy[pairs["destination"].to_numpy()]], axis=1)
            lines = bridge.transform_geometries(bridge.lines_from_coordinates(ends), crs, origins.sourceCrs(), context)
            results[self.LINES] = bridge.write_frame(
                self,
                parameters,
                self.LINES,
                context,
                table,
                geometries=lines,
                wkb_type=QgsWkbTypes.Type.LineString,
                crs=origins.sourceCrs(),
                feedback=progress,
            )
            minutes = table["minutes"]
            self.outputs.style(results[self.LINES], styling.TravelTimeLineStyle(minutes.min(), minutes.max()))
        results[self.OUTPUT] = bridge.write_frame(self, parameters, self.OUTPUT, context, table, feedback=progress)
        return results
