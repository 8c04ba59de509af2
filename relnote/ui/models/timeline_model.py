"""The timeline as a list model: events newest first under day, week or month headers, read from
the notebook one page at a time as the view scrolls (canFetchMore / fetchMore).

Only a window of WINDOW_PAGES consecutive pages is held: scrolling on drops the pages furthest above,
and scrolling back up reads them again (`fetch_newer`) from the cursor each page started at, so a
notebook of a million moments can be scrolled to its end with a bounded number of rows in memory."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta, tzinfo
from itertools import accumulate

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt

from relnote.core.local_days import day_start_utc, month_start, to_local, week_start
from relnote.core.settings_store import GROUP_BY_DAY, GROUP_BY_MONTH, GROUP_BY_WEEK
from relnote.db.timeline_queries import Cursor, TimelineEvent, TimelineFilter, timeline_page
from relnote.ui.timeline_words import describe_event, header_label

PAGE_SIZE = 150
WINDOW_PAGES = 8  # rows held: at most 8 pages of events, with their headers
EVENT_ROLE = Qt.ItemDataRole.UserRole + 1
IS_HEADER_ROLE = Qt.ItemDataRole.UserRole + 2
TITLE_ROLE = Qt.ItemDataRole.UserRole + 3
DETAIL_ROLE = Qt.ItemDataRole.UserRole + 4
PERSON_IDS_ROLE = Qt.ItemDataRole.UserRole + 5
LINES_ROLE = Qt.ItemDataRole.UserRole + 6  # (is a header, title, detail) in one call, for drawing


@dataclass(frozen=True)
class _PageStart:
    cursor: Cursor | None
    period_before: date | None  # the period of the event just above the page, for its first header


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
        self._clear()
        self._fetching = False

    def _clear(self) -> None:
        self._rows: list[Header | TimelineEvent] = []
        self._texts: dict[TimelineEvent, tuple[str, str]] = {}
        self._page_rows: list[int] = []  # rows of each page in the window, top first
        self._page_events: list[int] = []
        self._starts: list[_PageStart] = []  # where every page read so far began, by page number
        self._first_page = 0  # page number of the window's top page
        self._cursor: Cursor | None = None  # where the page after the window begins
        self._last_period: date | None = None
        self._more = False

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
        self._clear()
        rows, events = self._read_page(len(self._starts))
        self._rows = rows
        self._page_rows, self._page_events = [len(rows)], [events]
        self.endResetModel()

    def reread(self, first_row: int = 0, last_row: int | None = None) -> int:
        """Read again the pages holding rows `first_row` to `last_row` (all the window's pages by
        default), from where the first of them began: after a moment was changed or deleted, the user
        stays where they were in years of history. The pages above are dropped, to be read again on
        the way up; returns how many rows they held."""
        bounds = list(accumulate(self._page_rows))
        top = min(bisect_right(bounds, max(first_row, 0)), max(len(bounds) - 1, 0))
        bottom = len(bounds) - 1 if last_row is None else min(bisect_right(bounds, last_row), len(bounds) - 1)
        dropped = bounds[top - 1] if top else 0
        first = self._first_page + top
        start = self._starts[first] if first < len(self._starts) else _PageStart(None, None)
        self.beginResetModel()
        self._texts.clear()
        del self._starts[first + 1:]
        self._first_page = first
        self._cursor, self._last_period = start.cursor, start.period_before
        self._rows, self._page_rows, self._page_events = [], [], []
        for number in range(first, first + max(bottom - top + 1, 1)):
            rows, events = self._read_page(number)
            self._rows.extend(rows)
            self._page_rows.append(len(rows))
            self._page_events.append(events)
            if not self._more:
                break
        self.endResetModel()
        return dropped

    # ---- paging -------------------------------------------------------------------------
    def _read_page(self, number: int) -> tuple[list[Header | TimelineEvent], int]:
        """Read page `number` from where it starts; the window's end moves past it."""
        if number == len(self._starts):
            self._starts.append(_PageStart(self._cursor, self._last_period))
        start = self._starts[number]
        self._last_period = start.period_before
        events = timeline_page(self._filter, PAGE_SIZE, start.cursor)
        self._more = len(events) == PAGE_SIZE
        if events:
            self._cursor = events[-1].cursor
        return self._with_headers(events), len(events)

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
        """The next older page, at the bottom; the top page goes when the window is full."""
        if not self.canFetchMore(parent):
            return
        self._fetching = True  # views may ask for more while rows are being inserted
        try:
            rows, events = self._read_page(self._first_page + len(self._page_rows))
            if not events:
                return
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self._page_rows.append(len(rows))
            self._page_events.append(events)
            self.endInsertRows()
            if len(self._page_rows) > WINDOW_PAGES:
                self._drop_top_page()
        finally:
            self._fetching = False

    def can_fetch_newer(self) -> bool:
        """True when pages above the window were dropped and can be read again."""
        return self._first_page > 0 and not self._fetching

    def fetch_newer(self) -> None:
        """The page just above the window, read again at the top; the bottom page goes if full."""
        if not self.can_fetch_newer():
            return
        self._fetching = True
        try:
            after = (self._cursor, self._last_period, self._more)
            rows, events = self._read_page(self._first_page - 1)
            self._cursor, self._last_period, self._more = after
            self.beginInsertRows(QModelIndex(), 0, len(rows) - 1)
            self._rows[0:0] = rows
            self._page_rows.insert(0, len(rows))
            self._page_events.insert(0, events)
            self._first_page -= 1
            self.endInsertRows()
            if len(self._page_rows) > WINDOW_PAGES:
                self._drop_bottom_page()
        finally:
            self._fetching = False

    def _drop_top_page(self) -> None:
        count = self._page_rows[0]
        self.beginRemoveRows(QModelIndex(), 0, count - 1)
        self._forget_texts(self._rows[:count])
        del self._rows[:count]
        del self._page_rows[0], self._page_events[0]
        self._first_page += 1
        self.endRemoveRows()

    def _drop_bottom_page(self) -> None:
        count = self._page_rows[-1]
        first = len(self._rows) - count
        self.beginRemoveRows(QModelIndex(), first, len(self._rows) - 1)
        self._forget_texts(self._rows[first:])
        del self._rows[first:]
        del self._page_rows[-1], self._page_events[-1]
        start = self._starts[self._first_page + len(self._page_rows)]  # the dropped page, read again later
        self._cursor, self._last_period, self._more = start.cursor, start.period_before, True
        self.endRemoveRows()

    def _forget_texts(self, rows) -> None:
        for row in rows:
            self._texts.pop(row, None)

    def loaded_events(self) -> int:
        """Events held in the window now."""
        return sum(self._page_events)

    def read_events(self) -> int:
        """Events from the newest to the bottom of the window: how far the user has scrolled."""
        return self._first_page * PAGE_SIZE + self.loaded_events()

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
        if role == LINES_ROLE:
            return (True, row.label, "") if isinstance(row, Header) else (False, *self._describe(row))
        if isinstance(row, Header):
            if role in (Qt.ItemDataRole.DisplayRole, TITLE_ROLE, Qt.ItemDataRole.AccessibleTextRole):
                return row.label
            return None
        if role == EVENT_ROLE:
            return row
        if role == PERSON_IDS_ROLE:
            return list(row.person_ids)
        title, detail = self._describe(row)
        if role == TITLE_ROLE:
            return title
        if role == DETAIL_ROLE:
            return detail
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return f"{title}\n{detail}" if detail else title
        return None

    def _describe(self, event: TimelineEvent) -> tuple[str, str]:
        if event not in self._texts:
            self._texts[event] = describe_event(event, self._grouping, self.tz, self._filter.person_id)
        return self._texts[event]

    def header_row_count(self) -> int:
        return sum(1 for row in self._rows if isinstance(row, Header))

    def first_event_at(self) -> datetime | None:
        for row in self._rows:
            if isinstance(row, TimelineEvent):
                return row.at
        return None
