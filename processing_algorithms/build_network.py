"""Build a routable road network for walk, cycle and drive; write its edges and islands, optionally save it."""

from __future__ import annotations

from qgis.core import (
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFileDestination,
    QgsWkbTypes,
)

from ..engine.network.geometry import edge_geometries
from ..engine.network.storage import save_network
from ..engine.network.summary import edge_table, island_table
from ..plugin import bridge
from ..plugin.bridge import styling
from ..plugin.bridge.i18n import tr
from .base import PlaceInsightAlgorithm
from .network_parameters import NetworkParameters


class BuildNetwork(NetworkParameters, PlaceInsightAlgorithm):
    NAME = "buildnetwork"
    GROUP = "accessibility"
    TAGS = (
        "network, réseau, road network, réseau routier, routing, routage, graph, graphe, OSM, OpenStreetMap, Open Roads, "
        "OS Open Roads, BD TOPO, one-way, sens unique, speed, vitesse, islands, îlots, topology, topologie, walk, cycle, "
        "drive, marche, vélo, voiture"
    )
    REQUIRES = ("numpy", "pandas", "scipy")
    OUTPUT = "OUTPUT"
    ISLANDS = "ISLANDS"
    SAVE = "SAVE"
    NODES = "NODES"
    EDGES = "EDGES"
    DRIVE_ISLANDS = "DRIVE_ISLANDS"

    def display_name(self):
        return tr("Build network")

    def summary(self):
        return tr(
            "Turns a line layer (or an OpenStreetMap file) into a routable network for walking, cycling and driving: "
            "lines are split where they share a vertex, nearly touching ends are joined, speeds come from a speed "
            "field, maxspeed or road-class defaults, one-way streets are respected, and parts of the network not "
            "connected to the rest (islands) are found. The network is kept in memory for the QGIS session and can be "
            "saved to a file, so catchments, travel-time matrices and location planning reuse it without rebuilding."
        )

    def short_description(self):
        return tr(
            "Builds a routable walk, cycle and drive network from roads (OSM, Open Roads…): speeds, one-way streets, islands."
        )

    def parameter_notes(self):
        return [
            ((self.NETWORK, self.NETWORK_FILE), tr("the roads (line layer), or an OSM file")),
            ((self.OUTPUT,), tr("one line per edge with minutes per mode")),
            ((self.ISLANDS,), tr("parts cut off from the main network")),
            ((self.SAVE,), tr("a file the other algorithms read without rebuilding")),
        ]

    def initAlgorithm(self, config=None):
        self.add_network_parameters(profile=False, snapping=False)
        self.add_sink(
            QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Network edges")),
            tr(
                "One line per edge, in the network layer's CRS: source feature id, the nodes it joins, road class, "
                "length (m), minutes to travel it walking, cycling and driving (NULL where the mode may not use it), "
                "drive speed (km/h), the directions drivers and cyclists may take (both, forward, backward), and "
                "the island of each mode (0 = the main network). Given as the road network of the other "
                "accessibility and location algorithms, these edges are read as built."
            ),
        )
        self.add_sink(
            QgsProcessingParameterFeatureSink(self.ISLANDS, tr("Islands"), optional=True, createByDefault=True),
            tr(
                "One multi-line per island of each mode: mode, island number (0 = main network), number of "
                "edges and length (km). Points on a small island only reach that island."
            ),
        )
        self.add_sink(
            QgsProcessingParameterFileDestination(
                self.SAVE,
                tr("Save the network to a file"),
                fileFilter=tr("Place Insight network (*.npz)"),
                optional=True,
                createByDefault=False,
            ),
            tr(
                "A file (.npz) that the catchment, matrix, nearest-facility and location-planning algorithms "
                "accept instead of the line layer."
            ),
        )
        self.add_number_outputs(
            (self.NODES, tr("Number of nodes"), tr("Junctions and line ends.")),
            (self.EDGES, tr("Number of edges"), tr("Lines between junctions.")),
            (
                self.DRIVE_ISLANDS,
                tr("Number of drive islands"),
                tr("Connected parts of the drive network (1 = fully connected)."),
            ),
        )

    def process(self, parameters, context, progress):
        network = self.read_network(parameters, context, progress)
        crs = bridge.crs_of_network(network)
        output_crs = bridge.output_crs(network, crs)
        xy, offsets = edge_geometries(network)
        edges = bridge.transform_geometries(bridge.lines_from_flat(xy, offsets), crs, output_crs, context)
        results = {
            self.NODES: network.n_nodes,
            self.EDGES: network.n_edges,
            self.DRIVE_ISLANDS: network.profile("drive").n_islands,
        }
        table = edge_table(network)
        results[self.OUTPUT] = bridge.write_frame(
            self,
            parameters,
            self.OUTPUT,
            context,
            table,
            geometries=edges,
            wkb_type=QgsWkbTypes.Type.LineString,
            crs=output_crs,
            feedback=progress,
        )
        self.outputs.style(results[self.OUTPUT], styling.NetworkEdgeStyle(table["road_class"].unique().tolist()))
        if parameters.get(self.ISLANDS) is not None:
            table, members = island_table(network)
            islands = bridge.transform_geometries(bridge.multilines_from_flat(xy, offsets, members), crs, output_crs, context)
            results[self.ISLANDS] = bridge.write_frame(
                self,
                parameters,
                self.ISLANDS,
                context,
                table,
                geometries=islands,
                wkb_type=QgsWkbTypes.Type.MultiLineString,
                crs=output_crs,
                feedback=progress,
            )
            self.outputs.style(results[self.ISLANDS], styling.IslandStyle())
        path = self.parameterAsFileOutput(parameters, self.SAVE, context)
        if path:
            results[self.SAVE] = self.outputs.save(path, lambda staged: save_network(network, staged), name=self.SAVE)
            progress.info(tr("Network saved to {path}.").format(path=path))
        return results
