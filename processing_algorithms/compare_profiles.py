"""Compare profiles: several targets, or one split by a category or by zones, against one base; and campaign evaluation."""

from __future__ import annotations

import numpy as np
from qgis.core import (
    QgsProcessing,
    QgsProcessingException,
    QgsProcessingOutputString,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterMultipleLayers,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ..engine.segmentation import campaign as campaigns
from ..engine.segmentation import comparison as comparisons
from ..engine.segmentation import encoding
from ..engine.segmentation.comparison_report import ComparisonContext, comparison_headline, comparison_report
from ..engine.segmentation.report import unmatched_message
from ..engine.segmentation.targeting import parse_codes, positions_of_codes
from ..engine.significance import BENJAMINI_HOCHBERG, HOLM
from ..plugin import bridge
from ..plugin.bridge.compat import FIELD_ANY, NUMBER_DOUBLE, NUMBER_INTEGER, SOURCE_POLYGON, SOURCE_VECTOR
from ..plugin.bridge.i18n import tr
from .base import PlaceInsightAlgorithm
from .choices import make_choices
from .compare_inputs import SPLIT_BY_FIELD, SPLIT_BY_LAYER, SPLIT_BY_ZONE, record_categories, records_of_targets
from .target_placement import TargetPlacementParameters


class CompareProfiles(TargetPlacementParameters, PlaceInsightAlgorithm):
    NAME = "compareprofiles"
    GROUP = "segmentation"
    TAGS = (
        "compare, comparer, profiles, profils, chi-square, khi-deux, Fisher, Monte Carlo, Holm, Benjamini-Hochberg, "
        "channel, canal, campaign, campagne, response rate, taux de réponse, rate ratio, rapport des taux, "
        "geodemographic, géodémographie, Mosaic, ACORN, OAC, cross-tabulation, tableau croisé"
    )
    REQUIRES = ("numpy", "pandas", "scipy")
    OTHER_TARGETS, SPLIT, CATEGORY_FIELD = "OTHER_TARGETS", "SPLIT", "CATEGORY_FIELD"
    ZONES, ZONE_NAME = "ZONES", "ZONE_NAME_FIELD"
    COMPARE, FIRST, SECOND = "COMPARE", "FIRST_CATEGORY", "SECOND_CATEGORY"
    RESPONSE_FIELD, TARGET_SEGMENTS = "RESPONSE_FIELD", "TARGET_SEGMENTS"
    ALPHA, MIN_COUNT, CORRECTION, SIMULATIONS, SUPPRESS = "ALPHA", "MIN_COUNT", "CORRECTION", "SIMULATIONS", "SUPPRESS_BELOW"
    OUTPUT, REPORT = "OUTPUT", "REPORT"

    def display_name(self):
        return tr("Compare profiles")

    def short_description(self):
        return tr("Profiles several targets side by side against one base, with tests of difference; evaluates campaigns.")

    def parameter_notes(self):
        """The help panel's lines (used where the provider builds a short help from them)."""
        return [
            ((self.TARGET, self.OTHER_TARGETS, self.PLACEMENT), tr("what to compare, and how")),
            ((self.TARGET_SEGMENT, self.TARGET_KEY, self.TARGET_WEIGHT), tr("as the placement needs")),
            ((self.BASE, self.BASE_SEGMENT, self.BASE_COUNT, self.BASE_KEY), tr("everybody, with segment codes")),
            ((self.CATALOGUE, self.CATALOGUE_FILE, self.LEVEL), tr("the classification")),
            ((self.SPLIT, self.CATEGORY_FIELD, self.ZONES, self.ZONE_NAME), tr("the categories")),
            ((self.COMPARE, self.FIRST, self.SECOND), tr("against the rest, or two")),
            ((self.RESPONSE_FIELD, self.TARGET_SEGMENTS), tr("a campaign")),
            ((self.OUTPUT, self.REPORT), tr("long table, report")),
        ]

    def summary(self):
        return tr(
            "Profiles several targets side by side against one base: one target split by a category field "
            "(service, channel, borrower category, month…), several layers, or the zones the records lie in. The "
            "table has one row per category and segment with counts, shares and indices, and per category a total "
            "row. Each category is compared with the rest (or two chosen categories with each other). Distribution "
            "test — hypothesis: the category's records are spread over the segments like the rest's; Pearson's "
            "chi-square, or a Monte Carlo p-value over tables with the same margins where counts are small. "
            "Per-segment test — hypothesis: the segment's share is the same in both; two-proportion z-test, or "
            "Fisher's exact test with small counts. p-values are adjusted for the number of tests (Holm or "
            "Benjamini–Hochberg). With a response field it evaluates a campaign — hypothesis: targeted and not "
            "targeted contacts respond at the same rate: response rates with exact intervals, their ratio with "
            "Katz's interval and its test, and the share of responders from the target segments."
        )

    def initAlgorithm(self, config=None):
        self.add_target_parameters(
            target_label=tr("Target layer or table"),
            target_help=tr("The records to compare: clients, contacts, borrowers, claimants, a campaign's contacts…"),
        )
        self.add(
            QgsProcessingParameterMultipleLayers(
                self.OTHER_TARGETS, tr("More targets (same fields)"), QgsProcessing.SourceType.TypeVector, optional=True
            ),
            tr(
                "Further layers with the same fields (another service, another authority); each layer is a category "
                "when split by layer."
            ),
        )
        self.add_base_parameters(matching_advanced=True)
        self._split_parameters()
        self._campaign_parameters()
        self._test_parameters()
        self.add_sink(
            QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Compared profiles"), SOURCE_VECTOR),
            tr(
                "Long form, one row per category and segment (row_type segment or unclassified) and a total row per "
                "category: category, code, name, target_count, target_pct, base_count, base_pct, index, versus, "
                "versus_count, versus_pct, difference (percentage points), statistic and df (chi-square, total rows), "
                "p_value, p_adjusted, significant, test, low_numbers, suppressed; with a response field also "
                "responders, response_rate, rate_low, rate_high, rate_ratio, ratio_low, ratio_high, ratio_p, "
                "ratio_p_adjusted, ratio_significant, ratio_test."
            ),
        )
        self.add_sink(
            QgsProcessingParameterFileDestination(self.REPORT, tr("Comparison report"), tr("HTML files (*.html)")),
            tr("An HTML report: the tests in words, small multiples of the index, the cross-tabulation, the campaign."),
        )
        self.add_number_outputs(
            ("CATEGORIES", tr("Categories"), tr("Number of categories.")),
            ("DIFFERENT", tr("Categories that differ"), tr("Categories whose spread over the segments differs significantly.")),
            ("RATE_RATIO", tr("Rate ratio"), tr("Response rate of the targeted ÷ the other group (campaign).")),
            ("RATIO_LOW", tr("Rate ratio, lower bound"), tr("Lower bound of its interval.")),
            ("RATIO_HIGH", tr("Rate ratio, upper bound"), tr("Upper bound of its interval.")),
            ("RATIO_P", tr("Rate ratio p-value"), tr("p-value of the test of equal response rates.")),
            ("TARGET_RESPONDERS", tr("Responders from the target segments (%)"), tr("Share of all responders.")),
        )
        self.addOutput(QgsProcessingOutputString("HEADLINE", tr("Headline")))
        self.add_output_help(tr("Headline"), tr("The report's summary in words."))

    def _split_parameters(self):
        self.add_choice(
            self.SPLIT,
            tr("Split the target by"),
            make_choices(
                [
                    (SPLIT_BY_FIELD, tr("A category field of the target")),
                    (SPLIT_BY_LAYER, tr("Layer (each layer is a category)")),
                    (SPLIT_BY_ZONE, tr("Zone the records lie in")),
                ],
                SPLIT_BY_FIELD,
            ),
            tr(
                "Category field: one category per value (NULL values form the category (none), reported). Layer: the "
                "target and each further layer. Zone: the zone containing the record (or its base unit)."
            ),
        )
        self.add(
            QgsProcessingParameterField(
                self.CATEGORY_FIELD, tr("Category field"), parentLayerParameterName=self.TARGET, type=FIELD_ANY, optional=True
            ),
            tr("Service, channel, borrower category, arrears marker, month… (split by category field)."),
        )
        self.add(
            QgsProcessingParameterFeatureSource(self.ZONES, tr("Zones"), [SOURCE_POLYGON], optional=True),
            tr("Areas to compare (two authorities, wards…): split by zone. Records in no zone form the category (none)."),
        )
        self.add(
            QgsProcessingParameterField(
                self.ZONE_NAME, tr("Zone name field"), parentLayerParameterName=self.ZONES, type=FIELD_ANY, optional=True
            ),
            tr("Names the zones' categories. Empty: feature ids."),
        )
        self.add_choice(
            self.COMPARE,
            tr("Compare"),
            make_choices([("rest", tr("Each category against the rest")), ("pair", tr("Two chosen categories"))], "rest"),
            tr("Against the rest: every category with all others together. Two categories: the first with the second."),
        )
        self.add(
            QgsProcessingParameterString(self.FIRST, tr("First category"), defaultValue="", optional=True),
            tr("With two categories, and for a campaign: the first (the targeted group), as written in the data."),
        )
        self.add(
            QgsProcessingParameterString(self.SECOND, tr("Second category"), defaultValue="", optional=True),
            tr("With two categories, and for a campaign: the second (the group not targeted)."),
        )

    def _campaign_parameters(self):
        self.add(
            QgsProcessingParameterField(
                self.RESPONSE_FIELD,
                tr("Response field (campaign)"),
                parentLayerParameterName=self.TARGET,
                type=FIELD_ANY,
                optional=True,
            ),
            tr(
                "Whether each contact responded (1/0, yes/no, true/false; NULL counts as no response). Given: the "
                "first and second categories are the targeted and the other group, and the campaign is evaluated."
            ),
        )
        self.add(
            QgsProcessingParameterString(self.TARGET_SEGMENTS, tr("Target segments (campaign)"), defaultValue="", optional=True),
            tr("The segments the campaign aimed at, e.g. J, L: the report gives the share of responders from them."),
        )

    def _test_parameters(self):
        self.add(
            QgsProcessingParameterNumber(
                self.ALPHA, tr("Significance level"), NUMBER_DOUBLE, 0.05, minValue=0.0001, maxValue=0.5
            ),
            tr("A test is significant when its adjusted p-value is below this; intervals are at 1 − this confidence."),
            advanced=True,
        )
        self.add_choice(
            self.CORRECTION,
            tr("Adjustment for many tests"),
            make_choices(
                [
                    (HOLM, tr("Holm (family-wise error rate)")),
                    (BENJAMINI_HOCHBERG, tr("Benjamini–Hochberg (false discovery rate)")),
                ],
                HOLM,
            ),
            tr("How p-values are adjusted for the number of tests of the table."),
            advanced=True,
        )
        self.add(
            QgsProcessingParameterNumber(self.MIN_COUNT, tr("Low-number threshold"), NUMBER_INTEGER, 5, minValue=0),
            tr("Counts below this are flagged as low numbers."),
            advanced=True,
        )
        self.add(
            QgsProcessingParameterNumber(
                self.SIMULATIONS, tr("Monte Carlo tables"), NUMBER_INTEGER, 9999, minValue=0, maxValue=1000000
            ),
            tr("Most tables drawn for a Monte Carlo p-value where counts are small (0: always the chi-square approximation)."),
            advanced=True,
        )
        self.add(
            QgsProcessingParameterNumber(self.SUPPRESS, tr("Suppress target counts below"), NUMBER_INTEGER, 0, minValue=0),
            tr(
                "For tables leaving your desk: counts from 1 to below this number are hidden with the figures they "
                "could be worked out from (and the next smallest of the category when only one is). 0: no suppression."
            ),
            advanced=True,
        )

    # -- running -------------------------------------------------------------------------------
    def process(self, parameters, context, progress):
        catalogue, level = self.read_catalogue(parameters, context)
        axis = encoding.SegmentAxis.of(catalogue, level)
        mode = self.placement_mode(parameters, context)
        names = self.field_names(parameters, context)
        self.check_fields(mode, names)
        split = self.choice(parameters, self.SPLIT, context)
        base_source = self.required_source(parameters, self.BASE, context)
        work = bridge.working_crs(base_source.sourceCrs(), base_source.sourceExtent(), context.transformContext())
        geometry = "xy" if split == SPLIT_BY_ZONE else "none"
        base = self.read_placed_base(
            parameters, context, progress, axis=axis, mode=mode, names=names, crs=work, geometry=geometry
        )
        extra = [self.parameterAsString(parameters, key, context) or None for key in (self.CATEGORY_FIELD, self.RESPONSE_FIELD)]
        records = records_of_targets(self, parameters, context, progress, base, mode=mode, names=names, extra=extra, crs=work)
        categories, split_words, message = record_categories(self, parameters, context, progress, records, base, split, work)
        if message:
            base.warnings.append(message)
        pair = self._pair(parameters, context, categories)
        options = comparisons.ComparisonOptions(
            alpha=self.parameterAsDouble(parameters, self.ALPHA, context),
            min_count=self.parameterAsInt(parameters, self.MIN_COUNT, context),
            correction=self.choice(parameters, self.CORRECTION, context),
            simulations=self.parameterAsInt(parameters, self.SIMULATIONS, context),
            pair=pair,
            suppress_below=self.parameterAsInt(parameters, self.SUPPRESS, context),
        )
        matrix = comparisons.category_matrix(
            records.positions, categories.codes, n_categories=len(categories.names), size=axis.size, weights=records.weights
        )
        comparison = comparisons.compare_profiles(
            matrix, base.tally(), axis, categories.names, options=options, language=self.language()
        )
        campaign = self._campaign(parameters, context, records, categories, pair, axis, options, base.warnings)
        table = campaigns.with_campaign(comparison.table, campaign, alpha=options.alpha) if campaign else comparison.table
        for warning in base.warnings:
            progress.warn(warning)
        if records.unmatched:
            progress.warn(unmatched_message(records.unmatched, records.count))
        dest_id = bridge.write_frame(
            self, parameters, self.OUTPUT, context, table, kinds={"target_count": "double", "df": "int"}, feedback=progress
        )
        report_path = self.parameterAsFileOutput(parameters, self.REPORT, context)
        words = ComparisonContext(
            target=records.name,
            target_records=records.count,
            placed=int(np.count_nonzero(records.positions >= 0)),
            placement=records.placement,
            split=split_words,
            base=base.layer.name,
            base_units=len(base.layer),
            counted=names[self.BASE_COUNT] or tr("base units"),
            unmatched=len(records.unmatched),
            warnings=base.warnings,
        )
        self.outputs.save(report_path, comparison_report(comparison, words, campaign).save, name=self.REPORT)
        headline = comparison_headline(comparison, campaign)
        progress.info(headline)
        return {
            self.OUTPUT: dest_id,
            self.REPORT: report_path,
            "CATEGORIES": len(categories.names),
            "DIFFERENT": len(comparison.differing()),
            **_campaign_numbers(campaign),
            "HEADLINE": headline,
        }

    def _pair(self, parameters, context, categories) -> tuple[int, int] | None:
        """The two categories compared with each other (None: each against the rest)."""
        first = (self.parameterAsString(parameters, self.FIRST, context) or "").strip()
        second = (self.parameterAsString(parameters, self.SECOND, context) or "").strip()
        campaign = bool(self.parameterAsString(parameters, self.RESPONSE_FIELD, context))
        if self.choice(parameters, self.COMPARE, context) == "rest" and not campaign:
            return None
        if not first and len(categories.names) == 2:
            first = categories.names[0]
        if not second and len(categories.names) == 2:
            second = next(name for name in categories.names if name != first)
        if not first or not second:
            raise QgsProcessingException(
                tr(
                    "Name the first and the second category (the targeted group and the other one); the categories are: {names}."
                ).format(names=", ".join(categories.names[:20]))
            )
        pair = (categories.position(first), categories.position(second))
        if pair[0] == pair[1]:
            raise QgsProcessingException(tr("The first and the second category are the same: {name}.").format(name=first))
        return pair

    def _campaign(self, parameters, context, records, categories, pair, axis, options, warnings):
        """The campaign's evaluation (None without a response field)."""
        field = self.parameterAsString(parameters, self.RESPONSE_FIELD, context)
        if not field:
            return None
        responses = campaigns.read_responses(records.frame[field], layer=records.name, field=field)
        message = campaigns.campaign_message(responses, layer=records.name, field=field)
        if message:
            warnings.append(message)
        groups = np.full(len(categories.codes), -1, dtype=np.int64)
        groups[categories.codes == pair[0]] = campaigns.TARGETED
        groups[categories.codes == pair[1]] = campaigns.NOT_TARGETED
        codes = parse_codes(self.parameterAsString(parameters, self.TARGET_SEGMENTS, context) or "")
        target = positions_of_codes(codes, axis, what=tr("the target segments")) if codes else None
        return campaigns.evaluate_campaign(
            records.positions,
            groups,
            responses.responded,
            axis,
            (categories.names[pair[0]], categories.names[pair[1]]),
            target_positions=target,
            alpha=options.alpha,
            correction=options.correction,
            language=self.language(),
        )


def _campaign_numbers(campaign) -> dict:
    if campaign is None:
        return dict.fromkeys(("RATE_RATIO", "RATIO_LOW", "RATIO_HIGH", "RATIO_P", "TARGET_RESPONDERS"))
    overall = campaign.overall
    share = campaign.target_share
    return {
        "RATE_RATIO": overall.ratio,
        "RATIO_LOW": overall.interval[0],
        "RATIO_HIGH": overall.interval[1],
        "RATIO_P": overall.p_value,
        "TARGET_RESPONDERS": share.share[2] if share is not None else None,
    }
