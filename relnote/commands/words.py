"""The command line speaks the window's language: the one chosen in Relnote's settings, else the
system's. Its words go through Qt's translations, so only QtCore is loaded, never widgets."""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QSettings, QTranslator

from relnote.commands.argparse_words import translate_argparse
from relnote.paths import NotebookPaths
from relnote.ui.translations import install_translators

_installed: list[QTranslator] = []


def translated(text: str) -> str:
    return QCoreApplication.translate("Terminal", text)


def speak_the_users_language(paths: NotebookPaths) -> None:
    """From now on, the terminal's words are in the language chosen for this notebook's window."""
    app = QCoreApplication.instance() or QCoreApplication(["relnote"])
    language = QSettings(str(paths.settings_file), QSettings.Format.IniFormat).value("app/language", "")
    _installed.extend(install_translators(app, language or None))
    translate_argparse()


def say(message: str) -> None:
    """A problem, on standard error: "relnote: cannot …"."""
    print(translated("relnote: %1").replace("%1", message), file=sys.stderr)
