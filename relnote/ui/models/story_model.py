"""A person's story on the People page: the timeline, filtered to them, newest first, without headers."""

from __future__ import annotations

from relnote.db.timeline_queries import TimelineFilter
from relnote.ui.models.timeline_model import EVENT_ROLE, TimelineModel

__all__ = ["EVENT_ROLE", "StoryModel"]


class StoryModel(TimelineModel):
    def __init__(self, parent=None):
        super().__init__(parent, grouping=None)
        self._person_id: int | None = None

    def show_person(self, person_id: int | None) -> None:
        self._person_id = person_id
        self.reload()

    def set_filter(self, timeline_filter: TimelineFilter) -> None:
        self._person_id = timeline_filter.person_id
        super().set_filter(timeline_filter)

    def reload(self) -> None:
        if self._person_id is None:
            self.beginResetModel()
            self._clear()
            self.endResetModel()
            return
        self._filter = TimelineFilter(person_id=self._person_id)
        super().reload()
