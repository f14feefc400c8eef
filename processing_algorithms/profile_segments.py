"""Segment profile: which segments are over-represented in a target compared with a base."""

from __future__ import annotations

import numpy as np
from qgis.core import (
    QgsProcessingException,
    QgsProcessingOutputString,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
)

from ..engine.i18n import format_count
from ..engine.segmentation import encoding
from ..engine.segmentation.profile import ProfileOptions, profile_segments
from ..engine.segmentation.report import ProfileContext, profile_report, unmatched_message
from ..plugin import bridge
from ..plugin.bridge.compat import NUMBER_DOUBLE, NUMBER_INTEGER, SOURCE_POLYGON, SOURCE_VECTOR
from ..plugin.bridge.i18n import tr
from .base import PlaceInsightAlgorithm
from .target_placement import TargetPlacementParameters


class ProfileSegments(TargetPlacementParameters, PlaceInsightAlgorithm):
    NAME = "segmentprofile"
    GROUP = "segmentation"
    TAGS = (
        "profile, profil, segment, segmentation, geodemographic, geodemographics, géodémographie, géodémographique, "
        "Mosaic, ACORN, OAC, index, indice, penetration, pénétration, target market, marché cible, cible, customer "
        "insight, connaissance des usagers, clients, usagers, postcode, code postal, binomial"
    )
    REQUIRES = ("numpy", "pandas", "scipy")
    AREA = "AREA"
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

    def short_description(self):
        return tr("Profiles a target (clients, respondents…) against a base by geodemographic segment: index, target market.")

    def parameter_notes(self):
        return [
            ((self.TARGET, self.PLACEMENT), tr("what to profile, and how")),
            (
                (self.TARGET_SEGMENT, self.TARGET_KEY, self.TARGET_WEIGHT),
                tr("as the placement needs"),
            ),
            ((self.BASE, self.BASE_SEGMENT, self.BASE_COUNT, self.BASE_KEY), tr("everybody, with segment codes")),
            ((self.POSTCODES, self.TOLERANCE), tr("how they match")),
            *self.catalogue_notes(),
            ((self.AREA,), tr("only what lies inside counts")),
            ((self.ALPHA, self.MIN_COUNT, self.COVERAGE), tr("test, small numbers, target market")),
            ((self.OUTPUT,), tr("one row per segment")),
            ((self.REPORT,), tr("headline, chart, table")),
        ]

    def initAlgorithm(self, config=None):
        self.add_target_parameters(
            target_label=tr("Target layer or table"),
            target_help=tr("The records to profile: points, polygons or a table without geometry."),
        )
        self.add_base_parameters()
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
        self.add_number_outputs(
            ("TARGET_RECORDS", tr("Target records"), tr("Records in the target layer.")),
            ("PLACED", tr("Target records placed"), tr("Records placed in a segment (inside the area).")),
            ("UNMATCHED", tr("Unmatched target records"), tr("Records that matched no segment.")),
            ("MARKET_SEGMENTS", tr("Segments in the target market"), tr("How many segments it holds.")),
        )
        self.addOutput(QgsProcessingOutputString("HEADLINE", tr("Headline")))
        self.add_output_help(tr("Headline"), tr("The report's one-sentence summary."))

    def process(self, parameters, context, progress):
        catalogue, level = self.read_catalogue(parameters, context)
        axis = encoding.SegmentAxis.of(catalogue, level)
        mode = self.placement_mode(parameters, context)
        target_source, base_source = (
            self.required_source(parameters, self.TARGET, context),
            self.required_source(parameters, self.BASE, context),
        )
        names = self.field_names(parameters, context)
        self.check_fields(mode, names)
        work = bridge.working_crs(base_source.sourceCrs(), base_source.sourceExtent(), context.transformContext())
        area_source = self.parameterAsSource(parameters, self.AREA, context)
        placed_base = self.read_placed_base(
            parameters, context, progress, axis=axis, mode=mode, names=names, crs=work, geometry="xy" if area_source else "none"
        )
        base, base_codes, counts, warnings = placed_base.layer, placed_base.codes, placed_base.counts, placed_base.warnings
        target, weights = self.read_target_layer(target_source, parameters, context, progress, mode=mode, names=names, crs=work)
        found = self.place_target(target, weights, placed_base, parameters, context, progress, mode=mode, names=names)
        positions, rows, placement, unmatched = found.positions, found.rows, found.placement, found.unmatched
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

    def _options(self, parameters, context):
        return ProfileOptions(
            alpha=self.parameterAsDouble(parameters, self.ALPHA, context),
            min_count=self.parameterAsInt(parameters, self.MIN_COUNT, context),
            coverage=self.parameterAsDouble(parameters, self.COVERAGE, context) / 100.0,
            suppress_below=self.parameterAsInt(parameters, self.SUPPRESS, context),
        )

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
                n=format_count(outside), units=format_count(int(np.count_nonzero(~base_inside)))
            )
        )
        base_positions = np.where(base_inside, base_codes.positions, -1)
        restricted = encoding.EncodedSegments(base_positions, base_codes.unknown, {}, base_codes.blank)
        return np.where(target_inside, positions, -1), restricted, outside
