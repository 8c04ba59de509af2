"""Installs Qt's own and Relnote's translators for the chosen language (QtCore only: the terminal uses it too)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from relnote.ui.resources import translations_dir

SUPPORTED = ("en", "fr")


def install_translators(app: QCoreApplication, language: str | None = None) -> list[QTranslator]:
    """Load translations for `language` (default: the system's). Returns them to keep alive."""
    locale = QLocale(language) if language else _system_locale()
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


def language_in_use() -> str:
    """The language Relnote speaks, "en" or "fr", once `install_translators` has chosen it."""
    language = QLocale().name().split("_")[0]
    return language if language in SUPPORTED else SUPPORTED[0]


def _system_locale() -> QLocale:
    """The system's locale, unless its dates are in another language than its words (LANGUAGE=fr with
    LANG=C): then the words' language, so that a French sentence never names an English day."""
    system = QLocale.system()
    words = QLocale(system.name())
    return system if system.dayName(1) == words.dayName(1) else words
