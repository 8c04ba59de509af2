"""The timeline as a list model: events newest first under day, week or month headers, read from
the notebook one page at a time as the view scrolls (canFetchMore / fetchMore)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta, tzinfo

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt

from relnote.core.local_days import day_start_utc, month_start, to_local, week_start
from relnote.core.settings_store import GROUP_BY_DAY, GROUP_BY_MONTH, GROUP_BY_WEEK
from relnote.db.timeline_queries import Cursor, TimelineEvent, TimelineFilter, timeline_page
from relnote.ui.timeline_words import describe_event, header_label

PAGE_SIZE = 150
EVENT_ROLE = Qt.ItemDataRole.UserRole + 1
IS_HEADER_ROLE = Qt.ItemDataRole.UserRole + 2
TITLE_ROLE = Qt.ItemDataRole.UserRole + 3
DETAIL_ROLE = Qt.ItemDataRole.UserRole + 4
PERSON_IDS_ROLE = Qt.ItemDataRole.UserRole + 5


@dataclass(frozen=True)
class Header:
    period: date
    label: str


class TimelineModel(QAbstractListModel):
    """`grouping` is GROUP_BY_DAY, _WEEK, _MONTH, or None for a plain list (a person's story)."""

    def __init__(self, parent=None, grouping: str | None = GROUP_BY_DAY, tz: tzinfo | None = None):
        super().__init__(parent)
        self._filter = TimelineFilter()
        self._grouping = grouping
        self.tz = tz
        self._rows: list[Header | TimelineEvent] = []
        self._texts: dict[int, tuple[str, str]] = {}
        self._cursor: Cursor | None = None
        self._more = False
        self._last_period: date | None = None
        self._loaded_events = 0
        self._fetching = False

    # ---- what to show --------------------------------------------------------------------
    @property
    def timeline_filter(self) -> TimelineFilter:
        return self._filter

    def set_filter(self, timeline_filter: TimelineFilter) -> None:
        self._filter = timeline_filter
        self.reload()

    def update_filter(self, **changes) -> None:
        self.set_filter(replace(self._filter, **changes))

    def grouping(self) -> str | None:
        return self._grouping

    def set_grouping(self, grouping: str | None) -> None:
        self._grouping = grouping
        self.reload()

    def jump_to(self, day: date | None) -> None:
        """Start the stream at the end of `day` (local), or at the newest event with None."""
        until = day_start_utc(day + timedelta(days=1), self.tz) if day is not None else None
        self.update_filter(until=until)

    def reload(self) -> None:
        self.beginResetModel()
        self._rows, self._texts = [], {}
        self._cursor, self._last_period, self._loaded_events = None, None, 0
        events = self._next_page()
        self._rows = self._with_headers(events)
        self._loaded_events = len(events)
        self.endResetModel()

    # ---- paging -------------------------------------------------------------------------
    def _next_page(self) -> list[TimelineEvent]:
        events = timeline_page(self._filter, PAGE_SIZE, self._cursor)
        self._more = len(events) == PAGE_SIZE
        if events:
            self._cursor = events[-1].cursor
        return events

    def _with_headers(self, events: list[TimelineEvent]) -> list[Header | TimelineEvent]:
        rows: list[Header | TimelineEvent] = []
        for event in events:
            if self._grouping is not None:
                period = self._period_of(event)
                if period != self._last_period:
                    rows.append(Header(period, header_label(period, self._grouping)))
                    self._last_period = period
            rows.append(event)
        return rows

    def _period_of(self, event: TimelineEvent) -> date:
        day = to_local(event.at, self.tz).date()
        if self._grouping == GROUP_BY_WEEK:
            return week_start(day)
        if self._grouping == GROUP_BY_MONTH:
            return month_start(day)
        return day

    def canFetchMore(self, parent=QModelIndex()) -> bool:
        return not parent.isValid() and self._more and not self._fetching

    def fetchMore(self, parent=QModelIndex()) -> None:
        if not self.canFetchMore(parent):
            return
        events = self._next_page()
        if not events:
            return
        rows = self._with_headers(events)
        first = len(self._rows)
        self._fetching = True  # views may ask for more while rows are being inserted
        try:
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self._loaded_events += len(events)
            self.endInsertRows()
        finally:
            self._fetching = False

    def loaded_events(self) -> int:
        return self._loaded_events

    # ---- Qt model -----------------------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def flags(self, index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if isinstance(self._rows[index.row()], Header):
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row = self._rows[index.row()]
        if role == IS_HEADER_ROLE:
            return isinstance(row, Header)
        if isinstance(row, Header):
            if role in (Qt.ItemDataRole.DisplayRole, TITLE_ROLE, Qt.ItemDataRole.AccessibleTextRole):
                return row.label
            return None
        if role == EVENT_ROLE:
            return row
        if role == PERSON_IDS_ROLE:
            return list(row.person_ids)
        title, detail = self._describe(index.row(), row)
        if role == TITLE_ROLE:
            return title
        if role == DETAIL_ROLE:
            return detail
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{title}\n{detail}" if detail else title
        return None

    def _describe(self, position: int, event: TimelineEvent) -> tuple[str, str]:
        if position not in self._texts:
            self._texts[position] = describe_event(event, self._grouping, self.tz, self._filter.person_id)
        return self._texts[position]

    def header_row_count(self) -> int:
        return sum(1 for row in self._rows if isinstance(row, Header))

    def first_event_at(self) -> datetime | None:
        for row in self._rows:
            if isinstance(row, TimelineEvent):
                return row.at
        return None
