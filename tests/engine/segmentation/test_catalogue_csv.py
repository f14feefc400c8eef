"""CSV catalogues: the documented example loads; malformed rows are refused naming the row."""

from __future__ import annotations

from pathlib import Path

import pytest

from place_insight.engine.segmentation.catalogue import CatalogueError
from place_insight.engine.segmentation.catalogue_csv import catalogue_from_csv
from place_insight.engine.segmentation.catalogue_files import builtin_catalogues, catalogue_table, load_catalogue

ROOT = Path(__file__).resolve().parents[3]
EXAMPLE = ROOT / "docs" / "catalogue_example.csv"

GOOD = """level,code,parent,name_en,name_fr,colour,info_internet,service_post,key_features_en
group,A,,Alpha,Alpha FR,#112233,5,1,First | Second
type,A01,A,Alpha one,,,,,
type,A02,A,Alpha two,Alpha deux,,3,,
group,B,,Beta,,#445566,,,
type,B03,B,Beta three,,,,,
"""


def write(tmp_path: Path, text: str, name: str = "mine.csv", encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode(encoding))
    return path


def test_documented_example_loads_with_levels_names_and_portraits():
    cat = load_catalogue(EXAMPLE)
    assert cat.level_ids == ("group", "type")
    assert cat.level("group").name("fr") == "Groupe"
    assert cat.codes("group") == ["A", "B"]
    assert cat.codes("type") == ["A01", "A02", "B01"]
    a = cat.segment("A")
    assert a.name("fr") == "Jeunes actifs connectés"
    assert a.colour == "#1F77B4"
    assert a.features("en") == ("Rent city-centre flats", "Smartphone first", "Short commutes")
    assert a.information_channels["internet"] == 5 and a.service_channels["face_to_face"] == 1
    assert a.has_portrait
    assert cat.ancestor("b01", "group") == "B"
    assert cat.segment("B01").name("fr") == "Retraités de village"
    # round trip into the table the export algorithm writes
    table = catalogue_table(cat, "fr")
    assert table.loc[table.code == "A", "info_sms"].item() == 4


def test_levels_come_from_the_hierarchy_whatever_the_row_order():
    shuffled = "level,code,parent,name_en\ntype,X1,X,Child\ngroup,X,,Parent\n"
    cat = catalogue_from_csv(shuffled, source_name="s.csv")
    assert cat.level_ids == ("group", "type")
    assert cat.id == "s"


def test_semicolon_separated_files_from_french_spreadsheets_load():
    text = "level;code;parent;name_en;name_fr;info_internet\ngroupe;A;;Alpha;Alpha, le premier;4,0\n"
    cat = catalogue_from_csv(text, source_name="fr.csv")
    assert cat.segment("A").name("fr") == "Alpha, le premier"
    assert cat.segment("A").information_channels == {"internet": 4}


def test_byte_order_mark_is_accepted(tmp_path):
    cat = load_catalogue(write(tmp_path, "\ufeff" + GOOD))
    assert cat.codes("group") == ["A", "B"]
    assert cat.segment("A").features("en") == ("First", "Second")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (GOOD + "type,A01,A,Again,,,,,\n", "row 7: the code A01 is already used on row 3"),
        (GOOD + "type,a01,A,Again,,,,,\n", "row 7: the code a01 is already used on row 3"),
        (GOOD + "type,C04,C,Orphan,,,,,\n", "row 7 (C04): its parent C is not a code of the file"),
        (
            GOOD.replace("A02,A,Alpha two,Alpha deux,,3", "A02,A,Alpha two,Alpha deux,,6"),
            "row 4 (A02): the rating in column info_internet is '6'",
        ),
        (
            GOOD.replace("A02,A,Alpha two,Alpha deux,,3", "A02,A,Alpha two,Alpha deux,,2.5"),
            "row 4 (A02): the rating in column info_internet is '2.5'",
        ),
        (
            GOOD.replace("A02,A,Alpha two,Alpha deux,,3", "A02,A,Alpha two,Alpha deux,,high"),
            "ratings are whole numbers from 1 (low) to 5 (high)",
        ),
        (GOOD.replace("#445566", "blue"), "row 5 (B): the colour 'blue' is not of the form #RRGGBB"),
        (GOOD.replace("type,B03,B,Beta three", "type,B03,B,"), "row 6 (B03): the segment has no English name"),
        (GOOD.replace("type,B03,B,", "type,,B,"), "row 6: the segment has no code"),
        (GOOD.replace("type,B03", ",B03"), "row 6 (B03): the column level is empty"),
        (GOOD + "group,Z,A01,Deep,,,,,\n", "the level group is 2 step(s) below the top here but 0 on row 2"),
        (GOOD + "type,Q,Q2,Loop,,,,,\ntype,Q2,Q,Loop2,,,,,\n", "its parents go round in a circle"),
        ("level,code,name_en\ngroup,A,Alpha\n", "the column(s) parent are missing"),
        ("level,code,parent,name_en,nmae_fr\ngroup,A,,Alpha,x\n", "unknown or repeated column(s) 'nmae_fr'"),
        ("level,code,parent,name_en\ngroup,A,,Alpha,extra\n", "row 2: the row has 5 values but the header has 4"),
        ("  \n", "the file is empty"),
    ],
)
def test_malformed_csv_catalogues_are_refused_naming_the_row(tmp_path, text, expected):
    with pytest.raises(CatalogueError) as error:
        load_catalogue(write(tmp_path, text))
    assert expected in str(error.value)
    assert "mine.csv" in str(error.value)


def test_csv_in_another_encoding_is_refused_with_the_line(tmp_path):
    text = GOOD.replace("Alpha deux", "Alpha élevé")
    with pytest.raises(CatalogueError, match=r"mine.csv is not UTF-8 text \(line 4\)"):
        load_catalogue(write(tmp_path, text, encoding="cp1252"))


def test_level_names_must_agree_between_rows():
    text = "level,code,parent,name_en,level_name_fr\ngroup,A,,Alpha,Groupe\ngroup,B,,Beta,Famille\n"
    with pytest.raises(CatalogueError, match="row 3 \\(B\\): the level group is named 'Famille' here but 'Groupe'"):
        catalogue_from_csv(text, source_name="x.csv")


def test_plural_of_level_names():
    cat = catalogue_from_csv(GOOD, source_name="p.csv")
    assert cat.level("group").plural("en") == "groups"
    assert cat.level("type").plural("fr") == "types"
    oac = load_catalogue(builtin_catalogues()["oac2011"])
    assert oac.level("subgroup").plural("fr") == "sous-groupes"
    assert oac.level("supergroup").plural("en") == "supergroups"
