"""Real data: Leeds output areas and their 2011 OAC codes (../shared/data/leeds_oac.gpkg).

A ward's output areas are profiled against the whole of Leeds at each OAC
level, and the 33 wards are composed from the output-area polygons by area
share. Expected numbers come from an independent computation with
geopandas/shapely (selection and overlay) and pandas (group-bys on the
file's own supergroup, group and subgroup columns, not on the catalogue's
roll-up), with p-values from scipy.stats.binomtest.
"""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pandas as pd
import pytest
from algorithm_runs import run_algorithm
from qgis.core import NULL, QgsVectorLayer
from scipy import stats

from place_insight.engine.segmentation.catalogue_files import builtin_catalogues

WARD = "Headingley"
OAC2011 = list(builtin_catalogues()).index("oac2011")  # position in the Classification catalogue list
LEVELS = {"supergroup": "supgrpcode", "group": "grpcode", "subgroup": "subgrpcode"}


@pytest.fixture(scope="module")
def leeds(leeds_oac):
    areas = gpd.read_file(leeds_oac, layer="output_areas")
    areas["supgrpcode"] = areas["supgrpcode"].astype(int).astype(str)
    wards = gpd.read_file(leeds_oac, layer="wards")
    return areas, wards


@pytest.fixture(scope="module")
def ward_targets(leeds, tmp_path_factory):
    """The ward's output areas (those whose point on surface lies in the ward), as points with their codes."""
    areas, wards = leeds
    ward = wards.loc[wards.wd17nm == WARD, "geometry"].iloc[0]
    points = areas.representative_point()
    inside = areas[points.within(ward)].copy()
    inside["geometry"] = points[points.within(ward)]
    path = tmp_path_factory.mktemp("leeds") / "ward_areas.gpkg"
    inside[["oa_code", "subgrpcode", "persons", "geometry"]].to_file(path, layer="ward_areas", driver="GPKG")
    return inside, path


def expected(areas: pd.DataFrame, target: pd.DataFrame, column: str) -> pd.DataFrame:
    base = areas.groupby(column)["persons"].sum()
    counts = target.groupby(column)["persons"].sum().reindex(base.index, fill_value=0)
    table = pd.DataFrame({"target_count": counts, "base_count": base})
    n, total = table.target_count.sum(), table.base_count.sum()
    table["target_pct"] = table.target_count / n * 100
    table["base_pct"] = table.base_count / total * 100
    table["index"] = table.target_pct / table.base_pct * 100
    table["rank"] = table.target_count.rank(method="min", ascending=False).astype(int)
    table["p_value"] = [stats.binomtest(int(k), int(n), b / total).pvalue for k, b in zip(table.target_count, base)]
    return table


def read_output(path) -> pd.DataFrame:
    layer = QgsVectorLayer(str(path), "out", "ogr")
    names = layer.fields().names()
    rows = [dict(zip(names, [None if v == NULL else v for v in f.attributes()])) for f in layer.getFeatures()]
    return pd.DataFrame(rows)


def profile_params(leeds_oac, target, tmp_path, level, **changes):
    values = {
        "TARGET": target,
        "PLACEMENT": 0,
        "TARGET_SEGMENT_FIELD": "subgrpcode",
        "TARGET_WEIGHT_FIELD": "persons",
        "BASE": f"{leeds_oac}|layername=output_areas",
        "BASE_SEGMENT_FIELD": "subgrpcode",
        "BASE_COUNT_FIELD": "persons",
        "CATALOGUE": OAC2011,
        "LEVEL": level,
        "OUTPUT": str(tmp_path / f"{level}.gpkg"),
        "REPORT": str(tmp_path / f"{level}.html"),
    }
    values.update(changes)
    return values


@pytest.mark.parametrize("level", list(LEVELS))
def test_ward_profile_against_leeds_at_each_oac_level(provider, leeds_oac, leeds, ward_targets, tmp_path, level):
    areas, _ = leeds
    inside, path = ward_targets
    assert 40 < len(inside) < 200
    result = run_algorithm(ALG, profile_params(leeds_oac, f"{path}|layername=ward_areas", tmp_path, level))
    want = expected(areas, inside, LEVELS[level])
    output = read_output(result["OUTPUT"])
    segments = output[output.row_type == "segment"].set_index("code")
    present = segments.loc[want.index]  # every code in Leeds, named by the catalogue
    for column in ("target_count", "base_count", "target_pct", "base_pct", "index"):
        assert np.allclose(present[column].astype(float), want[column], rtol=1e-9), column
    assert list(present["rank"]) == list(want["rank"])
    assert np.allclose(present.p_value.astype(float), want.p_value, rtol=1e-9)
    absent = segments.drop(index=want.index)
    assert (absent.base_count == 0).all() and (absent.target_count == 0).all()
    assert len(segments) == {"supergroup": 8, "group": 26, "subgroup": 76}[level]
    assert result["PLACED"] == len(inside) and result["UNMATCHED"] == 0
    total = output[output.row_type == "total"].iloc[0]
    assert total["base_count"] == 320596 and total["target_count"] == inside.persons.sum()


def test_students_dominate_headingley(provider, leeds_oac, ward_targets, tmp_path):
    _, path = ward_targets
    result = run_algorithm(ALG, profile_params(leeds_oac, f"{path}|layername=ward_areas", tmp_path, "supergroup"))
    assert result["HEADLINE"] == "87% of the target lies in 1 of 8 supergroups: 2."  # Cosmopolitans
    output = read_output(result["OUTPUT"]).set_index("code")
    assert output.loc["2", "index"] > 1000 and bool(output.loc["2", "significant"])


def test_points_inside_output_area_polygons_give_the_same_profile(provider, leeds_oac, ward_targets, tmp_path):
    _, path = ward_targets
    target = f"{path}|layername=ward_areas"
    by_field = read_output(run_algorithm(ALG, profile_params(leeds_oac, target, tmp_path, "subgroup"))["OUTPUT"])
    result = run_algorithm(
        ALG,
        profile_params(
            leeds_oac,
            target,
            tmp_path,
            "subgroup",
            PLACEMENT=2,
            TARGET_SEGMENT_FIELD=None,
            OUTPUT=str(tmp_path / "by_location.gpkg"),
        ),
    )
    by_location = read_output(result["OUTPUT"])
    assert result["UNMATCHED"] == 0
    assert list(by_location.target_count) == list(by_field.target_count)


def test_ward_composition_by_area_share_matches_a_geopandas_overlay(provider, leeds_oac, leeds, tmp_path):
    areas, wards = leeds
    result = run_algorithm(
        "placeinsight:areacomposition",
        {
            "ZONES": f"{leeds_oac}|layername=wards",
            "BASE": f"{leeds_oac}|layername=output_areas",
            "BASE_SEGMENT_FIELD": "subgrpcode",
            "BASE_COUNT_FIELD": "persons",
            "CATALOGUE": OAC2011,
            "LEVEL": "supergroup",
            "OUTPUT": str(tmp_path / "wards.gpkg"),
        },
    )
    areas = areas.assign(unit_area=areas.geometry.area)
    pieces = gpd.overlay(areas, wards[["wd17cd", "geometry"]], how="intersection", keep_geom_type=True)
    pieces["persons_in"] = pieces.persons * pieces.geometry.area / pieces.unit_area
    matrix = pieces.pivot_table(index="wd17cd", columns="supgrpcode", values="persons_in", aggfunc="sum", fill_value=0).reindex(
        columns=[str(i) for i in range(1, 9)], fill_value=0
    )
    shares = matrix.div(matrix.sum(axis=1), axis=0) * 100
    output = read_output(result["OUTPUT"]).set_index("wd17cd").loc[matrix.index]
    assert np.allclose(output.base_total, matrix.sum(axis=1), rtol=1e-6)
    assert np.allclose(output[[str(i) for i in range(1, 9)]].astype(float), shares, atol=1e-6)
    assert list(output.dominant) == [str(c) for c in shares.idxmax(axis=1)]
    assert result["OUTSIDE"] == pytest.approx(areas.persons.sum() - matrix.values.sum(), abs=1e-3)
    assert output.base_total.sum() == pytest.approx(320596 - result["OUTSIDE"], rel=1e-9)


ALG = "placeinsight:segmentprofile"
