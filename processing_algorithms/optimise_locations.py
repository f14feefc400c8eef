"""Optimise service locations: p-median, maximal covering, set covering, p-center."""

from __future__ import annotations

import numpy as np
from qgis.core import (
    QgsProcessingOutputNumber,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsWkbTypes,
)

from ..engine import values
from ..engine.location import (
    DEFAULT_SPEED_KMH,
    CostSpec,
    LocationModel,
    Points,
    SolverOptions,
    as_flags,
    plan_locations,
)
from ..engine.progress import Band
from ..plugin import bridge
from ..plugin.bridge import styling
from ..plugin.bridge.compat import (
    FIELD_ANY,
    FIELD_NUMERIC,
    NUMBER_DOUBLE,
    NUMBER_INTEGER,
    SOURCE_LINE,
    SOURCE_POINT,
    SOURCE_POLYGON,
)
from ..plugin.bridge.i18n import tr
from .base import PlaceInsightAlgorithm
from .choices import make_choices
from .network_parameters import NetworkParameters
from .segmented_base import SegmentBreakdown

# The keys of the list parameters, each with what it means for the engine (fixed order: append only).
COSTS = {
    "straight_line_minutes": ("straight_line", "minutes"),
    "straight_line_metres": ("straight_line", "metres"),
    "network_minutes": ("network", "minutes"),
}
NUMBERS = ("OBJECTIVE_VALUE", "BOUND", "GAP", "COVERED_SHARE", "MEAN_COST", "MAX_COST", "SITES_SELECTED")


class OptimiseLocations(SegmentBreakdown, NetworkParameters, PlaceInsightAlgorithm):
    NAME = "optimiselocations"
    GROUP = "locationplanning"
    TAGS = (
        "location-allocation, localisation-affectation, p-median, p-médian, p-médiane, p-center, p-centre, MCLP, maximal "
        "covering, couverture maximale, LSCP, set covering, site selection, choix de sites, facility location, "
        "implantation, optimisation, optimization, allocation, affectation, service points, points de service, OSM, "
        "OpenStreetMap, customer type, type de public, by segment, par segment"
    )
    REQUIRES = ("numpy", "pandas", "scipy")

    def display_name(self):
        return tr("Optimise service locations")

    def summary(self):
        return tr(
            "Chooses where to deliver a service among candidate sites, for the demand of a point or polygon layer "
            "(polygons by centroid): minimise the weighted travel cost with p sites (p-median, optionally with site "
            "capacities), maximise the demand covered within a cut-off with p sites (maximal covering), find the "
            "fewest sites that cover all demand within the cut-off (set covering) or minimise the longest travel "
            "cost with p sites (p-center). Travel cost is the travel time along a road network (walk, cycle or "
            "drive, through the same engine and session cache as the catchments), or the straight-line distance "
            "in a projected CRS, in metres or in minutes at a chosen speed; the report says which. The exact solver "
            "is a mixed-integer programme solved by HiGHS; the heuristic (greedy start, vertex substitution, "
            "seeded perturbations; for capacities, a Lagrangian heuristic) handles large problems and reports a "
            "proven bound and gap. Compare the result with today's sites in the HTML report; with the demand's "
            "segment field, the report and a table say, for each segment of a classification, how its mean travel "
            "cost and its share within the cut-off change from today's sites to the plan, and name the customer "
            "types that gain and lose."
        )

    def short_description(self):
        return tr("Chooses where to put N service points (location-allocation: p-median, covering, p-center).")

    def parameter_notes(self):
        return [
            (("DEMAND", "WEIGHT_FIELD", "DEMAND_ID_FIELD"), tr("where demand is, how much")),
            (
                ("CANDIDATES", "SITE_ID_FIELD", "SITE_NAME_FIELD", "REQUIRED_FIELD", "CAPACITY_FIELD"),
                tr("sites that could host it"),
            ),
            (("CURRENT",), tr("today's, to compare")),
            (("COST", "SPEED"), tr("straight line or network")),
            *self.network_notes(),
            (("OBJECTIVE", "P", "CUTOFF"), tr("what to achieve, how many sites")),
            (("SOLVER", "TIME_LIMIT"), tr("exact or heuristic")),
            (("SITES",), tr("with the demand served")),
            (("ALLOCATION",), tr("demand to its site")),
            (("REPORT",), tr("comparison with today")),
            *self.breakdown_notes("SEGMENT_FIELD"),
        ]

    def initAlgorithm(self, config=None):
        self.add(
            QgsProcessingParameterFeatureSource("DEMAND", tr("Demand"), [SOURCE_POINT, SOURCE_POLYGON]),
            tr("Where demand comes from: points, or polygons (their centroid is used)."),
        )
        self.add(
            QgsProcessingParameterField(
                "WEIGHT_FIELD", tr("Demand weight field"), parentLayerParameterName="DEMAND", type=FIELD_NUMERIC, optional=True
            ),
            tr(
                "Households, contacts or claimants per feature. NULL, negative or text values are refused with the "
                "feature ids (numbers stored as text are read). Empty: every feature weighs 1."
            ),
        )
        self.add(
            QgsProcessingParameterField(
                "DEMAND_ID_FIELD", tr("Demand id field"), parentLayerParameterName="DEMAND", type=FIELD_ANY, optional=True
            ),
            tr("Names the demand units in messages and on the allocation lines. Empty: the feature id."),
        )
        self.add_segment_parameters(
            "SEGMENT_FIELD",
            "DEMAND",
            help_text=tr(
                "The segment code of each demand unit (any level at or below the chosen one), counted by the demand "
                "weight: gives the access by segment today and with the plan. Unknown codes count as Unclassified. "
                "Empty: no breakdown by segment."
            ),
        )
        self.add(
            QgsProcessingParameterFeatureSource("CANDIDATES", tr("Candidate sites"), [SOURCE_POINT]),
            tr("Buildings that could host the service."),
        )
        for key, label, kind, text in (
            ("SITE_ID_FIELD", tr("Site id field"), FIELD_ANY, tr("Identifies the sites in the outputs. Empty: the feature id.")),
            ("SITE_NAME_FIELD", tr("Site name field"), FIELD_ANY, tr("Names the sites in the report.")),
            (
                "REQUIRED_FIELD",
                tr("Required field"),
                FIELD_ANY,
                tr("Sites where this is 1, true or yes must stay open (for example offices the partners keep)."),
            ),
            (
                "CAPACITY_FIELD",
                tr("Capacity field"),
                FIELD_NUMERIC,
                tr(
                    "Largest demand weight a site can serve (p-median only; demand may then be split between sites). "
                    "NULL: no limit; zero, negative or text values are refused."
                ),
            ),
        ):
            self.add(
                QgsProcessingParameterField(key, label, parentLayerParameterName="CANDIDATES", type=kind, optional=True), text
            )
        self.add(
            QgsProcessingParameterFeatureSource("CURRENT", tr("Current sites"), [SOURCE_POINT], optional=True),
            tr("Today's sites, to compare the proposal with (mean and longest travel cost, share covered)."),
        )
        self.add_choice(
            "COST",
            tr("Travel cost"),
            make_choices(
                list(
                    zip(
                        COSTS,
                        (
                            tr("Straight-line travel time (minutes)"),
                            tr("Straight-line distance (metres)"),
                            tr("Network travel time (minutes)"),
                        ),
                    )
                ),
                "straight_line_minutes",
            ),
            tr(
                "Straight-line distance in a projected CRS, kept in metres or turned into minutes at the speed below; "
                "or the travel time along the road network below with the chosen travel mode. Pairs the network "
                "does not connect cannot be allocated; demand that reaches no candidate, and points farther from the "
                "network than the snapping tolerance, are reported by id and left out."
            ),
        )
        self.add(
            QgsProcessingParameterNumber("SPEED", tr("Speed (km/h)"), NUMBER_DOUBLE, DEFAULT_SPEED_KMH, minValue=0.1),
            tr(
                "Turns straight-line distance into minutes: about 4.8 for walking, 30 for driving in town "
                "(the default), 50 for rural driving. Not used with network travel time."
            ),
        )
        self.add_network_parameters(default_profile="drive")
        self.add_choice(
            "OBJECTIVE",
            tr("Objective"),
            make_choices(
                [
                    ("pmedian", tr("Minimise weighted travel cost (p-median)")),
                    ("mclp", tr("Maximise demand covered (maximal covering)")),
                    ("lscp", tr("Minimise the number of sites covering all demand (set covering)")),
                    ("pcenter", tr("Minimise the longest travel cost (p-center)")),
                ],
                "pmedian",
            ),
            tr("What the best set of sites achieves."),
        )
        self.add(
            QgsProcessingParameterNumber("P", tr("Number of sites (p)"), NUMBER_INTEGER, 5, minValue=1),
            tr("How many sites to open, required sites included (not used by set covering)."),
        )
        self.add(
            QgsProcessingParameterNumber("CUTOFF", tr("Coverage cut-off"), NUMBER_DOUBLE, 15.0, optional=True, minValue=0.0),
            tr(
                "Largest travel cost that counts as covered, in the unit of the travel cost (minutes or "
                "metres). Needed by maximal and set covering; reported by the others (0: none)."
            ),
        )
        self.add_choice(
            "SOLVER",
            tr("Solver"),
            make_choices(
                [
                    ("auto", tr("Automatic (by problem size)")),
                    ("exact", tr("Exact (HiGHS mixed-integer programme)")),
                    ("heuristic", tr("Heuristic (interchange with a proven bound)")),
                ],
                "auto",
            ),
            tr(
                "Automatic runs the heuristic and its bound, then the exact solver where the gap is open and the "
                "problem fits in memory."
            ),
            advanced=True,
        )
        self.add(
            QgsProcessingParameterNumber("TIME_LIMIT", tr("Time limit (seconds)"), NUMBER_DOUBLE, 60.0, minValue=0.0),
            tr("The solver stops here and reports its best solution, the bound and the gap."),
            advanced=True,
        )
        self.add(
            QgsProcessingParameterNumber("SEED", tr("Random seed"), NUMBER_INTEGER, 1, optional=True),
            tr("Seed of the heuristic's perturbations: the same seed gives the same result."),
            advanced=True,
        )
        self.add(
            QgsProcessingParameterNumber("CURVE_P", tr("Objective curve up to p"), NUMBER_INTEGER, 0, optional=True, minValue=0),
            tr("Also solve for every p from 1 to this number and draw the objective against p in the report (0: no curve)."),
            advanced=True,
        )
        self.add_sink(
            QgsProcessingParameterFeatureSink("SITES", tr("Selected sites"), SOURCE_POINT),
            tr(
                "One point per chosen site: rank (1 = serves the most demand), demand served, number of "
                "demand units, mean and longest travel cost, demand within the cut-off and its share."
            ),
        )
        self.add_sink(
            QgsProcessingParameterFeatureSink("ALLOCATION", tr("Allocation lines"), SOURCE_LINE),
            tr(
                "One line per demand unit to the site serving it, with the weight, share, travel cost and "
                "whether it is within the cut-off."
            ),
        )
        self.add_sink(
            QgsProcessingParameterFileDestination(
                "REPORT", tr("Location plan report"), tr("HTML files (*.html)"), optional=True, createByDefault=True
            ),
            tr("The chosen sites, the comparison with today's sites, the objective, bound and gap, and the objective curve."),
        )
        self.add_breakdown_outputs(
            tr(
                "A table (written with a segment field): a first row for everybody (code NULL), then one row per "
                "segment: count, today_mean and plan_mean (weighted mean travel cost to the nearest open site), "
                "mean_change, today_within and plan_within (count within the cut-off), within_change, the same as "
                "% of the segment (today_within_pct, plan_within_pct, within_pct_change) and low_numbers. The today "
                "columns are NULL without current sites."
            )
        )
        for key, label, text in zip(
            NUMBERS,
            (
                tr("Objective"),
                tr("Bound"),
                tr("Gap"),
                tr("Share of demand covered"),
                tr("Mean travel cost"),
                tr("Longest travel cost"),
                tr("Sites selected"),
            ),
            (
                tr("Weighted cost, demand covered, number of sites or longest cost, by objective."),
                tr("The best proven bound on the optimum."),
                tr("Relative gap between objective and bound (0 = optimal)."),
                tr("Share of the demand within the cut-off of a chosen site."),
                tr("Weighted mean travel cost."),
                tr("Longest travel cost of any demand unit."),
                tr("Number of sites chosen."),
            ),
        ):
            self.addOutput(QgsProcessingOutputNumber(key, label))
            self.add_output_help(label, text)

    def process(self, parameters, context, progress):
        demand_source = self.required_source(parameters, "DEMAND", context)
        sites_source = self.required_source(parameters, "CANDIDATES", context)
        cost, crs = self.cost_spec(parameters, context, progress, demand_source)
        field = {
            key: self.parameterAsString(parameters, key, context) or None
            for key in ("WEIGHT_FIELD", "DEMAND_ID_FIELD", "SITE_ID_FIELD", "SITE_NAME_FIELD", "REQUIRED_FIELD", "CAPACITY_FIELD")
        }
        segment_field = self.segment_field(parameters, context, "SEGMENT_FIELD")
        demand = bridge.read_layer(
            demand_source,
            [field["WEIGHT_FIELD"], field["DEMAND_ID_FIELD"], segment_field],
            context=context,
            feedback=progress,
            geometry="xy",
            crs=crs,
            name=self.source_title(parameters, "DEMAND", context, demand_source),
        )
        sites = bridge.read_layer(
            sites_source,
            [field[k] for k in ("SITE_ID_FIELD", "SITE_NAME_FIELD", "REQUIRED_FIELD", "CAPACITY_FIELD")],
            context=context,
            feedback=progress,
            geometry="xy",
            crs=crs,
        )
        current = self._read_current(parameters, context, crs, progress)
        model = self._model(parameters, context, sites, field)
        options = SolverOptions(
            self.choice(parameters, "SOLVER", context),
            self.parameterAsDouble(parameters, "TIME_LIMIT", context),
            self.parameterAsInt(parameters, "SEED", context),
        )
        weights = (
            self.numbers(demand, field["WEIGHT_FIELD"], values.WEIGHTS, field["DEMAND_ID_FIELD"])
            if field["WEIGHT_FIELD"]
            else [1.0] * len(demand)
        )
        site_ids = sites.ids(field["SITE_ID_FIELD"]).tolist()
        names = sites.frame[field["SITE_NAME_FIELD"]].tolist() if field["SITE_NAME_FIELD"] else None
        segments = None
        if segment_field:
            label = field["WEIGHT_FIELD"] or tr("demand units")
            counts = np.nan_to_num(np.asarray(weights, dtype=float))
            segments = self.segmented_base(
                parameters, context, progress, layer=demand, field=segment_field, counts=counts, label=label
            )
        progress.info(tr("Travel cost: {cost}.").format(cost=cost.label()))
        plan = plan_locations(
            Points(demand.xy, demand.ids(field["DEMAND_ID_FIELD"]).tolist(), segments=segments),
            weights,
            Points(sites.xy, site_ids, names),
            model,
            options,
            cost=cost,
            current=current,
            curve_p=self.parameterAsInt(parameters, "CURVE_P", context),
            language=self.language(),
            progress=Band(progress, 20, 100) if cost.network is not None else progress,
        )
        for message in plan.result.messages + plan.result.technical:
            progress.info(message)
        return self.write(parameters, context, progress, plan, (demand, sites))

    def _read_current(self, parameters, context, crs, progress) -> Points | None:
        """Today's sites (the optional layer CURRENT) in ``crs``, or None."""
        source = self.parameterAsSource(parameters, "CURRENT", context)
        if source is None:
            return None
        layer = bridge.read_layer(source, [], context=context, feedback=progress, geometry="xy", crs=crs)
        return Points(layer.xy, layer.ids(None).tolist())

    def _model(self, parameters, context, sites, field) -> LocationModel:
        """The model the user chose: objective, number of sites, cut-off, required sites and capacities."""
        return LocationModel(
            self.choice(parameters, "OBJECTIVE", context),
            self.parameterAsInt(parameters, "P", context),
            self.cutoff(parameters, context),
            as_flags(sites.frame[field["REQUIRED_FIELD"]]) if field["REQUIRED_FIELD"] else None,
            self.numbers(sites, field["CAPACITY_FIELD"], values.CAPACITIES, field["SITE_ID_FIELD"])
            if field["CAPACITY_FIELD"]
            else None,
            field["WEIGHT_FIELD"],
        )

    def needs_network(self, parameters) -> bool:
        return COSTS.get(self.choices_of("COST").key_of(parameters.get("COST")), ("",))[0] == "network"

    def cost_spec(self, parameters, context, progress, demand_source):
        """How travel costs are made, and the projected CRS the points are read in (the network's, if any)."""
        method, unit = COSTS[self.choice(parameters, "COST", context)]
        if method == "straight_line":
            crs = bridge.working_crs(demand_source.sourceCrs(), demand_source.sourceExtent(), context.transformContext())
            return CostSpec(unit=unit, speed_kmh=self.parameterAsDouble(parameters, "SPEED", context)), crs
        network = self.read_network(parameters, context, Band(progress, 0, 20))
        return CostSpec(
            method,
            unit,
            network=network,
            profile=self.profile_id(parameters, context),
            tolerance=self.snap_tolerance(parameters, context),
        ), bridge.crs_of_network(network)

    def write(self, parameters, context, progress, plan, layers) -> dict:
        demand, sites = layers
        site_xy = sites.xy[plan.sites["site_row"].to_numpy()]
        geometries = bridge.transform_geometries(bridge.points_from_xy(site_xy), sites.crs, sites.source_crs, context)
        results = {
            "SITES": bridge.write_frame(
                self,
                parameters,
                "SITES",
                context,
                plan.sites.drop(columns=["site_row"]),
                geometries=geometries,
                wkb_type=QgsWkbTypes.Type.Point,
                crs=sites.source_crs,
                feedback=progress,
            )
        }
        lines = bridge.segments_from_xy(
            demand.xy[plan.allocation["demand_row"].to_numpy()], sites.xy[plan.allocation["site_row"].to_numpy()]
        )
        lines = bridge.transform_geometries(lines, demand.crs, demand.source_crs, context)
        results["ALLOCATION"] = bridge.write_frame(
            self,
            parameters,
            "ALLOCATION",
            context,
            plan.allocation.drop(columns=["demand_row", "site_row"]),
            geometries=lines,
            wkb_type=QgsWkbTypes.Type.LineString,
            crs=demand.source_crs,
            kinds={"covered": "bool", "demand_id": "string", "site_id": "string"},
            feedback=progress,
        )
        self.outputs.style(results["SITES"], styling.SelectedSiteStyle(plan.sites["demand"].tolist()))
        sites_named = list(zip(plan.sites["site_id"], plan.sites["name"]))
        self.outputs.style(results["ALLOCATION"], styling.AllocationLineStyle(sites_named))
        if plan.segments is not None:
            results.update(self.write_breakdown(parameters, context, progress, plan.segments))
        else:
            self.skip_breakdown(parameters, progress)
        path = self.parameterAsFileOutput(parameters, "REPORT", context)
        if path:
            results["REPORT"] = self.outputs.save(path, plan.report.save, name="REPORT")
        result, metrics = plan.result, plan.result.metrics
        results.update(
            dict(
                zip(
                    NUMBERS,
                    (
                        result.objective,
                        result.bound,
                        result.gap,
                        metrics.covered_share,
                        metrics.mean_cost,
                        metrics.max_cost,
                        len(result.selected),
                    ),
                )
            )
        )
        return results

    @staticmethod
    def numbers(layer, field_name, rule, id_field):
        """The numbers of a field read by the numeric-field policy (:mod:`engine.values`), naming features by ``id_field``."""
        labels = layer.ids(id_field).tolist()
        return values.read_numbers(layer.frame[field_name], rule, field=field_name, layer=layer.name, labels=labels)

    def cutoff(self, parameters, context):
        value = self.parameterAsDouble(parameters, "CUTOFF", context)
        return value if value > 0 else None
