"""Long work off the GUI thread.

The work is a plain function `work(progress, cancelled)` from `core` that touches no widget. It runs
on the global QThreadPool with its own notebook connection (peewee keeps one per thread), closed when
it ends; what it returns or raises comes back to the GUI thread as a signal.
"""

from __future__ import annotations

import threading
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal


Work = Callable[[Callable[[int, int], None], Callable[[], bool]], Any]


class NotebookClosed(Exception):
    """The notebook was closed (quitting, a restore) before the work could start."""


class TaskSignals(QObject):
    progress = Signal(int, int)  # done, total (bytes or rows, as the work counts)
    succeeded = Signal(object)
    failed = Signal(object)  # the exception
    finished = Signal()


class BackgroundTask(QRunnable):
    """Lifetimes are arranged so that nothing of Qt's is deleted on the worker thread, whichever thread
    lets go of the task last: the signals belong to the application and are deleted on the GUI thread
    once `finished` has been delivered, and the work (which may hold widgets) is let go of there too."""

    def __init__(self, work: Work):
        super().__init__()
        self.setAutoDelete(False)  # the Python side keeps it
        self.work: Work | None = work
        self.signals = TaskSignals(QCoreApplication.instance())
        self.signals.finished.connect(self._finished)
        self._cancel = threading.Event()
        self.done = threading.Event()

    def start(self, pool: QThreadPool | None = None) -> "BackgroundTask":
        """Connect to `signals` first, then start."""
        (pool or QThreadPool.globalInstance()).start(self)
        return self

    def cancel(self) -> None:
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def _progress(self, done: int, total: int) -> None:
        self.signals.progress.emit(min(done, total), total)

    def _finished(self) -> None:
        self.work = None
        self.signals.deleteLater()

    def run(self) -> None:
        from relnote.db.database import close_database, database  # not before the window's first paint

        try:
            if database.database is None:
                raise NotebookClosed()
            database.connect(reuse_if_open=True)
            result = self.work(self._progress, self.is_cancelled)
        except BaseException as error:  # noqa: BLE001 — every failure must reach the GUI as a signal
            close_database()
            self.signals.failed.emit(error)
        else:
            close_database()
            self.signals.succeeded.emit(result)
        finally:
            self.done.set()
            self.signals.finished.emit()
