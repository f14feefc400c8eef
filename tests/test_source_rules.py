"""Rules of the source code that keep translations and QGIS 4 working, and the bridge free of GUI imports."""

from __future__ import annotations

import ast
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CODE_DIRS = ("plugin", "processing_algorithms", "engine")


def python_files():
    yield ROOT / "__init__.py"
    for folder in CODE_DIRS:
        yield from sorted((ROOT / folder).rglob("*.py"))


def tr_calls(tree):
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
            if name == "tr":
                yield node


def test_tr_receives_only_literal_strings_and_never_inside_fstrings():
    problems = []
    for path in python_files():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in tr_calls(tree):
            if len(node.args) != 1 or not isinstance(node.args[0], ast.Constant) or not isinstance(node.args[0].value, str):
                if not (isinstance(node.args[0], ast.Name) and node.args[0].id == "text"):  # the helper itself
                    problems.append(f"{path.relative_to(ROOT)}:{node.lineno} tr() of a non-literal")
        for node in ast.walk(tree):
            if isinstance(node, ast.JoinedStr):
                for inner in ast.walk(node):
                    if (
                        inner is not node
                        and isinstance(inner, ast.Call)
                        and (getattr(inner.func, "id", None) or getattr(inner.func, "attr", None)) == "tr"
                    ):
                        problems.append(
                            f"{path.relative_to(ROOT)}:{node.lineno} tr() inside an f-string (pylupdate5 cannot see it)"
                        )
    assert not problems, "\n".join(problems)


def test_no_tr_at_import_time():
    problems = []
    for path in python_files():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for statement in tree.body:
            if isinstance(statement, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                for node in statement.body if isinstance(statement, ast.ClassDef) else []:
                    if isinstance(node, (ast.Assign, ast.AnnAssign)) and any(True for _ in tr_calls(node)):
                        problems.append(f"{path.relative_to(ROOT)}:{node.lineno} tr() in a class attribute")
                continue
            if any(True for _ in tr_calls(statement)):
                problems.append(f"{path.relative_to(ROOT)}:{statement.lineno} tr() at module level")
    assert not problems, "\n".join(problems)


def test_qt_is_imported_through_qgis_pyqt_only():
    problems = []
    for path in list(python_files()) + sorted((ROOT / "tests").rglob("*.py")) + sorted((ROOT / "scripts").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0:
                names = [node.module or ""]
            for name in names:
                if name.split(".")[0] in ("PyQt5", "PyQt6", "PySide2", "PySide6"):
                    problems.append(f"{path.relative_to(ROOT)}:{node.lineno} imports {name}")
    assert not problems, "\n".join(problems)


# -- the bridge imports no GUI -------------------------------------------------
BRIDGE = ROOT / "plugin" / "bridge"


def resolved_imports(path: Path, package: tuple[str, ...]) -> list[tuple[int, str]]:
    """Every module a file imports, anywhere in it (functions too), as a dotted name from the plugin's root.

    ``package`` is the file's package from the root (``("plugin", "bridge")``), to resolve relative
    imports; ``from a import b`` gives ``a.b`` as well as ``a``, so that ``from qgis import gui``
    and ``from .. import about`` are seen. Names under ``place_insight.`` lose that prefix, and
    ``importlib.import_module("…")``/``__import__("…")`` of a literal count too.
    """
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.extend((node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = list(package[: len(package) - node.level + 1]) if node.level else []
            module = ".".join(base + (node.module.split(".") if node.module else []))
            found.append((node.lineno, module))
            found.extend((node.lineno, f"{module}.{alias.name}") for alias in node.names if alias.name != "*")
        elif (
            isinstance(node, ast.Call)
            and getattr(node.func, "attr", getattr(node.func, "id", "")) in ("import_module", "__import__")
            and node.args
            and isinstance(node.args[0], ast.Constant)
        ):
            found.append((node.lineno, str(node.args[0].value)))
    return [(line, name.removeprefix("place_insight.")) for line, name in found]


def is_gui_import(name: str) -> bool:
    """``qgis.gui``, any ``QtWidgets``, the plugin's GUI modules (all of ``plugin/`` but the bridge), or the algorithms."""
    parts = name.split(".")
    return (
        parts[:2] == ["qgis", "gui"]
        or "QtWidgets" in parts
        or (parts[0] == "plugin" and len(parts) > 1 and parts[1] != "bridge")
        or parts[0] == "processing_algorithms"
    )


def gui_imports_in(folder: Path, package: tuple[str, ...]) -> list[str]:
    """``file:line imports name`` for every GUI import of the modules in ``folder`` (the package ``package``)."""
    problems = []
    for path in sorted(folder.rglob("*.py")):
        inner = package + path.parent.relative_to(folder).parts
        for line, name in resolved_imports(path, inner):
            if is_gui_import(name):
                problems.append(f"{path.relative_to(folder.parent)}:{line} imports {name}")
    return problems


def test_the_bridge_imports_no_gui_and_no_algorithm():
    assert len(list(BRIDGE.rglob("*.py"))) >= 10
    modules = [name for path in BRIDGE.rglob("*.py") for _, name in resolved_imports(path, ("plugin", "bridge"))]
    assert "qgis.core" in modules and "engine.errors" in modules  # absolute and relative imports are resolved
    problems = gui_imports_in(BRIDGE, ("plugin", "bridge"))
    assert not problems, "\n".join(problems)


def test_the_gui_check_catches_an_import_planted_in_the_bridge(tmp_path):
    copy = tmp_path / "bridge"
    shutil.copytree(BRIDGE, copy, ignore=shutil.ignore_patterns("__pycache__"))
    assert gui_imports_in(copy, ("plugin", "bridge")) == []
    (copy / "planted.py").write_text(
        "from qgis.PyQt.QtCore import QVariant\n"
        "from .. import bridge\n"
        "from .i18n import tr\n"
        "\n"
        "\n"
        "def show():\n"
        "    from qgis.gui import QgsMapCanvas\n"
        "    from qgis.PyQt import QtWidgets\n"
        "    from qgis.PyQt.QtWidgets import QDockWidget\n"
        "    from ..portrait_dock import PortraitDock\n"
        "    from .. import about\n"
        "    import place_insight.plugin.style_dialog\n"
        "    from ...processing_algorithms import provider\n"
        "    return importlib.import_module('qgis.gui')\n"
    )
    (copy / "deeper").mkdir()
    (copy / "deeper" / "nested.py").write_text("from ... import area_tool\nfrom ..i18n import tr\n")
    assert gui_imports_in(copy, ("plugin", "bridge")) == [
        "bridge/deeper/nested.py:1 imports plugin.area_tool",
        "bridge/planted.py:7 imports qgis.gui",
        "bridge/planted.py:7 imports qgis.gui.QgsMapCanvas",
        "bridge/planted.py:8 imports qgis.PyQt.QtWidgets",
        "bridge/planted.py:9 imports qgis.PyQt.QtWidgets",
        "bridge/planted.py:9 imports qgis.PyQt.QtWidgets.QDockWidget",
        "bridge/planted.py:10 imports plugin.portrait_dock",
        "bridge/planted.py:10 imports plugin.portrait_dock.PortraitDock",
        "bridge/planted.py:11 imports plugin.about",
        "bridge/planted.py:12 imports plugin.style_dialog",
        "bridge/planted.py:13 imports processing_algorithms",
        "bridge/planted.py:13 imports processing_algorithms.provider",
        "bridge/planted.py:14 imports qgis.gui",
    ]


def calls_of(tree, names: set[str]):
    """The calls of a function or method named in ``names``."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
            if name in names:
                yield name, node


def test_outputs_are_styled_only_through_the_run_outputs():
    """A post-processor set on the context misses an output whose final id is known only at the end (a database
    table): algorithms style through ``Outputs.style``, the one place that sets post-processors."""
    outputs = BRIDGE / "outputs.py"
    problems = [
        f"{path.relative_to(ROOT)}:{node.lineno} {name}"
        for path in python_files()
        if path != outputs
        for name, node in calls_of(ast.parse(path.read_text(encoding="utf-8")), {"setPostProcessor"})
    ]
    assert not problems, problems


#: The bridge's layer readers: they check for cancellation and warn (features without geometry, polygons
#: repaired, a doubtful CRS) through the feedback they are given.
LAYER_READERS = {"read_layer", "read_units", "read_polygons", "read_zones", "read_network_lines", "read_file_layer"}


def test_every_layer_read_passes_the_feedback():
    """A layer read without the run's feedback loses its warnings (the catchments' base layer did)."""
    problems = [
        f"{path.relative_to(ROOT)}:{node.lineno} {name}"
        for path in python_files()
        for name, node in calls_of(ast.parse(path.read_text(encoding="utf-8")), LAYER_READERS)
        if "feedback" not in {keyword.arg for keyword in node.keywords}
    ]
    assert not problems, problems
