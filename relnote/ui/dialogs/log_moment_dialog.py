"""Log a moment in seconds (Ctrl+L), or change one logged before."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup, QComboBox, QDateTimeEdit, QDialog, QFormLayout, QHBoxLayout,
    QLineEdit, QPlainTextEdit, QRadioButton, QVBoxLayout,
)

from relnote.core.clock import local_to_utc, utc_to_local
from relnote.core.moments import MomentDetails
from relnote.core.vocabulary import INITIATORS, MOMENT_KINDS
from relnote.ui.formatting import date_time_edit_format
from relnote.ui.labels import initiator_label, moment_kind_label
from relnote.ui.widgets.dialog_buttons import accept_or_cancel
from relnote.ui.widgets.people_chooser import PeopleChooser


class LogMomentDialog(QDialog):
    def __init__(self, parent=None, with_people: list[tuple[int, str]] = (), changing: MomentDetails | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change a moment") if changing else self.tr("Log a moment"))
        with_people = changing.people if changing else with_people
        self.when_edit = QDateTimeEdit(QDateTime.currentDateTime())
        self.when_edit.setCalendarPopup(True)
        self.when_edit.setDisplayFormat(date_time_edit_format())
        self.when_edit.setAccessibleName(self.tr("When"))

        self.people = PeopleChooser()
        for person_id, name in with_people:
            self.people.add_person(person_id, name)

        self.kind_combo = QComboBox()
        self.kind_combo.setAccessibleName(self.tr("Kind of moment"))
        for key in MOMENT_KINDS:
            self.kind_combo.addItem(moment_kind_label(key), key)
        self.kind_combo.setCurrentIndex(MOMENT_KINDS.index("coffee"))

        self.initiator_group = QButtonGroup(self)
        initiator_row = QHBoxLayout()
        for position, key in enumerate(INITIATORS):
            button = QRadioButton(initiator_label(key))
            button.setProperty("initiator", key)
            self.initiator_group.addButton(button, position)
            initiator_row.addWidget(button)
        initiator_row.addStretch(1)
        self.initiator_group.button(0).setChecked(True)

        self.summary_edit = QLineEdit()
        self.summary_edit.setPlaceholderText(self.tr("What happened, in a line"))
        self.summary_edit.setAccessibleName(self.tr("Summary"))
        self.notes_edit = QPlainTextEdit()
        self.notes_edit.setPlaceholderText(self.tr("Anything worth remembering (optional)"))
        self.notes_edit.setAccessibleName(self.tr("Notes"))
        self.notes_edit.setTabChangesFocus(True)

        form = QFormLayout()
        form.addRow(self.tr("With &whom:"), self.people)
        form.addRow(self.tr("W&hen:"), self.when_edit)
        form.addRow(self.tr("&Kind:"), self.kind_combo)
        form.addRow(self.tr("Who reached out:"), initiator_row)
        form.addRow(self.tr("&Summary:"), self.summary_edit)
        form.addRow(self.tr("&Notes:"), self.notes_edit)

        self.buttons, self.save_button = accept_or_cancel(
            self, self.tr("Save changes") if changing else self.tr("Log moment"))
        self.people.changed.connect(self._update_save_button)
        QShortcut(QKeySequence("Ctrl+Return"), self, self._accept_if_ready)
        self._update_save_button()

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(520, 480)
        if changing:
            self._show_moment(changing)
        (self.summary_edit if with_people else self.people.picker).setFocus()

    def _show_moment(self, moment: MomentDetails) -> None:
        local = utc_to_local(moment.happened_at)
        self.when_edit.setDateTime(QDateTime(QDate(local.year, local.month, local.day),
                                             QTime(local.hour, local.minute, local.second)))
        self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(moment.kind)))
        self.initiator_group.button(INITIATORS.index(moment.initiated_by)).setChecked(True)
        self.summary_edit.setText(moment.summary)
        self.notes_edit.setPlainText(moment.notes)

    def _update_save_button(self) -> None:
        self.save_button.setEnabled(bool(self.people.person_ids()))
        self.save_button.setDefault(self.save_button.isEnabled())

    def _accept_if_ready(self) -> None:
        if self.save_button.isEnabled():
            self.accept()

    def happened_at_utc(self) -> datetime:
        return local_to_utc(self.when_edit.dateTime().toPython())

    def kind(self) -> str:
        return self.kind_combo.currentData()

    def initiated_by(self) -> str:
        return self.initiator_group.checkedButton().property("initiator")

    def summary(self) -> str:
        return self.summary_edit.text()

    def notes(self) -> str:
        return self.notes_edit.toPlainText()
