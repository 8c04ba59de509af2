"""Wires the window: application, translations, notebook, main window."""

from __future__ import annotations

import sys

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from relnote import __version__
from relnote.db.database import NotebookError, close_database, open_database
from relnote.paths import NotebookPaths
from relnote.ui.main_window import MainWindow
from relnote.ui.resources import app_icon
from relnote.ui.translations import install_translators


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("Relnote")
    app.setApplicationDisplayName("Relnote")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("relnote")
    app.setWindowIcon(app_icon())
    return app


def open_settings(paths: NotebookPaths) -> QSettings:
    return QSettings(str(paths.settings_file), QSettings.Format.IniFormat)


def run_window(paths: NotebookPaths) -> int:
    app = create_application()
    translators = install_translators(app)
    try:
        open_database(paths.database)
    except NotebookError as error:
        QMessageBox.critical(None, app.translate("App", "Relnote cannot open the notebook"),
                             app.translate("App", "The notebook %1 cannot be opened: %2")
                             .replace("%1", str(error.path)).replace("%2", error.reason))
        return 2
    window = MainWindow(open_settings(paths))
    window.show()
    try:
        return app.exec()
    finally:
        del translators
        close_database()
