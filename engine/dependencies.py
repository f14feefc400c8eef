"""Which optional Python packages are installed, and how to install the rest.

The plugin loads without pandas, scipy, networkx or osmnx; an algorithm that
needs a missing package refuses to run and shows the command below.
"""

from __future__ import annotations

import importlib
import importlib.util
import sys

from .errors import MissingDependencyError
from .i18n import tr

#: Packages the plugin uses, with the pip requirement to install each.
PACKAGES: dict[str, str] = {
    "numpy": "numpy",
    "pandas": "pandas",
    "scipy": "scipy",
    "networkx": "networkx",
    "osmnx": "osmnx",
}


def missing(names: tuple[str, ...] | list[str]) -> list[str]:
    """Return the names among ``names`` that cannot be imported."""
    absent = []
    for name in names:
        try:
            found = importlib.util.find_spec(name) is not None
        except (ImportError, ValueError):
            found = False
        if not found:
            absent.append(name)
    return absent


def _numpy_constraint() -> list[str]:
    # QGIS builds with numpy 1.x ship GDAL bindings compiled against numpy 1;
    # an unconstrained install of osmnx would pull numpy 2 and break them.
    try:
        import numpy
    except ImportError:
        return []
    return ['"numpy<2"', '"pandas<2"'] if numpy.__version__.startswith("1.") else []


def install_command(names: list[str]) -> str:
    """The exact command that installs ``names`` for the Python QGIS runs."""
    requirements = [PACKAGES.get(name, name) for name in names] + _numpy_constraint()
    if sys.platform.startswith("win"):
        return "python -m pip install " + " ".join(requirements)
    return "python3 -m pip install --user " + " ".join(requirements)


def missing_message(names: list[str]) -> str:
    """A translated message naming the missing packages and the install command."""
    return tr(
        "Place Insight needs the Python packages {packages}, which are not installed. "
        "Install them with: {command} (on Windows, in the OSGeo4W Shell), then restart QGIS."
    ).format(packages=", ".join(names), command=install_command(names))


def require(name: str):
    """Import and return module ``name`` or raise :class:`MissingDependencyError`."""
    try:
        return importlib.import_module(name)
    except ImportError as error:
        raise MissingDependencyError(missing_message([name])) from error
