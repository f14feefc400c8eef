"""The "Style by segment" dialog: colour a segmented layer with its catalogue's colours."""

from __future__ import annotations

from qgis.core import QgsProject, QgsVectorLayer
from qgis.gui import QgsFieldComboBox, QgsMapLayerComboBox
from qgis.PyQt.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel

from ..engine.errors import EngineError
from ..engine.segmentation.catalogue_files import builtin_catalogues, load_catalogue
from .bridge.compat import LAYER_VECTOR
from .bridge.i18n import language, tr
from .bridge.styling import style_by_segment


class StyleBySegmentDialog(QDialog):
    """Choose a layer, its segment field, a catalogue and a level; Apply styles the layer."""

    def __init__(self, layer: QgsVectorLayer | None = None, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("PlaceInsightStyleDialog")
        self.setWindowTitle(tr("Style by segment"))
        form = QFormLayout(self)
        self.layer_box = QgsMapLayerComboBox(self)
        self.layer_box.setFilters(LAYER_VECTOR)
        form.addRow(tr("Layer"), self.layer_box)
        self.field_box = QgsFieldComboBox(self)
        form.addRow(tr("Segment field"), self.field_box)
        self.catalogue_box = QComboBox(self)
        for path in builtin_catalogues().values():
            self.catalogue_box.addItem(load_catalogue(path).name(language()), str(path))
        form.addRow(tr("Catalogue"), self.catalogue_box)
        self.level_box = QComboBox(self)
        form.addRow(tr("Level"), self.level_box)
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        form.addRow(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Apply | QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Apply).clicked.connect(self.apply)
        buttons.rejected.connect(self.close)
        form.addRow(buttons)
        self.layer_box.layerChanged.connect(self._on_layer)
        self.catalogue_box.currentIndexChanged.connect(self._on_catalogue)
        if layer is not None:
            self.layer_box.setLayer(layer)
        self._on_layer(self.layer_box.currentLayer())
        self._on_catalogue()

    def _on_layer(self, layer) -> None:
        self.field_box.setLayer(layer)
        if layer is not None:
            guess = next((n for n in layer.fields().names() if "segment" in n.lower()), None)
            if guess:
                self.field_box.setField(guess)

    def _on_catalogue(self) -> None:
        self.level_box.clear()
        path = self.catalogue_box.currentData()
        if path:
            for level in load_catalogue(path).levels:
                self.level_box.addItem(level.name(language()), level.id)

    def apply(self) -> bool:
        """Style the chosen layer; False (with a message) when something is missing."""
        layer = self.layer_box.currentLayer()
        field = self.field_box.currentField()
        if layer is None or not field:
            self.message.setText(tr("Choose a layer and the field that holds its segment codes."))
            return False
        try:
            catalogue = load_catalogue(self.catalogue_box.currentData())
            style_by_segment(layer, field, catalogue, self.level_box.currentData(), language())
        except EngineError as error:
            self.message.setText(str(error))
            return False
        self.message.setText(
            tr("{layer} is styled by {level} with the colours of {catalogue}.").format(
                layer=layer.name(), level=self.level_box.currentText().lower(), catalogue=catalogue.name(language())
            )
        )
        QgsProject.instance().setDirty(True)
        return True
