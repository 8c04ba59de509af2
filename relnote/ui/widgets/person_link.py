"""A person's name shown as a link that opens them; a long name wraps rather than pushing the buttons
beside it off the row."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel


def person_link(person_id: int, name: str) -> QLabel:
    label = QLabel(f'<a href="person:{person_id}"><b>{html.escape(name)}</b></a>')
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                  | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
    label.setToolTip(QCoreApplication.translate("PersonLink", "Open %1").replace("%1", name))
    return label
