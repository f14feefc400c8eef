"""Access by customer type on the sample town: catchments, nearest facility and location plans by segment.

Every expectation is computed independently of the algorithms' own joins:
postcodes inside each written catchment polygon by shapely, grouped by
segment in plain pandas; nearest-facility shares from the written demand
layer grouped in pandas; the plan's access from its written allocation and
today's sites with straight-line distances in numpy.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
import shapely
from algorithm_runs import RecordingFeedback, run_algorithm, run_qgis_process
from qgis.core import NULL, QgsProcessingException, QgsVectorLayer

from place_insight.engine.segmentation.catalogue_files import builtin_catalogues

DEMO = list(builtin_catalogues()).index("demo")


def uri(sample_town, layer):
    return f"{sample_town}|layername={layer}"


def frame(path) -> pd.DataFrame:
    layer = QgsVectorLayer(str(path), "out", "ogr")
    assert layer.isValid(), path
    names = layer.fields().names()
    rows = [dict(zip(names, [None if v == NULL else v for v in f.attributes()])) for f in layer.getFeatures()]
    return pd.DataFrame(rows, columns=names)


def postcodes(sample_town) -> pd.DataFrame:
    layer = QgsVectorLayer(uri(sample_town, "postcodes"), "p", "ogr")
    rows = []
    for feature in layer.getFeatures():
        point = feature.geometry().asPoint()
        rows.append((feature["postcode"], feature["segment"], feature["households"], point.x(), point.y()))
    table = pd.DataFrame(rows, columns=["postcode", "segment", "households", "x", "y"])
    table["group"] = table["segment"].str[0]
    return table


def catchment_parameters(sample_town, tmp_path, **changes):
    values = {
        "NETWORK": uri(sample_town, "roads"),
        "SPEED_FIELD": "speed_mph",
        "SPEED_UNIT": 1,
        "PROFILE": 0,
        "FACILITIES": uri(sample_town, "facilities"),
        "ID_FIELD": "facility_id",
        "NAME_FIELD": "name",
        "BANDS": "5,10",
        "BASE": uri(sample_town, "postcodes"),
        "COUNT_FIELDS": ["households"],
        "BASE_SEGMENT_FIELD": "segment",
        "BASE_COUNT_FIELD": "households",
        "CATALOGUE": DEMO,
        "LEVEL": "group",
        "OUTPUT": str(tmp_path / "catchments.gpkg"),
        "SEGMENTS": str(tmp_path / "segments.gpkg"),
        "SEGMENT_REPORT": str(tmp_path / "segments.html"),
    }
    values.update(changes)
    return values


def inside(polygons: list[shapely.Geometry], points: pd.DataFrame) -> np.ndarray:
    """Which points lie in (or on) any of the polygons: brute force with shapely."""
    union = shapely.union_all(polygons)
    return shapely.intersects(union, shapely.points(points[["x", "y"]].to_numpy()))


def test_catchments_by_segment_match_brute_force_point_in_polygon(provider, sample_town, tmp_path):
    result = run_algorithm("placeinsight:catchments", catchment_parameters(sample_town, tmp_path))
    polygons = QgsVectorLayer(result["OUTPUT"], "c", "ogr")
    table = frame(result["SEGMENTS"])
    base = postcodes(sample_town)
    base_share = base.groupby("group")["households"].sum() / base["households"].sum() * 100
    checked = 0
    catchments = {(f["facility_id"], f["band"]): shapely.from_wkt(f.geometry().asWkt()) for f in polygons.getFeatures()}
    groups = {key: [shape] for key, shape in catchments.items()}
    for band in (5.0, 10.0):  # all facilities together: any facility's catchment of the band
        groups[(None, band)] = [shape for (facility, b), shape in catchments.items() if b == band]
    for (facility, band), shapes in groups.items():
        mine = base[inside(shapes, base)]
        expected = mine.groupby("group")["households"].sum()
        rows = table[
            (table["band"] == band) & (table["facility_id"].isna() if facility is None else table["facility_id"] == facility)
        ]
        written = rows.set_index("code")
        for group, households in expected.items():
            row = written.loc[group]
            assert row["count"] == pytest.approx(households)
            assert row["share"] == pytest.approx(households / expected.sum() * 100)
            assert row["index"] == pytest.approx(households / expected.sum() * 100 / base_share[group] * 100)
            assert row["reach"] == pytest.approx(households / base.loc[base.group == group, "households"].sum() * 100)
        assert written.loc[~written.index.isin(expected.index), "count"].eq(0).all()
        checked += 1
    assert checked == 6 * 2 + 2
    # the catchment polygons' household counts agree with their segments
    totals = table[table["facility_id"].notna()].groupby(["facility_id", "band"])["count"].sum()
    for feature in polygons.getFeatures():
        assert feature["households"] == pytest.approx(totals[(feature["facility_id"], feature["band"])])
    html = (tmp_path / "segments.html").read_text(encoding="utf-8")
    assert "Catchments by customer type" in html and "Within 10 min (walking) of a facility" in html and "★" in html


def test_catchments_without_segment_field_write_no_breakdown(provider, sample_town, tmp_path):
    feedback = RecordingFeedback()
    parameters = catchment_parameters(sample_town, tmp_path, BASE_SEGMENT_FIELD=None, BASE_COUNT_FIELD=None)
    result = run_algorithm("placeinsight:catchments", parameters, feedback=feedback)
    assert "SEGMENTS" not in result and not (tmp_path / "segments.gpkg").exists()
    assert any("No segment field is chosen" in message for message in feedback.infos)


def test_a_segment_field_without_base_layer_is_refused(provider, sample_town, tmp_path):
    with pytest.raises(QgsProcessingException, match="Choose the base layer"):
        run_algorithm("placeinsight:catchments", catchment_parameters(sample_town, tmp_path, BASE=None, COUNT_FIELDS=[]))


def nearest_parameters(sample_town, tmp_path, **changes):
    values = {
        "NETWORK": uri(sample_town, "roads"),
        "SPEED_FIELD": "speed_mph",
        "SPEED_UNIT": 1,
        "PROFILE": 2,
        "DEMAND": uri(sample_town, "postcodes"),
        "DEMAND_ID": "postcode",
        "WEIGHT": "households",
        "SEGMENT_FIELD": "segment",
        "CATALOGUE": DEMO,
        "LEVEL": "group",
        "FACILITIES": uri(sample_town, "facilities"),
        "FACILITY_ID": "facility_id",
        "FACILITY_NAME": "name",
        "THRESHOLD": 5.0,
        "BANDS": "2,4,6",
        "OUTPUT": str(tmp_path / "nearest.gpkg"),
        "CENTRES": "TEMPORARY_OUTPUT",
        "SUMMARY": "TEMPORARY_OUTPUT",
        "SEGMENTS": str(tmp_path / "nearest_segments.gpkg"),
        "SEGMENT_REPORT": str(tmp_path / "nearest_segments.html"),
    }
    values.update(changes)
    return values


def test_nearest_facility_by_segment_matches_the_demand_layer(provider, sample_town, tmp_path):
    result = run_algorithm("placeinsight:nearestfacility", nearest_parameters(sample_town, tmp_path))
    demand = frame(result["OUTPUT"]).merge(
        postcodes(sample_town)[["postcode", "group"]], left_on="demand_id", right_on="postcode"
    )
    table = frame(result["SEGMENTS"])
    everyone = table[table["facility_id"].isna()]
    totals = demand.groupby("group")["weight"].sum()
    for band in (2.0, 4.0, 6.0):
        within = demand[demand["minutes"] <= band].groupby("group")["weight"].sum()
        rows = everyone[(everyone["kind"] == "within") & (everyone["band"] == band)].set_index("code")
        for group, total in totals.items():
            assert rows.loc[group, "count"] == pytest.approx(within.get(group, 0.0))
            assert rows.loc[group, "reach"] == pytest.approx(within.get(group, 0.0) / total * 100)
    beyond = demand[demand["beyond"].astype(bool)].groupby("group")["weight"].sum()
    rows = everyone[everyone["kind"] == "beyond"].set_index("code")
    for group, total in totals.items():
        assert rows.loc[group, "reach"] == pytest.approx(beyond.get(group, 0.0) / total * 100)
    assert beyond.sum() / totals.sum() == pytest.approx(1 - result["SHARE_WITHIN"])
    per_facility = table[(table["facility_id"] == 3) & (table["kind"] == "within") & (table["band"] == 4.0)].set_index("code")
    mine = demand[(demand["facility_id"] == 3) & (demand["minutes"] <= 4.0)].groupby("group")["weight"].sum()
    assert per_facility["count"].sum() == pytest.approx(mine.sum()) and per_facility.loc["E", "count"] == pytest.approx(mine["E"])
    html = (tmp_path / "nearest_segments.html").read_text(encoding="utf-8")
    assert "Beyond 5 min of every facility" in html and "Most often beyond" in html


def plan_parameters(sample_town, tmp_path, **changes):
    values = {
        "DEMAND": uri(sample_town, "postcodes"),
        "WEIGHT_FIELD": "households",
        "DEMAND_ID_FIELD": "postcode",
        "SEGMENT_FIELD": "segment",
        "CATALOGUE": DEMO,
        "LEVEL": "group",
        "CANDIDATES": uri(sample_town, "candidate_sites"),
        "SITE_ID_FIELD": "site_id",
        "SITE_NAME_FIELD": "name",
        "CURRENT": uri(sample_town, "facilities"),
        "COST": 0,
        "OBJECTIVE": 0,
        "P": 4,
        "CUTOFF": 6.0,
        "SOLVER": 2,
        "TIME_LIMIT": 5.0,
        "SITES": str(tmp_path / "sites.gpkg"),
        "ALLOCATION": "TEMPORARY_OUTPUT",
        "REPORT": str(tmp_path / "plan.html"),
        "SEGMENTS": str(tmp_path / "plan_segments.gpkg"),
    }
    values.update(changes)
    return values


def points_xy(path_or_uri, id_field):
    layer = QgsVectorLayer(str(path_or_uri), "p", "ogr")
    return {f[id_field]: (f.geometry().asPoint().x(), f.geometry().asPoint().y()) for f in layer.getFeatures()}


def test_plan_by_segment_matches_straight_line_distances(provider, sample_town, tmp_path):
    result = run_algorithm("placeinsight:optimiselocations", plan_parameters(sample_town, tmp_path))
    base = postcodes(sample_town)
    xy = base[["x", "y"]].to_numpy()
    chosen = np.array(list(points_xy(result["SITES"], "site_id").values()))
    today = np.array(list(points_xy(uri(sample_town, "facilities"), "facility_id").values()))
    metres_per_minute = 30_000 / 60
    for sites, when in ((chosen, "plan"), (today, "today")):
        base[when] = (
            np.hypot(xy[:, None, 0] - sites[None, :, 0], xy[:, None, 1] - sites[None, :, 1]).min(axis=1) / metres_per_minute
        )
    table = frame(result["SEGMENTS"])
    assert table["code"].iloc[0] is None and table["count"].iloc[0] == base["households"].sum()
    rows = table.set_index("code")
    for group, mine in base.groupby("group"):
        w = mine["households"]
        for when in ("plan", "today"):
            assert rows.loc[group, f"{when}_mean"] == pytest.approx(np.average(mine[when], weights=w), rel=1e-5)
            assert rows.loc[group, f"{when}_within"] == pytest.approx(w[mine[when] <= 6.0].sum())
        assert rows.loc[group, "within_change"] == pytest.approx(w[mine["plan"] <= 6.0].sum() - w[mine["today"] <= 6.0].sum())
    html = (tmp_path / "plan.html").read_text(encoding="utf-8")
    assert "Customer types: who gains and who loses" in html and ("households of" in html or "on average" in html)


def test_nearest_facility_by_segment_through_qgis_process(provider, qgis_profile, sample_town, tmp_path):
    parameters = nearest_parameters(
        sample_town, tmp_path, CENTRES=str(tmp_path / "centres.gpkg"), SUMMARY=str(tmp_path / "summary.csv")
    )
    result = run_qgis_process("placeinsight:nearestfacility", parameters, qgis_profile)["results"]
    table = frame(result["SEGMENTS"])
    beyond = table[table["facility_id"].isna() & (table["kind"] == "beyond")]
    assert beyond["count"].sum() / beyond["base_count"].sum() == pytest.approx(1 - result["SHARE_WITHIN"])
    assert "Most often beyond" in (tmp_path / "nearest_segments.html").read_text(encoding="utf-8")


def test_catchment_report_in_french(provider, sample_town, tmp_path, french):
    run_algorithm("placeinsight:catchments", catchment_parameters(sample_town, tmp_path, BANDS="5"))
    html = (tmp_path / "segments.html").read_text(encoding="utf-8")
    assert "Zones de desserte par type de public" in html and "Groupes clés" in html and "à pied" in html
