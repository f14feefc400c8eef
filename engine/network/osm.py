"""Networks from OpenStreetMap XML files, read through osmnx."""

from __future__ import annotations

from pathlib import Path

import numpy as np

try:
    import pandas as pd
except ImportError:  # the plugin still loads; algorithms refuse to run (see engine.dependencies)
    pd = None

from ..dependencies import require
from ..errors import InvalidInputError
from ..i18n import tr
from ..progress import NullProgress, Progress, check_cancelled
from .build import build_network
from .model import Network
from .options import NetworkOptions
from .tags import TAG_COLUMNS


def network_from_osm_xml(path: str | Path, *, options: NetworkOptions | None = None, progress: Progress | None = None) -> Network:
    """Build a network from an OSM XML file with osmnx's ``graph_from_xml``.

    osmnx reads the ways and nodes (unsimplified, so that every edge keeps
    the tags of its own way) and imputes drive speeds where ``maxspeed`` is
    missing (mean of the tagged speeds of the same ``highway`` class,
    ``add_edge_speeds``);
    the graph is projected to its UTM zone. Those speeds become the drive
    speed field; walk and cycle rules are those of :func:`build_network`.
    ``meta["crs"]`` holds the WKT of the projected CRS.

    Parameters
    ----------
    path
        The ``.osm`` file.
    options
        :class:`NetworkOptions` (defaults when None).
    progress
        Progress and cancellation.

    Returns
    -------
    Network
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
        raise InvalidInputError(
            tr(
                "Could not read the OSM file {path} ({error}): give a whole OpenStreetMap XML file (.osm), an "
                "OpenStreetMap PBF file (.osm.pbf) or a network saved by Build network."
            ).format(path=path, error=error)
        ) from error
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
