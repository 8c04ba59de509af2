"""What is being written in a dialog when Relnote is stopped (a shutdown, `kill`) is not lost: a moment
is kept and offered again, a person with a name is added."""

from __future__ import annotations

import os
import signal

import pytest
from PySide6.QtCore import Qt

from relnote.core import people
from relnote.core.clock import utc_now
from relnote.db.models import Moment, Person
from relnote.ui.dialogs.log_moment_dialog import LogMomentDialog
from relnote.ui.dialogs.quick_add_dialog import QuickAddDialog
from relnote.ui.stop_signals import StopSignals
from tests.screenshots import save_screenshot


def _stopped_while_writing(qtbot, window, monkeypatch, dialog_class, fill, key) -> None:
    """`key` opens the dialog, `fill(dialog)` types in it, then a shutdown signal arrives while it is
    open; its `exec` returns what it holds, as when the application quits under it."""
    quits = []
    window.quit_requested.connect(lambda: quits.append(True))

    def exec_until_stopped(dialog):
        qtbot.addWidget(dialog)
        dialog.show()
        fill(dialog)
        stop_signals = StopSignals(window.quit)
        try:
            os.kill(os.getpid(), signal.SIGTERM)
            qtbot.waitUntil(lambda: bool(quits), timeout=3000)
        finally:
            stop_signals.release()
        return dialog.result()

    monkeypatch.setattr(dialog_class, "exec", exec_until_stopped)
    qtbot.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)
    monkeypatch.undo()


def _write_a_moment(qtbot):
    def fill(dialog):
        dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("call"))
        qtbot.keyClicks(dialog.summary_edit, "Talked about her exhibition")
        dialog.notes_edit.setPlainText("She wants a photographer for the opening")

    return fill


@pytest.fixture
def stopped(notebook, qtbot, open_window, monkeypatch):
    """Claire, and a window stopped while a moment with her was being written."""
    claire = people.add_person("Claire Martin", utc_now())
    window = open_window()
    window.people_page.show_person(claire)
    _stopped_while_writing(qtbot, window, monkeypatch, LogMomentDialog, _write_a_moment(qtbot), Qt.Key.Key_L)
    return window, claire


def test_a_moment_being_written_at_a_shutdown_is_offered_again(stopped, open_window, drive_dialog):
    _, claire = stopped
    assert Moment.select().count() == 0

    window = open_window()  # Relnote started again
    shown = []

    def look(dialog):
        shown.append((dialog.draft_note.isVisible(), dialog.people.person_ids(), dialog.kind(),
                       dialog.summary(), dialog.notes()))
        save_screenshot(dialog, "log-moment-draft-kept.png")

    drive_dialog(LogMomentDialog, look)
    window.log_moment()
    assert shown == [(True, [claire], "call", "Talked about her exhibition",
                      "She wants a photographer for the opening")]
    assert [m.summary for m in Moment.select()] == ["Talked about her exhibition"]

    drive_dialog(LogMomentDialog, lambda dialog: shown.append(dialog.draft_note.isVisible()), accept=False)
    window.log_moment()
    assert shown[-1] is False  # logged: the draft has served


def test_a_draft_cancelled_by_the_user_is_not_offered_again(stopped, drive_dialog):
    window, _ = stopped
    seen = []
    drive_dialog(LogMomentDialog, lambda dialog: seen.append(dialog.summary()), accept=False)
    window.log_moment()
    window.log_moment()
    assert seen == ["Talked about her exhibition", ""]
    assert Moment.select().count() == 0


def test_a_draft_leaves_out_people_deleted_since(stopped, drive_dialog):
    window, claire = stopped
    paul = people.add_person("Paul Durand", utc_now())
    window.people_page.list_panel.reload()
    window.people_page.show_person(paul)
    people.delete_person(claire)
    seen = []
    drive_dialog(LogMomentDialog, lambda dialog: seen.append((dialog.people.person_ids(), dialog.summary())),
                 accept=False)
    window.log_moment()
    assert seen == [([paul], "Talked about her exhibition")]


def test_a_person_being_added_at_a_shutdown_is_added(notebook, qtbot, open_window, monkeypatch):
    window = open_window()

    def fill(dialog):
        qtbot.keyClicks(dialog.name_edit, "Claire Martin")
        qtbot.keyClicks(dialog.where_edit, "Coworking breakfast")

    _stopped_while_writing(qtbot, window, monkeypatch, QuickAddDialog, fill, Qt.Key.Key_N)
    assert [(p.display_name, p.where_we_met) for p in Person.select()] == [("Claire Martin", "Coworking breakfast")]


def test_an_empty_quick_add_at_a_shutdown_adds_no_one(notebook, qtbot, open_window, monkeypatch):
    window = open_window()
    _stopped_while_writing(qtbot, window, monkeypatch, QuickAddDialog,
                           lambda dialog: qtbot.keyClicks(dialog.where_edit, "Coworking breakfast"), Qt.Key.Key_N)
    assert Person.select().count() == 0


def test_a_namesake_being_weighed_at_a_shutdown_is_not_added_twice(notebook, qtbot, open_window, monkeypatch):
    people.add_person("Claire Martin", utc_now())
    window = open_window()
    _stopped_while_writing(qtbot, window, monkeypatch, QuickAddDialog,
                           lambda dialog: qtbot.keyClicks(dialog.name_edit, "claire martin"), Qt.Key.Key_N)
    assert [p.display_name for p in Person.select()] == ["Claire Martin"]
