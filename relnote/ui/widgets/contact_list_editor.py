"""Several labelled e-mails, phones or links, edited in place."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QToolButton, QVBoxLayout, QWidget

from relnote.core.contact_values import contact_problem
from relnote.core.people import ContactEntry
from relnote.ui.labels import contact_labels, contact_problem_text
from relnote.ui.secondary_text import quiet_label
from relnote.ui.widgets.section import link_button


class _ContactRow(QWidget):
    edited = Signal()
    remove_requested = Signal(QWidget)

    def __init__(self, kind: str, entry: ContactEntry, hint: str, parent=None):
        super().__init__(parent)
        self.label_combo = QComboBox()
        self.label_combo.setEditable(True)
        for key, words in contact_labels(kind):
            self.label_combo.addItem(words, key)
        self._show_label(entry.label)
        self.label_combo.setMinimumContentsLength(6)
        self.label_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.label_combo.setAccessibleName(self.tr("Label"))
        self.value_edit = QLineEdit(entry.value)
        self.value_edit.setPlaceholderText(hint)
        self.value_edit.setAccessibleName(hint)
        self._kind = kind
        self.warning = quiet_label()
        self.warning.hide()
        self.remove_button = QToolButton()
        self.remove_button.setText("✕")
        self.remove_button.setToolTip(self.tr("Remove"))
        self.remove_button.setAccessibleName(self.tr("Remove"))

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label_combo)
        row.addWidget(self.value_edit, 1)
        row.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(row)
        layout.addWidget(self.warning)
        self.label_combo.currentTextChanged.connect(self.edited)
        self.value_edit.textEdited.connect(self.edited)
        # Said once the user leaves the field (not at every keystroke), and taken back as soon as it is right.
        self.value_edit.editingFinished.connect(lambda: self._check(self.value_edit.text()))
        self.value_edit.textChanged.connect(lambda text: self.warning.isHidden() or self._check(text))
        self._check(entry.value)
        self.remove_button.clicked.connect(lambda: self.remove_requested.emit(self))

    def _check(self, value: str) -> None:
        """Says so when the value does not look like an e-mail, phone or link; it is kept all the same."""
        problem = contact_problem(self._kind, value)
        self.warning.setText("⚠ " + contact_problem_text(problem) if problem else "")
        self.warning.setVisible(problem is not None)
        self.value_edit.setAccessibleDescription(self.warning.text())

    def _show_label(self, label: str) -> None:
        """A suggested label in the user's words (whichever language it was kept in); any other as typed."""
        wanted = label.strip().casefold()
        for index in range(self.label_combo.count()):
            if wanted in (self.label_combo.itemData(index).casefold(), self.label_combo.itemText(index).casefold()):
                self.label_combo.setCurrentIndex(index)
                return
        if label:
            self.label_combo.setCurrentText(label)
        else:
            self.label_combo.setCurrentIndex(0)

    def entry(self) -> ContactEntry:
        text = self.label_combo.currentText()
        index = self.label_combo.findText(text)
        return ContactEntry(self.label_combo.itemData(index) if index >= 0 else text, self.value_edit.text())


class ContactListEditor(QWidget):
    changed = Signal()

    def __init__(self, kind: str, hint: str, add_text: str, parent=None):
        super().__init__(parent)
        self._kind = kind
        self._hint = hint
        self._rows: list[_ContactRow] = []
        self._rows_layout = QVBoxLayout()
        self._rows_layout.setContentsMargins(0, 0, 0, 0)
        self.add_button = link_button(add_text)
        self.add_button.clicked.connect(self.add_empty_row)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(self._rows_layout)
        layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)

    def set_entries(self, entries: list[ContactEntry]) -> None:
        for row in self._rows:
            row.deleteLater()
        self._rows = []
        for entry in entries:
            self._append(entry)

    def entries(self) -> list[ContactEntry]:
        return [row.entry() for row in self._rows]

    def add_empty_row(self) -> None:
        self._append(ContactEntry("", "")).value_edit.setFocus()

    def _append(self, entry: ContactEntry) -> _ContactRow:
        row = _ContactRow(self._kind, entry, self._hint)
        row.edited.connect(self.changed)
        row.remove_requested.connect(self._remove)
        self._rows.append(row)
        self._rows_layout.addWidget(row)
        return row

    def _remove(self, row: _ContactRow) -> None:
        self._rows.remove(row)
        row.deleteLater()
        self.changed.emit()
