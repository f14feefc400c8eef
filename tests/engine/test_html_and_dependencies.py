"""HTML reports and the dependency check."""

from __future__ import annotations

from html.parser import HTMLParser

import numpy as np

from place_insight.engine import dependencies, html


class _Collector(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags: list[str] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)

    def handle_data(self, data):
        self.text.append(data)


def parse(text: str) -> _Collector:
    collector = _Collector()
    collector.feed(text)
    return collector


def test_report_is_a_self_contained_page_with_escaped_text(tmp_path):
    page = html.Report("Clients <2026>", language="fr")
    page.headline("75 % of the target lies in 5 of 15 groups")
    page.table(
        [{"code": "A", "n": 1234.5}, {"code": "B", "n": None}],
        [html.Column("code", "Code"), html.Column("n", "Count", 1)],
        total={"code": "Total", "n": 1234.5},
    )
    path = page.save(tmp_path / "r.html")
    text = path.read_text(encoding="utf-8")
    parsed = parse(text)
    assert "script" not in parsed.tags and "link" not in parsed.tags
    assert "Clients &lt;2026&gt;" in text and 'lang="fr"' in text
    assert "1\u202f234,5" in text and "–" in text  # numbers as French writes them
    english = html.Report("x", language="en")
    english.table([{"n": 1234.5}], [html.Column("n", "Count", 1)])
    assert "1,234.5" in english.html()
    assert parsed.tags.count("tr") == 4


def test_bar_chart_draws_one_bar_per_value_and_the_reference_line():
    bars = [html.Bar("A", 150.0), html.Bar("B", 50.0, hatched=True), html.Bar("C", None)]
    svg = html.svg_bar_chart(bars, reference=100)
    parsed = parse(svg)
    assert parsed.tags.count("rect") == 3  # two bars + the hatch pattern's background
    assert "stroke-dasharray" in svg  # the reference line
    assert "url(#hatch)" in svg


def test_line_chart_has_a_point_per_value():
    svg = html.svg_line_chart([1, 2, 3], [10.0, 7.5, 6.0])
    assert svg.count("<circle") == 3


def test_missing_packages_are_named_with_an_install_command():
    assert dependencies.missing(["numpy", "surely_not_a_real_package_xyz"]) == ["surely_not_a_real_package_xyz"]
    message = dependencies.missing_message(["osmnx"])
    assert "osmnx" in message and "pip install" in message
    if np.__version__.startswith("1."):
        assert '"numpy<2"' in dependencies.install_command(["osmnx"])
