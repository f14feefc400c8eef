"""Each demand unit's nearest facility by travel time, the share of demand within time bands (also by segment),
catchment centres."""

from __future__ import annotations

import numpy as np
from qgis.core import (
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ..engine import values
from ..engine.accessibility.breakdown import breakdown_table, group_matrix, nearest_groups, with_facilities
from ..engine.accessibility.breakdown_report import nearest_report
from ..engine.accessibility.catchments import bands_note, parse_bands
from ..engine.accessibility.matrix import summary_messages
from ..engine.accessibility.nearest import nearest_facility, nearest_tables
from ..engine.i18n import format_decimal, format_share
from ..engine.progress import Band
from ..plugin import bridge
from ..plugin.bridge import styling
from ..plugin.bridge.compat import FIELD_ANY, FIELD_NUMERIC, NUMBER_DOUBLE, SOURCE_ANY_GEOMETRY, SOURCE_POINT
from ..plugin.bridge.i18n import tr
from .base import PlaceInsightAlgorithm
from .network_parameters import NetworkParameters
from .segmented_base import SegmentBreakdown


class FindNearestFacility(SegmentBreakdown, NetworkParameters, PlaceInsightAlgorithm):
    NAME = "nearestfacility"
    GROUP = "accessibility"
    TAGS = (
        "nearest, closest facility, plus proche, équipement le plus proche, service area, zone de desserte, travel time, "
        "temps de trajet, drive time, walk time, accessibility, accessibilité, demand, demande, OSM, OpenStreetMap, "
        "network, réseau, customer type, type de public, by segment, par segment"
    )
    REQUIRES = ("numpy", "pandas", "scipy")
    DEMAND = "DEMAND"
    DEMAND_ID = "DEMAND_ID"
    WEIGHT = "WEIGHT"
    SEGMENT_FIELD = "SEGMENT_FIELD"
    FACILITIES = "FACILITIES"
    FACILITY_ID = "FACILITY_ID"
    FACILITY_NAME = "FACILITY_NAME"
    THRESHOLD = "THRESHOLD"
    BANDS = "BANDS"
    OUTPUT = "OUTPUT"
    CENTRES = "CENTRES"
    SUMMARY = "SUMMARY"
    SHARE_WITHIN = "SHARE_WITHIN"
    UNREACHABLE = "UNREACHABLE"

    def display_name(self):
        return tr("Nearest facility")

    def summary(self):
        return tr(
            "Finds, for every demand unit (household, postcode, output area, client), the facility it can reach "
            "soonest along the road network, with the time and distance, and whether it lies beyond a threshold. It "
            "sums the demand within each time band, and for each facility the demand-weighted centre of the units it "
            "serves: a centre far from the facility shows that demand centres elsewhere. With the demand's segment "
            "field, it also gives the share of each segment of a classification within each band and beyond the "
            "threshold, for all facilities and for each, with a report naming the segments most often beyond."
        )

    def short_description(self):
        return tr("Each demand unit's nearest facility by travel time, and the share of demand within time bands.")

    def parameter_notes(self):
        return [
            ((self.DEMAND, self.DEMAND_ID, self.WEIGHT), tr("households, postcodes or clients")),
            ((self.FACILITIES, self.FACILITY_ID, self.FACILITY_NAME), tr("where demand travels to")),
            *self.network_notes(),
            ((self.THRESHOLD, self.BANDS), tr("minutes flagged, and summed")),
            ((self.OUTPUT,), tr("each unit's facility and minutes")),
            ((self.CENTRES,), tr("where each facility's demand centres")),
            ((self.SUMMARY,), tr("demand within each band")),
            *self.breakdown_notes(self.SEGMENT_FIELD),
        ]

    def initAlgorithm(self, config=None):
        self.add(
            QgsProcessingParameterFeatureSource(self.DEMAND, tr("Demand"), [SOURCE_ANY_GEOMETRY]),
            tr("Demand units: points, or lines and polygons by their centroid, in any CRS."),
        )
        self.add(
            QgsProcessingParameterField(
                self.DEMAND_ID, tr("Demand id field"), parentLayerParameterName=self.DEMAND, type=FIELD_ANY, optional=True
            ),
            tr("Identifies each demand unit; empty: the feature id."),
        )
        self.add(
            QgsProcessingParameterField(
                self.WEIGHT, tr("Demand weight field"), parentLayerParameterName=self.DEMAND, type=FIELD_NUMERIC, optional=True
            ),
            tr(
                "Households, population or clients of each unit; empty: every unit counts 1. NULL, negative or text "
                "values are refused with the feature ids (numbers stored as text are read)."
            ),
        )
        self.add_segment_parameters(
            self.SEGMENT_FIELD,
            self.DEMAND,
            help_text=tr(
                "The segment code of each demand unit (any level at or below the chosen one), counted by the demand "
                "weight: gives the table and report by segment. Unknown codes count as Unclassified. Empty: no "
                "breakdown by segment."
            ),
        )
        self.add(
            QgsProcessingParameterFeatureSource(self.FACILITIES, tr("Facilities"), [SOURCE_POINT]),
            tr("The facilities demand travels to, in any CRS."),
        )
        self.add(
            QgsProcessingParameterField(
                self.FACILITY_ID, tr("Facility id field"), parentLayerParameterName=self.FACILITIES, type=FIELD_ANY, optional=True
            ),
            tr("Identifies each facility; empty: the feature id."),
        )
        self.add(
            QgsProcessingParameterField(
                self.FACILITY_NAME,
                tr("Facility name field"),
                parentLayerParameterName=self.FACILITIES,
                type=FIELD_ANY,
                optional=True,
            ),
            tr("Copied to the outputs."),
        )
        self.add_network_parameters(default_profile="drive")
        self.add(
            QgsProcessingParameterNumber(
                self.THRESHOLD, tr("Threshold (minutes)"), NUMBER_DOUBLE, defaultValue=15.0, minValue=0.01
            ),
            tr("Demand units farther than this from every facility are flagged beyond (so are unreachable ones)."),
        )
        self.add(
            QgsProcessingParameterString(self.BANDS, tr("Bands for the summary (minutes)"), defaultValue="5,10,15"),
            tr(
                "The summary gives the demand and its share within each of these times: minutes separated by "
                "commas (5,10,15) or by semicolons, between which a comma is a decimal comma (5;7,5;10)."
            ),
        )
        self.add_sink(
            QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Demand with nearest facility")),
            tr(
                "The demand units with their geometry: demand id, weight, nearest facility id and name, "
                "minutes, metres, beyond (true/false) and snapped (false when too far from the network). "
                "Minutes and facility are NULL where no facility can be reached."
            ),
        )
        self.add_sink(
            QgsProcessingParameterFeatureSink(self.CENTRES, tr("Demand centres")),
            tr(
                "One point per facility at the demand-weighted centre of the units it serves: facility id and "
                "name, demand units, weight, mean and maximum minutes, and the distance (m) from the facility."
            ),
        )
        self.add_sink(
            QgsProcessingParameterFeatureSink(self.SUMMARY, tr("Demand within bands")),
            tr(
                "A table: band (minutes), demand weight and share within it; a last row gives the demand that "
                "cannot reach any facility."
            ),
        )
        self.add_breakdown_outputs(
            tr(
                "A table (written with a segment field): for all facilities (facility_id NULL) and for the units "
                "nearest to each facility, per band (kind within), beyond the threshold (kind beyond) and with no "
                "facility (kind unreachable), one row per segment (for a single facility, per segment it serves): "
                "count, share (% of the group), base_count, base_share, index, reach (% of the segment in the "
                "group: the share of the segment within the band or beyond), low_numbers, rank and key."
            ),
            tr(
                "Each segment's share within every band and beyond the threshold against everybody, the segments "
                "most often beyond named, and who lives within the largest band."
            ),
            tr("Nearest facility report by segment"),
        )
        self.add_number_outputs(
            (self.SHARE_WITHIN, tr("Share within the threshold"), tr("Share (0–1) of the demand weight within the threshold.")),
            (
                self.UNREACHABLE,
                tr("Demand units with no facility"),
                tr("Demand units that reach no facility (or are off the network)."),
            ),
        )

    def process(self, parameters, context, progress):
        text = self.parameterAsString(parameters, self.BANDS, context)
        bands = parse_bands(text)
        if bands_note(text):
            progress.warn(bands_note(text))
        network = self.read_network(parameters, context, Band(progress, 0, 30))
        crs = bridge.crs_of_network(network)
        demand_source = self.required_source(parameters, self.DEMAND, context)
        facility_source = self.required_source(parameters, self.FACILITIES, context)
        demand, d_ids, weights = self._read_demand(parameters, context, demand_source, crs, Band(progress, 30, 30))
        segment_field = self.segment_field(parameters, context, self.SEGMENT_FIELD)
        segments = None
        if segment_field:
            counts = weights if weights is not None else np.ones(len(demand))
            label = self.parameterAsString(parameters, self.WEIGHT, context) or tr("demand units")
            segments = self.segmented_base(
                parameters, context, progress, layer=demand, field=segment_field, counts=np.nan_to_num(counts), label=label
            )
        facilities, f_ids, f_names = self._read_facilities(parameters, context, facility_source, crs, Band(progress, 30, 30))
        threshold = self.parameterAsDouble(parameters, self.THRESHOLD, context)
        result = nearest_facility(
            network,
            self.profile_id(parameters, context),
            demand.xy,
            facilities.xy,
            weights=weights,
            threshold_min=threshold,
            bands=bands,
            tolerance=self.snap_tolerance(parameters, context),
            progress=Band(progress, 30, 85),
        )
        infos, warnings = summary_messages(result.matrix, d_ids, f_ids)
        for message in infos:
            progress.info(message)
        for message in warnings:
            progress.warn(message)
        demand_table, centre_table, summary, share = nearest_tables(result, d_ids, f_ids, f_names, threshold)
        progress.info(
            tr("{share} of the demand is within {minutes} minutes of a facility.").format(
                share=format_share(share, 1), minutes=format_decimal(threshold)
            )
        )
        results = {self.SHARE_WITHIN: share, self.UNREACHABLE: int((result.demand["facility"] < 0).sum())}
        results[self.OUTPUT] = self._write_demand(parameters, context, progress, demand_table, demand, demand_source, crs)
        results[self.CENTRES] = self._write_centres(parameters, context, progress, centre_table, result, facility_source, crs)
        self.outputs.style(results[self.OUTPUT], styling.DemandMinutesStyle(bands))
        self.outputs.style(results[self.CENTRES], styling.DemandCentreStyle())
        results[self.SUMMARY] = bridge.write_frame(self, parameters, self.SUMMARY, context, summary, feedback=progress)
        if segments is not None:
            results.update(self._breakdown(parameters, context, progress, segments, result, (f_ids, f_names), warnings))
        else:
            self.skip_breakdown(parameters, progress)
        return results

    def _breakdown(self, parameters, context, progress, segments, result, facilities, notes):
        """Each segment within the bands and beyond the threshold: the table and the report."""
        bands = parse_bands(self.parameterAsString(parameters, self.BANDS, context))
        threshold = self.parameterAsDouble(parameters, self.THRESHOLD, context)
        demand = result.demand
        keys, units, groups = nearest_groups(
            demand["facility"].to_numpy(), demand["minutes"].to_numpy(), bands, threshold, len(facilities[0])
        )
        table = breakdown_table(keys, group_matrix(segments, units, groups, len(keys)), segments, language=self.language())
        table = with_facilities(table, *facilities)
        report = nearest_report(
            table,
            threshold=threshold,
            what=segments.what,
            profile=self.profile_id(parameters, context),
            language=self.language(),
            notes=notes,
        )
        return self.write_breakdown(parameters, context, progress, table, report)

    def _read_demand(self, parameters, context, source, crs, feedback):
        """The demand layer in the network's CRS, its ids (a field, else the feature ids) and weights (or None)."""
        demand_id = self.parameterAsString(parameters, self.DEMAND_ID, context) or None
        weight = self.parameterAsString(parameters, self.WEIGHT, context) or None
        segment = self.parameterAsString(parameters, self.SEGMENT_FIELD, context) or None
        name = self.source_title(parameters, self.DEMAND, context, source)
        demand = bridge.read_layer(
            source,
            [demand_id, weight, segment],
            context=context,
            geometry="geometry",
            crs=crs,
            name=name,
            feedback=feedback,
            required=True,
        )
        weights = (
            values.read_numbers(
                demand.frame[weight], values.WEIGHTS, field=weight, layer=demand.name, labels=demand.ids(demand_id).tolist()
            )
            if weight
            else None
        )
        return demand, demand.ids(demand_id).tolist(), weights

    def _read_facilities(self, parameters, context, source, crs, feedback):
        """The facilities' points in the network's CRS, their ids and names (or None)."""
        facility_id = self.parameterAsString(parameters, self.FACILITY_ID, context) or None
        facility_name = self.parameterAsString(parameters, self.FACILITY_NAME, context) or None
        facilities = bridge.read_layer(
            source, [facility_id, facility_name], context=context, geometry="xy", crs=crs, feedback=feedback, required=True
        )
        names = facilities.frame[facility_name].tolist() if facility_name else None
        return facilities, facilities.ids(facility_id).tolist(), names

    def _write_demand(self, parameters, context, progress, table, demand, source, crs):
        """The demand features with their nearest facility, in the demand layer's CRS and geometry type."""
        geometries = bridge.transform_geometries(demand.geometries, crs, source.sourceCrs(), context)
        return bridge.write_frame(
            self,
            parameters,
            self.OUTPUT,
            context,
            table,
            geometries=geometries,
            wkb_type=source.wkbType(),
            crs=source.sourceCrs(),
            feedback=progress,
        )

    def _write_centres(self, parameters, context, progress, table, result, source, crs):
        """One point per facility at the demand-weighted centre of the units it serves, in the facility layer's CRS."""
        centres = bridge.transform_geometries(
            bridge.points_from_xy(result.facilities[["centre_x", "centre_y"]].to_numpy(dtype=float)),
            crs,
            source.sourceCrs(),
            context,
        )
        return bridge.write_frame(
            self,
            parameters,
            self.CENTRES,
            context,
            table,
            geometries=centres,
            wkb_type=QgsWkbTypes.Type.Point,
            crs=source.sourceCrs(),
            feedback=progress,
        )
