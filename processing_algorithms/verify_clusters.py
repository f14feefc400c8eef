"""Verify survey clusters: return rate, share of chosen answers, incidents, and the fear/crime disparity."""

from __future__ import annotations

import numpy as np
from qgis.core import (
    QgsProcessingException,
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsWkbTypes,
)

from ..engine.errors import InvalidInputError
from ..engine.i18n import format_count
from ..engine.progress import Band
from ..engine.survey import clusters, search, verification
from ..engine.survey import responses as survey
from ..engine.survey.report import disparity_label, headline, verification_report
from ..plugin import bridge
from ..plugin.bridge import styling
from ..plugin.bridge.compat import FIELD_ANY, FIELD_NUMERIC, NUMBER_DOUBLE, NUMBER_INTEGER, SOURCE_POINT, SOURCE_POLYGON
from ..plugin.bridge.i18n import tr
from .base import PlaceInsightAlgorithm
from .choices import make_choices
from .segmented_base import SegmentedBaseParameters
from .survey_inputs import SurveyInputs, WarningLog


class VerifyClusters(SurveyInputs, SegmentedBaseParameters, PlaceInsightAlgorithm):
    NAME = "verifyclusters"
    GROUP = "surveyhotspots"
    TAGS = (
        "verify, vérifier, validation, survey, enquête, sondage, fear of crime, sentiment d'insécurité, crime, "
        "délinquance, ASB, anti-social behaviour, incivilités, response rate, taux de réponse, hotspot, point chaud, "
        "binomial, Clopper-Pearson, disparity, disparité, Getis-Ord, CrimeStat, geodemographic, géodémographie"
    )
    REQUIRES = ("numpy", "pandas", "scipy")
    CLUSTERS, CLUSTER_ID, HOUSEHOLDS, DISTRICT = "CLUSTERS", "CLUSTER_ID", "HOUSEHOLDS", "DISTRICT"
    INCIDENTS, INCIDENT_CLUSTERS, INCIDENT_BASIS, ALPHA = "INCIDENTS", "INCIDENT_CLUSTERS", "INCIDENT_BASIS", "ALPHA"
    OUTPUT, REPORT, VERIFIED, FEAR_WITHOUT_CRIME = "OUTPUT", "REPORT", "VERIFIED", "FEAR_WITHOUT_CRIME"
    SIMULATIONS, SEED, SEARCH, CONCENTRATED = "SIMULATIONS", "SEED", "SEARCH", "CONCENTRATED"

    def display_name(self):
        return tr("Verify survey clusters")

    def summary(self):
        return tr(
            "Checks each cluster of survey answers against the district. Return rate: exact one-sided binomial test "
            "on the responses, conditional on the district's total, with the cluster's share of the district's "
            "households (or of its postcode units when no household field is given) as the probability; the cluster "
            "is verified when its return rate is not significantly greater than the district's. Share of chosen "
            "answers: exact one-sided binomial test against the district's share. Incidents: rate ratio per "
            "household (or per km²) against the district with an exact Clopper–Pearson confidence interval "
            "(conditional binomial), and the overlap with incident clusters. Clusters found by 'Find survey "
            "clusters' in the same answers were drawn where the answers are most extreme, so these exact tests, "
            "meant for areas fixed in advance, would find clusters in answers with nothing in them: the search is "
            "then simulated (answers shuffled among the responses; responses placed again at postcode units in "
            "proportion to households), the same finder run again on each simulated data set, and each cluster "
            "compared with the most extreme cluster of every simulation. The adjusted p-values are reported beside "
            "the exact ones and decide the verdicts. Disparity: 'fear without crime' when the cluster is verified "
            "(return rate ordinary), the answers are significantly concentrated and incidents are not elevated; "
            "'crime without fear' when incidents are elevated and the answers are not. Results "
            "on fewer than 30 responses are flagged. With a segmented base layer, it also names the dominant segments living in "
            "each cluster (the largest ones making 75% of it, at most five) with their share and index against the "
            "whole base. The HTML report explains every verdict in plain words."
        )

    def short_description(self):
        return tr("Checks survey clusters against the district: response rate, answers, crime, residents.")

    def parameter_notes(self):
        return [
            ((self.CLUSTERS, self.CLUSTER_ID), tr("polygons to verify")),
            *self.survey_notes(),
            ((self.HOUSEHOLDS,), tr("per postcode unit")),
            ((self.DISTRICT,), tr("optional comparison area")),
            ((self.INCIDENTS, self.INCIDENT_CLUSTERS, self.INCIDENT_BASIS), tr("optional crime data")),
            ((self.ALPHA,), tr("of every test")),
            ((self.SIMULATIONS, self.SEED, self.SEARCH), tr("allowing for the search that found the clusters")),
            *self.segmented_base_notes(tr("optional: who lives there")),
            ((self.OUTPUT,), tr("tests and verdict per cluster")),
            ((self.REPORT,), tr("verdicts in plain words")),
        ]

    def initAlgorithm(self, config=None):
        self.add(
            QgsProcessingParameterFeatureSource(self.CLUSTERS, tr("Clusters"), [SOURCE_POLYGON]),
            tr(
                "Cluster polygons, from 'Find survey clusters' or drawn by hand. They may overlap (shared "
                "records count in each, with a warning)."
            ),
        )
        self.add(
            QgsProcessingParameterField(self.CLUSTER_ID, tr("Cluster id field"), None, self.CLUSTERS, FIELD_ANY, optional=True),
            tr("Names the clusters in the report; empty: cluster_id when present, else the feature id."),
        )
        self.add_survey_parameters(
            label=tr("Survey responses"),
            help_text=tr("Every response with its answer (points, or a table keyed by postcode)."),
            postcodes_help=tr(
                "The postcode units of the district (points): return rates are responses per household or per postcode unit."
            ),
            postcodes_optional=False,
        )
        self.add(
            QgsProcessingParameterField(
                self.HOUSEHOLDS, tr("Households field"), None, self.POSTCODES, FIELD_NUMERIC, optional=True
            ),
            tr("Households per postcode unit. Empty: every postcode unit counts as one (responses per postcode)."),
        )
        self.add(
            QgsProcessingParameterFeatureSource(self.DISTRICT, tr("District boundary"), [SOURCE_POLYGON], optional=True),
            tr(
                "Optional: only postcode units, responses and incidents inside it make the district. Empty: "
                "every postcode unit; the district's area is then the convex hull of the postcode units. For "
                "clusters found by 'Find survey clusters', the district must hold the responses it searched (the "
                "search is simulated over the district's responses); the run is refused otherwise."
            ),
        )
        self.add(
            QgsProcessingParameterFeatureSource(self.INCIDENTS, tr("Incidents"), [SOURCE_POINT], optional=True),
            tr("Optional crime and anti-social-behaviour points, in any CRS."),
        )
        self.add(
            QgsProcessingParameterFeatureSource(self.INCIDENT_CLUSTERS, tr("Incident clusters"), [SOURCE_POLYGON], optional=True),
            tr(
                "Optional incident clusters (e.g. 'Find survey clusters' run on incidents): the share of each "
                "cluster's area inside them is reported; without incident points, 10% or more counts as "
                "elevated crime."
            ),
        )
        self.add_choice(
            self.INCIDENT_BASIS,
            tr("Incident rate"),
            make_choices([("households", tr("Per household")), ("area", tr("Per km²"))], "households"),
            tr("Incidents per household (per postcode unit without a household field) or per km² of area."),
            optional=True,
        )
        self.add(
            QgsProcessingParameterNumber(self.ALPHA, tr("Significance level"), NUMBER_DOUBLE, 0.05, True, 0.0001, 0.5),
            tr("Level of every one-sided test."),
        )
        self.add(
            QgsProcessingParameterNumber(
                self.SIMULATIONS, tr("Simulations of the search"), NUMBER_INTEGER, search.DEFAULT_SIMULATIONS, True, 0, 99999
            ),
            tr(
                "How many times the search is simulated for each test when the clusters were found in the same "
                "answers (they carry the finder's settings in their field 'search', or the settings are given "
                "below): 99 by default, 999 for publication (adjusted p-values then go down to 0.001). 0: take "
                "the clusters as areas fixed in advance (exact tests only), as for clusters drawn by hand before "
                "looking at the answers. The simulations use every idle core."
            ),
        )
        self.add(
            QgsProcessingParameterNumber(self.SEED, tr("Random seed"), NUMBER_INTEGER, 1, True, 0),
            tr("The same seed gives the same simulations, hence the same adjusted p-values."),
            advanced=True,
        )
        self.add(
            QgsProcessingParameterString(self.SEARCH, tr("Finder settings"), optional=True),
            tr(
                "How the clusters were found, as 'Find survey clusters' writes it in its field 'search' (e.g. "
                "method=nnh;threshold=150). Empty: read from the clusters' field 'search'; without it the clusters "
                "are taken as fixed in advance. Give it to allow for the search of clusters whose layer lost the "
                "field."
            ),
            advanced=True,
        )
        self.add_segmented_base_parameters(
            label=tr("Segmented base layer"),
            optional=True,
            help_text=tr(
                "Optional: base units with a segment code, to show who lives in each cluster: points "
                "(households, postcodes) count in every cluster containing them, polygons (output areas) "
                "by the share of their area inside it. Shares and indices are against the whole layer."
            ),
            segment_help=tr(
                "The segment code of each base unit (any level at or below the chosen one); needed with "
                "a segmented base layer. Codes the catalogue does not know are counted as Unclassified "
                "and reported."
            ),
            count_help=tr("Households, population… of each base unit. Empty: each unit counts 1."),
        )
        self.add_sink(
            QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Verified clusters")),
            tr(
                "The clusters with their fields and: postcodes, households, responses, return_rate (responses "
                "given as points count with their nearest postcode unit, as the households do), "
                "district_return_rate, return_ratio, return_p (exact), return_p_search (allowing for the "
                "search; NULL when it was not simulated), verified (return rate ordinary, by the adjusted p-value "
                "when there is one); chosen, share, district_share, share_ratio, share_p (exact), share_p_search, "
                "share_high (answers significantly concentrated, by the adjusted p-value when there is one); "
                "incidents, incident_rate, district_incident_rate (per "
                "1,000 households or per km²), incident_ratio, ratio_low, ratio_high (95% interval), "
                "incident_p, incident_overlap, incident_clusters, incidents_high; disparity, low_numbers; "
                "with a segmented base dominant_segments (codes, largest first), dominant_names, "
                "dominant_share (%) and dominant_index of the first; verdict. Input fields with the same "
                "names are replaced."
            ),
        )
        self.add_sink(
            QgsProcessingParameterFileDestination(
                self.REPORT, tr("Verification report"), tr("HTML files (*.html)"), optional=True
            ),
            tr("The HTML report: method, district figures, warnings, a table and a verdict per cluster."),
        )
        self.add_number_outputs(
            (
                self.VERIFIED,
                tr("Verified clusters (count)"),
                tr("How many clusters are verified: their return rate is ordinary (not significantly higher)."),
            ),
            (
                self.CONCENTRATED,
                tr("Clusters of significantly concentrated answers"),
                tr("How many clusters have the chosen answers significantly concentrated (after allowing for the search)."),
            ),
            (
                self.FEAR_WITHOUT_CRIME,
                tr("Clusters of fear without crime"),
                tr("How many clusters are verified, with the answers concentrated and incidents not elevated."),
            ),
        )

    def process(self, parameters, context, feedback):
        progress = WarningLog(feedback)  # the input warnings go into the report too
        households = self.parameterAsString(parameters, self.HOUSEHOLDS, context)
        data = self.read_survey(parameters, context, progress, extra_postcode_fields=(households,) if households else ())
        progress.info(self.chosen_count_message(data))
        zones, frame, source_crs = self._read_clusters(parameters, context, data, progress)
        residents = self._residents(parameters, context, data, zones, progress)
        district_geometry = self._district(parameters, context, data, progress)
        clipped = bridge.clip_geometries(zones, district_geometry)
        postcodes = data.postcodes
        weights = (
            verification.household_weights(
                postcodes.frame[households],
                field=households,
                layer=postcodes.name,
                labels=postcodes.frame["fid"],
                progress=progress,
            )
            if households
            else np.ones(len(postcodes))
        )
        keep_units = self._inside(postcodes.xy, district_geometry, tr("postcode units"), progress)
        keep_records = self._inside(data.points.xy, district_geometry, tr("responses"), progress)
        incident_xy = self._incidents(parameters, context, data, district_geometry, progress)
        memberships = self._memberships(
            zones, progress, postcodes=postcodes.xy[keep_units], responses=data.points.xy[keep_records], incidents=incident_xy
        )
        overlap, touching = self._incident_clusters(parameters, context, data, zones, progress)
        area_km2 = (
            bridge.polygon_areas([district_geometry])[0]
            if district_geometry is not None
            else verification.hull_area(postcodes.xy[keep_units])
        ) / 1e6
        contents = verification.ClusterContents(
            ids=frame["cluster_id"].tolist(),
            area_km2=bridge.polygon_areas(clipped) / 1e6,
            postcodes=memberships["postcodes"],
            responses=memberships["responses"],
            incidents=memberships.get("incidents"),
            incident_overlap=overlap,
            incident_clusters=touching,
            residents=residents,
            response_units=self._response_units(data, keep_units, keep_records),
        )
        district = verification.District(
            weights=weights[keep_units],
            chosen=data.points.chosen[keep_records],
            area_km2=area_km2,
            basis="households" if households else "postcodes",
            incidents=None if incident_xy is None else len(incident_xy),
            answer_label=data.answers.label,
            notes=list(progress.warnings),
        )
        simulations = self.parameterAsInt(parameters, self.SIMULATIONS, context)
        options = verification.VerificationOptions(
            alpha=self.parameterAsDouble(parameters, self.ALPHA, context),
            incident_basis=self.choice(parameters, self.INCIDENT_BASIS, context),
            simulations=max(1, simulations),
            seed=self.parameterAsInt(parameters, self.SEED, context),
        )
        null = self._search(parameters, context, frame, data, (keep_units, keep_records, weights), simulations, progress)
        result = verification.verify_clusters(contents, district, options, search=null, progress=Band(feedback, 60, 90))
        progress.info(headline(result))
        return self._write_outputs(parameters, context, progress, result, zones, frame, source_crs, data)

    def _search(self, parameters, context, frame, data, kept, simulations, progress):
        """What the simulations of the search need, or None when the clusters are taken as fixed in advance.

        The finder's settings come from the parameter, else from the clusters' field 'search' (written by Find
        survey clusters). The search runs on the district's responses, its postcode units and their households; when
        the settings say how many responses the finder searched and the district holds another number, the run is
        refused (the simulations would repeat another search than the one that found the clusters).
        """
        keep_units, keep_records, weights = kept
        text = self.parameterAsString(parameters, self.SEARCH, context).strip()
        if not text and "search" in frame:
            written = sorted({str(v) for v in frame["search"] if isinstance(v, str) and v.strip()})
            if len(written) > 1:
                progress.warn(
                    tr(
                        "The clusters carry {n} different finder settings; the search is simulated with the first: {text}."
                    ).format(n=len(written), text=written[0])
                )
            text = written[0] if written else ""
        if not text or simulations <= 0:
            progress.info(
                tr(
                    "The clusters are taken as areas fixed in advance: exact tests only, which are valid only for "
                    "areas chosen before looking at the answers."
                )
            )
            return None
        try:
            options = search.options_from_text(text)
            searched_records = search.searched_records(text)
        except InvalidInputError as error:
            raise QgsProcessingException(str(error)) from None
        if searched_records is not None and searched_records != int(keep_records.sum()):
            clusters_layer = self.source_title(
                parameters, self.CLUSTERS, context, self.parameterAsSource(parameters, self.CLUSTERS, context), tr("clusters")
            )
            raise QgsProcessingException(
                tr(
                    "The clusters of {layer} were found by a search of {n} responses, but {m} responses of {responses} "
                    "lie in the district: simulating the search over other responses than the finder saw would give "
                    "wrong adjusted p-values. Verify over the area the finder searched (the same district boundary, "
                    "or none if it searched every response), or run 'Find survey clusters' again on the responses "
                    "of the district only; or set the simulations of the search to 0 to take the clusters as areas "
                    "fixed in advance."
                ).format(
                    layer=clusters_layer,
                    n=format_count(searched_records),
                    m=format_count(int(keep_records.sum())),
                    responses=data.name,
                )
            )
        points = data.points
        unit, unit_xy = None, None
        if points.unit is not None and points.unit_xy is not None:
            # the district's postcode units, numbered again (a response keyed by postcode sits on its unit)
            renumber = np.cumsum(keep_units) - 1
            record_unit = points.unit[keep_records]
            unit = np.where(record_unit >= 0, renumber[np.maximum(record_unit, 0)], -1)
            unit_xy = points.unit_xy[keep_units]
        searched = clusters.SurveyPoints(points.xy[keep_records], points.chosen[keep_records], unit, unit_xy)
        progress.info(
            tr("The clusters were found by a search ({text}): it is simulated {n} times for each test.").format(
                text=search.options_text(options), n=format_count(simulations)
            )
        )
        return search.SearchNull(searched, options, data.postcodes.xy[keep_units], weights[keep_units])

    @staticmethod
    def _response_units(data, keep_units, keep_records):
        """For responses that are points of their own, the district's postcode unit of each (the nearest); else None.

        The return test counts each response with its unit, as it counts the households (responses keyed by
        postcode sit at their unit already).
        """
        if data.points.unit_xy is not None or not keep_units.any():
            return None
        return search.nearest_units(data.points.xy[keep_records], data.postcodes.xy[keep_units])

    @staticmethod
    def _memberships(zones, progress, **located):
        """The records inside each cluster, for each kind of records (postcodes, responses, incidents).

        Each kind is an ``(n, 2)`` array of points, or None (left out); records at the same place are
        looked up once (:func:`clusters.records_inside`).
        """
        memberships = {}
        for key, xy in located.items():
            if xy is not None:
                locations, inverse = np.unique(xy, axis=0, return_inverse=True)
                location, zone = bridge.point_zone_pairs(locations, zones, feedback=progress)
                memberships[key] = clusters.records_inside(zone, location, inverse.reshape(-1), len(zones), len(locations))
        return memberships

    def _write_outputs(self, parameters, context, progress, result, zones, frame, source_crs, data):
        """The clusters with their verification (in the clusters' CRS) and the report; the algorithm's results."""
        output = verification.merge_fields(frame, result.table)
        output["disparity"] = [None if code is None else disparity_label(code) for code in output["disparity"]]  # in words
        report_path = self.parameterAsFileOutput(parameters, self.REPORT, context)
        progress.check()
        geometries = bridge.transform_geometries(zones, data.crs, source_crs, context)
        dest_id = bridge.write_frame(
            self,
            parameters,
            self.OUTPUT,
            context,
            output,
            geometries=geometries,
            wkb_type=QgsWkbTypes.Type.MultiPolygon,
            crs=source_crs,
            feedback=progress,
        )
        self.outputs.style(dest_id, styling.VerifiedClusterStyle())
        outputs = {
            self.OUTPUT: dest_id,
            self.VERIFIED: int((result.table["verified"] == True).sum()),  # noqa: E712
            self.CONCENTRATED: int((result.table["share_high"] == True).sum()),  # noqa: E712
            self.FEAR_WITHOUT_CRIME: int((result.table["disparity"] == "fear without crime").sum()),
        }
        if report_path:
            report = verification_report(result, language=self.language(), subtitle=data.name)
            outputs[self.REPORT] = self.outputs.save(report_path, report.save, name=self.REPORT)
        return outputs

    def _read_clusters(self, parameters, context, data, progress):
        source = self.required_source(parameters, self.CLUSTERS, context)
        id_field = self.parameterAsString(parameters, self.CLUSTER_ID, context)
        names = source.fields().names()
        layer = bridge.read_layer(source, names, context=context, geometry="geometry", crs=data.crs, feedback=progress)
        keep = [i for i, g in enumerate(layer.geometries) if g is not None]
        if not keep:
            raise QgsProcessingException(tr("The layer {layer} has no cluster polygon.").format(layer=layer.name))
        frame = layer.frame.iloc[keep].reset_index(drop=True)
        ids = frame[id_field] if id_field else (frame["cluster_id"] if "cluster_id" in frame else frame["fid"])
        frame = frame.drop(columns=["fid", "x", "y"]).assign(cluster_id=ids.to_numpy())
        for geometry in (layer.geometries[i] for i in keep):
            geometry.convertToMultiType()
        return [layer.geometries[i] for i in keep], frame, source.sourceCrs()

    def _residents(self, parameters, context, data, zones, progress):
        base = self.read_segmented_base(parameters, context, crs=data.crs, progress=progress)
        if base is None:
            return None
        matrix, _units, _shares = base.zone_matrix(zones, feedback=progress)
        return verification.Residents.of(
            matrix, base.base_counts(), base.axis, base=base.layer.name, count=base.count_field or "", language=self.language()
        )

    def _district(self, parameters, context, data, progress):
        source = self.parameterAsSource(parameters, self.DISTRICT, context)
        if source is None:
            return None
        layer = bridge.read_layer(source, context=context, geometry="geometry", crs=data.crs, feedback=progress)
        geometry = bridge.union_geometry(layer.geometries)
        if geometry is None:
            raise QgsProcessingException(tr("The district layer {layer} has no polygon.").format(layer=layer.name))
        return geometry

    def _inside(self, xy, district, what, progress):
        if district is None:
            return np.ones(len(xy), dtype=bool)
        mask = bridge.points_in_area(xy, [district], feedback=progress)
        if (~mask).any():
            progress.warn(
                tr("{n} of {total} {what} lie outside the district and are left out.").format(
                    n=format_count(int((~mask).sum())), total=format_count(len(xy)), what=what
                )
            )
        return mask

    def _incidents(self, parameters, context, data, district, progress):
        source = self.parameterAsSource(parameters, self.INCIDENTS, context)
        if source is None:
            return None
        layer = bridge.read_layer(source, context=context, geometry="xy", crs=data.crs, feedback=progress)
        located = survey.locate_points(layer.xy, layer.frame["fid"].tolist(), layer=layer.name, progress=progress)
        return located.xy[self._inside(located.xy, district, tr("incidents"), progress)]

    def _incident_clusters(self, parameters, context, data, zones, progress):
        source = self.parameterAsSource(parameters, self.INCIDENT_CLUSTERS, context)
        if source is None:
            return None, None
        id_field = "cluster_id" if source.fields().lookupField("cluster_id") >= 0 else None
        layer = bridge.read_layer(source, [id_field], context=context, geometry="geometry", crs=data.crs, feedback=progress)
        names = layer.ids(id_field).astype(str).tolist()
        shares, touching = bridge.overlap_with(zones, layer.geometries)
        return shares, [", ".join(names[k] for k in ks) for ks in touching]
