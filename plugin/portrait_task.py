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
from qgis.core import QgsCoordinateTransform, QgsGeometry, QgsTask

from ..engine import values
from ..engine.errors import CancelledError, EngineError
from ..engine.segmentation import composition, encoding
from ..engine.segmentation import portrait as portraits
from ..engine.segmentation.catalogue import Catalogue
from . import bridge
from .bridge.i18n import tr


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


class PortraitTask(QgsTask):
    """Computes one portrait; ``result``/``error`` are read by the dock when it finishes."""

    def __init__(self, request: PortraitRequest) -> None:
        super().__init__(tr("Pen portrait"), QgsTask.Flag.CanCancel)
        self.request = request
        self.result: portraits.AreaPortrait | None = None
        self.base: BaseUnits | None = None
        self.error: str | None = None

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

    def _area_in_base_crs(self) -> QgsGeometry:
        request = self.request
        area = QgsGeometry.unaryUnion(request.areas) if len(request.areas) > 1 else QgsGeometry(request.areas[0])
        if request.area_crs != self.base.crs and request.area_crs.isValid() and self.base.crs.isValid():
            area.transform(QgsCoordinateTransform(request.area_crs, self.base.crs, request.transform_context))
        return area


def read_base(request: PortraitRequest, axis: encoding.SegmentAxis, progress: bridge.EngineFeedback) -> BaseUnits:
    """Read the base units of the snapshot and place them on the axis."""
    data = bridge.read_units(request.snapshot, [request.segment_field, request.count_field], feedback=progress)
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
