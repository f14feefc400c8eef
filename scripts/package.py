#!/usr/bin/env python3
"""Build dist/place_insight-<version>.zip, the file QGIS's "Install from ZIP" accepts.

The zip holds one folder, ``place_insight/``, with the plugin's code,
resources, docs and compiled translations; no tests, benchmarks, caches,
virtual environments or development scripts.
"""

from __future__ import annotations

import configparser
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PLUGIN_NAME = "place_insight"
INCLUDE_FILES = ("__init__.py", "metadata.txt", "LICENSE", "README.md")
INCLUDE_DIRS = ("plugin", "processing_algorithms", "engine", "resources", "i18n", "docs")
EXCLUDE_PARTS = {"__pycache__", ".pytest_cache", ".hypothesis"}
EXCLUDE_SUFFIXES = {".pyc", ".pyo"}


def version() -> str:
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(ROOT / "metadata.txt", encoding="utf-8")
    return parser["general"]["version"]


def files() -> list[Path]:
    found = [ROOT / name for name in INCLUDE_FILES if (ROOT / name).exists()]
    for folder in INCLUDE_DIRS:
        for path in sorted((ROOT / folder).rglob("*")):
            if path.is_file() and not EXCLUDE_PARTS & set(path.parts) and path.suffix not in EXCLUDE_SUFFIXES:
                found.append(path)
    return found


def build(output_dir: Path = ROOT / "dist") -> Path:
    if not list((ROOT / "i18n").glob("*.qm")):
        sys.exit("No compiled translations in i18n/: run 'make translations' (or make package) first.")
    output_dir.mkdir(parents=True, exist_ok=True)
    target = output_dir / f"{PLUGIN_NAME}-{version()}.zip"
    with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for path in files():
            archive.write(path, f"{PLUGIN_NAME}/{path.relative_to(ROOT).as_posix()}")
    return target


if __name__ == "__main__":
    output = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "dist"
    print(f"Wrote {build(output)}")
