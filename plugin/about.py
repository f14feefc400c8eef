"""The About dialog and the plugin's metadata."""

from __future__ import annotations

import configparser
from pathlib import Path

from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtGui import QIcon
from qgis.PyQt.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout

from ..engine.html import escape
from ..engine.i18n import label_value
from .bridge.i18n import tr

ROOT = Path(__file__).resolve().parent.parent
ICON = ROOT / "resources" / "icons" / "place_insight.svg"


def metadata() -> dict[str, str]:
    """The ``[general]`` section of metadata.txt."""
    parser = configparser.ConfigParser(interpolation=None)
    parser.read(ROOT / "metadata.txt", encoding="utf-8")
    return dict(parser["general"]) if parser.has_section("general") else {}


def about_html() -> str:
    """The text of the About dialog, in the user's language."""
    meta = metadata()
    purpose = tr(
        "Customer insight for councils, police, health and fire services: segment profiles, walk and "
        "drive-time catchments, service location planning, survey cluster verification and pen portraits "
        "of any area."
    )
    where = tr("Find the algorithms in the Processing Toolbox under Place Insight.")
    licence = tr("Licence: GNU General Public License version 2 or later.")
    title = tr("Place Insight")
    author = tr("Author")
    home = tr("Home page")
    problem = tr("Report a problem")
    homepage = escape(meta.get("homepage", ""))
    tracker = escape(meta.get("tracker", ""))
    home_link = f'<a href="{homepage}">{homepage}</a>'
    tracker_link = f'<a href="{tracker}">{tracker}</a>'
    return (
        f"<h2>{escape(title)} {escape(meta.get('version', ''))}</h2>"
        f"<p>{escape(purpose)}</p><p>{escape(where)}</p>"
        f"<p>{label_value(escape(author), escape(meta.get('author', '')))}<br>"
        f"{label_value(escape(home), home_link)}<br>"
        f"{label_value(escape(problem), tracker_link)}</p>"
        f"<p>{escape(licence)}</p>"
    )


class AboutDialog(QDialog):
    """A small non-modal dialog with the version, purpose and links."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("PlaceInsightAboutDialog")
        self.setWindowTitle(tr("About Place Insight"))
        self.setWindowIcon(QIcon(str(ICON)))
        layout = QVBoxLayout(self)
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(True)
        self.browser.setHtml(about_html())
        layout.addWidget(self.browser)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, Qt.Orientation.Horizontal, self)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)
        self.resize(480, 320)
