"""Every report, log line and refusal of every algorithm, run on the sample town in French and in English.

In French no number may be written the English way (``1,234``, ``0.93``,
``23%``), no colon glued to its word, no English word or untranslated
phrase of the plugin may remain, and the values of the fields meant to be
read (``disparity``, ``verdict``) are French; in English no number may be
written the French way. The checks live in ``tests/locale_checks.py``.
"""

from __future__ import annotations

import importlib.util
import sqlite3

import pytest
from algorithm_runs import RecordingFeedback, run_algorithm
from locale_checks import english_phrases, english_problems, french_problems, html_lines
from qgis.core import QgsProcessingException, QgsSettings, QgsVectorLayer

from place_insight.engine.segmentation.catalogue_files import builtin_catalogues, load_catalogue
from place_insight.engine.survey.verification_types import DISPARITIES
from place_insight.plugin.bridge.i18n import Translation

UNSAFE = "Very unsafe;Fairly unsafe"
# Values of the sample town's data (names, answers, keys, road classes, fields) that the texts quote as they are.
DATA = {
    "Very unsafe",
    "Rather unsafe",
    "Fairly safe",
    "Very safe",
    "Fairly unsafe",
    "service_clients",
    "survey_responses",
    "sample_town",
    "postcodes",
    "postcode",
    "households",
    "Households",
    "footway",
    "cycleway",
    "path",
    "none",
    "unknown",
    "N/A",
    "NFA",
}


def uri(town, layer):
    return f"{town}|layername={layer}"


def runs(town, folder):
    """(algorithm, parameters) of a run of each algorithm that writes every report and most messages."""
    demo = list(builtin_catalogues()).index("demo")
    network = {"NETWORK": uri(town, "roads"), "SPEED_FIELD": "speed_mph", "SPEED_UNIT": 1}
    base = {
        "BASE": uri(town, "postcodes"),
        "BASE_SEGMENT_FIELD": "segment",
        "BASE_COUNT_FIELD": "households",
        "CATALOGUE": demo,
        "LEVEL": "group",
    }
    survey = {
        "KEY_FIELD": "postcode",
        "POSTCODES": uri(town, "postcodes"),
        "POSTCODE_FIELD": "postcode",
        "ANSWER_FIELD": "feel_safe",
        "ANSWERS": UNSAFE,
    }
    yield "exportcatalogue", {"CATALOGUE": demo, "OUTPUT": str(folder / "catalogue.csv")}
    yield (
        "segmentprofile",
        {
            "TARGET": uri(town, "service_clients"),
            "PLACEMENT": 1,
            "TARGET_KEY_FIELD": "postcode",
            "BASE_KEY_FIELD": "postcode",
            **base,
            "OUTPUT": str(folder / "profile.csv"),
            "REPORT": str(folder / "profile.html"),
        },
    )
    yield "areacomposition", {"ZONES": uri(town, "wards"), **base, "OUTPUT": str(folder / "wards.gpkg")}
    yield "buildnetwork", {**network, "OUTPUT": str(folder / "edges.gpkg"), "ISLANDS": str(folder / "islands.gpkg")}
    yield (
        "catchments",
        {
            **network,
            "PROFILE": 0,
            "FACILITIES": uri(town, "facilities"),
            "ID_FIELD": "facility_id",
            "NAME_FIELD": "name",
            "BASE": uri(town, "postcodes"),
            "COUNT_FIELDS": ["households"],
            "OUTPUT": str(folder / "catchments.gpkg"),
        },
    )
    yield (
        "traveltimematrix",
        {
            **network,
            "ORIGINS": uri(town, "facilities"),
            "DESTINATIONS": uri(town, "candidate_sites"),
            "CUTOFF": 10.0,
            "OUTPUT": str(folder / "matrix.csv"),
        },
    )
    yield (
        "nearestfacility",
        {
            **network,
            "DEMAND": uri(town, "postcodes"),
            "DEMAND_ID": "postcode",
            "WEIGHT": "households",
            "FACILITIES": uri(town, "facilities"),
            "FACILITY_ID": "facility_id",
            "THRESHOLD": 7.5,
            "OUTPUT": str(folder / "nearest.gpkg"),
            "CENTRES": str(folder / "centres.gpkg"),
            "SUMMARY": str(folder / "bands.csv"),
        },
    )
    yield (
        "optimiselocations",
        {
            "DEMAND": uri(town, "postcodes"),
            "WEIGHT_FIELD": "households",
            "DEMAND_ID_FIELD": "postcode",
            "CANDIDATES": uri(town, "candidate_sites"),
            "SITE_ID_FIELD": "site_id",
            "SITE_NAME_FIELD": "name",
            "REQUIRED_FIELD": "required",
            "CURRENT": uri(town, "facilities"),
            "COST": 2,
            **network,
            "PROFILE": 2,
            "P": 6,
            "CUTOFF": 7.5,
            "TIME_LIMIT": 30.0,
            "CURVE_P": 4,
            "SITES": str(folder / "sites.gpkg"),
            "ALLOCATION": str(folder / "allocation.gpkg"),
            "REPORT": str(folder / "location.html"),
        },
    )
    for objective in (1, 2, 3):  # maximal covering, set covering, p-center: their own units and words
        yield (
            "optimiselocations",
            {
                "DEMAND": uri(town, "postcodes"),
                "WEIGHT_FIELD": "households",
                "DEMAND_ID_FIELD": "postcode",
                "CANDIDATES": uri(town, "candidate_sites"),
                "SITE_ID_FIELD": "site_id",
                "SITE_NAME_FIELD": "name",
                "REQUIRED_FIELD": "required",
                "CURRENT": uri(town, "facilities"),
                "COST": 0,
                "OBJECTIVE": objective,
                "P": 4,
                "CUTOFF": 6.0,
                "TIME_LIMIT": 10.0,
                "SITES": str(folder / f"sites{objective}.gpkg"),
                "ALLOCATION": str(folder / f"allocation{objective}.gpkg"),
                "REPORT": str(folder / f"location{objective}.html"),
            },
        )
    segments = {"SEGMENT_FIELD": "segment", "CATALOGUE": demo, "LEVEL": "group"}
    placed = {"TARGET": uri(town, "service_clients"), "PLACEMENT": 1, "TARGET_KEY_FIELD": "postcode"}
    placed["BASE_KEY_FIELD"] = "postcode"
    yield (
        "catchments",
        {
            **network,
            "PROFILE": 0,
            "FACILITIES": uri(town, "facilities"),
            "ID_FIELD": "facility_id",
            "NAME_FIELD": "name",
            "BANDS": "5,10",
            "BASE": uri(town, "postcodes"),
            "COUNT_FIELDS": ["households"],
            "BASE_SEGMENT_FIELD": "segment",
            "BASE_COUNT_FIELD": "households",
            "CATALOGUE": demo,
            "LEVEL": "group",
            "OUTPUT": str(folder / "catchments_by_segment.gpkg"),
            "SEGMENTS": str(folder / "catchment_segments.gpkg"),
            "SEGMENT_REPORT": str(folder / "catchment_segments.html"),
        },
    )
    yield (
        "nearestfacility",
        {
            **network,
            **segments,
            "PROFILE": 2,
            "DEMAND": uri(town, "postcodes"),
            "DEMAND_ID": "postcode",
            "WEIGHT": "households",
            "FACILITIES": uri(town, "facilities"),
            "FACILITY_ID": "facility_id",
            "FACILITY_NAME": "name",
            "THRESHOLD": 5.0,
            "OUTPUT": str(folder / "nearest_by_segment.gpkg"),
            "CENTRES": "TEMPORARY_OUTPUT",
            "SUMMARY": "TEMPORARY_OUTPUT",
            "SEGMENTS": str(folder / "nearest_segments.gpkg"),
        },
    )
    yield (
        "optimiselocations",
        {
            **segments,
            "DEMAND": uri(town, "postcodes"),
            "WEIGHT_FIELD": "households",
            "DEMAND_ID_FIELD": "postcode",
            "CANDIDATES": uri(town, "candidate_sites"),
            "SITE_ID_FIELD": "site_id",
            "SITE_NAME_FIELD": "name",
            "CURRENT": uri(town, "facilities"),
            "COST": 0,
            "P": 4,
            "CUTOFF": 6.0,
            "TIME_LIMIT": 5.0,
            "SITES": str(folder / "sites_by_segment.gpkg"),
            "ALLOCATION": str(folder / "allocation_by_segment.gpkg"),
            "REPORT": str(folder / "location_by_segment.html"),
            "SEGMENTS": str(folder / "plan_segments.gpkg"),
        },
    )
    yield (
        "targetareas",
        {
            **placed,
            **base,
            "ZONES": uri(town, "wards"),
            "ZONE_NAME_FIELD": "ward_name",
            "OUTPUT": str(folder / "target_zones.gpkg"),
            "TARGET_LIST": str(folder / "target_list.gpkg"),
            "REPORT": str(folder / "target_areas.html"),
        },
    )
    yield (
        "compareprofiles",
        {
            **placed,
            **base,
            "SPLIT": 0,
            "CATEGORY_FIELD": "service",
            "OUTPUT": str(folder / "compared.gpkg"),
            "REPORT": str(folder / "compared.html"),
        },
    )
    yield (
        "channeldemand",
        {
            **base,
            "ZONES": uri(town, "wards"),
            "ZONE_NAME_FIELD": "ward_name",
            "OUTPUT": str(folder / "channels.gpkg"),
            "REPORT": str(folder / "channels.html"),
        },
    )
    yield "surveyclusters", {"INPUT": uri(town, "survey_responses"), **survey, "OUTPUT": str(folder / "clusters.gpkg")}
    yield "surveyclusters", {"INPUT": uri(town, "incidents"), "METHOD": 2, "OUTPUT": str(folder / "incidents.gpkg")}
    for method in (1, 3, 4):  # share of chosen answers, Gi* on postcode units, nearest-neighbour hierarchy
        yield (
            "surveyclusters",
            {"INPUT": uri(town, "survey_responses"), **survey, "METHOD": method, "OUTPUT": str(folder / f"m{method}.gpkg")},
        )
    yield (
        "verifyclusters",
        {
            "RESPONSES": uri(town, "survey_responses"),
            **survey,
            "CLUSTERS": str(folder / "clusters.gpkg"),
            "HOUSEHOLDS": "households",
            "DISTRICT": uri(town, "district"),
            "INCIDENTS": uri(town, "incidents"),
            "INCIDENT_CLUSTERS": str(folder / "incidents.gpkg"),
            **base,
            "OUTPUT": str(folder / "verified.gpkg"),
            "REPORT": str(folder / "verification.html"),
        },
    )


def refusals(town, folder):
    """(algorithm, parameters) of runs that are refused, each with a message that names numbers and values."""
    oac = list(builtin_catalogues()).index("oac2011")
    yield (
        "areacomposition",
        {
            "ZONES": uri(town, "wards"),
            "BASE": uri(town, "postcodes"),
            "BASE_SEGMENT_FIELD": "segment",
            "BASE_COUNT_FIELD": "households",
            "CATALOGUE": oac,
            "LEVEL": "",
            "OUTPUT": str(folder / "refused.gpkg"),
        },
    )
    yield (
        "surveyclusters",
        {
            "INPUT": uri(town, "survey_responses"),
            "KEY_FIELD": "postcode",
            "POSTCODES": uri(town, "postcodes"),
            "POSTCODE_FIELD": "postcode",
            "ANSWER_FIELD": "feel_safe",
            "ANSWERS": "Rather unsafe",
            "OUTPUT": str(folder / "refused.gpkg"),
        },
    )


def town_names(town) -> set[str]:
    with sqlite3.connect(town) as connection:
        rows = connection.execute(
            "select name from candidate_sites union select name from facilities union select ward_name from wards "
            "union select postcode from postcodes"
        ).fetchall()
    return {name for (name,) in rows if name}


def output_texts(folder) -> dict[str, list[str]]:
    """The readable values written into the output layers.

    The layers are opened here, not in :func:`texts_of`: a run refused inside
    Processing leaves its Python frames alive (QGIS keeps the traceback), the
    frames of its callers with them, and a layer held by one of those frames
    would be freed only in Python's final clean-up, after QGIS has exited,
    which crashes the process.
    """
    texts: dict[str, list[str]] = {}
    verified = QgsVectorLayer(str(folder / "verified.gpkg"), "verified", "ogr")
    texts["verified clusters: disparity"] = [f["disparity"] for f in verified.getFeatures()]
    texts["verified clusters: verdict"] = [f["verdict"] for f in verified.getFeatures()]
    texts["verified clusters: dominant_names"] = [
        name for f in verified.getFeatures() if f["dominant_names"] for name in f["dominant_names"].split("; ")
    ]
    wards = QgsVectorLayer(str(folder / "wards.gpkg"), "wards", "ogr")
    texts["wards: dominant_name"] = [f[field] for f in wards.getFeatures() for field in ("dominant_name", "second_name")]
    profile = QgsVectorLayer(str(folder / "profile.csv"), "profile", "ogr")
    texts["profile: name"] = [f["name"] for f in profile.getFeatures() if f["row_type"] == "segment"]
    return texts


def texts_of(language, town, folder) -> dict[str, list[str]]:
    """Every log line, report line and readable output value of every algorithm, by where it comes from."""
    settings = QgsSettings()
    previous = settings.value("locale/userLocale", "")
    settings.setValue("locale/overrideFlag", True)
    settings.setValue("locale/userLocale", language)
    translation = Translation()
    assert translation.install() or language == "en"
    texts: dict[str, list[str]] = {}
    try:
        for number, (algorithm, parameters) in enumerate(runs(town, folder)):
            feedback = RecordingFeedback()
            result = run_algorithm(f"placeinsight:{algorithm}", parameters, feedback=feedback)
            lines = [line for line in feedback.infos + feedback.warnings if not line.startswith("Results: ")]  # QGIS's own
            if "HEADLINE" in result:
                lines.append(result["HEADLINE"])
            texts[f"{number} {algorithm} log"] = lines
            for key in ("REPORT", "SEGMENT_REPORT"):
                if result.get(key):
                    texts[f"{number} {algorithm} {key.lower()}"] = html_lines(result[key])
        for number, (algorithm, parameters) in enumerate(refusals(town, folder)):
            with pytest.raises(QgsProcessingException) as refused:
                run_algorithm(f"placeinsight:{algorithm}", parameters, feedback=RecordingFeedback())
            texts[f"refused {number} {algorithm}"] = str(refused.value).splitlines()
        texts.update(output_texts(folder))
    finally:
        translation.remove()
        settings.setValue("locale/userLocale", previous or "en")
    return texts


@pytest.fixture(scope="module")
def french(sample_town, tmp_path_factory, provider_module):
    return texts_of("fr", sample_town, tmp_path_factory.mktemp("fr"))


@pytest.fixture(scope="module")
def english(sample_town, tmp_path_factory, provider_module):
    return texts_of("en", sample_town, tmp_path_factory.mktemp("en"))


@pytest.fixture(scope="module")
def phrases(root):
    spec = importlib.util.spec_from_file_location("translations", root / "scripts" / "translations.py")
    translations = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(translations)
    french_texts = translations.read_ts(translations.ts_path("fr"))
    return english_phrases(list(french_texts), french_texts)


def test_every_algorithm_wrote_its_texts(french, english):
    assert set(french) == set(english)
    assert sum(len(lines) for lines in french.values()) > 150
    assert len([key for key in french if key.endswith("report")]) == 11


def test_french_texts_write_french_numbers_and_words(french, sample_town, phrases):
    data = DATA | town_names(sample_town)
    problems = [
        f"{where}: {problem}"
        for where, lines in french.items()
        for line in lines
        for problem in french_problems(line, data=data, english_phrases=phrases)
    ]
    assert not problems, "\n".join(problems)


def test_english_texts_write_english_numbers_and_words(english, sample_town):
    data = DATA | town_names(sample_town)
    problems = [
        f"{where}: {problem}"
        for where, lines in english.items()
        for line in lines
        for problem in english_problems(line, data=data)
    ]
    assert not problems, "\n".join(problems)


def test_readable_fields_are_written_in_the_language(french, english):
    demo = load_catalogue(builtin_catalogues()["demo"])
    for language, texts in (("fr", french), ("en", english)):
        names = {demo.segment(code).name(language) for code in demo.codes("group")}
        for where in ("verified clusters: dominant_names", "wards: dominant_name", "profile: name"):
            assert texts[where] and set(texts[where]) <= names, (language, where, set(texts[where]) - names)
    assert all(verdict.startswith("Cluster ") for verdict in english["verified clusters: verdict"])
    assert all(verdict.startswith("Le cluster ") for verdict in french["verified clusters: verdict"])
    assert set(english["verified clusters: disparity"]) <= set(DISPARITIES)
    assert not set(french["verified clusters: disparity"]) & set(DISPARITIES)
    assert "peur sans délinquance" in french["verified clusters: disparity"]
    survey_log = next(key for key in french if key.endswith("surveyclusters log"))
    assert any("(« Very unsafe » / « Fairly unsafe »)" in line for line in french[survey_log])
