"""One ordinary run of every Place Insight algorithm on the sample town, with every output in one folder.

The hardening tests (cancellation, unwritable outputs, broken inputs,
generated inputs) start from these parameters and change one thing.
"""

from __future__ import annotations

from pathlib import Path

from place_insight.engine.segmentation.catalogue_files import builtin_catalogues

DEMO = list(builtin_catalogues()).index("demo")
UNSAFE = "Very unsafe;Fairly unsafe"

#: Output parameters of each algorithm, with the file name each is written to.
OUTPUTS = {
    "exportcatalogue": {"OUTPUT": "catalogue.gpkg"},
    "segmentprofile": {"OUTPUT": "profile.gpkg", "REPORT": "profile.html"},
    "areacomposition": {"OUTPUT": "wards.gpkg"},
    "buildnetwork": {"OUTPUT": "edges.gpkg", "ISLANDS": "islands.gpkg", "SAVE": "network.npz"},
    "catchments": {"OUTPUT": "catchments.gpkg", "EDGES": "reached.gpkg"},
    "traveltimematrix": {"OUTPUT": "matrix.gpkg", "LINES": "lines.gpkg"},
    "nearestfacility": {"OUTPUT": "nearest.gpkg", "CENTRES": "centres.gpkg", "SUMMARY": "summary.gpkg"},
    "optimiselocations": {"SITES": "sites.gpkg", "ALLOCATION": "allocation.gpkg", "REPORT": "plan.html"},
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
    return {
        "exportcatalogue": {**catalogue},
        "segmentprofile": {
            "TARGET": uri(town, "service_clients"),
            "PLACEMENT": 1,
            "TARGET_KEY_FIELD": "postcode",
            "BASE_KEY_FIELD": "postcode",
            **base,
            **catalogue,
        },
        "areacomposition": {"ZONES": uri(town, "wards"), **base, **catalogue},
        "buildnetwork": {**network},
        "catchments": {
            **network,
            "FACILITIES": uri(town, "facilities"),
            "ID_FIELD": "facility_id",
            "BANDS": "5,10",
            "BASE": uri(town, "postcodes"),
            "COUNT_FIELDS": ["households"],
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
