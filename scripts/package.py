#!/usr/bin/env python3
"""Build dist/place_insight-<version>.zip, the file QGIS's "Install from ZIP" accepts.

The zip holds one folder, ``place_insight/``, with the plugin's code,
resources, docs and compiled translations; no tests, benchmarks, caches,
virtual environments or development scripts.

It warns while metadata.txt still has placeholder addresses (``.invalid``):
the plugin repository refuses a zip whose homepage, repository or tracker
does not answer, and its users need a real email and tracker (see the
README's "Release checklist").
"""

from __future__ import annotations

import configparser
import re
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PLUGIN_NAME = "place_insight"
INCLUDE_FILES = ("__init__.py", "metadata.txt", "LICENSE", "README.md")
INCLUDE_DIRS = ("plugin", "processing_algorithms", "engine", "resources", "i18n", "docs")
EXCLUDE_PARTS = {"__pycache__", ".pytest_cache", ".hypothesis"}
EXCLUDE_SUFFIXES = {".pyc", ".pyo"}


#: The addresses of metadata.txt that must be real, answering ones before an upload.
ADDRESS_KEYS = ("email", "homepage", "repository", "tracker")


def metadata() -> dict[str, str]:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keep the case of keys
    parser.read(ROOT / "metadata.txt", encoding="utf-8")
    return dict(parser["general"])


def version() -> str:
    return metadata()["version"]


def placeholder_addresses(meta: dict[str, str] | None = None) -> list[str]:
    """The keys of :data:`ADDRESS_KEYS` that are empty or still placeholders (a host under ``.invalid``)."""
    meta = metadata() if meta is None else meta
    found = []
    for key in ADDRESS_KEYS:
        value = meta.get(key, "").strip()
        host = value.rsplit("@", 1)[-1] if key == "email" else re.sub(r"^[a-z]+://", "", value).split("/")[0]
        if not value or host.lower().rstrip(".").endswith(".invalid"):
            found.append(key)
    return found


def warnings() -> list[str]:
    """What must change in metadata.txt before the zip is uploaded to the plugin repository."""
    unset = placeholder_addresses()
    if not unset:
        return []
    return [
        "metadata.txt: "
        + ", ".join(unset)
        + " still a placeholder; set real, answering addresses before uploading to the plugin repository "
        "(README, Release checklist)."
    ]


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
    for warning in warnings():
        print(f"warning: {warning}", file=sys.stderr)
