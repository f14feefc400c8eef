"""The target rows of the pen-portrait dock: whose potential to show for the area.

A target layer (clients, payers…), the key it joins the base on (empty:
by location), the base's key field and the coverage of the target market.
With a target chosen the dock adds to the portrait how many of the area's
households are in the target market, how many are in the target today and
how many more could be reached.
"""

from __future__ import annotations

from collections.abc import Callable

from qgis.core import QgsMapLayerProxyModel, QgsProject, QgsVectorLayer
from qgis.gui import QgsFieldComboBox, QgsMapLayerComboBox
from qgis.PyQt.QtWidgets import QFormLayout, QSpinBox, QWidget

from . import bridge
from . import portrait_settings as settings
from .bridge.i18n import tr
from .portrait_task import TargetRequest

KEY_HINTS = ("postcode", "post_code", "code_postal", "key")


def guess_key(layer) -> str:
    """A field of ``layer`` that looks like a postcode or key (empty when none does)."""
    if layer is None:
        return ""
    for hint in KEY_HINTS:
        for name in layer.fields().names():
            if hint in name.lower():
                return name
    return ""


class TargetChoice:
    """The widgets choosing the target, in the dock's form; ``changed()`` is called when the choice changes."""

    def __init__(self, body: QWidget, form: QFormLayout, changed: Callable[[], None]) -> None:
        self._changed = changed
        self._restoring = False
        self.layer_box = QgsMapLayerComboBox(body)
        self.layer_box.setFilters(QgsMapLayerProxyModel.Filter.VectorLayer)
        self.layer_box.setAllowEmptyLayer(True)
        self.layer_box.setLayer(None)
        self.layer_box.setToolTip(tr("Clients, payers, users…: the portrait then shows the area's potential for them."))
        form.addRow(tr("Target (optional)"), self.layer_box)
        self.key_box = QgsFieldComboBox(body)
        self.key_box.setAllowEmptyFieldName(True)
        self.key_box.setToolTip(tr("The target's postcode or key. Empty: target points are placed by location."))
        form.addRow(tr("Target key field"), self.key_box)
        self.base_key_box = QgsFieldComboBox(body)
        self.base_key_box.setAllowEmptyFieldName(True)
        form.addRow(tr("Base key field"), self.base_key_box)
        self.coverage_box = QSpinBox(body)
        self.coverage_box.setRange(10, 100)
        self.coverage_box.setSuffix(" %")
        self.coverage_box.setValue(75)
        self.coverage_box.setToolTip(
            tr("The target market: the fewest segments, largest first, holding this share of the target.")
        )
        form.addRow(tr("Target market covers"), self.coverage_box)
        self.layer_box.layerChanged.connect(self._on_layer_changed)
        self.key_box.activated.connect(lambda _: self._write("target_key", self.key_box.currentField()))
        self.base_key_box.activated.connect(lambda _: self._write("base_key", self.base_key_box.currentField()))
        self.coverage_box.valueChanged.connect(lambda value: self._write("market_coverage", value))

    def restore(self, base_layer) -> None:
        """Apply the project's (else the user's) choices."""
        self._restoring = True
        try:
            layer = QgsProject.instance().mapLayer(settings.read("target_layer"))
            self.layer_box.setLayer(layer)
            self.key_box.setLayer(layer)
            self.key_box.setField(settings.read("target_key") or guess_key(layer))
            self.set_base_layer(base_layer)
            self.coverage_box.setValue(int(float(settings.read("market_coverage", "75") or 75)))
        finally:
            self._restoring = False

    def set_base_layer(self, layer) -> None:
        self.base_key_box.setLayer(layer)
        self.base_key_box.setField(settings.read("base_key") or guess_key(layer))

    def _on_layer_changed(self, layer) -> None:
        self.key_box.setLayer(layer)
        if self._restoring:
            return
        self.key_box.setField(guess_key(layer))
        settings.write("target_layer", layer.id() if layer else "")
        settings.write("target_key", self.key_box.currentField())
        self._changed()

    def _write(self, key: str, value) -> None:
        if not self._restoring:
            settings.write(key, value)
            self._changed()

    def request(self) -> TargetRequest | None:
        """What the task needs to compute the area's potential (None without a target)."""
        layer = self.layer_box.currentLayer()
        if not isinstance(layer, QgsVectorLayer):
            return None
        key_field = self.key_box.currentField() or None
        base_key = self.base_key_box.currentField() or None
        coverage = self.coverage_box.value() / 100.0
        state = bridge.layer_state(layer)
        return TargetRequest(
            snapshot=bridge.LayerSnapshot(layer),
            key=(layer.id(), state, key_field, base_key),
            name=layer.name(),
            key_field=key_field,
            base_key_field=base_key if key_field else None,
            coverage=coverage,
        )
