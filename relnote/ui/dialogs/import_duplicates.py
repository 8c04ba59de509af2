"""The people of a file who are already in the notebook, with a choice for each: merge, skip or add."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QStyledItemDelegate

from relnote.core.importing import ADD, CHOICES, MERGE, SKIP, DuplicateMatch
from relnote.core.importing.duplicates import SAME_EMAIL, SAME_NAME, SAME_NAME_AND_ORGANISATION, usual_choice

LINE, IN_FILE, IN_NOTEBOOK, WHY, CHOICE = range(5)


class DuplicatesModel(QAbstractTableModel):
    def __init__(self, matches: list[DuplicateMatch], parent=None, earlier: dict[int, str] | None = None):
        """`earlier`: the choices already made for these lines of the file (the user went Back and on)."""
        super().__init__(parent)
        self.matches = matches
        self.choices = [(earlier or {}).get(match.line, usual_choice(match.reason, MERGE)) for match in matches]

    def choice_label(self, choice: str) -> str:
        return {MERGE: self.tr("Merge"), SKIP: self.tr("Skip"), ADD: self.tr("Add anyway")}[choice]

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.matches)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 5

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Line"), self.tr("In the file"), self.tr("Already in your notebook"),
                    self.tr("Why"), self.tr("What to do"))[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.matches):
            return None
        match = self.matches[index.row()]
        if role == Qt.ItemDataRole.DisplayRole or (role == Qt.ItemDataRole.ToolTipRole
                                                   and index.column() in (IN_FILE, IN_NOTEBOOK, WHY)):
            return self._text(match, index.row(), index.column())
        if role == Qt.ItemDataRole.EditRole and index.column() == CHOICE:
            return self.choices[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == CHOICE:
            return self.tr("Merge fills the empty fields and adds e-mails, phones, tags and notes; "
                           "skip leaves this row out; add anyway creates a second person.")
        return None

    def _text(self, match: DuplicateMatch, row: int, column: int) -> str:
        if column == LINE:
            return str(match.line)
        if column == IN_FILE:
            details = ", ".join(part for part in (match.organisation, match.email) if part)
            return f"{match.name} ({details})" if details else match.name
        if column == IN_NOTEBOOK:  # with the organisation, to tell a namesake apart
            return f"{match.person_name} ({match.person_organisation})" if match.person_organisation \
                else match.person_name
        if column == WHY:
            if match.reason == SAME_EMAIL:  # the evidence itself, for the user to judge
                return self.tr("same e-mail: %1").replace("%1", match.email)
            return {SAME_NAME_AND_ORGANISATION: self.tr("same name and organisation"),
                    SAME_NAME: self.tr("same name only: a namesake?")}[match.reason]
        return self.choice_label(self.choices[row])

    def flags(self, index):
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsEditable if index.column() == CHOICE else base

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() != CHOICE or value not in CHOICES:
            return False
        self.choices[index.row()] = value
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole])
        return True

    def set_all(self, choice: str) -> None:
        self.choices = [choice] * len(self.matches)
        if self.matches:
            self.dataChanged.emit(self.index(0, CHOICE), self.index(len(self.matches) - 1, CHOICE))

    def decisions(self) -> dict[int, str]:
        return {match.line: choice for match, choice in zip(self.matches, self.choices)}


class ChoiceDelegate(QStyledItemDelegate):
    """A drop-down of merge / skip / add anyway in the last column."""

    def createEditor(self, parent, option, index):
        editor = QComboBox(parent)
        for choice in CHOICES:
            editor.addItem(index.model().choice_label(choice), choice)
        editor.activated.connect(lambda _=0, e=editor: self.commitData.emit(e))
        return editor

    def setEditorData(self, editor, index):
        editor.setCurrentIndex(max(0, editor.findData(index.data(Qt.ItemDataRole.EditRole))))

    def setModelData(self, editor, model, index):
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)
