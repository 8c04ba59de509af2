"""Log a moment in seconds (Ctrl+L), or change one logged before."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, QSettings, QTime
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup, QComboBox, QDateTimeEdit, QDialog, QFormLayout, QHBoxLayout, QLabel,
    QLineEdit, QPlainTextEdit, QRadioButton, QVBoxLayout,
)

from relnote.core.clock import local_to_utc, utc_to_local
from relnote.core.moments import MomentDetails
from relnote.core.vocabulary import INITIATORS, MOMENT_KINDS
from relnote.ui.formatting import date_time_edit_format
from relnote.ui.labels import initiator_label, moment_kind_label
from relnote.ui.moment_draft import drop_moment_draft, keep_moment_draft
from relnote.ui.secondary_text import quiet_label
from relnote.ui.widgets.dialog_buttons import accept_or_cancel
from relnote.ui.widgets.people_chooser import PeopleChooser


class LogMomentDialog(QDialog):
    """`drafts`: where a new moment is kept when Relnote stops while it is being written (see
    `keep_draft`); `draft`, such a moment, to go on with."""

    def __init__(self, parent=None, with_people: list[tuple[int, str]] = (), changing: MomentDetails | None = None,
                 drafts: QSettings | None = None, draft: dict | None = None):
        super().__init__(parent)
        self._drafts = None if changing else drafts
        self._stopping = False
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
        self.draft_note = quiet_label(self.tr("The moment you were writing when Relnote closed, kept for you."))
        self.draft_note.setVisible(False)
        layout.addWidget(self.draft_note)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.resize(520, 480)
        if changing:
            self._show_moment(changing)
        elif draft:
            self._show_draft(draft)
        (self.summary_edit if self.people.person_ids() else self.people.picker).setFocus()

    def _show_draft(self, draft: dict) -> None:
        """`draft["people"]`: only the people still in the notebook."""
        try:
            for person_id, name in draft.get("people", []):
                if person_id not in self.people.person_ids():
                    self.people.add_person(int(person_id), str(name))
            when = QDateTime.fromString(str(draft.get("when", "")), "yyyy-MM-ddTHH:mm:ss")
            if when.isValid():
                self.when_edit.setDateTime(when)
            self.kind_combo.setCurrentIndex(max(0, self.kind_combo.findData(draft.get("kind"))))
            if draft.get("initiated_by") in INITIATORS:
                self.initiator_group.button(INITIATORS.index(draft["initiated_by"])).setChecked(True)
            self.summary_edit.setText(str(draft.get("summary", "")))
            self.notes_edit.setPlainText(str(draft.get("notes", "")))
        except (TypeError, ValueError, AttributeError):
            return  # a settings file edited by hand: what could be read stays
        self.draft_note.setVisible(True)

    def draft(self) -> dict | None:
        """What was written so far, or None when nothing was."""
        if not (self.summary().strip() or self.notes().strip()):
            return None
        when = self.when_edit.dateTime().toString("yyyy-MM-ddTHH:mm:ss")
        return {"people": self.people.chosen_people(), "when": when, "kind": self.kind(),
                "initiated_by": self.initiated_by(), "summary": self.summary(), "notes": self.notes()}

    def keep_draft(self) -> None:
        """Relnote is stopping while this dialog is open: keep what was written for next time."""
        self._stopping = True
        draft = self.draft()
        if self._drafts is not None and draft is not None:
            keep_moment_draft(self._drafts, draft)

    def done(self, result: int) -> None:
        if self._drafts is not None and not self._stopping:
            drop_moment_draft(self._drafts)  # logged, or cancelled by the user: the draft has served
        super().done(result)

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
