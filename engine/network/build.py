"""Building a routable network from single lines and one row of attributes per source feature.

Lines are split into edges at every vertex they share with another line
(and, optionally, where they cross without a shared vertex, except on
bridges and tunnels); line ends closer than a snapping tolerance to another
vertex are joined to it. Each edge keeps the attributes of its feature, from
which every travel mode's speeds and directions follow (:mod:`.modes`).
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

try:
    import pandas as pd
except ImportError:  # the plugin still loads; algorithms refuse to run (see engine.dependencies)
    pd = None

from ..dependencies import require
from ..errors import InvalidInputError
from ..i18n import format_count, tr
from ..progress import NullProgress, Progress, check_cancelled
from .model import Network
from .modes import NEVER_ROUTABLE, PROFILES, TravelModes, _profile_rules
from .options import NetworkOptions
from .tags import FALSE_TAGS, normalise_tags


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
    progress
        Progress and cancellation (:class:`engine.progress.Progress`); None: neither.

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
    return _network(topology, owner[topology["edge_part"]], tags, options, report, source_ids, progress)


def _network(
    topology: dict,
    edge_source: np.ndarray,
    tags: pd.DataFrame,
    options: NetworkOptions,
    report: dict,
    source_ids: np.ndarray,
    progress: Progress,
) -> Network:
    """The network of a topology, each edge with its feature's road class and each travel mode's rules."""
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
    return Network(
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


def _node_crossings(parts: LineParts, owner: np.ndarray, tags: pd.DataFrame, report: dict) -> LineParts:
    """Insert a shared vertex where segments of two lines cross (not on bridges, tunnels or other layers)."""
    shapely = require("shapely")
    counts = parts.counts
    vertices = parts.xy
    # pairs of segments that touch (an STRtree of every segment of every line)
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
    # pairs kept apart: either line a bridge or a tunnel, or on another layer
    feature_left = owner[part_of[seg_start[left]]]
    feature_right = owner[part_of[seg_start[right]]]
    apart = _kept_apart(tags, feature_left, feature_right)
    # crossings at a single point, where each segment gets a new vertex (unless at its ends, or kept apart)
    points = shapely.intersection(segments[left], segments[right])
    is_point = shapely.get_type_id(points) == 0
    left, right, points, apart = left[is_point], right[is_point], points[is_point], apart[is_point]
    xy = shapely.get_coordinates(points) if len(points) else np.zeros((0, 2))
    new_keys = []
    new_xy = []
    interior = []
    for segs in (left, right):
        start = a[segs]
        vector = b[segs] - start
        length2 = np.einsum("ij,ij->i", vector, vector)
        with np.errstate(divide="ignore", invalid="ignore"):
            t = np.einsum("ij,ij->i", xy - start, vector) / length2
        inside = (t > 1e-9) & (t < 1 - 1e-9)
        interior.append(inside)
        inner = inside & ~apart
        new_keys.append(seg_start[segs][inner] + t[inner])
        new_xy.append(xy[inner])
    # the crossings: where two roads meet inside a segment of one of them (not where lines, or the
    # consecutive segments of one line, share a vertex; not lines without a routable road class, left
    # out of every profile), each place and pair of lines once
    has_class = bool(tags["has_class"].iloc[0]) if len(tags) else False
    road = np.array([v is not None and v not in NEVER_ROUTABLE for v in tags["highway"]], dtype=bool) | (not has_class)
    crossing = (interior[0] | interior[1]) & road[feature_left[is_point]] & road[feature_right[is_point]]
    part_left, part_right = part_of[seg_start[left]][crossing], part_of[seg_start[right]][crossing]
    place = np.round(xy[crossing] * 1000.0).astype(np.int64)
    key = np.column_stack([np.minimum(part_left, part_right), np.maximum(part_left, part_right), place])
    unique, first = np.unique(key, axis=0, return_index=True) if len(key) else (key, np.zeros(0, np.int64))
    kept_apart = apart[crossing][first]
    report["crossings_joined"] = int(len(unique) - kept_apart.sum())
    report["crossings_not_joined"] = int(kept_apart.sum())
    # the new vertices in order along their lines (a vertex's key: its segment's start plus the fraction along)
    keys = np.concatenate([np.arange(len(vertices), dtype=float)] + new_keys)
    all_xy = np.concatenate([vertices] + new_xy)
    all_part = np.concatenate([part_of] + [part_of[np.floor(k).astype(np.int64)] for k in new_keys])
    order = np.argsort(keys, kind="stable")
    all_xy, all_part = all_xy[order], all_part[order]
    return LineParts(all_xy, np.concatenate([[0], np.cumsum(np.bincount(all_part, minlength=len(parts)))]))


def _kept_apart(tags: pd.DataFrame, feature_left: np.ndarray, feature_right: np.ndarray) -> np.ndarray:
    """For each pair of features, whether either is a bridge or a tunnel, or they lie on different layers."""
    bridge = np.array([(v is not None and v not in FALSE_TAGS) for v in tags["bridge"]], dtype=bool)
    tunnel = np.array([(v is not None and v not in FALSE_TAGS) for v in tags["tunnel"]], dtype=bool)
    layer = np.array([v or "0" for v in tags["layer"]], dtype=object)
    return (
        bridge[feature_left]
        | bridge[feature_right]
        | tunnel[feature_left]
        | tunnel[feature_right]
        | (layer[feature_left] != layer[feature_right])
    )


def _topology(parts: LineParts, owner: np.ndarray, tolerance: float, report: dict) -> dict:
    """Nodes at shared vertices (and snapped ends), edges between consecutive nodes of each line."""
    counts = parts.counts
    vertices = parts.xy
    bad = ~np.isfinite(vertices).all(axis=1)
    if bad.any():
        raise InvalidInputError(
            tr("{n} vertices of the network have no valid coordinates.").format(n=format_count(int(bad.sum())))
        )
    part_of = np.repeat(np.arange(len(parts)), counts)
    # identical coordinates (to the millimetre) are one place
    coordinate = _places(vertices)
    n_coordinates = int(coordinate.max()) + 1
    group = coordinate
    if tolerance > 0:
        first = np.cumsum(counts) - counts
        last = first + counts - 1
        group = _join_ends(vertices, coordinate, n_coordinates, np.concatenate([first, last]), tolerance, report)
    # representative coordinate of each group: its most used coordinate
    representative = _representatives(vertices, coordinate, n_coordinates, group)
    # drop consecutive repeats of a place within a line, then the lines left without length
    vertices, group, part_of, valid_part = _drop_repeats(vertices, group, part_of, len(parts), owner, report)
    vertices, group, part_of, valid_part = _drop_duplicates(vertices, group, part_of, valid_part, owner, report)
    if len(vertices) == 0:
        return {"edge_u": np.zeros(0, np.int64)}
    return _edges(vertices, group, part_of, valid_part, representative, tolerance, report)


def _places(vertices: np.ndarray) -> np.ndarray:
    """The place of every vertex: vertices with identical coordinates to the millimetre share a number."""
    quantised = np.round(vertices * 1000.0).astype(np.int64)
    order = np.lexsort((quantised[:, 1], quantised[:, 0]))
    changed = np.ones(len(order), dtype=bool)
    changed[1:] = (np.diff(quantised[order], axis=0) != 0).any(axis=1)
    coordinate = np.empty(len(order), dtype=np.int64)
    coordinate[order] = np.cumsum(changed) - 1
    return coordinate


def _join_ends(
    vertices: np.ndarray, coordinate: np.ndarray, n_coordinates: int, line_ends: np.ndarray, tolerance: float, report: dict
) -> np.ndarray:
    """The group of every vertex once the places of line ends are joined to every place within ``tolerance``.

    Places closer than the tolerance to a line end (found with a KD-tree) are
    linked to it; groups are the connected components of those links
    (:func:`scipy.sparse.csgraph.connected_components`).
    """
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components
    from scipy.spatial import cKDTree

    unique_xy = np.zeros((n_coordinates, 2))
    unique_xy[coordinate] = vertices
    tree = cKDTree(unique_xy)
    ends = np.unique(coordinate[line_ends])
    neighbours = tree.query_ball_point(unique_xy[ends], r=tolerance, return_sorted=False)
    sizes = np.fromiter(map(len, neighbours), dtype=np.int64, count=len(neighbours))
    rows = np.repeat(ends, sizes)
    cols = np.fromiter(itertools.chain.from_iterable(neighbours), dtype=np.int64, count=int(sizes.sum()))
    graph = coo_matrix((np.ones(len(rows)), (rows, cols)), shape=(n_coordinates, n_coordinates))
    _, label = connected_components(graph, directed=False)
    joined = int(n_coordinates - (label.max() + 1))
    report["ends_snapped"] = joined
    return label[coordinate]


def _representatives(vertices: np.ndarray, coordinate: np.ndarray, n_coordinates: int, group: np.ndarray) -> np.ndarray:
    """The coordinates of each group: those of its most used place."""
    n_groups = int(group.max()) + 1
    usage = np.bincount(coordinate, minlength=n_coordinates)[coordinate]
    order = np.lexsort((-usage, group))
    leader = order[np.concatenate([[True], group[order][1:] != group[order][:-1]])]
    representative = np.zeros((n_groups, 2))
    representative[group[leader]] = vertices[leader]
    return representative


def _drop_repeats(
    vertices: np.ndarray, group: np.ndarray, part_of: np.ndarray, n_parts: int, owner: np.ndarray, report: dict
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """The vertices without consecutive repeats of a place within a line, and without the lines then left with
    fewer than two (zero length, counted in ``report``); ``valid_part`` says which lines are kept."""
    # drop consecutive repeats of a place within a line
    same_as_previous = np.zeros(len(vertices), dtype=bool)
    same_as_previous[1:] = (group[1:] == group[:-1]) & (part_of[1:] == part_of[:-1])
    keep = ~same_as_previous
    vertices, group, part_of = vertices[keep], group[keep], part_of[keep]
    # lines left with fewer than two vertices have no length
    counts = np.bincount(part_of, minlength=n_parts)
    degenerate = np.flatnonzero(counts < 2)
    report["zero_length_lines"] = int(len(degenerate))
    report["zero_length_features"] = sorted(set(owner[degenerate].tolist()))
    valid_part = counts >= 2
    keep = valid_part[part_of]
    return vertices[keep], group[keep], part_of[keep], valid_part


def _drop_duplicates(
    vertices: np.ndarray, group: np.ndarray, part_of: np.ndarray, valid_part: np.ndarray, owner: np.ndarray, report: dict
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Without the lines through the same places as an earlier line, in the same or the reverse order.

    A road digitised twice would otherwise count twice in lengths and island statistics, and split
    at every vertex (each place used twice becomes a node). The first line is kept; the features of
    the others are listed in ``report`` (``duplicate_lines``, ``duplicate_features``).
    """
    bounds = np.concatenate([[0], np.cumsum(np.bincount(part_of, minlength=len(valid_part)))])
    seen: dict[bytes, int] = {}
    duplicate = []
    for part in np.flatnonzero(valid_part):
        places = group[bounds[part] : bounds[part + 1]]
        key = min(places.tobytes(), places[::-1].tobytes())
        if key in seen:
            duplicate.append(part)
        else:
            seen[key] = part
    report["duplicate_lines"] = len(duplicate)
    report["duplicate_features"] = sorted(set(owner[duplicate].tolist()))
    if not duplicate:
        return vertices, group, part_of, valid_part
    valid_part = valid_part.copy()
    valid_part[duplicate] = False
    keep = valid_part[part_of]
    return vertices[keep], group[keep], part_of[keep], valid_part


def _edges(
    vertices: np.ndarray,
    group: np.ndarray,
    part_of: np.ndarray,
    valid_part: np.ndarray,
    representative: np.ndarray,
    tolerance: float,
    report: dict,
) -> dict:
    """Nodes (places used twice or more, and line ends) and the edges between consecutive nodes of each line."""
    n_groups = len(representative)
    counts = np.bincount(part_of, minlength=len(valid_part))
    first = (np.cumsum(counts) - counts)[valid_part]
    last = first + counts[valid_part] - 1
    # vertices at their group's coordinates (line ends only, when no end was joined)
    vertices = representative[group].copy() if tolerance > 0 else vertices.copy()
    vertices[first] = representative[group[first]]
    vertices[last] = representative[group[last]]
    # nodes: places used twice or more and line ends; edges: between consecutive nodes of a line
    uses = np.bincount(group, minlength=n_groups)
    is_node = uses[group] >= 2
    is_node[first] = True
    is_node[last] = True
    node_positions = np.flatnonzero(is_node)
    pairs_same_part = part_of[node_positions[:-1]] == part_of[node_positions[1:]]
    edge_start = node_positions[:-1][pairs_same_part]
    edge_end = node_positions[1:][pairs_same_part]
    # edge lengths: differences of the length along each line
    segment = np.zeros(len(vertices))
    segment[1:] = np.hypot(*(vertices[1:] - vertices[:-1]).T)
    segment[first] = 0.0
    cumulative = np.cumsum(segment)
    edge_length = cumulative[edge_end] - cumulative[edge_start]
    # node numbers in the order of their groups
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
