#!/usr/bin/env python3
"""Write the example model resources/models/access_and_channels_by_customer_type.model3.

The model chains two Place Insight algorithms: catchments around facilities
with the breakdown of who lives within each band by segment, then the
channel demand of the people inside every catchment. Run it with the
plugin's provider registered (QGIS checks the algorithms exist):

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/make_access_channels_model.py
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "resources" / "models" / "access_and_channels_by_customer_type.model3"


def parameter(model, definition, x: float, y: float) -> None:
    from qgis.core import QgsProcessingModelParameter
    from qgis.PyQt.QtCore import QPointF

    component = QgsProcessingModelParameter(definition.name())
    component.setPosition(QPointF(x, y))
    model.addModelParameter(definition, component)


def child(model, child_id: str, algorithm_id: str, description: str, sources: dict, outputs: dict, x: float, y: float):
    """A step with the given sources and, as the modeller's dialog fills them in, every other default value."""
    from qgis.core import (
        QgsApplication,
        QgsProcessingModelChildAlgorithm,
        QgsProcessingModelChildParameterSource,
        QgsProcessingModelOutput,
    )
    from qgis.PyQt.QtCore import QPointF

    step = QgsProcessingModelChildAlgorithm(algorithm_id)
    step.setChildId(child_id)
    step.setDescription(description)
    step.setPosition(QPointF(x, y))
    algorithm = QgsApplication.processingRegistry().algorithmById(algorithm_id)
    for definition in algorithm.parameterDefinitions():
        if definition.isDestination() or definition.name() in sources or definition.defaultValue() is None:
            continue
        default = QgsProcessingModelChildParameterSource.fromStaticValue(definition.defaultValue())
        step.addParameterSources(definition.name(), [default])
    for name, source in sources.items():
        step.addParameterSources(name, [source])
    model_outputs = {}
    for output, label in outputs.items():
        model_output = QgsProcessingModelOutput(label)
        model_output.setChildOutputName(output)
        model_output.setChildId(child_id)
        model_output.setPosition(QPointF(x + 220, y + 40 * (len(model_outputs) + 1)))
        model_outputs[label] = model_output
    step.setModelOutputs(model_outputs)
    model.addChildAlgorithm(step)


def build():
    from qgis.core import (
        QgsProcessing,
        QgsProcessingModelAlgorithm,
        QgsProcessingModelChildParameterSource,
        QgsProcessingParameterEnum,
        QgsProcessingParameterFeatureSource,
        QgsProcessingParameterField,
        QgsProcessingParameterString,
    )

    model = QgsProcessingModelAlgorithm("Access and channels by customer type", "Place Insight examples")
    model.setHelpContent(
        {
            "ALG_DESC": (
                "Catchments around facilities with who lives within each band by segment (the Sheerness table), "
                "then the channel demand of the people inside every catchment: how many would prefer face-to-face, "
                "telephone or web service."
            ),
            "ALG_CREATOR": "Place Insight",
        }
    )
    point, line, polygon = (QgsProcessing.TypeVectorPoint, QgsProcessing.TypeVectorLine, QgsProcessing.TypeVectorPolygon)
    definitions = [
        QgsProcessingParameterFeatureSource("facilities", "Facilities", [point]),
        QgsProcessingParameterFeatureSource("roads", "Road network", [line]),
        QgsProcessingParameterEnum("mode", "Travel mode", options=["Walk", "Cycle", "Drive"], defaultValue=2),
        QgsProcessingParameterString("bands", "Time bands (minutes)", defaultValue="5,10,15"),
        QgsProcessingParameterFeatureSource("base", "Base units", [point, polygon]),
        QgsProcessingParameterField("segment", "Segment field", parentLayerParameterName="base"),
        QgsProcessingParameterField("count", "Count field", parentLayerParameterName="base", optional=True),
        QgsProcessingParameterString("level", "Level of the classification", defaultValue="", optional=True),
    ]
    for position, definition in enumerate(definitions):
        parameter(model, definition, 120, 60 + 70 * position)

    def given(name):
        return QgsProcessingModelChildParameterSource.fromModelParameter(name)

    def static(value):
        return QgsProcessingModelChildParameterSource.fromStaticValue(value)

    base = {"BASE": given("base"), "BASE_SEGMENT_FIELD": given("segment"), "BASE_COUNT_FIELD": given("count")}
    child(
        model,
        "catchments",
        "placeinsight:catchments",
        "Catchments by segment",
        {
            "NETWORK": given("roads"),
            "PROFILE": given("mode"),
            "FACILITIES": given("facilities"),
            "BANDS": given("bands"),
            "LEVEL": given("level"),
            "CATALOGUE": static(0),
            **base,
        },
        {"OUTPUT": "Catchments", "SEGMENTS": "Access by segment", "SEGMENT_REPORT": "Catchments by customer type"},
        420,
        120,
    )
    child(
        model,
        "channels",
        "placeinsight:channeldemand",
        "Channel demand in each catchment",
        {
            "ZONES": QgsProcessingModelChildParameterSource.fromChildOutput("catchments", "OUTPUT"),
            "LEVEL": given("level"),
            "CATALOGUE": static(0),
            **base,
        },
        {"OUTPUT": "Channel demand by catchment", "REPORT": "Channel demand report"},
        420,
        400,
    )
    return model


def main() -> int:
    sys.path.insert(0, str(ROOT / "tests"))
    from conftest import register_package  # the repository as the package place_insight

    register_package()
    sys.path.append("/usr/share/qgis/python/plugins")
    from qgis.core import QgsApplication

    app = QgsApplication([], False)
    app.initQgis()
    from processing.core.Processing import Processing

    Processing.initialize()
    from place_insight.processing_algorithms.provider import PlaceInsightProvider

    provider = PlaceInsightProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    model = build()
    ok, errors = model.validate()
    if not ok:
        print("\n".join(errors))
        return 1
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    if not model.toFile(str(TARGET)):
        print(f"could not write {TARGET}")
        return 1
    print(f"wrote {TARGET.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
