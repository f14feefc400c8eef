"""The segmented base of the algorithms that describe zones by who lives in them (area composition, cluster verification)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsGeometry,
    QgsProcessingException,
    QgsProcessingParameterDefinition,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
)

from ..engine import values
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
