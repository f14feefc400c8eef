"""Travel modes (walk, cycle, drive): which edges each may use, in which directions, at what speed, and its graph.

The rules read the tags of each input feature (:func:`_profile_rules`):
road classes nobody travels on, classes walkers and cyclists may not use,
``access``/``foot``/``bicycle``/``motor_vehicle`` permissions, one-way
streets and roundabouts, and the drive speed (speed field, else
``maxspeed``, else the road-class default). :func:`make_travel_mode` turns
the per-edge speeds and directions into a compressed sparse row (CSR) graph
of arcs weighted by travel time in seconds and length in metres, ready for
:func:`scipy.sparse.csgraph.dijkstra`, and numbers the islands (connected
components) largest first.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np

try:
    import pandas as pd
except ImportError:  # the plugin still loads; algorithms refuse to run (see engine.dependencies)
    pd = None

from .options import NetworkOptions
from .tags import FALSE_TAGS, TRUE_TAGS, _parse_speeds, _per_distinct

PROFILES = ("walk", "cycle", "drive")

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
    cycle_forward: np.ndarray = both
    cycle_backward: np.ndarray = both
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
        kinds: dict[str, list] = {"null": [], "zero_or_negative": [], "text": []}
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
    for i in map(int, np.flatnonzero(kinds == DIRECTION_UNKNOWN)):
        unknown.setdefault(values[i], []).append(source_ids[i])
    report["unknown_directions"] = unknown
    report["one_way_features"] = int((forward != backward).sum())
    return forward, backward


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
    """A :class:`TravelMode` (CSR arcs and islands) from per-edge speeds and directions.

    Parameters
    ----------
    name
        The travel mode (``"walk"``, ``"cycle"`` or ``"drive"``).
    edge_u, edge_v, edge_length
        The nodes at the start and end of every edge, and its length in metres.
    speed_kmh
        The speed on every edge, NaN where the mode may not use it.
    forward, backward
        Whether the mode may travel along each edge from ``edge_u`` to
        ``edge_v``, and the other way.
    n_nodes
        The number of nodes of the network.

    Returns
    -------
    TravelMode
        One arc per open direction of every usable edge that is not a loop
        (the fastest of parallel arcs), and the islands of the usable edges
        (:func:`scipy.sparse.csgraph.connected_components`), largest first.
    """
    speed_kmh = np.asarray(speed_kmh, dtype=float)
    usable = ~np.isnan(speed_kmh)
    forward = np.asarray(forward, bool) & usable
    backward = np.asarray(backward, bool) & usable
    # one arc per open direction of every edge that is not a loop
    edges = np.arange(len(edge_u))
    loops = edge_u == edge_v
    fwd = forward & ~loops
    bwd = backward & ~loops
    src = np.concatenate([edge_u[fwd], edge_v[bwd]])
    dst = np.concatenate([edge_v[fwd], edge_u[bwd]])
    arc_edge = np.concatenate([edges[fwd], edges[bwd]])
    length = edge_length[arc_edge]
    time_s = length * 3.6 / speed_kmh[arc_edge]
    # the fastest of parallel arcs, in CSR order (by source node)
    order = np.lexsort((time_s, dst, src))
    src, dst, arc_edge, length, time_s = src[order], dst[order], arc_edge[order], length[order], time_s[order]
    first = np.ones(len(src), dtype=bool)
    first[1:] = (src[1:] != src[:-1]) | (dst[1:] != dst[:-1])
    src, dst, arc_edge, length, time_s = src[first], dst[first], arc_edge[first], length[first], time_s[first]
    indptr = np.zeros(n_nodes + 1, dtype=np.int64)
    np.cumsum(np.bincount(src, minlength=n_nodes), out=indptr[1:])
    return TravelMode(
        name=name,
        speed_kmh=speed_kmh,
        forward=forward,
        backward=backward,
        island=_islands(edge_u, edge_v, usable, n_nodes),
        indptr=indptr,
        indices=dst.astype(np.int32),
        time_s=time_s,
        length_m=length,
        arc_edge=arc_edge.astype(np.int64),
        n_nodes=n_nodes,
    )


def _islands(edge_u: np.ndarray, edge_v: np.ndarray, usable: np.ndarray, n_nodes: int) -> np.ndarray:
    """The island of every usable edge (-1 for the others): the weakly connected components of the usable edges
    (:func:`scipy.sparse.csgraph.connected_components`), numbered from the largest (most edges) down."""
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components

    island = np.full(len(edge_u), -1, dtype=np.int64)
    if usable.any():
        graph = coo_matrix((np.ones(int(usable.sum())), (edge_u[usable], edge_v[usable])), shape=(n_nodes, n_nodes))
        _, label = connected_components(graph, directed=False)
        edge_label = label[edge_u[usable]]
        # rank of every component by its number of edges, ties by label
        sizes = np.bincount(edge_label)
        rank = np.empty(len(sizes), dtype=np.int64)
        rank[np.lexsort((np.arange(len(sizes)), -sizes))] = np.arange(len(sizes))
        # numbers 0, 1, … for the components that have edges, in that order
        present = np.unique(edge_label)
        compact = np.full(len(sizes), -1, dtype=np.int64)
        compact[present[np.argsort(rank[present])]] = np.arange(len(present))
        island[usable] = compact[edge_label]
    return island
