"""Networks saved to and read from compressed ``.npz`` files, and the session's cache of built networks.

A saved network holds plain arrays and a JSON header (no pickles); a test
checks that a file saved by version 0.1 still loads.
"""

from __future__ import annotations

import json
import threading
import zipfile
from collections import OrderedDict
from dataclasses import asdict
from pathlib import Path
from typing import Any

import numpy as np

from ..errors import InvalidInputError
from ..i18n import tr
from .model import Network
from .modes import PROFILES, TravelModes
from .options import NetworkOptions

FORMAT = "placeinsight-network/1"


def save_network(network: Network, path: str | Path) -> Path:
    """Write a network to a compressed ``.npz`` file that :func:`load_network` reads back.

    Parameters
    ----------
    network
        The network (its arrays, the speeds and directions of every travel
        mode, its options, ``meta`` and ``report``).
    path
        The file to write.

    Returns
    -------
    pathlib.Path
        ``path``.
    """
    path = Path(path)
    arrays: dict[str, Any] = {
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
    """Read a network saved by :func:`save_network`.

    Parameters
    ----------
    path
        A ``.npz`` file written by :func:`save_network`.

    Returns
    -------
    Network
        Its travel modes are made again from the saved speeds and directions.

    Raises
    ------
    InvalidInputError
        When the file cannot be read, is damaged (cut short, arrays missing or
        inconsistent) or is not a network saved by Place Insight; the message
        names the file and says what to do.
    """
    path = Path(path)
    try:
        with np.load(path, allow_pickle=False) as data:
            header = json.loads(str(data["header"]))
            if not isinstance(header, dict) or header.get("format") != FORMAT:
                raise InvalidInputError(
                    tr(
                        "{path} is not a network file saved by Place Insight: choose a network saved by Build "
                        "network (.npz), an OpenStreetMap file, or a line layer."
                    ).format(path=path)
                )
            return _network(data, header)
    except InvalidInputError:
        raise
    except (OSError, EOFError, KeyError, IndexError, TypeError, ValueError, zipfile.BadZipFile) as error:
        raise InvalidInputError(
            tr(
                "{path} cannot be read as a network saved by Place Insight: the file is damaged or is another kind "
                "of file ({error}). Choose a network saved by Build network, or build the network again."
            ).format(path=path, error=f"{type(error).__name__}: {error}")
        ) from error


def _network(data, header: dict) -> Network:
    """The network of a saved file's arrays and header (``KeyError``, ``ValueError``… when they are incomplete)."""
    options_dict = dict(header["options"])
    for key, value in options_dict.items():
        if isinstance(value, list):
            options_dict[key] = tuple(tuple(v) if isinstance(v, list) else v for v in value)
    options = NetworkOptions(**options_dict)
    arrays = {name: data[name] for name in _ARRAYS}
    _check_arrays(arrays)
    edge_class = data["edge_class"].astype(object)
    edge_class[data["edge_class_null"]] = None
    n_nodes = len(arrays["node_xy"])
    profiles = TravelModes(
        {
            name: (
                arrays["edge_u"],
                arrays["edge_v"],
                arrays["edge_length"],
                data[f"{name}_speed"],
                data[f"{name}_forward"],
                data[f"{name}_backward"],
                n_nodes,
            )
            for name in PROFILES
        }
    )
    return Network(
        **arrays,
        edge_class=edge_class,
        profiles=profiles,
        options=options,
        report=header.get("report", {}),
        meta=header.get("meta", {}),
    )


_ARRAYS = ("node_xy", "vertices", "edge_start", "edge_end", "edge_u", "edge_v", "edge_length", "edge_source", "source_ids")


def _check_arrays(arrays: dict) -> None:
    """Raise ``ValueError`` when the arrays of a saved network do not fit together (a damaged file)."""
    n_edges, n_nodes, n_vertices = len(arrays["edge_u"]), len(arrays["node_xy"]), len(arrays["vertices"])
    if any(len(arrays[name]) != n_edges for name in ("edge_v", "edge_length", "edge_start", "edge_end", "edge_source")):
        raise ValueError("edge arrays of different lengths")
    ends = np.concatenate([arrays["edge_u"], arrays["edge_v"]])
    if ends.size and (ends.min() < 0 or ends.max() >= n_nodes):
        raise ValueError("edges refer to missing nodes")
    bounds = np.concatenate([arrays["edge_start"], arrays["edge_end"]])
    if bounds.size and (bounds.min() < 0 or bounds.max() >= n_vertices):
        raise ValueError("edges refer to missing vertices")


class NetworkCache:
    """Built networks kept in memory for the session, keyed by a text the caller computes.

    The key must change whenever the source data or the options change
    (the plugin uses the layer's source, its file size and time or edit
    counter, and :meth:`NetworkOptions.key`). The least recently used network
    is dropped beyond ``capacity``. Algorithms run in several threads at once
    (Processing's tasks, a model's steps): every access holds a lock.
    """

    def __init__(self, capacity: int = 4) -> None:
        self.capacity = capacity
        self._items: OrderedDict[str, Network] = OrderedDict()
        self._lock = threading.Lock()
        self.hits = 0
        self.misses = 0

    def get(self, key: str) -> Network | None:
        with self._lock:
            network = self._items.get(key)
            if network is None:
                self.misses += 1
                return None
            self._items.move_to_end(key)
            self.hits += 1
            return network

    def put(self, key: str, network: Network) -> None:
        with self._lock:
            self._items[key] = network
            self._items.move_to_end(key)
            while len(self._items) > self.capacity:
                self._items.popitem(last=False)

    def clear(self) -> None:
        with self._lock:
            self._items.clear()

    def __contains__(self, key: str) -> bool:
        with self._lock:
            return key in self._items

    def __len__(self) -> int:
        with self._lock:
            return len(self._items)


#: The session-wide cache used by the plugin's algorithms.
CACHE = NetworkCache()
