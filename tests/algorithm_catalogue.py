"""One ordinary run of every Place Insight algorithm on the sample town, with every output in one folder.

The hardening tests (cancellation, unwritable outputs, broken inputs,
generated inputs) start from these parameters and change one thing.
"""

from __future__ import annotations

from pathlib import Path

from place_insight.engine.segmentation.catalogue_files import builtin_catalogues

DEMO = list(builtin_catalogues()).index("demo")
#: Contacts per service and channel (a year), for the channel shift by service.
SERVICES = Path(__file__).resolve().parent / "data" / "channel_services.csv"
UNSAFE = "Very unsafe;Fairly unsafe"

#: Output parameters of each algorithm, with the file name each is written to.
OUTPUTS = {
    "exportcatalogue": {"OUTPUT": "catalogue.gpkg"},
    "segmentprofile": {"OUTPUT": "profile.gpkg", "REPORT": "profile.html"},
    "areacomposition": {"OUTPUT": "wards.gpkg"},
    "targetareas": {"OUTPUT": "target_zones.gpkg", "TARGET_LIST": "target_list.gpkg", "REPORT": "targeting.html"},
    "compareprofiles": {"OUTPUT": "compared.gpkg", "REPORT": "compared.html"},
    "channeldemand": {
        "OUTPUT": "channels.gpkg",
        "SERVICES_OUTPUT": "services.gpkg",
        "SURFACE": "surface.tif",
        "REPORT": "channels.html",
    },
    "buildnetwork": {"OUTPUT": "edges.gpkg", "ISLANDS": "islands.gpkg", "SAVE": "network.npz"},
    "catchments": {
        "OUTPUT": "catchments.gpkg",
        "EDGES": "reached.gpkg",
        "SEGMENTS": "catchment_segments.gpkg",
        "SEGMENT_REPORT": "catchment_segments.html",
    },
    "traveltimematrix": {"OUTPUT": "matrix.gpkg", "LINES": "lines.gpkg"},
    "nearestfacility": {
        "OUTPUT": "nearest.gpkg",
        "CENTRES": "centres.gpkg",
        "SEGMENTS": "nearest_segments.gpkg",
        "SEGMENT_REPORT": "nearest_segments.html",
        "SUMMARY": "summary.gpkg",
    },
    "optimiselocations": {
        "SITES": "sites.gpkg",
        "ALLOCATION": "allocation.gpkg",
        "SEGMENTS": "plan_segments.gpkg",
        "REPORT": "plan.html",
    },
    "surveyclusters": {"OUTPUT": "clusters.gpkg", "DENSITY": "density.tif"},
    "verifyclusters": {"OUTPUT": "verified.gpkg", "REPORT": "verification.html"},
}
ALGORITHMS = tuple(OUTPUTS)


def uri(town: Path, layer: str) -> str:
    return f"{town}|layername={layer}"


def inputs(name: str, town: Path) -> dict:
    """The input parameters of an ordinary run of algorithm ``name`` (without its outputs)."""
    network = {"NETWORK": uri(town, "roads"), "SPEED_FIELD": "speed_mph", "SPEED_UNIT": 1}
    survey = {
        "KEY_FIELD": "postcode",
        "POSTCODES": uri(town, "postcodes"),
        "POSTCODE_FIELD": "postcode",
        "ANSWER_FIELD": "feel_safe",
        "ANSWERS": UNSAFE,
    }
    base = {"BASE": uri(town, "postcodes"), "BASE_SEGMENT_FIELD": "segment", "BASE_COUNT_FIELD": "households"}
    catalogue = {"CATALOGUE": DEMO, "LEVEL": "group"}
    target = {
        "TARGET": uri(town, "service_clients"),
        "PLACEMENT": 1,
        "TARGET_KEY_FIELD": "postcode",
        "BASE_KEY_FIELD": "postcode",
    }
    return {
        "exportcatalogue": {**catalogue},
        "segmentprofile": {**target, **base, **catalogue},
        "areacomposition": {"ZONES": uri(town, "wards"), **base, **catalogue},
        "targetareas": {**target, **base, **catalogue, "ZONES": uri(town, "wards"), "ZONE_NAME_FIELD": "ward_name"},
        "compareprofiles": {**target, **base, **catalogue, "SPLIT": 0, "CATEGORY_FIELD": "service"},
        "channeldemand": {
            "ZONES": uri(town, "wards"),
            "ZONE_NAME_FIELD": "ward_name",
            **base,
            **catalogue,
            "COSTS": "internet=0.32, telephone=1.86, face_to_face=9.66",
            "REALISED": 40,
            "SERVICES": str(SERVICES),
            "SERVICE_FIELD": "service",
            "SERVICE_CHANNEL_FIELD": "channel",
            "SERVICE_VOLUME_FIELD": "contacts",
        },
        "buildnetwork": {**network},
        "catchments": {
            **network,
            "FACILITIES": uri(town, "facilities"),
            "ID_FIELD": "facility_id",
            "BANDS": "5,10",
            "BASE": uri(town, "postcodes"),
            "COUNT_FIELDS": ["households"],
            "BASE_SEGMENT_FIELD": "segment",
            **catalogue,
        },
        "traveltimematrix": {
            **network,
            "ORIGINS": uri(town, "facilities"),
            "ORIGIN_ID": "facility_id",
            "DESTINATIONS": uri(town, "candidate_sites"),
            "DESTINATION_ID": "site_id",
        },
        "nearestfacility": {
            **network,
            "DEMAND": uri(town, "postcodes"),
            "DEMAND_ID": "postcode",
            "WEIGHT": "households",
            "FACILITIES": uri(town, "facilities"),
            "FACILITY_ID": "facility_id",
            "SEGMENT_FIELD": "segment",
            **catalogue,
        },
        "optimiselocations": {
            "DEMAND": uri(town, "postcodes"),
            "WEIGHT_FIELD": "households",
            "DEMAND_ID_FIELD": "postcode",
            "CANDIDATES": uri(town, "candidate_sites"),
            "SITE_ID_FIELD": "site_id",
            "CURRENT": uri(town, "facilities"),
            "COST": 0,
            "OBJECTIVE": 1,
            "P": 4,
            "CUTOFF": 2.0,
            "SOLVER": 1,
            "TIME_LIMIT": 60.0,
            "SEGMENT_FIELD": "segment",
            **catalogue,
        },
        "surveyclusters": {"INPUT": uri(town, "survey_responses"), "METHOD": 0, **survey},
        "verifyclusters": {
            "CLUSTERS": uri(town, "district"),
            "RESPONSES": uri(town, "survey_responses"),
            "HOUSEHOLDS": "households",
            "INCIDENTS": uri(town, "incidents"),
            **survey,
        },
    }[name]


def parameters(name: str, town: Path, folder: Path, **changes) -> dict:
    """Inputs and every output of algorithm ``name`` written in ``folder``, with ``changes``."""
    values = inputs(name, town)
    values.update({key: str(folder / file) for key, file in OUTPUTS[name].items()})
    values.update(changes)
    return {key: value for key, value in values.items() if value is not None}
