"""HTML reports and the dependency check."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

from place_insight.engine import dependencies, html
from place_insight.engine.errors import MissingDependencyError


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


def test_missing_packages_are_named_with_what_they_are_for_and_the_installer(monkeypatch):
    assert dependencies.missing(["numpy", "surely_not_a_real_package_xyz"]) == ["surely_not_a_real_package_xyz"]
    message = dependencies.missing_message(["osmnx"])
    assert "osmnx" in message and "OpenStreetMap XML" in message and "Install missing Python packages" in message
    assert not set("<>&") & set(message)  # QGIS shows it as HTML in the toolbox
    monkeypatch.setattr(dependencies, "installed_version", lambda name: {"pandas": "1.1.5"}.get(name, "99"))
    assert dependencies.missing(["pandas", "scipy"]) == ["pandas"]
    assert "pandas (version 1.1.5 is too old, 1.5 or newer is needed)" in dependencies.missing_message(["pandas"])
    monkeypatch.setattr(dependencies, "installed_version", lambda name: "1.20.0" if name == "numpy" else "99")
    assert "install a QGIS release that has numpy 1.24" in dependencies.missing_message(["numpy"])


def test_a_package_asked_for_by_work_that_needs_it_is_offered_by_the_installer(monkeypatch):
    monkeypatch.setattr(dependencies, "ASKED", set())
    monkeypatch.setattr(dependencies, "installed_version", lambda name: None if name in ("osmnx", "networkx") else "99")
    assert dependencies.to_install() == []
    with pytest.raises(MissingDependencyError, match="OpenStreetMap XML"):
        dependencies.require("osmnx")
    assert dependencies.to_install() == ["networkx", "osmnx"]
    assert dependencies.PACKAGES["osmnx"].requirement == "osmnx>=2.0,<3"


def test_the_installer_asks_for_the_ranges_of_requirements_txt():
    """What the in-QGIS installer asks pip for is what the project declares (pandas 3 is not supported yet)."""
    from pathlib import Path

    declared = {}
    for line in (Path(__file__).resolve().parents[2] / "requirements.txt").read_text().splitlines():
        line = line.split("#")[0].strip()
        if line:
            name = re.split(r"[<>=!~]", line, maxsplit=1)[0]
            declared[name] = sorted(line[len(name) :].split(","))
    for package in dependencies.PACKAGES.values():
        name = package.distribution
        assert sorted(package.requirement[len(name) :].split(",")) == declared[name], name


def test_the_private_folder_goes_first_on_the_path(monkeypatch, tmp_path):
    import sys

    folder = dependencies.private_folder(tmp_path)
    assert folder.parent == tmp_path / "python" / "place_insight_packages"
    monkeypatch.setattr(sys, "path", ["a", str(folder), "b"])
    assert dependencies.activate(folder) is False  # not there yet: left alone
    folder.mkdir(parents=True)
    assert dependencies.activate(folder) is True
    assert sys.path == [str(folder), "a", "b"]
    assert dependencies.version_tuple("2.2.3+dfsg") == (2, 2, 3) and dependencies.version_tuple("") == ()
