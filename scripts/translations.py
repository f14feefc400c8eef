#!/usr/bin/env python3
"""Refresh, check and compile the translations of Place Insight.

    python scripts/translations.py update   # pylupdate5 → i18n/place_insight_<lang>.ts, then lrelease → .qm
                                            # (compiling also rewrites the help pages, scripts/help_pages.py)
    python scripts/translations.py check    # fail if a .ts is stale or has unfinished entries
    python scripts/translations.py release  # lrelease only (.ts → .qm)
    python scripts/translations.py fill FILE.json
                                            # set translations from {"English source": "traduction"}
    python scripts/translations.py merge OTHER.ts
                                            # take translations from another .ts (e.g. another branch)

pylupdate5 extracts every ``tr("…")`` of the plugin. The plugin looks every
string up in the single context ``PlaceInsight``, so all extracted messages
are gathered into that context (pylupdate5 would otherwise file ``self.tr``
calls under the class name). Messages are sorted by source text and carry no
line numbers, so the file only changes when a string changes.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "i18n"
LANGUAGES = ("fr",)
CONTEXT = "PlaceInsight"
SOURCE_DIRS = ("plugin", "processing_algorithms", "engine")


def source_files() -> list[Path]:
    files = [ROOT / "__init__.py"]
    for folder in SOURCE_DIRS:
        files.extend(sorted((ROOT / folder).rglob("*.py")))
    return [f for f in files if "__pycache__" not in f.parts]


def ts_path(language: str) -> Path:
    return I18N / f"place_insight_{language}.ts"


def extract() -> list[str]:
    """Every translatable source string of the plugin, sorted and unique."""
    pylupdate = shutil.which("pylupdate5")
    if pylupdate is None:
        sys.exit("pylupdate5 not found: install the Debian package pyqt5-dev-tools (make setup does).")
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "extracted.ts"
        files = [str(f.relative_to(ROOT)) for f in source_files()]
        subprocess.run([pylupdate, "-noobsolete", *files, "-ts", str(out)], cwd=ROOT, check=True, stderr=subprocess.DEVNULL)
        tree = ET.parse(out)
    sources = {message.findtext("source") for message in tree.iter("message")}
    return sorted(s for s in sources if s)


def read_ts(path: Path) -> dict[str, str]:
    """Finished translations of a .ts file: source → translation."""
    if not path.exists():
        return {}
    translations = {}
    for message in ET.parse(path).iter("message"):
        source = message.findtext("source")
        node = message.find("translation")
        if (
            source
            and node is not None
            and node.get("type") not in ("unfinished", "obsolete", "vanished")
            and (node.text or "").strip()
        ):
            translations[source] = node.text
    return translations


def render_ts(language: str, sources: list[str], translations: dict[str, str]) -> str:
    root = ET.Element("TS", version="2.1", language=language, sourcelanguage="en")
    context = ET.SubElement(root, "context")
    ET.SubElement(context, "name").text = CONTEXT
    for source in sources:
        message = ET.SubElement(context, "message")
        ET.SubElement(message, "source").text = source
        translation = ET.SubElement(message, "translation")
        if source in translations:
            translation.text = translations[source]
        else:
            translation.set("type", "unfinished")
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    return '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n"


def release() -> None:
    lrelease = shutil.which("lrelease")
    if lrelease is None:
        sys.exit("lrelease not found: install the Debian package qttools5-dev-tools (make setup does).")
    for language in LANGUAGES:
        path = ts_path(language)
        subprocess.run([lrelease, "-silent", str(path), "-qm", str(path.with_suffix(".qm"))], check=True)
    help_pages()


def help_pages() -> None:
    """Rewrite the algorithms' help pages from the fresh translations (they are made of the same texts)."""
    completed = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "help_pages.py")], cwd=ROOT, capture_output=True, text=True
    )
    if completed.returncode != 0:
        print("The help pages were not rewritten (run scripts/help_pages.py where QGIS is installed):")
        print(completed.stdout[-2000:] + completed.stderr[-2000:])
    else:
        print(completed.stdout.strip())


def update() -> None:
    sources = extract()
    for language in LANGUAGES:
        path = ts_path(language)
        translations = read_ts(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(render_ts(language, sources, translations), encoding="utf-8")
        missing = [s for s in sources if s not in translations]
        print(f"{path.relative_to(ROOT)}: {len(sources)} strings, {len(missing)} to translate")
    release()


def problems() -> list[str]:
    """What is wrong with the committed .ts files (empty when all is well)."""
    found = []
    sources = extract()
    for language in LANGUAGES:
        path = ts_path(language)
        if not path.exists():
            found.append(f"{path.name} is missing: run 'make translations'")
            continue
        text = path.read_text(encoding="utf-8")
        translations = read_ts(path)
        expected = render_ts(language, sources, translations)
        if text != expected:
            found.append(f"{path.name} is stale: run 'make translations' and commit it")
        untranslated = [s for s in sources if s not in translations]
        if untranslated:
            preview = "; ".join(s[:60] for s in untranslated[:5])
            found.append(f"{path.name}: {len(untranslated)} strings are not translated, e.g. {preview}")
    return found


def fill(json_file: Path, language: str = "fr") -> None:
    """Set translations from a JSON object {source: translation} and rebuild."""
    new = json.loads(json_file.read_text(encoding="utf-8"))
    path = ts_path(language)
    translations = read_ts(path)
    translations.update({k: v for k, v in new.items() if v})
    sources = extract()
    unknown = [k for k in new if k not in sources]
    path.write_text(render_ts(language, sources, translations), encoding="utf-8")
    if unknown:
        print(f"{len(unknown)} entries of {json_file} are not strings of the plugin (ignored), e.g. {unknown[:3]}")
    release()


def merge(other: Path, language: str = "fr") -> None:
    """Take every finished translation of ``other`` that this file lacks, and rebuild."""
    path = ts_path(language)
    translations = read_ts(other)
    translations.update(read_ts(path))
    path.write_text(render_ts(language, extract(), translations), encoding="utf-8")
    release()


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "update"
    if command == "update":
        update()
    elif command == "release":
        release()
    elif command == "check":
        found = problems()
        for problem in found:
            print(problem)
        return 1 if found else 0
    elif command == "fill" and len(argv) == 2:
        fill(Path(argv[1]))
    elif command == "merge" and len(argv) == 2:
        merge(Path(argv[1]))
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
