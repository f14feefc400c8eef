"""Optimise service locations on the sample town: toolbox, model, qgis_process; bad input."""

from __future__ import annotations

import sqlite3
import struct

import numpy as np
import pytest
from algorithm_runs import FromChild, RecordingFeedback, Step, model_output, run_algorithm, run_model, run_qgis_process
from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsProcessingException, QgsVectorLayer

from place_insight.engine.location import (
    LocationModel,
    SolverOptions,
    evaluate_sites,
    solve_location,
    travel_costs,
)

ALG = "placeinsight:optimiselocations"


def uri(path, layer):
    return f"{path}|layername={layer}"


def read_points(path, table, columns):
    """Coordinates and attributes straight from the GeoPackage (independent of the plugin's bridge)."""
    with sqlite3.connect(path) as connection:
        rows = connection.execute(f"select geom, {columns} from {table} order by fid").fetchall()
    xy = np.array([struct.unpack("<dd", bytes(g)[13:29]) for g, *_ in rows])
    return xy, [r[1:] for r in rows]


def town_parameters(sample_town, **extra):
    parameters = {
        "DEMAND": uri(sample_town, "postcodes"),
        "WEIGHT_FIELD": "households",
        "DEMAND_ID_FIELD": "postcode",
        "CANDIDATES": uri(sample_town, "candidate_sites"),
        "SITE_ID_FIELD": "site_id",
        "SITE_NAME_FIELD": "name",
        "REQUIRED_FIELD": "required",
        "CURRENT": uri(sample_town, "facilities"),
        "COST": 0,
        "SPEED": 4.8,
        "OBJECTIVE": 0,
        "P": 5,
        "CUTOFF": 15.0,
        "SOLVER": 0,
        "TIME_LIMIT": 30.0,
        "SITES": "TEMPORARY_OUTPUT",
        "ALLOCATION": "TEMPORARY_OUTPUT",
    }
    parameters.update(extra)
    return parameters


@pytest.fixture(scope="module")
def town_costs(sample_town):
    """The walking-time matrix and weights computed independently from the GeoPackage."""
    demand_xy, demand = read_points(sample_town, "postcodes", "postcode, households")
    site_xy, sites = read_points(sample_town, "candidate_sites", "site_id, required")
    current_xy, _ = read_points(sample_town, "facilities", "facility_id")
    weights = np.array([row[1] for row in demand], dtype=float)
    return {
        "costs": travel_costs(demand_xy, site_xy, speed_kmh=4.8).matrix,
        "weights": weights,
        "required": np.array([row[1] for row in sites], dtype=bool),
        "site_ids": [row[0] for row in sites],
        "current": evaluate_sites(travel_costs(demand_xy, current_xy, speed_kmh=4.8), weights, cutoff=15.0),
    }


def features(layer):
    return [f.attributes() for f in layer.getFeatures()], [f.name() for f in layer.fields()]


def test_five_sites_for_face_to_face_services_in_the_toolbox(provider, sample_town, town_costs, tmp_path):
    report = tmp_path / "report.html"
    feedback = RecordingFeedback()
    result = run_algorithm(ALG, town_parameters(sample_town, REPORT=str(report)), feedback=feedback)
    sites = result["SITES"] if isinstance(result["SITES"], QgsVectorLayer) else QgsVectorLayer(result["SITES"])
    rows, names = features(sites)
    assert len(rows) == 5
    chosen = {row[names.index("site_id")] for row in rows}
    assert {1, 3} <= chosen, "the two required sites stay open"
    # the objective is the weighted walking time of the chosen sites, recomputed independently
    columns = [town_costs["site_ids"].index(s) for s in chosen]
    nearest = town_costs["costs"][:, columns].min(axis=1)
    assert result["OBJECTIVE_VALUE"] == pytest.approx(float(town_costs["weights"] @ nearest), rel=1e-5)
    assert result["BOUND"] <= result["OBJECTIVE_VALUE"] * (1 + 1e-9)
    assert result["GAP"] <= 1e-3
    assert result["MEAN_COST"] == pytest.approx(result["OBJECTIVE_VALUE"] / town_costs["weights"].sum(), rel=1e-6)
    # five well-placed sites beat today's six on mean time
    assert result["MEAN_COST"] < town_costs["current"].mean_cost
    assert [row[names.index("rank")] for row in rows] == [1, 2, 3, 4, 5]
    assert sum(row[names.index("demand")] for row in rows) == pytest.approx(town_costs["weights"].sum())
    lines = QgsVectorLayer(result["ALLOCATION"]) if isinstance(result["ALLOCATION"], str) else result["ALLOCATION"]
    assert lines.featureCount() == 3000
    text = report.read_text(encoding="utf-8")
    assert "Today" in text and "→" in text and "Selected sites" in text


def test_model_chains_selected_sites_into_a_second_step(provider, sample_town, town_costs):
    """Step 1 chooses 5 sites by p-median; step 2 evaluates maximal covering with those 5 as the only candidates."""
    steps = [
        Step("choose", ALG, town_parameters(sample_town), outputs=["SITES"]),
        Step(
            "cover",
            ALG,
            {
                "DEMAND": uri(sample_town, "postcodes"),
                "WEIGHT_FIELD": "households",
                "CANDIDATES": FromChild("choose", "SITES"),
                "SPEED": 4.8,
                "COST": 0,
                "OBJECTIVE": 1,
                "P": 5,
                "CUTOFF": 15.0,
                "SOLVER": 1,
                "TIME_LIMIT": 30.0,
            },
            outputs=["SITES", "COVERED_SHARE"],
        ),
    ]
    result = run_model(steps)
    covered = model_output(result, "cover", "COVERED_SHARE")
    sites = model_output(result, "choose", "SITES")
    layer = QgsVectorLayer(sites) if isinstance(sites, str) else sites
    chosen = [f["site_id"] for f in layer.getFeatures()]
    columns = [town_costs["site_ids"].index(s) for s in chosen]
    nearest = town_costs["costs"][:, columns].min(axis=1)
    expected = town_costs["weights"][nearest <= 15.0].sum() / town_costs["weights"].sum()
    assert covered == pytest.approx(expected, rel=1e-6)


def test_qgis_process_runs_set_covering(qgis_profile, sample_town, town_costs, tmp_path):
    result = run_qgis_process(
        ALG,
        town_parameters(
            sample_town,
            OBJECTIVE=2,
            SOLVER=1,
            CURRENT="",
            SITES=str(tmp_path / "sites.gpkg"),
            ALLOCATION=str(tmp_path / "lines.gpkg"),
            REPORT=str(tmp_path / "lscp.html"),
        ),
        qgis_profile,
    )
    outputs = result["results"]
    exact = solve_location(
        town_costs["costs"],
        town_costs["weights"],
        LocationModel("lscp", cutoff=15.0, required=town_costs["required"]),
        SolverOptions("exact"),
    )
    assert outputs["SITES_SELECTED"] == len(exact.selected) == exact.objective
    assert outputs["GAP"] == 0
    assert (tmp_path / "lscp.html").exists()


@pytest.mark.parametrize(
    "extra, message",
    [
        ({"P": 200}, "only 150 distinct candidate sites"),
        ({"P": 1}, "2 sites are required"),
        ({"TIME_LIMIT": 0.0}, "time limit must be a positive"),
        ({"OBJECTIVE": 1, "CUTOFF": 0.0}, "cut-off must be a positive"),
    ],
)
def test_bad_parameters_say_what_to_change(provider, sample_town, extra, message):
    with pytest.raises(QgsProcessingException, match=message):
        run_algorithm(ALG, town_parameters(sample_town, CURRENT=None, **extra))


def test_capacities_that_cannot_serve_the_demand(provider, sample_town, tmp_path):
    layer = QgsVectorLayer(uri(sample_town, "candidate_sites"), "sites", "ogr")
    small = QgsVectorLayer(f"Point?crs={layer.crs().authid()}&field=site_id:integer&field=capacity:double", "small", "memory")
    features_ = []
    for feature in layer.getFeatures():
        feature.setFields(small.fields(), True)
        feature["site_id"] = feature.id()
        feature["capacity"] = 100.0
        features_.append(feature)
    small.dataProvider().addFeatures(features_)
    with pytest.raises(QgsProcessingException, match="capacities cannot serve the demand.*Raise p"):
        run_algorithm(
            ALG,
            town_parameters(
                sample_town, CANDIDATES=small, REQUIRED_FIELD=None, SITE_NAME_FIELD=None, CAPACITY_FIELD="capacity", CURRENT=None
            ),
        )


def test_null_and_negative_weights_are_refused_with_ids(provider, sample_town):
    def demand_layer(rows):
        demand = QgsVectorLayer("Point?crs=EPSG:27700&field=name:string&field=w:double", "demand", "memory")
        for i, (name, weight) in enumerate(rows):
            feature = QgsFeature(demand.fields())
            feature.setAttributes([name, weight])
            feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(450000 + 100 * i, 210000)))
            demand.dataProvider().addFeature(feature)
        return demand

    for rows, message in (
        (
            [("a", 5.0), ("b", None), ("c", -2.0)],
            r"1 features of demand have a negative value in the field w \(e\.g\. features c\)",
        ),
        ([("a", 5.0), ("b", None)], r"1 features of demand have no value \(NULL\) in the field w \(e\.g\. features b\)"),
    ):
        with pytest.raises(QgsProcessingException, match=message):
            run_algorithm(
                ALG,
                town_parameters(sample_town, DEMAND=demand_layer(rows), WEIGHT_FIELD="w", DEMAND_ID_FIELD="name", CURRENT=None),
            )


def test_empty_candidate_layer(provider, sample_town):
    empty = QgsVectorLayer("Point?crs=EPSG:27700&field=id:integer", "empty", "memory")
    with pytest.raises(QgsProcessingException, match="candidate layer is empty"):
        run_algorithm(
            ALG,
            town_parameters(
                sample_town, CANDIDATES=empty, SITE_ID_FIELD=None, SITE_NAME_FIELD=None, REQUIRED_FIELD=None, CURRENT=None
            ),
        )


def test_report_in_french(provider, sample_town, french, tmp_path):
    report = tmp_path / "rapport.html"
    run_algorithm(ALG, town_parameters(sample_town, OBJECTIVE=3, REPORT=str(report)))
    text = report.read_text(encoding="utf-8")
    assert "Sites retenus" in text and "Aujourd’hui" in text


def test_polygon_demand_uses_centroids(provider, sample_town):
    wards = QgsVectorLayer(uri(sample_town, "wards"), "wards", "ogr")
    centroids = np.array(
        [[f.geometry().centroid().asPoint().x(), f.geometry().centroid().asPoint().y()] for f in wards.getFeatures()]
    )
    site_xy, sites = read_points(sample_town, "candidate_sites", "site_id")
    totals = np.hypot(centroids[:, None, 0] - site_xy[None, :, 0], centroids[:, None, 1] - site_xy[None, :, 1]).sum(0)
    result = run_algorithm(
        ALG,
        {
            "DEMAND": wards,
            "CANDIDATES": uri(sample_town, "candidate_sites"),
            "SITE_ID_FIELD": "site_id",
            "COST": 1,
            "OBJECTIVE": 0,
            "P": 1,
            "CUTOFF": 0.0,
            "SOLVER": 1,
            "TIME_LIMIT": 30.0,
            "SITES": "TEMPORARY_OUTPUT",
            "ALLOCATION": "TEMPORARY_OUTPUT",
        },
    )
    chosen = [f["site_id"] for f in result["SITES"].getFeatures()]
    assert chosen == [sites[int(np.argmin(totals))][0]]
    assert result["OBJECTIVE_VALUE"] == pytest.approx(totals.min(), rel=1e-5)


def test_cancellation_writes_nothing(provider, sample_town):
    feedback = RecordingFeedback()
    feedback.cancel()
    with pytest.raises(QgsProcessingException, match="Cancelled by the user"):
        run_algorithm(ALG, town_parameters(sample_town), feedback=feedback)


# -- network travel time and capacities --------------------------------------------------------------------
def network_parameters(sample_town, **extra):
    """Walking time along the town's roads (the river is crossed only on its bridges)."""
    return town_parameters(
        sample_town, COST=2, NETWORK=uri(sample_town, "roads"), SPEED_FIELD="speed_mph", SPEED_UNIT=1, PROFILE=0, **extra
    )


@pytest.fixture(scope="module")
def network_plan(provider_module, sample_town, tmp_path_factory):
    folder = tmp_path_factory.mktemp("network_plan")
    feedback = RecordingFeedback()
    result = run_algorithm(
        ALG,
        network_parameters(
            sample_town,
            SITES=str(folder / "sites.gpkg"),
            ALLOCATION=str(folder / "lines.gpkg"),
            REPORT=str(folder / "report.html"),
        ),
        feedback=feedback,
    )
    return result, feedback, folder


def walking_matrix(sample_town, sites_path, folder):
    """Walking minutes postcode → chosen site by the travel-time matrix algorithm (an independent path)."""
    result = run_algorithm(
        "placeinsight:traveltimematrix",
        {
            "NETWORK": uri(sample_town, "roads"),
            "SPEED_FIELD": "speed_mph",
            "SPEED_UNIT": 1,
            "PROFILE": 0,
            "ORIGINS": uri(sample_town, "postcodes"),
            "ORIGIN_ID": "postcode",
            "DESTINATIONS": sites_path,
            "DESTINATION_ID": "site_id",
            "OUTPUT": str(folder / "matrix.gpkg"),
        },
    )
    times = {}
    for f in QgsVectorLayer(result["OUTPUT"], "m", "ogr").getFeatures():
        times[(f["origin_id"], str(f["destination_id"]))] = float(f["minutes"])
    return times


def test_network_walking_time_plan_matches_the_travel_time_matrix(network_plan, sample_town, town_costs):
    result, feedback, folder = network_plan
    sites = QgsVectorLayer(result["SITES"], "sites", "ogr")
    chosen = [str(f["site_id"]) for f in sites.getFeatures()]
    assert len(chosen) == 5 and {"1", "3"} <= set(chosen)
    times = walking_matrix(sample_town, result["SITES"], folder)
    _, demand = read_points(sample_town, "postcodes", "postcode, households")
    best = {postcode: min(times[(postcode, s)] for s in chosen if (postcode, s) in times) for postcode, _ in demand}
    lines = QgsVectorLayer(result["ALLOCATION"], "lines", "ogr")
    allocated = {f["demand_id"]: (str(f["site_id"]), float(f["cost"])) for f in lines.getFeatures()}
    assert len(allocated) == len(demand)
    for postcode, _ in demand:
        site, minutes = allocated[postcode]
        assert minutes == pytest.approx(best[postcode], abs=1e-3), postcode
        assert minutes == pytest.approx(times[(postcode, site)], abs=1e-3)
    objective = sum(households * best[postcode] for postcode, households in demand)
    assert result["OBJECTIVE_VALUE"] == pytest.approx(objective, rel=1e-5)
    assert result["GAP"] <= 1e-3 and result["BOUND"] <= result["OBJECTIVE_VALUE"] * (1 + 1e-9)
    # walking along the roads (and round by the bridges) is never quicker than the crow flies at the same speed
    assert result["MEAN_COST"] > 1.1 * (town_costs["weights"] @ town_costs["costs"].min(axis=1)) / town_costs["weights"].sum()
    assert "network travel time, walking" in (folder / "report.html").read_text(encoding="utf-8")
    assert "Travel cost: network travel time, walking" in feedback.text


def test_network_travel_time_needs_a_network(provider, sample_town):
    with pytest.raises(QgsProcessingException, match="Choose a road network"):
        run_algorithm(ALG, town_parameters(sample_town, COST=2, CURRENT=None))


def test_demand_off_the_network_is_named_and_left_out(provider, sample_town):
    layer = QgsVectorLayer(uri(sample_town, "postcodes"), "postcodes", "ogr")
    demand = QgsVectorLayer(f"Point?crs={layer.crs().authid()}&field=postcode:string&field=households:double", "demand", "memory")
    kept = []
    for feature in list(layer.getFeatures())[:200]:
        copy = QgsFeature(demand.fields())
        copy.setAttributes([feature["postcode"], float(feature["households"])])
        copy.setGeometry(feature.geometry())
        kept.append(copy)
    far = QgsFeature(demand.fields())
    far.setAttributes(["FAR 1AA", 10.0])
    far.setGeometry(
        QgsGeometry.fromPointXY(QgsPointXY(kept[0].geometry().asPoint().x() + 20000, kept[0].geometry().asPoint().y()))
    )
    demand.dataProvider().addFeatures(kept + [far])
    feedback = RecordingFeedback()
    result = run_algorithm(
        ALG, network_parameters(sample_town, DEMAND=demand, CURRENT=None, P=3, SNAP_TOLERANCE=250.0), feedback=feedback
    )
    assert "FAR 1AA" in feedback.text
    lines = result["ALLOCATION"] if isinstance(result["ALLOCATION"], QgsVectorLayer) else QgsVectorLayer(result["ALLOCATION"])
    ids = {f["demand_id"] for f in lines.getFeatures()}
    assert "FAR 1AA" not in ids and len(ids) == 200
    assert demand.featureCount() == 201, "the input is not modified"


def test_capacitated_plan_on_the_town_respects_every_capacity(provider, sample_town, town_costs):
    capacities = dict(read_points(sample_town, "candidate_sites", "site_id, capacity")[1])
    feedback = RecordingFeedback()
    result = run_algorithm(
        ALG, town_parameters(sample_town, CAPACITY_FIELD="capacity", P=5, CURRENT=None, TIME_LIMIT=60.0), feedback=feedback
    )
    sites = result["SITES"] if isinstance(result["SITES"], QgsVectorLayer) else QgsVectorLayer(result["SITES"])
    rows, names = features(sites)
    served = {row[names.index("site_id")]: row[names.index("demand")] for row in rows}
    assert len(served) == 5 and {1, 3} <= set(served)
    for site, demand in served.items():
        assert demand <= capacities[site] * (1 + 1e-6), site
    assert sum(served.values()) == pytest.approx(town_costs["weights"].sum(), rel=1e-6)
    uncapacitated = solve_location(
        town_costs["costs"],
        town_costs["weights"],
        LocationModel("pmedian", p=5, required=town_costs["required"]),
        SolverOptions("exact"),
    )
    assert result["OBJECTIVE_VALUE"] >= uncapacitated.objective * (1 - 1e-6)
    assert result["BOUND"] <= result["OBJECTIVE_VALUE"] * (1 + 1e-9)
    assert result["GAP"] <= 0.01


# -- the cut-off rule ----------------------------------------------------------------------------------------
def point_layer(name, points):
    layer = QgsVectorLayer("Point?crs=EPSG:27700&field=id:string&field=weight:double", name, "memory")
    features = []
    for ident, x, y, weight in points:
        feature = QgsFeature(layer.fields())
        feature.setAttributes([ident, weight])
        feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(x, y)))
        features.append(feature)
    layer.dataProvider().addFeatures(features)
    return layer


@pytest.mark.parametrize("cost, cutoff", [(1, 1000.0), (0, 2.0)])
def test_a_demand_point_at_or_just_beyond_the_cut_off_is_covered_alike_everywhere(provider, tmp_path, cost, cutoff):
    """A point exactly 1,000 m (2 minutes at 30 km/h) from the site is covered; one 0.03 mm farther is not —
    in the objective, the allocation lines and the report alike (float32 would round it onto the cut-off)."""
    x0, y0 = 530_000.0, 180_000.0
    demand = point_layer(
        "demand",
        [("A", x0 + 600.0, y0 + 800.0, 10.0), ("B", x0 + 1000.00003, y0, 100.0), ("C", x0, y0 + 300.0, 1.0)],
    )
    sites = point_layer("sites", [("s0", x0, y0, 0.0), ("s1", x0 + 5000.0, y0 + 5000.0, 0.0)])
    report = tmp_path / "report.html"
    result = run_algorithm(
        ALG,
        {
            "DEMAND": demand,
            "WEIGHT_FIELD": "weight",
            "DEMAND_ID_FIELD": "id",
            "CANDIDATES": sites,
            "SITE_ID_FIELD": "id",
            "COST": cost,
            "SPEED": 30.0,
            "OBJECTIVE": 1,
            "P": 1,
            "CUTOFF": cutoff,
            "SOLVER": 1,
            "TIME_LIMIT": 10.0,
            "SITES": "TEMPORARY_OUTPUT",
            "ALLOCATION": "TEMPORARY_OUTPUT",
            "REPORT": str(report),
        },
    )
    # brute force in double precision from the layers' own coordinates
    site = next(sites.getFeatures()).geometry().asPoint()
    factor = 1.0 if cost == 1 else 60.0 / 30_000.0
    exact, weight = {}, {}
    for feature in demand.getFeatures():
        point = feature.geometry().asPoint()
        exact[feature["id"]] = float(np.hypot(point.x() - site.x(), point.y() - site.y())) * factor
        weight[feature["id"]] = feature["weight"]
    assert exact["A"] == cutoff and exact["B"] > cutoff and np.float32(exact["B"]) == np.float32(cutoff)
    within = {ident: cost_ <= cutoff for ident, cost_ in exact.items()}
    share = sum(weight[i] for i in within if within[i]) / sum(weight.values())
    assert [f["site_id"] for f in result["SITES"].getFeatures()] == ["s0"]
    assert result["OBJECTIVE_VALUE"] == pytest.approx(11.0), "A and C are covered, B is not"
    assert result["COVERED_SHARE"] == pytest.approx(share, rel=1e-12)
    lines = {f["demand_id"]: f for f in result["ALLOCATION"].getFeatures()}
    assert {ident: bool(f["covered"]) for ident, f in lines.items()} == within
    for ident, feature in lines.items():
        assert feature["cost"] == pytest.approx(exact[ident], rel=1e-14, abs=0)
    text = report.read_text(encoding="utf-8").replace("\u202f", "").replace("\xa0", "")
    assert f"{share * 100:.1f}% of the demand is within" in text
