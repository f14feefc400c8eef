"""The in-QGIS installer of missing Python packages, headless, against the real package index and bad ones.

The first test starts from a Python that lacks pandas and scipy (see
tests/hidden_packages.py), installs them with the plugin's installer,
"restarts" (a new process, the same Python) and runs Segment profile through
Processing. The others give the installer what goes wrong in offices: no
network, an index that refuses, a read-only profile, a second QGIS
installing at the same time, a pandas too old.
"""

from __future__ import annotations

import http.server
import json
import os
import shutil
import socket
import subprocess
import sys
import threading
from pathlib import Path

import hidden_packages
import pytest

from place_insight.engine import dependencies
from place_insight.plugin import installer

pytestmark = pytest.mark.slow


def private_folder(profile: Path) -> Path:
    return dependencies.private_folder(profile / "profiles" / "default")


def run_json(command, environment, root, profile, *arguments) -> dict:
    completed = hidden_packages.run(command, environment, str(root), str(profile), *arguments)
    assert completed.returncode == 0, completed.stdout[-3000:] + completed.stderr[-3000:]
    return json.loads(completed.stdout.strip().splitlines()[-1])


def test_a_qgis_without_pandas_and_scipy_installs_them_restarts_and_runs_segment_profile(root, tmp_path):
    command, environment = hidden_packages.python_without(("pandas", "scipy"), tmp_path)
    profile = tmp_path / "qgis"
    before = run_json(command, environment, root, profile, "state")
    assert before["missing"] == ["pandas", "scipy"] and before["versions"]["numpy"]
    assert before["to_install"] == ["pandas", "scipy"]
    assert "Install missing Python packages" in before["message"] and "<" not in before["message"]

    outcome = run_json(command, environment, root, profile, "install")
    assert outcome["ok"], outcome["message"] + outcome["log"]
    assert {name.rsplit("-", 1)[0].lower() for name in outcome["installed"]} >= {"pandas", "scipy"}
    folder = private_folder(profile)
    entries = sorted(entry.name for entry in folder.iterdir())
    assert not [e for e in entries if e.lower().startswith("numpy")], entries  # QGIS's numpy stays the only one
    assert not [e for e in entries if e.lower().startswith(("pip", "setuptools"))], entries
    assert sorted(p.name for p in folder.parent.iterdir()) == [folder.name]  # no staging folder nor lock left

    after = run_json(command, environment, root, profile, "state")  # a new process: QGIS restarted
    assert after["missing"] == [] and after["to_install"] == []
    output = tmp_path / "out"
    output.mkdir()
    run = run_json(command, environment, root, profile, "profile", str(output))
    assert run["ok"]
    assert Path(run["pandas_file"]).is_relative_to(folder) and Path(run["scipy_file"]).is_relative_to(folder)
    assert not Path(run["numpy_file"]).is_relative_to(folder)


def test_pandas_too_old_is_named_with_its_minimum_and_the_installed_one_comes_first(root, tmp_path):
    fake = tmp_path / "old"
    (fake / "pandas").mkdir(parents=True)
    (fake / "pandas" / "__init__.py").write_text('__version__ = "1.1.0"\n')
    (fake / "pandas-1.1.0.dist-info").mkdir()
    (fake / "pandas-1.1.0.dist-info" / "METADATA").write_text("Metadata-Version: 2.1\nName: pandas\nVersion: 1.1.0\n")
    command, environment = hidden_packages.python_without(("pandas",), tmp_path, fake=fake)
    profile = tmp_path / "qgis"
    before = run_json(command, environment, root, profile, "state")
    assert before["missing"] == ["pandas"] and before["versions"]["pandas"] == "1.1.0"
    assert "pandas (version 1.1.0 is too old, 1.5 or newer is needed)" in before["message"]
    assert before["to_install"] == ["pandas"]
    outcome = run_json(command, environment, root, profile, "install")
    assert outcome["ok"], outcome["message"] + outcome["log"]
    after = run_json(command, environment, root, profile, "state")
    assert after["missing"] == []
    assert dependencies.version_tuple(after["versions"]["pandas"]) >= (1, 5)
    assert (fake / "pandas" / "__init__.py").is_file()  # the old one is left alone: the new one comes first


# -- bad inputs, with the installer in this process ---------------------------------------------
@pytest.fixture
def isolated_pip(monkeypatch):
    """pip without this machine's configuration (files and PIP_* variables: local wheel folders), retrying once."""
    for name in [n for n in os.environ if n.startswith("PIP_")]:
        monkeypatch.delenv(name)
    monkeypatch.setenv("PIP_CONFIG_FILE", os.devnull)
    monkeypatch.setenv("PIP_RETRIES", "1")  # (pip names the connection error when it retries)
    monkeypatch.setenv("PIP_TIMEOUT", "5")
    monkeypatch.setenv("PIP_NO_CACHE_DIR", "1")
    return monkeypatch


#: A distribution that nothing here has installed, asked of the local (bad) indexes only.
ABSENT = "place-insight-absent-test-package"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def assert_nothing_left(profile: Path) -> None:
    folder = dependencies.private_folder(profile)
    assert not folder.exists()
    assert [p.name for p in folder.parent.iterdir()] == [] if folder.parent.exists() else True


def test_without_network_the_install_says_so_and_leaves_nothing(qgis_app, isolated_pip, tmp_path):
    isolated_pip.setenv("PIP_INDEX_URL", f"http://127.0.0.1:{free_port()}/simple")  # nothing answers there
    outcome = installer.Installation(tmp_path, [ABSENT]).wait(timeout_s=300)
    assert not outcome.ok
    assert "could not be reached" in outcome.message and "Nothing was installed" in outcome.message
    assert_nothing_left(tmp_path)


class Refusing(http.server.BaseHTTPRequestHandler):
    def do_GET(self):  # noqa: N802 - http.server API
        self.send_error(403, "Forbidden")

    def log_message(self, *args):
        return None


def test_an_index_that_refuses_is_reported_as_such(qgis_app, isolated_pip, tmp_path):
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Refusing)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        isolated_pip.setenv("PIP_INDEX_URL", f"http://127.0.0.1:{server.server_address[1]}/simple")
        outcome = installer.Installation(tmp_path, [ABSENT]).wait(timeout_s=300)
    finally:
        server.shutdown()
        server.server_close()
    assert not outcome.ok
    assert "refused" in outcome.message and "403" in outcome.message, outcome.message + outcome.log
    assert_nothing_left(tmp_path)


def test_a_read_only_profile_is_reported_before_anything_runs(root, tmp_path):
    profile = tmp_path / "profile"
    (profile / "python").mkdir(parents=True)
    script = (
        f"import sys; sys.path.insert(0, {str(root / 'tests')!r})\n"
        "from conftest import register_package\n"
        "register_package()\n"
        "from qgis.core import QgsApplication\n"
        "app = QgsApplication([], False)\n"
        "from place_insight.plugin import installer\n"
        f"outcome = installer.Installation({str(profile)!r}, ['pandas']).wait(timeout_s=60)\n"
        "print(outcome.ok, outcome.message)\n"
    )
    readonly = str(profile / "python")
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    try:
        if os.geteuid() == 0:  # root writes anywhere: a read-only mount of the folder, in a mount namespace of its own
            mount = f'mount --bind {readonly} {readonly} && mount -o remount,ro,bind {readonly} && exec "$@"'
            for propagation in ("private", "unchanged"):  # (in a chroot, / is no mount point to make private)
                command = ["unshare", "--mount", "--propagation", propagation, "sh", "-c", mount, "sh", sys.executable]
                completed = subprocess.run([*command, "-c", script], capture_output=True, text=True, timeout=300, env=environment)
                if "propagation" not in completed.stderr:
                    break
        else:
            os.chmod(readonly, 0o555)
            completed = subprocess.run(
                [sys.executable, "-c", script], capture_output=True, text=True, timeout=300, env=environment
            )
    finally:
        os.chmod(readonly, 0o755)
    assert completed.returncode == 0, completed.stderr[-3000:]
    assert completed.stdout.startswith("False ") and "cannot write there" in completed.stdout, completed.stdout
    assert list((profile / "python").iterdir()) == []


def test_a_second_qgis_installing_at_the_same_time_is_told_to_wait(root, qgis_app, isolated_pip, tmp_path):
    """Another process (another QGIS) holds the profile's install lock: this one does not start pip. Once that
    process has ended (here: killed), its lock is stale and a new install goes ahead."""
    folder = dependencies.private_folder(tmp_path)
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            f"import sys; sys.path.insert(0, {str(root / 'tests')!r})\n"
            "from conftest import register_package\n"
            "register_package()\n"
            "from pathlib import Path\n"
            "from place_insight.plugin.installer import InstallLock\n"
            f"lock = InstallLock(Path({str(folder)!r}))\n"
            "print(lock.acquire(), flush=True)\n"
            "sys.stdin.read()\n",
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    folder.parent.mkdir(parents=True, exist_ok=True)
    try:
        assert holder.stdout.readline().strip() == "True"
        outcome = installer.Installation(tmp_path, [ABSENT]).wait(timeout_s=60)
        assert not outcome.ok and "Another QGIS is installing" in outcome.message
        assert outcome.log == ""  # pip never ran
    finally:
        holder.kill()
        holder.wait()
    isolated_pip.setenv("PIP_INDEX_URL", f"http://127.0.0.1:{free_port()}/simple")
    again = installer.Installation(tmp_path, [ABSENT]).wait(timeout_s=300)
    assert "Another QGIS" not in again.message and "could not be reached" in again.message


def test_the_constraints_hold_what_qgis_has_except_what_is_requested(tmp_path):
    import numpy

    pins = installer.constraints(["pandas", "scipy"], dependencies.private_folder(tmp_path))
    assert f"numpy=={numpy.__version__}" in pins
    assert not [p for p in pins if p.lower().startswith(("pandas==", "scipy=="))]
    arguments = installer.pip_arguments(installer.requirements(["pandas", "scipy"]), tmp_path / "c.txt")
    assert arguments[:3] == ["-m", "pip", "install"] and "--target" not in arguments and "--user" not in arguments
    assert arguments[-2:] == ["pandas>=1.5,<3", "scipy>=1.10"]
    assert shutil.which  # (the interpreter itself is engine.parallel's: see test_parallel)
