"""Pen portraits of an area: cards of the dominant segments, best ways to reach them, HTML and text."""

from __future__ import annotations

from html.parser import HTMLParser

import numpy as np
import pytest

from place_insight.engine.segmentation import encoding
from place_insight.engine.segmentation import portrait as portraits
from place_insight.engine.segmentation.catalogue_files import builtin_catalogues, load_catalogue
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
            "name": {"en": "Alpha", "fr": "Alpha FR"},
            "colour": "#112233",
            "description": {"en": "About alpha", "fr": "À propos d'alpha"},
            "key_features": {"en": ["one", "two", "three"], "fr": ["un", "deux", "trois"]},
            "information_channels": {"internet": 5, "telephone": 2, "local_papers": 4, "sms": 1},
            "service_channels": {"post": 1, "face_to_face": 3, "internet": 4},
        },
        {"code": "B", "level": "group", "name": {"en": "Beta"}},
        {
            "code": "C",
            "level": "group",
            "name": {"en": "Gamma"},
            "description": {"en": "About gamma"},
            "information_channels": {"telephone": 3, "magazines": 2},
            "service_channels": {"post": 3},
        },
        {"code": "A01", "level": "type", "parent": "A", "name": {"en": "Alpha one"}},
        {"code": "B02", "level": "type", "parent": "B", "name": {"en": "Beta two"}},
        {"code": "C03", "level": "type", "parent": "C", "name": {"en": "Gamma three"}},
    ],
}


@pytest.fixture
def small():
    return catalogue_from_dict(SMALL)


def axis_of(catalogue, level="group"):
    return encoding.SegmentAxis.of(catalogue, level)


def test_portrait_of_an_area_counts_its_units_and_cards_its_dominant_segments(small):
    axis = axis_of(small)
    codes = ["A01", "A01", "B02", "C03", "C03", "C03", "Z99"]
    counts = np.array([10, 30, 20, 5, 5, 5, 25], dtype=float)
    positions = encoding.encode_segments(codes, axis, blank_as_unclassified=True).positions
    inside = np.array([0, 1, 2, 3])  # A 40, B 20, C 5 → 65 households
    result = portraits.portrait_of_area(
        positions, counts, inside, np.ones(4), axis, title="Ward 1", count_label="households", unknown_codes=["Z99"]
    )
    assert result.total == 65 and result.units == 4
    shares = dict(zip(result.mix["code"], result.mix["area_share"]))
    assert shares["A"] == pytest.approx(40 / 65 * 100) and shares["C"] == pytest.approx(5 / 65 * 100)
    # base: A 40, B 20, C 15, unclassified 25 → index of A = (40/65)/(40/100)*100
    index = dict(zip(result.mix["code"], result.mix["index"]))
    assert index["A"] == pytest.approx((40 / 65) / (40 / 100) * 100)
    # dominant: A (61.5 %) is below 75 %, A + B reach 92.3 % → two cards, largest first
    assert [card.code for card in result.cards] == ["A", "B"]
    alpha, beta = result.cards
    assert alpha.has_portrait and not beta.has_portrait
    assert alpha.features == ("one", "two", "three")
    assert [r.channel for r in alpha.information] == ["internet", "telephone", "sms", "local_papers"]
    # best ways: rated 4 or 5, strongest first, catalogue order on ties
    assert [(r.kind, r.channel) for r in alpha.best_ways] == [
        ("information", "internet"),
        ("information", "local_papers"),
        ("service", "internet"),
    ]
    assert any("no pen portrait" in note and "B Beta" in note for note in result.notes)
    assert any("Z99" in note for note in result.notes)


def test_best_ways_fall_back_to_the_two_best_rated_channels(small):
    card = portraits.build_card({"code": "C", "area_count": 1, "area_share": 100.0, "index": 100.0}, small, "en")
    assert [r.channel for r in card.best_ways] == ["telephone", "post"]  # 3 and 3, then 2 is left out


def test_area_polygon_shares_weight_the_counts(small):
    axis = axis_of(small)
    positions = encoding.encode_segments(["A01", "B02"], axis).positions
    result = portraits.portrait_of_area(positions, np.array([100.0, 100.0]), [0, 1], [0.5, 0.25], axis)
    assert result.total == pytest.approx(75.0)
    assert dict(zip(result.mix["code"], result.mix["area_count"]))["A"] == pytest.approx(50.0)


def test_empty_area_says_so(small):
    axis = axis_of(small)
    positions = encoding.encode_segments(["A01", "B02"], axis).positions
    result = portraits.portrait_of_area(positions, np.ones(2), [], [], axis, title="Field")
    assert result.is_empty and result.cards == ()
    assert "no base unit" in result.notes[0]
    html = portraits.portrait_html(result)
    assert "no base unit" in html and "<svg" not in html


def test_html_is_self_contained_and_text_has_the_figures(small):
    axis = axis_of(small)
    positions = encoding.encode_segments(["A01", "B02", "C03"], axis).positions
    result = portraits.portrait_of_area(
        positions, np.array([30.0, 10.0, 10.0]), [0, 1, 2], np.ones(3), axis, title="North", count_label="households"
    )
    html = portraits.portrait_html(result)
    parser = HTMLParser()
    parser.feed(html)
    assert html.count("<svg") == 2 and "<script" not in html and 'src="http' not in html and "<link" not in html
    assert "North" in html and "About alpha" in html and "High (5/5)" in html and "60.0 %" in html
    text = portraits.portrait_text(result)
    assert "North" in text and "A Alpha: 60.0 %" in text and "Internet: High" in text
    with_images = portraits.portrait_html(result, chart_images=["a.png", "b.png"])
    assert with_images.count('<img src="a.png">') == 1 and "<svg" not in with_images


def test_demo_catalogue_portraits_are_complete_for_every_group():
    catalogue = load_catalogue(builtin_catalogues()["demo"])
    for code in catalogue.codes("group"):
        card = portraits.build_card({"code": code, "area_count": 1, "area_share": 10.0, "index": 100}, catalogue, "fr")
        assert card.has_portrait and card.description and len(card.information) == 8 and len(card.service) == 5
        assert card.best_ways


def test_portrait_gives_the_areas_channel_demand_against_the_base():
    demo = load_catalogue(builtin_catalogues()["demo"])
    axis = axis_of(demo)
    positions = encoding.encode_segments(["A01", "C09", "C09", "J40", "E19"], axis).positions
    counts = np.array([10.0, 20.0, 5.0, 40.0, 25.0])
    portrait = portraits.portrait_of_area(positions, counts, np.array([1, 2, 3]), np.ones(3), axis, title="Estate")

    def share(segments):
        """Face-to-face share by hand: each segment's weight 2^(rating − 1) over the sum of its weights."""
        people = total = 0.0
        for code, n in segments:
            weights = {c: 2.0 ** (r - 1) for c, r in demo.segment(code).service_channels.items()}
            people += n * weights["face_to_face"] / sum(weights.values())
            total += n
        return people / total * 100

    rows = {(c.kind, c.channel): c for c in portrait.channels}
    f2f = rows[("service", "face_to_face")]
    assert f2f.area_share == pytest.approx(share([("C", 25.0), ("J", 40.0)]))
    assert f2f.base_share == pytest.approx(share([("A", 10.0), ("C", 25.0), ("J", 40.0), ("E", 25.0)]))
    html = portraits.portrait_html(portrait)
    assert "Expected channel demand" in html and "Low to High weigh 1, 2, 4, 8, 16" in html
    assert "Face to face: " in portraits.portrait_text(portrait)


def test_no_channel_demand_without_ratings():
    oac = load_catalogue(builtin_catalogues()["oac2011"])
    axis = axis_of(oac, "supergroup")
    positions = encoding.encode_segments(["1", "2"], axis).positions
    portrait = portraits.portrait_of_area(positions, np.array([1.0, 2.0]), np.array([0]), np.ones(1), axis)
    assert portrait.channels == () and "Expected channel demand" not in portraits.portrait_html(portrait)
