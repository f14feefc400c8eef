"""Where the pen-portrait dock keeps its choices.

Each choice is written to the project (``QgsProject`` custom properties, so a
project reopens with the same base layer and fields) and to the user's
settings (``QgsSettings``, the default for new projects). Reading prefers the
project, then the user's settings.
"""

from __future__ import annotations

from qgis.core import QgsProject, QgsSettings

SCOPE = "PlaceInsight"
PREFIX = "portrait/"
KEYS = (
    "base_layer",
    "segment_field",
    "count_field",
    "count_kind",
    "catalogue",
    "level",
    "coverage",
    "area_mode",
    "target_layer",
    "target_key",
    "base_key",
    "market_coverage",
)
PROJECT_ONLY = ("base_layer", "target_layer")  # layer ids mean nothing in another project


def read(key: str, default: str = "") -> str:
    value, found = QgsProject.instance().readEntry(SCOPE, PREFIX + key, "")
    if found and value != "":
        return value
    if key in PROJECT_ONLY:
        return default
    return str(QgsSettings().value(f"{SCOPE}/{PREFIX}{key}", default) or default)


def write(key: str, value) -> None:
    """Store ``value`` (only when it changed, so the project is not marked modified for nothing)."""
    text = "" if value is None else str(value)
    current, found = QgsProject.instance().readEntry(SCOPE, PREFIX + key, "")
    if found and current == text:
        return
    QgsProject.instance().writeEntry(SCOPE, PREFIX + key, text)
    if key not in PROJECT_ONLY:
        QgsSettings().setValue(f"{SCOPE}/{PREFIX}{key}", text)


def clear_user_settings() -> None:
    """Forget the user's defaults (tests and 'reset')."""
    settings = QgsSettings()
    for key in KEYS:
        settings.remove(f"{SCOPE}/{PREFIX}{key}")
