"""Parameters and reading of the channel-shift scenario: contact volumes, today's split, costs per contact."""

from __future__ import annotations

import numpy as np
from qgis.core import (
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)

from ..engine import values
from ..engine.segmentation.channel_demand import Contacts
from ..engine.segmentation.channel_shift import check_costs, parse_channel_values, service_volumes
from ..plugin import bridge
from ..plugin.bridge.compat import FIELD_ANY, FIELD_NUMERIC, NUMBER_DOUBLE, SOURCE_VECTOR
from ..plugin.bridge.i18n import tr


class ContactParameters:
    """Mixin of :class:`PlaceInsightAlgorithm`: what contacts cost today and how many there are."""

    ZONE_CONTACTS = "ZONE_CONTACTS"
    SERVICES = "SERVICES"
    SERVICE_FIELD = "SERVICE_FIELD"
    SERVICE_CHANNEL = "SERVICE_CHANNEL_FIELD"
    SERVICE_VOLUME = "SERVICE_VOLUME_FIELD"
    TOTAL_CONTACTS = "TOTAL_CONTACTS"
    TODAY_SPLIT = "TODAY_SPLIT"
    COSTS = "COSTS"
    REALISED = "REALISED"

    def add_contact_parameters(self, zones: str) -> None:
        """Costs, the share realised, volumes (per zone of layer ``zones``, per service, in total) and today's split."""
        self.add(
            QgsProcessingParameterString(self.COSTS, tr("Cost per contact by channel"), defaultValue="", optional=True),
            tr(
                "Your cost of one contact through each service channel, as channel=cost separated by commas, e.g. "
                "Maidstone's internet=0.32, telephone=1.86, face_to_face=9.66 (pounds per contact). Channels: "
                "internet (web), telephone (phone), mobile, post, face_to_face (f2f). Costs must be more than zero; "
                "leave out a channel whose cost you do not know. Empty: no channel-shift scenario. The share of "
                "preference realised, today's split of contacts and contacts in total are advanced parameters."
            ),
        )
        self.add(
            QgsProcessingParameterNumber(
                self.REALISED, tr("Share of preference realised (%)"), NUMBER_DOUBLE, 50.0, minValue=0.0, maxValue=100.0
            ),
            tr(
                "The scenario: the chance that a contact made today through a channel by someone who prefers a "
                "cheaper one moves to it (100: every such contact moves)."
            ),
            advanced=True,
        )
        self.add(
            QgsProcessingParameterField(
                self.ZONE_CONTACTS,
                tr("Contacts per zone field"),
                parentLayerParameterName=zones,
                type=FIELD_NUMERIC,
                optional=True,
            ),
            tr(
                "Contacts from each zone (a year, a month…). Empty: the total below (or of the services table) is "
                "shared between the zones in proportion to their residents."
            ),
        )
        self.add(
            QgsProcessingParameterFeatureSource(self.SERVICES, tr("Contacts per service"), [SOURCE_VECTOR], optional=True),
            tr(
                "A table of contacts: one row per service (or per service and channel), e.g. from the contact "
                "centre's records. Services are ranked by what the shift saves."
            ),
        )
        for name, label, kind, text in (
            (self.SERVICE_FIELD, tr("Service field"), FIELD_ANY, tr("Names the service of each row.")),
            (
                self.SERVICE_CHANNEL,
                tr("Channel field"),
                FIELD_ANY,
                tr(
                    "The channel of each row (internet, web, telephone, phone, face_to_face, f2f…): gives each "
                    "service's split today. Empty: rows are totals, split as today's split below."
                ),
            ),
            (
                self.SERVICE_VOLUME,
                tr("Contacts field"),
                FIELD_NUMERIC,
                tr("Contacts of each row. Empty: each row is one contact."),
            ),
        ):
            self.add(
                QgsProcessingParameterField(name, label, parentLayerParameterName=self.SERVICES, type=kind, optional=True), text
            )
        self.add(
            QgsProcessingParameterNumber(
                self.TOTAL_CONTACTS, tr("Contacts in total"), NUMBER_DOUBLE, 0.0, optional=True, minValue=0.0
            ),
            tr("All contacts, when they are known only in total (0: none); shared between the zones by their residents."),
            advanced=True,
        )
        self.add(
            QgsProcessingParameterString(
                self.TODAY_SPLIT, tr("Today's split of contacts by channel"), defaultValue="", optional=True
            ),
            tr(
                "How contacts reach you today, as channel=share (or volume) separated by commas, e.g. internet=30, "
                "telephone=45, face_to_face=25; only channels with a cost. Needed unless the services table has a "
                "channel field (its overall split is used then)."
            ),
            advanced=True,
        )

    def read_contacts(self, parameters, context, progress, zones: bridge.LayerData) -> Contacts | None:
        """The scenario's inputs; None (and a warning when volumes are given) without costs."""
        costs = parse_channel_values(self.parameterAsString(parameters, self.COSTS, context), what=tr("Cost per contact"))
        zone_field = self.parameterAsString(parameters, self.ZONE_CONTACTS, context) or None
        total = self.parameterAsDouble(parameters, self.TOTAL_CONTACTS, context) or None
        services_source = self.parameterAsSource(parameters, self.SERVICES, context)
        if not costs:
            if zone_field or total or services_source is not None:
                progress.warn(tr("Contact volumes are given without costs per contact: no channel-shift scenario is made."))
            return None
        costs = check_costs(costs)
        zone_volumes = None
        if zone_field:
            zone_volumes = values.read_numbers(
                zones.frame[zone_field], values.COUNTS, field=zone_field, layer=zones.name, labels=zones.frame["fid"]
            )
        services, notes = (None, [])
        if services_source is not None:
            services, notes = self._read_services(parameters, context, progress, services_source, list(costs))
        if zone_volumes is None and not total and services is None:
            progress.warn(tr("Costs per contact are given without contact volumes: no channel-shift scenario is made."))
            return None
        return Contacts(
            costs=costs,
            realised=self.parameterAsDouble(parameters, self.REALISED, context) / 100.0,
            zone_volumes=zone_volumes,
            total=total,
            services=services,
            today_split=parse_channel_values(
                self.parameterAsString(parameters, self.TODAY_SPLIT, context), what=tr("Today's split of contacts")
            ),
            notes=notes,
        )

    def _read_services(self, parameters, context, progress, source, costed):
        """``(names, volumes, split)`` per service from the table, and notes on contacts without a cost."""
        name = self.source_title(parameters, self.SERVICES, context, source)
        fields = {
            key: self.parameterAsString(parameters, key, context) or None
            for key in (self.SERVICE_FIELD, self.SERVICE_CHANNEL, self.SERVICE_VOLUME)
        }
        table = bridge.read_layer(source, list(fields.values()), context=context, feedback=progress, name=name)
        service_field, channel_field, volume_field = fields.values()
        names = table.frame[service_field].tolist() if service_field else [name] * len(table)
        names = [tr("(no service)") if value is None else value for value in names]
        volumes = (
            values.read_numbers(
                table.frame[volume_field], values.COUNTS, field=volume_field, layer=name, labels=table.frame["fid"]
            )
            if volume_field
            else np.ones(len(table))
        )
        channels = table.frame[channel_field].tolist() if channel_field else None
        services, volume, split, notes = service_volumes(names, channels, volumes, costed)
        return (services, volume, split), notes
