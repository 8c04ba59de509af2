"""Type a few letters, pick a person from the notebook."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QCompleter, QLineEdit

from relnote.db.people_queries import find_people_by_name
from relnote.db.text_folding import fold

PERSON_ID_ROLE = Qt.ItemDataRole.UserRole + 1
PERSON_NAME_ROLE = Qt.ItemDataRole.UserRole + 2


class PersonPicker(QLineEdit):
    """A line edit whose completer lists matching people; emits `person_picked(id, name)`."""

    person_picked = Signal(int, str)

    def __init__(self, parent=None, limit: int = 20):
        super().__init__(parent)
        self._limit = limit
        self._excluded: tuple[int, ...] = ()
        self._matches = QStandardItemModel(self)
        self._completer = QCompleter(self._matches, self)
        self._completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self._completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompleter(self._completer)
        self._completer.activated[QModelIndex].connect(self._picked)
        self.textEdited.connect(self._refresh_matches)

    def exclude(self, person_ids) -> None:
        self._excluded = tuple(person_ids)

    def _refresh_matches(self, text: str) -> None:
        if self._find(text):
            # The list opens as wide as the field (Qt's completer, on every key, sizes it so), but no
            # narrower than its widest match: beside a gratitude, "Mention…" is a narrow field, and
            # "Claire Martin — Atelier Lumière" cut to "Claire Martin — A…" could not be told from another Claire.
            self._completer.popup().setMinimumWidth(self._widest_match())
            self._completer.complete()

    def _find(self, text: str) -> bool:
        """The people matching `text` into the completer's list; False when nothing was typed."""
        self._matches.clear()
        if not text.strip():
            return False
        for row in find_people_by_name(text, self._limit, self._excluded):
            label = f"{row.display_name} — {row.organisation}" if row.organisation else row.display_name
            item = QStandardItem(label)
            item.setData(row.id, PERSON_ID_ROLE)
            item.setData(row.display_name, PERSON_NAME_ROLE)
            self._matches.appendRow(item)
        return True

    def _widest_match(self) -> int:
        popup = self._completer.popup()
        metrics = popup.fontMetrics()
        widest = max((metrics.horizontalAdvance(self._matches.item(row).text())
                      for row in range(self._matches.rowCount())), default=0)
        room = 2 * popup.frameWidth() + popup.verticalScrollBar().sizeHint().width() + 4 * metrics.averageCharWidth()
        screen = self.screen().availableGeometry().width() if self.screen() else widest + room
        return min(widest + room, screen)

    def clear_after_pick(self) -> None:
        """Empty the field for the next name: now, and again once the completer has written the
        chosen row into it (it does so after `activated`)."""
        self.clear()
        QTimer.singleShot(0, self, self.clear)

    def _picked(self, index: QModelIndex) -> None:
        self.person_picked.emit(index.data(PERSON_ID_ROLE), index.data(PERSON_NAME_ROLE))

    def keyPressEvent(self, event) -> None:
        typed = self.text().strip()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and typed:
            self._completer.popup().hide()
            self.pick_first_match()
            event.accept()
            return
        super().keyPressEvent(event)

    def pick_first_match(self) -> bool:
        """Enter without choosing takes the first match, if any."""
        if self._matches.rowCount() == 0:
            self._refresh_matches(self.text())
        if self._matches.rowCount() == 0:
            return False
        item = self._matches.item(0)
        self.person_picked.emit(item.data(PERSON_ID_ROLE), item.data(PERSON_NAME_ROLE))
        return True

    def pick_the_one_meant(self) -> bool:
        """A name typed and left without choosing from the list: the person it names, when only one
        can be meant (the only match, or the only one of exactly that name)."""
        if not self._find(self.text()):
            return False
        rows = [self._matches.item(row) for row in range(self._matches.rowCount())]
        typed = fold(" ".join(self.text().split()))
        exact = [item for item in rows if fold(item.data(PERSON_NAME_ROLE)) == typed]
        meant = exact if len(exact) == 1 else rows
        if len(meant) != 1:
            return False
        self._completer.popup().hide()
        self.person_picked.emit(meant[0].data(PERSON_ID_ROLE), meant[0].data(PERSON_NAME_ROLE))
        return True
