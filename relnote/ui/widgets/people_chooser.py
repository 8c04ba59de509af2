"""Several people picked from the notebook, shown as a removable list."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHBoxLayout, QListView, QListWidget, QListWidgetItem, QToolButton, QVBoxLayout, QWidget

from relnote.ui.widgets.person_picker import PersonPicker

# Leaving the field for another (not for the list of matches, nor for another window)
_LEFT_BY_THE_USER = (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason,
                     Qt.FocusReason.MouseFocusReason, Qt.FocusReason.ShortcutFocusReason)


class PeopleChooser(QWidget):
    changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.picker = PersonPicker()
        self.picker.setPlaceholderText(self.tr("Type a name to add someone…"))
        self.picker.setAccessibleName(self.tr("Add a person"))
        self.picker.person_picked.connect(self.add_person)
        self.picker.installEventFilter(self)  # a name typed, then Tab: that person, when only one is meant
        self.setFocusProxy(self.picker)  # the label's shortcut (Alt+W, "With whom") lands in the field

        self.chosen = QListWidget()
        self.chosen.setAccessibleName(self.tr("People in this moment"))
        self.chosen.setFlow(QListView.Flow.LeftToRight)
        self.chosen.setWrapping(True)
        self.chosen.setSpacing(3)
        self.chosen.setMaximumHeight(64)
        self.remove_button = QToolButton()
        self.remove_button.setText(self.tr("Remove"))
        self.remove_button.setToolTip(self.tr("Remove the selected person from this moment"))
        self.remove_button.clicked.connect(self.remove_selected)
        QShortcut(QKeySequence.StandardKey.Delete, self.chosen, self.remove_selected,
                  context=Qt.ShortcutContext.WidgetShortcut)

        row = QHBoxLayout()
        row.addWidget(self.chosen, 1)
        row.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.picker)
        layout.addLayout(row)
        self._update()

    def eventFilter(self, watched, event) -> bool:
        if (watched is self.picker and event.type() == QEvent.Type.FocusOut
                and event.reason() in _LEFT_BY_THE_USER and self.picker.text().strip()):
            self.picker.pick_the_one_meant()
        return super().eventFilter(watched, event)

    def add_person(self, person_id: int, name: str) -> None:
        self.picker.clear_after_pick()
        if person_id in self.person_ids():
            return
        item = QListWidgetItem(name)
        item.setData(Qt.ItemDataRole.UserRole, person_id)
        self.chosen.addItem(item)
        self._update()

    def remove_selected(self) -> None:
        for item in self.chosen.selectedItems():
            self.chosen.takeItem(self.chosen.row(item))
        self._update()

    def person_ids(self) -> list[int]:
        return [person_id for person_id, _ in self.chosen_people()]

    def chosen_people(self) -> list[tuple[int, str]]:
        return [(self.chosen.item(i).data(Qt.ItemDataRole.UserRole), self.chosen.item(i).text())
                for i in range(self.chosen.count())]

    def _update(self) -> None:
        self.picker.exclude(self.person_ids())
        self.remove_button.setEnabled(self.chosen.count() > 0)
        self.changed.emit()
