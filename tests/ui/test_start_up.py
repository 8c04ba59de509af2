"""What the running program does as it starts: the window first, the rest just after its first paint."""

from __future__ import annotations

import sys
import threading

from PySide6.QtCore import QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from relnote.app import open_settings, run_window
from relnote.core import people
from relnote.core.clock import utc_now
from relnote.db.database import close_database, open_database
from relnote.ui.first_paint import after_first_paint
from relnote.ui.resources import app_icon


class PaintedLabel(QLabel):
    def __init__(self, text: str):
        super().__init__(text)
        self.painted = False

    def paintEvent(self, event) -> None:
        self.painted = True
        super().paintEvent(event)


def test_work_after_the_first_paint_waits_for_the_paint(qtbot):
    label = PaintedLabel("Hello")
    qtbot.addWidget(label)
    calls = []
    after_first_paint(label, lambda: calls.append(label.painted), fallback_ms=5000)
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
        seen["icon"] = window().windowIcon().cacheKey() == app_icon().cacheKey()  # given after the first paint
        seen["count"] = page.list_panel.count_label.text()
        seen["name"] = page.person_panel.name_label.text()
        QTimer.singleShot(0, lambda: 1 / 0)
        QTimer.singleShot(300, QApplication.quit)

    QApplication.setWindowIcon(QIcon())  # as a new process starts, with no icon yet
    QTimer.singleShot(1200, look_then_misbehave)
    assert run_window(notebook_paths) == 0
    for widget in QApplication.topLevelWidgets():  # the program would exit here; the tests go on
        widget.close()
        widget.deleteLater()
    qtbot.wait(10)
    assert seen == {"icon": True, "count": "1 person", "name": "Hélène Dupont"}
    assert len(shown) == 1 and "ZeroDivisionError" in shown[0] and "saved" in shown[0]


def test_a_data_folder_that_is_a_file_is_explained_in_a_window(tmp_path, qapp, monkeypatch, capsys):
    """Started from a menu there is no terminal: the reason must reach the screen."""
    from relnote.cli import main

    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append((title, text)))
    not_a_folder = tmp_path / "notebook"
    not_a_folder.write_text("my shopping list\n")

    assert main(["--data-dir", str(not_a_folder)]) == 2
    [(title, text)] = shown
    assert title == "Relnote cannot open its data folder"
    assert text.startswith(f"Relnote cannot use the folder {not_a_folder}: this path is a file, not a folder.")
    assert "relnote --data-dir FOLDER" in text
    assert "this path is a file" in capsys.readouterr().err
    assert not_a_folder.read_text() == "my shopping list\n"


def test_the_first_window_fits_a_laptop_screen(notebook_paths, qtbot, monkeypatch, screen_room):
    from PySide6.QtCore import QRect

    from relnote.ui.main_window import MainWindow

    screen_room(MainWindow, QRect(0, 28, 1366, 740))  # 1366×768 with a 28 px panel
    open_database(notebook_paths.database)
    window = MainWindow(open_settings(notebook_paths))
    qtbot.addWidget(window)
    assert (window.width(), window.height()) == (1280, 680)  # room for a title bar under 740
    monkeypatch.setattr(MainWindow, "screen", lambda self: None)
    other = MainWindow(open_settings(notebook_paths))
    qtbot.addWidget(other)
    assert other.height() <= 800
    for shown in (window, other):  # and let their work after the first paint run now, not in a later test
        shown.show()
        qtbot.waitUntil(lambda: shown.people_page.list_panel.count_label.text() != "")


FIRST_PAINT_PROBE = """
import json, sys
from PySide6.QtCore import QTimer
import tests.benchmarks.first_paint as first_paint

def at_paint(self, window, event):
    if event.type() == first_paint.QEvent.Type.Paint and not hasattr(self, 'seen'):
        model = window.people_page.list_panel.model
        self.seen = {'peewee_at_paint': 'peewee' in sys.modules, 'rows_at_paint': model.rowCount(),
                     'qt_enums_at_paint': 'Qt' in vars(sys.modules['PySide6.QtCore']),
                     'first_at_paint': model.index(0, 0).data(),
                     'tags_at_paint': window.people_page.list_panel.tag_filter.currentText()}
        QTimer.singleShot(1500, lambda: (self.seen.update(
            count_after=window.people_page.list_panel.count_label.text(),
            shown_after=window.people_page.person_panel.name_label.text()),
            print(json.dumps(self.seen), flush=True), first_paint.QApplication.quit()))
    return False

first_paint.FirstPaint.eventFilter = at_paint
first_paint.main(["relnote", sys.argv[1]])
"""


def test_the_window_is_painted_with_the_list_before_the_database_layer_loads(notebook_paths):
    """A start on the People list reads its first rows straight from the file; the window is painted
    with them, and the notebook is opened (peewee, the models) just after. Nothing of Qt's `Qt`
    namespace is named before that paint (see relnote.ui.qt_values)."""
    import json
    import os
    import subprocess
    from pathlib import Path

    open_database(notebook_paths.database)
    for name in ("Zoé Arnaud", "Hélène Dupont", "Marc Lefèvre"):
        people.add_person(name, utc_now())
    close_database()
    open_settings(notebook_paths).setValue("app/welcomed", True)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LANGUAGE": "en", "LC_ALL": "C.UTF-8"}
    result = subprocess.run([sys.executable, "-c", FIRST_PAINT_PROBE, str(notebook_paths.data_dir)], env=env,
                            capture_output=True, text=True, timeout=60, cwd=Path(__file__).resolve().parents[2])
    lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
    assert lines, result.stderr[-2000:]
    assert json.loads(lines[0]) == {"peewee_at_paint": False, "qt_enums_at_paint": False, "rows_at_paint": 3,
                                    "first_at_paint": "Hélène Dupont", "tags_at_paint": "All tags",
                                    "count_after": "3 people", "shown_after": "Hélène Dupont"}


def test_a_notebook_that_cannot_be_opened_after_the_first_paint_is_explained(notebook_paths, qapp, qtbot,
                                                                             monkeypatch):
    import relnote.db.database
    from relnote.db.notebook_errors import BUSY, NotebookError

    open_database(notebook_paths.database)
    people.add_person("Hélène Dupont", utc_now())
    close_database()
    open_settings(notebook_paths).setValue("app/welcomed", True)
    shown, listed = [], []

    def refused(path, **_options):
        listed.extend(w.people_page.list_panel.model.index(0, 0).data()
                      for w in QApplication.topLevelWidgets() if hasattr(w, "people_page") and w.isVisible())
        raise NotebookError(path, BUSY, "database is locked")

    monkeypatch.setattr(relnote.db.database, "open_database", refused)
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    assert run_window(notebook_paths) == 2
    for widget in QApplication.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    qtbot.wait(10)
    assert listed == ["Hélène Dupont"]  # the window was up, with the list read from the file
    assert len(shown) == 1 and shown[0].startswith(f"The notebook {notebook_paths.database} cannot be opened")


def test_a_notebook_held_by_another_program_at_the_check_is_explained_not_a_traceback(notebook_paths, qapp,
                                                                                      monkeypatch):
    """Another program holding the file so that not even a reader gets in (an exclusive locking mode):
    the quick check before the window cannot read it; that is said in a message, and the start ends (2)."""
    import sqlite3

    open_database(notebook_paths.database)
    people.add_person("Hélène Dupont", utc_now())
    close_database()
    open_settings(notebook_paths).setValue("app/welcomed", True)
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append((title, text)))
    holder = sqlite3.connect(notebook_paths.database, isolation_level=None)
    try:
        holder.execute("PRAGMA locking_mode=EXCLUSIVE")
        holder.execute("BEGIN EXCLUSIVE")
        holder.execute("SELECT count(*) FROM person").fetchone()
        assert run_window(notebook_paths) == 2
    finally:
        holder.close()
    assert len(shown) == 1
    assert shown[0][0] == "Relnote cannot open the notebook"
    assert shown[0][1].startswith(f"The notebook {notebook_paths.database} cannot be opened")
    reader = sqlite3.connect(notebook_paths.database)  # nothing was harmed
    try:
        assert reader.execute("SELECT display_name FROM person").fetchall() == [("Hélène Dupont",)]
        assert reader.execute("PRAGMA quick_check").fetchone() == ("ok",)
    finally:
        reader.close()
