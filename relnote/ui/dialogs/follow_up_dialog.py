"""Plan (or change) a follow-up: with whom, why, when, and whether they expect to hear from me."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QCheckBox, QDateTimeEdit, QDialog, QFormLayout, QLineEdit, QVBoxLayout,
)

from relnote.core.local_days import local_to_utc, to_local
from relnote.ui.formatting import date_time_edit_format
from relnote.ui.secondary_text import quiet_label
from relnote.ui.widgets.dialog_buttons import accept_or_cancel
from relnote.ui.widgets.person_picker import PersonPicker

DEFAULT_HOUR = time(9, 0)


class FollowUpDialog(QDialog):
    def __init__(self, parent=None, person: tuple[int, str] | None = None, reason: str = "",
                 due_at: datetime | None = None, expecting: bool = False, today: date | None = None,
                 editing: bool = False):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change the follow-up") if editing else self.tr("Plan a follow-up"))
        self._person_id: int | None = None
        self.person_edit = PersonPicker()
        self.person_edit.setPlaceholderText(self.tr("Type a name…"))
        self.person_edit.setAccessibleName(self.tr("With whom"))
        self.person_edit.person_picked.connect(self._person_picked)
        self.person_edit.textEdited.connect(self._person_text_edited)

        self.reason_edit = QLineEdit(reason)
        self.reason_edit.setPlaceholderText(self.tr("Why: what you will bring them, or what they asked"))
        self.reason_edit.setAccessibleName(self.tr("Reason"))
        self.reason_edit.textChanged.connect(self._update_ok)
        self.reason_hint = quiet_label(self.tr("A follow-up always has a reason: we never call without one."))

        if due_at is None:
            start = (today or date.today()) + timedelta(days=1)
            local_due = datetime.combine(start, DEFAULT_HOUR)
        else:
            local_due = to_local(due_at)
        self.due_edit = QDateTimeEdit(QDateTime(local_due))
        self.due_edit.setCalendarPopup(True)
        self.due_edit.setDisplayFormat(date_time_edit_format())
        self.due_edit.setAccessibleName(self.tr("Due"))
        self.expecting_box = QCheckBox(self.tr("They are expecting to hear from me"))
        self.expecting_box.setChecked(expecting)
        self.expecting_box.setToolTip(self.tr("Follow-ups they are waiting for come first on Today"))

        form = QFormLayout()
        form.addRow(self.tr("With &whom:"), self.person_edit)
        form.addRow(self.tr("&Reason:"), self.reason_edit)
        form.addRow("", self.reason_hint)
        form.addRow(self.tr("&Due:"), self.due_edit)
        form.addRow("", self.expecting_box)

        self.buttons, self.ok_button = accept_or_cancel(self, self.tr("Save") if editing else self.tr("Plan follow-up"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(480, 0)
        if person is not None:
            self.set_person(*person)
        self._update_ok()
        (self.reason_edit if person is not None else self.person_edit).setFocus()

    def set_person(self, person_id: int, name: str) -> None:
        self._person_id = person_id
        self.person_edit.setText(name)
        self._update_ok()

    def _person_picked(self, person_id: int, name: str) -> None:
        self.set_person(person_id, name)
        self.reason_edit.setFocus()  # the reason comes next; typing on here would undo the choice

    def _person_text_edited(self, _text: str) -> None:
        self._person_id = None
        self._update_ok()

    def _update_ok(self) -> None:
        self.ok_button.setEnabled(self._person_id is not None and bool(self.reason_edit.text().strip()))
        self.ok_button.setDefault(self.ok_button.isEnabled())

    def person_id(self) -> int | None:
        return self._person_id

    def reason(self) -> str:
        return self.reason_edit.text()

    def due_at_utc(self) -> datetime:
        local = self.due_edit.dateTime().toPython()
        return local_to_utc(local.date(), local.time().replace(second=0, microsecond=0))

    def expecting(self) -> bool:
        return self.expecting_box.isChecked()
