"""Channel demand and shift: expected demand per channel in each zone, a hot-spot surface, what a shift could save."""

from __future__ import annotations

import numpy as np
from qgis.core import (
    QgsProcessingParameterFeatureSink,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFileDestination,
    QgsProcessingParameterNumber,
    QgsProcessingParameterRasterDestination,
    QgsProcessingParameterString,
)

from ..engine.progress import Band
from ..engine.segmentation.catalogue import SERVICE_CHANNELS, channel_label
from ..engine.segmentation.channel_demand import channel_demand
from ..engine.segmentation.channel_surface import channel_surface
from ..engine.segmentation.channels import ChannelModel, unit_channel_people
from ..engine.segmentation.composition import with_zone_attributes
from ..plugin import bridge
from ..plugin.bridge import styling
from ..plugin.bridge.compat import FIELD_ANY, NUMBER_DOUBLE, SOURCE_POLYGON
from ..plugin.bridge.i18n import tr
from .base import PlaceInsightAlgorithm
from .channel_inputs import ContactParameters
from .choices import make_choices
from .segmented_base import SegmentedBaseParameters

NUMBERS = ("FACE_TO_FACE", "TODAY_COST", "MOVED", "SAVING")


class EstimateChannelDemand(ContactParameters, SegmentedBaseParameters, PlaceInsightAlgorithm):
    NAME = "channeldemand"
    GROUP = "segmentation"
    TAGS = (
        "channel, canal, channel shift, transfert de canal, face to face, face-à-face, accueil physique, "
        "telephone, téléphone, web, internet, contact, cost per contact, coût par contact, saving, économie, "
        "hotspot, point chaud, demand, demande, geodemographic, géodémographie, Mosaic, ACORN, OAC"
    )
    REQUIRES = ("numpy", "pandas", "scipy")
    ZONES, ZONE_NAME, WEIGHTS = "ZONES", "ZONE_NAME_FIELD", "RATING_WEIGHTS"
    SURFACE_CHANNEL, RADIUS, CELL_SIZE = "SURFACE_CHANNEL", "RADIUS", "CELL_SIZE"
    OUTPUT, SERVICES_OUTPUT, SURFACE, REPORT = "OUTPUT", "SERVICES_OUTPUT", "SURFACE", "REPORT"

    def display_name(self):
        return tr("Channel demand and shift")

    def short_description(self):
        return tr("Expected demand for face-to-face, telephone and web service in each zone, and what a shift could save.")

    def parameter_notes(self):
        return [
            ((self.ZONES, self.ZONE_NAME), tr("the zones to describe")),
            *self.segmented_base_notes(tr("who lives there, by segment")),
            ((self.COSTS,), tr("the channel-shift scenario")),
            ((self.ZONE_CONTACTS, self.SERVICES, self.SERVICE_FIELD, self.SERVICE_CHANNEL, self.SERVICE_VOLUME), tr("contacts")),
            ((self.OUTPUT,), tr("zones ranked by face-to-face demand")),
            ((self.SERVICES_OUTPUT,), tr("saving per service")),
            ((self.SURFACE,), tr("where face-to-face (or another channel's) demand is")),
            ((self.REPORT,), tr("ranked zones and scenario")),
        ]

    def summary(self):
        return tr(
            "Estimates how the residents of each zone prefer to be served and informed, from the zone's segment "
            "mix and the catalogue's channel ratings, and ranks the zones by expected face-to-face demand. The "
            "model: a segment's residents are shared between the channels of a kind (service, information) in "
            "proportion to a weight of each channel's rating — by default 1, 2, 4, 8 and 16 from Low to High, "
            "each step doubling the weight; a zone's share is the mean of its segments' shares weighted by their "
            "counts. Segments without ratings take their parent's (stated) or are left out (named). A surface "
            "shows where residents preferring a chosen channel live (kernel density over the base units). With "
            "costs per contact and contact volumes (per zone, per service or in total) it prices today's "
            "contacts and a channel-shift scenario: a contact made through a channel by someone who prefers a "
            "cheaper one moves with the chance you give; the report ranks zones and services by the saving."
        )

    def initAlgorithm(self, config=None):
        self.add(
            QgsProcessingParameterFeatureSource(self.ZONES, tr("Zones"), [SOURCE_POLYGON]),
            tr("Polygons to describe (wards, catchments, neighbourhoods…); their attributes are kept."),
        )
        self.add(
            QgsProcessingParameterField(
                self.ZONE_NAME, tr("Zone name field"), parentLayerParameterName=self.ZONES, type=FIELD_ANY, optional=True
            ),
            tr("Names the zones in the report. Empty: the feature id."),
        )
        self.add_segmented_base_parameters(
            label=tr("Base layer"),
            help_text=tr(
                "Base units with a segment code: points (households, postcodes), counted in every zone containing "
                "them, or polygons (output areas), shared by area."
            ),
            segment_help=tr(
                "The segment code of each base unit (any level at or below the chosen one). Segments without "
                "channel ratings at that level take their parent's ratings."
            ),
            count_help=tr("Households, population… of each base unit. Empty: each unit counts 1."),
        )
        self.add(
            QgsProcessingParameterString(self.WEIGHTS, tr("Rating weights (Low to High)"), defaultValue="1,2,4,8,16"),
            tr(
                "The channel model: the weight of each rating from Low (1) to High (5). 1,2,4,8,16 doubles at each "
                "step; 1,2,3,4,5 makes preference proportional to the rating; 0,0,1,1,1 counts only channels rated "
                "Average or better. Stated in the report."
            ),
            advanced=True,
        )
        self.add_contact_parameters(self.ZONES)
        self.add_choice(
            self.SURFACE_CHANNEL,
            tr("Channel of the surface"),
            make_choices([(c, channel_label(c)) for c in SERVICE_CHANNELS], "face_to_face"),
            tr("The service channel whose expected demand the surface maps."),
            advanced=True,
        )
        for name, label, text in (
            (self.RADIUS, tr("Surface radius (m)"), tr("Kernel radius of the surface. 0: from the spread of the base units.")),
            (self.CELL_SIZE, tr("Surface cell size (m)"), tr("Cell size of the surface. 0: a fifth of the radius.")),
        ):
            self.add(QgsProcessingParameterNumber(name, label, NUMBER_DOUBLE, 0.0, minValue=0.0), text, advanced=True)
        self._add_outputs()

    def _add_outputs(self) -> None:
        self.add_sink(
            QgsProcessingParameterFeatureSink(self.OUTPUT, tr("Channel demand"), SOURCE_POLYGON),
            tr(
                "The zones with base_total, rated_pct (% of residents whose segment has ratings), per service "
                "channel the expected residents preferring it (service_<channel>) and their share "
                "(service_<channel>_pct), per information channel the share (info_<channel>_pct), "
                "face_to_face_rank (1 = most face-to-face demand); with a scenario contacts, today_cost, moved, "
                "saving and saving_rank."
            ),
        )
        self.add_sink(
            QgsProcessingParameterFeatureSink(self.SERVICES_OUTPUT, tr("Channel shift by service"), optional=True),
            tr(
                "With a services table and costs: per service its contacts, today_cost, moved, saving, after_cost, "
                "saving_pct, saving_rank, and today's and the scenario's contacts per channel."
            ),
        )
        self.add_sink(
            QgsProcessingParameterRasterDestination(self.SURFACE, tr("Demand surface"), optional=True),
            tr("Expected residents per km² preferring the chosen channel (quartic kernel density)."),
        )
        self.add_sink(
            QgsProcessingParameterFileDestination(
                self.REPORT, tr("Channel demand report"), tr("HTML files (*.html)"), optional=True
            ),
            tr(
                "Where face-to-face demand is, the zones ranked, how the whole base prefers to be served and "
                "informed, the channel model with every segment's shares, and the scenario with zones and "
                "services ranked by saving."
            ),
        )
        self.add_number_outputs(
            *zip(
                NUMBERS,
                (tr("Expected face-to-face demand"), tr("Cost today"), tr("Contacts moved"), tr("Saving")),
                (
                    tr("Residents of the whole base expected to prefer face-to-face service."),
                    tr("Cost of today's contacts (0 without a scenario)."),
                    tr("Contacts that move to a cheaper channel in the scenario."),
                    tr("What the scenario saves."),
                ),
            )
        )

    def process(self, parameters, context, progress):
        model = ChannelModel.parse(self.parameterAsString(parameters, self.WEIGHTS, context))
        zones_source = self.required_source(parameters, self.ZONES, context)
        work = bridge.working_crs(zones_source.sourceCrs(), zones_source.sourceExtent(), context.transformContext())
        attributes = zones_source.fields().names()
        zones = bridge.read_layer(
            zones_source,
            attributes,
            context=context,
            feedback=progress,
            geometry="geometry",
            crs=work,
            name=self.source_title(parameters, self.ZONES, context, zones_source),
        )
        contacts = self.read_contacts(parameters, context, progress, zones)
        base = self.read_segmented_base(parameters, context, crs=work, progress=progress)
        matrix, _, _ = base.zone_matrix(zones.geometries, feedback=Band(progress, 0, 50))
        name_field = self.parameterAsString(parameters, self.ZONE_NAME, context) or None
        labels = [str(v) for v in zones.ids(name_field).tolist()]
        result = channel_demand(
            matrix,
            base.base_counts(),
            base.axis,
            zone_labels=labels,
            what=base.count_field or tr("base units"),
            model=model,
            contacts=contacts,
            language=self.language(),
        )
        for note in result.notes:
            progress.warn(note)
        frame, _ = with_zone_attributes(zones.frame[attributes], result.zones)
        geometries = bridge.transform_geometries(zones.geometries, work, zones_source.sourceCrs(), context)
        outputs = {
            self.OUTPUT: bridge.write_frame(
                self,
                parameters,
                self.OUTPUT,
                context,
                frame,
                geometries=geometries,
                wkb_type=zones_source.wkbType(),
                crs=zones_source.sourceCrs(),
                feedback=progress,
            )
        }
        self.outputs.style(outputs[self.OUTPUT], styling.ChannelShareStyle("face_to_face"))
        outputs.update(self._write_extras(parameters, context, progress, result, base, work))
        totals = result.totals
        outputs.update(
            dict(zip(NUMBERS, (totals["face_to_face"], *(totals.get(k, 0.0) for k in ("today_cost", "moved", "saving")))))
        )
        return outputs

    def _write_extras(self, parameters, context, progress, result, base, crs) -> dict:
        """The services table, the surface and the report, where asked for."""
        outputs = {}
        if result.services is not None and parameters.get(self.SERVICES_OUTPUT) is not None:
            outputs[self.SERVICES_OUTPUT] = bridge.write_frame(
                self, parameters, self.SERVICES_OUTPUT, context, result.services, kinds={"service": "string"}, feedback=progress
            )
        path = self.parameterAsOutputLayer(parameters, self.SURFACE, context) if parameters.get(self.SURFACE) else ""
        if path:
            channel = self.choice(parameters, self.SURFACE_CHANNEL, context)
            weights = unit_channel_people(base.codes.positions, base.counts, result.service, channel)
            surface = channel_surface(
                base.layer.xy,
                weights,
                bandwidth=self.parameterAsDouble(parameters, self.RADIUS, context) or None,
                cell_size=self.parameterAsDouble(parameters, self.CELL_SIZE, context) or None,
                progress=Band(progress, 50, 95),
            )
            grid = surface.grid
            description = tr("Residents per km² preferring {channel}").format(channel=channel_label(channel))
            outputs[self.SURFACE] = self.outputs.save(
                path,
                lambda staged: bridge.write_raster(
                    staged, surface.values, x0=grid.x0, y0=grid.y0, cell=grid.cell, crs=crs, description=description
                ),
                name=self.SURFACE,
            )
            top = float(np.nanmax(surface.values)) if np.isfinite(surface.values).any() else 0.0
            self.outputs.style(outputs[self.SURFACE], styling.DensityRasterStyle(top))
        report = self.parameterAsFileOutput(parameters, self.REPORT, context)
        if report:
            outputs[self.REPORT] = self.outputs.save(report, result.report.save, name=self.REPORT)
        return outputs
