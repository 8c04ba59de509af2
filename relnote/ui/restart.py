"""Restarting Relnote on the same notebook, after a restore replaced the file under the window."""

from __future__ import annotations

import logging
from datetime import datetime

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from relnote.paths import NotebookPaths
from relnote.ui.launcher import relnote_command

log = logging.getLogger("relnote.restart")
_requested = False


def main_window():
    """Relnote's main window, found without importing it (it is the one that can be quit)."""
    for widget in QApplication.topLevelWidgets():
        if hasattr(widget, "quit_requested") and hasattr(widget, "save_state"):
            return widget
    return None


RESTORED_KEY = "notebook/restored_from"


def note_restored(paths: NotebookPaths, made_at: datetime) -> None:
    """Remember that a backup made at `made_at` was put back: the window says so when it next opens."""
    settings = QSettings(str(paths.settings_file), QSettings.Format.IniFormat)
    settings.setValue(RESTORED_KEY, made_at.isoformat())
    settings.sync()


def take_restored_note(settings: QSettings) -> datetime | None:
    """When the backup put back since the last start was made, once."""
    value = settings.value(RESTORED_KEY, "")
    if not value:
        return None
    settings.remove(RESTORED_KEY)
    try:
        return datetime.fromisoformat(str(value))
    except ValueError:
        return None


def request_restart() -> None:
    """Quit as the Quit action does; `run_window` then starts Relnote again."""
    global _requested
    _requested = True
    window = main_window()
    if window is not None:
        window.quit()
    else:
        QApplication.quit()


def restart_requested() -> bool:
    return _requested


def start_again(paths: NotebookPaths) -> None:
    """Start a new Relnote on the notebook; called once this one has let go of it."""
    command = relnote_command(paths.data_dir)
    log.info("restarting: %s", " ".join(command))
    import subprocess  # only on the way out: the window's start reads the note above

    subprocess.Popen(command, start_new_session=True, stdin=subprocess.DEVNULL,
                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
