"""A Python like QGIS's on a machine without pandas and scipy, for the installer's tests.

The system's Python has pandas and scipy here. :func:`python_without` gives a
command that runs the system's interpreter without its site folders (``-S``)
and with one folder on ``PYTHONPATH`` that holds a link to every entry of
those site folders but the hidden packages: QGIS, PyQt, numpy, pip… import as
usual, pandas and scipy do not, and pip (which lists installed packages by
reading the folders of ``sys.path``) does not see them either. An entry of
``fake`` (a folder of packages) goes first, e.g. a too old pandas.

``installer_script.py`` beside this file is what runs in that Python.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SCRIPT = HERE / "installer_script.py"


def system_python() -> str:
    """The system's interpreter behind this (virtual environment's) Python."""
    return os.path.realpath(getattr(sys, "_base_executable", sys.executable))


def system_site_folders() -> list[str]:
    """The site folders of the system's Python (not of this virtual environment)."""
    out = subprocess.run(
        [system_python(), "-c", "import site, sys; print('\\n'.join(site.getsitepackages()))"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return [line for line in out.splitlines() if os.path.isdir(line)]


def hidden(name: str, packages: tuple[str, ...]) -> bool:
    """Whether a site folder's entry belongs to one of ``packages`` (its folder, module, .libs or metadata)."""
    stem = re.split(r"[-.]", name, maxsplit=1)[0].lower()
    return stem in packages


def python_without(packages: tuple[str, ...], folder: Path, fake: Path | None = None) -> tuple[list[str], dict]:
    """The command and environment of a Python whose importable packages are the system's but ``packages``."""
    farm = folder / "site"
    farm.mkdir(parents=True, exist_ok=True)
    for site_folder in system_site_folders():
        for entry in sorted(os.listdir(site_folder)):
            target = farm / entry
            if hidden(entry, packages) or entry.endswith(".pth") or target.exists() or target.is_symlink():
                continue
            target.symlink_to(Path(site_folder) / entry)
    environment = dict(os.environ)
    paths = ([str(fake)] if fake else []) + [str(farm)]
    environment["PYTHONPATH"] = os.pathsep.join(paths)
    environment["QT_QPA_PLATFORM"] = "offscreen"
    environment.pop("PYTHONHOME", None)
    environment["PIP_CACHE_DIR"] = str(ROOT / ".cache" / "pip")  # keeps CI's downloads between runs
    return [system_python(), "-S"], environment


def run(command: list[str], environment: dict, *arguments: str, timeout: int = 900) -> subprocess.CompletedProcess:
    return subprocess.run([*command, str(SCRIPT), *arguments], env=environment, capture_output=True, text=True, timeout=timeout)
