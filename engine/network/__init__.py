"""The routable road network: travel modes, tags and speeds, topology, snapping, saving and the session cache.

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

Modules: ``options`` (:class:`NetworkOptions`, road-class speeds), ``tags``
(OSM tags, speed parsing), ``modes`` (rules per travel mode, :class:`TravelMode`
and its graph), ``model`` (:class:`Network`), ``build`` (topology),
``snapping``, ``geometry`` (flat vertex arrays of edges and pieces of edges),
``edges`` (a network read back from Build network's edges, as built),
``strokes`` (edges chained into long polylines), ``storage``
(``.npz`` files, the session cache), ``summary`` (messages and tables), ``osm``
(OSM XML through osmnx). This package re-exports their public names.
"""

from .build import LineParts, build_network
from .edges import BUILT_FIELDS as BUILT_EDGE_FIELDS
from .edges import OPTIONAL_FIELDS as OPTIONAL_EDGE_FIELDS
from .edges import is_built_edges, network_from_edges, own_fields
from .geometry import edge_geometries, piece_coordinates
from .model import Network
from .modes import PROFILES, TravelMode, TravelModes, make_travel_mode
from .options import MPH, NetworkOptions
from .osm import network_from_osm_xml
from .snapping import Snap, cut_line
from .storage import CACHE, NetworkCache, load_network, save_network
from .strokes import Strokes, network_strokes
from .summary import edge_table, island_table, network_messages, profile_label
from .tags import TAG_COLUMNS, normalise_tags, parse_other_tags, parse_speed

__all__ = [
    "BUILT_EDGE_FIELDS",
    "CACHE",
    "MPH",
    "PROFILES",
    "TAG_COLUMNS",
    "LineParts",
    "Network",
    "NetworkCache",
    "NetworkOptions",
    "OPTIONAL_EDGE_FIELDS",
    "Snap",
    "Strokes",
    "TravelMode",
    "TravelModes",
    "build_network",
    "cut_line",
    "edge_geometries",
    "edge_table",
    "is_built_edges",
    "island_table",
    "load_network",
    "make_travel_mode",
    "network_from_edges",
    "network_from_osm_xml",
    "network_messages",
    "network_strokes",
    "normalise_tags",
    "own_fields",
    "parse_other_tags",
    "parse_speed",
    "piece_coordinates",
    "profile_label",
    "save_network",
]
