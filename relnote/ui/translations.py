"""Installs Qt's own and Relnote's translators for the chosen language (QtCore only: the terminal uses it too)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from relnote.ui.resources import translations_dir

SUPPORTED = ("en", "fr")


def install_translators(app: QCoreApplication, language: str | None = None) -> list[QTranslator]:
    """Load translations for `language` (default: the system's). Returns them to keep alive."""
    locale = QLocale(language) if language else QLocale.system()
    if locale.name().split("_")[0] not in SUPPORTED:  # e.g. the "C" locale: English, with its plurals
        locale = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    QLocale.setDefault(locale)
    installed = []
    qt_translator = QTranslator(app)
    if qt_translator.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt_translator)
        installed.append(qt_translator)
    own = QTranslator(app)
    if own.load(locale, "relnote", "_", str(translations_dir())):
        app.installTranslator(own)
        installed.append(own)
    return installed
