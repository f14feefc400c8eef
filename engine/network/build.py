"""Routable road networks built from edge tables, for walk, cycle and drive.

A :class:`Network` is made from single lines (vertex arrays) and one row of
attributes per source feature (:func:`build_network`), or from an OSM XML
file through osmnx (:func:`network_from_osm_xml`). Lines are split into edges
at every vertex they share with another line (and, optionally, where they
cross without a shared vertex, except on bridges and tunnels); line ends
closer than a snapping tolerance to another vertex are joined to it.

For each profile (walk, cycle, drive) the network keeps which edges can be
used in which direction, at what speed, the island (connected component) each
edge belongs to, and a compressed sparse row (CSR) graph of arcs weighted by
travel time in seconds and length in metres, ready for
:func:`scipy.sparse.csgraph.dijkstra`. Points are snapped onto the nearest
point of the nearest usable edge with a KD-tree (:meth:`Network.snap`).

Coordinates are in a projected CRS with metres as unit; the caller keeps the
CRS (``meta["crs"]``). Speed rules (OpenStreetMap tags, UK and French road
class defaults, mph/km/h parsing) are documented in :class:`NetworkOptions`.
"""

from __future__ import annotations

import itertools
import json
import math
import re
from collections import OrderedDict
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

import numpy as np

try:
    import pandas as pd
except ImportError:  # the plugin still loads; algorithms refuse to run (see engine.dependencies)
    pd = None

from ..arrays import ranges
from ..dependencies import require
from ..errors import InvalidInputError
from ..i18n import format_count, format_examples, tr
from ..progress import NullProgress, Progress, check_cancelled

PROFILES = ("walk", "cycle", "drive")
MPH = 1.609344
FORMAT = "placeinsight-network/1"

#: Typical drive speeds (km/h) by road class where no speed field or maxspeed says otherwise.
#: OpenStreetMap ``highway`` values and Ordnance Survey Open Roads ``roadClassification`` values.
UK_SPEEDS_MPH = {
    "motorway": 70,
    "motorway_link": 40,
    "trunk": 60,
    "trunk_link": 40,
    "primary": 40,
    "primary_link": 30,
    "secondary": 30,
    "secondary_link": 30,
    "tertiary": 30,
    "tertiary_link": 30,
    "unclassified": 30,
    "residential": 25,
    "living_street": 10,
    "service": 10,
    "road": 20,
    "a road": 50,
    "b road": 40,
    "classified unnumbered": 30,
    "not classified": 20,
    "unknown": 20,
}
FRANCE_SPEEDS_KMH = {
    "motorway": 130,
    "motorway_link": 70,
    "trunk": 110,
    "trunk_link": 70,
    "primary": 80,
    "primary_link": 50,
    "secondary": 80,
    "secondary_link": 50,
    "tertiary": 70,
    "tertiary_link": 50,
    "unclassified": 50,
    "residential": 30,
    "living_street": 20,
    "service": 20,
    "road": 30,
    # IGN BD TOPO ``nature`` (versions 2 and 3); chemins, sentiers, escaliers and pistes cyclables carry no cars
    "autoroute": 130,
    "type autoroutier": 130,
    "quasi-autoroute": 110,
    "route à 2 chaussées": 110,
    "route à 1 chaussée": 80,
    "route empierrée": 30,
    "bretelle": 70,
    "rond-point": 30,
}
COUNTRY_SPEEDS = {
    "uk": {k: v * MPH for k, v in UK_SPEEDS_MPH.items()},
    "fr": {k: float(v) for k, v in FRANCE_SPEEDS_KMH.items()},
}
#: maxspeed zone codes (km/h).
ZONE_SPEEDS = {
    "gb:nsl_single": 60 * MPH,
    "gb:nsl_dual": 70 * MPH,
    "gb:motorway": 70 * MPH,
    "gb:urban": 30 * MPH,
    "uk:nsl_single": 60 * MPH,
    "uk:nsl_dual": 70 * MPH,
    "uk:motorway": 70 * MPH,
    "fr:urban": 50.0,
    "fr:rural": 80.0,
    "fr:trunk": 110.0,
    "fr:motorway": 130.0,
    "fr:zone30": 30.0,
    "fr:walk": 6.0,
    "walk": 6.0,
    "living_street": 20.0,
}
#: Classes nobody travels on (under construction, proposed, racing tracks…) and BD TOPO ferry crossings, whose
#: time is the timetable's, not a speed's.
NEVER_ROUTABLE = frozenset(
    {
        "proposed",
        "construction",
        "abandoned",
        "disused",
        "razed",
        "raceway",
        "bus_guideway",
        "escape",
        "planned",
        "no",
        "elevator",
        "emergency_bay",
        "bac auto",
        "bac piéton",
        "bac ou liaison maritime",
    }
)
#: BD TOPO motorways, which walkers and cyclists may not use either.
_FR_MOTORWAYS = ("autoroute", "type autoroutier", "quasi-autoroute")
WALK_EXCLUDED = ("motorway", "motorway_link", "trunk", "trunk_link", *_FR_MOTORWAYS)
CYCLE_EXCLUDED = (
    "motorway",
    "motorway_link",
    "footway",
    "steps",
    "corridor",
    "escalator",
    "platform",
    "pedestrian",
    *_FR_MOTORWAYS,
    "escalier",
)
TRUE_TAGS = frozenset({"yes", "designated", "permissive", "official", "destination", "true", "1"})
FALSE_TAGS = frozenset({"no", "private", "false", "0", "use_sidepath", "dismount"})
TAG_COLUMNS = (
    "highway",
    "maxspeed",
    "oneway",
    "junction",
    "access",
    "foot",
    "bicycle",
    "motor_vehicle",
    "motorcar",
    "bridge",
    "tunnel",
    "layer",
    "oneway:bicycle",
)

_OTHER_TAG = re.compile(r'"((?:[^"\\]|\\.)*)"=>"((?:[^"\\]|\\.)*)"')
_SPEED = re.compile(r"^(\d+(?:[.,]\d+)?)\s*(mph|km/h|kmh|kph|km/hr|kmph|knots)?$")


@dataclass(frozen=True)
class NetworkOptions:
    """How lines become a routable network; every default can be overridden.

    Attributes
    ----------
    walk_kmh, cycle_kmh
        Walking (4.8 km/h) and cycling (15 km/h) speeds.
    country
        ``"uk"`` or ``"fr"``: the table of drive speeds by road class used when
        neither the speed field nor ``maxspeed`` gives one (UK: motorway 70 mph,
        trunk 60, primary 40, secondary/tertiary/unclassified 30, residential
        25, service 10…; France: autoroute 130 km/h, trunk 110, primary and
        secondary 80, tertiary 70, unclassified 50, residential 30…).
    class_speeds
        Overrides of that table, ``(("residential", 32.0), …)`` in km/h.
    default_drive_kmh
        Drive speed of roads without any class, speed or maxspeed (30 km/h).
    speed_unit
        Unit of the speed field: ``"kmh"`` or ``"mph"``.
    forward_values, backward_values, both_values
        Spellings of the direction field (compared trimmed and in lower case)
        meaning one-way along the line, one-way against it, or two-way. The
        defaults read OpenStreetMap's ``oneway`` and OS-style values.
    cycle_oneway
        Whether one-way streets bind cyclists (True). OpenStreetMap's
        ``oneway:bicycle`` then decides street by street: ``no`` opens a
        one-way street to cyclists both ways, ``yes`` or ``-1`` makes a
        street one-way for them.
    walk_excluded, cycle_excluded
        Road classes walkers / cyclists may not use (motorways and trunk roads
        for walking; motorways, footways, steps and pedestrian streets for
        cycling) unless ``foot``/``bicycle`` says yes.
    snap_tolerance
        Line ends closer than this (metres) to another line's vertex are joined.
    connect_crossings
        Whether lines that cross without a shared vertex are joined there
        (never where either is a bridge or tunnel, or their layers differ).
    """

    walk_kmh: float = 4.8
    cycle_kmh: float = 15.0
    country: str = "uk"
    class_speeds: tuple[tuple[str, float], ...] = ()
    default_drive_kmh: float = 30.0
    speed_unit: str = "kmh"
    forward_values: tuple[str, ...] = (
        "yes",
        "true",
        "1",
        "forward",
        "f",
        "y",
        "t",
        "ft",
        "indirection",
        "in direction",
        "one way",
        "oneway",
    )
    backward_values: tuple[str, ...] = (
        "-1",
        "reverse",
        "backward",
        "tf",
        "inoppositedirection",
        "in opposite direction",
        "opposite",
    )
    both_values: tuple[str, ...] = (
        "no",
        "false",
        "0",
        "both",
        "n",
        "bothdirections",
        "both directions",
        "two way",
        "twoway",
        "reversible",
        "alternating",
    )
    cycle_oneway: bool = True
    walk_excluded: tuple[str, ...] = WALK_EXCLUDED
    cycle_excluded: tuple[str, ...] = CYCLE_EXCLUDED
    snap_tolerance: float = 0.0
    connect_crossings: bool = False

    def __post_init__(self) -> None:
        for name in ("walk_kmh", "cycle_kmh", "default_drive_kmh"):
            value = getattr(self, name)
            if not (isinstance(value, (int, float)) and math.isfinite(value) and value > 0):
                raise InvalidInputError(
                    tr("The speed {name} must be a positive number of km/h, not {value}.").format(name=name, value=value)
                )
        if self.country not in COUNTRY_SPEEDS:
            raise InvalidInputError(
                tr("Unknown country {country} for road-class speeds; use one of: {known}.").format(
                    country=self.country, known=", ".join(COUNTRY_SPEEDS)
                )
            )
        if self.speed_unit not in ("kmh", "mph"):
            raise InvalidInputError(tr("The speed unit must be kmh or mph, not {unit}.").format(unit=self.speed_unit))
        if not math.isfinite(self.snap_tolerance) or self.snap_tolerance < 0:
            raise InvalidInputError(tr("The snapping tolerance must be zero or a positive number of metres."))

    def class_speed_table(self) -> dict[str, float]:
        table = dict(COUNTRY_SPEEDS[self.country])
        table.update({str(k).strip().lower(): float(v) for k, v in self.class_speeds})
        return table

    def key(self) -> str:
        """A stable text of every option (part of cache keys)."""
        return json.dumps(asdict(self), sort_keys=True, ensure_ascii=False)


# -- tags and speeds ------------------------------------------------------------
def parse_other_tags(text) -> dict[str, str]:
    """The ``"key"=>"value"`` pairs of GDAL's OSM ``other_tags`` field as a dict."""
    if text is None or (isinstance(text, float) and math.isnan(text)):
        return {}
    return {k.replace('\\"', '"'): v.replace('\\"', '"') for k, v in _OTHER_TAG.findall(str(text))}


def parse_speed(value, *, unit: str = "kmh") -> float:
    """A speed in km/h from a number or a ``maxspeed`` text; NaN when it says none.

    Understands ``50``, ``"50"``, ``"30 mph"``, ``"20mph"``, ``"50 km/h"``,
    zone codes (``GB:nsl_single``, ``FR:urban``, ``FR:zone30``), ``walk`` and
    lists (``"50;30"`` → the lowest). Numbers without unit are in ``unit``.
    Zero, negative and unreadable values give NaN.
    """
    if value is None or isinstance(value, bool):
        return math.nan
    if isinstance(value, (int, float, np.integer, np.floating)):
        number = float(value)
        if not math.isfinite(number) or number <= 0:
            return math.nan
        return number * MPH if unit == "mph" else number
    text = str(value).strip().lower()
    if not text:
        return math.nan
    if ";" in text or "|" in text:
        speeds = [parse_speed(part, unit=unit) for part in re.split(r"[;|]", text)]
        speeds = [s for s in speeds if not math.isnan(s)]
        return min(speeds) if speeds else math.nan
    if text in ZONE_SPEEDS:
        return ZONE_SPEEDS[text]
    zone = re.match(r"^[a-z]{2}:zone:?(\d+)$", text)
    if zone:
        return float(zone.group(1))
    match = _SPEED.match(text)
    if not match:
        return math.nan
    number = float(match.group(1).replace(",", "."))
    if number <= 0:
        return math.nan
    suffix = match.group(2)
    if suffix == "mph" or (suffix is None and unit == "mph"):
        return number * MPH
    if suffix == "knots":
        return number * 1.852
    return number


def _parse_speeds(values: np.ndarray, *, unit: str = "kmh") -> np.ndarray:
    """:func:`parse_speed` of many values: numbers at once, each distinct text once."""
    numbers = pd.to_numeric(pd.Series(values, dtype=object), errors="coerce").to_numpy(dtype=float)
    result = np.where(numbers > 0, numbers * (MPH if unit == "mph" else 1.0), np.nan)
    texts = pd.isna(numbers) & pd.notna(pd.Series(values, dtype=object)).to_numpy()
    if texts.any():
        distinct = {value: parse_speed(value, unit=unit) for value in set(values[texts].tolist())}
        result[texts] = [distinct[value] for value in values[texts].tolist()]
    return result


def _per_distinct(values, function, dtype=object) -> np.ndarray:
    """``function`` of every value, computed once per distinct value (None and NaN are given as None).

    Road layers repeat a few dozen tag values over hundreds of thousands of lines.
    """
    codes, uniques = pd.factorize(np.asarray(values, dtype=object), use_na_sentinel=True)
    table = np.empty(len(uniques) + 1, dtype=dtype)
    for i, value in enumerate(uniques.tolist() + [None]):
        table[i] = function(value)
    return table[codes]


def _tag_text(value) -> str | None:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    text = str(value).strip().lower()
    if isinstance(value, (float, np.floating)) and float(value).is_integer():
        text = str(int(value))
    return text or None


def _text_column(frame: pd.DataFrame, name: str) -> np.ndarray:
    if name not in frame.columns:
        return np.full(len(frame), None, dtype=object)
    return _per_distinct(frame[name].to_numpy(dtype=object), _tag_text)


def normalise_tags(attributes: pd.DataFrame) -> pd.DataFrame:
    """Attributes with OSM tags from ``other_tags`` moved into their own columns.

    Columns already present win over ``other_tags``. Every column of
    :data:`TAG_COLUMNS` (and ``speed``/``direction`` when given) is returned
    as lower-case trimmed text or None.
    """
    frame = attributes.copy()
    if "other_tags" in frame.columns:
        parsed = [parse_other_tags(v) for v in frame["other_tags"].to_numpy(dtype=object)]
        for tag in TAG_COLUMNS:
            from_tags = np.array([p.get(tag) for p in parsed], dtype=object)
            if tag in frame.columns:
                current = frame[tag].to_numpy(dtype=object)
                empty = pd.isna(pd.Series(current)).to_numpy()
                current = current.copy()
                current[empty] = from_tags[empty]
                frame[tag] = current
            elif any(v is not None for v in from_tags):
                frame[tag] = from_tags
    result = pd.DataFrame(index=frame.index)
    for tag in TAG_COLUMNS + ("direction",):
        result[tag] = _text_column(frame, tag)
    result["speed"] = frame["speed"].to_numpy(dtype=object) if "speed" in frame.columns else None
    result["has_class"] = "highway" in frame.columns
    return result


@dataclass(frozen=True)
class LineParts:
    """Single lines held as one vertex array: part ``i`` is ``xy[offsets[i]:offsets[i + 1]]``.

    The layer reader fills it in one go, so that a network of 100,000 lines
    is never 100,000 small arrays.
    """

    xy: np.ndarray
    offsets: np.ndarray

    @classmethod
    def from_arrays(cls, parts: Sequence[np.ndarray]) -> LineParts:
        arrays = [np.asarray(p, dtype=float).reshape(len(p), -1)[:, :2] for p in parts]
        counts = np.array([len(a) for a in arrays], dtype=np.int64)
        xy = np.concatenate(arrays) if arrays else np.zeros((0, 2))
        return cls(xy, np.concatenate([[0], np.cumsum(counts)]))

    @property
    def counts(self) -> np.ndarray:
        return np.diff(self.offsets)

    def __len__(self) -> int:
        return len(self.offsets) - 1


@dataclass(frozen=True)
class TravelMode:
    """One travel mode on a network: usable edges, directions, speeds, islands and the CSR graph.

    ``speed_kmh[e]`` is NaN where edge ``e`` cannot be used. ``forward``
    (start → end of the edge's geometry) and ``backward`` say which
    directions are open. ``island[e]`` is the weakly connected component of
    the edge, 0 for the largest, -1 for unusable edges. The CSR arrays hold
    one arc per (from, to) node pair (the fastest of parallel edges):
    ``time_s``, ``length_m`` and ``arc_edge`` (the edge it runs along).
    """

    name: str
    speed_kmh: np.ndarray
    forward: np.ndarray
    backward: np.ndarray
    island: np.ndarray
    indptr: np.ndarray
    indices: np.ndarray
    time_s: np.ndarray
    length_m: np.ndarray
    arc_edge: np.ndarray
    n_nodes: int

    @property
    def usable(self) -> np.ndarray:
        return ~np.isnan(self.speed_kmh)

    @property
    def seconds_per_metre(self) -> np.ndarray:
        with np.errstate(divide="ignore", invalid="ignore"):
            return 3.6 / self.speed_kmh

    def graph(self):
        """The CSR matrix of travel times (seconds) between nodes."""
        from scipy.sparse import csr_matrix

        return csr_matrix((self.time_s, self.indices, self.indptr), shape=(self.n_nodes, self.n_nodes))

    def arc_keys(self) -> np.ndarray:
        """``from * n + to`` of every arc, sorted (for looking arcs up)."""
        rows = np.repeat(np.arange(self.n_nodes, dtype=np.int64), np.diff(self.indptr))
        return rows * self.n_nodes + self.indices.astype(np.int64)

    @property
    def n_islands(self) -> int:
        return int(self.island.max()) + 1 if (self.island >= 0).any() else 0


@dataclass(frozen=True)
class Snap:
    """Points snapped onto a profile's usable edges.

    ``edge`` is -1 where a point is farther than the tolerance (or has no
    coordinates); ``offset`` is the distance in metres from the edge's start
    along its geometry, ``distance`` the straight-line distance from the point
    to the snapped position ``xy``.
    """

    edge: np.ndarray
    offset: np.ndarray
    distance: np.ndarray
    xy: np.ndarray

    @property
    def ok(self) -> np.ndarray:
        return self.edge >= 0

    def __len__(self) -> int:
        return len(self.edge)


class TravelModes(Mapping):
    """The profiles of a network, each made (:func:`make_travel_mode`) when first used.

    A run uses one profile; building the graphs of the others would only
    cost time. Holds the arguments of :func:`make_travel_mode` per profile
    (plain arrays, so a network still pickles for the process pool).
    """

    def __init__(self, arguments: dict[str, tuple]) -> None:
        self._arguments = dict(arguments)
        self._made: dict[str, TravelMode] = {}

    def __getitem__(self, name: str) -> TravelMode:
        made = self._made.get(name)
        if made is None:
            made = self._made[name] = make_travel_mode(name, *self._arguments[name])
        return made

    def __iter__(self):
        return iter(self._arguments)

    def __len__(self) -> int:
        return len(self._arguments)


@dataclass
class Network:
    """A routable network: nodes, edges with geometry, and one :class:`TravelMode` per travel mode.

    Edge ``e`` runs from node ``edge_u[e]`` to ``edge_v[e]``; its geometry is
    ``vertices[edge_start[e]:edge_end[e] + 1]`` and ``edge_source[e]`` is the
    row of the input feature it comes from (``source_ids`` gives that
    feature's id). ``report`` counts what was left out or assumed.
    """

    node_xy: np.ndarray
    vertices: np.ndarray
    edge_start: np.ndarray
    edge_end: np.ndarray
    edge_u: np.ndarray
    edge_v: np.ndarray
    edge_length: np.ndarray
    edge_source: np.ndarray
    edge_class: np.ndarray
    source_ids: np.ndarray
    profiles: Mapping[str, TravelMode]
    options: NetworkOptions
    report: dict = field(default_factory=dict)
    meta: dict = field(default_factory=dict)
    _snap_index: dict = field(default_factory=dict, repr=False, compare=False)

    @property
    def n_nodes(self) -> int:
        return len(self.node_xy)

    @property
    def n_edges(self) -> int:
        return len(self.edge_u)

    def profile(self, name: str) -> TravelMode:
        if name not in self.profiles:
            raise InvalidInputError(
                tr("Unknown travel profile {name}; use one of: {known}.").format(name=name, known=", ".join(PROFILES))
            )
        return self.profiles[name]

    def edge_coordinates(self, edge: int) -> np.ndarray:
        return self.vertices[self.edge_start[edge] : self.edge_end[edge] + 1]

    def edge_part(self, edge: int, start: float, end: float) -> np.ndarray:
        """The vertices of edge ``edge`` between ``start`` and ``end`` metres from its start."""
        return cut_line(self.edge_coordinates(edge), start, end)

    def snap(self, profile: str, xy: np.ndarray, *, tolerance: float | None = None) -> Snap:
        """Snap points onto the nearest point of the nearest edge the profile can use.

        The KD-tree holds points every few metres along every segment; the
        nearest of them bounds the search, then every segment with a point
        within that bound plus half the spacing is measured exactly, so the
        result is the true nearest point on the network.
        """
        return snap_points(self, profile, xy, tolerance=tolerance)


# -- building ---------------------------------------------------------------------
def build_network(
    parts: Sequence[np.ndarray] | LineParts,
    owner: np.ndarray,
    attributes: pd.DataFrame,
    *,
    options: NetworkOptions | None = None,
    source_ids: np.ndarray | None = None,
    progress: Progress | None = None,
) -> Network:
    """Build a routable network from single lines and their features' attributes.

    Parameters
    ----------
    parts
        One ``(m, 2)`` vertex array per single line (a multi-line feature gives several), or
        the same as one :class:`LineParts`.
    owner
        For each part, the row of ``attributes`` it belongs to.
    attributes
        One row per input feature. Recognised columns: ``highway`` (road
        class), ``maxspeed``, ``oneway`` or ``direction``, ``junction``,
        ``access``, ``foot``, ``bicycle``, ``motor_vehicle``, ``motorcar``,
        ``bridge``, ``tunnel``, ``layer``, ``other_tags`` (GDAL's OSM hstore
        text) and ``speed`` (a drive speed in ``options.speed_unit``).
    options
        :class:`NetworkOptions`.
    source_ids
        The feature id of each row of ``attributes``, for messages.

    Returns
    -------
    Network
    """
    options = options or NetworkOptions()
    progress = progress or NullProgress()
    owner = np.asarray(owner, dtype=np.int64)
    n_features = len(attributes)
    source_ids = np.arange(n_features) if source_ids is None else np.asarray(source_ids)
    if len(parts) == 0:
        raise InvalidInputError(tr("The network has no lines: give a line layer with at least one road."))
    report: dict = {"features": n_features, "parts": len(parts)}
    tags = normalise_tags(attributes)
    check_cancelled(progress)
    parts = parts if isinstance(parts, LineParts) else LineParts.from_arrays(parts)
    if options.connect_crossings:
        parts = _node_crossings(parts, owner, tags, report)
    progress.set_progress(20)
    check_cancelled(progress)
    topology = _topology(parts, owner, options.snap_tolerance, report)
    progress.set_progress(50)
    check_cancelled(progress)
    if len(topology["edge_u"]) == 0:
        raise InvalidInputError(tr("The network has no usable edge: every line has zero length."))
    edge_source = owner[topology["edge_part"]]
    edge_class = tags["highway"].to_numpy(dtype=object)[edge_source]
    rules = _profile_rules(tags, options, report, source_ids)
    profiles = TravelModes(
        {
            name: (
                topology["edge_u"],
                topology["edge_v"],
                topology["edge_length"],
                *(r[edge_source] for r in rules[name]),
                topology["n_nodes"],
            )
            for name in PROFILES
        }
    )
    progress.set_progress(100)
    network = Network(
        node_xy=topology["node_xy"],
        vertices=topology["vertices"],
        edge_start=topology["edge_start"],
        edge_end=topology["edge_end"],
        edge_u=topology["edge_u"],
        edge_v=topology["edge_v"],
        edge_length=topology["edge_length"],
        edge_source=edge_source,
        edge_class=np.asarray(edge_class, dtype=object),
        source_ids=source_ids,
        profiles=profiles,
        options=options,
        report=report,
    )
    return network


def _node_crossings(parts: LineParts, owner: np.ndarray, tags: pd.DataFrame, report: dict) -> LineParts:
    """Insert a shared vertex where segments of two lines cross (not on bridges, tunnels or other layers)."""
    shapely = require("shapely")
    counts = parts.counts
    vertices = parts.xy
    part_of = np.repeat(np.arange(len(parts)), counts)
    last = np.cumsum(counts) - 1
    seg_start = np.setdiff1d(np.arange(len(vertices) - 1), last)
    a = vertices[seg_start]
    b = vertices[seg_start + 1]
    segments = shapely.linestrings(np.stack([a, b], axis=1))
    tree = shapely.STRtree(segments)
    left, right = tree.query(segments, predicate="intersects")
    keep = left < right
    left, right = left[keep], right[keep]
    feature_left = owner[part_of[seg_start[left]]]
    feature_right = owner[part_of[seg_start[right]]]
    bridge = np.array([(v is not None and v not in FALSE_TAGS) for v in tags["bridge"]], dtype=bool)
    tunnel = np.array([(v is not None and v not in FALSE_TAGS) for v in tags["tunnel"]], dtype=bool)
    layer = np.array([v or "0" for v in tags["layer"]], dtype=object)
    apart = (
        bridge[feature_left]
        | bridge[feature_right]
        | tunnel[feature_left]
        | tunnel[feature_right]
        | (layer[feature_left] != layer[feature_right])
    )
    report["crossings_not_joined"] = 0
    points = shapely.intersection(segments[left], segments[right])
    is_point = shapely.get_type_id(points) == 0
    left, right, points, apart = left[is_point], right[is_point], points[is_point], apart[is_point]
    xy = shapely.get_coordinates(points) if len(points) else np.zeros((0, 2))
    new_keys = []
    new_xy = []
    for segs in (left, right):
        start = a[segs]
        vector = b[segs] - start
        length2 = np.einsum("ij,ij->i", vector, vector)
        with np.errstate(divide="ignore", invalid="ignore"):
            t = np.einsum("ij,ij->i", xy - start, vector) / length2
        inner = (t > 1e-9) & (t < 1 - 1e-9) & ~apart
        new_keys.append(seg_start[segs][inner] + t[inner])
        new_xy.append(xy[inner])
    shared = apart.size - int(apart.sum())
    report["crossings_joined"] = int(shared)
    report["crossings_not_joined"] = int(apart.sum())
    keys = np.concatenate([np.arange(len(vertices), dtype=float)] + new_keys)
    all_xy = np.concatenate([vertices] + new_xy)
    all_part = np.concatenate([part_of] + [part_of[np.floor(k).astype(np.int64)] for k in new_keys])
    order = np.argsort(keys, kind="stable")
    all_xy, all_part = all_xy[order], all_part[order]
    return LineParts(all_xy, np.concatenate([[0], np.cumsum(np.bincount(all_part, minlength=len(parts)))]))


def _topology(parts: LineParts, owner: np.ndarray, tolerance: float, report: dict) -> dict:
    """Nodes at shared vertices (and snapped ends), edges between consecutive nodes of each line."""
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components
    from scipy.spatial import cKDTree

    counts = parts.counts
    vertices = parts.xy
    bad = ~np.isfinite(vertices).all(axis=1)
    if bad.any():
        raise InvalidInputError(
            tr("{n} vertices of the network have no valid coordinates.").format(n=format_count(int(bad.sum())))
        )
    part_of = np.repeat(np.arange(len(parts)), counts)
    # identical coordinates (to the millimetre) are one place
    quantised = np.round(vertices * 1000.0).astype(np.int64)
    order = np.lexsort((quantised[:, 1], quantised[:, 0]))
    changed = np.ones(len(order), dtype=bool)
    changed[1:] = (np.diff(quantised[order], axis=0) != 0).any(axis=1)
    coordinate = np.empty(len(order), dtype=np.int64)
    coordinate[order] = np.cumsum(changed) - 1
    n_coordinates = int(coordinate.max()) + 1
    group = coordinate
    first = np.cumsum(counts) - counts
    last = first + counts - 1
    if tolerance > 0:
        unique_xy = np.zeros((n_coordinates, 2))
        unique_xy[coordinate] = vertices
        tree = cKDTree(unique_xy)
        ends = np.unique(coordinate[np.concatenate([first, last])])
        neighbours = tree.query_ball_point(unique_xy[ends], r=tolerance, return_sorted=False)
        sizes = np.fromiter(map(len, neighbours), dtype=np.int64, count=len(neighbours))
        rows = np.repeat(ends, sizes)
        cols = np.fromiter(itertools.chain.from_iterable(neighbours), dtype=np.int64, count=int(sizes.sum()))
        graph = coo_matrix((np.ones(len(rows)), (rows, cols)), shape=(n_coordinates, n_coordinates))
        _, label = connected_components(graph, directed=False)
        joined = int(n_coordinates - (label.max() + 1))
        report["ends_snapped"] = joined
        group = label[coordinate]
    # representative coordinate of each group: its most used coordinate
    n_groups = int(group.max()) + 1
    usage = np.bincount(coordinate, minlength=n_coordinates)[coordinate]
    order = np.lexsort((-usage, group))
    leader = order[np.concatenate([[True], group[order][1:] != group[order][:-1]])]
    representative = np.zeros((n_groups, 2))
    representative[group[leader]] = vertices[leader]
    # drop consecutive repeats of a place within a line
    same_as_previous = np.zeros(len(vertices), dtype=bool)
    same_as_previous[1:] = (group[1:] == group[:-1]) & (part_of[1:] == part_of[:-1])
    keep = ~same_as_previous
    vertices, group, part_of = vertices[keep], group[keep], part_of[keep]
    counts = np.bincount(part_of, minlength=len(parts))
    degenerate = np.flatnonzero(counts < 2)
    report["zero_length_lines"] = int(len(degenerate))
    report["zero_length_features"] = sorted(set(owner[degenerate].tolist()))
    valid_part = counts >= 2
    keep = valid_part[part_of]
    vertices, group, part_of = vertices[keep], group[keep], part_of[keep]
    if len(vertices) == 0:
        return {"edge_u": np.zeros(0, np.int64)}
    counts = np.bincount(part_of, minlength=len(parts))
    first = (np.cumsum(counts) - counts)[valid_part]
    last = first + counts[valid_part] - 1
    vertices = representative[group].copy() if tolerance > 0 else vertices.copy()
    vertices[first] = representative[group[first]]
    vertices[last] = representative[group[last]]
    uses = np.bincount(group, minlength=n_groups)
    is_node = uses[group] >= 2
    is_node[first] = True
    is_node[last] = True
    node_positions = np.flatnonzero(is_node)
    pairs_same_part = part_of[node_positions[:-1]] == part_of[node_positions[1:]]
    edge_start = node_positions[:-1][pairs_same_part]
    edge_end = node_positions[1:][pairs_same_part]
    segment = np.zeros(len(vertices))
    segment[1:] = np.hypot(*(vertices[1:] - vertices[:-1]).T)
    segment[first] = 0.0
    cumulative = np.cumsum(segment)
    edge_length = cumulative[edge_end] - cumulative[edge_start]
    node_groups, node_index = np.unique(group[node_positions], return_inverse=True)
    node_of_group = np.full(n_groups, -1, dtype=np.int64)
    node_of_group[node_groups] = np.arange(len(node_groups))
    report["edges"] = int(len(edge_start))
    report["nodes"] = int(len(node_groups))
    zero = edge_length <= 0
    report["zero_length_edges"] = int(zero.sum())
    return {
        "node_xy": representative[node_groups],
        "vertices": vertices,
        "edge_start": edge_start,
        "edge_end": edge_end,
        "edge_u": node_of_group[group[edge_start]],
        "edge_v": node_of_group[group[edge_end]],
        "edge_length": edge_length,
        "edge_part": part_of[edge_start],
        "n_nodes": int(len(node_groups)),
    }


def _flag(values: np.ndarray, allowed: frozenset) -> np.ndarray:
    return _per_distinct(values, lambda v: v is not None and v in allowed, bool)


def _profile_rules(tags: pd.DataFrame, options: NetworkOptions, report: dict, source_ids: np.ndarray) -> dict:
    """Per input feature and profile: (speed km/h or NaN, forward allowed, backward allowed)."""
    n = len(tags)
    road_class = tags["highway"].to_numpy(dtype=object)
    has_class = bool(tags["has_class"].iloc[0]) if n else False
    no_class = _per_distinct(road_class, lambda v: v is None, bool) if has_class else np.zeros(n, bool)
    report["no_class"] = int(no_class.sum())
    never = _flag(road_class, NEVER_ROUTABLE)
    access = tags["access"].to_numpy(dtype=object)
    closed = _flag(access, FALSE_TAGS)
    foot, bicycle = tags["foot"].to_numpy(dtype=object), tags["bicycle"].to_numpy(dtype=object)
    motor = np.where(pd.isna(tags["motorcar"]), tags["motor_vehicle"], tags["motorcar"]).astype(object)
    base = ~no_class & ~never

    walk_ok = base & ~closed & ~np.isin(road_class.astype(str), list(options.walk_excluded))
    walk_ok = (walk_ok | (base & _flag(foot, TRUE_TAGS))) & ~_flag(foot, FALSE_TAGS)
    cycle_ok = base & ~closed & ~np.isin(road_class.astype(str), list(options.cycle_excluded))
    cycle_ok = (cycle_ok | (base & _flag(bicycle, TRUE_TAGS))) & ~_flag(bicycle, FALSE_TAGS)

    table = options.class_speed_table()
    class_speed = _per_distinct(road_class, lambda v: table.get(v, math.nan) if v is not None else math.nan, float)
    drive_class = ~np.isnan(class_speed) if has_class else np.ones(n, bool)
    drive_ok = base & drive_class & ~closed
    drive_ok = (drive_ok | (base & drive_class & _flag(motor, TRUE_TAGS))) & ~_flag(motor, FALSE_TAGS)
    speed = _drive_speeds(tags, options, class_speed, report, source_ids)
    not_driveable = base & ~drive_class
    report["not_driveable_classes"] = pd.Series(road_class[not_driveable]).value_counts().to_dict() if not_driveable.any() else {}

    forward, backward = _directions(tags, options, report, source_ids)
    both = np.ones(n, dtype=bool)
    cycle_forward, cycle_backward = both, both
    if options.cycle_oneway:  # OpenStreetMap's oneway:bicycle: contraflow cycling, or one-way for cyclists only
        own = _direction_kinds(tags["oneway:bicycle"].to_numpy(dtype=object), options)
        said = (own >= 1) & (own <= 3)
        cycle_forward = np.where(said, own != DIRECTION_BACKWARD, forward)
        cycle_backward = np.where(said, own != DIRECTION_FORWARD, backward)
    return {
        "walk": (np.where(walk_ok, options.walk_kmh, math.nan), both, both),
        "cycle": (np.where(cycle_ok, options.cycle_kmh, math.nan), cycle_forward, cycle_backward),
        "drive": (np.where(drive_ok, speed, math.nan), forward, backward),
    }


def _drive_speeds(
    tags: pd.DataFrame, options: NetworkOptions, class_speed: np.ndarray, report: dict, source_ids: np.ndarray
) -> np.ndarray:
    """Speed field, else maxspeed, else road-class default, else the default drive speed (km/h)."""
    n = len(tags)
    field_values = tags["speed"].to_numpy(dtype=object) if tags["speed"].notna().any() else np.full(n, None)
    from_field = _parse_speeds(field_values, unit=options.speed_unit)
    has_field = "speed" in tags.columns and tags["speed"].notna().any()
    if has_field:
        kinds = {"null": [], "zero_or_negative": [], "text": []}
        for i, value in enumerate(field_values):
            if not math.isnan(from_field[i]):
                continue
            if value is None or (isinstance(value, float) and math.isnan(value)):
                kinds["null"].append(source_ids[i])
            elif isinstance(value, (int, float, np.integer, np.floating)) or _is_number(value):
                kinds["zero_or_negative"].append(source_ids[i])
            else:
                kinds["text"].append(source_ids[i])
        report["speed_field_unusable"] = {k: v for k, v in kinds.items() if v}
    from_tag = _parse_speeds(tags["maxspeed"].to_numpy(dtype=object))
    speed = np.where(~np.isnan(from_field), from_field, from_tag)
    speed = np.where(~np.isnan(speed), speed, class_speed)
    report["default_speed_edges"] = int(np.isnan(speed).sum())
    return np.where(~np.isnan(speed), speed, options.default_drive_kmh)


def _is_number(value) -> bool:
    try:
        float(str(value).replace(",", "."))
        return True
    except ValueError:
        return False


#: What a direction value says (:func:`_direction_kinds`).
DIRECTION_NONE, DIRECTION_FORWARD, DIRECTION_BACKWARD, DIRECTION_BOTH, DIRECTION_UNKNOWN = range(5)


def _direction_kinds(values: np.ndarray, options: NetworkOptions) -> np.ndarray:
    """For every direction value, which of the spellings of ``options`` it is (``DIRECTION_…``; NONE for no value)."""
    forward_only = {v.strip().lower() for v in options.forward_values}
    backward_only = {v.strip().lower() for v in options.backward_values}
    both = {v.strip().lower() for v in options.both_values}

    def kind(value) -> int:
        if value is None:
            return DIRECTION_NONE
        return (
            DIRECTION_FORWARD
            if value in forward_only
            else DIRECTION_BACKWARD
            if value in backward_only
            else DIRECTION_BOTH
            if value in both
            else DIRECTION_UNKNOWN
        )

    return _per_distinct(values, kind, np.int8)


def _directions(
    tags: pd.DataFrame, options: NetworkOptions, report: dict, source_ids: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Which directions drivers (and cyclists) may use, from ``direction``/``oneway`` and roundabouts."""
    values = tags["direction"].to_numpy(dtype=object)
    if all(v is None for v in values):
        values = tags["oneway"].to_numpy(dtype=object)
    kinds = _direction_kinds(values, options)
    roundabout = _flag(tags["junction"].to_numpy(dtype=object), frozenset(("roundabout", "circular")))
    forward = kinds != DIRECTION_BACKWARD
    backward = (kinds != DIRECTION_FORWARD) & ~(roundabout & ((kinds == DIRECTION_NONE) | (kinds == DIRECTION_UNKNOWN)))
    unknown: dict[str, list] = {}
    for i in np.flatnonzero(kinds == DIRECTION_UNKNOWN).tolist():
        unknown.setdefault(values[i], []).append(source_ids[i])
    report["unknown_directions"] = unknown
    report["one_way_features"] = int((forward != backward).sum())
    return forward, backward


def make_travel_mode(
    name: str,
    edge_u: np.ndarray,
    edge_v: np.ndarray,
    edge_length: np.ndarray,
    speed_kmh: np.ndarray,
    forward: np.ndarray,
    backward: np.ndarray,
    n_nodes: int,
) -> TravelMode:
    """A :class:`TravelMode` (CSR arcs and islands) from per-edge speeds and directions."""
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components

    speed_kmh = np.asarray(speed_kmh, dtype=float)
    usable = ~np.isnan(speed_kmh)
    forward = np.asarray(forward, bool) & usable
    backward = np.asarray(backward, bool) & usable
    edges = np.arange(len(edge_u))
    loops = edge_u == edge_v
    fwd = forward & ~loops
    bwd = backward & ~loops
    src = np.concatenate([edge_u[fwd], edge_v[bwd]])
    dst = np.concatenate([edge_v[fwd], edge_u[bwd]])
    arc_edge = np.concatenate([edges[fwd], edges[bwd]])
    length = edge_length[arc_edge]
    time_s = length * 3.6 / speed_kmh[arc_edge]
    order = np.lexsort((time_s, dst, src))
    src, dst, arc_edge, length, time_s = src[order], dst[order], arc_edge[order], length[order], time_s[order]
    first = np.ones(len(src), dtype=bool)
    first[1:] = (src[1:] != src[:-1]) | (dst[1:] != dst[:-1])
    src, dst, arc_edge, length, time_s = src[first], dst[first], arc_edge[first], length[first], time_s[first]
    indptr = np.zeros(n_nodes + 1, dtype=np.int64)
    np.cumsum(np.bincount(src, minlength=n_nodes), out=indptr[1:])
    island = np.full(len(edge_u), -1, dtype=np.int64)
    if usable.any():
        graph = coo_matrix((np.ones(int(usable.sum())), (edge_u[usable], edge_v[usable])), shape=(n_nodes, n_nodes))
        _, label = connected_components(graph, directed=False)
        edge_label = label[edge_u[usable]]
        sizes = np.bincount(edge_label)
        rank = np.empty(len(sizes), dtype=np.int64)
        rank[np.lexsort((np.arange(len(sizes)), -sizes))] = np.arange(len(sizes))
        present = np.unique(edge_label)
        compact = np.full(len(sizes), -1, dtype=np.int64)
        compact[present[np.argsort(rank[present])]] = np.arange(len(present))
        island[usable] = compact[edge_label]
    return TravelMode(
        name=name,
        speed_kmh=speed_kmh,
        forward=forward,
        backward=backward,
        island=island,
        indptr=indptr,
        indices=dst.astype(np.int32),
        time_s=time_s,
        length_m=length,
        arc_edge=arc_edge.astype(np.int64),
        n_nodes=n_nodes,
    )


# -- geometry helpers -------------------------------------------------------------
def cut_line(coordinates: np.ndarray, start: float, end: float) -> np.ndarray:
    """The part of a polyline between ``start`` and ``end`` metres from its first vertex."""
    coordinates = np.asarray(coordinates, dtype=float)
    segment = np.hypot(*np.diff(coordinates, axis=0).T)
    cumulative = np.concatenate([[0.0], np.cumsum(segment)])
    total = cumulative[-1]
    start, end = max(0.0, min(start, total)), max(0.0, min(end, total))
    if end < start:
        start, end = end, start
    inner = coordinates[(cumulative > start) & (cumulative < end)]
    return np.vstack([_point_at(coordinates, cumulative, start), inner, _point_at(coordinates, cumulative, end)])


def _point_at(coordinates: np.ndarray, cumulative: np.ndarray, distance: float) -> np.ndarray:
    i = int(np.searchsorted(cumulative, distance, side="right")) - 1
    i = min(max(i, 0), len(coordinates) - 2)
    span = cumulative[i + 1] - cumulative[i]
    t = 0.0 if span <= 0 else (distance - cumulative[i]) / span
    return coordinates[i] + (coordinates[i + 1] - coordinates[i]) * min(max(t, 0.0), 1.0)


# -- snapping -------------------------------------------------------------------
def _snap_index(network: Network, profile: str):
    cached = network._snap_index.get(profile)
    if cached is not None:
        return cached
    from scipy.spatial import cKDTree

    usable = network.profile(profile).usable
    edges = np.flatnonzero(usable)
    counts = network.edge_end[edges] - network.edge_start[edges]
    seg_edge = np.repeat(edges, counts)
    seg_start = ranges(network.edge_start[edges], counts)
    a = network.vertices[seg_start]
    b = network.vertices[seg_start + 1]
    length = np.hypot(*(b - a).T)
    before = np.concatenate([[0.0], np.cumsum(length)])[:-1]
    edge_first = np.repeat(np.cumsum(counts) - counts, counts)
    along = before - before[edge_first] if len(before) else before
    spacing = float(np.clip(np.median(length) if len(length) else 10.0, 5.0, 50.0))
    pieces = np.maximum(1, np.ceil(length / spacing)).astype(np.int64)
    sample_seg = np.repeat(np.arange(len(a)), pieces)
    t = (ranges(0, pieces) + 0.5) / pieces[sample_seg]
    samples = a[sample_seg] + (b - a)[sample_seg] * t[:, None]
    half = float((length / pieces).max() / 2.0) if len(length) else 0.0
    index = {
        "tree": cKDTree(samples) if len(samples) else None,
        "sample_seg": sample_seg,
        "a": a,
        "b": b,
        "length": length,
        "along": along,
        "seg_edge": seg_edge,
        "half": half,
    }
    network._snap_index[profile] = index
    return index


def snap_points(network: Network, profile: str, xy: np.ndarray, *, tolerance: float | None = None) -> Snap:
    """Snap points to the nearest point of the nearest usable edge (see :meth:`Network.snap`)."""
    xy = np.asarray(xy, dtype=float).reshape(-1, 2)
    n = len(xy)
    edge = np.full(n, -1, dtype=np.int64)
    offset = np.full(n, np.nan)
    distance = np.full(n, np.nan)
    snapped = np.full((n, 2), np.nan)
    index = _snap_index(network, profile)
    valid = np.isfinite(xy).all(axis=1)
    if index["tree"] is None or not valid.any():
        return Snap(edge, offset, distance, snapped)
    points = np.flatnonzero(valid)
    nearest, _ = index["tree"].query(xy[points])
    candidates = index["tree"].query_ball_point(xy[points], nearest + index["half"] + 1e-6)
    sizes = np.array([len(c) for c in candidates])
    owner = np.repeat(points, sizes)
    segs = index["sample_seg"][np.concatenate([np.asarray(c, dtype=np.int64) for c in candidates])]
    pair = np.unique(np.stack([owner, segs], axis=1), axis=0)
    owner, segs = pair[:, 0], pair[:, 1]
    a, b = index["a"][segs], index["b"][segs]
    vector = b - a
    length2 = np.einsum("ij,ij->i", vector, vector)
    with np.errstate(divide="ignore", invalid="ignore"):
        t = np.where(length2 > 0, np.einsum("ij,ij->i", xy[owner] - a, vector) / length2, 0.0)
    t = np.clip(t, 0.0, 1.0)
    foot = a + vector * t[:, None]
    d = np.hypot(*(xy[owner] - foot).T)
    order = np.lexsort((segs, d, owner))
    first = np.ones(len(order), dtype=bool)
    first[1:] = owner[order][1:] != owner[order][:-1]
    best = order[first]
    who = owner[best]
    seg = segs[best]
    edge[who] = index["seg_edge"][seg]
    offset[who] = np.clip(index["along"][seg] + t[best] * index["length"][seg], 0.0, network.edge_length[edge[who]])
    distance[who] = d[best]
    snapped[who] = foot[best]
    if tolerance is not None:
        far = distance > tolerance
        edge[far] = -1
    return Snap(edge, offset, distance, snapped)


# -- saving, loading and the session cache --------------------------------------
def save_network(network: Network, path: str | Path) -> Path:
    """Write a network to a compressed ``.npz`` file that :func:`load_network` reads back."""
    path = Path(path)
    arrays = {
        "node_xy": network.node_xy,
        "vertices": network.vertices,
        "edge_start": network.edge_start,
        "edge_end": network.edge_end,
        "edge_u": network.edge_u,
        "edge_v": network.edge_v,
        "edge_length": network.edge_length,
        "edge_source": network.edge_source,
        "edge_class": np.array(["" if c is None else str(c) for c in network.edge_class], dtype=str),
        "edge_class_null": np.array([c is None for c in network.edge_class], dtype=bool),
        "source_ids": np.asarray(network.source_ids, dtype=np.int64),
    }
    for name, profile in network.profiles.items():
        arrays[f"{name}_speed"] = profile.speed_kmh
        arrays[f"{name}_forward"] = profile.forward
        arrays[f"{name}_backward"] = profile.backward
    header = {"format": FORMAT, "options": asdict(network.options), "meta": network.meta, "report": _jsonable(network.report)}
    arrays["header"] = np.array(json.dumps(header, ensure_ascii=False))
    with path.open("wb") as handle:
        np.savez_compressed(handle, **arrays)
    return path


def _jsonable(value):
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, np.ndarray)):
        return [_jsonable(v) for v in value]
    if isinstance(value, np.integer):
        return int(value)
    if isinstance(value, np.floating):
        return float(value)
    return value


def load_network(path: str | Path) -> Network:
    """Read a network saved by :func:`save_network`."""
    path = Path(path)
    try:
        data = np.load(path, allow_pickle=False)
        header = json.loads(str(data["header"]))
    except (OSError, KeyError, ValueError) as error:
        raise InvalidInputError(
            tr("{path} is not a network file saved by Place Insight ({error}).").format(path=path, error=error)
        ) from error
    if header.get("format") != FORMAT:
        raise InvalidInputError(tr("{path} is not a network file saved by Place Insight.").format(path=path))
    options_dict = header["options"]
    for key, value in options_dict.items():
        if isinstance(value, list):
            options_dict[key] = tuple(tuple(v) if isinstance(v, list) else v for v in value)
    options = NetworkOptions(**options_dict)
    edge_class = data["edge_class"].astype(object)
    edge_class[data["edge_class_null"]] = None
    n_nodes = len(data["node_xy"])
    profiles = TravelModes(
        {
            name: (
                data["edge_u"],
                data["edge_v"],
                data["edge_length"],
                data[f"{name}_speed"],
                data[f"{name}_forward"],
                data[f"{name}_backward"],
                n_nodes,
            )
            for name in PROFILES
        }
    )
    return Network(
        node_xy=data["node_xy"],
        vertices=data["vertices"],
        edge_start=data["edge_start"],
        edge_end=data["edge_end"],
        edge_u=data["edge_u"],
        edge_v=data["edge_v"],
        edge_length=data["edge_length"],
        edge_source=data["edge_source"],
        edge_class=edge_class,
        source_ids=data["source_ids"],
        profiles=profiles,
        options=options,
        report=header.get("report", {}),
        meta=header.get("meta", {}),
    )


class NetworkCache:
    """Built networks kept in memory for the session, keyed by a text the caller computes.

    The key must change whenever the source data or the options change
    (the plugin uses the layer's source, its file size and time or edit
    counter, and :meth:`NetworkOptions.key`). The least recently used network
    is dropped beyond ``capacity``.
    """

    def __init__(self, capacity: int = 4) -> None:
        self.capacity = capacity
        self._items: OrderedDict[str, Network] = OrderedDict()
        self.hits = 0
        self.misses = 0

    def get(self, key: str) -> Network | None:
        network = self._items.get(key)
        if network is None:
            self.misses += 1
            return None
        self._items.move_to_end(key)
        self.hits += 1
        return network

    def put(self, key: str, network: Network) -> None:
        self._items[key] = network
        self._items.move_to_end(key)
        while len(self._items) > self.capacity:
            self._items.popitem(last=False)

    def clear(self) -> None:
        self._items.clear()

    def __contains__(self, key: str) -> bool:
        return key in self._items

    def __len__(self) -> int:
        return len(self._items)


#: The session-wide cache used by the plugin's algorithms.
CACHE = NetworkCache()


# -- summaries ------------------------------------------------------------------
def network_messages(network: Network, profiles: Sequence[str] = PROFILES) -> tuple[list[str], list[str]]:
    """(information, warnings) describing what was built and what was left out, translated.

    ``profiles``: the travel modes to describe (a run that uses one need not hear of the others).
    """
    report = network.report
    infos = [
        tr("Network: {nodes} nodes, {edges} edges from {features} lines.").format(
            nodes=format_count(network.n_nodes),
            edges=format_count(network.n_edges),
            features=format_count(report.get("features", 0)),
        )
    ]
    warnings = []
    for name in profiles:
        profile = network.profiles[name]
        usable = profile.usable
        km = float(network.edge_length[usable].sum()) / 1000.0
        islands = profile.n_islands
        infos.append(
            tr("{profile}: {edges} usable edges, {km} km, {islands} islands.").format(
                profile=profile_label(name), edges=format_count(int(usable.sum())), km=f"{km:,.1f}", islands=format_count(islands)
            )
        )
        if islands > 1:
            small = profile.island[usable] > 0
            warnings.append(
                tr(
                    "{profile}: {n} edges ({km} km) lie on {islands} islands not connected to the main "
                    "network; points snapped there reach only their island."
                ).format(
                    profile=profile_label(name),
                    n=format_count(int(small.sum())),
                    km=f"{float(network.edge_length[usable][small].sum()) / 1000.0:,.1f}",
                    islands=format_count(islands - 1),
                )
            )
    if report.get("no_class"):
        warnings.append(
            tr("{n} lines have no road class and are left out of every profile.").format(n=format_count(report["no_class"]))
        )
    if report.get("zero_length_lines"):
        warnings.append(
            tr(
                "{n} lines have zero length, or are shorter than the join tolerance, and are left out (features {examples})."
            ).format(
                n=format_count(report["zero_length_lines"]),
                examples=format_examples([network.source_ids[i] for i in report.get("zero_length_features", [])]),
            )
        )
    for kind, ids in report.get("speed_field_unusable", {}).items():
        label = {"null": tr("empty"), "zero_or_negative": tr("zero or negative"), "text": tr("not a number")}[kind]
        warnings.append(
            tr(
                "{n} lines have a speed that is {kind}; their speed comes from maxspeed or the road class "
                "instead (features {examples})."
            ).format(n=format_count(len(ids)), kind=label, examples=format_examples(ids))
        )
    for value, ids in report.get("unknown_directions", {}).items():
        warnings.append(
            tr(
                "{n} lines have the direction value '{value}', which is not one of the configured "
                "spellings; they are taken as two-way (features {examples})."
            ).format(n=format_count(len(ids)), value=value, examples=format_examples(ids))
        )
    if report.get("ends_snapped"):
        infos.append(
            tr("{n} line ends were joined to a vertex within the snapping tolerance.").format(
                n=format_count(report["ends_snapped"])
            )
        )
    if "crossings_joined" in report:
        infos.append(
            tr(
                "{joined} crossings without a shared vertex were joined; {kept} on bridges, tunnels or other "
                "layers were kept apart."
            ).format(joined=format_count(report["crossings_joined"]), kept=format_count(report["crossings_not_joined"]))
        )
    classes = report.get("not_driveable_classes") or {}
    if classes:
        infos.append(
            tr("Not open to cars: {classes}.").format(
                classes=", ".join(f"{k} ({v})" for k, v in sorted(classes.items(), key=lambda kv: -kv[1]))
            )
        )
    return infos, warnings


def profile_label(name: str) -> str:
    """The translated name of a travel profile."""
    return {"walk": tr("Walk"), "cycle": tr("Cycle"), "drive": tr("Drive")}.get(name, name)


# -- OpenStreetMap files through osmnx ------------------------------------------
def network_from_osm_xml(path: str | Path, *, options: NetworkOptions | None = None, progress: Progress | None = None) -> Network:
    """Build a network from an OSM XML file with osmnx's ``graph_from_xml``.

    osmnx reads the ways and nodes (unsimplified, so that every edge keeps
    the tags of its own way) and imputes drive speeds where ``maxspeed`` is
    missing (mean of the tagged speeds of the same ``highway`` class,
    ``add_edge_speeds``);
    the graph is projected to its UTM zone. Those speeds become the drive
    speed field; walk and cycle rules are those of :func:`build_network`.
    ``meta["crs"]`` holds the WKT of the projected CRS.
    """
    ox = require("osmnx")
    progress = progress or NullProgress()
    path = Path(path)
    if not path.is_file():
        raise InvalidInputError(tr("The OSM file {path} does not exist.").format(path=path))
    _configure_osmnx(ox)
    try:
        graph = ox.graph_from_xml(path, bidirectional=False, simplify=False, retain_all=True)
    except Exception as error:  # noqa: BLE001 - osmnx raises many kinds; the user needs the file name
        raise InvalidInputError(tr("Could not read the OSM file {path}: {error}").format(path=path, error=error)) from error
    if graph.number_of_edges() == 0:
        raise InvalidInputError(tr("The OSM file {path} has no roads.").format(path=path))
    check_cancelled(progress)
    graph = ox.add_edge_speeds(graph)
    graph = ox.project_graph(graph)
    progress.set_progress(40)
    parts, rows = [], []
    for u, v, data in graph.edges(data=True):
        if not data.get("oneway", False) and data.get("reversed", False) is True:
            continue  # the other direction of a two-way street
        geometry = data.get("geometry")
        if geometry is not None:
            coordinates = np.asarray(geometry.coords, dtype=float)[:, :2]
        else:
            coordinates = np.array([[graph.nodes[u]["x"], graph.nodes[u]["y"]], [graph.nodes[v]["x"], graph.nodes[v]["y"]]])
        parts.append(coordinates)
        rows.append(
            {
                **{tag: _first(data.get(tag)) for tag in TAG_COLUMNS},
                "oneway": "yes" if data.get("oneway", False) else "no",
                "speed": data.get("speed_kph"),
                "osmid": _first(data.get("osmid")),
            }
        )
    attributes = pd.DataFrame(rows)
    network = build_network(
        parts, np.arange(len(parts)), attributes, options=options, source_ids=attributes["osmid"].to_numpy(), progress=progress
    )
    network.meta["crs"] = graph.graph["crs"].to_wkt() if hasattr(graph.graph["crs"], "to_wkt") else str(graph.graph["crs"])
    network.meta["source"] = str(path)
    return network


def _first(value):
    if isinstance(value, (list, tuple)):
        return value[0] if value else None
    return value


def _configure_osmnx(ox) -> None:
    """Keep osmnx away from the network and from writing ``./cache`` and logs in the working folder; have it keep
    every tag the profiles read."""
    import tempfile

    settings = ox.settings
    settings.useful_tags_way = list(dict.fromkeys([*settings.useful_tags_way, *TAG_COLUMNS]))  # foot, bicycle…
    settings.use_cache = False
    settings.log_file = False
    settings.log_console = False
    settings.cache_folder = str(Path(tempfile.gettempdir()) / "place_insight_osmnx")


# -- tables for outputs ---------------------------------------------------------
def edge_table(network: Network) -> pd.DataFrame:
    """One row per edge: ids, class, length, minutes per profile (NaN where unusable), drive speed and direction, islands."""
    frame = pd.DataFrame(
        {
            "edge_id": np.arange(network.n_edges),
            "source_id": np.asarray(network.source_ids)[network.edge_source],
            "from_node": network.edge_u,
            "to_node": network.edge_v,
            "road_class": network.edge_class,
            "length_m": network.edge_length,
        }
    )
    for name in PROFILES:
        profile = network.profiles[name]
        frame[f"{name}_min"] = network.edge_length * profile.seconds_per_metre / 60.0
    drive = network.profiles["drive"]
    frame["drive_kmh"] = drive.speed_kmh
    direction = np.where(drive.forward & drive.backward, "both", np.where(drive.forward, "forward", "backward"))
    frame["drive_direction"] = np.where(drive.usable, direction, None)
    for name in PROFILES:
        island = network.profiles[name].island
        frame[f"{name}_island"] = pd.array(np.where(island >= 0, island, -1), dtype="Int64")
        frame.loc[island < 0, f"{name}_island"] = pd.NA
    return frame


def island_table(network: Network) -> tuple[pd.DataFrame, list[np.ndarray]]:
    """One row per island of every profile (``profile``, ``island``, ``main``, ``edges``, ``length_km``) and its edges."""
    rows, members = [], []
    for name in PROFILES:
        island = network.profiles[name].island
        for number in range(network.profiles[name].n_islands):
            edges = np.flatnonzero(island == number)
            rows.append(
                {
                    "profile": name,
                    "island": number,
                    "main": number == 0,
                    "edges": len(edges),
                    "length_km": float(network.edge_length[edges].sum()) / 1000.0,
                }
            )
            members.append(edges)
    return pd.DataFrame(rows, columns=["profile", "island", "main", "edges", "length_km"]), members


def edge_geometries(network: Network, edges: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """Vertices of whole edges, flat: edge ``i`` of ``edges`` (default: all) is ``xy[offsets[i]:offsets[i + 1]]``."""
    edges = np.arange(network.n_edges) if edges is None else np.asarray(edges, dtype=np.int64)
    counts = network.edge_end[edges] - network.edge_start[edges] + 1
    offsets = np.zeros(len(edges) + 1, dtype=np.int64)
    np.cumsum(counts, out=offsets[1:])
    index = ranges(network.edge_start[edges], counts)
    return network.vertices[index], offsets
