"""The segmented base of the algorithms that describe zones by who lives in them (area composition, cluster
verification), and the breakdown by customer type of the accessibility algorithms (catchments, nearest facility,
optimise service locations)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsGeometry,
    QgsProcessingException,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
)

from ..engine import values
from ..engine.accessibility.breakdown import SegmentedBase
from ..engine.html import Report
from ..engine.segmentation import composition, encoding
from ..plugin import bridge
from ..plugin.bridge.compat import FIELD_ANY, SOURCE_POINT, SOURCE_POLYGON
from ..plugin.bridge.i18n import tr
from .base import CatalogueParameters


@dataclass
class SegmentedUnits:
    """Base units read for the engine: the layer, each unit's position on the segment axis and its count."""

    layer: bridge.LayerData
    axis: encoding.SegmentAxis
    codes: encoding.EncodedSegments
    counts: np.ndarray
    field: str
    count_field: str | None

    def base_counts(self) -> np.ndarray:
        """The whole base on the axis: the reference of every share and index."""
        return encoding.tally(self.codes.positions, self.axis.size, self.counts)

    def zone_matrix(self, zones: Sequence[QgsGeometry | None], *, feedback=None) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Zone × axis counts of the units inside each zone, and the ``(unit, share)`` pieces they come from.

        Points count wholly in every zone containing them, polygons by the
        share of their area inside each zone (:func:`bridge.unit_zone_shares`).
        """
        units, zone_index, shares = bridge.unit_zone_shares(self.layer, zones, feedback=feedback)
        matrix = composition.segment_matrix(
            zone_index, self.codes.positions[units], n_zones=len(zones), size=self.axis.size, weights=self.counts[units] * shares
        )
        return matrix, units, shares


class SegmentedBaseParameters(CatalogueParameters):
    """Mixin of :class:`PlaceInsightAlgorithm`: a base layer with segment codes and counts, the catalogue and level."""

    BASE = "BASE"
    BASE_SEGMENT = "BASE_SEGMENT_FIELD"
    BASE_COUNT = "BASE_COUNT_FIELD"

    def add_segmented_base_parameters(
        self, *, label: str, help_text: str, segment_help: str, count_help: str, optional: bool = False
    ) -> None:
        self.add(
            QgsProcessingParameterFeatureSource(self.BASE, label, [SOURCE_POINT, SOURCE_POLYGON], optional=optional), help_text
        )
        self.add(
            QgsProcessingParameterField(
                self.BASE_SEGMENT, tr("Base segment field"), parentLayerParameterName=self.BASE, type=FIELD_ANY, optional=optional
            ),
            segment_help,
        )
        self.add(
            QgsProcessingParameterField(
                self.BASE_COUNT, tr("Base count field"), parentLayerParameterName=self.BASE, type=FIELD_ANY, optional=True
            ),
            count_help,
        )
        self.add_catalogue_parameters()

    def segmented_base_notes(self, note: str) -> list[tuple[tuple[str, ...], str]]:
        """The help panel's lines on the base layer (with ``note``) and the catalogue."""
        return [((self.BASE, self.BASE_SEGMENT, self.BASE_COUNT), note), *self.catalogue_notes()]

    def read_segmented_base(self, parameters, context, *, crs: QgsCoordinateReferenceSystem, progress) -> SegmentedUnits | None:
        """The base units in ``crs`` on the axis of the chosen catalogue level; None when an optional base is empty.

        Codes the catalogue does not know, and units without a code, are
        counted as Unclassified and reported; codes coarser than the level
        and unusable counts are refused with a message naming the field.
        """
        optional = self.parameterDefinition(self.BASE).flags() & QgsProcessingParameterDefinition.Flag.FlagOptional
        if optional and parameters.get(self.BASE) in (None, ""):
            return None
        source = self.required_source(parameters, self.BASE, context)
        name = self.source_title(parameters, self.BASE, context, source)
        field = self.parameterAsString(parameters, self.BASE_SEGMENT, context)
        if not field:
            raise QgsProcessingException(
                tr(
                    "Choose the segment field of the base layer {layer} (the field with each unit's segment code), "
                    "or leave the base layer empty."
                ).format(layer=name)
            )
        count_field = self.parameterAsString(parameters, self.BASE_COUNT, context) or None
        catalogue, level = self.read_catalogue(parameters, context)
        axis = encoding.SegmentAxis.of(catalogue, level)
        layer = bridge.read_units(
            source, [field, count_field], context=context, feedback=progress, crs=crs, name=name, required=True
        )
        codes = encoding.encode_segments(layer.frame[field], axis, blank_as_unclassified=True)
        encoding.require_level(codes, axis, layer=layer.name, field=field)
        counts = (
            np.ones(len(layer))
            if count_field is None
            else values.read_numbers(
                layer.frame[count_field], values.COUNTS, field=count_field, layer=layer.name, labels=layer.frame["fid"]
            )
        )
        for message in encoding.code_warnings(codes, axis, layer=layer.name, field=field, blank_counted=True):
            progress.warn(message)
        return SegmentedUnits(layer, axis, codes, counts, field, count_field)


class SegmentBreakdown(CatalogueParameters):
    """Mixin of the accessibility algorithms: who is within reach, by customer type.

    An optional segment field on a layer the algorithm reads anyway (the
    base of the catchments, the demand units), the catalogue and level, and
    the outputs: the breakdown table and (where the algorithm has no report
    of its own) an HTML report. Without a segment field nothing of this is
    read or written, and the algorithm runs as before.
    """

    SEGMENTS = "SEGMENTS"
    SEGMENT_REPORT = "SEGMENT_REPORT"

    def add_segment_parameters(self, name: str, parent: str, *, help_text: str, count: tuple[str, str] | None = None) -> None:
        """The segment field of layer ``parent`` (and, with ``count``, its own count field: name and help).

        The segment field is a main parameter; its count field, the catalogue
        and the level are advanced (the demo catalogue's coarsest level unless
        changed), so the dialog of an algorithm run without a breakdown stays short.
        """
        self.add(
            QgsProcessingParameterField(
                name, tr("Segment field"), parentLayerParameterName=parent, type=FIELD_ANY, optional=True
            ),
            help_text,
        )
        if count is not None:
            self.add(
                QgsProcessingParameterField(
                    count[0], tr("Count field of the segments"), parentLayerParameterName=parent, type=FIELD_ANY, optional=True
                ),
                count[1],
                advanced=True,
            )
        self.add_catalogue_parameters(advanced=True, optional_level=True)

    def breakdown_notes(self, name: str) -> list[tuple[tuple[str, ...], str]]:
        """The help panel's lines on segment field ``name`` and the outputs by segment."""
        outputs = (self.SEGMENTS, self.SEGMENT_REPORT) if self.parameterDefinition(self.SEGMENT_REPORT) else (self.SEGMENTS,)
        return [((name,), tr("who is within reach, by segment")), (outputs, tr("access by segment"))]

    def add_breakdown_outputs(self, table_help: str, report_help: str | None = None, report_label: str = "") -> None:
        """The breakdown table (no geometry) and, with ``report_help``, its HTML report named ``report_label`` (the
        Results Viewer lists reports by it)."""
        self.add_sink(
            QgsProcessingParameterFeatureSink(self.SEGMENTS, tr("Access by segment"), optional=True, createByDefault=True),
            table_help,
        )
        if report_help is not None:
            self.add_sink(
                QgsProcessingParameterFileDestination(
                    self.SEGMENT_REPORT,
                    report_label or tr("Report by segment"),
                    tr("HTML files (*.html)"),
                    optional=True,
                    createByDefault=True,
                ),
                report_help,
            )

    def segment_field(self, parameters, context, name: str) -> str | None:
        """The chosen segment field of parameter ``name`` (None: no breakdown)."""
        return self.parameterAsString(parameters, name, context) or None

    def segmented_base(
        self, parameters, context, progress, *, layer: bridge.LayerData, field: str, counts: np.ndarray, label: str
    ) -> SegmentedBase:
        """The units of ``layer`` placed on the chosen level by their codes in ``field``, with ``counts``.

        Unknown codes and units without a code count as Unclassified and are
        reported; codes coarser than the level are refused with a message
        naming the field.
        """
        catalogue, level = self.read_catalogue(parameters, context)
        axis = encoding.SegmentAxis.of(catalogue, level)
        codes = encoding.encode_segments(layer.frame[field], axis, blank_as_unclassified=True)
        encoding.require_level(codes, axis, layer=layer.name, field=field)
        for message in encoding.code_warnings(codes, axis, layer=layer.name, field=field, blank_counted=True):
            progress.warn(message)
        return SegmentedBase(axis, codes.positions, counts, label)

    def write_breakdown(self, parameters, context, progress, table, report: Report | None = None) -> dict:
        """Write the breakdown table and report where asked for; their results by output name."""
        results = {}
        if parameters.get(self.SEGMENTS) is not None:
            results[self.SEGMENTS] = bridge.write_frame(
                self, parameters, self.SEGMENTS, context, table, kinds={"code": "string", "segment": "string"}, feedback=progress
            )
        path = self.parameterAsFileOutput(parameters, self.SEGMENT_REPORT, context) if report is not None else ""
        if path:
            results[self.SEGMENT_REPORT] = self.outputs.save(path, report.save, name=self.SEGMENT_REPORT)
        return results

    def skip_breakdown(self, parameters, progress) -> None:
        """Say that the outputs by segment are not written when no segment field is chosen."""
        asked = [parameters.get(name) for name in (self.SEGMENTS, self.SEGMENT_REPORT)]
        if any(value not in (None, "") for value in asked):
            progress.info(tr("No segment field is chosen: the outputs by segment are not written."))
