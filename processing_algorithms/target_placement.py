"""A target placed in the segments of a base: by the target's own segment field, a key joined to the base, or location.

The parameters and the reading shared by Segment profile, Target areas and
Compare profiles: the same names, the same help, the same messages.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessingException,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsUnitTypes,
    QgsWkbTypes,
)

from ..engine import values
from ..engine.i18n import format_count, format_decimal
from ..engine.segmentation import encoding, joins
from ..plugin import bridge
from ..plugin.bridge.compat import FIELD_ANY, NUMBER_DOUBLE, SOURCE_VECTOR
from ..plugin.bridge.i18n import tr
from ..plugin.bridge.ogr_fast import read_file_layer
from .base import CatalogueParameters
from .choices import make_choices

BY_FIELD, BY_KEY, BY_LOCATION = "field", "key", "location"


@dataclass
class PlacedBase:
    """The base read for placing targets: the layer, its codes on the axis and its counts (None: 1 each)."""

    axis: encoding.SegmentAxis
    layer: bridge.LayerData
    codes: encoding.EncodedSegments
    counts: np.ndarray | None
    warnings: list[str] = field(default_factory=list)

    def count_array(self) -> np.ndarray:
        """Each unit's count (1 each without a count field)."""
        return np.ones(len(self.layer)) if self.counts is None else self.counts

    def tally(self) -> np.ndarray:
        """The whole base on the axis."""
        return encoding.tally(self.codes.positions, self.axis.size, self.counts)

    @property
    def polygons(self) -> bool:
        return self.layer.geometries is not None


@dataclass
class PlacedTarget:
    """Target records placed on the axis.

    ``positions`` are their axis positions (-1: no segment); ``rows`` their
    base rows (-1: none; None when the records carry their own code and were
    not located); ``placement`` says how, ``unmatched`` lists the labels
    (keys or feature ids) of the records that found no segment.
    """

    layer: bridge.LayerData
    weights: np.ndarray | None
    positions: np.ndarray
    rows: np.ndarray | None
    placement: str
    unmatched: list[str]

    @property
    def placed(self) -> int:
        return int(np.count_nonzero(self.positions >= 0))

    def unit_counts(self, n_units: int) -> np.ndarray | None:
        """Target records (weighted) at each base unit; None when records were not placed at units."""
        if self.rows is None:
            return None
        found = self.rows >= 0
        weights = None if self.weights is None else self.weights[found]
        return np.bincount(self.rows[found], weights=weights, minlength=n_units).astype(float)


class TargetPlacementParameters(CatalogueParameters):
    """Mixin of :class:`PlaceInsightAlgorithm`: the target, the base, how target records find their segment."""

    TARGET, PLACEMENT, TARGET_SEGMENT, TARGET_KEY, TARGET_WEIGHT = (
        "TARGET",
        "PLACEMENT",
        "TARGET_SEGMENT_FIELD",
        "TARGET_KEY_FIELD",
        "TARGET_WEIGHT_FIELD",
    )
    BASE, BASE_SEGMENT, BASE_COUNT, BASE_KEY = "BASE", "BASE_SEGMENT_FIELD", "BASE_COUNT_FIELD", "BASE_KEY_FIELD"
    POSTCODES, TOLERANCE = "KEYS_ARE_POSTCODES", "TOLERANCE"
    FIELD_PARAMETERS = (TARGET_SEGMENT, TARGET_KEY, TARGET_WEIGHT, BASE_SEGMENT, BASE_COUNT, BASE_KEY)

    # -- parameters ----------------------------------------------------------------------
    def add_target_parameters(self, *, target_label: str, target_help: str, located_help: str = "") -> None:
        """The target layer, how its records find their segment, and its segment, key and weight fields."""
        self.add(QgsProcessingParameterFeatureSource(self.TARGET, target_label, [SOURCE_VECTOR]), target_help)
        self.add_choice(
            self.PLACEMENT,
            tr("How target records find their segment"),
            make_choices(
                [
                    (BY_FIELD, tr("Segment field of the target")),
                    (BY_KEY, tr("Key joined to the base (postcode, area code)")),
                    (BY_LOCATION, tr("Location (inside a base polygon, or nearest base point within the tolerance)")),
                ],
                BY_KEY,
            ),
            tr(
                "Segment field: the target carries its own code. Key: the target key is looked up in the base key "
                "field. Location: a target point takes the segment of the base polygon it falls in, or of the "
                "nearest base point within the tolerance; polygons use their point on surface."
            )
            + located_help,
        )
        self.add_field(
            self.TARGET_SEGMENT,
            tr("Target segment field"),
            self.TARGET,
            tr("The target's segment code (any level at or below the chosen one). Used with 'Segment field of the target'."),
        )
        self.add_field(
            self.TARGET_KEY,
            tr("Target key field"),
            self.TARGET,
            tr(
                "Postcode or area code of each target record, used to join to the base; also names "
                "unmatched records in the log and the report."
            ),
        )
        self.add_field(
            self.TARGET_WEIGHT,
            tr("Target weight field"),
            self.TARGET,
            tr(
                "How much each record counts (e.g. number of visits). Empty: each record counts 1. Numbers "
                "stored as text are read as numbers; other text, NULL or negative values are refused."
            ),
        )

    def add_base_parameters(self, *, base_help: str = "", matching_advanced: bool = False) -> None:
        """The base layer, its segment, count and key fields, key matching, the tolerance, catalogue and level
        (``matching_advanced``: how keys match and the tolerance among the advanced parameters)."""
        self.add(
            QgsProcessingParameterFeatureSource(self.BASE, tr("Base layer"), [SOURCE_VECTOR]),
            base_help or tr("Everybody: households, postcodes or output areas, each with a segment code."),
        )
        self.add_field(
            self.BASE_SEGMENT,
            tr("Base segment field"),
            self.BASE,
            tr("The segment code of each base unit. Codes the catalogue does not know are counted as Unclassified."),
            optional=False,
        )
        self.add_field(
            self.BASE_COUNT,
            tr("Base count field"),
            self.BASE,
            tr("Households, population… of each base unit. Empty: each unit counts 1. The report says which count was used."),
        )
        self.add_field(
            self.BASE_KEY,
            tr("Base key field"),
            self.BASE,
            tr(
                "The base's postcode or area code, joined to the target key. A key found on several base "
                "units is reported; their counts are summed in the base."
            ),
        )
        self.add(
            QgsProcessingParameterBoolean(self.POSTCODES, tr("Keys are postcodes"), defaultValue=True),
            tr(
                'Ticked: keys are compared ignoring case and every space ("GU11 1AA" = "gu111aa"). '
                "Unticked: only case and surrounding spaces are ignored."
            ),
            advanced=matching_advanced,
        )
        self.add(
            QgsProcessingParameterNumber(
                self.TOLERANCE,
                tr("Tolerance for the nearest base point (metres)"),
                NUMBER_DOUBLE,
                defaultValue=100.0,
                minValue=0.0,
            ),
            tr("With location and a base of points: how far the nearest base point may be."),
            advanced=matching_advanced,
        )
        self.add_catalogue_parameters()

    def add_field(self, name, label, parent, help_text, optional=True):
        self.add(
            QgsProcessingParameterField(name, label, parentLayerParameterName=parent, type=FIELD_ANY, optional=optional),
            help_text,
        )

    # -- reading -------------------------------------------------------------------------------
    def field_names(self, parameters, context) -> dict[str, str | None]:
        """The chosen field of each field parameter of the target and the base (None when not chosen)."""
        return {key: self.parameterAsString(parameters, key, context) or None for key in self.FIELD_PARAMETERS}

    def placement_mode(self, parameters, context) -> str:
        return self.choice(parameters, self.PLACEMENT, context)

    def check_fields(self, mode: int, names: dict) -> None:
        """Refuse a placement whose fields are not chosen."""
        needed = {
            BY_FIELD: [(self.TARGET_SEGMENT, tr("Target segment field"))],
            BY_KEY: [(self.TARGET_KEY, tr("Target key field")), (self.BASE_KEY, tr("Base key field"))],
            BY_LOCATION: [],
        }[mode]
        for key, label in needed:
            if not names[key]:
                raise QgsProcessingException(
                    tr("Choose the {parameter}: the chosen way of placing target records needs it.").format(parameter=label)
                )

    def read_placed_base(
        self,
        parameters,
        context,
        progress,
        *,
        axis: encoding.SegmentAxis,
        mode: int,
        names: dict,
        crs: QgsCoordinateReferenceSystem,
        geometry: str = "none",
    ) -> PlacedBase:
        """The base units in ``crs``, their codes on the axis and their counts.

        ``geometry`` is what the caller needs besides the placement: ``"none"``,
        ``"xy"`` (a point per unit) or ``"units"`` (polygons with their
        geometries, points as x/y).
        """
        source = self.required_source(parameters, self.BASE, context)
        polygons = QgsWkbTypes.geometryType(source.wkbType()) == QgsWkbTypes.GeometryType.PolygonGeometry
        if (mode == BY_LOCATION or geometry == "units") and polygons:
            read = "geometry"
        elif mode == BY_LOCATION or geometry != "none":
            read = "xy"
        else:
            read = "none"
        fields = [names[self.BASE_SEGMENT], names[self.BASE_COUNT], names[self.BASE_KEY]]
        title = bridge.layer_title(self, parameters, self.BASE, context)
        layer = read_file_layer(
            self, parameters, self.BASE, context, fields, crs=crs, geometry=read, feedback=progress, title=title
        ) or bridge.read_layer(
            source, fields, context=context, feedback=progress, crs=crs, point="surface", geometry=read, name=title, required=True
        )
        segment_field = names[self.BASE_SEGMENT]
        codes = encoding.encode_segments(layer.frame[segment_field], axis, blank_as_unclassified=True)
        encoding.require_level(codes, axis, layer=layer.name, field=segment_field)
        warnings = encoding.code_warnings(codes, axis, layer=layer.name, field=segment_field, blank_counted=True)
        count_field = names[self.BASE_COUNT]
        counts = (
            None
            if not count_field
            else values.read_numbers(
                layer.frame[count_field], values.COUNTS, field=count_field, layer=layer.name, labels=layer.frame["fid"]
            )
        )
        return PlacedBase(axis, layer, codes, counts, warnings)

    def read_target_layer(
        self, source, parameters, context, progress, *, mode: int, names: dict, crs, name: str | None = None, extra=(), xy=False
    ):
        """The target records (with points unless joined by key, or when ``xy``) and their weights (or None);
        ``extra`` names further fields to read."""
        has_geometry = source.wkbType() != QgsWkbTypes.Type.NoGeometry
        fields = [names[self.TARGET_SEGMENT], names[self.TARGET_KEY], names[self.TARGET_WEIGHT], *extra]
        geometry = "xy" if has_geometry and (mode != BY_KEY or xy) else "none"
        title = name or bridge.layer_title(self, parameters, self.TARGET, context)
        target = None
        if name is None:  # the target parameter itself (further layers come as layers, not parameters)
            target = read_file_layer(
                self, parameters, self.TARGET, context, fields, crs=crs, geometry=geometry, feedback=progress, title=title
            )
        if target is None:
            target = bridge.read_layer(
                source, fields, context=context, feedback=progress, crs=crs, point="surface", geometry=geometry, name=title
            )
        if len(target) == 0:
            raise QgsProcessingException(tr("The target {layer} has no records.").format(layer=target.name))
        weight_field = names[self.TARGET_WEIGHT]
        weights = (
            None
            if not weight_field
            else values.read_numbers(
                target.frame[weight_field], values.WEIGHTS, field=weight_field, layer=target.name, labels=target.frame["fid"]
            )
        )
        return target, weights

    def place_target(
        self, target, weights, base: PlacedBase, parameters, context, progress, *, mode: int, names: dict, locate: bool = False
    ) -> PlacedTarget:
        """Axis position and base row of every target record; ``locate`` also places records carrying their own
        code at base units when they have a location (for counts per unit)."""
        axis, warnings = base.axis, base.warnings
        if mode == BY_FIELD:
            segment_field = names[self.TARGET_SEGMENT]
            codes = encoding.encode_segments(target.frame[segment_field], axis)
            encoding.require_level(codes, axis, layer=target.name, field=segment_field)
            warnings += encoding.code_warnings(codes, axis, layer=target.name, field=segment_field, blank_counted=False)
            rows = None
            if locate and "x" in target.frame and base.layer.wkb_type != QgsWkbTypes.Type.NoGeometry:
                rows, _ = self._locate(target, base.layer, parameters, context, progress)
            positions = codes.positions
            phrase = tr("by its segment field {field}").format(field=segment_field)
        else:
            if mode == BY_KEY:
                rows, phrase = self._join(target, base, parameters, context, names, warnings)
            else:
                rows, phrase = self._locate(target, base.layer, parameters, context, progress)
            positions = np.where(rows >= 0, base.codes.positions[np.maximum(rows, 0)], -1)
        labels = self.target_labels(target, names[self.TARGET_KEY])
        unmatched = [labels[i] for i in np.flatnonzero(positions < 0)]
        return PlacedTarget(target, weights, positions, rows, phrase, unmatched)

    def _join(self, target, base: PlacedBase, parameters, context, names, warnings):
        postcodes = self.parameterAsBoolean(parameters, self.POSTCODES, context)
        join = joins.join_on_keys(
            target.frame[names[self.TARGET_KEY]],
            base.layer.frame[names[self.BASE_KEY]],
            base_positions=base.codes.positions,
            base_counts=base.counts,
            postcode=postcodes,
        )
        if join.duplicates:
            warnings.append(
                tr(
                    "{n} keys appear on several units of {layer} (e.g. {examples}); their counts are "
                    "summed in the base and a target record takes the largest unit's segment."
                ).format(n=format_count(len(join.duplicates)), layer=base.layer.name, examples=", ".join(join.duplicates[:5]))
            )
        if join.conflicts:
            warnings.append(
                tr("{n} of those keys carry different segments (e.g. {examples}).").format(
                    n=format_count(len(join.conflicts)), examples=", ".join(join.conflicts[:5])
                )
            )
        phrase = tr("by its key {key} joined to {base_key} of the base").format(
            key=names[self.TARGET_KEY], base_key=names[self.BASE_KEY]
        )
        return join.rows, phrase

    def _locate(self, target, base, parameters, context, progress):
        if target.wkb_type == QgsWkbTypes.Type.NoGeometry or base.wkb_type == QgsWkbTypes.Type.NoGeometry:
            raise QgsProcessingException(
                tr(
                    "Placing target records by location needs geometries in both the target "
                    "and the base; use a segment field or a key instead."
                )
            )
        if base.geometries is not None:
            rows = bridge.zones_containing(target.xy, base.geometries, feedback=progress)
            return rows, tr("by location, inside a base polygon")
        metres = self.parameterAsDouble(parameters, self.TOLERANCE, context)
        tolerance = metres * QgsUnitTypes.fromUnitToUnitFactor(QgsUnitTypes.DistanceUnit.DistanceMeters, base.crs.mapUnits())
        rows = joins.nearest_within(target.xy, base.xy, tolerance)
        return rows, tr("by location, at the nearest base point within {metres} m").format(metres=format_decimal(metres))

    @staticmethod
    def target_labels(target, key_field):
        """Each record's key as written, or "feature <fid>" without a key field (names unmatched records)."""
        if key_field:
            return ["" if v is None or v != v else str(v) for v in target.frame[key_field].tolist()]
        return [tr("feature {fid}").format(fid=fid) for fid in target.frame["fid"].tolist()]
