"""The background computation of a pen portrait (a ``QgsTask``).

The dock gathers its inputs on the main thread — a thread-safe snapshot of
the base layer, copies of the area geometries, the catalogue — and the task
reads the base units through the bridge, places them in the area and asks
the engine for the portrait. Base units already read for the same layer,
fields and level are reused (:class:`BaseUnits`), so following a selection
only costs the point-in-area test and a tally.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from qgis.core import QgsCoordinateTransform, QgsGeometry, QgsTask, QgsWkbTypes

from ..engine import values
from ..engine.errors import CancelledError, EngineError
from ..engine.segmentation import composition, encoding, joins, targeting
from ..engine.segmentation import portrait as portraits
from ..engine.segmentation.catalogue import Catalogue
from ..engine.segmentation.profile import ProfileOptions, profile_counts
from ..engine.segmentation.targeting_report import area_potential_sentences
from . import bridge
from .bridge.i18n import tr
from .bridge.zones import metres_to_units

#: How far the nearest base point may be from a target point placed by location (metres).
TARGET_TOLERANCE_M = 100.0


@dataclass
class BaseUnits:
    """The base units of a layer placed on a segment axis (reused between selections)."""

    key: tuple
    units: bridge.LayerData
    positions: np.ndarray
    counts: np.ndarray
    unknown_codes: tuple[str, ...]

    @property
    def crs(self):
        return self.units.crs


@dataclass
class TargetRequest:
    """The target whose potential the dock shows: a snapshot of its layer, its key field (None: by location),
    the base's key field and the target market's coverage (0–1); ``key`` identifies it for the cache."""

    snapshot: bridge.LayerSnapshot
    key: tuple
    name: str
    key_field: str | None
    base_key_field: str | None
    coverage: float


@dataclass
class TargetUnits:
    """Target records placed at the base units (reused between selections)."""

    key: tuple
    actual: np.ndarray
    tally: np.ndarray
    records: int


@dataclass
class PortraitRequest:
    """Everything the task needs, copied on the main thread."""

    serial: int
    snapshot: bridge.LayerSnapshot
    base_key: tuple
    segment_field: str
    count_field: str | None
    catalogue: Catalogue
    level: str
    coverage: float
    language: str
    count_label: str
    title: str
    areas: list[QgsGeometry]
    area_crs: object
    transform_context: object
    cached_base: BaseUnits | None = None
    target: TargetRequest | None = None
    cached_target: TargetUnits | None = None


class PortraitTask(QgsTask):
    """Computes one portrait; ``result``/``error`` are read by the dock when it finishes."""

    def __init__(self, request: PortraitRequest) -> None:
        super().__init__(tr("Pen portrait"), QgsTask.Flag.CanCancel)
        self.request = request
        self.result: portraits.AreaPortrait | None = None
        self.base: BaseUnits | None = None
        self.error: str | None = None
        self.target: TargetUnits | None = None
        self.potential: list[str] = []

    def run(self) -> bool:
        progress = bridge.EngineFeedback(self)
        try:
            request = self.request
            axis = encoding.SegmentAxis.of(request.catalogue, request.level)
            self.base = request.cached_base if request.cached_base is not None else read_base(request, axis, progress)
            self.setProgress(70)
            area = self._area_in_base_crs()
            units, _, shares = bridge.unit_zone_shares(self.base.units, [area], feedback=progress)
            progress.check()
            options = composition.MixOptions(coverage=request.coverage)
            self.result = portraits.portrait_of_area(
                self.base.positions,
                self.base.counts,
                units,
                shares,
                axis,
                options=options,
                language=request.language,
                title=request.title,
                count_label=request.count_label,
                unknown_codes=self.base.unknown_codes,
            )
            if request.target is not None:
                self.potential = self._potential(axis, units, shares, progress)
            self.setProgress(100)
            return True
        except CancelledError:
            return False
        except EngineError as error:
            self.error = str(error)
            return False
        except Exception as error:  # noqa: BLE001 - shown in the dock rather than lost in a thread
            self.error = tr("The portrait could not be computed: {error}").format(error=error)
            return False

    def _potential(self, axis, units, shares, progress) -> list[str]:
        """The area's potential for the chosen target, in words (or what went wrong, in words)."""
        request = self.request
        try:
            cached = request.cached_target
            self.target = (
                cached
                if cached is not None and cached.key == request.target.key
                else read_target(request, self.base, axis, progress)
            )
            base = encoding.tally(self.base.positions, axis.size, self.base.counts)
            profile = profile_counts(
                self.target.tally, base, axis, options=ProfileOptions(coverage=request.target.coverage), language=request.language
            )
            market = targeting.choose_market(profile, targeting.MarketChoice())
            result = targeting.target_areas(
                targeting.BaseUnits(self.base.positions, self.base.counts, self.target.actual),
                market,
                targeting.penetration_rates(self.target.tally, base),
                axis,
                zones=targeting.ZonePieces(units, np.zeros(len(units), dtype=np.int64), shares, 1),
                language=request.language,
            )
            return area_potential_sentences(
                result, target=request.target.name, counted=request.count_label, language=request.language
            )
        except CancelledError:
            raise
        except EngineError as error:
            return [str(error)]

    def _area_in_base_crs(self) -> QgsGeometry:
        request = self.request
        area = QgsGeometry.unaryUnion(request.areas) if len(request.areas) > 1 else QgsGeometry(request.areas[0])
        if request.area_crs != self.base.crs and request.area_crs.isValid() and self.base.crs.isValid():
            area.transform(QgsCoordinateTransform(request.area_crs, self.base.crs, request.transform_context))
        return area


def read_base(request: PortraitRequest, axis: encoding.SegmentAxis, progress: bridge.EngineFeedback) -> BaseUnits:
    """Read the base units of the snapshot (with the key the target joins on) and place them on the axis."""
    key_field = request.target.base_key_field if request.target is not None else None
    data = bridge.read_units(request.snapshot, [request.segment_field, request.count_field, key_field], feedback=progress)
    codes = encoding.encode_segments(data.frame[request.segment_field], axis, blank_as_unclassified=True)
    encoding.require_level(codes, axis, layer=data.name, field=request.segment_field)
    if request.count_field:
        counts = values.read_numbers(
            data.frame[request.count_field], values.COUNTS, field=request.count_field, layer=data.name, labels=data.frame["fid"]
        )
    else:
        counts = np.ones(len(data))
    unknown = tuple(code for code, _ in sorted(codes.unknown.items(), key=lambda item: (-item[1], item[0])))
    return BaseUnits(key=request.base_key, units=data, positions=codes.positions, counts=counts, unknown_codes=unknown)


def read_target(request: PortraitRequest, base: BaseUnits, axis: encoding.SegmentAxis, progress) -> TargetUnits:
    """Place the target records at base units: by key, or by location (inside a base polygon or at the nearest
    base point within :data:`TARGET_TOLERANCE_M`)."""
    target = request.target
    if target.key_field:
        if not target.base_key_field or target.base_key_field not in base.units.frame:
            raise EngineError(tr("Choose the base key field that the target's key {field} joins.").format(field=target.key_field))
        data = bridge.read_layer(target.snapshot, [target.key_field], feedback=progress)
        rows = joins.join_on_keys(
            data.frame[target.key_field],
            base.units.frame[target.base_key_field],
            base_positions=base.positions,
            base_counts=base.counts,
        ).rows
    else:
        if target.snapshot.wkbType() == QgsWkbTypes.Type.NoGeometry:
            raise EngineError(tr("The target {layer} has no geometry: choose its key field.").format(layer=target.name))
        data = bridge.read_layer(target.snapshot, [], feedback=progress, geometry="xy", crs=base.crs, point="surface")
        if base.units.geometries is not None:
            rows = bridge.zones_containing(data.xy, base.units.geometries, feedback=progress)
        else:
            rows = joins.nearest_within(data.xy, base.units.xy, TARGET_TOLERANCE_M * metres_to_units(base.crs))
    found = rows >= 0
    actual = np.bincount(rows[found], minlength=len(base.positions)).astype(float)
    return TargetUnits(target.key, actual, encoding.tally(base.positions[rows[found]], axis.size), len(rows))
