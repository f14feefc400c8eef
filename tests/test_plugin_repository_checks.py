"""The zip of ``make package`` passes the checks the QGIS plugin repository runs on an upload.

The repository (plugins.qgis.org, code in qgis/QGIS-Plugins-Website) validates
the zip and its metadata (``plugins/validator.py``) and scans it
(``plugins/security_scanner.py``) with Bandit, detect-secrets and flake8,
restricted to the rules its administrators enable, plus its own file checks.
These tests run the same tools with the same options and the same rules
(``tests/data/plugin_repository_rules.json``) on the built zip; the metadata
and zip checks are written here after the site's validator. Only the site's
last check cannot run offline: that the homepage, repository and tracker
answer. Those addresses are placeholders until the project has real ones
(README, "Release checklist"), and ``make package`` says so.
"""

from __future__ import annotations

import configparser
import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
import zipfile
from io import StringIO
from pathlib import Path
from urllib.parse import urlparse

import pytest

ROOT = Path(__file__).resolve().parent.parent
RULES = json.loads((Path(__file__).resolve().parent / "data" / "plugin_repository_rules.json").read_text(encoding="utf-8"))
MAX_UPLOAD = 25_000_000
REQUIRED_METADATA = ("name", "description", "version", "qgisMinimumVersion", "author", "email", "about", "tracker", "repository")
FORBIDDEN_DEFAULT_URLS = {"tracker": "http://bugs", "repository": "http://repo", "homepage": "http://homepage"}
SUSPICIOUS_SUFFIXES = (".exe", ".dll", ".so", ".dylib", ".bat", ".sh", ".ps1", ".cmd")


def package_script():
    spec = importlib.util.spec_from_file_location("package_script", ROOT / "scripts" / "package.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def package(tmp_path_factory) -> Path:
    """The zip ``make package`` builds."""
    if not list((ROOT / "i18n").glob("*.qm")):
        pytest.skip("translations not compiled (make setup does it)")
    return package_script().build(tmp_path_factory.mktemp("dist"))


@pytest.fixture(scope="module")
def extracted(package, tmp_path_factory) -> Path:
    """The zip unpacked, as the site unpacks it before scanning."""
    folder = tmp_path_factory.mktemp("extracted")
    with zipfile.ZipFile(package) as archive:
        archive.extractall(folder)
    return folder


def tool(module: str) -> list[str]:
    """The command of a scanning tool installed for this Python (requirements-dev.txt), run as a module.

    As a module rather than through its script, whose first line may name the interpreter of
    another copy of the environment.
    """
    if importlib.util.find_spec(module) is None:
        pytest.fail(f"{module} is not installed: make setup installs requirements-dev.txt")
    return [sys.executable, "-m", module]


# -- the validator: zip layout and metadata ---------------------------------------------------
def zip_problems(archive: zipfile.ZipFile) -> list[str]:
    """What the site's validator refuses in the zip's layout: paths, compiled files, tool folders, several tops."""
    problems = []
    names = archive.namelist()
    for name in names:
        if ".." in name or name.startswith("/") or "\\" in name or re.match(r"^[A-Za-z]:", name):
            problems.append(f"path information in {name}")
        if ".pyc" in name:
            problems.append(f"compiled Python file {name}")
        problems += [f"{folder} folder in {name}" for folder in ("__MACOSX", ".git", "__pycache__") if folder in name.split("/")]
    if archive.testzip() is not None:
        problems.append("bad zip")
    top = {name.split("/")[0] for name in names}
    if len(top) != 1:
        problems.append(f"several top folders: {sorted(top)}")
    package_name = names[0].split("/")[0]
    if not package_name.isidentifier() or not re.match(r"^[A-Za-z][A-Za-z0-9-_]+$", package_name):
        problems.append(f"top folder {package_name!r} is not a Python identifier")
    for required in ("__init__.py", "metadata.txt", "LICENSE"):
        if f"{package_name}/{required}" not in names:
            problems.append(f"no {required}")
    return problems


def metadata_problems(meta: dict[str, str], names: list[str], package_name: str) -> list[str]:
    """What the site's validator refuses in metadata.txt (but whether the addresses answer)."""
    problems = [f"metadata {key} missing" for key in REQUIRED_METADATA if not meta.get(key, "").strip()]
    icon = meta.get("icon", "").removeprefix("./")
    if f"{package_name}/{icon}" not in names:
        problems.append(f"icon {icon} not in the zip")
    if "supportsQt6" in meta:
        problems.append("supportsQt6 is deprecated")
    if "/" in meta.get("author", ""):
        problems.append("author contains a slash")
    for key, forbidden in FORBIDDEN_DEFAULT_URLS.items():
        url = meta.get(key, "")
        parsed = urlparse(url)
        if url == forbidden or not (parsed.scheme and parsed.netloc):
            problems.append(f"{key} is not a valid address: {url!r}")
    return problems


def validation_problems(path: Path) -> tuple[list[str], dict[str, str]]:
    """What the site's validator would refuse in the zip ``path`` (offline checks), and the metadata it read."""
    problems = [f"larger than {MAX_UPLOAD} bytes"] if path.stat().st_size > MAX_UPLOAD else []
    with zipfile.ZipFile(path) as archive:
        problems += zip_problems(archive)
        names = archive.namelist()
        package_name = names[0].split("/")[0]
        parser = configparser.ConfigParser()
        parser.optionxform = str
        parser.read_file(StringIO(archive.read(f"{package_name}/metadata.txt").decode("utf-8")))
    meta = dict(parser.items("general"))
    return problems + metadata_problems(meta, names, package_name), meta


def test_the_zip_and_its_metadata_pass_the_repository_s_validation(package):
    problems, meta = validation_problems(package)
    assert problems == []
    assert meta["version"] == package_script().version() and meta["version"] in meta["changelog"]
    assert float(meta["qgisMaximumVersion"]) >= 4.0  # QGIS 4 (Qt 6) without the deprecated supportsQt6


def test_the_validation_catches_what_the_site_refuses(package, tmp_path):
    bad = tmp_path / "bad.zip"
    with zipfile.ZipFile(package) as source, zipfile.ZipFile(bad, "w") as target:
        for item in source.infolist():
            if item.filename.endswith("/LICENSE"):
                continue
            data = source.read(item)
            if item.filename.endswith("/metadata.txt"):
                data = data.replace(b"tracker=https://", b"tracker=").replace(b"[general]\n", b"[general]\nsupportsQt6=True\n")
            target.writestr(item, data)
        target.writestr("place_insight/engine/__pycache__/x.cpython-311.pyc", b"")
    problems, _ = validation_problems(bad)
    assert "no LICENSE" in problems and "supportsQt6 is deprecated" in problems
    assert any(p.startswith("tracker is not a valid address") for p in problems)
    assert any(p.startswith("compiled Python file") for p in problems) and any("__pycache__ folder" in p for p in problems)


def test_make_package_warns_while_the_addresses_are_placeholders():
    script = package_script()
    unset = script.placeholder_addresses()
    assert set(unset) <= set(script.ADDRESS_KEYS)
    assert bool(script.warnings()) == bool(unset)
    real = {"email": "someone@example.org", "homepage": "https://example.org/", "repository": "https://example.org/r"}
    assert script.placeholder_addresses({**real, "tracker": "https://place-insight.invalid/issues"}) == ["tracker"]
    assert script.placeholder_addresses({**real, "tracker": "https://example.org/t"}) == []
    assert script.placeholder_addresses({**real, "email": "me@team.invalid", "tracker": ""}) == ["email", "tracker"]


# -- the security scanner -----------------------------------------------------------------------
def bandit_findings(folder: Path) -> list[str]:
    """Bandit run as the site runs it: only the enabled tests, every severity."""
    command = tool("bandit") + ["-r", str(folder), "-f", "json", "--quiet", "-t", ",".join(sorted(RULES["bandit"]["enabled"]))]
    completed = subprocess.run(command, capture_output=True, text=True, timeout=300)
    report = json.loads(completed.stdout)
    assert not report.get("errors"), report["errors"]
    found = report["results"]
    return [f"{Path(r['filename']).relative_to(folder)}:{r['line_number']} {r['test_id']} {r['issue_text']}" for r in found]


def flake8_findings(folder: Path) -> list[str]:
    """flake8 run as the site runs it (its fallback without the JSON formatter): the enabled codes, lines up to 120."""
    files = sorted(str(p) for p in folder.rglob("*.py"))
    command = tool("flake8") + ["--max-line-length=120", "--select", ",".join(sorted(RULES["flake8"]["enabled"])), *files]
    completed = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert completed.returncode in (0, 1), completed.stderr
    return [line.replace(str(folder) + os.sep, "") for line in completed.stdout.splitlines() if line.strip()]


def secrets_found(folder: Path) -> dict:
    """detect-secrets run as the site runs it: every file but metadata.txt, the disabled detectors left out."""
    command = tool("detect_secrets") + ["scan", "--all-files", "--exclude-files", r"metadata\.txt"]
    command += ["--exclude-files", r"\.secrets\.baseline"]
    for detector in RULES["secrets"]["disabled"]:
        command += ["--disable-plugin", detector]
    completed = subprocess.run([*command, "."], cwd=folder, capture_output=True, text=True, timeout=300)
    return json.loads(completed.stdout)["results"]


def test_bandit_with_the_repository_s_rules_finds_nothing(extracted):
    assert bandit_findings(extracted) == []


def test_flake8_with_the_repository_s_rules_finds_nothing(extracted):
    assert flake8_findings(extracted) == []


def test_detect_secrets_finds_nothing(extracted):
    assert secrets_found(extracted) == {}


def test_no_executable_python_file_nor_suspicious_file_type(package):
    with zipfile.ZipFile(package) as archive:
        executable = [i.filename for i in archive.infolist() if i.filename.endswith(".py") and (i.external_attr >> 16) & 0o111]
        suspicious = [n for n in archive.namelist() if n.lower().endswith(SUSPICIOUS_SUFFIXES)]
    assert executable == [] and suspicious == []


def test_the_scanners_catch_what_the_site_flags(extracted, tmp_path):
    """The same runs on a copy with a planted module report it (so the checks above can fail)."""
    copy = tmp_path / "copy"
    shutil.copytree(extracted / "place_insight" / "engine" / "survey", copy / "place_insight" / "survey")
    (copy / "place_insight" / "planted.py").write_text(
        "import pickle\n"
        "import subprocess\n"
        "\n"
        "assert pickle\n"
        "\n"
        "\n"
        "def run(x):\n"
        "    try:\n"
        "        subprocess.run(['ls'])\n"
        "    except Exception:\n"
        "        pass\n"
        "    return x == None\n"
    )
    (copy / "place_insight" / "settings.py").write_text('AWS_ACCESS_KEY = "AKIAIOSFODNN7EXAMPLE"\n')
    found = {line.split()[1] for line in bandit_findings(copy)}
    assert {"B403", "B101", "B110", "B603", "B607"} <= found
    assert [line.split()[1] for line in flake8_findings(copy)] == ["E711"]
    assert list(secrets_found(copy)) == ["place_insight/settings.py"]
