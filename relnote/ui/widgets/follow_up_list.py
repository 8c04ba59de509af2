"""Follow-ups as rows: done, the person (a link), the reason, when, and snooze / change."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, tzinfo

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime, Signal
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import (
    QCalendarWidget, QCheckBox, QDialog, QDialogButtonBox, QFrame, QHBoxLayout, QLabel, QMenu, QPushButton,
    QVBoxLayout,
)

from relnote.core import follow_ups
from relnote.core.clock import utc_now
from relnote.core.follow_ups import SNOOZE_NEXT_WEEK, SNOOZE_TOMORROW, FollowUpRow
from relnote.core.local_days import to_local
from relnote.ui.dialogs.follow_up_dialog import FollowUpDialog
from relnote.ui.formatting import how_long_ago, local_date_time
from relnote.ui.widgets.growing_list import GrowingList
from relnote.ui.widgets.person_link import person_link
from relnote.ui.widgets.section import phrases_label

SHOWN = 20  # rows built at a time: hundreds of overdue follow-ups must not freeze the page


def _t(text: str) -> str:
    return QCoreApplication.translate("FollowUpList", text)


def due_words(row: FollowUpRow, now: datetime, tz: tzinfo | None) -> str:
    if row.done_at is not None:
        return _t("done %1").replace("%1", local_date_time(row.done_at))
    today = to_local(now, tz).date()
    due = to_local(row.due_at, tz)
    if due.date() < today:
        return QCoreApplication.translate("FollowUpList", "due %1", "how long ago").replace(
            "%1", how_long_ago((today - due.date()).days))
    if due.date() == today:
        return _t("today at %1").replace("%1", QLocale().toString(QTime(due.hour, due.minute), QLocale.FormatType.ShortFormat))
    return _t("due %1").replace("%1", local_date_time(row.due_at))


class FollowUpRowWidget(QFrame):
    def __init__(self, row: FollowUpRow, owner: FollowUpList):
        super().__init__()
        self.row = row
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.done_box = QCheckBox()
        self.done_box.setChecked(row.done)
        self.done_box.setToolTip(self.tr("Done: it becomes part of %1's story").replace("%1", row.person_name))
        self.done_box.setAccessibleName(self.tr("Done: %1").replace("%1", row.reason))
        self.done_box.toggled.connect(lambda on: owner.set_done(row.id, on))

        self.person_label = person_link(row.person_id, row.person_name)
        self.person_label.linkActivated.connect(lambda _: owner.person_requested.emit(row.person_id))
        self.reason_label = QLabel(row.reason)
        self.reason_label.setWordWrap(True)
        if row.done:
            font = QFont(self.reason_label.font())
            font.setStrikeOut(True)
            self.reason_label.setFont(font)
        when = [due_words(row, owner.clock(), owner.tz)]
        if row.expecting and not row.done:
            when.insert(0, self.tr("they are expecting to hear from me"))
        self.when_label = phrases_label(when)

        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(self.done_box)
        top.addWidget(self.person_label, 1)
        if not row.done:
            self.snooze_button = QPushButton(self.tr("Snooze"))  # its menu's arrow beside the text, not on it
            menu = QMenu(self.snooze_button)
            for label, choice in ((self.tr("Tomorrow, same time"), SNOOZE_TOMORROW),
                                  (self.tr("Next week"), SNOOZE_NEXT_WEEK)):
                action = QAction(label, menu)
                action.triggered.connect(lambda _=False, c=choice: owner.snooze(row.id, c))
                menu.addAction(action)
            pick = QAction(self.tr("Pick a date…"), menu)
            pick.triggered.connect(lambda: owner.snooze_to_picked_date(row.id))
            menu.addAction(pick)
            self.snooze_button.setMenu(menu)
            self.edit_button = QPushButton(self.tr("Change…"))
            self.edit_button.clicked.connect(lambda: owner.edit(row.id))
            top.addWidget(self.snooze_button)
            top.addWidget(self.edit_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(2)
        layout.addLayout(top)
        for label in (self.reason_label, self.when_label):
            label.setContentsMargins(self.done_box.sizeHint().width() + 8, 0, 0, 0)
            layout.addWidget(label)
        if row.expecting and not row.done:
            self.setProperty("expecting", True)


class FollowUpList(GrowingList):
    """Emits `changed()` after any write, `marked_done(id)` when one is ticked done, `snoozed(id, undo)`
    when one is put off (`undo()` puts it back), `person_requested(id)` when a name is clicked."""

    changed = Signal()
    marked_done = Signal(int)
    snoozed = Signal(int, object)
    person_requested = Signal(int)

    def __init__(self, empty_text: str, parent=None):
        super().__init__(lambda row: FollowUpRowWidget(row, self), SHOWN, SHOWN, parent)
        self.empty_label.setText(empty_text)
        self.clock: Callable[[], datetime] = utc_now
        self.tz: tzinfo | None = None

    def set_rows(self, rows: list[FollowUpRow]) -> None:
        self.set_items(rows)

    def set_done(self, follow_up_id: int, done: bool) -> None:
        if done:
            follow_ups.mark_done(follow_up_id, self.clock())
        else:
            follow_ups.reopen(follow_up_id)
        self.changed.emit()
        if done:
            self.marked_done.emit(follow_up_id)

    def snooze(self, follow_up_id: int, choice) -> None:
        due_at, notified_at = follow_ups.reminder_state(follow_up_id)
        follow_ups.snooze(follow_up_id, choice, self.clock(), self.tz)
        self.changed.emit()
        self.snoozed.emit(follow_up_id, lambda: follow_ups.put_back(follow_up_id, due_at, notified_at))

    def snooze_to_picked_date(self, follow_up_id: int) -> None:
        chosen = pick_date(self, to_local(self.clock(), self.tz).date())
        if chosen is not None:
            self.snooze(follow_up_id, chosen)

    def edit(self, follow_up_id: int) -> None:
        row = follow_ups.follow_up_row(follow_up_id)
        dialog = FollowUpDialog(self, (row.person_id, row.person_name), row.reason, row.due_at, row.expecting,
                                editing=True)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        follow_ups.edit_follow_up(follow_up_id, dialog.reason(), dialog.due_at_utc(), dialog.expecting(),
                                  dialog.person_id())
        self.changed.emit()


class DatePickerDialog(QDialog):
    def __init__(self, parent, start):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Snooze until"))
        self.calendar = QCalendarWidget()
        self.calendar.setSelectedDate(QDate(start.year, start.month, start.day))
        self.calendar.setMinimumDate(QDate(start.year, start.month, start.day))
        self.calendar.activated.connect(self.accept)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.calendar)
        layout.addWidget(buttons)


def pick_date(parent, start):
    dialog = DatePickerDialog(parent, start)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.calendar.selectedDate().toPython()
