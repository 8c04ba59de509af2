"""A person's profile, edited in place: every change is saved as it is made."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox, QCompleter, QDateEdit, QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit,
    QSpinBox, QToolButton, QVBoxLayout, QWidget,
)

from relnote.core import people
from relnote.core.clock import utc_now
from relnote.core.errors import NotFoundError, ValidationError
from relnote.core.vocabulary import STAGES
from relnote.db.people_queries import tag_names
from relnote.ui.labels import stage_label
from relnote.ui.widgets.contact_list_editor import ContactListEditor
from relnote.ui.widgets.optional_date_edit import OptionalDateEdit
from relnote.ui.widgets.person_picker import PersonPicker

SAVE_DELAY_MS = 400
NOTES_LINES_SHOWN = 8


class ProfileEditor(QWidget):
    """Emits `saved(person_id, field_names)` after each write to the notebook."""

    saved = Signal(int, set)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._person_id: int | None = None
        self._loading = False
        self._pending: dict[str, object] = {}
        self._pending_contacts: set[str] = set()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.flush)
        self._texts: dict[str, QLineEdit | QPlainTextEdit] = {}
        self._introducer_id: int | None = None
        self._loaded_change = None  # when the profile on screen had last changed in the notebook
        self._build()

    # ---- layout -------------------------------------------------------------------------
    def _line(self, name: str, accessible: str, hint: str = "") -> QLineEdit:
        edit = QLineEdit()
        edit.setAccessibleName(accessible)
        edit.setPlaceholderText(hint)
        edit.textEdited.connect(lambda text, n=name: self._queue(n, text))
        edit.editingFinished.connect(self.flush)
        self._texts[name] = edit
        return edit

    def _paragraph(self, name: str, accessible: str, hint: str = "") -> QPlainTextEdit:
        edit = _FlushingTextEdit(self.flush)
        edit.setAccessibleName(accessible)
        edit.setPlaceholderText(hint)
        edit.setTabChangesFocus(True)
        edit.setMinimumHeight(64)
        edit.textChanged.connect(lambda n=name, e=edit: self._queue(n, e.toPlainText()))
        self._texts[name] = edit
        return edit

    def _build(self) -> None:
        who = QFormLayout()
        who.addRow(self.tr("Display name:"), self._line("display_name", self.tr("Display name")))
        names = QHBoxLayout()
        names.addWidget(self._line("first_name", self.tr("First name"), self.tr("First name")))
        names.addWidget(self._line("last_name", self.tr("Last name"), self.tr("Last name")))
        who.addRow(self.tr("First and last name:"), names)
        who.addRow(self.tr("Organisation:"), self._line("organisation", self.tr("Organisation")))
        who.addRow(self.tr("Role:"), self._line("role", self.tr("Role")))
        who.addRow(self.tr("City:"), self._line("city", self.tr("City")))
        self.emails = ContactListEditor("email", self.tr("E-mail address"), self.tr("+ Add an e-mail"))
        self.phones = ContactListEditor("phone", self.tr("Phone number"), self.tr("+ Add a phone"))
        self.links = ContactListEditor("link", self.tr("Web address"), self.tr("+ Add a link"))
        for kind, editor in (("email", self.emails), ("phone", self.phones), ("link", self.links)):
            editor.changed.connect(lambda k=kind: self._queue_contacts(k))
        who.addRow(self.tr("E-mails:"), self.emails)
        who.addRow(self.tr("Phones:"), self.phones)
        who.addRow(self.tr("Links:"), self.links)

        met = QFormLayout()
        met.addRow(self.tr("How we met:"), self._line("how_we_met", self.tr("How we met"),
                                                      self.tr("e.g. she asked a question after my talk")))
        met.addRow(self.tr("Where we met:"), self._line("where_we_met", self.tr("Where we met")))
        self.met_on = OptionalDateEdit()
        self.met_on.setAccessibleName(self.tr("When we met"))
        self.met_on.date_changed.connect(lambda: self._save_now("met_on", self.met_on.value()))
        met.addRow(self.tr("When we met:"), self.met_on)
        self.introducer = PersonPicker()
        self.introducer.setAccessibleName(self.tr("Introduced by"))
        self.introducer.setPlaceholderText(self.tr("Type a name from your notebook"))
        self.introducer.person_picked.connect(self._introducer_picked)
        self.introducer.editingFinished.connect(self._introducer_edited)
        self.clear_introducer = QToolButton()
        self.clear_introducer.setText("✕")
        self.clear_introducer.setToolTip(self.tr("No one introduced us"))
        self.clear_introducer.setAccessibleName(self.tr("No one introduced us"))
        self.clear_introducer.clicked.connect(lambda: self._introducer_picked(None, ""))
        introduced = QHBoxLayout()
        introduced.addWidget(self.introducer, 1)
        introduced.addWidget(self.clear_introducer)
        met.addRow(self.tr("Introduced by:"), introduced)

        bond = QFormLayout()
        self.stage = QComboBox()
        self.stage.setAccessibleName(self.tr("Relationship stage"))
        for key in STAGES:
            self.stage.addItem(stage_label(key), key)
        self.stage.activated.connect(lambda: self._save_now("stage", self.stage.currentData()))
        bond.addRow(self.tr("Relationship stage:"), self.stage)
        self.tags = QLineEdit()
        self.tags.setAccessibleName(self.tr("Tags"))
        self.tags.setPlaceholderText(self.tr("Separated by commas, e.g. coach, Lyon"))
        self._tag_completions = QStringListModel(self)
        tag_completer = QCompleter(self._tag_completions, self.tags)
        tag_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.tags.textEdited.connect(self._update_tag_completer)
        self.tags.textEdited.connect(lambda text: self._queue("tags", text))
        self.tags.editingFinished.connect(lambda: self._save_now("tags", self.tags.text()))
        self.tags.setCompleter(tag_completer)
        bond.addRow(self.tr("Tags:"), self.tags)
        self.cadence = QSpinBox()
        self.cadence.setRange(0, 3650)
        self.cadence.setSpecialValueText(self.tr("not set"))
        self.cadence.setSuffix(self.tr(" days"))
        self.cadence.setAccessibleName(self.tr("Keep in touch every"))
        self.cadence.valueChanged.connect(lambda value: self._queue("cadence_days", value or None))
        bond.addRow(self.tr("Keep in touch every:"), self.cadence)
        bond.addRow(self.tr("What matters to them:"),
                    self._paragraph("what_matters", self.tr("What matters to them")))
        bond.addRow(self.tr("How I could help:"),
                    self._paragraph("how_i_could_help", self.tr("How I could help")))
        notes = self._paragraph("notes", self.tr("Notes"))
        notes.setMinimumHeight(notes.fontMetrics().lineSpacing() * NOTES_LINES_SHOWN + 12)  # years of notes
        bond.addRow(self.tr("Notes:"), notes)

        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: palette(highlighted-text); background: #b3261e; padding: 4px;")
        self.problem.hide()

        layout = QVBoxLayout(self)
        layout.addWidget(self.problem)
        for title, form in ((self.tr("Who they are"), who), (self.tr("How we met"), met),
                            (self.tr("Our relationship"), bond)):
            box = QGroupBox(title)
            box.setLayout(form)
            form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
            layout.addWidget(box)
        layout.addStretch(1)
        for field in [w for kind in (QComboBox, QSpinBox, QDateEdit) for w in self.findChildren(kind)]:
            field.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            field.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        """The wheel scrolls the profile; it changes a field only once the user has clicked into it."""
        if event.type() == QEvent.Type.Wheel and not watched.hasFocus():
            event.ignore()
            return True
        return super().eventFilter(watched, event)

    # ---- loading ------------------------------------------------------------------------
    def person_id(self) -> int | None:
        return self._person_id

    def show_person(self, person_id: int | None) -> None:
        self.flush()
        self._person_id = person_id
        self.problem.hide()
        if person_id is None:
            self.setEnabled(False)
            return
        self.setEnabled(True)
        profile = people.load_profile(person_id)
        self._loading = True
        try:
            for name, edit in self._texts.items():
                value = getattr(profile, name)
                if isinstance(edit, QLineEdit):
                    edit.setText(value)
                else:
                    edit.setPlainText(value)
            self.emails.set_entries(profile.emails)
            self.phones.set_entries(profile.phones)
            self.links.set_entries(profile.links)
            self.met_on.set_value(profile.met_on)
            self.introducer.setText(profile.introduced_by_name)
            self._introducer_id = profile.introduced_by_id
            self.introducer.exclude([person_id])
            self.clear_introducer.setEnabled(profile.introduced_by_id is not None)
            self.stage.setCurrentIndex(STAGES.index(profile.stage) if profile.stage in STAGES else 0)
            self.tags.setText(", ".join(profile.tags))
            self.cadence.setValue(profile.cadence_days or 0)
        finally:
            self._loading = False
        self._pending.clear()
        self._pending_contacts.clear()
        self._loaded_change = profile.updated_at

    def reload_if_changed_elsewhere(self) -> bool:
        """Read the profile again if an import or the terminal changed it since it was shown, so that
        an edit never writes back what is no longer there. True when it was read again."""
        if self._person_id is None:
            return False
        self.flush()
        try:
            if people.last_changed(self._person_id) == self._loaded_change:
                return False
        except NotFoundError:
            return False
        self.show_person(self._person_id)
        return True

    # ---- saving -------------------------------------------------------------------------
    def _queue(self, name: str, value) -> None:
        if self._loading or self._person_id is None:
            return
        self._pending[name] = value
        self._timer.start()

    def _queue_contacts(self, kind: str) -> None:
        if self._loading or self._person_id is None:
            return
        self._pending_contacts.add(kind)
        self._timer.start()

    def _save_now(self, name: str, value) -> None:
        self._queue(name, value)
        self.flush()

    def has_pending_changes(self) -> bool:
        return bool(self._pending or self._pending_contacts)

    def focus_first_field(self) -> None:
        """The cursor in the display name, ready to complete a person just added."""
        self._texts["display_name"].setFocus()

    def flush(self) -> None:
        """Write every queued change now."""
        self._timer.stop()
        if self._person_id is None or not self.has_pending_changes():
            return
        changes, self._pending = self._pending, {}
        kinds, self._pending_contacts = self._pending_contacts, set()
        fields = {name: value for name, value in changes.items() if name != "tags"}
        now = utc_now()
        saved: set[str] = set()
        try:
            if "tags" in changes and self._write_tags(changes["tags"], now):
                saved.add("tags")
            if fields:
                people.update_person(self._person_id, now, **fields)
                saved |= set(fields)
            editors = {"email": self.emails, "phone": self.phones, "link": self.links}
            for kind in kinds:
                people.set_contact_points(self._person_id, kind, editors[kind].entries(), now)
                saved.add(kind)
            self.problem.hide()
        except ValidationError as error:
            self._show_problem(error)
            others = {k: v for k, v in fields.items() if k != error.field}
            if others:
                people.update_person(self._person_id, now, **others)
                saved |= set(others)
        except Exception:
            self._pending = {**{k: v for k, v in changes.items() if k not in saved}, **self._pending}
            self._pending_contacts |= kinds - saved
            raise  # a disk or notebook fault: the edit stays queued and is written with the next change
        if saved:
            self._loaded_change = people.last_changed(self._person_id)
            self.saved.emit(self._person_id, saved)

    def _show_problem(self, error: ValidationError) -> None:
        if error.field == "display_name":
            text = self.tr("A person needs a display name; the previous one is kept until you type one.")
        else:
            text = self.tr("This value could not be saved: %1.").replace("%1", error.field)
        self.problem.setText(text)
        self.problem.show()

    def _write_tags(self, text: str, now) -> bool:
        names = people.normalise_tags(text.split(","))
        if names == people.tags_of(self._person_id):
            return False
        people.set_tags(self._person_id, names, now)
        return True

    def _update_tag_completer(self, text: str) -> None:
        done, _, typing = text.rpartition(",")
        prefix = f"{done}, " if done else ""
        self._tag_completions.setStringList([prefix + name for name in tag_names()
                                             if typing.strip().casefold() in name.casefold()])

    def _introducer_picked(self, person_id: int | None, name: str) -> None:
        QTimer.singleShot(0, lambda: self.introducer.setText(name))
        self._introducer_id = person_id
        self.clear_introducer.setEnabled(person_id is not None)
        self._save_now("introduced_by_id", person_id)

    def _introducer_edited(self) -> None:
        if not self.introducer.text().strip() and self._introducer_id is not None:
            self._introducer_picked(None, "")


class _FlushingTextEdit(QPlainTextEdit):
    """Saves what was typed as soon as focus leaves."""

    def __init__(self, flush):
        super().__init__()
        self._flush = flush

    def focusOutEvent(self, event) -> None:
        self._flush()
        super().focusOutEvent(event)
