"""Walk, cycle and drive catchments (isochrones) around facilities, with the population inside each."""

from __future__ import annotations

import numpy as np
from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ..engine import values
from ..engine.accessibility.catchment_lines import reached_lines, reached_lines_table
from ..engine.accessibility.catchments import (
    catchment_table,
    compute_catchments,
    facility_messages,
    parse_bands,
    part_groups,
    reached_table,
)
from ..engine.network.geometry import piece_coordinates
from ..engine.progress import Band
from ..plugin import bridge
from ..plugin.bridge.compat import FIELD_ANY, FIELD_NUMERIC, NUMBER_DOUBLE, SOURCE_ANY_GEOMETRY, SOURCE_POINT
from ..plugin.bridge.i18n import tr
from .base import PlaceInsightAlgorithm
from .network_parameters import NetworkParameters


class DrawCatchments(NetworkParameters, PlaceInsightAlgorithm):
    NAME = "catchments"
    GROUP = "accessibility"
    REQUIRES = ("numpy", "pandas", "scipy")
    FACILITIES = "FACILITIES"
    ID_FIELD = "ID_FIELD"
    NAME_FIELD = "NAME_FIELD"
    BANDS = "BANDS"
    METHOD = "METHOD"
    WIDTH = "WIDTH"
    HULL_EDGE = "HULL_EDGE"
    DISSOLVE = "DISSOLVE"
    BASE = "BASE"
    COUNT_FIELDS = "COUNT_FIELDS"
    PIECES = "PIECES"
    OUTPUT = "OUTPUT"
    EDGES = "EDGES"
    SKIPPED = "SKIPPED"

    def display_name(self):
        return tr("Catchments (walk, cycle and drive times)")

    def summary(self):
        return tr(
            "Draws the areas reachable from each facility within time bands (for example 5, 10 and 15 minutes) by "
            "walking, cycling or driving along the road network, and counts the households or population of a base "
            "layer inside each. The network is searched with a bounded multi-source Dijkstra from the exact point "
            "where each facility meets the road; roads that are only partly reached are cut where the time runs out. "
            "Bands are cumulative: the 10-minute area contains the 5-minute one."
        )

    def initAlgorithm(self, config=None):
        self.add(
            QgsProcessingParameterFeatureSource(self.FACILITIES, tr("Facilities"), [SOURCE_POINT]),
            tr("Points the catchments start from (offices, libraries, clinics…), in any CRS."),
        )
        self.add(
            QgsProcessingParameterField(
                self.ID_FIELD, tr("Facility id field"), parentLayerParameterName=self.FACILITIES, type=FIELD_ANY, optional=True
            ),
            tr("Identifies each facility in the outputs; empty: the feature id."),
        )
        self.add(
            QgsProcessingParameterField(
                self.NAME_FIELD,
                tr("Facility name field"),
                parentLayerParameterName=self.FACILITIES,
                type=FIELD_ANY,
                optional=True,
            ),
            tr("Copied to the outputs and used in messages."),
        )
        self.add_network_parameters(default_profile="drive")
        self.add(
            QgsProcessingParameterString(self.BANDS, tr("Time bands (minutes)"), defaultValue="5,10,15"),
            tr("Increasing minutes separated by commas, each more than zero."),
        )
        self.add(
            QgsProcessingParameterEnum(
                self.METHOD, tr("Polygon method"), options=[tr("Reached-network buffer"), tr("Concave hull")], defaultValue=0
            ),
            tr(
                "Reached-network buffer: the reached roads, cut at the exact point where time runs out, buffered by "
                "the width below. Concave hull: an alpha shape around the reached roads (Delaunay triangles with "
                "no side longer than the length below), which also covers blocks between reached roads."
            ),
        )
        self.add(
            QgsProcessingParameterNumber(self.WIDTH, tr("Buffer width (m)"), NUMBER_DOUBLE, defaultValue=100.0, minValue=1.0),
            tr(
                "How far either side of a reached road the catchment extends (buffer method); homes set back from "
                "the road within this distance count as inside."
            ),
        )
        self.add(
            QgsProcessingParameterNumber(
                self.HULL_EDGE, tr("Concave hull: longest triangle side (m)"), NUMBER_DOUBLE, defaultValue=400.0, minValue=10.0
            ),
            tr("Larger values give smoother, fuller hulls; smaller values follow the roads more closely."),
            advanced=True,
        )
        self.add(
            QgsProcessingParameterBoolean(self.DISSOLVE, tr("Dissolve facilities per band"), defaultValue=False),
            tr(
                "One polygon per band for all facilities together (areas within the band of any facility) instead "
                "of one per facility and band."
            ),
        )
        self.add(
            QgsProcessingParameterFeatureSource(self.BASE, tr("Base layer to count"), [SOURCE_ANY_GEOMETRY], optional=True),
            tr(
                "Households, postcodes or output areas whose counts are summed inside each catchment (by their "
                "point, or the centroid of lines and polygons)."
            ),
        )
        self.add(
            QgsProcessingParameterField(
                self.COUNT_FIELDS,
                tr("Count fields"),
                parentLayerParameterName=self.BASE,
                type=FIELD_NUMERIC,
                allowMultiple=True,
                optional=True,
            ),
            tr(
                "Numeric fields to sum (households, population…); the number of base features is always counted. "
                "Empty (NULL) values count as zero and are reported; negative values are refused."
            ),
        )
        self.add_sink(
            QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Catchments")),
            tr(
                "Polygons in the facilities' CRS: facility id and name, band (minutes), area (km²), length of "
                "road reached (km), number of base features and the sum of each count field inside."
            ),
        )
        self.add(
            QgsProcessingParameterBoolean(self.PIECES, tr("Reached roads: one feature per road piece"), defaultValue=False),
            tr(
                "Write the reached roads as one line per road piece with its arrival times instead of one "
                "multi-line per facility and band."
            ),
        )
        self.add_sink(
            QgsProcessingParameterFeatureSink(self.EDGES, tr("Reached roads"), optional=True, createByDefault=False),
            tr(
                "The reached roads, cut exactly where time runs out: one multi-line per facility and band "
                "(as QGIS's service area writes one per start point) with facility id and name, band, length "
                "reached (km) and number of road pieces; or, with the option above, one line per road piece "
                "with the earliest and latest arrival (minutes) and length (m)."
            ),
        )
        self.addOutput(QgsProcessingOutputNumber(self.SKIPPED, tr("Facilities skipped")))
        self.add_output_help(
            tr("Facilities skipped"), tr("Facilities farther from the network than the snapping tolerance, or without geometry.")
        )

    def process(self, parameters, context, progress):
        bands = parse_bands(self.parameterAsString(parameters, self.BANDS, context))
        network = self.read_network(parameters, context, Band(progress, 0, 30))
        crs = bridge.crs_of_network(network)
        source = self.required_source(parameters, self.FACILITIES, context)
        id_field = self.parameterAsString(parameters, self.ID_FIELD, context) or None
        name_field = self.parameterAsString(parameters, self.NAME_FIELD, context) or None
        facilities = bridge.read_layer(
            source,
            [id_field, name_field],
            context=context,
            feedback=Band(progress, 30, 30),
            geometry="xy",
            crs=crs,
            required=True,
        )
        ids = facilities.ids(id_field)
        names = facilities.frame[name_field] if name_field else None
        profile = self.profile_id(parameters, context)
        result = compute_catchments(
            network,
            profile,
            facilities.xy,
            bands,
            tolerance=self.snap_tolerance(parameters, context),
            dissolve=self.parameterAsBoolean(parameters, self.DISSOLVE, context),
            progress=Band(progress, 30, 60),
        )
        for message in facility_messages(result, network, ids.tolist(), None if names is None else names.tolist()):
            progress.warn(message)
        keys, groups = part_groups(result.parts)
        method = ("buffer", "hull")[self.parameterAsEnum(parameters, self.METHOD, context)]
        polygons = bridge.catchment_polygons(
            network,
            result.parts,
            groups,
            method=method,
            width=self.parameterAsDouble(parameters, self.WIDTH, context),
            max_edge=self.parameterAsDouble(parameters, self.HULL_EDGE, context),
            feedback=Band(progress, 60, 85),
        )
        counts, count_names = self._counts(parameters, context, crs, polygons, progress)
        table = catchment_table(keys, ids, names, [p.area() if p is not None else np.nan for p in polygons], counts, count_names)
        out_crs = source.sourceCrs()
        results = {self.SKIPPED: int((~result.snap.ok).sum())}
        if parameters.get(self.EDGES) is not None:
            results[self.EDGES] = self._write_reached(parameters, context, network, result, ids, names, crs, out_crs, progress)
        polygons = bridge.transform_geometries(polygons, crs, out_crs, context)
        results[self.OUTPUT] = bridge.write_frame(
            self,
            parameters,
            self.OUTPUT,
            context,
            table,
            geometries=polygons,
            wkb_type=QgsWkbTypes.Type.MultiPolygon,
            crs=out_crs,
            feedback=progress,
        )
        return results

    def _write_reached(self, parameters, context, network, result, ids, names, crs, out_crs, progress):
        if self.parameterAsBoolean(parameters, self.PIECES, context):
            parts = result.parts
            xy, offsets = piece_coordinates(network, parts["edge"], parts["start_m"], parts["end_m"])
            lines, table, kind = bridge.lines_from_flat(xy, offsets), reached_table(parts, ids), QgsWkbTypes.Type.LineString
        else:
            reached = reached_lines(result)
            lines = bridge.multilines_from_bounds(reached.xy, reached.offsets, reached.bounds)
            table, kind = reached_lines_table(reached.keys, ids, names), QgsWkbTypes.Type.MultiLineString
        lines = bridge.transform_geometries(lines, crs, out_crs, context)
        return bridge.write_frame(
            self, parameters, self.EDGES, context, table, geometries=lines, wkb_type=kind, crs=out_crs, feedback=progress
        )

    def _counts(self, parameters, context, crs, polygons, progress):
        base = self.parameterAsSource(parameters, self.BASE, context)
        if base is None:
            return None, []
        fields = self.parameterAsFields(parameters, self.COUNT_FIELDS, context)
        name = self.source_title(parameters, self.BASE, context, base)
        data = bridge.read_layer(base, fields, context=context, geometry="xy", crs=crs, name=name)
        if data.missing_geometry:
            progress.warn(
                tr("{n} features of the base layer have no geometry and are not counted.").format(n=len(data.missing_geometry))
            )
        columns = [
            values.read_numbers(
                data.frame[f], values.SUMMED_COUNTS, field=f, layer=data.name, labels=data.frame["fid"], progress=progress
            )
            for f in fields
        ]
        weights = np.column_stack([np.ones(len(data)), *columns])
        return bridge.weights_inside(data.xy, weights, polygons, feedback=progress), ["base_features", *fields]
