"""Which Python packages the plugin needs, which are missing or too old, and where the plugin installs them.

numpy comes with QGIS. pandas and scipy are needed to run anything; osmnx
(with networkx) only to read OpenStreetMap XML files, and shapely only to
join roads that cross without a shared vertex: those are asked for when
that work is asked for (:func:`require`). The plugin loads without any of
them; an algorithm that needs a missing package refuses to run and says
what it is for and how to install it (menu *Place Insight › Install missing
Python packages…*).

The installer (``plugin/installer.py``) puts packages into a private folder
of the QGIS profile (:func:`private_folder`), which the plugin puts first on
``sys.path`` as soon as it loads (:func:`activate`), so that a package
installed there wins over an older copy of QGIS's Python.
"""

from __future__ import annotations

import importlib
import importlib.metadata
import importlib.util
import re
import sys
from dataclasses import dataclass
from pathlib import Path

from .errors import MissingDependencyError
from .i18n import tr


@dataclass(frozen=True)
class Package:
    """A Python package the plugin uses: its import name, its name on the package index, the oldest version it
    works with, and whether the installer may install it (numpy comes with QGIS and is never replaced)."""

    name: str
    distribution: str
    minimum: str
    installable: bool = True
    #: The first major version the plugin does not support yet (empty: no bound), kept out of installs.
    below: str = ""

    @property
    def requirement(self) -> str:
        """The requirement pip installs, e.g. ``pandas>=1.5,<3`` (the same ranges as ``requirements.txt``)."""
        return f"{self.distribution}>={self.minimum}" + (f",<{self.below}" if self.below else "")


PACKAGES: dict[str, Package] = {
    "numpy": Package("numpy", "numpy", "1.24", installable=False),
    "pandas": Package("pandas", "pandas", "1.5", below="3"),
    "scipy": Package("scipy", "scipy", "1.10"),
    "shapely": Package("shapely", "shapely", "2.0"),
    "networkx": Package("networkx", "networkx", "2.8"),
    "osmnx": Package("osmnx", "osmnx", "2.0", below="3"),
}
#: Needed to run any algorithm and the dock.
REQUIRED = ("numpy", "pandas", "scipy")
#: Needed only to read OpenStreetMap XML files.
OSM_XML = ("networkx", "osmnx")
#: Packages asked for this session by work that needed them (see :func:`require`), for the installer.
ASKED: set[str] = set()


def purpose(name: str) -> str:
    """What the plugin uses package ``name`` for (translated).

    Parameters
    ----------
    name
        Import name of the package (``pandas``, ``scipy``…).
    """
    purposes = {
        "numpy": tr("arrays for every computation; it comes with QGIS"),
        "pandas": tr("the tables of every algorithm and of the pen portraits"),
        "scipy": tr("statistical tests, travel-time searches and location planning"),
        "shapely": tr("joining roads that cross without a shared vertex"),
        "networkx": tr("reading OpenStreetMap XML files, with osmnx"),
        "osmnx": tr("reading OpenStreetMap XML files"),
    }
    return purposes.get(name, name)


def version_tuple(text: str | None) -> tuple[int, ...]:
    """The leading numbers of a version (``"2.2.3+dfsg"`` → ``(2, 2, 3)``); empty when there are none.

    Parameters
    ----------
    text
        A version string as packages give it, or None.
    """
    match = re.match(r"\s*v?(\d+(?:\.\d+)*)", text or "")
    return tuple(int(part) for part in match.group(1).split(".")) if match else ()


def installed_version(name: str) -> str | None:
    """The version of package ``name`` that an import would give (None: not importable).

    Parameters
    ----------
    name
        Import name of the package.
    """
    module = sys.modules.get(name)
    if module is not None and getattr(module, "__version__", None):
        return str(module.__version__)
    try:
        spec = importlib.util.find_spec(name)
    except (ImportError, ValueError):
        spec = None
    if spec is None:
        return None
    package = PACKAGES.get(name)
    location = Path(spec.origin).parent.parent if spec.origin else None
    for distribution in importlib.metadata.distributions(path=[str(location)] if location else sys.path):
        if _normalise(distribution.metadata["Name"] or "") == _normalise(package.distribution if package else name):
            return distribution.version
    return ""  # importable, version unknown


def _normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


@dataclass(frozen=True)
class Problem:
    """A package that cannot be used: missing (``found`` None) or older than its minimum."""

    name: str
    found: str | None

    @property
    def package(self) -> Package:
        return PACKAGES.get(self.name, Package(self.name, self.name, "0"))

    @property
    def too_old(self) -> bool:
        return self.found is not None


def problems(names: tuple[str, ...] | list[str]) -> list[Problem]:
    """The packages among ``names`` that are missing or older than the plugin's minimum.

    Parameters
    ----------
    names
        Import names of the packages to check.
    """
    found = []
    for name in names:
        version = installed_version(name)
        package = PACKAGES.get(name)
        if version is None:
            found.append(Problem(name, None))
        elif package is not None and version and version_tuple(version) < version_tuple(package.minimum):
            found.append(Problem(name, version))
    return found


def missing(names: tuple[str, ...] | list[str]) -> list[str]:
    """The names among ``names`` that cannot be imported, or only in a version older than the plugin needs.

    Parameters
    ----------
    names
        Import names of the packages to check.
    """
    return [problem.name for problem in problems(names)]


def missing_message(names: list[str]) -> str:
    """What is missing or too old, what each package is for, and how to install them (translated).

    Plain text without ``<``, ``>`` or ``&``, so that it reads the same where
    QGIS shows it as HTML (the toolbox's "cannot be run" dialog).

    Parameters
    ----------
    names
        Import names of the missing or too old packages.
    """
    lines = []
    for problem in problems(names) or [Problem(name, None) for name in names]:
        package = problem.package
        if problem.too_old:
            state = tr("version {found} is too old, {minimum} or newer is needed").format(
                found=problem.found, minimum=package.minimum
            )
        else:
            state = tr("missing")
        lines.append(tr("{name} ({state}): {purpose}").format(name=package.name, state=state, purpose=purpose(package.name)))
    if any(not PACKAGES.get(name, Package(name, name, "0")).installable for name in names):
        advice = tr("numpy comes with QGIS: install a QGIS release that has numpy {minimum} or newer.").format(
            minimum=PACKAGES["numpy"].minimum
        )
    else:
        advice = tr("Install them with the menu Place Insight › Install missing Python packages…, then restart QGIS.")
    return tr("Place Insight needs Python packages that are missing or too old. {packages}. {advice}").format(
        packages="; ".join(lines), advice=advice
    )


def require(name: str):
    """Import and return module ``name``, or raise :class:`MissingDependencyError` saying what it is for.

    A package that is missing or too old is remembered (:data:`ASKED`) for the installer.

    Parameters
    ----------
    name
        Import name of the package.
    """
    if missing([name]):
        ASKED.add(name)
        for extra in OSM_XML if name == "osmnx" else ():
            ASKED.add(extra)
        raise MissingDependencyError(missing_message([name]))
    try:
        return importlib.import_module(name)
    except ImportError as error:
        ASKED.add(name)
        raise MissingDependencyError(missing_message([name])) from error


def to_install() -> list[str]:
    """What the installer should install now: the required packages that are missing or too old, and those
    asked for this session (:func:`require`), numpy excepted."""
    wanted = [*REQUIRED, *sorted(ASKED - set(REQUIRED))]
    return [name for name in missing(wanted) if PACKAGES.get(name, Package(name, name, "0")).installable]


# -- the private folder -------------------------------------------------------------------
def private_folder(profile: str | Path) -> Path:
    """Where the installer puts packages: a folder of the QGIS profile ``profile``, one per Python version
    (compiled packages are built for one).

    Parameters
    ----------
    profile
        The QGIS profile folder.
    """
    version = f"{sys.version_info.major}.{sys.version_info.minor}"
    return Path(profile) / "python" / "place_insight_packages" / f"python{version}"


def activate(folder: str | Path) -> bool:
    """Put ``folder`` first on ``sys.path`` (when it exists), so that what is installed there is imported rather
    than an older copy elsewhere; True when it is on the path.

    Parameters
    ----------
    folder
        The folder the installer puts packages in (:func:`private_folder`).
    """
    folder = str(folder)
    if not Path(folder).is_dir():
        return False
    if sys.path[:1] != [folder]:
        if folder in sys.path:
            sys.path.remove(folder)
        sys.path.insert(0, folder)
        importlib.invalidate_caches()
    return True
