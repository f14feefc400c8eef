"""Walk, cycle and drive catchments (isochrones) around facilities, with the population inside each, by segment."""

from __future__ import annotations

import numpy as np
from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ..engine import values
from ..engine.accessibility.breakdown import CatchmentTally, breakdown_table, with_facilities
from ..engine.accessibility.breakdown_report import catchment_report
from ..engine.accessibility.catchment_lines import reached_lines, reached_lines_table
from ..engine.accessibility.catchments import (
    bands_note,
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
from ..plugin.bridge import styling
from ..plugin.bridge.compat import (
    FIELD_ANY,
    FIELD_NUMERIC,
    NUMBER_DOUBLE,
    SOURCE_ANY_GEOMETRY,
    SOURCE_POINT,
    parameter_as_strings,
)
from ..plugin.bridge.i18n import tr
from .base import PlaceInsightAlgorithm
from .choices import make_choices
from .network_parameters import NetworkParameters
from .segmented_base import SegmentBreakdown

#: Catchment polygons whose (unit, polygon) pairs are found and counted at a time.
POLYGON_CHUNK = 64


class DrawCatchments(SegmentBreakdown, NetworkParameters, PlaceInsightAlgorithm):
    NAME = "catchments"
    GROUP = "accessibility"
    TAGS = (
        "isochrone, isochrones, service area, zone de desserte, catchment, bassin, aire d'attraction, drive time, walk "
        "time, cycle time, travel time, temps de trajet, temps de parcours, temps de marche, temps de conduite, "
        "accessibility, accessibilité, 15-minute, 15 minutes, quart d'heure, OSM, OpenStreetMap, network, réseau, "
        "Dijkstra, concave hull, enveloppe concave, customer type, type de public, by segment, par segment"
    )
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
    BASE_SEGMENT = "BASE_SEGMENT_FIELD"
    BASE_COUNT = "BASE_COUNT_FIELD"
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
            "Bands are cumulative: the 10-minute area contains the 5-minute one. With the base's segment field, it "
            "also writes who lives within each band by segment of a classification (count, share, index against "
            "the whole base, key groups), for each facility and for all facilities together, with a report."
        )

    def short_description(self):
        return tr("Walk, cycle or drive catchments (isochrones, service areas) around facilities, with the people inside.")

    def parameter_notes(self):
        return [
            ((self.FACILITIES, self.ID_FIELD, self.NAME_FIELD), tr("where catchments start")),
            *self.network_notes(),
            ((self.BANDS,), tr("minutes, e.g. 5,10,15")),
            ((self.METHOD, self.WIDTH), tr("road buffer or concave hull")),
            ((self.DISSOLVE,), tr("one polygon per band")),
            ((self.BASE, self.COUNT_FIELDS), tr("what to count inside")),
            ((self.PIECES,), tr("roads piece by piece")),
            ((self.OUTPUT,), tr("per facility and band, with counts")),
            ((self.EDGES,), tr("cut where time runs out")),
            *self.breakdown_notes(self.BASE_SEGMENT),
        ]

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
            tr(
                "Increasing minutes, each more than zero, separated by commas (5,10,15) or by semicolons, between "
                "which a comma is a decimal comma (5;7,5;10)."
            ),
        )
        self.add_choice(
            self.METHOD,
            tr("Polygon method"),
            make_choices([("buffer", tr("Reached-network buffer")), ("hull", tr("Concave hull"))], "buffer"),
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
        self.add_segment_parameters(
            self.BASE_SEGMENT,
            self.BASE,
            help_text=tr(
                "The segment code of each base feature (any level at or below the chosen one): gives the table and "
                "report by segment. Unknown codes count as Unclassified. Empty: no breakdown by segment."
            ),
            count=(
                self.BASE_COUNT,
                tr("What each base feature counts in the table by segment (households, population…). Empty: 1 each."),
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
            advanced=True,
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
        self.add_breakdown_outputs(
            tr(
                "A table (written with a segment field): for all facilities together (facility_id NULL) per band "
                "one row per segment of the base, and per facility and band one row per segment living there: "
                "count, share (% of the band), base_count and base_share (% of the whole base), index (share ÷ "
                "base share × 100), reach (% of the segment within the band), low_numbers, rank and key (the "
                "largest segments making up 75%)."
            ),
            tr(
                "For each band, who lives within it of any facility, by segment, with the key groups marked and "
                "the over- and under-represented segments named; and each facility's key groups."
            ),
            tr("Catchments report by segment"),
        )
        self.addOutput(QgsProcessingOutputNumber(self.SKIPPED, tr("Facilities skipped")))
        self.add_output_help(
            tr("Facilities skipped"), tr("Facilities farther from the network than the snapping tolerance, or without geometry.")
        )

    def process(self, parameters, context, progress):
        text = self.parameterAsString(parameters, self.BANDS, context)
        bands = parse_bands(text)
        if bands_note(text):
            progress.warn(bands_note(text))
        network = self.read_network(parameters, context, Band(progress, 0, 30))
        crs = bridge.crs_of_network(network)
        source, facilities, ids, names = self._read_facilities(parameters, context, crs, progress)
        base = self._read_base(parameters, context, crs, progress)
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
        messages = facility_messages(result, network, ids.tolist(), None if names is None else names.tolist())
        for message in messages:
            progress.warn(message)
        keys, polygons = self._polygons(parameters, context, network, result, progress)
        counts = self._counts(base, keys, polygons, progress)
        areas = [p.area() if p is not None else np.nan for p in polygons]
        count_names = ["base_features", *base[2]] if base is not None else []
        table = catchment_table(keys, ids, names, areas, counts.sums if counts is not None else None, count_names)
        out_crs = source.sourceCrs()
        results = {self.SKIPPED: int((~result.snap.ok).sum())}
        if parameters.get(self.EDGES) is not None:
            results[self.EDGES] = self._write_reached(parameters, context, network, result, ids, names, crs, out_crs, progress)
            self.outputs.style(results[self.EDGES], styling.ReachedRoadStyle(bands))
        if counts is not None and counts.segments is not None:
            results.update(self._breakdown(parameters, context, progress, counts, (ids, names, messages)))
        else:
            self.skip_breakdown(parameters, progress)
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
        self.outputs.style(results[self.OUTPUT], styling.CatchmentStyle(bands))
        return results

    def _read_facilities(self, parameters, context, crs, progress):
        """The facility layer, its features in ``crs``, their ids and names (None without a name field)."""
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
        return source, facilities, facilities.ids(id_field), facilities.frame[name_field] if name_field else None

    def _polygons(self, parameters, context, network, result, progress):
        """The keys (facility, band) of the catchments and their polygons in the network's CRS."""
        keys, groups = part_groups(result.parts)
        polygons = bridge.catchment_polygons(
            network,
            result.parts,
            groups,
            method=self.choice(parameters, self.METHOD, context),
            width=self.parameterAsDouble(parameters, self.WIDTH, context),
            max_edge=self.parameterAsDouble(parameters, self.HULL_EDGE, context),
            feedback=Band(progress, 60, 85),
        )
        return keys, polygons

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

    def _read_base(self, parameters, context, crs, progress):
        """The base layer (with its count and segment fields) in ``crs`` and its segments, or None without a base."""
        source = self.parameterAsSource(parameters, self.BASE, context)
        segment_field = self.segment_field(parameters, context, self.BASE_SEGMENT)
        if source is None:
            if segment_field:
                raise QgsProcessingException(tr("Choose the base layer whose segment field breaks the catchments down."))
            return None
        fields = parameter_as_strings(self, parameters, self.COUNT_FIELDS, context)
        count_field = self.parameterAsString(parameters, self.BASE_COUNT, context) or None
        name = self.source_title(parameters, self.BASE, context, source)
        data = bridge.read_layer(
            source,
            [*fields, segment_field, count_field],
            context=context,
            feedback=progress,
            geometry="xy",
            crs=crs,
            name=name,
            required=True,
        )
        segments = None
        if segment_field:
            counts = (
                np.ones(len(data))
                if count_field is None
                else values.read_numbers(
                    data.frame[count_field], values.COUNTS, field=count_field, layer=name, labels=data.frame["fid"]
                )
            )
            label = count_field or tr("base features")
            segments = self.segmented_base(
                parameters, context, progress, layer=data, field=segment_field, counts=counts, label=label
            )
        return data, segments, fields

    @staticmethod
    def _counts(base, keys, polygons, progress):
        """The count fields summed inside each polygon (and, with segments, by segment): a :class:`CatchmentTally`."""
        if base is None:
            return None
        data, segments, fields = base
        columns = [
            values.read_numbers(
                data.frame[f], values.SUMMED_COUNTS, field=f, layer=data.name, labels=data.frame["fid"], progress=progress
            )
            for f in fields
        ]
        weights = np.column_stack([np.ones(len(data)), *columns])
        counts = CatchmentTally(keys, weights, segments)
        xy = data.xy
        for start in range(0, len(polygons), POLYGON_CHUNK):
            units, inside = bridge.point_zone_pairs(xy, polygons[start : start + POLYGON_CHUNK], feedback=progress)
            counts.add(units, inside + start)
        return counts

    def _breakdown(self, parameters, context, progress, counts, facilities):
        """Who lives within each catchment and band by segment: the table and the report."""
        ids, names, messages = facilities
        keys, matrix = counts.groups()
        table = breakdown_table(keys, matrix, counts.segments, language=self.language())
        table = with_facilities(table, ids.tolist(), None if names is None else names.tolist())
        report = catchment_report(
            table,
            what=counts.segments.what,
            profile=self.profile_id(parameters, context),
            language=self.language(),
            notes=messages,
        )
        return self.write_breakdown(parameters, context, progress, table, report)
