"""The one translation helper of Place Insight.

``tr(text)`` looks ``text`` up in the single context ``PlaceInsight``; the
plugin installs the French (or any other) translator for the QGIS locale.
Only literal strings go into ``tr``; format afterwards.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from qgis.core import QgsApplication, QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QLocale, QTranslator

from ...engine import i18n as engine_i18n

CONTEXT = "PlaceInsight"
I18N_DIR = Path(__file__).resolve().parents[2] / "i18n"


def tr(text: str) -> str:
    """Translate ``text`` in the ``PlaceInsight`` context."""
    return QCoreApplication.translate(CONTEXT, text)


def locale_name() -> str:
    """The QGIS user interface locale, e.g. ``fr`` or ``en_GB``."""
    settings = QgsSettings()
    name = settings.value("locale/userLocale", "", type=str)
    if not name:
        name = QgsApplication.locale() if hasattr(QgsApplication, "locale") else ""
    return name or QLocale().name()


def language() -> str:
    """Two-letter language of the interface (``en``, ``fr``…); ``en`` for the C/POSIX locale."""
    code = (locale_name() or "en")[:2].lower()
    return code if len(code) == 2 and code.isalpha() and code != "c" else "en"


# Engine messages and reports go through the same translator and number style.
engine_i18n.set_translator(tr, language)


def translation_file(locale: str | None = None) -> Path | None:
    """The compiled translation for ``locale`` (full name first, then language)."""
    locale = locale or locale_name()
    for candidate in (locale, locale[:2]):
        path = I18N_DIR / f"place_insight_{candidate}.qm"
        if path.is_file():
            return path
    return None


class Translation:
    """Installs the translator for the current locale and removes it again."""

    def __init__(self) -> None:
        self._translator: QTranslator | None = None

    def install(self) -> bool:
        """Install the translator for the QGIS locale; False if none exists."""
        self.remove()
        path = translation_file()
        if path is None:
            return False
        translator = QTranslator()
        if not translator.load(str(path)):
            return False
        QCoreApplication.installTranslator(translator)
        self._translator = translator
        return True

    def remove(self) -> None:
        if self._translator is not None:
            QCoreApplication.removeTranslator(self._translator)
            self._translator = None

    @property
    def installed(self) -> bool:
        return self._translator is not None


class _SourceText(QTranslator):
    """A translator that gives Place Insight's texts as written (English)."""

    def translate(self, context, source_text, disambiguation=None, n=-1):  # noqa: D102 - Qt API
        return source_text if context == CONTEXT else ""


@contextmanager
def speaking(locale: str) -> Iterator[bool]:
    """Within the block, the interface's locale is ``locale`` and its translator is installed.

    For writing texts in a chosen language (the help pages); the locale
    setting and the translators are restored afterwards. Yields whether a
    translation was found (English needs none).
    """
    settings = QgsSettings()
    keys = ("locale/userLocale", "locale/overrideFlag")
    previous = {key: settings.value(key) for key in keys}
    settings.setValue("locale/overrideFlag", True)
    settings.setValue("locale/userLocale", locale)
    translation = Translation()
    found = translation.install()
    source = None
    if not found:  # the source language: hide any translator installed before
        source = _SourceText()
        QCoreApplication.installTranslator(source)
    try:
        yield found
    finally:
        translation.remove()
        if source is not None:
            QCoreApplication.removeTranslator(source)
        for key, value in previous.items():
            if value is None:
                settings.remove(key)
            else:
                settings.setValue(key, value)
