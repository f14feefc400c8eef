"""The reached network of each catchment as a few long polylines (one multi-line per facility and band).

A catchment reaches thousands of road pieces; drawing each as its own line
costs one geometry object per piece. Instead the network's edges are chained
once into *strokes* (:func:`..network.strokes.network_strokes`): long
polylines that run straight on through junctions, each edge in exactly one
stroke, in order and oriented. Consecutive wholly reached edges of a stroke
then form one part whose vertices are a contiguous slice of the stroke
vertices, found for every catchment at once with numpy; partly reached
pieces (cut exactly where time runs out) are parts of their own. A
catchment's parts cover exactly its reached pieces: their total length
equals the sum of the pieces' lengths.

Strokes are derived from the network alone and kept with it (in the session
cache), so a run on a cached network only searches, cuts and writes.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

try:
    import pandas as pd
except ImportError:  # the plugin still loads; algorithms refuse to run (see engine.dependencies)
    pd = None

from ..arrays import ranges
from ..network.geometry import piece_coordinates
from ..network.strokes import Strokes, network_strokes


@dataclass(frozen=True)
class ReachedLines:
    """Polylines of the reached network, grouped per (facility, band).

    ``keys`` has one row per group: ``facility`` (-1 when dissolved),
    ``band``, ``reached_km`` (sum of the reached pieces) and ``pieces`` (the
    number of road pieces). Line ``i`` is ``xy[offsets[i]:offsets[i + 1]]``;
    the lines of group ``g`` are ``bounds[g]`` to ``bounds[g + 1] - 1``.
    """

    keys: pd.DataFrame
    xy: np.ndarray
    offsets: np.ndarray
    bounds: np.ndarray


def _runs(strokes: Strokes, group: np.ndarray, position: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Runs of consecutive whole edges of one stroke: (group, first row, last row).

    ``position`` (stroke positions) is sorted within each group and groups
    follow each other, so a run ends where the group changes, the next
    position is not the next one, or the stroke does not go on.
    """
    if len(position) == 0:
        return np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0, np.int64)
    new = np.ones(len(position), dtype=bool)
    new[1:] = (group[1:] != group[:-1]) | (position[1:] != position[:-1] + 1) | ~strokes.continues[position[:-1]]
    head = np.flatnonzero(new)
    tail = np.empty_like(head)
    tail[:-1] = head[1:] - 1
    tail[-1] = len(position) - 1
    return group[head], head, tail


def reached_lines(result) -> ReachedLines:
    """The reached network of a :class:`.catchments.Catchments` as polylines, per (facility, band).

    Whole edges follow the network's strokes (one line per run of
    consecutive whole edges); cut pieces keep their exact end points (see
    :func:`..network.geometry.piece_coordinates`). Groups that reach nothing are
    left out.

    Parameters
    ----------
    result
        The catchments (:func:`.catchments.compute_catchments`).

    Returns
    -------
    ReachedLines
    """
    network, reach = result.network, result.reach
    strokes = network_strokes(network)
    n_groups = reach.n_groups
    position, group = reach.whole, reach.whole_groups()
    run_group, head, tail = _runs(strokes, group, position)
    run_first = strokes.first[strokes.edge_at[position[head]]]
    run_last = strokes.last[strokes.edge_at[position[tail]]]
    cut = reach.cut
    cut_xy, cut_offsets = piece_coordinates(network, cut["edge"], cut["start_m"], cut["end_m"])
    run_m = strokes.along[position[tail] + 1] - strokes.along[position[head]]
    whole_m = np.bincount(run_group, weights=run_m, minlength=n_groups)
    cut_m = np.bincount(cut["group"], weights=cut["end_m"] - cut["start_m"], minlength=n_groups)
    pieces = np.bincount(run_group, weights=tail - head + 1, minlength=n_groups).astype(np.int64) + np.bincount(
        cut["group"], minlength=n_groups
    )
    kept = np.flatnonzero(pieces > 0)
    keys = pd.DataFrame(
        {
            "facility": reach.facility[kept].astype(np.int64),
            "band": reach.band[kept].astype(float),
            "reached_km": (whole_m + cut_m)[kept] / 1000.0,
            "pieces": pieces[kept].astype(np.int64),
        }
    )
    # every line: its group, where its vertices are (stroke vertices, then cut vertices) and how many
    source = np.concatenate([strokes.xy, cut_xy])
    line_group = np.concatenate([run_group, cut["group"]])
    line_first = np.concatenate([run_first, len(strokes.xy) + cut_offsets[:-1]])
    line_count = np.concatenate([run_last - run_first + 1, np.diff(cut_offsets)])
    line_order = np.argsort(line_group, kind="stable")
    line_first, line_count = line_first[line_order], line_count[line_order]
    offsets = np.zeros(len(line_count) + 1, dtype=np.int64)
    np.cumsum(line_count, out=offsets[1:])
    index = ranges(line_first, line_count)
    line_bounds = np.searchsorted(line_group[line_order], np.append(kept, n_groups))
    return ReachedLines(keys=keys, xy=np.take(source, index, axis=0), offsets=offsets, bounds=line_bounds)


def reached_lines_table(keys: pd.DataFrame, ids, names=None) -> pd.DataFrame:
    """Attributes of the reached network per (facility, band): facility id and name, band, km reached, road pieces.

    Parameters
    ----------
    keys
        :attr:`ReachedLines.keys`.
    ids, names
        The facilities' ids and names (None: no names), by position.

    Returns
    -------
    pandas.DataFrame
        ``facility_id``, ``name`` (None when dissolved), ``band``, ``reached_km``, ``pieces``.
    """
    ids = list(ids)
    names = list(names) if names is not None else None
    facility = keys["facility"].to_numpy(dtype=np.int64)
    return pd.DataFrame(
        {
            "facility_id": [ids[f] if f >= 0 else None for f in facility],
            "name": [(names[f] if names is not None else None) if f >= 0 else None for f in facility],
            "band": keys["band"].to_numpy(dtype=float),
            "reached_km": keys["reached_km"].to_numpy(dtype=float),
            "pieces": keys["pieces"].to_numpy(dtype=np.int64),
        }
    )
