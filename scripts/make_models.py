#!/usr/bin/env python3
"""Write the example models of resources/models/ (.model3, as the graphical modeller saves them).

    python scripts/make_models.py [--into FOLDER]

(``--into`` writes them into another folder, to compare with the shipped ones.)

The models are built here with the Processing API so that they can be made
again after a parameter of an algorithm changes. Every parameter of a step
that the model does not set keeps the algorithm's default value, as the
modeller's dialog fills them in. The plugin lists the models in the toolbox
under Place Insight › Example models, with names, descriptions and input
labels translated (processing_algorithms/example_models.py); the texts stored
in the files are English, for whoever opens a copy in the modeller.
"""

from __future__ import annotations

import importlib.util
import os
import sys
import tempfile
from pathlib import Path

from qgis.core import (
    QgsApplication,
    QgsProcessingModelAlgorithm,
    QgsProcessingModelChildAlgorithm,
    QgsProcessingModelChildParameterSource,
    QgsProcessingModelOutput,
    QgsProcessingModelParameter,
    QgsProcessingParameterEnum,
    QgsProcessingParameterFeatureSource,
    QgsProcessingParameterField,
    QgsProcessingParameterFile,
    QgsProcessingParameterNumber,
    QgsProcessingParameterString,
)
from qgis.PyQt.QtCore import QPointF

ROOT = Path(__file__).resolve().parent.parent
MODELS = ROOT / "resources" / "models"
GROUP = "Place Insight"
AUTHOR = "Place Insight"


def import_plugin():
    """The repository imported as the package ``place_insight`` (the name QGIS gives it)."""
    if "place_insight" not in sys.modules:
        spec = importlib.util.spec_from_file_location(
            "place_insight", ROOT / "__init__.py", submodule_search_locations=[str(ROOT)]
        )
        module = importlib.util.module_from_spec(spec)
        sys.modules["place_insight"] = module
        spec.loader.exec_module(module)
    return sys.modules["place_insight"]


import_plugin()
from place_insight.plugin.bridge.compat import (  # noqa: E402 - the package is registered just above
    FIELD_ANY,
    FIELD_NUMERIC,
    NUMBER_DOUBLE,
    NUMBER_INTEGER,
    SOURCE_LINE,
    SOURCE_POINT,
    SOURCE_POLYGON,
    SOURCE_VECTOR,
)


def given(name: str):
    """The value of the model's input ``name``."""
    return QgsProcessingModelChildParameterSource.fromModelParameter(name)


def value(fixed):
    """A value fixed in the model."""
    return QgsProcessingModelChildParameterSource.fromStaticValue(fixed)


def output(child: str, name: str):
    """The output ``name`` of the step ``child``."""
    return QgsProcessingModelChildParameterSource.fromChildOutput(child, name)


def expression(text: str):
    """A QGIS expression over the model's inputs (``@NAME``)."""
    return QgsProcessingModelChildParameterSource.fromExpression(text)


class Model:
    """Builds a model input by input and step by step, laid out left to right for the modeller."""

    def __init__(self, name: str, description: str) -> None:
        self.model = QgsProcessingModelAlgorithm(name, GROUP)
        self.model.setHelpContent({"ALG_DESC": description, "ALG_CREATOR": AUTHOR, "ALG_HELP_CREATOR": AUTHOR})
        self.inputs = 0
        self.steps = 0

    def input(self, definition, help_text: str) -> None:
        definition.setHelp(help_text)
        component = QgsProcessingModelParameter(definition.name())
        component.setPosition(QPointF(120, 60 + 70 * self.inputs))
        component.setDescription(definition.description())
        self.inputs += 1
        self.model.addModelParameter(definition, component)

    def step(self, child_id: str, algorithm_id: str, description: str, sources: dict, outputs: dict | None = None) -> None:
        """Add the step ``child_id`` running ``algorithm_id``; ``outputs`` maps a model output to (step output, label)."""
        child = QgsProcessingModelChildAlgorithm(algorithm_id)
        child.setChildId(child_id)
        child.setDescription(description)
        child.setPosition(QPointF(480, 90 + 160 * self.steps))
        algorithm = QgsApplication.processingRegistry().algorithmById(algorithm_id)
        if algorithm is None:
            raise SystemExit(f"{algorithm_id} is not registered")
        for definition in algorithm.parameterDefinitions():
            if definition.name() not in sources and not definition.isDestination() and definition.defaultValue() is not None:
                child.addParameterSources(definition.name(), [value(definition.defaultValue())])
        for key, source in sources.items():
            child.addParameterSources(key, [source])
        model_outputs = {}
        for index, (name, (child_output, label)) in enumerate((outputs or {}).items()):
            model_output = QgsProcessingModelOutput(name, label)
            model_output.setChildId(child_id)
            model_output.setChildOutputName(child_output)
            model_output.setPosition(QPointF(780, 60 + 160 * self.steps + 50 * index))
            model_outputs[name] = model_output
        child.setModelOutputs(model_outputs)
        self.steps += 1
        self.model.addChildAlgorithm(child)

    def done(self) -> QgsProcessingModelAlgorithm:
        self.model.updateDestinationParameters()
        ok, errors = self.model.validate()
        if not ok:
            raise SystemExit(f"{self.model.name()} is not valid: {errors}")
        return self.model


def travel_inputs(m: Model, minutes_help: str) -> None:
    m.input(QgsProcessingParameterFeatureSource("NETWORK", "Road network", [SOURCE_LINE]), "Roads and paths as lines.")
    m.input(
        QgsProcessingParameterEnum("PROFILE", "Travel mode", options=["Walk", "Cycle", "Drive"], defaultValue=2),
        "Walk, cycle or drive.",
    )
    m.input(QgsProcessingParameterNumber("MINUTES", "Minutes", NUMBER_DOUBLE, defaultValue=15.0, minValue=0.5), minutes_help)


def segmented_base_inputs(m: Model, base_help: str) -> None:
    """The base (households or postcodes, points or polygons) with its segment and count fields."""
    m.input(
        QgsProcessingParameterFeatureSource("BASE", "Households or postcodes", [SOURCE_POINT, SOURCE_POLYGON]),
        base_help,
    )
    m.input(
        QgsProcessingParameterField("SEGMENT_FIELD", "Segment field", parentLayerParameterName="BASE", type=FIELD_ANY),
        "The segment code of each unit.",
    )
    m.input(
        QgsProcessingParameterField(
            "COUNT_FIELD", "Count field", parentLayerParameterName="BASE", type=FIELD_NUMERIC, optional=True
        ),
        "Households or population of each unit; empty: each unit counts 1.",
    )


def who_lives_within() -> QgsProcessingModelAlgorithm:
    """Catchment of the sites → the households inside → their segment profile against all households."""
    m = Model(
        "Who lives within 15 minutes of a site",
        "Draws the area within a travel time of the sites along the roads, takes the households (or postcodes, "
        "output areas) inside it, and profiles them by segment against all of them: who lives within reach.",
    )
    m.input(QgsProcessingParameterFeatureSource("SITES", "Sites", [SOURCE_POINT]), "The sites to reach (offices, libraries…).")
    travel_inputs(m, "The travel time that counts as within reach.")
    segmented_base_inputs(m, "Everybody, with a segment code.")
    m.input(
        QgsProcessingParameterFile("CATALOGUE_FILE", "Catalogue file", optional=True, fileFilter="Catalogues (*.json *.csv)"),
        "Your own classification (JSON or CSV); empty: the catalogue chosen by default.",
    )
    m.step(
        "catchment",
        "placeinsight:catchments",
        "Area within reach of the sites",
        {
            "FACILITIES": given("SITES"),
            "NETWORK": given("NETWORK"),
            "PROFILE": given("PROFILE"),
            "BANDS": expression("to_string(@MINUTES)"),
            "DISSOLVE": value(True),
        },
        {"CATCHMENT": ("OUTPUT", "Area within reach")},
    )
    m.step(
        "inside",
        "native:extractbylocation",
        "Households inside the area",
        {"INPUT": given("BASE"), "PREDICATE": value([0]), "INTERSECT": output("catchment", "OUTPUT")},
    )
    m.step(
        "segments",
        "placeinsight:segmentprofile",
        "Profile of the households within reach",
        {
            "TARGET": output("inside", "OUTPUT"),
            "PLACEMENT": value(0),
            "TARGET_SEGMENT_FIELD": given("SEGMENT_FIELD"),
            "TARGET_WEIGHT_FIELD": given("COUNT_FIELD"),
            "BASE": given("BASE"),
            "BASE_SEGMENT_FIELD": given("SEGMENT_FIELD"),
            "BASE_COUNT_FIELD": given("COUNT_FIELD"),
            "CATALOGUE_FILE": given("CATALOGUE_FILE"),
        },
        {"PROFILE_TABLE": ("OUTPUT", "Profile of the people within reach"), "PROFILE_REPORT": ("REPORT", "Profile report")},
    )
    return m.done()


def fear_of_crime() -> QgsProcessingModelAlgorithm:
    """Clusters of chosen answers and of incidents → verification of the survey clusters."""
    m = Model(
        "Fear of crime clusters, verified against crime",
        "Finds clusters of residents who feel unsafe in a survey and clusters of incidents, then verifies each "
        "survey cluster: is it more than a place where more people answered, and does crime explain the fear?",
    )
    m.input(
        QgsProcessingParameterFeatureSource("RESPONSES", "Survey responses", [SOURCE_VECTOR]),
        "Every response with its answer: points, or a table with a postcode.",
    )
    m.input(
        QgsProcessingParameterField(
            "KEY_FIELD", "Postcode field of the responses", parentLayerParameterName="RESPONSES", type=FIELD_ANY, optional=True
        ),
        "For a table: the postcode of each response. Empty: the responses' own points.",
    )
    m.input(
        QgsProcessingParameterField("ANSWER_FIELD", "Answer field", parentLayerParameterName="RESPONSES", type=FIELD_ANY),
        "The field with each response's answer.",
    )
    m.input(
        QgsProcessingParameterString("ANSWERS", "Answers that count", defaultValue="Very unsafe;Fairly unsafe"),
        "The answers that make a cluster, separated by ';'.",
    )
    m.input(
        QgsProcessingParameterFeatureSource("POSTCODES", "Postcode units", [SOURCE_POINT]), "The postcode points of the district."
    )
    m.input(
        QgsProcessingParameterField("POSTCODE_FIELD", "Postcode field", parentLayerParameterName="POSTCODES", type=FIELD_ANY),
        "The postcode of each postcode point.",
    )
    m.input(
        QgsProcessingParameterField(
            "HOUSEHOLDS", "Households field", parentLayerParameterName="POSTCODES", type=FIELD_NUMERIC, optional=True
        ),
        "Households per postcode; empty: every postcode counts one.",
    )
    m.input(
        QgsProcessingParameterFeatureSource("INCIDENTS", "Crime and anti-social behaviour", [SOURCE_POINT]), "Incident points."
    )
    survey = {
        "KEY_FIELD": given("KEY_FIELD"),
        "POSTCODES": given("POSTCODES"),
        "POSTCODE_FIELD": given("POSTCODE_FIELD"),
        "ANSWER_FIELD": given("ANSWER_FIELD"),
        "ANSWERS": given("ANSWERS"),
    }
    m.step(
        "fear",
        "placeinsight:surveyclusters",
        "Clusters of chosen answers",
        {"INPUT": given("RESPONSES"), **survey},
        {"FEAR_CLUSTERS": ("OUTPUT", "Clusters of chosen answers")},
    )
    m.step(
        "crime",
        "placeinsight:surveyclusters",
        "Clusters of incidents",
        {"INPUT": given("INCIDENTS")},
        {"CRIME_CLUSTERS": ("OUTPUT", "Incident clusters")},
    )
    m.step(
        "verify",
        "placeinsight:verifyclusters",
        "Verify the clusters against the district",
        {
            "RESPONSES": given("RESPONSES"),
            **survey,
            "CLUSTERS": output("fear", "OUTPUT"),
            "HOUSEHOLDS": given("HOUSEHOLDS"),
            "INCIDENTS": given("INCIDENTS"),
            "INCIDENT_CLUSTERS": output("crime", "OUTPUT"),
        },
        {"VERIFIED": ("OUTPUT", "Verified clusters"), "VERIFICATION_REPORT": ("REPORT", "Verification report")},
    )
    return m.done()


def service_points() -> QgsProcessingModelAlgorithm:
    """N sites by p-median on network travel times → the catchment of each chosen site."""
    m = Model(
        "Where to put N service points",
        "Chooses N of the candidate sites so that demand travels least along the roads (p-median), and draws "
        "the area each chosen site reaches within the cut-off.",
    )
    m.input(
        QgsProcessingParameterFeatureSource("DEMAND", "Demand", [SOURCE_POINT, SOURCE_POLYGON]),
        "Where demand comes from: households, postcodes, clients.",
    )
    m.input(
        QgsProcessingParameterField(
            "WEIGHT_FIELD", "Demand weight field", parentLayerParameterName="DEMAND", type=FIELD_NUMERIC, optional=True
        ),
        "How much demand each feature carries; empty: 1 each.",
    )
    m.input(
        QgsProcessingParameterFeatureSource("CANDIDATES", "Candidate sites", [SOURCE_POINT]),
        "Buildings that could host the service.",
    )
    for name, label, help_text in (
        ("SITE_NAME_FIELD", "Site name field", "Names the sites in the report and the legend."),
        ("REQUIRED_FIELD", "Required field", "Sites where this is 1, true or yes stay open."),
    ):
        m.input(
            QgsProcessingParameterField(name, label, parentLayerParameterName="CANDIDATES", type=FIELD_ANY, optional=True),
            help_text,
        )
    m.input(
        QgsProcessingParameterNumber("N", "Number of service points", NUMBER_INTEGER, defaultValue=5, minValue=1),
        "How many sites to open, required sites included.",
    )
    travel_inputs(m, "The travel time that counts as covered; also the catchment of each chosen site.")
    m.step(
        "optimise",
        "placeinsight:optimiselocations",
        "Choose the sites",
        {
            "DEMAND": given("DEMAND"),
            "WEIGHT_FIELD": given("WEIGHT_FIELD"),
            "CANDIDATES": given("CANDIDATES"),
            "SITE_NAME_FIELD": given("SITE_NAME_FIELD"),
            "REQUIRED_FIELD": given("REQUIRED_FIELD"),
            "COST": value(2),
            "NETWORK": given("NETWORK"),
            "PROFILE": given("PROFILE"),
            "P": given("N"),
            "CUTOFF": given("MINUTES"),
        },
        {
            "SITES": ("SITES", "Chosen sites"),
            "ALLOCATION": ("ALLOCATION", "Allocation lines"),
            "PLAN_REPORT": ("REPORT", "Location plan report"),
        },
    )
    m.step(
        "reach",
        "placeinsight:catchments",
        "Area each chosen site reaches",
        {
            "FACILITIES": output("optimise", "SITES"),
            "ID_FIELD": value("site_id"),
            "NAME_FIELD": value("name"),
            "NETWORK": given("NETWORK"),
            "PROFILE": given("PROFILE"),
            "BANDS": expression("to_string(@MINUTES)"),
        },
        {"REACH": ("OUTPUT", "Area each chosen site reaches")},
    )
    return m.done()


def from_profile_to_action() -> QgsProcessingModelAlgorithm:
    """Profile of a target → target areas with their potential and the target list → the zones of most potential."""
    m = Model(
        "From profile to action",
        "Profiles a target (clients, direct-debit payers…) against the base, finds the zones and base units of its "
        "target market with how many more could be reached, and keeps the three zones of highest potential.",
    )
    m.input(
        QgsProcessingParameterFeatureSource("TARGET", "Target layer or table", [SOURCE_VECTOR]),
        "The records whose take-up is applied to places: clients, direct-debit payers, users…",
    )
    m.input(
        QgsProcessingParameterField("TARGET_KEY", "Target key field", parentLayerParameterName="TARGET", type=FIELD_ANY),
        "The postcode (or area code) of each target record.",
    )
    m.input(
        QgsProcessingParameterFeatureSource("BASE", "Base layer", [SOURCE_VECTOR]),
        "Everybody: households, postcodes or output areas, each with a segment code.",
    )
    for name, label, optional, help_text in (
        ("BASE_SEGMENT", "Base segment field", False, "The segment code of each base unit."),
        ("BASE_COUNT", "Base count field", True, "Households or population of each unit; empty: each unit counts 1."),
        ("BASE_KEY", "Base key field", False, "The postcode (or area code) of each base unit, joined to the target key."),
    ):
        m.input(
            QgsProcessingParameterField(name, label, parentLayerParameterName="BASE", type=FIELD_ANY, optional=optional),
            help_text,
        )
    m.input(
        QgsProcessingParameterFeatureSource("ZONES", "Zones", [SOURCE_POLYGON, SOURCE_LINE]),
        "Wards, a catchment, or roads (lines, 50 m either side).",
    )
    m.input(
        QgsProcessingParameterField("ZONE_NAME", "Zone name field", parentLayerParameterName="ZONES", optional=True),
        "Names the zones in the report and the list.",
    )
    m.input(
        QgsProcessingParameterString("LEVEL", "Level of the classification", defaultValue="group", optional=True),
        "The level to profile at, e.g. group; empty: the coarsest.",
    )
    m.input(
        QgsProcessingParameterNumber(
            "BENCHMARK", "Benchmark rate (%)", NUMBER_DOUBLE, optional=True, minValue=0.0, maxValue=100.0
        ),
        "A take-up to aim at in every segment of the market, e.g. 80; empty: none.",
    )
    common = {
        "TARGET": given("TARGET"),
        "PLACEMENT": value(1),  # the target key joined to the base key
        "TARGET_KEY_FIELD": given("TARGET_KEY"),
        "BASE": given("BASE"),
        "BASE_SEGMENT_FIELD": given("BASE_SEGMENT"),
        "BASE_COUNT_FIELD": given("BASE_COUNT"),
        "BASE_KEY_FIELD": given("BASE_KEY"),
        "LEVEL": given("LEVEL"),
    }
    m.step("profile", "placeinsight:segmentprofile", "Profile", common, {"PROFILE_REPORT": ("REPORT", "Profile report")})
    m.step(
        "target_areas",
        "placeinsight:targetareas",
        "Target areas",
        {
            **common,
            "ZONES": given("ZONES"),
            "ZONE_NAME_FIELD": given("ZONE_NAME"),
            "BENCHMARK_RATE": given("BENCHMARK"),
            "LIST_ZONES": value(3),
            "SUPPRESS_BELOW": value(5),
        },
        {
            "TARGET_AREAS": ("OUTPUT", "Target areas"),
            "TARGET_LIST": ("TARGET_LIST", "Target list"),
            "TARGETING_REPORT": ("REPORT", "Targeting report"),
        },
    )
    m.step(
        "top_zones",
        "native:extractbyexpression",
        "Zones of highest potential",
        {"INPUT": output("target_areas", "OUTPUT"), "EXPRESSION": value('"rank" <= 3')},
        {"TOP_ZONES": ("OUTPUT", "Zones of highest potential")},
    )
    return m.done()


def access_and_channels() -> QgsProcessingModelAlgorithm:
    """Catchments with who lives within each band by segment → the channel demand of the people in each catchment."""
    m = Model(
        "Access and channels by customer type",
        "Draws catchments around the facilities with who lives within each band by segment (the Sheerness table), "
        "then the channel demand of the people inside every catchment: how many would prefer face-to-face, "
        "telephone or web service.",
    )
    m.input(QgsProcessingParameterFeatureSource("FACILITIES", "Facilities", [SOURCE_POINT]), "Offices, libraries, clinics…")
    m.input(QgsProcessingParameterFeatureSource("NETWORK", "Road network", [SOURCE_LINE]), "Roads and paths as lines.")
    m.input(
        QgsProcessingParameterEnum("PROFILE", "Travel mode", options=["Walk", "Cycle", "Drive"], defaultValue=2),
        "Walk, cycle or drive.",
    )
    m.input(QgsProcessingParameterString("BANDS", "Time bands (minutes)", defaultValue="5,10,15"), "Minutes, e.g. 5,10,15.")
    segmented_base_inputs(m, "Everybody, with a segment code (points or polygons).")
    m.input(
        QgsProcessingParameterString("LEVEL", "Level of the classification", defaultValue="", optional=True),
        "The level of the breakdown, e.g. group; empty: the coarsest.",
    )
    base = {
        "BASE": given("BASE"),
        "BASE_SEGMENT_FIELD": given("SEGMENT_FIELD"),
        "BASE_COUNT_FIELD": given("COUNT_FIELD"),
        "LEVEL": given("LEVEL"),
    }
    m.step(
        "catchments",
        "placeinsight:catchments",
        "Catchments by segment",
        {
            "FACILITIES": given("FACILITIES"),
            "NETWORK": given("NETWORK"),
            "PROFILE": given("PROFILE"),
            "BANDS": given("BANDS"),
            **base,
        },
        {
            "CATCHMENTS": ("OUTPUT", "Catchments"),
            "ACCESS_BY_SEGMENT": ("SEGMENTS", "Access by segment"),
            "SEGMENT_REPORT": ("SEGMENT_REPORT", "Catchments report by segment"),
        },
    )
    m.step(
        "channels",
        "placeinsight:channeldemand",
        "Channel demand in each catchment",
        {"ZONES": output("catchments", "OUTPUT"), **base},
        {
            "CHANNEL_DEMAND": ("OUTPUT", "Channel demand by catchment"),
            "CHANNEL_REPORT": ("REPORT", "Channel demand report"),
        },
    )
    return m.done()


MAKERS = {
    "who_lives_within": who_lives_within,
    "fear_of_crime": fear_of_crime,
    "service_points": service_points,
    "from_profile_to_action": from_profile_to_action,
    "access_and_channels_by_customer_type": access_and_channels,
}


def main() -> int:
    if (
        os.environ.get("QT_HASH_SEED") != "0"
    ):  # Qt writes XML attributes in hash order: fix it, so a file only changes with its model
        os.environ["QT_HASH_SEED"] = "0"
        os.execv(sys.executable, [sys.executable, *sys.argv])
    os.environ["QGIS_CUSTOM_CONFIG_PATH"] = tempfile.mkdtemp(prefix="place_insight_models_")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    application = QgsApplication([], False)
    application.initQgis()
    sys.path.append(str(Path(QgsApplication.pkgDataPath()) / "python" / "plugins"))
    from processing.core.Processing import Processing

    Processing.initialize()
    from place_insight.processing_algorithms.provider import PlaceInsightProvider

    provider = PlaceInsightProvider()
    QgsApplication.processingRegistry().addProvider(provider)
    folder = Path(sys.argv[sys.argv.index("--into") + 1]).resolve() if "--into" in sys.argv else MODELS
    folder.mkdir(parents=True, exist_ok=True)
    for stem, make in MAKERS.items():
        path = folder / f"{stem}.model3"
        if not make().toFile(str(path)):
            raise SystemExit(f"could not write {path}")
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
