"""The buttons at the foot of a small dialog: its own action and Cancel."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QPushButton, QWidget


class _AcceptFirst(QDialogButtonBox):
    """Tab reaches the dialog's own button before Cancel. Qt builds the chain again when the box
    joins the dialog (in the order the buttons were made: Cancel first), so the order is set then."""

    def __init__(self, accept_text: str):
        super().__init__(QDialogButtonBox.StandardButton.Cancel)
        self.accept_button = self.addButton(accept_text, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.button(QDialogButtonBox.StandardButton.Cancel)

    def event(self, event) -> bool:
        handled = super().event(event)
        if event.type() == QEvent.Type.ParentChange:
            QWidget.setTabOrder(self.accept_button, self.cancel_button)
        return handled


def accept_or_cancel(dialog: QDialog, accept_text: str) -> tuple[QDialogButtonBox, QPushButton]:
    """Cancel and the dialog's own button, placed as the platform places them. Tab reaches the own
    button first, Enter never means Cancel, and the two close the dialog."""
    box = _AcceptFirst(accept_text)
    box.cancel_button.setAutoDefault(False)
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box, box.accept_button
