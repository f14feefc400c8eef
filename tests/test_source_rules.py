"""Rules of the source code that keep translations and QGIS 4 working."""

from __future__ import annotations

import ast
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
