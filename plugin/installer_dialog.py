"""The "Install missing Python packages…" dialog: what is missing and why, pip's progress and log.

It shows an :class:`installer.Installation` (which does the work in
``QProcess``es, so QGIS stays responsive) and tells the user to restart QGIS
when it is done.
"""

from __future__ import annotations

from qgis.core import QgsApplication
from qgis.PyQt.QtGui import QTextCursor
from qgis.PyQt.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
)

from ..engine import dependencies
from ..engine.html import escape
from . import installer
from .bridge.i18n import tr


def packages_html(names: list[str]) -> str:
    """The packages to install, each with what it is for (and the version found when too old)."""
    items = []
    for problem in dependencies.problems(names) or [dependencies.Problem(name, None) for name in names]:
        state = (
            tr("version {found} is too old, {minimum} or newer is needed").format(
                found=problem.found, minimum=problem.package.minimum
            )
            if problem.too_old
            else tr("missing")
        )
        items.append(f"<li><b>{escape(problem.name)}</b> ({escape(state)}): {escape(dependencies.purpose(problem.name))}</li>")
    return "<ul>" + "".join(items) + "</ul>"


class InstallerDialog(QDialog):
    """Lists what is missing, installs it on request, shows progress and pip's log."""

    def __init__(self, parent=None, names: list[str] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Install missing Python packages"))
        self.setObjectName("PlaceInsightInstaller")
        self.names = list(names if names is not None else dependencies.to_install())
        self.installation: installer.Installation | None = None
        layout = QVBoxLayout(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.intro.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        layout.addWidget(self.intro)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 100)
        self.progress.setVisible(False)
        layout.addWidget(self.progress)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.log = QPlainTextEdit(self)
        self.log.setReadOnly(True)
        self.log.setVisible(False)
        self.log.setMinimumHeight(160)
        layout.addWidget(self.log, 1)
        self.buttons = QDialogButtonBox(self)
        self.install_button = QPushButton(tr("Install"), self)
        self.buttons.addButton(self.install_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        layout.addWidget(self.buttons)
        self.install_button.clicked.connect(self.install)
        self.close_button.clicked.connect(self.close_or_cancel)
        self.resize(560, 300)
        self.show_packages()

    def show_packages(self) -> None:
        if not self.names:
            self.intro.setText(tr("Every Python package Place Insight needs is installed."))
            self.install_button.setEnabled(False)
            return
        folder = dependencies.private_folder(QgsApplication.qgisSettingsDirPath())
        self.intro.setText(
            "<p>"
            + escape(tr("Place Insight needs these Python packages:"))
            + "</p>"
            + packages_html(self.names)
            + "<p>"
            + escape(
                tr(
                    "They are downloaded from the Python Package Index with pip and installed for QGIS only, into {folder}. "
                    "numpy and the other packages of QGIS are kept as they are."
                ).format(folder=folder)
            )
            + "</p>"
        )

    def install(self) -> None:
        """Start the installation (QGIS stays responsive: pip runs in another process)."""
        self.install_button.setEnabled(False)
        self.progress.setVisible(True)
        self.log.setVisible(True)
        self.close_button.setText(tr("Cancel"))
        self.resize(max(self.width(), 600), max(self.height(), 520))
        self.installation = installer.Installation(QgsApplication.qgisSettingsDirPath(), self.names, parent=self)
        self.installation.progress.connect(self._progress)
        self.installation.output.connect(self._output)
        self.installation.finished.connect(self._finished)
        self.installation.start()

    def _progress(self, percent: int, text: str) -> None:
        self.progress.setValue(percent)
        self.status.setText(text)

    def _output(self, text: str) -> None:
        self.log.moveCursor(QTextCursor.MoveOperation.End)
        self.log.insertPlainText(text)

    def _finished(self, outcome: installer.Outcome) -> None:
        self.progress.setValue(100)
        self.status.setText(outcome.message)
        if not self.log.toPlainText().strip() and outcome.log:
            self.log.setPlainText(outcome.log)
        self.close_button.setText(tr("Close"))
        self.install_button.setEnabled(not outcome.ok)

    @property
    def running(self) -> bool:
        return self.installation is not None and self.installation.outcome is None

    def close_or_cancel(self) -> None:
        if self.running:
            self.installation.cancel()
        else:
            self.close()

    def closeEvent(self, event):  # noqa: N802 - Qt API
        if self.running:
            self.installation.cancel()
        super().closeEvent(event)
