"""The code passes ruff's linter and formatter, and the engine mypy, with the project's settings (pyproject.toml)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def ruff(*arguments: str) -> subprocess.CompletedProcess:
    try:
        import ruff  # noqa: F401
    except ImportError:
        if shutil.which("ruff") is None:
            pytest.skip("ruff is not installed (make setup installs it)")
    return subprocess.run([sys.executable, "-m", "ruff", *arguments, str(ROOT)], capture_output=True, text=True, cwd=ROOT)


def test_ruff_finds_nothing():
    completed = ruff("check", "--output-format", "concise")
    assert completed.returncode == 0, completed.stdout + completed.stderr


def test_code_is_formatted_by_ruff_format():
    completed = ruff("format", "--check")
    assert completed.returncode == 0, "run 'ruff format .':\n" + completed.stdout + completed.stderr


def test_the_engine_passes_the_type_checker():
    pytest.importorskip("mypy", reason="mypy is not installed (make setup installs it)")
    completed = subprocess.run([sys.executable, "-m", "mypy"], capture_output=True, text=True, cwd=ROOT)
    assert completed.returncode == 0, completed.stdout + completed.stderr
