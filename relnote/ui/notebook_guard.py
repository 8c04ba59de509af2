"""What the window does before and just after it opens the notebook: the quick health check (a
damaged file is opened for nothing, and the newest sound backup is offered), the backup before a
schema upgrade, and the daily backup, made off the GUI thread."""

from __future__ import annotations

import logging
import sqlite3
import time
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QDialog

from relnote.core.backup_files import BackupError
from relnote.core.clock import utc_now
from relnote.db.notebook_errors import NotebookError, notebook_error
from relnote.paths import NotebookPaths
from relnote.ui.background import BackgroundTask
from relnote.ui.problem_words import health_words, problem_words, reason_words
from relnote.ui.resources import give_the_application_its_icon

log = logging.getLogger("relnote.guard")


def _tr(text: str) -> str:
    return QCoreApplication.translate("NotebookGuard", text)


def _refuse(title: str, text: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    give_the_application_its_icon()  # this comes before the window
    QMessageBox.critical(None, title, text)


def ensure_sound_notebook(paths: NotebookPaths, report=None) -> bool:
    """True when the notebook passes the quick check, or once the user restored a sound backup."""
    from relnote.core.health import quick_check

    if report is None:
        started = time.perf_counter()
        try:
            report = quick_check(paths)
        except sqlite3.Error as error:  # not damage: held by another program, unreadable…
            problem = notebook_error(paths.database, error)
            log.error("cannot check the notebook: %s", problem)
            _cannot_open(problem)
            return False
        log.info("quick check of the notebook: %s in %.0f ms", "sound" if report.sound else "damaged",
                 (time.perf_counter() - started) * 1000)
    if report.sound:
        return True
    log.error("the notebook %s is damaged: %s", paths.database, "; ".join(report.problems[:5]))
    from relnote.core import backups
    from relnote.ui.dialogs.damaged_notebook_dialog import DamagedNotebookDialog  # needed only then

    give_the_application_its_icon()
    dialog = DamagedNotebookDialog(paths, health_words(report.problems), backups.newest_sound_backup(paths))
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.backup is None:
        return False
    from PySide6.QtCore import Qt

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
    from relnote.ui.restart import note_restored

    note_restored(paths, dialog.backup.made_at)
    return True


INLINE_CHECK_LIMIT = 32 * 1024 * 1024  # about 50 ms of checking; larger notebooks are checked just after


def check_before_opening(paths: NotebookPaths) -> bool:
    """Small notebooks are checked before anything opens; a large one right after the window shows,
    so that a notebook of years does not make every start wait (see `start_background_check`)."""
    if _size(paths) > INLINE_CHECK_LIMIT:
        return True
    return ensure_sound_notebook(paths)


def _size(paths: NotebookPaths) -> int:
    try:
        return paths.database.stat().st_size
    except OSError:
        return 0


def start_background_check(paths: NotebookPaths) -> BackgroundTask | None:
    """The quick check of a large notebook, off the GUI thread; keep the task referenced."""
    if _size(paths) <= INLINE_CHECK_LIMIT:
        return None
    from relnote.core.health import quick_check

    started = time.perf_counter()

    def checked(report) -> None:
        log.info("quick check of the notebook (in the background): %s in %.0f ms",
                 "sound" if report.sound else "damaged", (time.perf_counter() - started) * 1000)
        if not report.sound:
            _damaged_while_open(paths, report)

    task = BackgroundTask(lambda _progress, _cancelled: quick_check(paths))
    task.signals.succeeded.connect(checked)
    task.signals.failed.connect(lambda error: log.error("quick check failed: %s", error))
    return task.start()


def _damaged_while_open(paths: NotebookPaths, report) -> None:
    """Stop writing at once, say so, and offer the newest sound backup; Relnote then starts again."""
    from relnote.db.database import close_database, database
    from relnote.ui.restart import request_restart

    close_database()
    database.init(None)
    if ensure_sound_notebook(paths, report):
        request_restart()
    else:
        QApplication.quit()


def open_notebook(paths: NotebookPaths) -> bool:
    """Open (and, after a backup, upgrade) the notebook, or say plainly why not."""
    from relnote.db.database import open_database  # peewee: the window may show before it is loaded

    try:
        open_database(paths.database, before_upgrade=_backup_before_upgrade(paths))
    except NotebookError as error:
        log.error("cannot open the notebook: %s", error)
        _cannot_open(error)
        return False
    except BackupError as error:
        log.error("backup before upgrade failed: %s", error)
        _refuse(_tr("Relnote cannot upgrade the notebook"),
                _tr("This Relnote needs to upgrade the notebook, and backs it up first; the backup failed: %1. "
                    "The notebook was not changed.").replace("%1", problem_words(error)))
        return False
    return True


def _cannot_open(error: NotebookError) -> None:
    _refuse(_tr("Relnote cannot open the notebook"),
            _tr("The notebook %1 cannot be opened: %2").replace("%1", str(error.path)).replace("%2", reason_words(error)))


def _backup_before_upgrade(paths: NotebookPaths) -> Callable[[Path], None]:
    """The backups' code is loaded only for an upgrade: most starts need none, before the first paint."""
    def back_up(path: Path) -> None:
        from relnote.core import backups

        backups.backup_before_upgrade(paths)(path)

    return back_up


def start_daily_backup(paths: NotebookPaths, warn: Callable[[str], None]) -> BackgroundTask:
    """The day's first start backs the notebook up in the background; keep the task referenced.
    A failed backup is told to the user through `warn`: they count on having one."""
    from relnote.core import backups

    started = time.perf_counter()

    def failed(error: BaseException) -> None:
        log.error("daily backup failed: %s", error)
        reason = problem_words(error) if isinstance(error, BackupError) else str(error)
        warn(_tr("Today's backup could not be made: %1. Your notebook is unchanged; Relnote tries again at "
                 "its next start, and Settings ▸ Backups can make one now.")
             .replace("%1", reason))

    def done(made) -> None:
        if made is not None:
            log.info("daily backup %s (%d people) made in %.0f ms", made.path.name, made.people or 0,
                     (time.perf_counter() - started) * 1000)

    task = BackgroundTask(lambda _progress, _cancelled: backups.make_daily_backup(paths, utc_now()))
    task.signals.succeeded.connect(done)
    task.signals.failed.connect(failed)
    return task.start()
