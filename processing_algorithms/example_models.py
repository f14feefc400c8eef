"""The example models of ``resources/models``, listed in the toolbox under Place Insight › Example models.

Each is a model made in (and editable with) the graphical modeller, saved by
``scripts/make_models.py``. A model file holds one language, so the model is
loaded through a small subclass that gives it a translated name, description,
help and input labels, an id ``placeinsight:model_<file>``, and the same help
panel and help page as the algorithms.
"""

from __future__ import annotations

from pathlib import Path

from qgis.core import QgsMessageLog, QgsProcessingModelAlgorithm, QgsProcessingParameterEnum
from qgis.PyQt.QtGui import QIcon

from ..plugin.bridge.i18n import language, tr
from . import help_pages
from .base import ICONS

MODELS = Path(__file__).resolve().parent.parent / "resources" / "models"
GROUP_ID = "examplemodels"


class ExampleModel(QgsProcessingModelAlgorithm):
    """A model shipped with the plugin, with its texts in the user's language."""

    #: The model's file in resources/models, without ``.model3``.
    FILE = ""
    TAGS = ""

    def __init__(self) -> None:
        super().__init__()
        self.loaded = self.fromFile(str(MODELS / f"{self.FILE}.model3"))
        if self.loaded:
            self._translate_parameters()

    def _translate_parameters(self) -> None:
        """Label and help in the user's language, inputs in the order of :meth:`parameter_texts`.

        (QGIS before 3.26 lists a model's inputs alphabetically by name.)
        """
        texts = self.parameter_texts()
        order = list(texts)
        inputs = sorted(
            (d.clone() for d in self.parameterDefinitions() if not d.isDestination()),
            key=lambda d: order.index(d.name()) if d.name() in order else len(order),
        )
        for definition in inputs:
            self.removeParameter(definition.name())
        for definition in inputs:
            self.addParameter(definition)
        for definition in self.parameterDefinitions():
            label, help_text = texts.get(definition.name(), (None, None))
            if label:
                definition.setDescription(label)
            if help_text:
                definition.setHelp(help_text)
            if isinstance(definition, QgsProcessingParameterEnum) and definition.name() == "PROFILE":
                definition.setOptions([tr("Walk"), tr("Cycle"), tr("Drive")])

    # -- identity ----------------------------------------------------------------
    def createInstance(self):
        return type(self)()

    def name(self):
        return f"model_{self.FILE}"

    def displayName(self):
        return self.display_name()

    def group(self):
        return tr("Example models")

    def groupId(self):
        return GROUP_ID

    def icon(self):
        return QIcon(self.svgIconPath())

    def svgIconPath(self):
        return str(ICONS / "example_model.svg")

    def tags(self):
        return [term.strip() for term in self.TAGS.split(",") if term.strip()]

    def shortDescription(self):
        return self.short_description()

    def shortHelpString(self):
        return help_pages.short_help(self)

    def helpUrl(self):
        return help_pages.page_url(self.name(), language())

    # -- texts, as the algorithms give them ---------------------------------------
    def display_name(self) -> str:
        raise NotImplementedError

    def short_description(self) -> str:
        raise NotImplementedError

    def summary(self) -> str:
        raise NotImplementedError

    def parameter_texts(self) -> dict[str, tuple[str, str]]:
        """Label and help of each model input and output, by parameter name."""
        raise NotImplementedError

    def parameter_notes(self) -> list[tuple[tuple[str, ...], str]]:
        return []

    def output_help(self) -> list[tuple[str, str]]:
        texts = self.parameter_texts()
        return [texts[p.name()] for p in self.parameterDefinitions() if p.isDestination() and p.name() in texts]


class WhoLivesWithin(ExampleModel):
    FILE = "who_lives_within"
    TAGS = (
        "Sheerness, who lives within, catchment profile, profil de zone de desserte, isochrone, 15 minutes, "
        "drive time, temps de trajet, geodemographic, géodémographie, Mosaic, ACORN, OAC, model, modèle"
    )

    def display_name(self):
        return tr("Who lives within 15 minutes of a site")

    def short_description(self):
        return tr("Profiles by segment the households within a travel time of the sites, against all households.")

    def summary(self):
        return tr(
            "Three steps: Catchments draws the area within the chosen minutes of the sites along the roads (one "
            "polygon for all sites); Extract by location keeps the households, postcodes or output areas inside it; "
            "Segment profile compares them with all of them, segment by segment (share, index, target market). "
            "The profile table answers who lives within reach and who is under-represented. To change a step, open "
            "the file resources/models/who_lives_within.model3 of the plugin's folder in the graphical modeller "
            "and save it under another name."
        )

    def parameter_texts(self):
        return {
            "SITES": (tr("Sites"), tr("The sites to reach (offices, libraries, clinics…).")),
            "NETWORK": (tr("Road network"), tr("Roads and paths as lines (OpenStreetMap, Open Roads, your own).")),
            "PROFILE": (tr("Travel mode"), tr("Walk, cycle or drive.")),
            "MINUTES": (tr("Minutes"), tr("The travel time that counts as within reach.")),
            "BASE": (tr("Households or postcodes"), tr("Everybody, each with a segment code (points or polygons).")),
            "SEGMENT_FIELD": (tr("Segment field"), tr("The segment code of each unit.")),
            "COUNT_FIELD": (tr("Count field"), tr("Households or population of each unit; empty: each unit counts 1.")),
            "CATALOGUE_FILE": (
                tr("Catalogue file"),
                tr("Your own classification (JSON or CSV); empty: the catalogue the profile chooses by default."),
            ),
            "catchment:CATCHMENT": (tr("Area within reach"), tr("The area within the minutes of any site.")),
            "segments:PROFILE_TABLE": (
                tr("Profile of the people within reach"),
                tr("One row per segment: households within reach and in all, shares, index, target market."),
            ),
            "segments:PROFILE_REPORT": (tr("Profile report"), tr("The profile as a report with its index chart.")),
        }

    def parameter_notes(self):
        return [
            (("SITES", "NETWORK", "PROFILE", "MINUTES"), tr("what within reach means")),
            (("BASE", "SEGMENT_FIELD", "COUNT_FIELD", "CATALOGUE_FILE"), tr("who lives there")),
            (("catchment:CATCHMENT",), tr("the area within reach")),
            (("segments:PROFILE_TABLE", "segments:PROFILE_REPORT"), tr("who lives within reach, by segment")),
        ]


class FearOfCrime(ExampleModel):
    FILE = "fear_of_crime"
    TAGS = (
        "fear of crime, sentiment d'insécurité, hotspot, point chaud, survey, enquête, crime, délinquance, "
        "verify, vérifier, CrimeStat, model, modèle"
    )

    def display_name(self):
        return tr("Fear of crime clusters, verified against crime")

    def short_description(self):
        return tr("Finds where residents feel unsafe, checks each cluster against the district and against crime.")

    def summary(self):
        return tr(
            "Three steps: Find survey clusters finds where the chosen answers (for example Very unsafe and Fairly "
            "unsafe) cluster; the same algorithm finds where incidents cluster; Verify survey clusters checks each "
            "survey cluster: is its response rate no higher than the district's (so the cluster is not just where "
            "more people answered), are the chosen answers more frequent, are incidents more frequent, and so is "
            "it fear without crime, fear and crime, or neither. The report explains each verdict in plain words. "
            "To change a method or add the segments living in each cluster, open the file "
            "resources/models/fear_of_crime.model3 of the plugin's folder in the graphical modeller."
        )

    def parameter_texts(self):
        return {
            "RESPONSES": (tr("Survey responses"), tr("Every response with its answer: points, or a table with a postcode.")),
            "KEY_FIELD": (
                tr("Postcode field of the responses"),
                tr("For a table: the postcode of each response. Empty: the responses' own points."),
            ),
            "ANSWER_FIELD": (tr("Answer field"), tr("The field with each response's answer.")),
            "ANSWERS": (tr("Answers that count"), tr("The answers that make a cluster, separated by ';'.")),
            "POSTCODES": (tr("Postcode units"), tr("The postcode points of the district.")),
            "POSTCODE_FIELD": (tr("Postcode field"), tr("The postcode of each postcode point.")),
            "HOUSEHOLDS": (tr("Households field"), tr("Households per postcode; empty: every postcode counts one.")),
            "INCIDENTS": (tr("Crime and anti-social behaviour"), tr("Incident points.")),
            "fear:FEAR_CLUSTERS": (tr("Clusters of chosen answers"), tr("Where the chosen answers cluster.")),
            "crime:CRIME_CLUSTERS": (tr("Incident clusters"), tr("Where incidents cluster.")),
            "verify:VERIFIED": (
                tr("Verified clusters"),
                tr("The survey clusters with their tests, disparity and verdict, styled by both."),
            ),
            "verify:VERIFICATION_REPORT": (tr("Verification report"), tr("A verdict per cluster in plain words.")),
        }

    def parameter_notes(self):
        return [
            (("RESPONSES", "KEY_FIELD", "ANSWER_FIELD", "ANSWERS"), tr("the survey and the answers that count")),
            (("POSTCODES", "POSTCODE_FIELD", "HOUSEHOLDS"), tr("where postcodes are, how many households")),
            (("INCIDENTS",), tr("points")),
            (("fear:FEAR_CLUSTERS", "crime:CRIME_CLUSTERS"), tr("before verification")),
            (("verify:VERIFIED", "verify:VERIFICATION_REPORT"), tr("verdicts on the map and in words")),
        ]


class ServicePoints(ExampleModel):
    FILE = "service_points"
    TAGS = (
        "location-allocation, localisation-affectation, p-median, p-médian, service points, points de service, "
        "site selection, choix de sites, catchment, zone de desserte, model, modèle"
    )

    def display_name(self):
        return tr("Where to put N service points")

    def short_description(self):
        return tr("Chooses N of the candidate sites so that demand travels least, and draws what each one reaches.")

    def summary(self):
        return tr(
            "Two steps: Optimise service locations chooses N of the candidate sites (required ones included) so "
            "that the demand's total travel time along the roads is smallest (p-median), and allocates each "
            "demand unit to its site; Catchments draws the area each chosen site reaches within the minutes. The "
            "location plan report gives the demand each site serves and the share within the minutes. To compare "
            "with today's sites or maximise the demand covered instead, open the file "
            "resources/models/service_points.model3 of the plugin's folder in the graphical modeller."
        )

    def parameter_texts(self):
        return {
            "DEMAND": (tr("Demand"), tr("Where demand comes from: households, postcodes, clients (points or polygons).")),
            "WEIGHT_FIELD": (tr("Demand weight field"), tr("How much demand each feature carries; empty: 1 each.")),
            "CANDIDATES": (tr("Candidate sites"), tr("Buildings that could host the service.")),
            "SITE_NAME_FIELD": (tr("Site name field"), tr("Names the sites in the report and the legend.")),
            "REQUIRED_FIELD": (tr("Required field"), tr("Sites where this is 1, true or yes stay open.")),
            "N": (tr("Number of service points"), tr("How many sites to open, required sites included.")),
            "NETWORK": (tr("Road network"), tr("Roads and paths as lines (OpenStreetMap, Open Roads, your own).")),
            "PROFILE": (tr("Travel mode"), tr("Walk, cycle or drive.")),
            "MINUTES": (
                tr("Minutes"),
                tr("The travel time that counts as covered; also the catchment drawn around each chosen site."),
            ),
            "optimise:SITES": (tr("Chosen sites"), tr("The chosen sites, sized by the demand they serve.")),
            "optimise:ALLOCATION": (tr("Allocation lines"), tr("Each demand unit to the site serving it.")),
            "optimise:PLAN_REPORT": (
                tr("Location plan report"),
                tr("The chosen sites, the demand each serves, the share within the minutes."),
            ),
            "reach:REACH": (tr("Area each chosen site reaches"), tr("The catchment of each chosen site within the minutes.")),
        }

    def parameter_notes(self):
        return [
            (("DEMAND", "WEIGHT_FIELD"), tr("where demand is, how much")),
            (("CANDIDATES", "SITE_NAME_FIELD", "REQUIRED_FIELD", "N"), tr("which sites, how many")),
            (("NETWORK", "PROFILE", "MINUTES"), tr("how demand travels")),
            (("optimise:SITES", "optimise:ALLOCATION", "optimise:PLAN_REPORT"), tr("the plan")),
            (("reach:REACH",), tr("what each site reaches")),
        ]


class FromProfileToAction(ExampleModel):
    FILE = "from_profile_to_action"
    TAGS = (
        "target areas, zones cibles, target list, liste cible, potential, potentiel, take-up, adhésion, benchmark, "
        "taux de référence, leaflet, tract, ward, quartier, geodemographic, géodémographie, Mosaic, ACORN, OAC, "
        "model, modèle"
    )

    def display_name(self):
        return tr("From profile to action")

    def short_description(self):
        return tr("Profiles a target, then finds the zones and postcodes of its market and how many more could be reached.")

    def summary(self):
        return tr(
            "Three steps: Segment profile compares the target (clients, direct-debit payers…), joined to the base by "
            "postcode, with everybody; Target areas and potential applies each segment's take-up to the zones "
            "(wards, a catchment, roads): how many of the target market live there, how many are in the target "
            "today, how many more could be reached (at a benchmark rate if you give one), and lists the postcodes "
            "of the three zones of most potential with small counts hidden; an extraction keeps those three zones. "
            "To change the number of zones or the market, open the file resources/models/from_profile_to_action.model3 "
            "of the plugin's folder in the graphical modeller and save it under another name."
        )

    def parameter_texts(self):
        return {
            "TARGET": (
                tr("Target layer or table"),
                tr("The records whose take-up is applied to places: clients, direct-debit payers, users…"),
            ),
            "TARGET_KEY": (tr("Target key field"), tr("The postcode (or area code) of each target record.")),
            "BASE": (tr("Base layer"), tr("Everybody: households, postcodes or output areas, each with a segment code.")),
            "BASE_SEGMENT": (tr("Base segment field"), tr("The segment code of each base unit.")),
            "BASE_COUNT": (tr("Base count field"), tr("Households or population of each unit; empty: each unit counts 1.")),
            "BASE_KEY": (
                tr("Base key field"),
                tr("The postcode (or area code) of each base unit, joined to the target key."),
            ),
            "ZONES": (tr("Zones"), tr("Wards, a catchment, or roads (lines, 50 m either side).")),
            "ZONE_NAME": (tr("Zone name field"), tr("Names the zones in the report and the list.")),
            "LEVEL": (tr("Level of the classification"), tr("The level to profile at, e.g. group; empty: the coarsest.")),
            "BENCHMARK": (
                tr("Benchmark rate (%)"),
                tr("A take-up to aim at in every segment of the market, e.g. 80; empty: none."),
            ),
            "profile:PROFILE_REPORT": (tr("Profile report"), tr("The profile as a report with its index chart.")),
            "target_areas:TARGET_AREAS": (tr("Target areas"), tr("Every zone with its market, take-up and potential.")),
            "target_areas:TARGET_LIST": (
                tr("Target list"),
                tr("The postcodes of the market in the three zones of most potential, small counts hidden."),
            ),
            "target_areas:TARGETING_REPORT": (tr("Targeting report"), tr("The result in words, the market, the zones.")),
            "top_zones:TOP_ZONES": (tr("Zones of highest potential"), tr("The three zones of highest potential.")),
        }

    def parameter_notes(self):
        return [
            (("TARGET", "TARGET_KEY"), tr("who takes up the service")),
            (("BASE", "BASE_SEGMENT", "BASE_COUNT", "BASE_KEY", "LEVEL"), tr("everybody, with segment codes")),
            (("ZONES", "ZONE_NAME"), tr("where to look")),
            (("BENCHMARK",), tr("a take-up to aim at")),
            (("profile:PROFILE_REPORT",), tr("who the target is")),
            (
                ("target_areas:TARGET_AREAS", "target_areas:TARGET_LIST", "target_areas:TARGETING_REPORT", "top_zones:TOP_ZONES"),
                tr("where to act, and whom to contact"),
            ),
        ]


class AccessAndChannels(ExampleModel):
    FILE = "access_and_channels_by_customer_type"
    TAGS = (
        "Sheerness, customer type, type de public, catchment, zone de desserte, isochrone, channel, canal, "
        "face to face, face-à-face, channel shift, report de canal, geodemographic, géodémographie, Mosaic, ACORN, "
        "OAC, model, modèle"
    )

    def display_name(self):
        return tr("Access and channels by customer type")

    def short_description(self):
        return tr("Who lives within each catchment band by segment, and how they would prefer to be served.")

    def summary(self):
        return tr(
            "Two steps: Catchments draws the area within each time band of every facility along the roads and "
            "breaks down who lives there by segment (count, share, index against the whole base, key groups: the "
            "Sheerness table); Channel demand and shift estimates, for the people inside every catchment, how many "
            "would prefer face-to-face, telephone or web service, from the catalogue's channel ratings. To add a "
            "channel-shift scenario with your costs per contact, open the file "
            "resources/models/access_and_channels_by_customer_type.model3 of the plugin's folder in the graphical "
            "modeller and save it under another name."
        )

    def parameter_texts(self):
        return {
            "FACILITIES": (tr("Facilities"), tr("Offices, libraries, clinics…")),
            "NETWORK": (tr("Road network"), tr("Roads and paths as lines (OpenStreetMap, Open Roads, your own).")),
            "PROFILE": (tr("Travel mode"), tr("Walk, cycle or drive.")),
            "BANDS": (tr("Time bands (minutes)"), tr("Minutes, e.g. 5,10,15.")),
            "BASE": (tr("Households or postcodes"), tr("Everybody, each with a segment code (points or polygons).")),
            "SEGMENT_FIELD": (tr("Segment field"), tr("The segment code of each unit.")),
            "COUNT_FIELD": (tr("Count field"), tr("Households or population of each unit; empty: each unit counts 1.")),
            "LEVEL": (
                tr("Level of the classification"),
                tr("The level of the breakdown, e.g. group; empty: the coarsest."),
            ),
            "catchments:CATCHMENTS": (tr("Catchments"), tr("Every facility's area within each band, with counts.")),
            "catchments:ACCESS_BY_SEGMENT": (
                tr("Access by segment"),
                tr("Who lives within each band, by segment: count, share, index, key groups."),
            ),
            "catchments:SEGMENT_REPORT": (
                tr("Catchments report by segment"),
                tr("The key groups of each band in words."),
            ),
            "channels:CHANNEL_DEMAND": (
                tr("Channel demand by catchment"),
                tr("Every catchment with the residents expected to prefer each channel."),
            ),
            "channels:CHANNEL_REPORT": (tr("Channel demand report"), tr("The catchments ranked by face-to-face demand.")),
        }

    def parameter_notes(self):
        return [
            (("FACILITIES", "NETWORK", "PROFILE", "BANDS"), tr("what within reach means")),
            (("BASE", "SEGMENT_FIELD", "COUNT_FIELD", "LEVEL"), tr("who lives there")),
            (
                ("catchments:CATCHMENTS", "catchments:ACCESS_BY_SEGMENT", "catchments:SEGMENT_REPORT"),
                tr("who is within reach, by segment"),
            ),
            (("channels:CHANNEL_DEMAND", "channels:CHANNEL_REPORT"), tr("how they would prefer to be served")),
        ]


EXAMPLE_MODELS = (WhoLivesWithin, FearOfCrime, ServicePoints, FromProfileToAction, AccessAndChannels)


def example_models() -> list[ExampleModel]:
    """The example models whose file could be read (a missing or broken file is logged and left out)."""
    models = []
    for model_class in EXAMPLE_MODELS:
        model = model_class()
        if model.loaded:
            models.append(model)
        else:
            QgsMessageLog.logMessage(
                tr("The example model {file} could not be read.").format(file=f"{model_class.FILE}.model3"), "Place Insight"
            )
    return models
