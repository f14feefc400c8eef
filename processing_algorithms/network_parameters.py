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

import os
from pathlib import Path

from qgis.core import (
    QgsProcessingException,
    QgsProcessingFeatureSourceDefinition,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
    QgsVectorLayer,
)

from ..engine import network as network_engine
from ..engine.errors import InvalidInputError
from ..engine.progress import Band
from ..plugin import bridge
from ..plugin.bridge.compat import FIELD_ANY, NUMBER_DOUBLE, SOURCE_LINE
from ..plugin.bridge.i18n import tr

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

    def add_network_parameters(
        self, *, profile: bool = True, snapping: bool = True, file_optional: bool = True, default_profile: str = "drive"
    ) -> None:
        """Declare the network parameters (the detailed ones as advanced)."""
        self.add(
            QgsProcessingParameterFeatureSource(
                self.NETWORK, tr("Road network (line layer)"), [SOURCE_LINE], optional=file_optional
            ),
            tr(
                "Roads and paths as lines: OpenStreetMap through GDAL (highway, maxspeed, oneway… as fields or in "
                "other_tags), Ordnance Survey Open Roads, or your own network. Lines are joined where they share a "
                "vertex. The built network is kept for the QGIS session, so later runs on the same unchanged "
                "layer with the same options do not rebuild it."
            ),
        )
        if file_optional:
            self.add(
                QgsProcessingParameterFile(
                    self.NETWORK_FILE,
                    tr("Or: saved network or OSM file"),
                    optional=True,
                    fileFilter=tr("Networks (*.npz *.osm *.xml *.pbf)"),
                ),
                tr(
                    "Used instead of the line layer: a network saved by Build network (.npz), an OpenStreetMap "
                    "XML file (.osm) read with osmnx, which also imputes missing drive speeds from the mean speed "
                    "of each road class, or an OpenStreetMap PBF file (.osm.pbf) whose lines are read through "
                    "GDAL, as when it is added as a layer."
                ),
            )
        if profile:
            self.add(
                QgsProcessingParameterEnum(
                    self.PROFILE,
                    tr("Travel mode"),
                    options=[tr("Walk"), tr("Cycle"), tr("Drive")],
                    defaultValue=PROFILE_IDS.index(default_profile),
                ),
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
        self.add(
            QgsProcessingParameterEnum(
                self.SPEED_UNIT, tr("Unit of the speed field"), options=[tr("km/h"), tr("mph")], defaultValue=0
            ),
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
                tr("Comma-separated values of the direction field for traffic in the direction the line is drawn."),
            ),
            (
                self.BACKWARD_VALUES,
                tr("Values meaning one-way against the line"),
                defaults.backward_values,
                tr("Comma-separated values for traffic against the direction the line is drawn (OSM: -1)."),
            ),
            (
                self.BOTH_VALUES,
                tr("Values meaning two-way"),
                defaults.both_values,
                tr("Comma-separated values for two-way traffic."),
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
        self.add(
            QgsProcessingParameterEnum(
                self.COUNTRY, tr("Road-class speeds of"), options=[tr("United Kingdom"), tr("France")], defaultValue=0
            ),
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
            tr("Overrides of the class speeds, e.g. residential=32, service=15."),
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
            )

    # -- reading -------------------------------------------------------------------
    def network_options(self, parameters, context) -> network_engine.NetworkOptions:
        def values(name):
            text = self.parameterAsString(parameters, name, context) or ""
            return tuple(v.strip().lower() for v in text.split(",") if v.strip())

        class_speeds = []
        for item in (self.parameterAsString(parameters, self.CLASS_SPEEDS, context) or "").split(","):
            if not item.strip():
                continue
            key, _, value = item.partition("=")
            try:
                class_speeds.append((key.strip().lower(), float(value)))
            except ValueError as error:
                raise QgsProcessingException(
                    tr(
                        "Write the own road-class speeds as class=km/h separated by commas, e.g. residential=32; '{item}' is not."
                    ).format(item=item.strip())
                ) from error
        defaults = network_engine.NetworkOptions()
        return network_engine.NetworkOptions(
            walk_kmh=self.parameterAsDouble(parameters, self.WALK_SPEED, context),
            cycle_kmh=self.parameterAsDouble(parameters, self.CYCLE_SPEED, context),
            country=COUNTRY_IDS[self.parameterAsEnum(parameters, self.COUNTRY, context)],
            class_speeds=tuple(class_speeds),
            default_drive_kmh=self.parameterAsDouble(parameters, self.DEFAULT_SPEED, context),
            speed_unit=("kmh", "mph")[self.parameterAsEnum(parameters, self.SPEED_UNIT, context)],
            forward_values=values(self.FORWARD_VALUES) or defaults.forward_values,
            backward_values=values(self.BACKWARD_VALUES) or defaults.backward_values,
            both_values=values(self.BOTH_VALUES) or defaults.both_values,
            cycle_oneway=self.parameterAsBoolean(parameters, self.CYCLE_ONEWAY, context),
            snap_tolerance=self.parameterAsDouble(parameters, self.JOIN_TOLERANCE, context),
            connect_crossings=self.parameterAsBoolean(parameters, self.CONNECT_CROSSINGS, context),
        )

    def checkParameterValues(self, parameters, context):  # noqa: N802 - QGIS API
        path = parameters.get(self.NETWORK_FILE) if self.parameterDefinition(self.NETWORK_FILE) is not None else None
        if isinstance(path, str) and path.strip() and not path.strip().lower().endswith(NETWORK_FILE_SUFFIXES):
            return False, tr(
                "{path} is not a network file: give a network saved by Build network (.npz), an OpenStreetMap file "
                "(.osm, .osm.pbf), or leave the file empty and choose a line layer (a file GDAL reads can be added "
                "to the project as a layer first)."
            ).format(path=path)
        return super().checkParameterValues(parameters, context)

    def profile_id(self, parameters, context) -> str:
        return PROFILE_IDS[self.parameterAsEnum(parameters, self.PROFILE, context)]

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
        network = self._build(layer, layer, Path(path).name, (class_field, None, None), options, progress)
        network_engine.CACHE.put(key, network)
        return network

    def _network_from_layer(self, parameters, context, options, progress) -> network_engine.Network:
        source = self.parameterAsSource(parameters, self.NETWORK, context)
        if source is None:
            raise QgsProcessingException(tr("Choose a road network: a line layer or a network file."))
        fields = source.fields().names()
        class_field = self.parameterAsString(parameters, self.CLASS_FIELD, context) or (
            "highway" if "highway" in fields else None
        )
        direction_field = self.parameterAsString(parameters, self.DIRECTION_FIELD, context) or (
            "oneway" if "oneway" in fields else None
        )
        speed_field = self.parameterAsString(parameters, self.SPEED_FIELD, context) or None
        key = self._cache_key(parameters, context, source, options, (class_field, speed_field, direction_field))
        network = network_engine.CACHE.get(key) if key else None
        if network is not None:
            progress.info(tr("Network reused from this session (not rebuilt)."))
            return network
        value = parameters.get(self.NETWORK)
        selected = isinstance(value, QgsProcessingFeatureSourceDefinition) and value.selectedFeaturesOnly
        layer = None if selected else self.parameterAsVectorLayer(parameters, self.NETWORK, context)
        name = self.source_title(parameters, self.NETWORK, context, source)
        network = self._build(
            source, layer, name, (class_field, speed_field, direction_field), options, progress, context=context
        )
        if key:
            network_engine.CACHE.put(key, network)
        return network

    @staticmethod
    def _build(source, layer, name: str, fields, options, progress, *, context=None) -> network_engine.Network:
        """Build the network of a line source (``layer``, when given, may be read in bulk)."""
        class_field, speed_field, direction_field = fields
        lines = bridge.read_network_lines(
            source,
            class_field=class_field,
            speed_field=speed_field,
            direction_field=direction_field if direction_field != "oneway" else None,
            context=context,
            feedback=Band(progress, 0, 30),
            layer=layer,
            name=name,
        )
        if lines.missing_geometry:
            progress.warn(tr("{n} lines of the network have no geometry and are left out.").format(n=len(lines.missing_geometry)))
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

    def _cache_key(self, parameters, context, source, options, fields) -> str | None:
        value = parameters.get(self.NETWORK)
        if isinstance(value, QgsProcessingFeatureSourceDefinition) and value.selectedFeaturesOnly:
            return None  # a selection may change at any time
        layer = self.parameterAsVectorLayer(parameters, self.NETWORK, context)
        if layer is None:
            return None
        return "|".join(["layer", bridge.layer_state(layer), options.key(), repr(fields), source.sourceCrs().authid()])
