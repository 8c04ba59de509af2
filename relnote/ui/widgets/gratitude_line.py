"""One gratitude line: the words, and the people it mentions (picked from the notebook)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QVBoxLayout, QWidget

from relnote.core.journal import GratitudeLine
from relnote.ui.widgets.person_picker import PersonPicker


class GratitudeLineEditor(QWidget):
    """Emits `edited()` whenever the words or the people change."""

    edited = Signal()

    def __init__(self, position: int, parent=None):
        super().__init__(parent)
        self.position = position
        self._people: list[tuple[int, str]] = []
        number = QLabel(f"{position + 1}.")
        number.setMinimumWidth(18)
        self.text_edit = QLineEdit()
        self.text_edit.setAccessibleName(self.tr("Gratitude %1").replace("%1", str(position + 1)))
        self.text_edit.textEdited.connect(lambda _: self.edited.emit())
        self.mention_picker = PersonPicker()
        self.mention_picker.setPlaceholderText(self.tr("Mention…"))
        self.mention_picker.setAccessibleName(self.tr("Mention someone in gratitude %1").replace("%1", str(position + 1)))
        self.mention_picker.setMaximumWidth(170)
        self.mention_picker.person_picked.connect(self.mention)
        self.mentions_row = QHBoxLayout()
        self.mentions_row.setContentsMargins(22, 0, 0, 0)
        self.mentions_row.setSpacing(4)
        self.mentions_row.addStretch(1)

        top = QHBoxLayout()
        top.addWidget(number)
        top.addWidget(self.text_edit, 1)
        top.addWidget(self.mention_picker)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(top)
        layout.addLayout(self.mentions_row)

    def set_line(self, line: GratitudeLine) -> None:
        self.text_edit.setText(line.text)
        self._people = list(line.people)
        self._show_people()

    def text(self) -> str:
        return self.text_edit.text()

    def person_ids(self) -> list[int]:
        return [person_id for person_id, _ in self._people]

    def set_day_is_today(self, today: bool) -> None:
        self.text_edit.setPlaceholderText(self.tr("Something, or someone, you are grateful for today") if today
                                          else self.tr("Something, or someone, you were grateful for that day"))

    def mention(self, person_id: int, name: str) -> None:
        self.mention_picker.clear_after_pick()
        if person_id not in self.person_ids():
            self._people.append((person_id, name))
            self._show_people()
            self.edited.emit()

    def forget(self, person_id: int) -> None:
        self._people = [(pid, name) for pid, name in self._people if pid != person_id]
        self._show_people()
        self.edited.emit()

    def mention_buttons(self) -> list[QToolButton]:
        return [self.mentions_row.itemAt(i).widget() for i in range(self.mentions_row.count() - 1)]

    def _show_people(self) -> None:
        while self.mentions_row.count() > 1:
            item = self.mentions_row.takeAt(0)
            item.widget().hide()
            item.widget().deleteLater()
        self.mention_picker.exclude(self.person_ids())
        for position, (person_id, name) in enumerate(self._people):
            button = QToolButton()
            button.setText(f"{name}  ✕")
            button.setToolTip(self.tr("Stop mentioning %1 here").replace("%1", name))
            button.setAccessibleName(self.tr("Remove %1").replace("%1", name))
            button.setAutoRaise(True)
            button.clicked.connect(lambda _=False, pid=person_id: self.forget(pid))
            self.mentions_row.insertWidget(position, button, 0, Qt.AlignmentFlag.AlignLeft)
