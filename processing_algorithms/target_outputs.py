"""Target areas: the base units' pieces in the zones, and writing the zones and the target list."""

from __future__ import annotations

import numpy as np
from qgis.core import QgsProcessingException, QgsWkbTypes

from ..engine.i18n import format_examples
from ..engine.segmentation import composition, targeting
from ..plugin import bridge
from ..plugin.bridge import styling
from ..plugin.bridge.i18n import tr
from ..plugin.bridge.zones import Zones, metres_to_units
from .target_placement import PlacedBase


def zone_pieces(zones: Zones, base: PlacedBase, progress) -> targeting.ZonePieces:
    """Every piece of a base unit inside a zone; zones without base are reported, none with base is refused."""
    if base.layer.wkb_type == QgsWkbTypes.Type.NoGeometry:
        raise QgsProcessingException(
            tr("The base {layer} has no geometry, so it cannot be counted in zones.").format(layer=base.layer.name)
        )
    units, zone_index, shares = bridge.unit_zone_shares(base.layer, zones.polygons, feedback=progress)
    counted = np.bincount(zone_index, weights=base.count_array()[units] * shares, minlength=len(zones))
    empty = [zones.labels[i] for i in np.flatnonzero(counted <= 0)]
    if len(empty) == len(zones):
        raise QgsProcessingException(
            tr("No zone of {zones} contains a unit of the base {base}: check that they overlap.").format(
                zones=zones.layer.name, base=base.layer.name
            )
        )
    if empty:
        progress.warn(
            tr("{n} zones contain no base unit ({examples}); their figures are NULL.").format(
                n=len(empty), examples=format_examples(empty)
            )
        )
    return targeting.ZonePieces(units, zone_index, shares, len(zones), zones.areas_km2)


def write_zones(algorithm, parameters, name, context, progress, result: targeting.Targeting, zones: Zones) -> str:
    """The zones with their own attributes and geometries, then the figures; styled by potential when loaded."""
    frame, _ = composition.with_zone_attributes(zones.layer.frame[zones.attributes], result.zones)
    geometries = bridge.transform_geometries(zones.layer.geometries, zones.layer.crs, zones.layer.source_crs, context)
    dest_id = bridge.write_frame(
        algorithm,
        parameters,
        name,
        context,
        frame,
        geometries=geometries,
        wkb_type=zones.layer.wkb_type,
        crs=zones.layer.source_crs,
        kinds={"rank": "int"},
        feedback=progress,
    )
    field = "benchmark_potential" if "benchmark_potential" in result.zones else "potential"
    algorithm.outputs.style(dest_id, styling.PotentialStyle(field if result.actual_known else "expected"))
    return dest_id


def write_list(algorithm, parameters, name, context, progress, result, base: PlacedBase, zones, key_field) -> str:
    """The target list with each unit's key, its zone's name and its geometry (in the base's CRS)."""
    rows = result.target_list["unit"].to_numpy()
    geometries, wkb_type = _unit_geometries(base, rows, context)
    dest_id = bridge.write_frame(
        algorithm,
        parameters,
        name,
        context,
        _list_frame(result.target_list, base, zones, key_field),
        geometries=geometries,
        wkb_type=wkb_type,
        crs=base.layer.source_crs,
        kinds={"list_rank": "int", "suppressed": "bool"},
        feedback=progress,
    )
    if wkb_type != QgsWkbTypes.Type.NoGeometry:  # by the expected count: never suppressed, so every unit is drawn
        algorithm.outputs.style(dest_id, styling.PotentialStyle("expected"))
    return dest_id


def unit_key_texts(base, key_field: str | None) -> list[str]:
    """Each base unit's key (the base key field, else its feature id) as text."""
    values = base.layer.frame[key_field] if key_field else base.layer.frame["fid"]
    return ["" if v is None or v != v else str(v) for v in values.tolist()]


def unit_areas(base) -> np.ndarray | None:
    """Each polygon unit's area in km² (None for points)."""
    if base.layer.geometries is None:
        return None
    return bridge.polygon_areas(base.layer.geometries) / metres_to_units(base.layer.crs) ** 2 / 1e6


def _list_frame(listed, base, zones, key_field):
    """The target list as written: the unit's key and its zone's name instead of row numbers."""
    frame = listed.copy()
    keys = np.asarray(unit_key_texts(base, key_field), dtype=object)
    frame.insert(1, "unit_key", keys[frame["unit"].to_numpy()] if len(frame) else np.array([], dtype=object))
    labels = np.asarray(list(zones.labels) if zones is not None else [], dtype=object)
    zone = frame["zone"].to_numpy()
    frame["zone"] = np.where(zone >= 0, labels[np.maximum(zone, 0)] if len(labels) else None, None)
    return frame.drop(columns="unit")


def _unit_geometries(base, rows: np.ndarray, context):
    """The listed units' geometries in the base's own CRS, and their geometry type (none for a table)."""
    layer = base.layer
    if layer.wkb_type == QgsWkbTypes.Type.NoGeometry:
        return None, QgsWkbTypes.Type.NoGeometry
    if layer.geometries is not None:
        chosen = [layer.geometries[i] for i in rows]
        return bridge.transform_geometries(chosen, layer.crs, layer.source_crs, context), layer.wkb_type
    points = bridge.points_from_xy(layer.xy[rows])
    return bridge.transform_geometries(points, layer.crs, layer.source_crs, context), QgsWkbTypes.Type.Point
