"""Unexpected errors in the window: logged, the user's edits saved or kept, and a dialog that says
what happened and where the log is. A full disk or a read-only folder gets its own plain words."""

from __future__ import annotations

import logging
import sqlite3
import sys
import threading
import traceback

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

from relnote.db.notebook_errors import sqlite_code
from relnote.logs import log_file
from relnote.paths import NotebookPaths

log = logging.getLogger("relnote.errors")
SAVING_FAULTS = {
    sqlite3.SQLITE_FULL: QT_TRANSLATE_NOOP("ErrorHandler", "the disk is full"),
    sqlite3.SQLITE_READONLY: QT_TRANSLATE_NOOP("ErrorHandler", "the notebook or its folder has become read-only"),
    sqlite3.SQLITE_CANTOPEN: QT_TRANSLATE_NOOP("ErrorHandler", "the notebook file can no longer be opened"),
    sqlite3.SQLITE_IOERR: QT_TRANSLATE_NOOP("ErrorHandler", "the disk reported an error"),
    sqlite3.SQLITE_BUSY: QT_TRANSLATE_NOOP("ErrorHandler", "another program kept the notebook busy"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("ErrorHandler", text)


def _saving_fault(error: BaseException) -> str | None:
    code = sqlite_code(error)
    if code in SAVING_FAULTS:
        return _tr(SAVING_FAULTS[code])
    if isinstance(error, OSError) and error.errno is not None:
        return error.strerror
    return None


class ErrorHandler(QObject):
    """Installed as `sys.excepthook` while the window runs."""

    def __init__(self, window: QWidget, paths: NotebookPaths, parent=None):
        super().__init__(parent)
        self.window = window
        self.paths = paths
        self.last_dialog = None
        self._showing = False

    def install(self) -> None:
        self._previous = (sys.excepthook, threading.excepthook)
        sys.excepthook = self.handle
        threading.excepthook = lambda args: log.error(
            "unexpected error in a background thread", exc_info=(args.exc_type, args.exc_value, args.exc_traceback))

    def uninstall(self) -> None:
        sys.excepthook, threading.excepthook = self._previous

    def save_edits(self) -> bool:
        """Write what the user was typing; True when it is safely in the notebook."""
        try:
            if hasattr(self.window, "save_state"):
                self.window.save_state()  # flushes the People and Journal pages' edits
            return True
        except Exception:
            log.exception("the edits on screen could not be saved after the error")
            return False

    def handle(self, kind, error, trace) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, trace)
            return
        log.error("unexpected error", exc_info=(kind, error, trace))
        if self._showing or threading.current_thread() is not threading.main_thread() or not isValid(self.window):
            return  # a dialog only from the GUI thread, while the window is there
        self._showing = True
        try:
            saved = self.save_edits()
            self.last_dialog = self._dialog(error, saved, "".join(traceback.format_exception(kind, error, trace)))
            self.last_dialog.exec()
        finally:
            self._showing = False

    def _dialog(self, error: BaseException, saved: bool, details: str):
        from PySide6.QtWidgets import QMessageBox  # loaded when first needed, to keep start-up short

        fault = _saving_fault(error)
        if fault is not None:
            title = _tr("Relnote cannot save")
            text = _tr("Relnote could not write to %1: %2.").replace("%1", str(self.paths.database)).replace("%2", fault)
        else:
            title = _tr("Something went wrong")
            text = _tr("Relnote ran into an unexpected problem: %1").replace("%1", f"{type(error).__name__}: {error}")
        if saved and fault is not None:  # the write that failed was undone by SQLite, whatever it was
            kept = _tr("What you were typing is saved. If what you just did does not show, it was not made: "
                       "do it again once the problem is solved.")
        elif saved:
            kept = _tr("Your notebook and what you were typing are saved.")
        else:
            kept = _tr("What you were typing could not be saved yet; it is still on screen, so keep the window "
                       "open and it will be saved with your next change once the problem is solved.")
        where = _tr("The details are in the log: %1").replace("%1", str(log_file(self.paths)))
        dialog = QMessageBox(QMessageBox.Icon.Warning, title, f"{text}\n\n{kept}\n\n{where}",
                             QMessageBox.StandardButton.Ok, self.window)
        dialog.setDetailedText(details)
        return dialog
