"""The window side: the error dialog keeps the user's edit, the damaged-notebook dialog restores
the newest sound backup, and the Backups tab lists, makes and restores copies."""

import sqlite3
import subprocess
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QTabWidget

from relnote.app import open_settings
from relnote.core import backups, people
from relnote.core.clock import utc_now
from relnote.db.database import close_database, database, open_database
from relnote.logs import log_file, start_logging
from relnote.ui import notebook_guard, restart
from relnote.ui.dialogs.damaged_notebook_dialog import DamagedNotebookDialog
from relnote.ui.dialogs.settings_dialog import SettingsDialog
from relnote.ui.error_handler import ErrorHandler
from relnote.ui.widgets.backups_panel import BackupsPanel
from tests.safety.support import damage, fill_notebook, names_in
from tests.screenshots import artifact_path, save_screenshot

pytestmark = pytest.mark.usefixtures("english_translations", "english_locale")

PEOPLE = ["Aïcha Benali", "Hélène Dupont", "Marc Leroy"]


def disk_full(*_args, **_kwargs):
    error = sqlite3.OperationalError("database or disk is full")
    error.sqlite_errorcode = sqlite3.SQLITE_FULL
    raise error


@pytest.fixture
def shown_dialogs(monkeypatch, qtbot):
    """QMessageBox.exec records the dialog instead of waiting for a click."""
    shown = []

    def fake_exec(box):
        qtbot.addWidget(box)
        shown.append(box)
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    return shown


def test_an_unexpected_error_saves_the_edit_and_says_where_the_log_is(open_window, notebook_paths, qtbot,
                                                                        shown_dialogs):
    start_logging(notebook_paths)
    window = open_window()
    person = people.add_person("Hélène Dupont", utc_now())
    window.people_page.show_person(person)
    editor = window.people_page.person_panel.profile
    organisation = editor._texts["organisation"]
    organisation.setFocus()
    qtbot.keyClicks(organisation, "Atelier Lumiere")
    assert editor.has_pending_changes()
    handler = ErrorHandler(window, notebook_paths, parent=window)
    try:
        raise RuntimeError("a page asked for a row that is not there")
    except RuntimeError as error:
        handler.handle(type(error), error, error.__traceback__)
    [dialog] = shown_dialogs
    assert dialog.windowTitle() == "Something went wrong"
    assert "a page asked for a row that is not there" in dialog.text()
    assert "what you were typing are saved" in dialog.text()
    assert str(log_file(notebook_paths)) in dialog.text()
    assert "RuntimeError" in dialog.detailedText()
    assert people.load_profile(person).organisation == "Atelier Lumiere"
    assert "a page asked for a row that is not there" in log_file(notebook_paths).read_text()
    dialog.show()
    save_screenshot(dialog, "relnote-error-dialog.png")


def test_a_full_disk_while_typing_keeps_the_edit_queued_and_says_so(open_window, notebook_paths, qtbot,
                                                                    shown_dialogs, monkeypatch):
    window = open_window()
    person = people.add_person("Hélène Dupont", utc_now())
    window.people_page.show_person(person)
    editor = window.people_page.person_panel.profile
    qtbot.keyClicks(editor._texts["city"], "Lyon")
    monkeypatch.setattr(people, "update_person", disk_full)
    handler = ErrorHandler(window, notebook_paths, parent=window)
    with pytest.raises(sqlite3.OperationalError) as caught:
        editor.flush()
    handler.handle(type(caught.value), caught.value, caught.value.__traceback__)
    [dialog] = shown_dialogs
    assert dialog.windowTitle() == "Relnote cannot save"
    assert f"could not write to {notebook_paths.database}: the disk is full" in dialog.text()
    assert "still on screen" in dialog.text()
    assert editor.has_pending_changes() and editor._texts["city"].text() == "Lyon"
    monkeypatch.undo()
    editor.flush()  # space is back: the next save writes it
    assert people.load_profile(person).city == "Lyon"


def test_a_change_refused_by_a_busy_notebook_is_said_not_made(open_window, notebook_paths, shown_dialogs):
    """Quick add while another program holds the notebook: the person is not added, and the dialog
    does not claim otherwise."""
    window = open_window()
    handler = ErrorHandler(window, notebook_paths, parent=window)
    error = sqlite3.OperationalError("database is locked")
    error.sqlite_errorcode = sqlite3.SQLITE_BUSY
    handler.handle(type(error), error, None)
    [dialog] = shown_dialogs
    assert dialog.windowTitle() == "Relnote cannot save"
    assert "If what you just did does not show, it was not made" in dialog.text()
    assert "Your notebook and what you were typing are saved" not in dialog.text()


def test_choosing_another_person_while_the_disk_is_full_stays_on_the_one_being_edited(
        notebook, open_window, qtbot, monkeypatch):

    helene = people.add_person("Hélène Dupont", utc_now())
    marc = people.add_person("Marc Leroy", utc_now())
    window = open_window()
    page = window.people_page
    page.show_person(helene)
    editor = page.person_panel.profile
    qtbot.keyClicks(editor._texts["city"], "Lyon")
    monkeypatch.setattr(people, "update_person", disk_full)
    with qtbot.captureExceptions() as raised:
        page.list_panel.select_person(marc)
        qtbot.waitUntil(lambda: page.list_panel.current_person_id() == helene, timeout=3000)
    assert [kind for kind, *_ in raised] == [sqlite3.OperationalError]
    assert page.current_person_id() == helene and page.person_panel.name_label.text() == "Hélène Dupont"
    assert editor._texts["city"].text() == "Lyon" and editor.has_pending_changes()

    monkeypatch.undo()
    page.list_panel.select_person(marc)
    assert page.current_person_id() == marc
    assert people.load_profile(helene).city == "Lyon"


@pytest.fixture
def answer_damaged_dialog(monkeypatch, qtbot):
    """The damaged-notebook dialog is shown, saved as a PNG if asked, and answered with a click."""
    def install(button: str, png: str | None = None) -> list:
        seen = []

        def fake_exec(dialog):
            qtbot.addWidget(dialog)
            dialog.show()
            if png:
                dialog.grab().save(png)
            seen.append(dialog)
            qtbot.mouseClick(getattr(dialog, button), Qt.MouseButton.LeftButton)
            return dialog.result()

        monkeypatch.setattr(DamagedNotebookDialog, "exec", fake_exec)
        return seen

    return install


def test_a_damaged_notebook_offers_the_newest_sound_backup_and_restores_it(notebook_paths, answer_damaged_dialog):
    fill_notebook(notebook_paths, PEOPLE)
    backups.make_backup(notebook_paths, backups.DAILY, utc_now() - timedelta(days=1))
    fill_notebook(notebook_paths, [f"Person {n}" for n in range(300)])
    damage(notebook_paths.database)
    damaged_bytes = notebook_paths.database.read_bytes()
    seen = answer_damaged_dialog("restore_button", png=str(artifact_path("relnote-damaged-notebook.png")))
    assert notebook_guard.ensure_sound_notebook(notebook_paths)
    [dialog] = seen
    texts = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert str(notebook_paths.database) in texts and "holds 3 people" in texts
    assert names_in(notebook_paths.database) == PEOPLE
    kept = [b for b in backups.list_backups(notebook_paths) if b.reason == "before-restore"]
    assert kept[0].path.read_bytes() == damaged_bytes
    assert notebook_guard.open_notebook(notebook_paths)
    close_database()


def test_an_emptied_notebook_is_not_welcomed_as_new_but_restored(notebook_paths, answer_damaged_dialog):
    fill_notebook(notebook_paths, PEOPLE)
    backups.make_backup(notebook_paths, backups.DAILY, utc_now() - timedelta(days=1))
    notebook_paths.database.write_bytes(b"")
    seen = answer_damaged_dialog("restore_button", png=str(artifact_path("relnote-emptied-notebook.png")))
    assert notebook_guard.check_before_opening(notebook_paths)
    texts = " ".join(label.text() for label in seen[0].findChildren(QLabel))
    assert "the file is empty, although backups show it held a notebook" in texts and "holds 3 people" in texts
    assert names_in(notebook_paths.database) == PEOPLE


def test_a_damaged_notebook_without_a_backup_is_left_alone_on_quit(notebook_paths, answer_damaged_dialog):
    fill_notebook(notebook_paths, [f"Person {n}" for n in range(300)])
    damage(notebook_paths.database)
    before = notebook_paths.database.read_bytes()
    seen = answer_damaged_dialog("quit_button")
    assert not notebook_guard.ensure_sound_notebook(notebook_paths)
    assert seen[0].restore_button is None
    assert notebook_paths.database.read_bytes() == before
    assert database.is_closed()


def test_the_backups_tab_lists_backs_up_and_restores_after_a_confirmation(open_window, notebook_paths, qtbot,
                                                                         monkeypatch):
    fill_notebook(notebook_paths, PEOPLE)
    now = utc_now()
    for days in (3, 2, 1):
        backups.make_backup(notebook_paths, backups.DAILY, now - timedelta(days=days))
    backups.make_backup(notebook_paths, backups.BEFORE_IMPORT, now - timedelta(hours=5), note="Mes contacts (2025).csv")
    window = open_window()
    people.add_person("Added today", now)
    dialog = SettingsDialog(open_settings(notebook_paths), notebook_paths, window)
    qtbot.addWidget(dialog)
    panel: BackupsPanel = dialog.backups_panel
    assert panel.table.topLevelItemCount() == 4
    assert [panel.table.topLevelItem(0).text(c) for c in (1, 2)] == ["Before importing Mes contacts (2025).csv", "3"]
    with qtbot.waitSignal(panel.backup_made, timeout=10_000):
        qtbot.mouseClick(panel.backup_button, Qt.MouseButton.LeftButton)
    assert panel.table.topLevelItemCount() == 5
    assert panel.table.topLevelItem(0).text(1) == "Made by you" and panel.table.topLevelItem(0).text(2) == "4"
    assert panel.status.text().startswith("Backed up 4 people")
    dialog.resize(640, 420)
    dialog.findChild(QTabWidget).setCurrentWidget(panel)
    dialog.show()
    save_screenshot(dialog, "relnote-backups-tab.png")

    asked = []
    monkeypatch.setattr(panel, "confirm_restore", lambda backup: asked.append(backup) or True)
    restarts = []
    monkeypatch.setattr(restart, "request_restart", lambda: restarts.append(True))
    panel.table.setCurrentItem(panel.table.topLevelItem(4))  # the oldest daily copy
    with qtbot.waitSignal(panel.restored, timeout=10_000) as restored:
        qtbot.mouseClick(panel.restore_button, Qt.MouseButton.LeftButton)
    assert asked[0].reason == "daily" and restarts == [True]
    assert names_in(notebook_paths.database) == PEOPLE
    assert "Added today" in names_in(restored.args[0].path)

    window.close()
    again = open_window()  # as the restart opens it
    qtbot.waitUntil(again.undo_bar.isVisible)
    assert again.undo_bar.message.text().startswith("This is your notebook as it was on ")
    assert "put back from a backup" in again.undo_bar.message.text() and not again.undo_bar.undo_button.isVisible()
    save_screenshot(again, "relnote-after-a-restore.png")
    again.close()
    assert open_window().undo_bar.message.text() == ""  # said once


def test_the_backups_tab_in_french_lines_each_heading_up_with_its_column(notebook_paths, qtbot, french):
    from PySide6.QtWidgets import QHeaderView

    from relnote.ui.formatting import number

    fill_notebook(notebook_paths, [f"Personne {count}" for count in range(1234)])
    now = utc_now()
    for days in (3, 2, 1):
        backups.make_backup(notebook_paths, backups.DAILY, now - timedelta(days=days))
    backups.make_backup(notebook_paths, backups.BEFORE_IMPORT, now - timedelta(hours=5),
                        note="Contacts du salon des indépendants de Lyon (2025).csv")
    dialog = SettingsDialog(open_settings(notebook_paths), notebook_paths)
    qtbot.addWidget(dialog)
    panel: BackupsPanel = dialog.backups_panel
    dialog.findChild(QTabWidget).setCurrentWidget(panel)
    dialog.resize(640, 420)
    dialog.show()
    qtbot.waitExposed(dialog)
    table, header = panel.table, panel.table.header()
    newest = table.topLevelItem(0)
    assert [table.headerItem().text(column) for column in range(4)] == ["Date", "Motif", "Personnes", "Taille"]
    assert newest.text(2) == number(1234) == "1\u202f234"
    assert newest.toolTip(1) == "Avant l’import de Contacts du salon des indépendants de Lyon (2025).csv"
    for column in range(4):
        heading = table.headerItem().textAlignment(column) or int(header.defaultAlignment().value)
        cell = newest.textAlignment(column) or int(Qt.AlignmentFlag.AlignLeft.value)
        assert heading & Qt.AlignmentFlag.AlignHorizontal_Mask.value == cell & Qt.AlignmentFlag.AlignHorizontal_Mask.value
    assert header.sectionResizeMode(1) == QHeaderView.ResizeMode.Stretch  # the reason takes the room left
    metrics = table.fontMetrics()
    for column in (2, 3):
        widest = max(metrics.horizontalAdvance(text) for text in
                     [table.headerItem().text(column)] + [table.topLevelItem(row).text(column) for row in range(4)])
        assert widest + 12 <= header.sectionSize(column) <= widest + 40  # a gap before it, and close to it
    assert header.length() <= table.viewport().width()  # nothing off to the side
    save_screenshot(dialog, "relnote-backups-tab-french.png")


def test_the_restore_confirmation_says_the_current_notebook_is_kept(notebook_paths, qtbot, shown_dialogs):
    fill_notebook(notebook_paths, PEOPLE)
    made = backups.make_backup(notebook_paths, backups.MANUAL, utc_now())
    panel = BackupsPanel(notebook_paths)
    qtbot.addWidget(panel)
    assert not panel.confirm_restore(made)  # the box was not answered: nothing happens
    [box] = shown_dialogs
    assert "with 3 people" in box.text()
    assert "first kept as a backup" in box.informativeText()
    assert any(button.text() == "Restore and restart" for button in box.buttons())


def test_a_restart_quits_like_the_quit_action_then_starts_the_same_relnote_again(open_window, notebook_paths,
                                                                               monkeypatch):
    window = open_window()
    quits = []
    window.quit_requested.connect(lambda: quits.append(True))
    monkeypatch.setattr(restart, "_requested", False)
    restart.request_restart()
    assert quits == [True] and restart.restart_requested()
    started = []
    monkeypatch.setattr(subprocess, "Popen", lambda command, **kwargs: started.append(command))
    restart.start_again(notebook_paths)
    assert started[0][-2:] == ["--data-dir", str(notebook_paths.data_dir)]
