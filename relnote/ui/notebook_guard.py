"""What the window does before and just after it opens the notebook: the quick health check (a
damaged file is opened for nothing, and the newest sound backup is offered), the backup before a
schema upgrade, and the daily backup, made off the GUI thread."""

from __future__ import annotations

import logging
import time

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from relnote.core import backups
from relnote.core.backup_files import BackupError
from relnote.core.clock import utc_now
from relnote.core.health import quick_check
from relnote.db.database import NotebookError, open_database
from relnote.paths import NotebookPaths
from relnote.ui.background import BackgroundTask
from relnote.ui.dialogs.damaged_notebook_dialog import DamagedNotebookDialog
from relnote.ui.widgets.backups_panel import problem_words

log = logging.getLogger("relnote.guard")


def _tr(text: str) -> str:
    return QCoreApplication.translate("NotebookGuard", text)


def _refuse(title: str, text: str) -> None:
    QMessageBox.critical(None, title, text)


def ensure_sound_notebook(paths: NotebookPaths) -> bool:
    """True when the notebook passes the quick check, or once the user restored a sound backup."""
    started = time.perf_counter()
    report = quick_check(paths.database)
    log.info("quick check of the notebook: %s in %.0f ms", "sound" if report.sound else "damaged",
             (time.perf_counter() - started) * 1000)
    if report.sound:
        return True
    log.error("the notebook %s is damaged: %s", paths.database, "; ".join(report.problems[:5]))
    dialog = DamagedNotebookDialog(paths, "; ".join(report.problems[:3]), backups.newest_sound_backup(paths))
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.backup is None:
        return False
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        kept = backups.restore_backup(paths, dialog.backup.path, utc_now())
    except BackupError as error:
        log.error("restore failed: %s", error)
        _refuse(_tr("Relnote cannot restore the backup"),
                _tr("The backup could not be restored: %1. Nothing was replaced.").replace("%1", problem_words(error)))
        return False
    finally:
        QApplication.restoreOverrideCursor()
    log.info("restored %s; the damaged notebook is kept as %s", dialog.backup.path, kept.path if kept else None)
    return True


def open_notebook(paths: NotebookPaths) -> bool:
    """Open (and, after a backup, upgrade) the notebook, or say plainly why not."""
    try:
        open_database(paths.database, before_upgrade=backups.backup_before_upgrade(paths))
    except NotebookError as error:
        log.error("cannot open the notebook: %s", error)
        _refuse(_tr("Relnote cannot open the notebook"),
                _tr("The notebook %1 cannot be opened: %2").replace("%1", str(error.path)).replace("%2", error.reason))
        return False
    except BackupError as error:
        log.error("backup before upgrade failed: %s", error)
        _refuse(_tr("Relnote cannot upgrade the notebook"),
                _tr("This Relnote needs to upgrade the notebook, and backs it up first; the backup failed: %1. "
                    "The notebook was not changed.").replace("%1", problem_words(error)))
        return False
    return True


def start_daily_backup(paths: NotebookPaths) -> BackgroundTask:
    """The day's first start backs the notebook up in the background; keep the task referenced."""
    started = time.perf_counter()

    def done(made) -> None:
        if made is not None:
            log.info("daily backup %s (%d people) made in %.0f ms", made.path.name, made.people or 0,
                     (time.perf_counter() - started) * 1000)

    task = BackgroundTask(lambda _progress, _cancelled: backups.make_daily_backup(paths, utc_now()))
    task.signals.succeeded.connect(done)
    task.signals.failed.connect(lambda error: log.error("daily backup failed: %s", error))
    return task.start()
