"""The road-network parameters every accessibility (and location-planning) algorithm shares.

Mix :class:`NetworkParameters` into an algorithm, call
:meth:`~NetworkParameters.add_network_parameters` in ``initAlgorithm`` and
:meth:`~NetworkParameters.read_network` in ``process``: the network comes from
a line layer (built once and cached for the session, keyed by the layer's
source, its modification state and the options), a network file saved by
*Build network* (``.npz``), an OpenStreetMap XML file read with osmnx, or an
OpenStreetMap PBF file whose lines are read through GDAL's OSM driver.
"""

from __future__ import annotations

import dataclasses
import os
from pathlib import Path

from qgis.core import (
    QgsProcessingException,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsVectorLayer,
)

from ..engine import network as network_engine
from ..engine.errors import InvalidInputError
from ..engine.i18n import format_count
from ..engine.lists import number, split_items, split_pairs
from ..engine.progress import Band
from ..plugin import bridge
from ..plugin.bridge.compat import FIELD_ANY, NUMBER_DOUBLE, SOURCE_LINE
from ..plugin.bridge.i18n import tr
from ..plugin.bridge.threads import on_main_thread
from .choices import make_choices

# Keys of the list parameters in their fixed order (dialogs and saved models store positions: append only).
PROFILE_IDS = ("walk", "cycle", "drive")
NETWORK_FILE_SUFFIXES = (".npz", ".osm", ".xml", ".pbf")
COUNTRY_IDS = ("uk", "fr")


class NetworkParameters:
    """Mixin: network source, profile, speeds, one-way rules and snapping; reading them into a Network."""

    NETWORK = "NETWORK"
    NETWORK_FILE = "NETWORK_FILE"
    PROFILE = "PROFILE"
    CLASS_FIELD = "CLASS_FIELD"
    SPEED_FIELD = "SPEED_FIELD"
    SPEED_UNIT = "SPEED_UNIT"
    DIRECTION_FIELD = "DIRECTION_FIELD"
    FORWARD_VALUES = "FORWARD_VALUES"
    BACKWARD_VALUES = "BACKWARD_VALUES"
    BOTH_VALUES = "BOTH_VALUES"
    WALK_SPEED = "WALK_SPEED"
    CYCLE_SPEED = "CYCLE_SPEED"
    COUNTRY = "COUNTRY"
    CLASS_SPEEDS = "CLASS_SPEEDS"
    DEFAULT_SPEED = "DEFAULT_SPEED"
    CYCLE_ONEWAY = "CYCLE_ONEWAY"
    JOIN_TOLERANCE = "JOIN_TOLERANCE"
    CONNECT_CROSSINGS = "CONNECT_CROSSINGS"
    SNAP_TOLERANCE = "SNAP_TOLERANCE"
    #: The fields a user may choose (class, speed, direction): given any, a layer is built from its lines.
    FIELD_SETTINGS = (CLASS_FIELD, SPEED_FIELD, DIRECTION_FIELD)
    #: The other settings, by the option of NetworkOptions they set.
    OPTION_SETTINGS = {
        "speed_unit": SPEED_UNIT,
        "forward_values": FORWARD_VALUES,
        "backward_values": BACKWARD_VALUES,
        "both_values": BOTH_VALUES,
        "walk_kmh": WALK_SPEED,
        "cycle_kmh": CYCLE_SPEED,
        "country": COUNTRY,
        "class_speeds": CLASS_SPEEDS,
        "default_drive_kmh": DEFAULT_SPEED,
        "cycle_oneway": CYCLE_ONEWAY,
        "snap_tolerance": JOIN_TOLERANCE,
        "connect_crossings": CONNECT_CROSSINGS,
    }

    def add_network_parameters(
        self, *, profile: bool = True, snapping: bool = True, file_optional: bool = True, default_profile: str = "drive"
    ) -> None:
        """Declare the network parameters (the detailed ones as advanced)."""
        self.add(
            QgsProcessingParameterFeatureSource(
                self.NETWORK,
                tr("Road network: lines, or Build network's edges (needed unless a network file is given)"),
                [SOURCE_LINE],
                optional=file_optional,
            ),
            tr(
                "Roads and paths as lines: OpenStreetMap through GDAL (highway, maxspeed, oneway… as fields or in "
                "other_tags), Ordnance Survey Open Roads, or your own network. Lines are joined where they share a "
                "vertex. The edges written by Build network are read as built, with their speeds, directions and "
                "junctions, so in a model Build network's Network edges link here and the network settings are not "
                "needed; a layer with their road_class, drive_kmh and drive_direction fields only is built from its "
                "lines with those fields. The built network is kept for the QGIS session, so later runs on the same "
                "unchanged layer with the same options do not rebuild it."
            ),
        )
        if file_optional:
            self.add(
                QgsProcessingParameterFile(
                    self.NETWORK_FILE,
                    tr("Or: network file (saved by Build network, or OpenStreetMap)"),
                    optional=True,
                    fileFilter=tr("Networks (*.npz *.osm *.xml *.pbf)"),
                ),
                tr(
                    "Used instead of the line layer: a network saved by Build network (.npz; in a model, link Build "
                    "network's Save the network to a file here), which holds its speeds and directions so the "
                    "network settings are not needed; an OpenStreetMap XML file (.osm) read with osmnx, which "
                    "also imputes missing drive speeds from the mean speed of each road class; or an OpenStreetMap "
                    "PBF file (.osm.pbf) whose lines are read through GDAL, as when it is added as a layer."
                ),
            )
        if profile:
            self.add_choice(
                self.PROFILE,
                tr("Travel mode"),
                make_choices(list(zip(PROFILE_IDS, (tr("Walk"), tr("Cycle"), tr("Drive")))), default_profile),
                tr(
                    "Walk (no motorways or trunk roads; footpaths allowed; both directions), cycle (no motorways, "
                    "footways or steps; one-way streets respected) or drive (roads only; one-way streets "
                    "respected)."
                ),
            )
        self.add(
            QgsProcessingParameterField(
                self.CLASS_FIELD, tr("Road class field"), parentLayerParameterName=self.NETWORK, type=FIELD_ANY, optional=True
            ),
            tr(
                "OpenStreetMap highway values (motorway, primary, residential, footway…) or Open Roads classes "
                "(A Road, B Road…). Empty: the field highway when the layer has one; otherwise every line is a "
                "road open to all modes. Lines with an empty class are left out."
            ),
            advanced=True,
        )
        self.add(
            QgsProcessingParameterField(
                self.SPEED_FIELD, tr("Drive speed field"), parentLayerParameterName=self.NETWORK, type=FIELD_ANY, optional=True
            ),
            tr(
                "Speed of each road for driving. Where it is empty, zero, negative or not a number the speed comes "
                "from maxspeed (30 mph, 50 km/h, GB:nsl_single…), else from the road-class defaults; such lines "
                "are counted in the log."
            ),
            advanced=True,
        )
        self.add_choice(
            self.SPEED_UNIT,
            tr("Unit of the speed field"),
            make_choices([("kmh", tr("km/h")), ("mph", tr("mph"))], "kmh"),
            tr("Whether numbers in the speed field are km/h or miles per hour."),
            advanced=True,
        )
        self.add(
            QgsProcessingParameterField(
                self.DIRECTION_FIELD,
                tr("One-way / direction field"),
                parentLayerParameterName=self.NETWORK,
                type=FIELD_ANY,
                optional=True,
            ),
            tr(
                "Which way traffic may use each line. Empty: the field oneway when the layer has one (roundabouts "
                "are one-way too). Values are compared trimmed and in lower case with the three lists below; "
                "other values are taken as two-way and reported."
            ),
            advanced=True,
        )
        defaults = network_engine.NetworkOptions()
        for name, label, values, help_text in (
            (
                self.FORWARD_VALUES,
                tr("Values meaning one-way along the line"),
                defaults.forward_values,
                tr(
                    "Values of the direction field for traffic in the direction the line is drawn, separated by "
                    "commas or semicolons."
                ),
            ),
            (
                self.BACKWARD_VALUES,
                tr("Values meaning one-way against the line"),
                defaults.backward_values,
                tr("Values for traffic against the direction the line is drawn (OSM: -1), separated by commas or semicolons."),
            ),
            (
                self.BOTH_VALUES,
                tr("Values meaning two-way"),
                defaults.both_values,
                tr("Values for two-way traffic, separated by commas or semicolons."),
            ),
        ):
            self.add(
                QgsProcessingParameterString(name, label, defaultValue=",".join(values), optional=True), help_text, advanced=True
            )
        for name, label, value, help_text in (
            (self.WALK_SPEED, tr("Walking speed (km/h)"), defaults.walk_kmh, tr("Speed of the walk mode.")),
            (self.CYCLE_SPEED, tr("Cycling speed (km/h)"), defaults.cycle_kmh, tr("Speed of the cycle mode.")),
            (
                self.DEFAULT_SPEED,
                tr("Drive speed of unknown roads (km/h)"),
                defaults.default_drive_kmh,
                tr("Drive speed of roads with neither speed, maxspeed nor a known class."),
            ),
        ):
            self.add(
                QgsProcessingParameterNumber(name, label, NUMBER_DOUBLE, defaultValue=value, minValue=0.1),
                help_text,
                advanced=True,
            )
        self.add_choice(
            self.COUNTRY,
            tr("Road-class speeds of"),
            make_choices(list(zip(COUNTRY_IDS, (tr("United Kingdom"), tr("France")))), "uk"),
            tr(
                "Default drive speeds by road class. United Kingdom: motorway 70 mph, trunk 60, primary 40, "
                "secondary, tertiary and unclassified 30, residential 25, service 10. France: autoroute 130 km/h, "
                "trunk 110, primary and secondary 80, tertiary 70, unclassified 50, residential 30, service 20; "
                "IGN BD TOPO natures: type autoroutier 130, route à 2 chaussées 110, route à 1 chaussée 80, "
                "bretelle 70, route empierrée and rond-point 30 (chemins, sentiers and pistes cyclables are not "
                "driven; ferries are left out)."
            ),
            advanced=True,
        )
        self.add(
            QgsProcessingParameterString(self.CLASS_SPEEDS, tr("Own road-class speeds (km/h)"), defaultValue="", optional=True),
            tr("Overrides of the class speeds, e.g. residential=32, service=15 (or residential=32,5; service=15)."),
            advanced=True,
        )
        self.add(
            QgsProcessingParameterBoolean(self.CYCLE_ONEWAY, tr("One-way streets bind cyclists"), defaultValue=True),
            tr(
                "Untick where cyclists may ride both ways on one-way streets. Ticked, OpenStreetMap's "
                "oneway:bicycle tag decides street by street (no: both ways for cyclists)."
            ),
            advanced=True,
        )
        self.add(
            QgsProcessingParameterNumber(
                self.JOIN_TOLERANCE, tr("Join line ends closer than (m)"), NUMBER_DOUBLE, defaultValue=0.5, minValue=0.0
            ),
            tr(
                "A line end this close to a vertex of another line is joined to it (digitising gaps). 0: only "
                "exactly shared vertices join."
            ),
            advanced=True,
        )
        self.add(
            QgsProcessingParameterBoolean(
                self.CONNECT_CROSSINGS, tr("Join lines that cross without a vertex"), defaultValue=False
            ),
            tr(
                "Join lines where they cross even without a shared vertex (for networks drawn without nodes). "
                "Lines tagged as bridges or tunnels, or on different layers, are never joined."
            ),
            advanced=True,
        )
        if snapping:
            self.add(
                QgsProcessingParameterNumber(
                    self.SNAP_TOLERANCE, tr("Snapping tolerance (m)"), NUMBER_DOUBLE, defaultValue=500.0, minValue=0.0
                ),
                tr(
                    "Points are moved to the nearest point of the nearest road the mode may use; points farther "
                    "than this are reported and skipped. The walk from the point to the road is not timed."
                ),
                advanced=True,
            )

    def network_notes(self) -> list[tuple[tuple[str, ...], str]]:
        """The help panel's lines on the network parameters (see ``PlaceInsightAlgorithm.parameter_notes``)."""
        return [
            ((self.NETWORK, self.NETWORK_FILE), tr("roads, or a saved network")),
            ((self.PROFILE,), tr("walk, cycle or drive")),
            ((self.SNAP_TOLERANCE,), tr("farther points are skipped")),
        ]

    # -- on the main thread -------------------------------------------------------------
    def prepare_layers(self, parameters, context) -> None:
        """What the network's line layer says of itself, read on the main thread: its state for the session's
        cache key (:func:`bridge.layer_state`) and whether it can be read in bulk (:func:`bridge.arrow_source`)."""
        super().prepare_layers(parameters, context)
        value = parameters.get(self.NETWORK)
        selected = isinstance(value, QgsProcessingFeatureSourceDefinition) and value.selectedFeaturesOnly
        layer = self.parameterAsVectorLayer(parameters, self.NETWORK, context) if value is not None else None
        self._network_layer = (
            None if layer is None or selected else bridge.layer_state(layer),
            None if layer is None or selected else bridge.arrow_source(layer),
        )

    def _prepared_network_layer(self, parameters, context) -> tuple:
        """(layer state or None, arrow source or None) as :meth:`prepare_layers` read them (read now, on the main
        thread, when the algorithm runs without ``prepareAlgorithm``)."""
        if not hasattr(self, "_network_layer"):
            on_main_thread(lambda: NetworkParameters.prepare_layers(self, parameters, context))
        return self._network_layer

    # -- checking and reading --------------------------------------------------------
    def needs_network(self, parameters) -> bool:
        """Whether the run needs a road network (location planning only needs one for network costs)."""
        return True

    def checkParameterValues(self, parameters, context):  # noqa: N802 - QGIS API
        path = parameters.get(self.NETWORK_FILE) if self.parameterDefinition(self.NETWORK_FILE) is not None else None
        if isinstance(path, str) and path.strip() and not path.strip().lower().endswith(NETWORK_FILE_SUFFIXES):
            return False, tr(
                "{path} is not a network file: give a network saved by Build network (.npz), an OpenStreetMap file "
                "(.osm, .osm.pbf), or leave the file empty and choose a line layer (a file GDAL reads can be added "
                "to the project as a layer first)."
            ).format(path=path)
        given = [parameters.get(name) not in (None, "") for name in (self.NETWORK, self.NETWORK_FILE)]
        if self.needs_network(parameters) and not any(given):
            network = self.parameterDefinition(self.NETWORK)
            file = self.parameterDefinition(self.NETWORK_FILE)
            return False, tr(
                "Choose a road network: a line layer or Build network's edges in '{layer}', or a network file in '{file}'."
            ).format(layer=network.description(), file=file.description() if file is not None else "")
        return super().checkParameterValues(parameters, context)

    def unused_settings(self, parameters, context) -> list[str]:
        """The network settings given other values than their defaults (a network built already does not use them)."""
        given, defaults = self.network_options(parameters, context), self.network_options({}, context)
        changed = [name for name in self.FIELD_SETTINGS if self.parameterAsString(parameters, name, context)]
        for option, name in self.OPTION_SETTINGS.items():
            if getattr(given, option) != getattr(defaults, option):
                changed.append(name)
        return [self.parameterDefinition(name).description() for name in changed]

    def network_options(self, parameters, context) -> network_engine.NetworkOptions:
        def values(name):
            return tuple(v.lower() for v in split_items(self.parameterAsString(parameters, name, context)))

        class_speeds = []
        for key, value in split_pairs(self.parameterAsString(parameters, self.CLASS_SPEEDS, context)):
            try:
                if not key:
                    raise ValueError(value)
                class_speeds.append((key.lower(), number(value)))
            except ValueError as error:
                raise QgsProcessingException(
                    tr(
                        "Write the own road-class speeds as class=km/h separated by commas, e.g. residential=32; '{item}' is not."
                    ).format(item=f"{key}={value}" if key else value)
                ) from error
        defaults = network_engine.NetworkOptions()
        return network_engine.NetworkOptions(
            walk_kmh=self.parameterAsDouble(parameters, self.WALK_SPEED, context),
            cycle_kmh=self.parameterAsDouble(parameters, self.CYCLE_SPEED, context),
            country=self.choice(parameters, self.COUNTRY, context),
            class_speeds=tuple(class_speeds),
            default_drive_kmh=self.parameterAsDouble(parameters, self.DEFAULT_SPEED, context),
            speed_unit=self.choice(parameters, self.SPEED_UNIT, context),
            forward_values=values(self.FORWARD_VALUES) or defaults.forward_values,
            backward_values=values(self.BACKWARD_VALUES) or defaults.backward_values,
            both_values=values(self.BOTH_VALUES) or defaults.both_values,
            cycle_oneway=self.parameterAsBoolean(parameters, self.CYCLE_ONEWAY, context),
            snap_tolerance=self.parameterAsDouble(parameters, self.JOIN_TOLERANCE, context),
            connect_crossings=self.parameterAsBoolean(parameters, self.CONNECT_CROSSINGS, context),
        )

    def profile_id(self, parameters, context) -> str:
        return self.choice(parameters, self.PROFILE, context)

    def snap_tolerance(self, parameters, context) -> float:
        return self.parameterAsDouble(parameters, self.SNAP_TOLERANCE, context)

    def read_network(self, parameters, context, progress, *, report: bool = True) -> network_engine.Network:
        """The network of the parameters: from the session cache, a file, or built from the line layer."""
        options = self.network_options(parameters, context)
        path = (
            self.parameterAsFile(parameters, self.NETWORK_FILE, context)
            if self.parameterDefinition(self.NETWORK_FILE) is not None
            else ""
        )
        if path and path.lower().endswith(".pbf"):
            network = self._network_from_pbf(path, options, progress)
        elif path:
            network = self._network_from_file(path, options, progress)
        else:
            network = self._network_from_layer(parameters, context, options, progress)
        built = network.report.get("from_edges") or path.lower().endswith(".npz")
        unused = self.unused_settings(parameters, context) if built else []
        if unused:
            progress.warn(
                tr(
                    "The network was built already, with its own speeds and directions, so these settings are not "
                    "used: {settings}."
                ).format(settings="; ".join(unused))
            )
        if report:
            used = (
                [self.profile_id(parameters, context)]
                if self.parameterDefinition(self.PROFILE) is not None
                else network_engine.PROFILES
            )
            infos, warnings = network_engine.network_messages(network, used)
            for message in infos:
                progress.info(message)
            for message in warnings:
                progress.warn(message)
        return network

    def _network_from_file(self, path: str, options, progress) -> network_engine.Network:
        if not os.path.isfile(path):
            raise QgsProcessingException(tr("The network file {path} does not exist.").format(path=path))
        stat = os.stat(path)
        osm = not path.lower().endswith(".npz")
        key = "|".join(["file", os.path.abspath(path), str(stat.st_size), str(stat.st_mtime_ns), options.key() if osm else ""])
        network = network_engine.CACHE.get(key)
        if network is not None:
            progress.info(tr("Network reused from this session (not rebuilt)."))
            return network
        try:
            network = (
                network_engine.network_from_osm_xml(path, options=options, progress=Band(progress, 0, 40))
                if osm
                else network_engine.load_network(path)
            )
        except InvalidInputError as error:
            raise QgsProcessingException(str(error)) from error
        network_engine.CACHE.put(key, network)
        return network

    def _network_from_pbf(self, path: str, options, progress) -> network_engine.Network:
        """The network of the lines of an OpenStreetMap PBF file, read through GDAL's OSM driver."""
        if not os.path.isfile(path):
            raise QgsProcessingException(tr("The network file {path} does not exist.").format(path=path))
        stat = os.stat(path)
        key = "|".join(["pbf", os.path.abspath(path), str(stat.st_size), str(stat.st_mtime_ns), options.key()])
        network = network_engine.CACHE.get(key)
        if network is not None:
            progress.info(tr("Network reused from this session (not rebuilt)."))
            return network
        layer = QgsVectorLayer(f"{path}|layername=lines", Path(path).name, "ogr")
        if not layer.isValid():
            raise QgsProcessingException(
                tr(
                    "GDAL could not read the lines of the OpenStreetMap file {path}: check that the file is whole "
                    "(try adding it to the project as a layer)."
                ).format(path=path)
            )
        fields = layer.fields().names()
        class_field = "highway" if "highway" in fields else None
        network = self._build(layer, None, Path(path).name, (class_field, None, None), options, progress)
        network_engine.CACHE.put(key, network)
        return network

    def _network_from_layer(self, parameters, context, options, progress) -> network_engine.Network:
        source = self.parameterAsSource(parameters, self.NETWORK, context)
        if source is None:
            raise QgsProcessingException(tr("Choose a road network: a line layer or a network file."))
        fields = source.fields().names()
        chosen = [self.parameterAsString(parameters, name, context) or None for name in self.FIELD_SETTINGS]
        if network_engine.is_built_edges(fields) and not any(chosen):
            network = self._network_from_edges(parameters, context, source, progress)
            if network is not None:
                return network
        own = network_engine.own_fields(fields)  # Place Insight's own edge fields, where the usual ones are absent
        class_field = chosen[0] or ("highway" if "highway" in fields else own.get("class"))
        speed_field = chosen[1] or own.get("speed")
        direction_field = chosen[2] or ("oneway" if "oneway" in fields else own.get("direction"))
        if speed_field and speed_field == own.get("speed") and not chosen[1]:
            options = dataclasses.replace(options, speed_unit="kmh")
        key = self._cache_key(parameters, context, source, options, (class_field, speed_field, direction_field))
        network = network_engine.CACHE.get(key) if key else None
        if network is not None:
            progress.info(tr("Network reused from this session (not rebuilt)."))
            return network
        name = self.source_title(parameters, self.NETWORK, context, source)
        arrow = self._prepared_network_layer(parameters, context)[1]
        network = self._build(
            source, arrow, name, (class_field, speed_field, direction_field), options, progress, context=context
        )
        if key:
            network_engine.CACHE.put(key, network)
        return network

    @staticmethod
    def _build(source, arrow, name: str, fields, options, progress, *, context=None) -> network_engine.Network:
        """Build the network of a line source (read in bulk from ``arrow``, when given: see ``bridge.arrow_source``)."""
        class_field, speed_field, direction_field = fields
        lines = bridge.read_network_lines(
            source,
            class_field=class_field,
            speed_field=speed_field,
            direction_field=direction_field if direction_field != "oneway" else None,
            context=context,
            feedback=Band(progress, 0, 30),
            arrow=arrow,
            name=name,
        )
        if lines.missing_geometry:
            missing = format_count(len(lines.missing_geometry))
            progress.warn(tr("{n} lines of the network have no geometry and are left out.").format(n=missing))
        if not lines.parts:
            raise QgsProcessingException(
                tr("The network layer {layer} has no lines: choose a layer with roads.").format(layer=name)
            )
        network = network_engine.build_network(
            lines.parts,
            lines.owner,
            lines.attributes,
            options=options,
            source_ids=lines.source_ids,
            progress=Band(progress, 30, 45),
        )
        network.meta["crs"] = lines.crs.toWkt()
        network.meta["source_crs"] = lines.source_crs.toWkt()
        network.meta["source"] = name
        return network

    def _network_from_edges(self, parameters, context, source, progress) -> network_engine.Network | None:
        """The network of Build network's edges read as built, or None (with a warning) when they cannot be."""
        name = self.source_title(parameters, self.NETWORK, context, source)
        key = self._cache_key(parameters, context, source, network_engine.NetworkOptions(), ("built edges",))
        network = network_engine.CACHE.get(key) if key else None
        if network is not None:
            progress.info(tr("Network reused from this session (not rebuilt)."))
            return network
        lines = bridge.read_network_lines(
            source,
            class_field=None,
            speed_field=None,
            direction_field=None,
            context=context,
            feedback=Band(progress, 0, 30),
            arrow=self._prepared_network_layer(parameters, context)[1],
            extra_fields=network_engine.BUILT_EDGE_FIELDS + network_engine.OPTIONAL_EDGE_FIELDS,
        )
        try:
            network = network_engine.network_from_edges(lines.parts, lines.owner, lines.attributes, source_ids=lines.source_ids)
        except InvalidInputError as error:
            progress.warn(
                tr(
                    "The layer {layer} has the fields of Build network's edges but cannot be read as built: {error} "
                    "Its lines are joined where they meet, with road_class, drive_kmh and drive_direction as road "
                    "class, speed and direction."
                ).format(layer=name, error=error)
            )
            return None
        progress.info(
            tr(
                "{layer} holds the edges of Build network: the network is read as built, with their junctions, "
                "speeds and directions."
            ).format(layer=name)
        )
        network.meta["crs"] = lines.crs.toWkt()
        network.meta["source_crs"] = lines.source_crs.toWkt()
        network.meta["source"] = name
        if key:
            network_engine.CACHE.put(key, network)
        return network

    def _cache_key(self, parameters, context, source, options, fields) -> str | None:
        state = self._prepared_network_layer(parameters, context)[0]
        if state is None:
            return None  # no layer of the project, or its selection (which may change at any time)
        return "|".join(["layer", state, options.key(), repr(fields), source.sourceCrs().authid()])
