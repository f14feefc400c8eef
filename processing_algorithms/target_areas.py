"""Target areas and potential: where the target market lives, how many more could be reached, and the list to reach them."""

from __future__ import annotations

import numpy as np
from qgis.core import (
    QgsProcessingOutputString,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ..engine.segmentation import encoding, targeting
from ..engine.segmentation.profile import ProfileOptions, profile_counts
from ..engine.segmentation.report import unmatched_message
from ..engine.segmentation.targeting_report import TargetingContext, report_headline, targeting_report
from ..plugin import bridge
from ..plugin.bridge.compat import FIELD_ANY, NUMBER_DOUBLE, NUMBER_INTEGER, SOURCE_LINE, SOURCE_POLYGON, SOURCE_VECTOR
from ..plugin.bridge.i18n import tr
from ..plugin.bridge.zones import read_zones
from .base import PlaceInsightAlgorithm
from .choices import make_choices
from .target_outputs import unit_areas, unit_key_texts, write_list, write_zones, zone_pieces
from .target_placement import TargetPlacementParameters


class TargetAreas(TargetPlacementParameters, PlaceInsightAlgorithm):
    NAME = "targetareas"
    GROUP = "segmentation"
    TAGS = (
        "target areas, zones cibles, potential, potentiel, target market, marché cible, take-up, adhésion, benchmark, "
        "taux de référence, penetration, pénétration, target list, liste cible, leaflet, tract, ward, quartier, road, "
        "route, catchment, zone de desserte, geodemographic, géodémographie, Mosaic, ACORN, OAC, postcode, code postal"
    )
    REQUIRES = ("numpy", "pandas", "scipy")
    ZONES, ZONE_NAME, BUFFER = "ZONES", "ZONE_NAME_FIELD", "BUFFER"
    MARKET, COVERAGE, MARKET_SEGMENTS, INDEX_ABOVE = "MARKET", "COVERAGE", "MARKET_SEGMENTS", "INDEX_ABOVE"
    BENCHMARK_RATE, BENCHMARK_RATES, LIST_ZONES = "BENCHMARK_RATE", "BENCHMARK_RATES", "LIST_ZONES"
    MIN_COUNT, SUPPRESS = "MIN_COUNT", "SUPPRESS_BELOW"
    OUTPUT, TARGET_LIST, REPORT = "OUTPUT", "TARGET_LIST", "REPORT"

    def display_name(self):
        return tr("Target areas and potential")

    def short_description(self):
        return tr("Where a profile's target market lives, how many more could be reached, and the list to reach them.")

    def parameter_notes(self):
        """The help panel's lines (used where the provider builds a short help from them)."""
        return [
            ((self.TARGET, self.PLACEMENT, self.TARGET_SEGMENT, self.TARGET_KEY, self.TARGET_WEIGHT), tr("whose take-up")),
            ((self.BASE, self.BASE_SEGMENT, self.BASE_COUNT, self.BASE_KEY), tr("everybody, with segment codes")),
            ((self.CATALOGUE, self.CATALOGUE_FILE, self.LEVEL), tr("the classification")),
            ((self.ZONES, self.ZONE_NAME, self.LIST_ZONES), tr("where, and which zones to list")),
            ((self.MARKET, self.COVERAGE, self.MARKET_SEGMENTS, self.INDEX_ABOVE), tr("which segments")),
            ((self.BENCHMARK_RATE,), tr("a take-up to aim at")),
            ((self.OUTPUT, self.TARGET_LIST, self.REPORT), tr("zones, list, report")),
        ]

    def summary(self):
        return tr(
            "Applies a segment profile to places. The target market is a set of segments: chosen, the profile's "
            "market at a coverage, or the segments whose index is above a threshold. For every zone (wards, "
            "catchments, or roads buffered by a distance) it gives the base count in the target market, its share, "
            "density per km² and index; the target records there today; the count expected at each segment's "
            "take-up across the whole base (the profile's penetration) or at a benchmark rate you give; the "
            "potential (expected − today) and a rank by potential. The target list holds the base units "
            "(postcodes…) of the target market in the chosen zones, largest potential first, with small counts "
            "suppressed when asked. The report says it in words: how many are in the target market, how many "
            "are in the target today, how many more could be reached."
        )

    def initAlgorithm(self, config=None):
        self.add_target_parameters(
            target_label=tr("Target layer or table"),
            target_help=tr("The records whose take-up is applied to places: clients, direct-debit payers, users…"),
            located_help=" "
            + tr(
                "With a segment field, records that have a location are also counted at the base unit they lie "
                "in (or nearest); without a location only the market and the expected counts are given."
            ),
        )
        self.add_base_parameters(
            matching_advanced=True,
            base_help=tr(
                "Everybody: households, postcodes or output areas with a segment code; points or polygons to be "
                "counted in the zones (a table without geometry only without zones)."
            ),
        )
        self._zone_parameters()
        self._market_parameters()
        self._output_parameters()

    def _zone_parameters(self):
        self.add(
            QgsProcessingParameterFeatureSource(self.ZONES, tr("Zones"), [SOURCE_POLYGON, SOURCE_LINE], optional=True),
            tr(
                "Optional polygons (wards, a 15-minute catchment…) or lines (roads, streets), or their selected "
                "features. Empty: the whole base, and the list of every unit of the target market."
            ),
        )
        self.add(
            QgsProcessingParameterField(
                self.ZONE_NAME, tr("Zone name field"), parentLayerParameterName=self.ZONES, type=FIELD_ANY, optional=True
            ),
            tr("Names the zones in the report and in the target list. Empty: feature ids."),
        )
        self.add(
            QgsProcessingParameterNumber(
                self.BUFFER, tr("Buffer around line zones (metres)"), NUMBER_DOUBLE, defaultValue=50.0, minValue=0.0
            ),
            tr("Base units within this distance of a line zone (a road) belong to it. Not used for polygons."),
            advanced=True,
        )
        self.add(
            QgsProcessingParameterNumber(self.LIST_ZONES, tr("List the units of the top zones"), NUMBER_INTEGER, 0, minValue=0),
            tr("The target list holds the units of this many zones of highest potential. 0: every zone."),
        )

    def _market_parameters(self):
        self.add_choice(
            self.MARKET,
            tr("Target market"),
            make_choices(
                [
                    (targeting.BY_COVERAGE, tr("The profile's market (the fewest segments covering the coverage)")),
                    (targeting.BY_SEGMENTS, tr("The segments listed below")),
                    (targeting.BY_INDEX, tr("Segments with an index above the threshold")),
                ],
                targeting.BY_COVERAGE,
            ),
            tr("Which segments make the target market; Unclassified never does."),
        )
        self.add(
            QgsProcessingParameterNumber(
                self.COVERAGE, tr("Target-market coverage (%)"), NUMBER_DOUBLE, defaultValue=75.0, minValue=1.0, maxValue=100.0
            ),
            tr("With the profile's market: the fewest segments, largest first, holding this share of the target."),
        )
        self.add(
            QgsProcessingParameterString(self.MARKET_SEGMENTS, tr("Target-market segments"), defaultValue="", optional=True),
            tr("With the listed segments: their codes, e.g. J, L, H (finer codes roll up to the level)."),
        )
        self.add(
            QgsProcessingParameterNumber(
                self.INDEX_ABOVE, tr("Index threshold"), NUMBER_DOUBLE, defaultValue=120.0, minValue=0.0
            ),
            tr("With the index: segments whose profile index (target % ÷ base % × 100) is above this."),
        )
        self.add(
            QgsProcessingParameterNumber(
                self.BENCHMARK_RATE, tr("Benchmark rate (%)"), NUMBER_DOUBLE, optional=True, minValue=-1e9, maxValue=1e9
            ),
            tr(
                "Optional take-up to aim at for every segment of the market, in % (e.g. 80 for direct debit): the "
                "potential at that rate is given too, and zones are ranked by it. From 0 to 100."
            ),
        )
        self.add(
            QgsProcessingParameterString(self.BENCHMARK_RATES, tr("Benchmark rates per segment"), defaultValue="", optional=True),
            tr("Optional rates in % per segment, e.g. J=80; L=75 (they override the overall rate for those segments)."),
            advanced=True,
        )
        self.add(
            QgsProcessingParameterNumber(self.MIN_COUNT, tr("Low-number threshold"), NUMBER_INTEGER, defaultValue=5, minValue=0),
            tr("Zones with fewer target-market units or target records than this are flagged as low numbers."),
            advanced=True,
        )
        self.add(
            QgsProcessingParameterNumber(self.SUPPRESS, tr("Suppress target counts below"), NUMBER_INTEGER, 0, minValue=0),
            tr(
                "For lists leaving your desk: target counts from 1 to below this number are hidden in the target list "
                "with the potential and take-up they could be worked out from (and the next smallest when only one "
                "is). 0: no suppression."
            ),
            advanced=True,
        )

    def _output_parameters(self):
        zones = QgsProcessingParameterFeatureSink(
            self.OUTPUT, tr("Target areas"), SOURCE_VECTOR, optional=True, createByDefault=True
        )
        self.add_sink(
            zones,
            tr(
                "The zones with base_count, market_count, market_share (%), market_density (per km²), actual, "
                "market_actual (target records in the market's segments), take_up (%), expected, potential, "
                "benchmark_expected and benchmark_potential (with a benchmark), market_index, rank (by potential) "
                "and low_numbers; styled by potential. Only with zones."
            ),
        )
        self.add_sink(
            QgsProcessingParameterFeatureSink(self.TARGET_LIST, tr("Target list"), SOURCE_VECTOR),
            tr(
                "One row per base unit of the target market in the listed zones, largest potential first: "
                "list_rank, unit_key, zone, code, name, base_count, market_density, actual, expected, potential, "
                "take_up, benchmark_expected, benchmark_potential, segment_index (the profile's index) and suppressed."
            ),
        )
        self.add_sink(
            QgsProcessingParameterFileDestination(self.REPORT, tr("Targeting report"), tr("HTML files (*.html)")),
            tr("An HTML report: the result in words, the target market, the zones of most potential and the list."),
        )
        self.add_number_outputs(
            ("MARKET_COUNT", tr("In the target market"), tr("Base count of the market in the listed zones.")),
            ("MARKET_ACTUAL", tr("In the target today"), tr("Target records of the market in the listed zones.")),
            ("EXPECTED", tr("Expected"), tr("Expected at each segment's take-up, in the listed zones.")),
            ("POTENTIAL", tr("Potential"), tr("Expected − today, in the listed zones.")),
            ("BENCHMARK_POTENTIAL", tr("Potential at the benchmark"), tr("At the benchmark rate − today (NULL without).")),
            ("LISTED_UNITS", tr("Units listed"), tr("Rows of the target list.")),
        )
        self.addOutput(QgsProcessingOutputString("HEADLINE", tr("Headline")))
        self.add_output_help(tr("Headline"), tr("The report's summary in words."))

    # -- running -------------------------------------------------------------------------------
    def process(self, parameters, context, progress):
        catalogue, level = self.read_catalogue(parameters, context)
        axis = encoding.SegmentAxis.of(catalogue, level)
        mode = self.placement_mode(parameters, context)
        names = self.field_names(parameters, context)
        self.check_fields(mode, names)
        base_source = self.required_source(parameters, self.BASE, context)
        work = bridge.working_crs(base_source.sourceCrs(), base_source.sourceExtent(), context.transformContext())
        base = self.read_placed_base(parameters, context, progress, axis=axis, mode=mode, names=names, crs=work, geometry="units")
        target_source = self.required_source(parameters, self.TARGET, context)
        target, weights = self.read_target_layer(target_source, parameters, context, progress, mode=mode, names=names, crs=work)
        placed = self.place_target(target, weights, base, parameters, context, progress, mode=mode, names=names, locate=True)
        profile = profile_counts(
            encoding.tally(placed.positions, axis.size, weights),
            base.tally(),
            axis,
            options=ProfileOptions(coverage=self.parameterAsDouble(parameters, self.COVERAGE, context) / 100.0),
            language=self.language(),
        )
        market = targeting.choose_market(profile, self._market_choice(parameters, context))
        benchmark = targeting.benchmark_rates(self._benchmark(parameters, context), axis, market)
        zones, pieces = self._zones(parameters, context, progress, base, work)
        result = targeting.target_areas(
            targeting.BaseUnits(base.codes.positions, base.count_array(), placed.unit_counts(len(base.layer)), unit_areas(base)),
            market,
            targeting.penetration_rates(encoding.tally(placed.positions, axis.size, weights), base.tally()),
            axis,
            benchmark=benchmark,
            zones=pieces,
            segment_index=np.append(profile.table["index"].to_numpy(dtype=float)[: len(axis.codes)], np.nan),
            options=targeting.TargetingOptions(
                min_count=self.parameterAsInt(parameters, self.MIN_COUNT, context),
                suppress_below=self.parameterAsInt(parameters, self.SUPPRESS, context),
                list_zones=self.parameterAsInt(parameters, self.LIST_ZONES, context),
            ),
            language=self.language(),
        )
        for message in base.warnings:
            progress.warn(message)
        if placed.unmatched:
            progress.warn(unmatched_message(placed.unmatched, len(target)))
        outputs = self._write(parameters, context, progress, result, base, zones, names)
        words = self._context(result, placed, base, zones, names, parameters, context)
        self.outputs.save(outputs[self.REPORT], targeting_report(result, profile, words).save, name=self.REPORT)
        text = report_headline(result, profile, words)
        progress.info(text)
        listed = result.listed
        return {
            **outputs,
            "MARKET_COUNT": listed.market_count,
            "MARKET_ACTUAL": listed.market_actual if result.actual_known else None,
            "EXPECTED": listed.expected,
            "POTENTIAL": listed.potential if result.actual_known else None,
            "BENCHMARK_POTENTIAL": listed.benchmark_potential if result.actual_known else None,
            "LISTED_UNITS": len(result.target_list),
            "HEADLINE": text,
        }

    def _market_choice(self, parameters, context) -> targeting.MarketChoice:
        method = self.choice(parameters, self.MARKET, context)
        return targeting.MarketChoice(
            method=method,
            codes=tuple(targeting.parse_codes(self.parameterAsString(parameters, self.MARKET_SEGMENTS, context) or "")),
            coverage=self.parameterAsDouble(parameters, self.COVERAGE, context) / 100.0,
            index_above=self.parameterAsDouble(parameters, self.INDEX_ABOVE, context),
        )

    def _benchmark(self, parameters, context) -> targeting.Benchmark:
        given = parameters.get(self.BENCHMARK_RATE) not in (None, "")
        overall = self.parameterAsDouble(parameters, self.BENCHMARK_RATE, context) if given else None
        rates = targeting.parse_rates(self.parameterAsString(parameters, self.BENCHMARK_RATES, context) or "")
        return targeting.Benchmark(overall=overall, by_segment=rates)

    def _zones(self, parameters, context, progress, base, work):
        """The zones (None without) and the base units' pieces in them."""
        source = self.parameterAsSource(parameters, self.ZONES, context)
        if source is None:
            return None, None
        zones = read_zones(
            source,
            work,
            attributes=source.fields().names(),
            name_field=self.parameterAsString(parameters, self.ZONE_NAME, context) or None,
            buffer_m=self.parameterAsDouble(parameters, self.BUFFER, context),
            context=context,
            feedback=progress,
            name=bridge.layer_title(self, parameters, self.ZONES, context),
        )
        return zones, zone_pieces(zones, base, progress)

    def _write(self, parameters, context, progress, result, base, zones, names) -> dict:
        """The zones (with zones only), the target list and the report's path, by output name."""
        outputs = {self.REPORT: self.parameterAsFileOutput(parameters, self.REPORT, context)}
        if zones is not None and parameters.get(self.OUTPUT) is not None:
            outputs[self.OUTPUT] = write_zones(self, parameters, self.OUTPUT, context, progress, result, zones)
        outputs[self.TARGET_LIST] = write_list(
            self, parameters, self.TARGET_LIST, context, progress, result, base, zones, names[self.BASE_KEY]
        )
        return outputs

    def _context(self, result, placed, base, zones, names, parameters, context) -> TargetingContext:
        """What the report says about the inputs."""
        count_field = names[self.BASE_COUNT]
        unit_keys = unit_key_texts(base, names[self.BASE_KEY])
        return TargetingContext(
            target=placed.layer.name,
            target_records=len(placed.layer),
            placed=placed.placed,
            placement=placed.placement,
            base=base.layer.name,
            base_units=len(base.layer),
            counted=count_field or tr("base units"),
            zones=zones.layer.name if zones is not None else None,
            zone_labels=zones.labels if zones is not None else (),
            buffer_m=self.parameterAsDouble(parameters, self.BUFFER, context) if zones is not None and zones.buffered else 0.0,
            unit_labels=[unit_keys[i] for i in result.target_list["unit"].to_numpy()[:50]],
            unmatched=len(placed.unmatched),
            warnings=base.warnings,
        )
