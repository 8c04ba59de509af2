"""What the running program does as it starts: the window first, the rest just after its first paint."""

from __future__ import annotations

import sys
import threading

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from relnote.app import open_settings, run_window
from relnote.core import people
from relnote.core.clock import utc_now
from relnote.db.database import close_database, open_database
from relnote.ui.first_paint import after_first_paint


def test_work_after_the_first_paint_waits_for_the_paint(qtbot):
    label = QLabel("Hello")
    qtbot.addWidget(label)
    painted, calls = [], []
    label.paintEvent = lambda event: (painted.append(True), QLabel.paintEvent(label, event))
    after_first_paint(label, lambda: calls.append(bool(painted)), fallback_ms=5000)
    label.show()
    qtbot.waitUntil(lambda: bool(calls), timeout=3000)
    assert calls == [True]  # it ran once, and only after the label was on screen
    qtbot.wait(50)
    label.update()
    qtbot.wait(50)
    assert calls == [True]


def test_work_after_the_first_paint_still_runs_for_a_hidden_window(qtbot):
    label = QLabel("Hidden")
    qtbot.addWidget(label)
    calls = []
    after_first_paint(label, lambda: calls.append(True), fallback_ms=50)
    qtbot.waitUntil(lambda: bool(calls), timeout=2000)
    assert calls == [True]


def test_the_running_window_lists_people_and_explains_an_unexpected_error(notebook_paths, qapp, qtbot, monkeypatch):
    """Started as the program starts: the list, the chosen person and their count appear; an error in
    any handler is shown in Relnote's dialog (with the edits saved), not only printed on a terminal."""
    open_database(notebook_paths.database)
    people.add_person("Hélène Dupont", utc_now())
    close_database()
    open_settings(notebook_paths).setValue("app/welcomed", True)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # put back after the test
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    shown, seen = [], {}
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)

    def window():
        return next(w for w in QApplication.topLevelWidgets() if hasattr(w, "people_page") and w.isVisible())

    def look_then_misbehave():
        page = window().people_page
        seen["count"] = page.list_panel.count_label.text()
        seen["name"] = page.person_panel.name_label.text()
        QTimer.singleShot(0, lambda: 1 / 0)
        QTimer.singleShot(300, QApplication.quit)

    QTimer.singleShot(1200, look_then_misbehave)
    assert run_window(notebook_paths) == 0
    for widget in QApplication.topLevelWidgets():  # the program would exit here; the tests go on
        widget.close()
        widget.deleteLater()
    qtbot.wait(10)
    assert seen == {"count": "1 person", "name": "Hélène Dupont"}
    assert len(shown) == 1 and "ZeroDivisionError" in shown[0] and "saved" in shown[0]
