"""A moment being written when Relnote is stopped is kept and offered again, not lost."""

from __future__ import annotations

import os
import signal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from relnote.core import people
from relnote.core.clock import utc_now
from relnote.db.models import Moment
from relnote.ui.dialogs.log_moment_dialog import LogMomentDialog
from relnote.ui.stop_signals import StopSignals
from tests.screenshots import save_screenshot


def _stopped_while_writing(qtbot, window, monkeypatch) -> None:
    """Ctrl+L, a few words typed, then a shutdown signal while the dialog is open; its `exec` then
    returns as when the application quits under it."""
    quits = []
    window.quit_requested.connect(lambda: quits.append(True))

    def exec_until_stopped(dialog):
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("call"))
        qtbot.keyClicks(dialog.summary_edit, "Talked about her exhibition")
        dialog.notes_edit.setPlainText("She wants a photographer for the opening")
        stop_signals = StopSignals(window.quit)
        try:
            os.kill(os.getpid(), signal.SIGTERM)
            qtbot.waitUntil(lambda: bool(quits), timeout=3000)
        finally:
            stop_signals.release()
        return QDialog.DialogCode.Rejected.value

    monkeypatch.setattr(LogMomentDialog, "exec", exec_until_stopped)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    monkeypatch.undo()


@pytest.fixture
def stopped(notebook, qtbot, open_window, monkeypatch):
    """Claire, and a window stopped while a moment with her was being written."""
    claire = people.add_person("Claire Martin", utc_now())
    window = open_window()
    window.people_page.show_person(claire)
    _stopped_while_writing(qtbot, window, monkeypatch)
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
