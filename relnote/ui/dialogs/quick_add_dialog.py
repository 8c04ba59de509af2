"""Quick add (Ctrl+N): a name and where we met is enough."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QLineEdit, QVBoxLayout

from relnote.ui.widgets.dialog_buttons import accept_or_cancel
from relnote.ui.widgets.section import quiet


class QuickAddDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add a person"))
        self.name_edit = QLineEdit()
        self.name_edit.setPlaceholderText(self.tr("e.g. Claire Martin"))
        self.name_edit.setAccessibleName(self.tr("Name"))
        self.where_edit = QLineEdit()
        self.where_edit.setPlaceholderText(self.tr("e.g. the coworking breakfast"))
        self.where_edit.setAccessibleName(self.tr("Where we met"))

        form = QFormLayout()
        form.addRow(self.tr("&Name:"), self.name_edit)
        form.addRow(self.tr("&Where we met:"), self.where_edit)
        hint = quiet(QLabel(self.tr("That is enough for now; the rest can come later.")))

        self.buttons, self.add_button = accept_or_cancel(self, self.tr("Add"))
        self.name_edit.textChanged.connect(self._update_add_button)
        self._update_add_button()

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(380)

    def keep_draft(self) -> None:
        """Relnote is stopping while this dialog is open: a name typed is enough to add the person."""
        if self.add_button.isEnabled():
            self.accept()

    def _update_add_button(self) -> None:
        self.add_button.setEnabled(bool(self.name_edit.text().strip()))
        self.add_button.setDefault(self.add_button.isEnabled())

    def name(self) -> str:
        return self.name_edit.text().strip()

    def where_we_met(self) -> str:
        return self.where_edit.text().strip()
