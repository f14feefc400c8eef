"""A network read back from the edges that *Build network* wrote, as it was built.

Build network writes one line per edge with the nodes it joins
(``from_node``, ``to_node``), its length and the minutes every travel mode
takes along it (NULL where the mode may not use it) and the directions
drivers and cyclists may take (:func:`.summary.edge_table`). Read back
here, those give the same topology, speeds and directions without
rebuilding anything, so the edges layer chains into the other algorithms in
a model. A line layer with only the descriptive fields (``road_class``,
``drive_kmh``, ``drive_direction``) is built from its geometry instead, with
those fields read as road class, speed and direction (:func:`own_fields`).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

try:
    import pandas as pd
except ImportError:  # the plugin still loads; algorithms refuse to run (see engine.dependencies)
    pd = None

from ..errors import InvalidInputError
from ..i18n import format_count, tr
from .build import LineParts
from .model import Network
from .modes import PROFILES, TravelModes
from .options import NetworkOptions

#: The fields of Build network's edges that hold a built network.
BUILT_FIELDS = ("from_node", "to_node", "length_m", "walk_min", "cycle_min", "drive_min", "drive_direction")
#: Optional fields read with them: the cyclists' directions (older edge layers have none), class, source, edge order.
OPTIONAL_FIELDS = ("cycle_direction", "road_class", "source_id", "edge_id")
#: How Build network writes directions: (along the line, against it).
DIRECTIONS = {"both": (True, True), "forward": (True, False), "backward": (False, True)}


def is_built_edges(fields: Sequence[str]) -> bool:
    """Whether a layer with these fields holds Build network's edges (:data:`BUILT_FIELDS`).

    Parameters
    ----------
    fields : sequence of str
        The names of the layer's fields.
    """
    return set(BUILT_FIELDS) <= set(fields)


def own_fields(fields: Sequence[str]) -> dict[str, str]:
    """Place Insight's own descriptive edge fields a line layer has, by the role the builder gives them.

    Parameters
    ----------
    fields : sequence of str
        The names of the layer's fields.

    Returns
    -------
    dict
        ``class`` → ``road_class``, ``speed`` → ``drive_kmh`` (km/h) and
        ``direction`` → ``drive_direction``, for those of the three the
        layer has.
    """
    roles = {"class": "road_class", "speed": "drive_kmh", "direction": "drive_direction"}
    return {role: name for role, name in roles.items() if name in fields}


def network_from_edges(
    parts: LineParts,
    owner: np.ndarray,
    attributes: pd.DataFrame,
    *,
    source_ids: np.ndarray | None = None,
    options: NetworkOptions | None = None,
) -> Network:
    """The network that Build network's edges describe, with its own topology, speeds and directions.

    Parameters
    ----------
    parts
        One single line per edge, in a projected CRS (metres).
    owner
        For each part, its row of ``attributes``.
    attributes
        One row per edge with the columns of :data:`BUILT_FIELDS` (and
        optionally :data:`OPTIONAL_FIELDS`).
    source_ids
        The feature id of each row, for messages (default: the row number).
    options
        Kept on the network; nothing is built from them.

    Returns
    -------
    Network
        Nodes are the distinct ``from_node``/``to_node`` values (numbered
        afresh), placed at the edges' ends; each mode's speed is
        ``length_m`` over its minutes (NULL: the mode may not use the edge);
        drivers follow ``drive_direction``, cyclists ``cycle_direction`` (or,
        in layers written before it existed, the drivers' direction where
        cars may go and both ways elsewhere); walkers go both ways. Edges
        are in ``edge_id`` order when the layer has it.

    Raises
    ------
    InvalidInputError
        When an edge has more than one part, no node numbers, or lengths or
        minutes that are not numbers.
    """
    n = len(attributes)
    owner = np.asarray(owner, dtype=np.int64)
    part_counts = np.bincount(owner, minlength=n)[:n] if len(owner) else np.zeros(n, dtype=np.int64)
    if len(owner) != n or (part_counts != 1).any():
        wrong = np.flatnonzero(part_counts != 1)
        examples = np.arange(n)[wrong] if source_ids is None else np.asarray(source_ids)[wrong]
        raise InvalidInputError(
            tr("{n} edges have several lines or no geometry (features {examples}): each edge must be one line.").format(
                n=format_count(max(len(wrong), 1)), examples=", ".join(str(i) for i in examples[:5])
            )
        )
    order = _edge_order(owner, attributes)
    rows = owner[order]
    frame = attributes.iloc[rows].reset_index(drop=True)
    ids = np.arange(n) if source_ids is None else np.asarray(source_ids)[rows]
    counts = parts.counts[order]
    starts = parts.offsets[:-1][order]
    vertices = np.concatenate([parts.xy[s : s + c] for s, c in zip(starts, counts)]) if n else np.zeros((0, 2))
    edge_end = np.cumsum(counts) - 1
    edge_start = edge_end - counts + 1
    node_u, node_v, node_xy = _nodes(frame, vertices, edge_start, edge_end, ids)
    segment = np.hypot(*np.diff(vertices, axis=0).T) if len(vertices) > 1 else np.zeros(0)
    along = np.concatenate([[0.0], np.cumsum(segment)])
    edge_length = along[edge_end] - along[edge_start]
    speeds = {name: _speeds(frame, name, ids) for name in PROFILES}
    directions = _directions(frame, speeds)
    profiles = TravelModes(
        {name: (node_u, node_v, edge_length, speeds[name], *directions[name], len(node_xy)) for name in PROFILES}
    )
    road_class = frame["road_class"].to_numpy(dtype=object) if "road_class" in frame else np.full(n, None, dtype=object)
    source = frame["source_id"].to_numpy() if "source_id" in frame and frame["source_id"].notna().all() else ids
    return Network(
        node_xy=node_xy,
        vertices=vertices,
        edge_start=edge_start,
        edge_end=edge_end,
        edge_u=node_u,
        edge_v=node_v,
        edge_length=edge_length,
        edge_source=np.arange(n),
        edge_class=np.array([None if c is None or c != c else str(c) for c in road_class], dtype=object),
        source_ids=np.asarray(source).astype(np.int64),
        profiles=profiles,
        options=options or NetworkOptions(),
        report={"features": n, "parts": n, "from_edges": True},
    )


def _edge_order(owner: np.ndarray, attributes: pd.DataFrame) -> np.ndarray:
    """The parts in the order of their edge ids (as built), else as read."""
    if "edge_id" in attributes and attributes["edge_id"].notna().all():
        return np.argsort(attributes["edge_id"].to_numpy(dtype=float)[owner], kind="stable")
    return np.argsort(owner, kind="stable")


def _nodes(frame: pd.DataFrame, vertices: np.ndarray, edge_start: np.ndarray, edge_end: np.ndarray, ids: np.ndarray):
    """Each edge's two nodes, numbered afresh from their ``from_node``/``to_node`` values, and the nodes' places."""
    numbers = []
    for column in ("from_node", "to_node"):
        values = pd.to_numeric(frame[column], errors="coerce").to_numpy(dtype=float)
        bad = np.flatnonzero(~np.isfinite(values) | (values != np.round(values)))
        if len(bad):
            raise InvalidInputError(
                tr("{n} edges have no node number in {field} (features {examples}).").format(
                    n=format_count(len(bad)), field=column, examples=", ".join(str(ids[i]) for i in bad[:5])
                )
            )
        numbers.append(values.astype(np.int64))
    distinct, node = np.unique(np.concatenate(numbers), return_inverse=True)
    n = len(frame)
    node_u, node_v = node[:n], node[n:]
    node_xy = np.zeros((len(distinct), 2))
    node_xy[node_v] = vertices[edge_end]
    node_xy[node_u] = vertices[edge_start]
    return node_u, node_v, node_xy


def _speeds(frame: pd.DataFrame, name: str, ids: np.ndarray) -> np.ndarray:
    """km/h of mode ``name`` on every edge from ``length_m`` and its minutes; NaN where the mode may not go."""
    minutes = _numbers(frame, f"{name}_min", ids)
    length = _numbers(frame, "length_m", ids)
    with np.errstate(divide="ignore", invalid="ignore"):
        speed = (length / 1000.0) / (minutes / 60.0)
    return np.where(np.isfinite(speed) & (speed > 0), speed, np.nan)


def _numbers(frame: pd.DataFrame, column: str, ids: np.ndarray) -> np.ndarray:
    values = pd.to_numeric(frame[column], errors="coerce").to_numpy(dtype=float)
    text = frame[column].notna().to_numpy() & np.isnan(values)
    if text.any():
        raise InvalidInputError(
            tr("{n} edges have a value in {field} that is not a number (features {examples}).").format(
                n=format_count(int(text.sum())), field=column, examples=", ".join(str(i) for i in ids[text][:5])
            )
        )
    return values


def _directions(frame: pd.DataFrame, speeds: dict[str, np.ndarray]) -> dict[str, tuple[np.ndarray, np.ndarray]]:
    """(along, against) for every mode: drivers and cyclists as written, walkers both ways."""
    n = len(frame)

    def read(column):
        values = frame[column].to_numpy(dtype=object) if column in frame else np.full(n, None, dtype=object)
        known = np.array([isinstance(v, str) and v.strip().lower() in DIRECTIONS for v in values], dtype=bool)
        along = np.array([DIRECTIONS.get(str(v).strip().lower(), (True, True))[0] for v in values], dtype=bool)
        against = np.array([DIRECTIONS.get(str(v).strip().lower(), (True, True))[1] for v in values], dtype=bool)
        return known, along, against

    _, drive_along, drive_against = read("drive_direction")
    cycle_known, cycle_along, cycle_against = read("cycle_direction")
    if "cycle_direction" not in frame:  # written before cyclists' directions were: they follow the drivers'
        cycle_known, cycle_along, cycle_against = ~np.isnan(speeds["drive"]), drive_along, drive_against
    both = np.ones(n, dtype=bool)
    return {
        "walk": (both, both),
        "cycle": (np.where(cycle_known, cycle_along, True), np.where(cycle_known, cycle_against, True)),
        "drive": (drive_along, drive_against),
    }
