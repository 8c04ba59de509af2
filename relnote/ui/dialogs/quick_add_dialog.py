"""Quick add (Ctrl+N): a name and where we met is enough."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout

from relnote.db.people_queries import PersonRow, people_named
from relnote.ui.secondary_text import quiet
from relnote.ui.widgets.dialog_buttons import accept_or_cancel


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

        # Someone of that name is already in the notebook: say so before a second profile splits their story.
        self.same_name_label = QLabel()
        self.same_name_label.setWordWrap(True)
        self.same_name_label.hide()
        self.open_existing_button = QPushButton()
        self.open_existing_button.hide()
        self.open_existing_button.clicked.connect(self._open_existing)
        self._namesakes: list[PersonRow] = []
        self._existing_id: int | None = None

        self.buttons, self.add_button = accept_or_cancel(self, self.tr("Add"))
        self.name_edit.textChanged.connect(self._name_changed)
        self._update_add_button()

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.same_name_label)
        layout.addWidget(self.open_existing_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(380)

    def keep_draft(self) -> None:
        """Relnote is stopping while this dialog is open: a name typed is enough to add the person,
        unless someone of that name is already there (the user was choosing between them)."""
        if self.add_button.isEnabled() and not self._namesakes:
            self.accept()

    def _name_changed(self) -> None:
        self._namesakes = people_named(self.name_edit.text())
        if self._namesakes:
            described = [self._described(row) for row in self._namesakes]
            self.same_name_label.setText(self.tr(
                "Already in your notebook: %1. Add a new person only if this is someone else.")
                .replace("%1", ", ".join(described)))
            self.open_existing_button.setText(self.tr("Open %1").replace("%1", self._namesakes[0].display_name))
        self.same_name_label.setVisible(bool(self._namesakes))
        self.open_existing_button.setVisible(bool(self._namesakes))
        self._update_add_button()

    def _described(self, row: PersonRow) -> str:
        details = [row.organisation] if row.organisation else []
        if row.archived_at is not None:
            details.append(self.tr("archived"))
        return f"{row.display_name} ({', '.join(details)})" if details else row.display_name

    def _update_add_button(self) -> None:
        self.add_button.setEnabled(bool(self.name_edit.text().strip()))
        # Enter opens the person already there rather than making them twice; Add stays a click away.
        self.open_existing_button.setDefault(bool(self._namesakes))
        self.add_button.setDefault(self.add_button.isEnabled() and not self._namesakes)

    def _open_existing(self) -> None:
        self._existing_id = self._namesakes[0].id
        self.accept()

    def existing_person_id(self) -> int | None:
        """The person already in the notebook whom the user chose to open instead of adding anyone."""
        return self._existing_id

    def name(self) -> str:
        return self.name_edit.text().strip()

    def where_we_met(self) -> str:
        return self.where_edit.text().strip()
