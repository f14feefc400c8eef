"""Install missing Python packages for QGIS's own Python, into a folder of the QGIS profile.

This is the installer's core, without any window (``installer_dialog.py`` shows
it): it runs in QGIS, in ``qgis_process`` or headless in tests.

How (and why not ``pip install --user`` or ``--target``):

- pip runs with the interpreter of QGIS's installation
  (:func:`engine.parallel.python_executable`), never the QGIS binary nor a
  ``python3`` from the PATH.
- ``pip install --user`` is refused where the system's Python is externally
  managed (PEP 668, Debian 12 and 13), and ``--target`` ignores what is
  installed: it would install a second numpy next to QGIS's, which breaks
  QGIS's GDAL bindings. Instead pip runs in a throw-away virtual environment
  made with ``python -m venv`` from QGIS's interpreter (``--without-pip``
  where QGIS's Python has pip; else the environment gets pip from
  ``ensurepip``, and that pip is not kept), whose
  ``PYTHONPATH`` holds every folder of QGIS's ``sys.path``: pip sees what
  QGIS has installed, installs only what is missing, never uninstalls
  anything outside that environment, and PEP 668 does not apply inside a
  virtual environment. A constraints file holds numpy, and every other
  package QGIS's Python has, at its installed version, so that pip resolves
  the new packages around them rather than replace them.
- The packages land in the environment's ``site-packages`` in a staging
  folder beside the private folder; only when pip succeeded are they moved
  into the private folder (:func:`engine.dependencies.private_folder`), so a
  failed install (no network, an index that refuses) leaves nothing half
  installed. A lock (``QLockFile``) keeps a second QGIS from installing at
  the same time.
"""

from __future__ import annotations

import importlib.metadata
import os
import re
import shutil
import sys
import sysconfig
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from qgis.PyQt.QtCore import QEventLoop, QLockFile, QObject, QProcess, QProcessEnvironment, pyqtSignal

from ..engine import dependencies
from ..engine.parallel import python_executable
from .bridge.i18n import tr

LOCK_NAME = "install.lock"


@dataclass
class Outcome:
    """What an installation did: ``ok``, a message for the user, the distributions installed, pip's log."""

    ok: bool
    message: str
    installed: list[str] = field(default_factory=list)
    log: str = ""


# -- what pip is asked ---------------------------------------------------------------------------
def requirements(names: list[str]) -> list[str]:
    """pip's requirement for each package (``pandas>=1.5``)."""
    return [dependencies.PACKAGES[name].requirement if name in dependencies.PACKAGES else name for name in names]


def environment_paths(exclude: tuple[str, ...] = ()) -> list[str]:
    """The folders of this process's ``sys.path`` that hold packages (not the standard library), in order."""
    stdlib = {
        os.path.normcase(os.path.realpath(p)) for p in (sysconfig.get_path("stdlib"), sysconfig.get_path("platstdlib")) if p
    }
    excluded = {os.path.normcase(os.path.realpath(p)) for p in exclude}
    found = []
    for entry in sys.path:
        if not entry or not os.path.isdir(entry):
            continue
        real = os.path.normcase(os.path.realpath(entry))
        inside_stdlib = any(real == s or (real.startswith(s + os.sep) and "-packages" not in real) for s in stdlib)
        if inside_stdlib or real in excluded or real in found:
            continue
        found.append(real)
    return found


def constraints(requested: list[str], private: Path) -> list[str]:
    """``name==version`` for every distribution QGIS's Python has installed, first on ``sys.path`` wins, except
    the ``requested`` packages (pip may install a newer one) and those of the private folder (the installer's
    own, which it may upgrade)."""
    skip = {_normalise(dependencies.PACKAGES[n].distribution if n in dependencies.PACKAGES else n) for n in requested}
    private = os.path.normcase(os.path.realpath(private))
    pins: dict[str, str] = {}
    for distribution in importlib.metadata.distributions():
        name = distribution.metadata["Name"]
        version = distribution.version
        if not name or not version or not re.match(r"^[0-9][0-9A-Za-z.+!_-]*$", version):
            continue
        key = _normalise(name)
        location = os.path.normcase(os.path.realpath(str(getattr(distribution, "_path", ""))))
        if key in pins or key in skip:
            continue
        if location.startswith(private + os.sep):
            skip.add(key)
            continue
        pins[key] = f"{name}=={version}"
    return sorted(pins.values(), key=str.lower)


def _normalise(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _has_pip() -> bool:
    import importlib.util

    try:
        return importlib.util.find_spec("pip") is not None
    except (ImportError, ValueError):
        return False


def pip_arguments(requirement_list: list[str], constraints_file: Path, log_file: Path | None = None) -> list[str]:
    """``-m pip install …`` for the environment's interpreter; ``log_file`` gets pip's detailed log (where it
    says why an index answered nothing, e.g. HTTP 403, which its normal output does not)."""
    return [
        "-m",
        "pip",
        "install",
        *(["--log", str(log_file)] if log_file is not None else []),
        "--no-input",
        "--disable-pip-version-check",
        "--no-warn-script-location",
        "--progress-bar",
        "off",
        "--constraint",
        str(constraints_file),
        *requirement_list,
    ]


# -- what pip answered ---------------------------------------------------------------------------
NETWORK_SIGNS = (
    "NewConnectionError",
    "Failed to establish a new connection",
    "Temporary failure in name resolution",
    "Name or service not known",
    "nodename nor servname",
    "getaddrinfo failed",
    "ConnectTimeoutError",
    "Read timed out",
    "Network is unreachable",
    "Connection refused",
)
REFUSED_SIGNS = ("403 Client Error", "HTTP error 403", "403 Forbidden", "401 Client Error", "HTTP error 401")


def installed_distributions(log: str) -> list[str]:
    """The ``name-version`` pip lists after "Successfully installed"."""
    match = re.search(r"^Successfully installed (.+)$", log, flags=re.MULTILINE)
    return match.group(1).split() if match else []


def outcome_of(exit_code: int, log: str, folder: Path, details: str = "") -> Outcome:
    """What pip's exit code and output (``log``, and its detailed log ``details``) mean for the user."""
    signs = log + details
    if exit_code == 0:
        installed = installed_distributions(log)
        return Outcome(True, "", installed, log)
    if "No module named pip" in signs:
        message = tr(
            "QGIS's Python has no pip to install packages with. On Debian or Ubuntu install the system package "
            "python3-pip; on Windows run the OSGeo4W installer again and choose python3-pip."
        )
    elif any(sign in signs for sign in REFUSED_SIGNS):
        message = tr(
            "The package index refused the download (HTTP 403 or 401). A proxy or your organisation's package "
            "mirror may need settings for pip (pip.ini or pip.conf): ask your IT team. Nothing was installed."
        )
    elif any(sign in signs for sign in NETWORK_SIGNS):
        message = tr(
            "The package index could not be reached: check the internet connection (or the proxy settings for "
            "pip) and try again. Nothing was installed."
        )
    elif "ResolutionImpossible" in signs or "conflicting dependencies" in signs:
        message = tr(
            "pip found no versions of the packages that work with the numpy and other packages QGIS has. "
            "Nothing was installed; see the log below."
        )
    elif "No matching distribution found" in signs:
        message = tr(
            "The package index has no version of the packages for this Python. Nothing was installed; see the log below."
        )
    else:
        message = tr("pip failed (exit code {code}). Nothing was installed into {folder}; see the log below.").format(
            code=exit_code, folder=folder
        )
    return Outcome(False, message, [], log)


# -- the folder ----------------------------------------------------------------------------------
def writable_problem(folder: Path) -> str | None:
    """Why packages cannot be written beside ``folder`` (its parent is made when missing), or None."""
    parent = folder.parent
    try:
        parent.mkdir(parents=True, exist_ok=True)
        probe = tempfile.mkdtemp(prefix=".probe-", dir=parent)
        os.rmdir(probe)
    except OSError as error:
        return tr(
            "Place Insight installs Python packages into {folder}, in your QGIS profile, but it cannot write "
            "there ({error}). Ask your IT team to make the profile folder writable, or to install the "
            "packages for QGIS's Python."
        ).format(folder=parent, error=error.strerror or error)
    return None


def site_packages(environment: Path) -> Path | None:
    """The ``site-packages`` folder of a virtual environment."""
    found = sorted(environment.glob("lib/python*/site-packages")) + sorted(environment.glob("Lib/site-packages"))
    return found[0] if found else None


def environment_python(environment: Path) -> Path:
    windows = environment / "Scripts" / "python.exe"
    return windows if windows.is_file() else environment / "bin" / "python"


def _record_entries(dist_info: Path) -> set[str]:
    """The top-level names a distribution installed (from its RECORD), its dist-info included."""
    entries = {dist_info.name}
    record = dist_info / "RECORD"
    if record.is_file():
        for line in record.read_text(encoding="utf-8", errors="replace").splitlines():
            path = line.split(",", 1)[0].strip().replace("\\", "/")
            top = path.split("/", 1)[0]
            if top and top != ".." and not path.startswith("../"):
                entries.add(top)
    return entries


def _project(dist_info: Path) -> str:
    return _normalise(dist_info.name[: -len(".dist-info")].rsplit("-", 1)[0])


def move_into_place(new_site: Path, folder: Path) -> None:
    """Make ``folder`` hold what ``new_site`` holds, plus what it held of other distributions.

    The old folder's entries that belong to none of the distributions just
    installed are moved into ``new_site``, which then takes the folder's place
    by renames (the old one is removed).
    """
    for cache in new_site.glob("__pycache__"):
        shutil.rmtree(cache, ignore_errors=True)
    if folder.is_dir():
        replaced = {_project(d) for d in new_site.glob("*.dist-info")}
        old_entries = set()
        for dist_info in folder.glob("*.dist-info"):
            if _project(dist_info) in replaced:
                old_entries |= _record_entries(dist_info)
        for entry in folder.iterdir():
            if entry.name in old_entries or entry.name == "__pycache__" or (new_site / entry.name).exists():
                continue
            entry.rename(new_site / entry.name)
        retired = Path(tempfile.mkdtemp(prefix=".old-", dir=folder.parent))
        folder.rename(retired / folder.name)
        new_site.rename(folder)
        shutil.rmtree(retired, ignore_errors=True)
    else:
        new_site.rename(folder)


# -- the lock ---------------------------------------------------------------------------------
class InstallLock:
    """Held while one QGIS installs into a profile's folder: a second one is told to wait. A lock left by a
    QGIS that ended (crashed) is taken over."""

    def __init__(self, folder: Path) -> None:
        self.path = folder.parent / LOCK_NAME
        self._lock = QLockFile(str(self.path))
        self._lock.setStaleLockTime(0)  # an install takes minutes: a lock is stale only when its process ended

    def acquire(self) -> bool:
        return self._lock.tryLock(0)

    def release(self) -> None:
        if self._lock.isLocked():
            self._lock.unlock()


# -- the installation ---------------------------------------------------------------------------
class Installation(QObject):
    """Installs ``names`` (by default :func:`engine.dependencies.to_install`) into the private folder of
    ``profile``; asynchronous (two ``QProcess`` steps: the environment, then pip), :meth:`wait` for headless use.

    Signals: ``progress(percent, text)``, ``output(text)`` (pip's log as it comes), ``finished(Outcome)``.
    """

    progress = pyqtSignal(int, str)
    output = pyqtSignal(str)
    finished = pyqtSignal(object)

    def __init__(self, profile: str | Path, names: list[str] | None = None, *, python: str | None = None, parent=None):
        super().__init__(parent)
        self.folder = dependencies.private_folder(profile)
        self.names = list(names if names is not None else dependencies.to_install())
        self.python = python if python is not None else python_executable(windowless=False)
        self.outcome: Outcome | None = None
        self._log: list[str] = []
        self._process: QProcess | None = None
        self._staging: Path | None = None
        self._lock: InstallLock | None = None
        self._step = ""
        self._collected = 0
        self._before: set[str] = set()
        self._constraints: Path | None = None

    @property
    def log(self) -> str:
        return "".join(self._log)

    def start(self) -> None:
        """Check, lock, and start making the environment (the rest follows from the processes' signals)."""
        if not self.names:
            self._finish(Outcome(True, tr("Every package Place Insight needs is installed.")))
            return
        if self.python is None:
            self._finish(
                Outcome(
                    False,
                    tr(
                        "The Python interpreter of this QGIS installation was not found, so packages cannot be "
                        "installed from QGIS. Install {packages} for QGIS's Python as the README explains."
                    ).format(packages=", ".join(self.names)),
                )
            )
            return
        problem = writable_problem(self.folder)
        if problem:
            self._finish(Outcome(False, problem))
            return
        self._lock = InstallLock(self.folder)
        if not self._lock.acquire():
            self._lock = None
            self._finish(
                Outcome(
                    False,
                    tr(
                        "Another QGIS is installing packages into this profile right now. Wait until it has "
                        "finished, then restart QGIS."
                    ),
                )
            )
            return
        try:
            self._staging = Path(tempfile.mkdtemp(prefix=".staging-", dir=self.folder.parent))
            constraints_file = self._staging / "constraints.txt"
            constraints_file.write_text("\n".join(constraints(self.names, self.folder)) + "\n", encoding="utf-8")
        except OSError as error:
            self._finish(Outcome(False, writable_problem(self.folder) or str(error)))
            return
        self._constraints = constraints_file
        self.progress.emit(5, tr("Preparing pip…"))
        # pip from QGIS's Python when it has one; else the environment gets its own (ensurepip)
        own_pip = ["--without-pip"] if _has_pip() else []
        self._run("environment", self.python, ["-m", "venv", *own_pip, str(self._staging / "env")])

    def cancel(self) -> None:
        if self._process is not None and self._process.state() != QProcess.ProcessState.NotRunning:
            self._step = "cancelled"
            self._process.kill()

    def wait(self, timeout_s: float | None = None) -> Outcome:
        """Run until finished (headless: a local event loop); returns the :class:`Outcome`."""
        if self.outcome is None:
            loop = QEventLoop()
            self.finished.connect(loop.quit)
            if self._process is None and self.outcome is None:
                self.start()
            if self.outcome is None:
                if timeout_s is not None:
                    from qgis.PyQt.QtCore import QTimer

                    QTimer.singleShot(int(timeout_s * 1000), self.cancel)
                loop.exec()
        return self.outcome

    # -- steps -------------------------------------------------------------------------------
    def _environment(self) -> QProcessEnvironment:
        environment = QProcessEnvironment.systemEnvironment()
        paths = ([str(self.folder)] if self.folder.is_dir() else []) + environment_paths(exclude=(str(self.folder),))
        environment.insert("PYTHONPATH", os.pathsep.join(paths))
        return environment

    def _run(self, step: str, program: str, arguments: list[str]) -> None:
        self._step = step
        process = QProcess(self)
        process.setProcessEnvironment(self._environment())
        process.setProcessChannelMode(QProcess.ProcessChannelMode.MergedChannels)
        process.readyReadStandardOutput.connect(self._read)
        process.finished.connect(self._step_finished)
        process.errorOccurred.connect(self._failed_to_start)
        self._process = process
        command = f"$ {program} {' '.join(arguments)}\n"
        self._log.append(command)
        self.output.emit(command)
        process.start(program, arguments)

    def _read(self) -> None:
        text = bytes(self._process.readAllStandardOutput()).decode("utf-8", errors="replace")
        self._log.append(text)
        self.output.emit(text)
        for line in text.splitlines():
            if line.startswith(("Collecting ", "Downloading ", "Using cached ")):
                self._collected += 1
                self.progress.emit(min(75, 10 + 5 * self._collected), line.strip())
            elif line.startswith("Installing collected packages"):
                self.progress.emit(80, tr("Installing…"))

    def _failed_to_start(self, error) -> None:
        if error == QProcess.ProcessError.FailedToStart:
            self._finish(
                Outcome(
                    False,
                    tr("{program} could not be started: packages cannot be installed from QGIS.").format(
                        program=self._process.program()
                    ),
                    log=self.log,
                )
            )

    def _step_finished(self, exit_code: int, status=None) -> None:
        if self.outcome is not None:
            return
        if status == QProcess.ExitStatus.CrashExit and exit_code == 0:
            exit_code = -1
        self._read()
        if self._step == "cancelled":
            self._finish(Outcome(False, tr("Cancelled: nothing was installed."), log=self.log))
        elif self._step == "environment":
            if exit_code != 0:
                self._finish(Outcome(False, outcome_of(exit_code, self.log, self.folder).message, log=self.log))
                return
            self.progress.emit(10, tr("Downloading…"))
            site = site_packages(self._staging / "env")
            self._before = {entry.name for entry in site.iterdir()} if site is not None else set()
            python = environment_python(self._staging / "env")
            arguments = pip_arguments(requirements(self.names), self._constraints, self._staging / "pip.log")
            self._run("pip", str(python), arguments)
        elif self._step == "pip":
            details = self._staging / "pip.log"
            detailed = details.read_text(encoding="utf-8", errors="replace") if details.is_file() else ""
            outcome = outcome_of(exit_code, self.log, self.folder, detailed)
            if outcome.ok:
                outcome = self._move(outcome)
            self._finish(outcome)

    def _move(self, outcome: Outcome) -> Outcome:
        self.progress.emit(90, tr("Moving the packages into place…"))
        new_site = site_packages(self._staging / "env")
        try:
            if new_site is None:
                raise OSError(tr("pip left no site-packages folder"))
            for name in self._before:  # the environment's own pip, not for the private folder
                entry = new_site / name
                if entry.is_dir():
                    shutil.rmtree(entry)
                else:
                    entry.unlink()
            move_into_place(new_site, self.folder)
        except OSError as error:
            return Outcome(
                False,
                tr("The packages could not be moved into {folder} ({error}). Restart QGIS and try again.").format(
                    folder=self.folder, error=error
                ),
                log=outcome.log,
            )
        dependencies.activate(self.folder)
        names = ", ".join(outcome.installed) or ", ".join(self.names)
        return Outcome(
            True,
            tr("Installed {packages} into {folder}. Restart QGIS to use them.").format(packages=names, folder=self.folder),
            outcome.installed,
            outcome.log,
        )

    def _finish(self, outcome: Outcome) -> None:
        if self.outcome is not None:
            return
        if outcome.log == "" and self._log:
            outcome.log = self.log
        self.outcome = outcome
        if self._staging is not None:
            shutil.rmtree(self._staging, ignore_errors=True)
        if self._lock is not None:
            self._lock.release()
        self.progress.emit(100, outcome.message)
        self.finished.emit(outcome)


def install(profile: str | Path, names: list[str] | None = None, *, timeout_s: float | None = None) -> Outcome:
    """Install ``names`` (default: what is missing) into ``profile``'s private folder and wait (headless)."""
    return Installation(profile, names).wait(timeout_s)
