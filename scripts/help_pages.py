#!/usr/bin/env python3
"""Write, or check, the help page of every algorithm in resources/help/<language>/.

    python scripts/help_pages.py          # write the pages that changed
    python scripts/help_pages.py check    # list pages that differ from the code; exit 1 if any

Each page is made from the algorithm's (or example model's) own translated
texts (its summary, every parameter's and output's help) in English and in
every language with a translation, so run it after the translations change:
``scripts/translations.py`` does it each time it compiles them. The
catalogue-format page is written by hand and left alone. The script runs
QGIS without a display and with a throw-away profile, so the user's QGIS
settings are not touched.
"""

from __future__ import annotations

import importlib.util
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = "place_insight"


def import_plugin():
    """The repository imported as the package ``place_insight`` (the name QGIS gives it)."""
    if PACKAGE not in sys.modules:
        spec = importlib.util.spec_from_file_location(PACKAGE, ROOT / "__init__.py", submodule_search_locations=[str(ROOT)])
        module = importlib.util.module_from_spec(spec)
        sys.modules[PACKAGE] = module
        spec.loader.exec_module(module)
    return sys.modules[PACKAGE]


def main(argv: list[str]) -> int:
    command = argv[0] if argv else "write"
    if command not in ("write", "check"):
        print(__doc__)
        return 2
    profile = tempfile.mkdtemp(prefix="place_insight_help_")
    os.environ["QGIS_CUSTOM_CONFIG_PATH"] = profile
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from qgis.core import QgsApplication

    application = QgsApplication([], False)
    application.initQgis()
    sys.path.append(str(Path(QgsApplication.pkgDataPath()) / "python" / "plugins"))
    from processing.core.Processing import Processing

    Processing.initialize()  # the example models' steps include QGIS's own algorithms
    import_plugin()
    from place_insight.processing_algorithms import help_pages
    from place_insight.processing_algorithms.provider import PlaceInsightProvider

    provider = PlaceInsightProvider()
    QgsApplication.processingRegistry().addProvider(provider)  # the models find their steps in the registry

    if command == "check":
        problems = help_pages.stale_pages(PlaceInsightProvider.documented_algorithms)
        for problem in problems:
            print(problem)
        return 1 if problems else 0
    written = help_pages.write_all(PlaceInsightProvider.documented_algorithms)
    print(f"resources/help: {len(written)} pages written")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
