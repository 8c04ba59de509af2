"""The first start of an empty notebook: a welcome with three ways in."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from relnote.core import people
from relnote.core.clock import utc_now
from relnote.db.models import Person
from relnote.paths import NotebookPaths
from relnote.ui import first_start
from relnote.ui.dialogs import import_dialog
from relnote.ui.dialogs.quick_add_dialog import QuickAddDialog
from relnote.ui.dialogs.welcome_dialog import IMPORT_FILE, START_EMPTY, TRY_SAMPLE, WelcomeDialog
from relnote.ui.first_start import FirstStart, needs_welcome
from tests.sample_language import prose_languages
from tests.ui.conftest import focus_changes_its_look


def choose(drive_dialog, choice: str):
    def fill(dialog: WelcomeDialog):
        button = {START_EMPTY: dialog.empty_button, IMPORT_FILE: dialog.import_button,
                  TRY_SAMPLE: dialog.sample_button}[choice]
        button.click()

    drive_dialog(WelcomeDialog, fill, accept=True)


def test_welcome_only_on_the_first_start_of_an_empty_notebook(notebook, open_window):
    window = open_window()
    assert needs_welcome(window.settings)
    people.add_person("Claire", utc_now())
    assert not needs_welcome(window.settings)


def test_start_empty_goes_straight_to_adding_the_first_person(notebook, qtbot, open_window, drive_dialog):
    window = open_window()
    choose(drive_dialog, START_EMPTY)
    drive_dialog(QuickAddDialog, lambda d: qtbot.keyClicks(d.name_edit, "Claire Martin"))
    assert FirstStart(window, window.settings, notebook).welcome() == START_EMPTY
    assert [p.display_name for p in Person.select()] == ["Claire Martin"]
    assert not needs_welcome(window.settings)


def test_import_a_file_opens_the_import(notebook, qtbot, open_window, drive_dialog, monkeypatch):
    window = open_window()
    opened = []
    monkeypatch.setattr(import_dialog, "open_import_dialog", lambda parent, on_imported=None: opened.append(parent))
    choose(drive_dialog, IMPORT_FILE)
    FirstStart(window, window.settings, notebook).welcome()
    assert opened == [window]


def test_sample_data_goes_into_its_own_notebook_and_opens_there(notebook, qtbot, open_window, drive_dialog,
                                                               monkeypatch):
    window = open_window()
    launched = []
    monkeypatch.setattr(first_start.subprocess, "Popen", lambda command, **kwargs: launched.append(command))
    choose(drive_dialog, TRY_SAMPLE)
    starter = FirstStart(window, window.settings, notebook)
    with qtbot.waitSignal(starter.sample_opened, timeout=60000) as opened:
        starter.welcome()
        assert QApplication.overrideCursor().shape() == Qt.CursorShape.BusyCursor  # it takes a few seconds
    assert QApplication.overrideCursor() is None
    sample = notebook.data_dir / first_start.SAMPLE_FOLDER
    assert opened.args == [str(sample)]
    assert launched[0][-2:] == ["--data-dir", str(sample)]
    with sqlite3.connect(sample / "relnote.db") as sample_db:
        assert sample_db.execute("SELECT COUNT(*) FROM person").fetchone()[0] == first_start.SAMPLE_PEOPLE
    assert Person.select().count() == 0, "the user's own notebook stays empty"

    assert NotebookPaths(sample, sample, sample).is_sample and not notebook.is_sample
    window.mark_as_sample()  # as the sample's own window does once shown
    assert window.windowTitle() == "Sample notebook"  # shown as "Sample notebook — Relnote"
    assert "Your own notebook is in the other Relnote window." in window.sample_banner.text()
    qtbot.waitUntil(window.sample_banner.isVisible)


def test_the_sample_speaks_the_language_of_the_window(notebook, qtbot, open_window, drive_dialog, monkeypatch,
                                                    french):
    window = open_window()
    monkeypatch.setattr(first_start.subprocess, "Popen", lambda command, **kwargs: None)
    choose(drive_dialog, TRY_SAMPLE)
    starter = FirstStart(window, window.settings, notebook)
    with qtbot.waitSignal(starter.sample_opened, timeout=60000):
        starter.welcome()
    sample = notebook.data_dir / first_start.SAMPLE_FOLDER
    with sqlite3.connect(sample / "relnote.db") as sample_db:
        assert list(prose_languages(sample_db.execute)) == ["fr"]  # though the system speaks English
    assert "language=fr" in (sample / "settings.ini").read_text()  # its own window too


def test_the_welcome_shows_which_choice_the_keyboard_is_on(qtbot):
    dialog = WelcomeDialog()
    qtbot.addWidget(dialog)
    assert focus_changes_its_look(qtbot, dialog, dialog.import_button, dialog.empty_button)  # a frame marks it
