"""A date that may be left unset: it starts from today when the user reaches for it."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt

from relnote.ui.widgets.optional_date_edit import OptionalDateEdit


def test_an_unset_date_offers_today_and_nothing_to_clear(qtbot):
    edit = OptionalDateEdit(unset_text="the beginning")
    qtbot.addWidget(edit)
    edit.show()
    assert edit.value() is None and edit.date_edit.text() == "the beginning"
    assert not edit.clear_button.isEnabled()

    calendar = edit.date_edit.calendarWidget()
    popup = calendar.window()
    popup.show()  # as the arrow of the date shows it
    today = QDate.currentDate()
    assert (calendar.yearShown(), calendar.monthShown()) == (today.year(), today.month())
    popup.hide()

    changes = []
    edit.date_changed.connect(lambda: changes.append(edit.value()))
    qtbot.keyClick(edit.date_edit, Qt.Key.Key_Up)
    assert edit.value() == date.today() and changes == [date.today()]
    assert edit.clear_button.isEnabled()
    qtbot.mouseClick(edit.clear_button, Qt.MouseButton.LeftButton)
    assert edit.value() is None and not edit.clear_button.isEnabled()


def test_the_first_and_last_days_relnote_keeps_are_shown_and_nothing_beyond(qtbot):
    edit = OptionalDateEdit()
    qtbot.addWidget(edit)
    edit.set_value(date(1900, 1, 1))
    assert edit.value() == date(1900, 1, 1) and edit.date_edit.text() != "not set"
    edit.set_value(date(2100, 12, 31))
    assert edit.value() == date(2100, 12, 31)
    edit.date_edit.setDate(QDate(9999, 12, 31))
    assert edit.value() == date(2100, 12, 31)
