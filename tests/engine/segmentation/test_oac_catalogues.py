"""The ONS Output Area Classification catalogues (2011, 2021) shipped with the plugin."""

from __future__ import annotations

import re
import sqlite3

import pytest

from place_insight.engine.segmentation.catalogue_files import builtin_catalogues, load_catalogue


@pytest.fixture(scope="module")
def oac2011():
    return load_catalogue(builtin_catalogues()["oac2011"])


@pytest.fixture(scope="module")
def oac2021():
    return load_catalogue(builtin_catalogues()["oac2021"])


@pytest.mark.parametrize(("name", "sizes"), [("oac2011", (8, 26, 76)), ("oac2021", (8, 21, 52))])
def test_hierarchy_sizes_codes_names_and_colours(name, sizes):
    cat = load_catalogue(builtin_catalogues()[name])
    assert cat.level_ids == ("supergroup", "group", "subgroup")
    assert tuple(len(cat.codes(level)) for level in cat.level_ids) == sizes
    assert cat.codes("supergroup") == [str(i) for i in range(1, 9)]
    patterns = {"supergroup": r"[1-8]", "group": r"[1-8][a-d]", "subgroup": r"[1-8][a-d][1-4]"}
    for level, pattern in patterns.items():
        colours = set()
        for code in cat.codes(level):
            segment = cat.segment(code)
            assert re.fullmatch(pattern, code), code
            assert segment.parent == (code[:-1] or None) if level != "supergroup" else segment.parent is None
            assert segment.names.get("en") and segment.names.get("fr"), code
            assert segment.names["fr"] != segment.names["en"] or code in ("1b1",), code
            assert segment.colour not in colours, f"{code} repeats a colour of its level"
            colours.add(segment.colour)
    assert "Open Government Licence" in cat.licence
    assert cat.source and not cat.illustrative


@pytest.mark.parametrize("name", ["oac2011", "oac2021"])
def test_every_segment_has_an_english_and_a_french_description(name):
    cat = load_catalogue(builtin_catalogues()[name])
    for level in cat.level_ids:
        english_of_level = set()
        for code in cat.codes(level):
            descriptions = cat.segment(code).descriptions
            english, french = descriptions.get("en", ""), descriptions.get("fr", "")
            assert english.strip() and french.strip(), f"{name} {code} lacks a description"
            assert french != english, f"{name} {code}: the French description is the English one"
            assert english.endswith(".") and french.endswith("."), f"{name} {code}: not a sentence"
            assert english not in english_of_level, f"{name} {code} repeats a description of its level"
            english_of_level.add(english)


def test_descriptions_are_looked_up_in_the_user_language(oac2011, oac2021):
    assert oac2011.segment("7d3").description("fr") == (
        "Personnes âgées en maison de retraite ou en résidence avec services, en ville."
    )
    assert oac2021.segment("3a1").description("en") == (
        "Halls and shared houses around universities where students are the majority."
    )
    assert oac2021.segment("3a1").description("de") == oac2021.segment("3a1").description("en")


def test_oac2011_spot_checks(oac2011):
    assert oac2011.segment_name("1", "en") == "Rural Residents"
    assert oac2011.segment_name("2d2", "en") == "Highly-Qualified Quaternary Workers"
    assert oac2011.segment_name("7d4", "en") == "Retired City Hardship"
    assert oac2011.segment_name("3b2", "fr") == "Emplois variés, communauté bangladaise"
    assert oac2011.ancestor("8D3", "supergroup") == "8"
    assert [c for c in oac2011.codes("subgroup") if c.startswith("7d")] == ["7d1", "7d2", "7d3", "7d4"]


def test_oac2021_spot_checks(oac2021):
    assert oac2021.segment_name("6", "en") == "Baseline UK"
    assert oac2021.segment_name("4a", "en") == "Ethnically Diverse Families in Less Connected Locations"
    assert oac2021.segment_name("8b3", "en") == "Young Family Flat Renters"
    assert oac2021.segment_name("3a", "fr") == "Vie étudiante et premiers pas professionnels"
    groups_per_supergroup = [len([g for g in oac2021.codes("group") if g[0] == str(s)]) for s in range(1, 9)]
    assert groups_per_supergroup == [3, 3, 3, 3, 2, 3, 2, 2]
    subgroups_per_group = {g: len([s for s in oac2021.codes("subgroup") if s[:2] == g]) for g in oac2021.codes("group")}
    assert subgroups_per_group["3a"] == 4 and subgroups_per_group["4b"] == 4 and subgroups_per_group["8b"] == 3


def test_oac2011_recognises_every_code_and_english_name_of_leeds(leeds_oac, oac2011):
    with sqlite3.connect(leeds_oac) as connection:
        rows = connection.execute(
            "SELECT DISTINCT supgrpcode, supgrpname, grpcode, grpname, subgrpcode, subgrpname FROM output_areas"
        ).fetchall()
        total = connection.execute("SELECT count(*) FROM output_areas").fetchone()[0]
    assert total == 2543
    assert len(rows) == 69  # Leeds has 69 of the 76 subgroups
    for supergroup, supergroup_name, group, group_name, subgroup, subgroup_name in rows:
        assert oac2011.segment_name(supergroup, "en") == supergroup_name  # REAL 1.0 matches code "1"
        assert oac2011.segment_name(group, "en") == group_name
        assert oac2011.segment_name(subgroup, "en") == subgroup_name
        assert oac2011.ancestor(subgroup, "group") == group
        assert oac2011.ancestor(subgroup, "supergroup") == str(int(supergroup))
