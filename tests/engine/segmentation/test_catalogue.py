"""Classification catalogues: loading, validation, roll-up and lookup."""

from __future__ import annotations

import copy
import json

import numpy as np
import pytest

from place_insight.engine.segmentation.catalogue import INFORMATION_CHANNELS, SERVICE_CHANNELS, CatalogueError, rating_label
from place_insight.engine.segmentation.catalogue_files import builtin_catalogues, catalogue_table, load_catalogue
from place_insight.engine.segmentation.catalogue_format import catalogue_from_dict

SMALL = {
    "format": "placeinsight-catalogue/1",
    "id": "small",
    "name": {"en": "Small", "fr": "Petite"},
    "levels": [{"id": "group", "name": {"en": "Group", "fr": "Groupe"}}, {"id": "type"}],
    "segments": [
        {
            "code": "A",
            "level": "group",
            "parent": None,
            "name": {"en": "Alpha", "fr": "Alpha FR"},
            "colour": "#112233",
            "description": {"en": "About alpha"},
            "information_channels": {"internet": 5},
            "service_channels": {"post": 1},
        },
        {"code": "B", "level": "group", "parent": None, "name": {"en": "Beta"}},
        {"code": "A01", "level": "type", "parent": "A", "name": {"en": "Alpha one"}},
        {"code": "A02", "level": "type", "parent": "A", "name": {"en": "Alpha two", "fr": "Alpha deux"}},
        {"code": "B03", "level": "type", "parent": "B", "name": {"en": "Beta three"}},
    ],
}


def small(**changes):
    data = copy.deepcopy(SMALL)
    data.update(changes)
    return data


def test_small_catalogue_loads_with_hierarchy_and_names():
    cat = catalogue_from_dict(SMALL)
    assert cat.level_ids == ("group", "type")
    assert cat.codes("group") == ["A", "B"]
    assert cat.codes("type") == ["A01", "A02", "B03"]
    assert cat.name("fr") == "Petite"
    assert cat.segment_name("A02", "fr") == "Alpha deux"
    # English fallback when French is missing
    assert cat.segment_name("A01", "fr") == "Alpha one"
    assert cat.level("type").name("fr") == "type"
    assert cat.segment("A").has_portrait and not cat.segment("B").has_portrait


def test_rollup_maps_types_to_groups_and_flags_the_rest():
    cat = catalogue_from_dict(SMALL)
    codes = np.array(["A01", "a02", " B03 ", "A", "Z99", None, "", float("nan")], dtype=object)
    rolled = cat.rollup(codes, "group")
    assert list(rolled) == ["A", "A", "B", "A", None, None, None, None]
    at_type = cat.rollup(codes, "type")
    assert list(at_type[:4]) == ["A01", "A02", "B03", None]
    masks = cat.classify(codes, "type")
    assert list(np.flatnonzero(masks["coarser"])) == [3]
    assert list(np.flatnonzero(masks["unknown"])) == [4]
    assert list(np.flatnonzero(masks["missing"])) == [5, 6, 7]


def test_numeric_codes_are_matched_as_text():
    data = small(
        segments=[
            {"code": 1, "level": "group", "name": {"en": "One"}},
            {"code": "1a", "level": "type", "parent": 1, "name": {"en": "One a"}},
        ]
    )
    cat = catalogue_from_dict(data)
    assert list(cat.rollup(np.array([1.0, "1A", 1], dtype=object), "group")) == ["1", "1", "1"]


@pytest.mark.parametrize(
    ("mutate", "expected"),
    [
        (
            lambda d: d["segments"].append({"code": "A01", "level": "type", "parent": "A", "name": {"en": "x"}}),
            "A01 is used twice",
        ),
        (
            lambda d: d["segments"].append({"code": "C04", "level": "type", "parent": "C", "name": {"en": "x"}}),
            "missing or unknown parent: C04",
        ),
        (lambda d: d["segments"][0]["information_channels"].update({"internet": 6}), "ratings are whole numbers from 1"),
        (lambda d: d["segments"][0]["information_channels"].update({"pigeon": 3}), "unknown channel 'pigeon'"),
        (lambda d: d["segments"][2].update({"level": "subtype"}), "unknown level 'subtype'"),
        (lambda d: d["segments"][1].update({"colour": "red"}), "not of the form #RRGGBB"),
        (lambda d: d["segments"][1].pop("name"), "segment 2 (B): the segment has no name"),
        (lambda d: d.update({"format": "something/2"}), "unknown catalogue format"),
    ],
)
def test_malformed_catalogues_are_refused_naming_the_row(mutate, expected):
    data = copy.deepcopy(SMALL)
    mutate(data)
    with pytest.raises(CatalogueError) as error:
        catalogue_from_dict(data, source_name="mine.json")
    assert expected in str(error.value)
    assert "mine.json" in str(error.value)


def test_bad_encoding_is_refused_with_the_line(tmp_path):
    path = tmp_path / "latin.json"
    text = json.dumps(small(name={"en": "Caf\u00e9"}), indent=1, ensure_ascii=False)
    path.write_bytes(text.encode("latin-1"))
    with pytest.raises(CatalogueError, match=r"not UTF-8 text \(line \d+\)"):
        load_catalogue(path)


def test_invalid_json_is_refused_with_line_and_column(tmp_path):
    path = tmp_path / "broken.json"
    path.write_text('{"format": "placeinsight-catalogue/1",\n "levels": [}', encoding="utf-8")
    with pytest.raises(CatalogueError, match="line 2"):
        load_catalogue(path)


def test_unknown_level_is_refused():
    cat = catalogue_from_dict(SMALL)
    with pytest.raises(CatalogueError, match="has no level subgroup; its levels are: group, type"):
        cat.rollup(["A01"], "subgroup")


@pytest.mark.parametrize(
    ("text", "level"),
    [("group", "group"), (" TYPE ", "type"), ("Groupe", "group"), ("groupe", "group"), ("", "group"), (None, "group")]
    + [("coarsest", "group"), ("Finest", "type")],
)
def test_a_level_is_found_by_id_or_by_its_name_in_any_language(text, level):
    assert catalogue_from_dict(SMALL).resolve_level(text) == level


def test_a_level_nobody_knows_is_refused_with_the_levels():
    with pytest.raises(CatalogueError, match="has no level ward; its levels are: group, type"):
        catalogue_from_dict(SMALL).resolve_level("ward")


def test_demo_catalogue_is_complete_in_both_languages():
    paths = builtin_catalogues()
    assert "demo" in paths
    cat = load_catalogue(paths["demo"])
    assert cat.illustrative
    assert cat.level_ids == ("group", "type")
    groups = cat.codes("group")
    assert groups == [chr(ord("A") + i) for i in range(15)]
    types = cat.codes("type")
    for group in groups:
        children = [t for t in types if cat.segment(t).parent == group]
        assert 2 <= len(children) <= 6, group
    for segment in cat.segments.values():
        assert segment.name("en") and segment.names.get("fr"), segment.code
        assert segment.descriptions.get("en") and segment.descriptions.get("fr"), segment.code
        assert 3 <= len(segment.key_features.get("fr", ())) <= 5, segment.code
        assert set(segment.information_channels) == set(INFORMATION_CHANNELS), segment.code
        assert set(segment.service_channels) == set(SERVICE_CHANNELS), segment.code
        assert segment.colour


def test_catalogue_table_has_one_row_per_segment_and_ratings():
    cat = catalogue_from_dict(SMALL)
    table = catalogue_table(cat, "fr")
    assert list(table["code"]) == ["A", "B", "A01", "A02", "B03"]
    assert table.loc[table.code == "A02", "name"].item() == "Alpha deux"
    assert table.loc[table.code == "A", "info_internet"].item() == 5
    assert np.isnan(table.loc[table.code == "B", "info_internet"].item())
    only_groups = catalogue_table(cat, "en", level="group")
    assert list(only_groups["code"]) == ["A", "B"]


def test_rating_labels_cover_the_scale():
    assert [rating_label(v) for v in range(1, 6)] == ["Low", "Below average", "Average", "Above average", "High"]
