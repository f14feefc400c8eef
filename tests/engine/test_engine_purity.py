"""The engine never imports QGIS, Qt, Processing or GDAL, and runs without them."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

ENGINE = Path(__file__).resolve().parents[2] / "engine"
FORBIDDEN = ("qgis", "PyQt5", "PyQt6", "PySide2", "PySide6", "processing", "osgeo", "sip")


def imported_modules(path: Path, depth: int = 0) -> list[tuple[int, str]]:
    """Absolute imports, and relative ones that climb out of the engine.

    ``depth`` is how many packages below ``engine/`` the file lies (0 for
    ``engine/x.py``, 1 for ``engine/clusters/x.py``): a relative import of
    more than ``depth + 1`` dots leaves the engine.
    """
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.extend((node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level == 0:
                found.append((node.lineno, node.module or ""))
            elif node.level >= depth + 2:  # from ..plugin import … leaves the engine
                found.append((node.lineno, "." * node.level + (node.module or "")))
        elif (
            isinstance(node, ast.Call)
            and getattr(node.func, "attr", getattr(node.func, "id", "")) in ("import_module", "__import__")
            and node.args
            and isinstance(node.args[0], ast.Constant)
        ):
            found.append((node.lineno, str(node.args[0].value)))
    return found


def test_engine_has_modules():
    assert len(list(ENGINE.rglob("*.py"))) >= 5


def test_no_module_of_the_engine_imports_qgis_qt_or_processing():
    offenders = []
    for path in sorted(ENGINE.rglob("*.py")):
        for line, module in imported_modules(path, len(path.relative_to(ENGINE).parts) - 1):
            top = module.split(".")[0]
            if top in FORBIDDEN or module.startswith(".."):
                offenders.append(f"{path.relative_to(ENGINE.parent)}:{line} imports {module}")
    assert not offenders, "\n".join(offenders)


def test_the_purity_check_catches_a_forbidden_import(tmp_path):
    sample = tmp_path / "bad.py"
    sample.write_text("import os\nfrom qgis.core import QgsGeometry\nfrom ..plugin import bridge\n")
    modules = [m for _, m in imported_modules(sample)]
    assert "qgis.core" in modules and "..plugin" in modules
    nested = tmp_path / "nested.py"
    nested.write_text("from ..errors import EngineError\nfrom .common import x\nfrom ...plugin import bridge\n")
    assert [m for _, m in imported_modules(nested, depth=1)] == ["...plugin"]


def test_every_engine_module_imports_with_qgis_qt_and_processing_blocked():
    root = ENGINE.parent
    modules = sorted(".".join(p.relative_to(root).with_suffix("").parts) for p in ENGINE.rglob("*.py") if p.name != "__init__.py")
    script = f"""
import importlib.util, sys
for name in {list(FORBIDDEN)!r}:
    sys.modules[name] = None
spec = importlib.util.spec_from_file_location("pi", {str(root / "__init__.py")!r},
                                              submodule_search_locations=[{str(root)!r}])
package = importlib.util.module_from_spec(spec); sys.modules["pi"] = package; spec.loader.exec_module(package)
for module in {modules!r}:
    importlib.import_module("pi." + module)
print("ok", len({modules!r}))
"""
    completed = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert completed.returncode == 0, completed.stderr
    assert completed.stdout.startswith("ok")
