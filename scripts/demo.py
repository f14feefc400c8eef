#!/usr/bin/env python3
"""Run Place Insight's algorithms headless on the sample town; write demo_output/.

``make demo`` runs this under Xvfb. Each file of ``scripts/demo_steps/``
is one step (sorted by name); a step runs algorithms through Processing,
writes its results into ``demo_output/`` and describes them for
``demo_output/index.html``.
"""

from __future__ import annotations

import importlib.util
import os
import sys
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "demo_output"
SAMPLE_TOWN = ROOT / "resources" / "sample_data" / "sample_town.gpkg"
STEPS = Path(__file__).resolve().parent / "demo_steps"


@dataclass
class DemoResult:
    """What one step produced, for the index page."""

    title: str
    description: str
    files: list[tuple[str, str]] = field(default_factory=list)  # (label, path relative to demo_output)
    images: list[tuple[str, str]] = field(default_factory=list)  # (caption, path relative to demo_output)
    numbers: dict[str, str] = field(default_factory=dict)


@dataclass
class DemoContext:
    root: Path
    output: Path
    sample_town: Path
    language: str = "en"

    def layer_uri(self, layer: str) -> str:
        return f"{self.sample_town}|layername={layer}"

    def path(self, name: str) -> Path:
        return self.output / name

    def load(self, layer: str, name: str | None = None):
        """A sample-town layer as a QgsVectorLayer (added to the project)."""
        from qgis.core import QgsProject, QgsVectorLayer

        vector = QgsVectorLayer(self.layer_uri(layer), name or layer, "ogr")
        assert vector.isValid(), f"cannot open {layer} in {self.sample_town}"
        QgsProject.instance().addMapLayer(vector, False)
        return vector

    def render_map(
        self,
        layers: list,
        filename: str,
        *,
        title: str,
        legend: list | None = None,
        extent=None,
        width_mm: float = 260,
        height_mm: float = 190,
    ) -> str:
        """Render ``layers`` (top first) with a title and legend to a PNG; return its relative path."""
        return render_map(
            self, layers, filename, title=title, legend=legend, extent=extent, width_mm=width_mm, height_mm=height_mm
        )

    def run(self, algorithm_id: str, parameters: dict) -> dict:
        import processing
        from qgis.core import QgsProcessingContext, QgsProcessingFeedback, QgsProject

        context = QgsProcessingContext()
        context.setProject(QgsProject.instance())
        return processing.run(algorithm_id, parameters, context=context, feedback=QgsProcessingFeedback())


def render_map(context: DemoContext, layers, filename, *, title, legend=None, extent=None, width_mm=260, height_mm=190) -> str:
    from qgis.core import (
        QgsLayoutExporter,
        QgsLayoutItemLabel,
        QgsLayoutItemLegend,
        QgsLayoutItemMap,
        QgsLayoutItemScaleBar,
        QgsLayoutPoint,
        QgsLayoutSize,
        QgsLegendStyle,
        QgsPrintLayout,
        QgsProject,
        QgsUnitTypes,
    )
    from qgis.PyQt.QtCore import QSize
    from qgis.PyQt.QtGui import QFont

    project = QgsProject.instance()
    project.setCrs(layers[-1].crs())
    project.setEllipsoid(layers[-1].crs().ellipsoidAcronym() or "EPSG:7030")
    layout = QgsPrintLayout(project)
    layout.initializeDefaults()
    page = layout.pageCollection().page(0)
    legend_width = 75 if legend else 0
    page.setPageSize(QgsLayoutSize(width_mm + legend_width + 15, height_mm + 25, QgsUnitTypes.LayoutMillimeters))
    label = QgsLayoutItemLabel(layout)
    layout.addLayoutItem(label)
    label.setText(title)
    label.setFont(QFont("Sans", 16))
    label.attemptMove(QgsLayoutPoint(5, 3, QgsUnitTypes.LayoutMillimeters))
    label.attemptResize(QgsLayoutSize(width_mm + legend_width, 12, QgsUnitTypes.LayoutMillimeters))
    item = QgsLayoutItemMap(layout)
    layout.addLayoutItem(item)
    item.attemptResize(QgsLayoutSize(width_mm, height_mm, QgsUnitTypes.LayoutMillimeters))
    item.setLayers(layers)
    item.setCrs(layers[-1].crs())
    full = extent
    if full is None:
        full = layers[-1].extent()
        for layer in layers:
            full.combineExtentWith(layer.extent())
    item.zoomToExtent(full)  # before moving it: a map item moved while its extent is empty stays empty
    item.attemptMove(QgsLayoutPoint(5, 17, QgsUnitTypes.LayoutMillimeters))
    item.setFrameEnabled(True)
    scale = QgsLayoutItemScaleBar(layout)
    layout.addLayoutItem(scale)
    scale.setLinkedMap(item)
    scale.applyDefaultSize()
    scale.setUnits(QgsUnitTypes.DistanceKilometers)
    scale.setNumberOfSegments(2)
    scale.setUnitsPerSegment(1)
    scale.setUnitLabel("km")
    scale.attemptMove(QgsLayoutPoint(8, height_mm + 5, QgsUnitTypes.LayoutMillimeters))
    if legend:
        box = QgsLayoutItemLegend(layout)
        layout.addLayoutItem(box)
        box.setLinkedMap(item)
        box.setAutoUpdateModel(False)
        root = box.model().rootGroup()
        root.removeAllChildren()
        for layer in legend:
            root.addLayer(layer)
        box.setStyleFont(QgsLegendStyle.Style.SymbolLabel, QFont("Sans", 8))
        box.setColumnCount(1)
        box.attemptMove(QgsLayoutPoint(width_mm + 10, 17, QgsUnitTypes.LayoutMillimeters))
    image = QgsLayoutExporter(layout).renderPageToImage(0, QSize(), 110)
    target = context.output / filename
    assert image.save(str(target)), f"cannot write {target}"
    return filename


def start_qgis():
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen" if not os.environ.get("DISPLAY") else "xcb")
    sys.path.append("/usr/share/qgis/python/plugins")
    from qgis.core import QgsApplication

    app = QgsApplication([], True)
    app.initQgis()
    from processing.core.Processing import Processing

    Processing.initialize()
    return app


def load_plugin():
    spec = importlib.util.spec_from_file_location("place_insight", ROOT / "__init__.py", submodule_search_locations=[str(ROOT)])
    package = importlib.util.module_from_spec(spec)
    sys.modules["place_insight"] = package
    spec.loader.exec_module(package)
    plugin = package.classFactory(None)
    plugin.initProcessing()
    return plugin


def steps():
    for path in sorted(STEPS.glob("[0-9]*.py")):
        spec = importlib.util.spec_from_file_location(f"place_insight_demo_{path.stem}", path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        yield path.stem, module


def write_index(results: list[DemoResult], failures: list[str], seconds: float) -> Path:
    from place_insight.engine.html import Report, escape

    page = Report(
        "Place Insight — demo on the sample town",
        subtitle=f"{len(results)} results in {seconds:.0f} s from {SAMPLE_TOWN.relative_to(ROOT)}",
    )
    for failure in failures:
        page.warning(failure)
    for result in results:
        page.heading(result.title)
        page.paragraph(result.description)
        if result.numbers:
            page.definition_list(result.numbers)
        for caption, image in result.images:
            page.raw(
                f'<figure><img src="{escape(image)}" alt="{escape(caption)}" style="max-width:100%">'
                f"<figcaption>{escape(caption)}</figcaption></figure>"
            )
        if result.files:
            page.raw(
                "<ul>"
                + "".join(f'<li><a href="{escape(path)}">{escape(label)}</a></li>' for label, path in result.files)
                + "</ul>"
            )
    return page.save(OUTPUT / "index.html")


def main() -> int:
    started = time.time()
    OUTPUT.mkdir(exist_ok=True)
    app = start_qgis()
    plugin = load_plugin()
    context = DemoContext(ROOT, OUTPUT, SAMPLE_TOWN)
    results: list[DemoResult] = []
    failures: list[str] = []
    for name, module in steps():
        print(f"[demo] {name} …", flush=True)
        step_start = time.time()
        try:
            results.extend(DemoResult(**item) for item in module.run(context))
        except Exception:  # noqa: BLE001 - a failed step is reported, the others still run
            failures.append(f"Step {name} failed:\n{traceback.format_exc()}")
            print(failures[-1], file=sys.stderr)
        print(f"[demo] {name} done in {time.time() - step_start:.1f} s", flush=True)
    index = write_index(results, failures, time.time() - started)
    plugin.unload()
    del plugin
    app.exitQgis()
    print(f"\nDemo results: {OUTPUT}/ — open {index} in a browser.")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
