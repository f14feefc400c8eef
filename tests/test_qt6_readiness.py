"""Ready for QGIS 4 (Qt 6) as far as QGIS 3 can tell, and still loading on QGIS 3.22.

QGIS's migration script (scripts/pyqt5_to_pyqt6/pyqt5_to_pyqt6.py in
qgis/QGIS) rewrites a plugin for Qt 6: Qt enums used without their scope
(``Qt.AlignLeft`` → ``Qt.AlignmentFlag.AlignLeft``, found by introspecting
PyQt6), ``exec_`` → ``exec``, ``qApp``, ``QVariant()``, and it warns about
what Qt 6 removed (``QRegExp``, ``QDesktopWidget``, ``QFontMetrics.width``,
``activated[str]``, compiled resources). These tests apply the same checks
to the plugin's code, with PyQt6 introspected in a subprocess (its classes
must not meet PyQt5's in one process), and flag QGIS enums used without
their scope, introspected in this QGIS. Every scoped name the code uses
must also resolve here, on QGIS 3, so that the plugin still loads.
"""

from __future__ import annotations

import ast
import enum
import importlib
import importlib.util
import inspect
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CODE = [ROOT / "__init__.py"] + sorted(p for folder in ("plugin", "processing_algorithms") for p in (ROOT / folder).rglob("*.py"))
QT_MODULES = ("QtCore", "QtGui", "QtWidgets", "QtSvg", "QtPrintSupport", "QtNetwork", "QtXml")
REMOVED = {
    "QRegExp": "QRegExp is removed in Qt 6: use QRegularExpression",
    "QDesktopWidget": "QDesktopWidget is removed in Qt 6: use QScreen",
    "qApp": "qApp is removed in Qt 6: use QApplication.instance()",
    "resources_rc": "compiled resources are removed in Qt 6: load files by path",
}

INTROSPECT_PYQT6 = """
import enum, inspect, json
from PyQt6 import {modules}
members, scoped = {{}}, set()
for module in ({modules}):
    for cls in vars(module).values():
        if not inspect.isclass(cls):
            continue
        for base in cls.__mro__:
            for name, value in vars(base).items():
                if inspect.isclass(value) and issubclass(value, enum.Enum):
                    for member in value.__members__:
                        members.setdefault(cls.__name__ + ":" + member, []).append(name)
                        scoped.add(cls.__name__ + "." + name + "." + member)
print(json.dumps({{"members": members, "scoped": sorted(scoped)}}))
"""


@pytest.fixture(scope="module")
def pyqt6() -> dict:
    """The enums of PyQt6's classes: ``members`` ("Class:member" → its enums) and every ``scoped`` name."""
    if importlib.util.find_spec("PyQt6") is None:  # (never imported here: PyQt5 is)
        message = "PyQt6 is a development requirement (requirements-dev.txt): make setup installs it"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(message)
        pytest.skip(message)
    script = INTROSPECT_PYQT6.format(modules=", ".join(QT_MODULES))
    completed = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=300)
    assert completed.returncode == 0, completed.stderr[-3000:]
    return json.loads(completed.stdout)


def enum_types(owner) -> list:
    """The enum types defined in a class: Python enums, and sip's (QGIS 3 with PyQt5)."""
    return [
        value
        for value in vars(owner).values()
        if inspect.isclass(value) and (issubclass(value, enum.Enum) or type(value).__name__ == "enumtype")
    ]


def qgis_enum_members(names: set[str]) -> dict[str, str]:
    """For the QGIS classes ``names``: "Class:member" → the enum it belongs to, for members reachable unscoped."""
    import qgis.core
    import qgis.gui

    found = {}
    for name in names:
        cls = getattr(qgis.core, name, None) or getattr(qgis.gui, name, None)
        if not inspect.isclass(cls):
            continue
        for base in cls.__mro__:
            for kind in enum_types(base):
                for member, value in vars(base).items():
                    if isinstance(value, kind) and not inspect.isclass(value):
                        found.setdefault(f"{name}:{member}", kind.__name__)
    return found


def qt_imports(tree: ast.AST) -> dict[str, str]:
    """Names the file imports from qgis.* (Qt through qgis.PyQt, and QGIS): name → module."""
    names = {}
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.level == 0 and (node.module or "").startswith("qgis"):
            for alias in node.names:
                names[alias.asname or alias.name] = node.module
    return names


def attribute_chains(tree: ast.AST):
    """Every outermost ``Name.a[.b…]`` of a file as (line, [Name, a, b…])."""
    inner = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Attribute):
            inner.add(id(node.value))
    for node in ast.walk(tree):
        if isinstance(node, ast.Attribute) and id(node) not in inner:
            parts, current = [], node
            while isinstance(current, ast.Attribute):
                parts.insert(0, current.attr)
                current = current.value
            if isinstance(current, ast.Name):
                yield node.lineno, [current.id, *parts]


def parsed():
    for path in CODE:
        yield path.relative_to(ROOT), ast.parse(path.read_text(encoding="utf-8"), filename=str(path))


def test_no_qt_enum_is_used_without_its_scope(pyqt6):
    """What the migration script would rewrite: ``Qt.AlignLeft`` must be ``Qt.AlignmentFlag.AlignLeft``."""
    problems = []
    for path, tree in parsed():
        imported = qt_imports(tree)
        for line, chain in attribute_chains(tree):
            if chain[0] in imported and len(chain) >= 2 and f"{chain[0]}:{chain[1]}" in pyqt6["members"]:
                enums = "/".join(pyqt6["members"][f"{chain[0]}:{chain[1]}"])
                problems.append(f"{path}:{line} {chain[0]}.{chain[1]} → {chain[0]}.{enums}.{chain[1]}")
    assert not problems, "\n".join(problems)


def test_the_scoped_qt_enums_exist_in_qt6(pyqt6):
    scoped = set(pyqt6["scoped"])
    problems = []
    for path, tree in parsed():
        imported = qt_imports(tree)
        for line, chain in attribute_chains(tree):
            module = imported.get(chain[0], "")
            if module.startswith("qgis.PyQt") and len(chain) >= 3 and chain[1][:1].isupper() and chain[2][:1].isupper():
                name = ".".join(chain[:3])
                if name not in scoped and f"{chain[0]}:{chain[1]}" not in pyqt6["members"]:
                    problems.append(f"{path}:{line} {name} does not exist in PyQt6")
    assert not problems, "\n".join(problems)


def test_no_qgis_enum_is_used_without_its_scope():
    problems = []
    for path, tree in parsed():
        imported = qt_imports(tree)
        qgis_names = {name for name, module in imported.items() if module in ("qgis.core", "qgis.gui")}
        members = qgis_enum_members(qgis_names)
        for line, chain in attribute_chains(tree):
            if len(chain) >= 2 and f"{chain[0]}:{chain[1]}" in members:
                problems.append(
                    f"{path}:{line} {chain[0]}.{chain[1]} → {chain[0]}.{members[chain[0] + ':' + chain[1]]}.{chain[1]}"
                )
    assert not problems, "\n".join(problems)


def test_every_scoped_name_resolves_on_this_qgis():
    """The plugin still loads on QGIS 3: each ``Class.Enum.member`` it names exists in this QGIS's bindings."""
    problems = []
    for path, tree in parsed():
        imported = qt_imports(tree)
        for line, chain in attribute_chains(tree):
            if chain[0] not in imported or len(chain) < 3 or not (chain[1][:1].isupper() and chain[2][:1].isupper()):
                continue
            value = getattr(importlib.import_module(imported[chain[0]]), chain[0], None)
            for part in chain[1:3]:
                value = getattr(value, part, None)
            if value is None:
                problems.append(f"{path}:{line} {'.'.join(chain[:3])} does not exist in this QGIS")
    assert not problems, "\n".join(problems)


def removed_call(node: ast.Call) -> str | None:
    """What Qt 6 removed in a call: QVariant(), QApplication.desktop(), addAction(icon, text, receiver, slot)."""
    func = node.func
    if isinstance(func, ast.Name) and func.id == "QVariant" and not node.args:
        return "QVariant() is NULL in QGIS 4"
    if isinstance(func, ast.Attribute) and func.attr == "desktop" and not node.args:
        return "QApplication.desktop() is removed in Qt 6"
    if isinstance(func, ast.Attribute) and func.attr == "addAction" and len(node.args) >= 4:
        return "addAction with 4 arguments breaks in Qt 6: make the QAction first"
    return None


def removed_attribute(node: ast.Attribute) -> str | None:
    """What Qt 6 renamed or removed in an attribute: exec_, QFontMetrics.width()."""
    if node.attr == "exec_":
        return "exec_ is exec in Qt 6"
    if node.attr == "width" and isinstance(node.value, ast.Call):
        func = node.value.func
        if getattr(func, "attr", None) == "fontMetrics" or getattr(func, "id", None) in ("QFontMetrics", "QFontMetricsF"):
            return "QFontMetrics.width() is removed in Qt 6: horizontalAdvance()"
    return None


def qt6_removals(path, tree) -> list[str]:
    """The migration script's renames and warnings: exec_, removed classes, QVariant(), QFontMetrics.width, …"""
    problems = []
    for node in ast.walk(tree):
        where = f"{path}:{getattr(node, 'lineno', 0)}"
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            found = [REMOVED[a.name.split(".")[-1]] for a in node.names if a.name.split(".")[-1] in REMOVED]
        elif isinstance(node, ast.Name) and node.id in ("QRegExp", "QDesktopWidget", "qApp"):
            found = [REMOVED[node.id]]
        elif isinstance(node, ast.FunctionDef) and node.name == "exec_":
            found = ["exec_ is exec in Qt 6"]
        elif isinstance(node, ast.Subscript) and getattr(node.value, "attr", None) == "activated":
            found = ["activated[str] is removed in Qt 6"]
        elif isinstance(node, ast.Call):
            found = [removed_call(node)]
        elif isinstance(node, ast.Attribute):
            found = [removed_attribute(node)]
        else:
            found = []
        problems += [f"{where} {problem}" for problem in found if problem]
    return problems


def test_nothing_that_qt6_removed_or_renamed():
    problems = [problem for path, tree in parsed() for problem in qt6_removals(path, tree)]
    assert not problems, "\n".join(problems)


def test_the_checks_catch_what_the_migration_script_rewrites(pyqt6, tmp_path):
    planted = ast.parse(
        "from qgis.PyQt.QtCore import Qt, QRegExp\n"
        "from qgis.PyQt.QtWidgets import QDialog, QApplication\n"
        "from qgis.core import QgsWkbTypes\n"
        "def f(dialog):\n"
        "    dialog.exec_()\n"
        "    QApplication.desktop()\n"
        "    return Qt.AlignLeft, QgsWkbTypes.PolygonGeometry, Qt.AlignmentFlag.AlignLeft\n"
    )
    assert ("Qt:AlignLeft" in pyqt6["members"]) and "Qt.AlignmentFlag.AlignLeft" in pyqt6["scoped"]
    chains = [chain for _, chain in attribute_chains(planted)]
    assert ["Qt", "AlignLeft"] in chains and ["Qt", "AlignmentFlag", "AlignLeft"] in chains
    assert qgis_enum_members({"QgsWkbTypes"}).get("QgsWkbTypes:PolygonGeometry") == "GeometryType"
    found = qt6_removals(Path("planted.py"), planted)
    assert len(found) == 3 and any("exec_" in p for p in found) and any("QRegExp" in p for p in found)
