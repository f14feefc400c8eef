"""The "Pen portraits" dock: who lives in the area the user selects, and how to reach them.

The dock gathers its inputs (base layer, fields, catalogue, the selected or
drawn area), runs the computation in a :class:`PortraitTask` and shows the
engine's portrait. It computes nothing itself.
"""

from __future__ import annotations

from pathlib import Path

from qgis.core import (
    QgsApplication,
    QgsCoordinateReferenceSystem,
    QgsExpression,
    QgsExpressionContext,
    QgsExpressionContextUtils,
    QgsFieldProxyModel,
    QgsGeometry,
    QgsProject,
    QgsTask,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.gui import QgsDockWidget, QgsFieldComboBox, QgsMapLayerComboBox
from qgis.PyQt.QtCore import QByteArray, QSize, Qt, QTimer, QUrl, pyqtSignal
from qgis.PyQt.QtGui import QImage, QPainter, QTextDocument
from qgis.PyQt.QtSvg import QSvgRenderer
from qgis.PyQt.QtWidgets import (
    QApplication,
    QButtonGroup,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ..engine import dependencies
from ..engine.errors import EngineError
from ..engine.i18n import format_examples
from ..engine.segmentation import portrait as portraits
from ..engine.segmentation.catalogue import Catalogue
from ..engine.segmentation.catalogue_files import builtin_catalogues, load_catalogue
from ..engine.segmentation.targeting_report import area_potential_html
from . import bridge
from . import portrait_settings as settings
from .area_tool import POLYGON, RECTANGLE, AreaMapTool
from .bridge.compat import LAYER_POINT, LAYER_POLYGON, layer_filters
from .bridge.i18n import language, tr
from .portrait_target import TargetChoice
from .portrait_task import PortraitRequest, PortraitTask

DEBOUNCE_MS = 300
COUNT_KINDS = ("households", "population", "units")
_FIELD_HINTS = {"households": ("household", "hh"), "population": ("population", "persons", "people", "pop")}


def count_label(kind: str) -> str:
    return {"households": tr("households"), "population": tr("people"), "units": tr("base units")}[kind]


class PortraitDock(QgsDockWidget):
    """Follows the active layer's selection (or a drawn area) and shows its pen portrait."""

    portraitShown = pyqtSignal()  # a portrait (or a message) was shown
    installRequested = pyqtSignal()  # the user asked to install the missing Python packages

    def __init__(self, iface, parent=None) -> None:
        super().__init__(tr("Pen portraits"), parent)
        self.setObjectName("PlaceInsightPortraitDock")
        self.iface = iface
        self.portrait: portraits.AreaPortrait | None = None
        self.message = ""
        self._serial = 0
        self._tasks: dict[int, PortraitTask] = {}
        self._base_cache = None
        self._target_cache = None
        self._target_name = ""
        self.potential: list[str] = []
        self._catalogues: dict[str, Catalogue] = {}
        self._followed: QgsVectorLayer | None = None
        self._drawn: tuple[QgsGeometry, QgsCoordinateReferenceSystem] | None = None
        self._restoring = False
        self._removed_message = ""
        self.chosen_fields = {"segment_field": "", "count_field": ""}
        self.tool: AreaMapTool | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.refresh)
        self._build()
        self.restore_settings()
        QgsProject.instance().readProject.connect(self.restore_settings)
        QgsProject.instance().layersRemoved.connect(self._on_layers_removed)
        if hasattr(iface, "currentLayerChanged"):
            iface.currentLayerChanged.connect(self.on_active_layer_changed)
        self.on_active_layer_changed()

    # -- user interface -----------------------------------------------------------
    def _build(self) -> None:
        """The dock's widgets, from top to bottom, and their signals."""
        body = QWidget(self)
        layout = QVBoxLayout(body)
        form = QFormLayout()
        self._build_base_rows(body, form)
        self._build_catalogue_rows(body, form)
        self.target = TargetChoice(body, form, self._target_changed)
        layout.addLayout(form)
        layout.addLayout(self._build_area_row(body))
        self._build_report(body, layout)
        layout.addLayout(self._build_export_buttons(body))
        self.setWidget(body)
        self._connect_widgets()

    def _build_base_rows(self, body: QWidget, form: QFormLayout) -> None:
        """Base units: the layer, its segment field, and what each unit counts (a kind and a field)."""
        self.layer_box = QgsMapLayerComboBox(body)
        self.layer_box.setFilters(layer_filters(LAYER_POINT, LAYER_POLYGON))
        self.layer_box.setAllowEmptyLayer(True)
        form.addRow(tr("Base units"), self.layer_box)
        self.segment_box = QgsFieldComboBox(body)
        form.addRow(tr("Segment field"), self.segment_box)
        self.count_kind_box = QComboBox(body)
        for kind in COUNT_KINDS:
            self.count_kind_box.addItem(
                {"households": tr("Households"), "population": tr("Population"), "units": tr("Base units (1 each)")}[kind], kind
            )
        form.addRow(tr("Count"), self.count_kind_box)
        self.count_box = QgsFieldComboBox(body)
        self.count_box.setFilters(QgsFieldProxyModel.Filter.Numeric)
        self.count_box.setAllowEmptyFieldName(True)
        form.addRow(tr("Count field"), self.count_box)

    def _build_catalogue_rows(self, body: QWidget, form: QFormLayout) -> None:
        """The catalogue (built in, or a file), its level, and the share of the area the portraits cover."""
        self.catalogue_box = QComboBox(body)
        for path in builtin_catalogues().values():
            self.catalogue_box.addItem(self._catalogue(str(path)).name(language()), str(path))
        self.catalogue_box.addItem(tr("Catalogue file…"), "")
        form.addRow(tr("Catalogue"), self.catalogue_box)
        self.level_box = QComboBox(body)
        form.addRow(tr("Level"), self.level_box)
        self.coverage_box = QSpinBox(body)
        self.coverage_box.setRange(10, 100)
        self.coverage_box.setSuffix(" %")
        self.coverage_box.setValue(75)
        self.coverage_box.setToolTip(
            tr("Portraits are shown for the largest segments that together cover this share of the area (at most 5).")
        )
        form.addRow(tr("Dominant segments cover"), self.coverage_box)

    def _build_area_row(self, body: QWidget) -> QHBoxLayout:
        """The area: the selected features or a drawn area, and the buttons that draw one."""
        area_row = QHBoxLayout()
        self.selection_radio = QRadioButton(tr("Selected areas"), body)
        self.drawn_radio = QRadioButton(tr("Drawn area"), body)
        self.area_group = QButtonGroup(body)
        self.area_group.addButton(self.selection_radio)
        self.area_group.addButton(self.drawn_radio)
        self.selection_radio.setChecked(True)
        self.polygon_button = QPushButton(tr("Draw polygon"), body)
        self.rectangle_button = QPushButton(tr("Draw rectangle"), body)
        for widget in (self.selection_radio, self.drawn_radio, self.polygon_button, self.rectangle_button):
            area_row.addWidget(widget)
        return area_row

    def _build_report(self, body: QWidget, layout: QVBoxLayout) -> None:
        """The progress bar (hidden until a portrait is computed), the status line and the portrait itself."""
        self.progress = QProgressBar(body)
        self.progress.setRange(0, 100)
        self.progress.setVisible(False)
        layout.addWidget(self.progress)
        self.status = QLabel(body)
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.install_button = QPushButton(tr("Install missing Python packages…"), body)
        self.install_button.setVisible(False)
        self.install_button.clicked.connect(self.installRequested.emit)
        layout.addWidget(self.install_button)
        self.browser = QTextBrowser(body)
        self.browser.setOpenExternalLinks(True)
        layout.addWidget(self.browser, 1)

    def _build_export_buttons(self, body: QWidget) -> QHBoxLayout:
        """Export HTML, PDF and copy the text: disabled until a portrait is shown."""
        buttons = QHBoxLayout()
        self.html_button = QPushButton(tr("Export HTML…"), body)
        self.pdf_button = QPushButton(tr("Export PDF…"), body)
        self.copy_button = QPushButton(tr("Copy text"), body)
        for button in (self.html_button, self.pdf_button, self.copy_button):
            button.setEnabled(False)
            buttons.addWidget(button)
        return buttons

    def _connect_widgets(self) -> None:
        self.layer_box.layerChanged.connect(self._on_base_layer_changed)
        # activated: only the user's own choice (the box also changes when the layer's fields change)
        self.segment_box.activated.connect(lambda _: self._choose("segment_field", self.segment_box.currentField()))
        self.count_box.activated.connect(lambda _: self._choose("count_field", self.count_box.currentField()))
        self.count_kind_box.currentIndexChanged.connect(self._on_count_kind_changed)
        self.catalogue_box.activated.connect(self._on_catalogue_chosen)
        self.level_box.currentIndexChanged.connect(lambda _: self._changed("level", self.level_box.currentData()))
        self.coverage_box.valueChanged.connect(lambda value: self._changed("coverage", value))
        self.selection_radio.toggled.connect(self._on_area_mode_changed)
        self.polygon_button.clicked.connect(lambda: self.start_drawing(POLYGON))
        self.rectangle_button.clicked.connect(lambda: self.start_drawing(RECTANGLE))
        self.html_button.clicked.connect(self._ask_export_html)
        self.pdf_button.clicked.connect(self._ask_export_pdf)
        self.copy_button.clicked.connect(self.copy_text)

    # -- settings -------------------------------------------------------------------
    def restore_settings(self) -> None:
        """Apply the project's choices (else the user's defaults) to the widgets."""
        self._restoring = True
        try:
            layer = QgsProject.instance().mapLayer(settings.read("base_layer")) or self._guess_base_layer()
            self.layer_box.setLayer(layer)
            self.segment_box.setLayer(layer)
            self.count_box.setLayer(layer)
            self.count_kind_box.setCurrentIndex(max(0, COUNT_KINDS.index(settings.read("count_kind", "households"))))
            self._set_fields(
                settings.read("segment_field") or self._guess_field(layer, ("segment",)),
                settings.read("count_field") or self._guess_count_field(layer),
            )
            path = settings.read("catalogue") or self.catalogue_box.itemData(0)
            self._select_catalogue(path)
            level = settings.read("level")
            index = self.level_box.findData(level)
            if index >= 0:
                self.level_box.setCurrentIndex(index)
            self.coverage_box.setValue(int(float(settings.read("coverage", "75") or 75)))
            self.drawn_radio.setChecked(settings.read("area_mode") == "drawn")
            self.target.restore(layer)
        finally:
            self._restoring = False

    def _set_fields(self, segment: str, count: str) -> None:
        """Show and remember the chosen segment and count fields."""
        self.chosen_fields = {"segment_field": segment or "", "count_field": count or ""}
        self.segment_box.setField(segment or "")
        self.count_box.setField(count or "")

    def _choose(self, key: str, value: str) -> None:
        self.chosen_fields[key] = value or ""
        self._changed(key, value)

    def _changed(self, key: str, value) -> None:
        if self._restoring:
            return
        settings.write(key, value)
        if key in ("segment_field", "count_field", "level"):
            self._base_cache = None
        self.schedule()

    @staticmethod
    def _guess_base_layer():
        for layer in QgsProject.instance().mapLayers().values():
            if isinstance(layer, QgsVectorLayer) and layer.fields().lookupField("segment") >= 0:
                return layer
        return None

    @staticmethod
    def _guess_field(layer, hints) -> str:
        if layer is None:
            return ""
        for name in layer.fields().names():
            if any(hint in name.lower() for hint in hints):
                return name
        return ""

    def _guess_count_field(self, layer) -> str:
        kind = self.count_kind_box.currentData()
        return self._guess_field(layer, _FIELD_HINTS.get(kind, ())) if kind != "units" else ""

    def _target_changed(self) -> None:
        self._base_cache = None  # the base is read with the key the target joins on
        self._target_cache = None
        self.schedule()

    def _on_base_layer_changed(self, layer) -> None:
        if self._restoring:
            return
        self.target.set_base_layer(layer)
        self.segment_box.setLayer(layer)
        self.count_box.setLayer(layer)
        self._set_fields(self._guess_field(layer, ("segment",)), self._guess_count_field(layer))
        settings.write("base_layer", layer.id() if layer else "")
        settings.write("segment_field", self.chosen_fields["segment_field"])
        settings.write("count_field", self.chosen_fields["count_field"])
        self._base_cache = None
        self.schedule()

    def _on_count_kind_changed(self) -> None:
        if self._restoring:
            return
        settings.write("count_kind", self.count_kind_box.currentData())
        self._choose("count_field", self._guess_count_field(self.layer_box.currentLayer()))
        self.count_box.setField(self.chosen_fields["count_field"])

    def _on_catalogue_chosen(self) -> None:
        path = self.catalogue_box.currentData()
        if not path:
            path, _ = QFileDialog.getOpenFileName(self, tr("Catalogue file"), "", tr("Catalogues (*.json *.csv)"))
            if not path:
                self._select_catalogue(settings.read("catalogue"))
                return
        self.set_catalogue(path)

    def set_catalogue(self, path: str) -> None:
        """Use the catalogue file ``path`` (shipped or the user's)."""
        self._select_catalogue(path)
        settings.write("catalogue", path)
        self._base_cache = None
        self.schedule()

    def _select_catalogue(self, path: str) -> None:
        try:
            catalogue = self._catalogue(path)
        except EngineError as error:
            self.show_message(str(error))
            return
        index = self.catalogue_box.findData(path)
        if index < 0:
            self.catalogue_box.insertItem(self.catalogue_box.count() - 1, catalogue.name(language()), path)
            index = self.catalogue_box.findData(path)
        self.catalogue_box.setCurrentIndex(index)
        previous = self.level_box.currentData()
        self.level_box.blockSignals(True)
        self.level_box.clear()
        for level in catalogue.levels:
            self.level_box.addItem(level.name(language()), level.id)
        self.level_box.setCurrentIndex(max(0, self.level_box.findData(previous)))
        self.level_box.blockSignals(False)

    def _catalogue(self, path: str) -> Catalogue:
        if path not in self._catalogues:
            self._catalogues[path] = load_catalogue(path)
        return self._catalogues[path]

    # -- following the area ---------------------------------------------------------------
    def on_active_layer_changed(self, *_args) -> None:
        layer = self.iface.activeLayer() if self.iface is not None else None
        if self._followed is not None:
            try:
                self._followed.selectionChanged.disconnect(self.schedule)
            except (TypeError, RuntimeError):
                pass
        self._followed = layer if isinstance(layer, QgsVectorLayer) else None
        if self._followed is not None:
            self._followed.selectionChanged.connect(self.schedule)
        self.schedule()

    def _on_area_mode_changed(self) -> None:
        if not self._restoring:
            settings.write("area_mode", "selection" if self.selection_radio.isChecked() else "drawn")
        self.schedule()

    def start_drawing(self, mode: str) -> AreaMapTool:
        """Activate the drawing tool on the map canvas."""
        canvas = self.iface.mapCanvas()
        if self.tool is None:
            self.tool = AreaMapTool(canvas, mode)
            self.tool.areaDrawn.connect(self.on_area_drawn)
        self.tool.set_mode(mode)
        canvas.setMapTool(self.tool)
        self.drawn_radio.setChecked(True)
        return self.tool

    def on_area_drawn(self, geometry: QgsGeometry) -> None:
        crs = self.iface.mapCanvas().mapSettings().destinationCrs()
        self._drawn = (QgsGeometry(geometry), crs)
        self.drawn_radio.setChecked(True)
        self.refresh()

    def schedule(self, *_args) -> None:
        """Recompute after a short pause (selections change in bursts)."""
        self._timer.start()

    def _on_layers_removed(self, layer_ids) -> None:
        if self._followed is not None and self._followed.id() in layer_ids:
            self._followed = None
        self._base_cache = None
        if settings.read("base_layer") in layer_ids:
            self._restoring = True
            self.layer_box.setLayer(None)
            self._restoring = False
            settings.write("base_layer", "")
            self._removed_message = tr("The base layer was removed from the project: choose the layer of base units.")
        self.schedule()

    # -- computing ----------------------------------------------------------------
    def _area(self) -> tuple[list[QgsGeometry], QgsCoordinateReferenceSystem, str] | str:
        """The area geometries, their CRS and title — or a message saying what is missing."""
        if self.drawn_radio.isChecked():
            if self._drawn is None:
                return tr("Draw an area on the map (polygon or rectangle).")
            return [self._drawn[0]], self._drawn[1], tr("drawn area")
        layer = self._followed
        if layer is None:
            return tr("Select one or more areas (wards, catchments, clusters) on a polygon layer, or draw an area.")
        if QgsWkbTypes.geometryType(layer.wkbType()) != QgsWkbTypes.GeometryType.PolygonGeometry:
            return tr(
                "The active layer {layer} is not a polygon layer: select areas on a polygon layer "
                "(wards, catchments, clusters) or draw an area."
            ).format(layer=layer.name())
        features = sorted((f for f in layer.getSelectedFeatures() if f.hasGeometry()), key=lambda f: f.id())
        if not features:
            return tr("Select one or more areas on {layer}, or draw an area.").format(layer=layer.name())
        return [QgsGeometry(f.geometry()) for f in features], layer.crs(), area_title(layer, features)

    def _inputs(self):
        layer = self.layer_box.currentLayer()
        if layer is None:
            return self._removed_message or tr(
                "Choose the layer of base units (e.g. postcodes or output areas with a segment code); "
                "the project has none selected."
            )
        self._removed_message = ""
        segment = self.chosen_fields["segment_field"]
        count = self.chosen_fields["count_field"] or None
        if not segment:
            return tr("Choose the field of {layer} that holds the segment codes.").format(layer=layer.name())
        for name in (segment, count):
            if name is not None and layer.fields().lookupField(name) < 0:
                return tr("The layer {layer} has no field {field}: choose its segment and count fields.").format(
                    layer=layer.name(), field=name
                )
        path = self.catalogue_box.currentData()
        if not path or self.level_box.currentData() is None:
            return tr("Choose a classification catalogue and level.")
        return layer, segment, count, self._catalogue(path), self.level_box.currentData()

    def refresh(self) -> int | None:
        """Start computing the portrait of the current area; returns the request number."""
        missing = dependencies.missing(dependencies.REQUIRED)
        self.install_button.setVisible(bool(missing))
        if missing:  # say what is missing and offer the installer, rather than fail inside the computation
            self._supersede()
            return self.show_message(dependencies.missing_message(missing))
        inputs = self._inputs()
        area = self._area() if not isinstance(inputs, str) else None
        if isinstance(inputs, str) or isinstance(area, str):
            self._supersede()  # a portrait still being computed is for inputs that no longer hold
            return self.show_message(inputs if isinstance(inputs, str) else area)
        layer, segment, count, catalogue, level = inputs
        geometries, crs, title = area
        for key, value in (("base_layer", layer.id()), ("segment_field", segment), ("count_field", count or "")):
            settings.write(key, value)
        target = self.target.request()
        self._target_name = target.name if target is not None else ""
        key = (
            layer.id(),
            segment,
            count,
            catalogue.id,
            level,
            layer.dataProvider().dataSourceUri(),
            layer.editBuffer() is not None and layer.isModified(),
            target.base_key_field if target is not None else None,
        )
        cached = self._base_cache if self._base_cache is not None and self._base_cache.key == key else None
        self._supersede()
        request = PortraitRequest(
            serial=self._serial,
            snapshot=bridge.LayerSnapshot(layer),
            base_key=key,
            segment_field=segment,
            count_field=count,
            catalogue=catalogue,
            level=level,
            coverage=self.coverage_box.value() / 100.0,
            language=language(),
            count_label=count_label(self.count_kind_box.currentData()),
            title=title,
            areas=geometries,
            area_crs=crs,
            transform_context=QgsProject.instance().transformContext(),
            cached_base=cached,
            target=target,
            cached_target=self._target_cache if target is not None and cached is not None else None,
        )
        task = PortraitTask(request)
        serial = self._serial
        task.progressChanged.connect(lambda value: self.progress.setValue(int(value)))
        task.taskCompleted.connect(lambda: self._finished(serial))
        task.taskTerminated.connect(lambda: self._finished(serial))
        self._tasks[serial] = task
        self.progress.setValue(0)
        self.progress.setVisible(True)
        self.status.setText(tr("Computing the portrait of {area}…").format(area=title))
        QgsApplication.taskManager().addTask(task)
        return serial

    def _supersede(self) -> None:
        """Drop the running computations: their results would be for an older request."""
        self._serial += 1
        for task in list(self._tasks.values()):  # cancelling may finish a task at once
            task.cancel()

    def _finished(self, serial: int) -> None:
        task = self._tasks.pop(serial, None)
        if task is None or serial != self._serial:
            return  # a newer selection superseded this one
        self.progress.setVisible(False)
        if task.base is not None:
            self._base_cache = task.base
        if task.target is not None:
            self._target_cache = task.target
        self.potential = task.potential
        if task.result is None:
            if task.status() == QgsTask.TaskStatus.Terminated and task.error is None:
                return
            self.show_message(task.error or tr("The portrait could not be computed."))
            return
        self.show_portrait(task.result)

    @property
    def busy(self) -> bool:
        return bool(self._tasks)

    # -- showing ----------------------------------------------------------------------
    def show_message(self, message: str) -> None:
        self.portrait = None
        self.potential = []
        self.message = message
        self.progress.setVisible(False)
        self.status.setText(message)
        self.browser.clear()
        for button in (self.html_button, self.pdf_button, self.copy_button):
            button.setEnabled(False)
        self.portraitShown.emit()

    def show_portrait(self, portrait: portraits.AreaPortrait) -> None:
        self.portrait = portrait
        self.message = portraits.summary_line(portrait)
        self.status.setText(self.message)
        document = self.browser.document()
        names = ("placeinsight-mix.png", "placeinsight-index.png")
        width = max(360, self.browser.viewport().width() - 40)
        charts = (portraits.mix_chart_svg(portrait, width=width), portraits.index_chart_svg(portrait, width=width))
        for name, svg in zip(names, charts):
            document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), svg_image(svg))
        self.browser.setHtml(self._with_potential(portraits.portrait_html(portrait, language=language(), chart_images=names)))
        for button in (self.html_button, self.pdf_button, self.copy_button):
            button.setEnabled(not portrait.is_empty)
        self.portraitShown.emit()

    def _with_potential(self, html: str) -> str:
        """The portrait's page with the area's potential for the target after its headline (unchanged without)."""
        if not self.potential or not self._target_name:
            return html
        start = html.find('class="headline"')
        end = html.find("</p>", start) + len("</p>") if start >= 0 else -1
        fragment = area_potential_html(self.potential, target=self._target_name)
        return html[:end] + fragment + html[end:] if end > 0 else html + fragment

    # -- export ----------------------------------------------------------------------------
    def export_html(self, path: str) -> Path:
        """Write the portrait as a self-contained HTML file (inline SVG charts)."""
        target = Path(path)
        target.write_text(self._with_potential(portraits.portrait_html(self.portrait, language=language())), encoding="utf-8")
        return target

    def export_pdf(self, path: str) -> Path:
        """Print the portrait to PDF through Qt's printer."""
        from qgis.PyQt.QtPrintSupport import QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(path))
        document = self.browser.document().clone()
        document.print_(printer) if hasattr(document, "print_") else document.print(printer)
        return Path(path)

    def copy_text(self) -> str:
        text = portraits.portrait_text(self.portrait)
        QApplication.clipboard().setText(text)
        return text

    def _ask_export_html(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, tr("Export the portrait"), "portrait.html", tr("HTML (*.html)"))
        if path:
            self.export_html(path)

    def _ask_export_pdf(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, tr("Export the portrait"), "portrait.pdf", tr("PDF (*.pdf)"))
        if path:
            self.export_pdf(path)

    # -- unloading -----------------------------------------------------------------------------
    def cleanup(self) -> None:
        """Cancel work, remove the map tool and disconnect everything (plugin unload)."""
        self._timer.stop()
        for task in list(self._tasks.values()):
            task.cancel()
        self._tasks.clear()
        if self.tool is not None:
            canvas = self.iface.mapCanvas()
            if canvas.mapTool() is self.tool:
                canvas.unsetMapTool(self.tool)
            self.tool.clear()
            self.tool.deleteLater()
            self.tool = None
        for signal, slot in (
            (QgsProject.instance().readProject, self.restore_settings),
            (QgsProject.instance().layersRemoved, self._on_layers_removed),
        ):
            try:
                signal.disconnect(slot)
            except (TypeError, RuntimeError):
                pass
        if hasattr(self.iface, "currentLayerChanged"):
            try:
                self.iface.currentLayerChanged.disconnect(self.on_active_layer_changed)
            except (TypeError, RuntimeError):
                pass
        if self._followed is not None:
            try:
                self._followed.selectionChanged.disconnect(self.schedule)
            except (TypeError, RuntimeError):
                pass
            self._followed = None


def area_title(layer: QgsVectorLayer, features) -> str:
    """Names of the selected features (their name field, else the layer's display expression)."""
    name_field = next((f for f in layer.fields().names() if "name" in f.lower() or "nom" in f.lower()), None)
    expression = QgsExpression(QgsExpression.quotedColumnRef(name_field) if name_field else layer.displayExpression())
    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
    names = []
    for feature in features:
        context.setFeature(feature)
        value = expression.evaluate(context)
        names.append(str(value) if value not in (None, "") else str(feature.id()))
    return format_examples(names, limit=3)


def svg_image(svg: str, width: int = 640) -> QImage:
    """Render an SVG string into an image the dock's text browser can show."""
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    size = renderer.defaultSize() if renderer.isValid() else QSize(width, 10)
    image = QImage(size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    if renderer.isValid():
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
    return image
