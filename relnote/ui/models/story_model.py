"""A person's story, newest first, loaded in pages as the user scrolls."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt

from relnote.db.story_queries import ADDED, MOMENT, STAGE_CHANGE, StoryEvent, person_story, story_length
from relnote.ui.formatting import local_date_time
from relnote.ui.labels import initiator_label, moment_kind_label, stage_label

PAGE_SIZE = 100
EVENT_ROLE = Qt.ItemDataRole.UserRole + 1


class StoryModel(QAbstractListModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._person_id: int | None = None
        self._events: list[StoryEvent] = []
        self._total = 0

    def show_person(self, person_id: int | None) -> None:
        self._person_id = person_id
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        if self._person_id is None:
            self._events, self._total = [], 0
        else:
            self._total = story_length(self._person_id)
            self._events = person_story(self._person_id, 0, PAGE_SIZE)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._events)

    def canFetchMore(self, parent=QModelIndex()) -> bool:
        return not parent.isValid() and self._person_id is not None and len(self._events) < self._total

    def fetchMore(self, parent=QModelIndex()) -> None:
        if parent.isValid() or self._person_id is None:
            return
        more = person_story(self._person_id, len(self._events), PAGE_SIZE)
        if not more:
            self._total = len(self._events)
            return
        first = len(self._events)
        self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
        self._events.extend(more)
        self.endInsertRows()

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._events)):
            return None
        event = self._events[index.row()]
        if role == EVENT_ROLE:
            return event
        if role == Qt.ItemDataRole.DisplayRole:
            return self.describe(event)
        if role == Qt.ItemDataRole.ToolTipRole:
            return event.notes or None
        return None

    def describe(self, event: StoryEvent) -> str:
        when = local_date_time(event.at)
        if event.event == MOMENT:
            title = moment_kind_label(event.kind)
            line = f"{when} · {title}"
            if event.summary:
                line += f" — {event.summary}"
            details = [self.tr("reached out: %1").replace("%1", initiator_label(event.initiated_by))]
            if event.with_others:
                details.append(self.tr("with %1").replace("%1", ", ".join(event.with_others)))
            text = line + "\n" + " · ".join(details)
            if event.notes:
                text += "\n" + event.notes
            return text
        if event.event == STAGE_CHANGE:
            return self.tr("%1 · Stage: %2 → %3").replace("%1", when).replace(
                "%2", stage_label(event.from_stage)).replace("%3", stage_label(event.to_stage))
        if event.event == ADDED:
            return self.tr("%1 · Added to the notebook").replace("%1", when)
        return when
