"""Dialogs as the keyboard and the user's language expect: Enter does what the dialog is for, a name
picked from the list leaves the field ready for the next one, dates and separators follow the locale."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QDialog

from relnote.core import people
from relnote.core.clock import utc_now
from relnote.ui.dialogs.export_dialog import ExportDialog
from relnote.ui.dialogs.follow_up_dialog import FollowUpDialog
from relnote.ui.dialogs.log_moment_dialog import LogMomentDialog


@pytest.fixture
def locale():
    """Set the locale for one test, and put the usual one back."""
    before = QLocale()
    yield lambda name: QLocale.setDefault(QLocale(name))
    QLocale.setDefault(before)


def test_enter_in_the_reason_plans_the_follow_up(notebook, qtbot):
    anne = people.add_person("Anne Morel", utc_now())
    dialog = FollowUpDialog(None, (anne, "Anne Morel"))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.reason_edit, "Send the article")
    qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted


def test_enter_before_the_reason_does_not_throw_the_follow_up_away(notebook, qtbot):
    anne = people.add_person("Anne Morel", utc_now())
    dialog = FollowUpDialog(None, (anne, "Anne Morel"))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_Return)
    assert dialog.isVisible()  # nothing to plan yet; the dialog waits for the reason


def test_a_name_picked_from_the_list_leaves_the_field_empty_for_the_next(notebook, qtbot):
    people.add_person("Anne Morel", utc_now())
    people.add_person("Bruno Petit", utc_now())
    dialog = LogMomentDialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    picker = dialog.people.picker
    qtbot.keyClicks(picker, "Anne")
    popup = picker.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    first = popup.model().index(0, 0)
    qtbot.mouseClick(popup.viewport(), Qt.MouseButton.LeftButton, pos=popup.visualRect(first).center())
    qtbot.wait(20)
    assert [dialog.people.chosen.item(0).text()] == ["Anne Morel"]
    assert picker.text() == ""


def test_dates_in_dialogs_are_written_as_the_language_writes_them(notebook, qtbot, locale):
    locale("en_US")
    american = LogMomentDialog(None)
    qtbot.addWidget(american)
    assert american.when_edit.displayFormat().startswith("M/d/yyyy h:mm")
    locale("fr_FR")
    french = FollowUpDialog(None)
    qtbot.addWidget(french)
    assert french.due_edit.displayFormat() == "dd/MM/yyyy HH:mm"


def test_a_french_export_separates_cells_as_french_excel_expects(notebook, qtbot, tmp_path, locale):
    locale("fr_FR")
    french = ExportDialog(None, folder=tmp_path)
    qtbot.addWidget(french)
    assert french.delimiter_combo.currentData() == ";"
    locale("en_GB")
    english = ExportDialog(None, folder=tmp_path)
    qtbot.addWidget(english)
    assert english.delimiter_combo.currentData() == ","


def test_after_picking_whom_with_enter_the_reason_is_next(notebook, qtbot):
    anne = people.add_person("Anne Morel", utc_now())
    dialog = FollowUpDialog(None)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.person_edit, "Anne")
    qtbot.keyClick(dialog.person_edit, Qt.Key.Key_Return)
    assert dialog.person_id() == anne
    qtbot.keyClicks(dialog.focusWidget(), "Send the article")
    assert dialog.reason_edit.text() == "Send the article" and dialog.person_edit.text() == "Anne Morel"
    qtbot.keyClick(dialog.reason_edit, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted
