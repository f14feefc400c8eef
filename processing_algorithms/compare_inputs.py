"""Compare profiles: the records of every target layer placed in segments, and the category of each record."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from qgis.core import QgsProcessingException

try:
    import pandas as pd
except ImportError:  # the plugin still loads; algorithms refuse to run (see engine.dependencies)
    pd = None

from ..engine.i18n import format_count
from ..engine.segmentation import comparison as comparisons
from ..plugin import bridge
from ..plugin.bridge.i18n import tr
from ..plugin.bridge.zones import read_zones
from .target_placement import PlacedBase

SPLIT_BY_FIELD, SPLIT_BY_LAYER, SPLIT_BY_ZONE = "field", "layer", "zone"


@dataclass
class TargetRecords:
    """The records of every target layer, one after the other: their attributes, layer, axis position,
    base row (-1: none; None when they carry their own code), weight and point (NaN without)."""

    name: str
    layers: list[str]
    frame: pd.DataFrame
    layer_index: np.ndarray
    positions: np.ndarray
    rows: np.ndarray | None
    weights: np.ndarray | None
    xy: np.ndarray
    placement: str
    unmatched: list[str]

    @property
    def count(self) -> int:
        return len(self.positions)


def records_of_targets(algorithm, parameters, context, progress, base: PlacedBase, *, mode, names, extra, crs) -> TargetRecords:
    """Read and place the target layer and the further target layers (the same fields in each)."""
    sources = [(algorithm.required_source(parameters, algorithm.TARGET, context), None)]
    for layer in algorithm.parameterAsLayerList(parameters, algorithm.OTHER_TARGETS, context) or []:
        sources.append((layer, layer.name()))
    wanted = [f for f in extra if f]
    placed = []
    for source, name in sources:
        target, weights = algorithm.read_target_layer(
            source, parameters, context, progress, mode=mode, names=names, crs=crs, name=name, extra=wanted, xy=True
        )
        placed.append(algorithm.place_target(target, weights, base, parameters, context, progress, mode=mode, names=names))
    layers = _unique([p.layer.name for p in placed])
    frames = [p.layer.frame for p in placed]
    rows = None if any(p.rows is None for p in placed) else np.concatenate([p.rows for p in placed])
    weights = None if all(p.weights is None for p in placed) else np.concatenate([_weights(p) for p in placed])
    xy = np.vstack([p.layer.xy if "x" in p.layer.frame else np.full((len(p.layer), 2), np.nan) for p in placed])
    return TargetRecords(
        name=", ".join(layers),
        layers=layers,
        frame=pd.concat(frames, ignore_index=True),
        layer_index=np.concatenate([np.full(len(p.layer), i, dtype=np.int64) for i, p in enumerate(placed)]),
        positions=np.concatenate([p.positions for p in placed]),
        rows=rows,
        weights=weights,
        xy=xy,
        placement=placed[0].placement,
        unmatched=[label for p in placed for label in p.unmatched],
    )


def _weights(placed) -> np.ndarray:
    return np.ones(len(placed.layer)) if placed.weights is None else placed.weights


def _unique(names: list[str]) -> list[str]:
    """Names made unique by a number in brackets: clients, clients (2)."""
    seen: dict[str, int] = {}
    result = []
    for name in names:
        seen[name] = seen.get(name, 0) + 1
        result.append(name if seen[name] == 1 else f"{name} ({seen[name]})")
    return result


def record_categories(algorithm, parameters, context, progress, records: TargetRecords, base: PlacedBase, split: str, crs):
    """Each record's category, the split in words, and a warning about records without a category (or None)."""
    if split == SPLIT_BY_LAYER:
        if len(records.layers) < 2:
            raise QgsProcessingException(
                tr("Splitting by layer needs at least two target layers: add layers to 'More targets (same fields)'.")
            )
        return comparisons.Categories(records.layer_index, tuple(records.layers)), tr("layer"), None
    if split == SPLIT_BY_ZONE:
        return _zone_categories(algorithm, parameters, context, progress, records, base, crs)
    field = algorithm.parameterAsString(parameters, algorithm.CATEGORY_FIELD, context)
    if not field:
        raise QgsProcessingException(tr("Choose the category field of the target, or split the target another way."))
    categories = comparisons.categorise(records.frame[field])
    return (
        categories,
        tr("the field {field}").format(field=field),
        comparisons.none_message(categories, layer=records.name, field=field),
    )


def _zone_categories(algorithm, parameters, context, progress, records, base, crs):
    source = algorithm.parameterAsSource(parameters, algorithm.ZONES, context)
    if source is None:
        raise QgsProcessingException(tr("Choose the zones to split the target by."))
    zones = read_zones(
        source,
        crs,
        attributes=[],
        name_field=algorithm.parameterAsString(parameters, algorithm.ZONE_NAME, context) or None,
        context=context,
        feedback=progress,
        name=bridge.layer_title(algorithm, parameters, algorithm.ZONES, context),
    )
    xy = records.xy.copy()
    if records.rows is not None and "x" in base.layer.frame:
        own = np.isnan(xy).any(axis=1) & (records.rows >= 0)
        xy[own] = base.layer.xy[records.rows[own]]
    zone = bridge.zones_containing(xy, zones.polygons, feedback=progress)
    names = _unique(list(zones.labels))
    lost = (zone < 0) & (records.positions >= 0)  # records in no segment need no category
    outside = int(np.count_nonzero(lost))
    codes = zone.copy()
    if outside:
        codes[lost] = len(names)
        names.append(comparisons.none_category())
    message = None
    if outside:
        message = tr("{n} records lie in no zone of {zones}; they form the category {none}.").format(
            n=format_count(outside), zones=zones.layer.name, none=comparisons.none_category()
        )
    return (
        comparisons.Categories(codes, tuple(names), outside),
        tr("the zones of {zones}").format(zones=zones.layer.name),
        message,
    )
