"""The HTML report of a segment profile."""

from __future__ import annotations

import re

import numpy as np
from segment_fixtures import GROUPS

from place_insight.engine.segmentation.profile import ProfileOptions, profile_counts
from place_insight.engine.segmentation.report import (
    OVER_COLOUR,
    UNDER_COLOUR,
    ProfileContext,
    format_p_value,
    index_chart,
    profile_report,
)


def make_profile(**options):
    return profile_counts(np.array([30, 45, 3, 0.0]), np.array([600, 300, 100, 0.0]), GROUPS, options=ProfileOptions(**options))


def test_index_chart_colours_marks_and_hatches_bars():
    svg = index_chart(make_profile())
    bars = re.findall(
        r'<rect x="\d+" y="\d+" width="[\d.]+" height="\d+" fill="([^"]+)" stroke="([^"]+)">'
        r"<title>([^<]+)</title>",
        svg,
    )
    assert [title for _, _, title in bars] == ["A Alpha: 64", "B Beta: 192", "C Gamma: 38"]
    assert [(fill, stroke) for fill, stroke, _ in bars] == [
        (UNDER_COLOUR, UNDER_COLOUR),
        (OVER_COLOUR, OVER_COLOUR),
        ("url(#hatch)", UNDER_COLOUR),
    ]
    assert "64 *" in svg and "192 *" in svg and ">38<" in svg  # C (3 clients) is not significant
    assert 'stroke-dasharray="4,3"' in svg  # the 100 line


def test_report_has_headline_inputs_table_and_unmatched_keys(tmp_path):
    context = ProfileContext(
        target="clients",
        target_records=82,
        placed=78,
        placement="by postcode",
        base="postcodes",
        base_units=1000,
        count_field="households",
        unmatched=["ZZ9 9ZZ", "", "ZZ9 9ZZ", "N/A"],
        warnings=["Something to know."],
    )
    path = profile_report(make_profile(), context).save(tmp_path / "r.html")
    html = path.read_text(encoding="utf-8")
    assert "<h1>Segment profile of clients</h1>" in html
    assert '<p class="headline">96% of the target lies in 2 of 3 groups: B, A.</p>' in html
    assert "clients: 82 records; 78 placed in a segment by postcode; 4 matched no segment." in html
    assert "postcodes: 1,000 units, counted by the field households; 1,000 in all." in html
    assert '<p class="warning">Something to know.</p>' in html
    assert "<li>ZZ9 9ZZ (2)</li><li>(no key) (1)</li><li>N/A (1)</li>" in html
    assert '<tr class="total"><td></td><td>Total</td><td class="num">78</td>' in html
    assert "exact binomial test" in html
    assert "<script" not in html


def test_suppressed_rows_say_so_and_have_no_bar():
    profile = make_profile(suppress_below=5)
    html = profile_report(profile, ProfileContext("t", 78, 78, "x", "b", 3)).html()
    assert '<td>C</td><td>Gamma</td><td class="num">suppressed</td>' in html
    assert "Suppressed segments have no bar." in html


def test_p_values_are_readable():
    assert [format_p_value(v) for v in (0.0, 3e-7, 0.04567, None, float("nan"))] == ["<0.0001", "<0.0001", "0.0457", "–", "–"]


def test_numbers_follow_the_report_language():
    profile = profile_counts(np.array([300, 4500, 300, 0.0]), np.array([60000, 3000, 1000, 0.0]), GROUPS, language="fr")
    html = profile_report(profile, ProfileContext("t", 5100, 5100, "x", "b", 3)).html()
    assert '<td class="num">60\u202f000</td>' in html and '<td class="num">88,2</td>' in html  # B: 4,500 / 5,100
    assert "t: 5\u202f100 records" in html  # (English words: no translator in engine tests)
    assert "significant at the 0,05 level" in html
    english = profile_report(
        profile_counts(np.array([300, 4500, 300, 0.0]), np.array([60000, 3000, 1000, 0.0]), GROUPS),
        ProfileContext("t", 5100, 5100, "x", "b", 3),
    ).html()
    assert '<td class="num">60,000</td>' in english and '<td class="num">88.2</td>' in english
