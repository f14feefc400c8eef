"""metadata.txt is complete for the plugin repository; make package builds an installable zip."""

from __future__ import annotations

import configparser
import importlib.util
import re
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
REQUIRED = (
    "name",
    "qgisMinimumVersion",
    "qgisMaximumVersion",
    "description",
    "about",
    "version",
    "author",
    "email",
    "repository",
    "tracker",
    "homepage",
    "category",
    "tags",
    "icon",
    "hasProcessingProvider",
    "changelog",
)


def metadata() -> dict[str, str]:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keep the case of keys
    parser.read(ROOT / "metadata.txt", encoding="utf-8")
    return dict(parser["general"])


def test_metadata_is_complete():
    meta = metadata()
    missing = [key for key in REQUIRED if not meta.get(key, "").strip()]
    assert not missing, missing
    assert meta["name"] == "Place Insight"
    assert meta["qgisMinimumVersion"] == "3.22" and meta["qgisMaximumVersion"] == "4.99"
    assert meta["category"] in ("Raster", "Vector", "Database", "Mesh", "Web") and meta["hasProcessingProvider"] == "yes"
    assert "supportsQt6" not in meta  # deprecated: qgisMaximumVersion says QGIS 4 is supported
    assert "networkx" not in meta["about"]  # never needed; osmnx only for OpenStreetMap XML files
    assert re.fullmatch(r"\d+\.\d+\.\d+", meta["version"])
    assert meta["repository"].startswith("https://") and meta["tracker"].startswith("https://")
    assert (ROOT / meta["icon"]).is_file()
    assert meta["version"] in meta["changelog"]


def test_package_is_an_installable_zip_without_tests_or_caches(tmp_path):
    if not list((ROOT / "i18n").glob("*.qm")):
        pytest.skip("translations not compiled (make setup does it)")
    spec = importlib.util.spec_from_file_location("package_script", ROOT / "scripts" / "package.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    path = module.build(tmp_path)
    with zipfile.ZipFile(path) as archive:
        names = archive.namelist()
    assert all(n.startswith("place_insight/") for n in names)
    assert "place_insight/metadata.txt" in names and "place_insight/__init__.py" in names
    assert "place_insight/i18n/place_insight_fr.qm" in names
    assert "place_insight/resources/catalogues/demo.json" in names
    assert not [
        n
        for n in names
        if "/tests/" in n or "/.venv/" in n or "__pycache__" in n or n.endswith(".pyc") or "/benchmarks/" in n or "/.cache/" in n
    ]
