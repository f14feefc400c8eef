"""Processes that share the work: the pools of large matrices and the session's helper process."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import numpy as np
from child_processes import ends_within, running

from place_insight.engine import parallel


def run_script(root, body: str, path=None) -> subprocess.CompletedProcess:
    """Python running ``body`` after importing the package as QGIS names it (from a file when ``path`` is given)."""
    script = (
        f"""
import os, sys
sys.path.insert(0, {str(root / "tests")!r})
from conftest import register_package
register_package()
from place_insight.engine import parallel
parallel.default_workers = lambda: 2  # as on a machine with an idle core
"""
        + body
    )
    if path is None:
        return subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=180)
    path.write_text(script)
    return subprocess.run([sys.executable, str(path)], capture_output=True, text=True, timeout=180)


def test_the_helper_process_ends_when_the_process_that_started_it_is_killed(root):
    done = run_script(
        root,
        """
pool = parallel.helper(wait=120)
print(*pool._processes, flush=True)
os.kill(os.getpid(), 9)
""",
    )
    assert done.returncode == -9, done.stderr
    pids = [int(p) for p in done.stdout.split()]
    assert len(pids) == 1
    assert ends_within(pids[0], 15), f"helper {pids[0]} still running: {running(pids[0])}"


def test_a_script_without_a_main_guard_does_not_run_again_in_the_processes(root, tmp_path):
    """Spawned processes import the main module of the one that started them; ours must not run its work again."""
    ran = tmp_path / "ran.txt"
    done = run_script(
        root,
        f"""
import operator
with open({str(ran)!r}, "a") as log:
    log.write("ran\\n")
print(parallel.helper(wait=120) is not None)
print(parallel.map_chunks(operator.add, [(2,), (3,)], shared=1, workers=2))
""",
        path=tmp_path / "unguarded_script.py",
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.split("\n")[:2] == ["True", "[3, 4]"]
    assert ran.read_text() == "ran\n"


def test_arrays_pass_through_a_file_that_the_reader_removes():
    arrays = {
        "bounds": np.array([0, 2, 5], dtype=np.int64),
        "nodes": np.arange(5, dtype=np.int32),
        "seconds": np.linspace(0, 1, 12).reshape(6, 2),
        "none": np.zeros(0),
    }
    handle = parallel.array_file(arrays)
    kept = handle.read()
    taken = handle.take()
    for back in (kept, taken):
        assert list(back) == list(arrays)
        for name, array in arrays.items():
            assert back[name].dtype == array.dtype and back[name].shape == array.shape
            np.testing.assert_array_equal(back[name], array)
    taken["nodes"][0] = 7  # writable
    assert not os.path.exists(handle.path)
    handle.remove()  # twice is harmless


def test_the_processes_run_the_python_of_this_installation(monkeypatch, tmp_path):
    """In qgis_process, ``sys.executable`` can be the first ``python3`` on the PATH (pyenv, conda): not that one."""
    own = sys.executable
    assert parallel.python_executable() == own
    stranger = tmp_path / "pyenv" / "shims" / "python3"
    stranger.parent.mkdir(parents=True)
    stranger.write_text("")
    monkeypatch.setattr(sys, "executable", str(stranger))
    chosen = Path(parallel.python_executable())
    assert chosen != stranger and chosen.exists()
    assert chosen.parent in (Path(sys.exec_prefix) / "bin", Path(sys.base_exec_prefix) / "bin")


def installation_without_python(monkeypatch, tmp_path, executable: str) -> None:
    """This process seen as a program ``executable`` of an installation (``tmp_path``) that has no Python."""
    program = tmp_path / "bin" / Path(executable).name
    program.parent.mkdir(parents=True, exist_ok=True)
    program.write_text("")
    monkeypatch.setattr(sys, "executable", str(program))
    monkeypatch.setattr(sys, "exec_prefix", str(tmp_path))
    monkeypatch.setattr(sys, "base_exec_prefix", str(tmp_path))


def test_without_an_interpreter_of_the_installation_the_work_stays_in_this_process(monkeypatch, tmp_path):
    """QGIS 4 on macOS, say: ``sys.executable`` is QGIS and no Python lies beside it. Neither QGIS itself nor a
    ``python3`` from the PATH is started: the chunks run here, and no helper process starts."""
    installation_without_python(monkeypatch, tmp_path, "qgis")
    assert parallel.python_executable() is None
    started = []
    monkeypatch.setattr(parallel, "_spawned_pool", lambda *a, **k: started.append(a) or (_ for _ in ()).throw(AssertionError))
    pid = os.getpid()
    results = parallel.map_chunks(lambda shared, x: (shared + x, os.getpid()), [(1,), (2,), (3,)], shared=10, workers=3)
    assert results == [(11, pid), (12, pid), (13, pid)]
    assert started == []

    monkeypatch.undo()
    installation_without_python(monkeypatch, tmp_path, "qgis")
    monkeypatch.setattr(parallel, "default_workers", lambda: 2)
    parallel.stop_helper()
    import multiprocessing

    before = {child.pid for child in multiprocessing.active_children()}  # an earlier test's pool may still be ending
    try:
        assert parallel.helper(wait=5) is None
        assert parallel.helper(wait=5) is None  # asked again: still none, and no error
        assert {child.pid for child in multiprocessing.active_children()} <= before
    finally:
        parallel.stop_helper()


def test_on_windows_the_processes_run_pythonw_so_that_no_console_opens(monkeypatch, tmp_path):
    for name in ("python.exe", "pythonw.exe", "qgis-bin.exe"):
        (tmp_path / name).write_text("")
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr(sys, "exec_prefix", str(tmp_path))
    monkeypatch.setattr(sys, "base_exec_prefix", str(tmp_path))
    for executable in ("qgis-bin.exe", "python.exe"):  # inside QGIS, and from the OSGeo4W shell
        monkeypatch.setattr(sys, "executable", str(tmp_path / executable))
        assert parallel.python_executable() == str(tmp_path / "pythonw.exe")
        assert parallel.python_executable(windowless=False) == str(tmp_path / "python.exe")
    (tmp_path / "pythonw.exe").unlink()
    assert parallel.python_executable() == str(tmp_path / "python.exe")


def test_the_shared_data_may_be_made_of_the_package_s_own_classes(root):
    """The pool's processes import the package before they read the shared data (no pickling of our own)."""
    done = run_script(
        root,
        """
shared = parallel.ArrayFile("nowhere", (("a", "<f8", (2,), 0),))
print(parallel.map_chunks(getattr, [("path",), ("layout",)], shared=shared, workers=2))
""",
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "['nowhere', (('a', '<f8', (2,), 0),)]"
