"""Work off the GUI thread lets go of everything Qt on the GUI thread, whoever lets go of the task last:
a widget or signal object deleted on a worker thread crashes the program at random."""

from __future__ import annotations

import threading

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, Qt

from relnote.ui.background import BackgroundTask


def test_a_task_dropped_by_the_gui_before_it_ends_is_cleaned_up_on_the_gui_thread(notebook, qtbot):
    release, deleted_on = threading.Event(), []
    task = BackgroundTask(lambda _progress, _cancelled: release.wait(5) and "read")
    signals = task.signals
    signals.destroyed.connect(lambda: deleted_on.append(threading.current_thread() is threading.main_thread()),
                              Qt.ConnectionType.DirectConnection)
    results = []
    signals.succeeded.connect(results.append)
    task.start()
    del task  # the page that asked no longer holds it: only the worker does
    release.set()
    qtbot.waitUntil(lambda: results == ["read"], timeout=5000)
    qtbot.waitUntil(lambda: bool(deleted_on), timeout=5000)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert deleted_on == [True]
    assert not shiboken6.isValid(signals)
