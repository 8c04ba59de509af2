"""Dialogs as the keyboard and the user's language expect: Enter does what the dialog is for, a name
picked from the list leaves the field ready for the next one, dates and separators follow the locale."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QDialog, QLabel

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


def tab_stops(widget, count: int) -> list:
    """The next `count` widgets Tab stops at after `widget`."""
    stops = []
    while len(stops) < count:
        widget = widget.nextInFocusChain()
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisible() and widget.isEnabled():
            stops.append(widget)
    return stops


def test_tab_reaches_the_dialogs_own_button_before_cancel(notebook, qtbot):
    from relnote.ui.dialogs.quick_add_dialog import QuickAddDialog

    dialog = QuickAddDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.name_edit, "Anne")
    cancel = dialog.buttons.button(dialog.buttons.StandardButton.Cancel)
    assert tab_stops(dialog.where_edit, 2) == [dialog.add_button, cancel]


def test_the_with_whom_shortcut_puts_the_cursor_in_the_name_field(notebook, qtbot):
    dialog = LogMomentDialog(None)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    label = next(label for label in dialog.findChildren(QLabel) if label.text() == "With &whom:")
    assert label.buddy() is dialog.people
    label.buddy().setFocus()  # what Alt+W does
    assert dialog.people.picker.hasFocus()


def test_tab_leaves_the_people_list_and_an_unset_date(notebook, qtbot, open_window):
    from PySide6.QtWidgets import QLineEdit

    from relnote.ui.widgets.optional_date_edit import OptionalDateEdit

    for name in ("Anne Morel", "Bruno Petit"):
        people.add_person(name, utc_now())
    window = open_window()
    table = window.people_page.list_panel.table
    assert not table.tabKeyNavigation()  # Tab would otherwise walk the cells, changing person
    host = QDialog()
    qtbot.addWidget(host)
    date_edit, after = OptionalDateEdit(host), QLineEdit(host)
    with qtbot.waitActive(host):
        host.show()
        host.activateWindow()
    date_edit.date_edit.setFocus()
    qtbot.waitUntil(date_edit.date_edit.hasFocus)
    qtbot.keyClick(date_edit.date_edit, Qt.Key.Key_Tab)
    assert after.hasFocus()


def test_dates_shown_keep_their_four_digit_year(locale):
    from datetime import date, datetime

    from relnote.ui.formatting import local_date_time, short_date

    locale("en_US")
    assert short_date(date(2022, 4, 8)) == "4/8/2022"  # not 4/8/22, in a notebook of years
    assert local_date_time(datetime(2022, 4, 8, 12, 0)).startswith("4/8/2022")
    locale("fr_FR")
    assert short_date(date(2022, 4, 8)) == "08/04/2022"
