"""Asking before something is deleted for good: what goes, and a button that says so."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget


def confirm_deletion(parent: QWidget, title: str, text: str, details: str, delete_text: str) -> bool:
    """True when the user chose `delete_text`; Cancel is the default."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Cancel, parent)
    box.setInformativeText(details)
    delete_button = box.addButton(delete_text, QMessageBox.ButtonRole.DestructiveRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is delete_button
