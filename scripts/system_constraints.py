#!/usr/bin/env python3
"""Print pip constraints that hold the packages QGIS's Python already has at their installed versions.

Run with the system Python (the one QGIS runs, before any virtual environment
exists). QGIS's GDAL bindings are built against the installed numpy, and the
distribution's pandas, scipy and pyproj are built against that numpy too: a
virtual environment made with ``--system-site-packages`` uses them as they
are and never pulls another release of them from PyPI.

shapely is held only from 2.0 on: Debian 12's python3-shapely is 1.8, which
osmnx and geopandas cannot use, so there the environment gets its own.
"""

from __future__ import annotations

import importlib.metadata as metadata

#: Packages held at the installed version, with the oldest release worth holding (None: always held).
HELD = {"numpy": None, "pandas": None, "scipy": None, "pyproj": None, "shapely": (2, 0)}


def _release(version: str) -> tuple[int, ...]:
    numbers = []
    for part in version.split("+")[0].split("."):
        digits = "".join(c for c in part if c.isdigit())
        if not digits:
            break
        numbers.append(int(digits))
    return tuple(numbers)


def constraints() -> list[str]:
    lines = []
    for name, oldest in HELD.items():
        try:
            version = metadata.version(name).split("+")[0]  # Debian adds local labels such as +dfsg
        except metadata.PackageNotFoundError:
            continue
        if oldest is None or _release(version) >= oldest:
            lines.append(f"{name}=={version}")
    return lines


if __name__ == "__main__":
    print("\n".join(constraints()))
