"""Segment profile: which segments are over-represented in a target compared with a base."""

from __future__ import annotations

import numpy as np
from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputNumber,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsUnitTypes,
    QgsWkbTypes,
)

from ..engine import values
from ..engine.segmentation import encoding, joins
from ..engine.segmentation.profile import ProfileOptions, profile_segments
from ..engine.segmentation.report import ProfileContext, profile_report, unmatched_message
from ..plugin import bridge
from ..plugin.bridge.compat import FIELD_ANY, NUMBER_DOUBLE, NUMBER_INTEGER, SOURCE_POLYGON, SOURCE_VECTOR
from ..plugin.bridge.i18n import tr
from .base import CatalogueParameters, PlaceInsightAlgorithm

BY_FIELD, BY_KEY, BY_LOCATION = 0, 1, 2


class ProfileSegments(CatalogueParameters, PlaceInsightAlgorithm):
    NAME = "segmentprofile"
    GROUP = "segmentation"
    REQUIRES = ("numpy", "pandas", "scipy")
    TARGET, PLACEMENT, TARGET_SEGMENT, TARGET_KEY, TARGET_WEIGHT = (
        "TARGET",
        "PLACEMENT",
        "TARGET_SEGMENT_FIELD",
        "TARGET_KEY_FIELD",
        "TARGET_WEIGHT_FIELD",
    )
    BASE, BASE_SEGMENT, BASE_COUNT, BASE_KEY = "BASE", "BASE_SEGMENT_FIELD", "BASE_COUNT_FIELD", "BASE_KEY_FIELD"
    POSTCODES, TOLERANCE, AREA = "KEYS_ARE_POSTCODES", "TOLERANCE", "AREA"
    ALPHA, MIN_COUNT, COVERAGE, SUPPRESS = "ALPHA", "MIN_COUNT", "COVERAGE", "SUPPRESS_BELOW"
    OUTPUT, REPORT = "OUTPUT", "REPORT"

    def display_name(self):
        return tr("Segment profile (target against base)")

    def summary(self):
        return tr(
            "Compares a target (clients, respondents, claimants…) with a base (households, postcodes, output areas) "
            "segment by segment at a chosen level of a classification: counts, shares, index = target % ÷ base % × "
            "100, rank, penetration per 1,000, a two-sided exact binomial test against the base share, low-number "
            "flags, cumulative shares and the target market (the fewest segments, largest first, covering the chosen "
            "share of the target). Run it twice to compare against households and against population. Target "
            "records that match no segment are counted and listed by key in the log and the report."
        )

    def initAlgorithm(self, config=None):
        self.add(
            QgsProcessingParameterFeatureSource(self.TARGET, tr("Target layer or table"), [SOURCE_VECTOR]),
            tr("The records to profile: points, polygons or a table without geometry."),
        )
        self.add(
            QgsProcessingParameterEnum(
                self.PLACEMENT,
                tr("How target records find their segment"),
                options=[
                    tr("Segment field of the target"),
                    tr("Key joined to the base (postcode, area code)"),
                    tr("Location (inside a base polygon, or nearest base point within the tolerance)"),
                ],
                defaultValue=1,
            ),
            tr(
                "Segment field: the target carries its own code. Key: the target key is looked up in the base key "
                "field. Location: a target point takes the segment of the base polygon it falls in, or of the "
                "nearest base point within the tolerance; polygons use their point on surface."
            ),
        )
        self._field(
            self.TARGET_SEGMENT,
            tr("Target segment field"),
            self.TARGET,
            tr("The target's segment code (any level at or below the chosen one). Used with 'Segment field of the target'."),
        )
        self._field(
            self.TARGET_KEY,
            tr("Target key field"),
            self.TARGET,
            tr(
                "Postcode or area code of each target record, used to join to the base; also names "
                "unmatched records in the log and the report."
            ),
        )
        self._field(
            self.TARGET_WEIGHT,
            tr("Target weight field"),
            self.TARGET,
            tr(
                "How much each record counts (e.g. number of visits). Empty: each record counts 1. Numbers "
                "stored as text are read as numbers; other text, NULL or negative values are refused."
            ),
        )
        self.add(
            QgsProcessingParameterFeatureSource(self.BASE, tr("Base layer"), [SOURCE_VECTOR]),
            tr("Everybody: households, postcodes or output areas, each with a segment code."),
        )
        self._field(
            self.BASE_SEGMENT,
            tr("Base segment field"),
            self.BASE,
            tr("The segment code of each base unit. Codes the catalogue does not know are counted as Unclassified."),
            optional=False,
        )
        self._field(
            self.BASE_COUNT,
            tr("Base count field"),
            self.BASE,
            tr("Households, population… of each base unit. Empty: each unit counts 1. The report says which count was used."),
        )
        self._field(
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
        )
        self.add_catalogue_parameters()
        self.add(
            QgsProcessingParameterFeatureSource(self.AREA, tr("Restrict to area"), [SOURCE_POLYGON], optional=True),
            tr(
                "Optional polygons (or their selected features): only base units and target records inside "
                "count. Target records joined by key are inside when their base unit is."
            ),
        )
        self.add(
            QgsProcessingParameterNumber(
                self.ALPHA, tr("Significance level"), NUMBER_DOUBLE, defaultValue=0.05, minValue=0.0001, maxValue=0.5
            ),
            tr("A segment is significant when the p-value of its test is below this level."),
        )
        self.add(
            QgsProcessingParameterNumber(self.MIN_COUNT, tr("Low-number threshold"), NUMBER_INTEGER, defaultValue=5, minValue=0),
            tr("Segments with fewer target records or base units than this are flagged as low numbers."),
        )
        self.add(
            QgsProcessingParameterNumber(
                self.COVERAGE, tr("Target-market coverage (%)"), NUMBER_DOUBLE, defaultValue=75.0, minValue=1.0, maxValue=100.0
            ),
            tr("The target market is the smallest set of segments, largest first, holding this share of the target."),
        )
        self.add(
            QgsProcessingParameterNumber(
                self.SUPPRESS, tr("Suppress target counts below"), NUMBER_INTEGER, defaultValue=0, minValue=0
            ),
            tr(
                "For outputs leaving your desk: target counts from 1 to below this number are hidden in the "
                "table and the report (with the next smallest when only one is). 0: no suppression."
            ),
            advanced=True,
        )
        self.add_sink(
            QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Segment profile"), SOURCE_VECTOR),
            tr(
                "One row per segment (code, name, target count and %, base count and %, index, rank, "
                "penetration, p_value, significant, low_numbers, cumulative_pct, target_market, "
                "suppressed), a row Unclassified when some codes are unknown, and a total row; row_type "
                "tells them apart."
            ),
        )
        self.add_sink(
            QgsProcessingParameterFileDestination(self.REPORT, tr("Profile report"), tr("HTML files (*.html)")),
            tr("An HTML report: headline, index bar chart, the table, and the unmatched target records."),
        )
        for name, label, help_text in (
            ("TARGET_RECORDS", tr("Target records"), tr("Records in the target layer.")),
            ("PLACED", tr("Target records placed"), tr("Records placed in a segment (inside the area).")),
            ("UNMATCHED", tr("Unmatched target records"), tr("Records that matched no segment.")),
            ("MARKET_SEGMENTS", tr("Segments in the target market"), tr("How many segments it holds.")),
        ):
            self.addOutput(QgsProcessingOutputNumber(name, label))
            self.add_output_help(label, help_text)
        self.addOutput(QgsProcessingOutputString("HEADLINE", tr("Headline")))
        self.add_output_help(tr("Headline"), tr("The report's one-sentence summary."))

    def _field(self, name, label, parent, help_text, optional=True):
        self.add(
            QgsProcessingParameterField(name, label, parentLayerParameterName=parent, type=FIELD_ANY, optional=optional),
            help_text,
        )

    def process(self, parameters, context, progress):
        catalogue, level = self.read_catalogue(parameters, context)
        axis = encoding.SegmentAxis.of(catalogue, level)
        mode = self.parameterAsEnum(parameters, self.PLACEMENT, context)
        target_source, base_source = (
            self.required_source(parameters, self.TARGET, context),
            self.required_source(parameters, self.BASE, context),
        )
        names = self._field_names(parameters, context)
        self._check_fields(mode, names)
        work = bridge.working_crs(base_source.sourceCrs(), base_source.sourceExtent(), context.transformContext())
        area_source = self.parameterAsSource(parameters, self.AREA, context)
        base, base_codes, counts, warnings = self._read_base(
            base_source, mode, area_source is not None, names, axis, work, parameters, context, progress
        )
        target, weights = self._read_target(target_source, mode, names, work, parameters, context, progress)
        positions, rows, placement = self._place(
            mode, target, (base, base_codes, counts), names, axis, parameters, context, progress, warnings
        )
        labels = self._labels(target, names[self.TARGET_KEY])
        unmatched = [labels[i] for i in np.flatnonzero(positions < 0)]
        outside = 0
        if area_source is not None:
            positions, base_codes, outside = self._restrict(
                area_source, positions, rows, target, base, base_codes, work, context, progress, warnings
            )
        profile = self._profile(positions, base_codes, axis, weights, counts, parameters, context)
        for message in warnings:
            progress.warn(message)
        if unmatched:
            progress.warn(unmatched_message(unmatched, len(target)))
        placed = int(np.count_nonzero(positions >= 0))
        report = profile_report(
            profile,
            ProfileContext(
                target=target.name,
                target_records=len(target),
                placed=placed,
                placement=placement,
                base=base.name,
                base_units=len(base),
                count_field=names[self.BASE_COUNT],
                weight_field=names[self.TARGET_WEIGHT],
                area=bridge.layer_title(self, parameters, self.AREA, context) if area_source else None,
                outside=outside,
                unmatched=unmatched,
                warnings=warnings,
            ),
        )
        progress.info(profile.headline())
        outputs = self._write_outputs(parameters, context, progress, profile, report)
        return {
            **outputs,
            "TARGET_RECORDS": len(target),
            "PLACED": placed,
            "UNMATCHED": len(unmatched),
            "MARKET_SEGMENTS": len(profile.market),
            "HEADLINE": profile.headline(),
        }

    def _field_names(self, parameters, context):
        """The chosen field of each field parameter of the target and the base (None when not chosen)."""
        return {
            key: self.parameterAsString(parameters, key, context) or None
            for key in (
                self.TARGET_SEGMENT,
                self.TARGET_KEY,
                self.TARGET_WEIGHT,
                self.BASE_SEGMENT,
                self.BASE_COUNT,
                self.BASE_KEY,
            )
        }

    def _profile(self, positions, base_codes, axis, weights, counts, parameters, context):
        """The engine's profile of the placed target records (axis ``positions``) against the base."""
        return profile_segments(
            encoding.EncodedSegments(positions, {}, {}),
            base_codes,
            axis,
            target_weights=weights,
            base_counts=counts,
            options=self._options(parameters, context),
            language=self.language(),
        )

    def _write_outputs(self, parameters, context, progress, profile, report):
        """The profile table and the HTML report: their ids by output name."""
        dest_id = bridge.write_frame(
            self,
            parameters,
            self.OUTPUT,
            context,
            profile.output_table(),
            kinds={"target_count": "double", "base_count": "double"},
            feedback=progress,
        )
        report_path = self.outputs.save(
            self.parameterAsFileOutput(parameters, self.REPORT, context), report.save, name=self.REPORT
        )
        return {self.OUTPUT: dest_id, self.REPORT: report_path}

    def _read_base(self, source, mode, with_area, names, axis, work, parameters, context, progress):
        """The base units, their codes on the axis, their counts (or None) and the warnings so far."""
        polygons = QgsWkbTypes.geometryType(source.wkbType()) == QgsWkbTypes.GeometryType.PolygonGeometry
        geometry = "geometry" if mode == BY_LOCATION and polygons else "xy" if mode == BY_LOCATION or with_area else "none"
        base = bridge.read_layer(
            source,
            [names[self.BASE_SEGMENT], names[self.BASE_COUNT], names[self.BASE_KEY]],
            context=context,
            feedback=progress,
            crs=work,
            point="surface",
            geometry=geometry,
            name=bridge.layer_title(self, parameters, self.BASE, context),
            required=True,
        )
        field = names[self.BASE_SEGMENT]
        codes = encoding.encode_segments(base.frame[field], axis, blank_as_unclassified=True)
        encoding.require_level(codes, axis, layer=base.name, field=field)
        warnings = encoding.code_warnings(codes, axis, layer=base.name, field=field, blank_counted=True)
        counts = (
            None
            if not names[self.BASE_COUNT]
            else values.read_numbers(
                base.frame[names[self.BASE_COUNT]],
                values.COUNTS,
                field=names[self.BASE_COUNT],
                layer=base.name,
                labels=base.frame["fid"],
            )
        )
        return base, codes, counts, warnings

    def _read_target(self, source, mode, names, work, parameters, context, progress):
        """The target records (with points unless joined by key) and their weights (or None)."""
        has_geometry = source.wkbType() != QgsWkbTypes.Type.NoGeometry
        target = bridge.read_layer(
            source,
            [names[self.TARGET_SEGMENT], names[self.TARGET_KEY], names[self.TARGET_WEIGHT]],
            context=context,
            feedback=progress,
            crs=work,
            point="surface",
            geometry="xy" if has_geometry and mode != BY_KEY else "none",
            name=bridge.layer_title(self, parameters, self.TARGET, context),
        )
        if len(target) == 0:
            raise QgsProcessingException(tr("The target {layer} has no records.").format(layer=target.name))
        weights = (
            None
            if not names[self.TARGET_WEIGHT]
            else values.read_numbers(
                target.frame[names[self.TARGET_WEIGHT]],
                values.WEIGHTS,
                field=names[self.TARGET_WEIGHT],
                layer=target.name,
                labels=target.frame["fid"],
            )
        )
        return target, weights

    def _options(self, parameters, context):
        return ProfileOptions(
            alpha=self.parameterAsDouble(parameters, self.ALPHA, context),
            min_count=self.parameterAsInt(parameters, self.MIN_COUNT, context),
            coverage=self.parameterAsDouble(parameters, self.COVERAGE, context) / 100.0,
            suppress_below=self.parameterAsInt(parameters, self.SUPPRESS, context),
        )

    def _check_fields(self, mode, names):
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

    def _place(self, mode, target, base_data, names, axis, parameters, context, progress, warnings):
        """Axis position and base row (or None) of every target record, and a phrase saying how."""
        base, base_codes, counts = base_data
        if mode == BY_FIELD:
            codes = encoding.encode_segments(target.frame[names[self.TARGET_SEGMENT]], axis)
            encoding.require_level(codes, axis, layer=target.name, field=names[self.TARGET_SEGMENT])
            warnings += encoding.code_warnings(
                codes, axis, layer=target.name, field=names[self.TARGET_SEGMENT], blank_counted=False
            )
            return codes.positions, None, tr("by its segment field {field}").format(field=names[self.TARGET_SEGMENT])
        if mode == BY_KEY:
            postcodes = self.parameterAsBoolean(parameters, self.POSTCODES, context)
            join = joins.join_on_keys(
                target.frame[names[self.TARGET_KEY]],
                base.frame[names[self.BASE_KEY]],
                base_positions=base_codes.positions,
                base_counts=counts,
                postcode=postcodes,
            )
            if join.duplicates:
                warnings.append(
                    tr(
                        "{n} keys appear on several units of {layer} (e.g. {examples}); their counts are "
                        "summed in the base and a target record takes the largest unit's segment."
                    ).format(n=len(join.duplicates), layer=base.name, examples=", ".join(join.duplicates[:5]))
                )
            if join.conflicts:
                warnings.append(
                    tr("{n} of those keys carry different segments (e.g. {examples}).").format(
                        n=len(join.conflicts), examples=", ".join(join.conflicts[:5])
                    )
                )
            rows = join.rows
            phrase = tr("by its key {key} joined to {base_key} of the base").format(
                key=names[self.TARGET_KEY], base_key=names[self.BASE_KEY]
            )
        else:
            rows, phrase = self._locate(target, base, parameters, context, progress)
        positions = np.where(rows >= 0, base_codes.positions[np.maximum(rows, 0)], -1)
        return positions, rows, phrase

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
        tolerance = metres * QgsUnitTypes.fromUnitToUnitFactor(QgsUnitTypes.DistanceMeters, base.crs.mapUnits())
        rows = joins.nearest_within(target.xy, base.xy, tolerance)
        return rows, tr("by location, at the nearest base point within {metres} m").format(metres=f"{metres:g}")

    def _restrict(self, area_source, positions, rows, target, base, base_codes, work, context, progress, warnings):
        area = bridge.read_polygons(area_source, work, context=context, feedback=progress)
        base_inside = bridge.points_in_area(base.xy, area, feedback=progress)
        if not base_inside.any():
            raise QgsProcessingException(
                tr("The area contains no base unit of {base}: check that they overlap.").format(base=base.name)
            )
        if "x" in target.frame:
            target_inside = bridge.points_in_area(target.xy, area, feedback=progress)
        elif rows is not None:
            target_inside = (rows >= 0) & base_inside[np.maximum(rows, 0)]
        else:
            raise QgsProcessingException(
                tr(
                    "The target {layer} has no geometry, so the area cannot restrict it; join it to the base by key instead."
                ).format(layer=target.name)
            )
        outside = int(np.count_nonzero((positions >= 0) & ~target_inside))
        warnings.append(
            tr("{n} target records and {units} base units lie outside the area and are left out.").format(
                n=outside, units=int(np.count_nonzero(~base_inside))
            )
        )
        base_positions = np.where(base_inside, base_codes.positions, -1)
        restricted = encoding.EncodedSegments(base_positions, base_codes.unknown, {}, base_codes.blank)
        return np.where(target_inside, positions, -1), restricted, outside

    @staticmethod
    def _labels(target, key_field):
        if key_field:
            return ["" if v is None or v != v else str(v) for v in target.frame[key_field].tolist()]
        return [tr("feature {fid}").format(fid=fid) for fid in target.frame["fid"].tolist()]
