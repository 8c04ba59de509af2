"""When the data folder cannot be used, say so in a window: started from a menu, no one reads a terminal.

Its words serve the terminal too; widgets are loaded only for the window."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from relnote.paths import DataDirError
from relnote.ui.translations import install_translators

DATA_DIR_REASONS = {
    "this path is a file, not a folder": QT_TRANSLATE_NOOP("DataDir", "this path is a file, not a folder"),
    "this path is a folder, not a file": QT_TRANSLATE_NOOP("DataDir", "this path is a folder, not a file"),
    "permission denied": QT_TRANSLATE_NOOP("DataDir", "permission denied"),
    "the folder is not writable": QT_TRANSLATE_NOOP("DataDir", "the folder is not writable"),
}


def reason_words(error: DataDirError) -> str:
    if error.reason in DATA_DIR_REASONS:
        return QCoreApplication.translate("DataDir", DATA_DIR_REASONS[error.reason])
    return error.reason


def refuse_data_dir(app, error: DataDirError) -> None:
    """Say in a window, in the user's language, why the data folder cannot be used."""
    from PySide6.QtWidgets import QMessageBox

    translators = install_translators(app, None)
    reason = reason_words(error)
    QMessageBox.critical(None, QCoreApplication.translate("DataDir", "Relnote cannot open its data folder"),
                         QCoreApplication.translate(
                             "DataDir", "Relnote cannot use the folder %1: %2.\n\nStart it with another folder "
                             "(relnote --data-dir FOLDER), or make this one a folder you can write to.")
                         .replace("%1", str(error.path)).replace("%2", reason))
    del translators
