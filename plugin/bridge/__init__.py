"""The one place where QGIS layers become arrays and DataFrames, and back.

Processing algorithms and docks read layers through :func:`read_layer`, hand
plain arrays and DataFrames to the engine, and write the engine's results
with :func:`write_frame`. Distances are worked out in a projected CRS
(:func:`working_crs`): a layer in a geographic CRS is transformed to the UTM
zone of its extent, and outputs go back to the input's CRS. This package
imports no GUI class, so it runs in Processing's worker threads.

Callers import the package (``from ..plugin import bridge``) and use the
names re-exported here; each lives in the module of its concern:

- ``feedback`` — :class:`EngineFeedback` (Processing feedback as the engine's
  progress protocol) and :func:`with_progress` over feature iterators;
- ``crs`` — the UTM working CRS of geographic input, transforms;
- ``values`` — attribute values and field types between QGIS and pandas;
- ``layers`` — :func:`read_layer` and :class:`LayerData`, field checks, layer
  titles, :class:`LayerSnapshot` for background tasks, :func:`layer_state`;
- ``spatial`` — points in zones, unit shares of zones, overlaps of polygons;
- ``sinks`` — fields of a DataFrame, sinks, :func:`write_frame`;
- ``outputs`` — :class:`Outputs`: every output of a run written atomically
  (staged beside its target, moved into place when the run succeeded);
- ``geometry`` — geometries from numpy arrays and WKB, and back;
- ``network`` — line layers read for the network builder (in bulk from a file
  named on the main thread, :func:`arrow_source`), a network's CRS;
- ``polygons`` — polygons of survey clusters and of catchments;
- ``rasters`` — :func:`write_raster` (GeoTIFF through GDAL);
- ``zones`` — :func:`read_zones`: polygon zones, or lines buffered, with their areas;
- ``compat``, ``i18n``, ``styling``, ``threads`` — QGIS version differences,
  ``tr()``, layer styles (every output's, through layer post-processors), work
  run on the main thread (imported as modules, not re-exported).
"""

from __future__ import annotations

from .crs import WGS84, transform_context, transform_geometries, utm_crs, working_crs
from .feedback import EngineFeedback, with_progress
from .geometry import (
    line_coordinates,
    lines_from_coordinates,
    lines_from_flat,
    lines_from_wkb,
    multilines_from_bounds,
    multilines_from_flat,
    points_from_xy,
    polygon_from_rings,
    segments_from_xy,
)
from .layers import (
    LayerData,
    LayerSnapshot,
    layer_state,
    layer_title,
    read_layer,
    read_polygons,
    read_units,
    require_fields,
    source_name,
)
from .network import (
    NETWORK_TAG_FIELDS,
    ArrowSource,
    NetworkLines,
    arrow_source,
    crs_of_network,
    output_crs,
    read_network_lines,
)
from .outputs import Outputs
from .polygons import NetworkBuffers, catchment_polygons, cluster_polygons
from .rasters import write_raster
from .sinks import create_sink, fields_for_frame, write_features, write_frame
from .spatial import (
    clip_geometries,
    overlap_with,
    point_zone_pairs,
    points_in_area,
    polygon_areas,
    polygon_zone_shares,
    union_geometry,
    unit_zone_shares,
    weights_inside,
    zones_containing,
)
from .values import field_kind, python_value, qgis_value

__all__ = [
    # feedback
    "EngineFeedback",
    "with_progress",
    # crs
    "WGS84",
    "transform_context",
    "transform_geometries",
    "utm_crs",
    "working_crs",
    # values
    "field_kind",
    "python_value",
    "qgis_value",
    # layers
    "LayerData",
    "LayerSnapshot",
    "layer_state",
    "layer_title",
    "read_layer",
    "read_polygons",
    "read_units",
    "require_fields",
    "source_name",
    # spatial
    "clip_geometries",
    "overlap_with",
    "point_zone_pairs",
    "points_in_area",
    "polygon_areas",
    "polygon_zone_shares",
    "union_geometry",
    "unit_zone_shares",
    "weights_inside",
    "zones_containing",
    # outputs
    "Outputs",
    # sinks
    "create_sink",
    "fields_for_frame",
    "write_features",
    "write_frame",
    # geometry
    "line_coordinates",
    "lines_from_coordinates",
    "lines_from_flat",
    "lines_from_wkb",
    "multilines_from_bounds",
    "multilines_from_flat",
    "points_from_xy",
    "polygon_from_rings",
    "segments_from_xy",
    # network
    "NETWORK_TAG_FIELDS",
    "NetworkLines",
    "crs_of_network",
    "output_crs",
    "read_network_lines",
    "arrow_source",
    "ArrowSource",
    # polygons
    "NetworkBuffers",
    "catchment_polygons",
    "cluster_polygons",
    # rasters
    "write_raster",
]
