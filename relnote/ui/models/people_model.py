"""The People list: rows come from the notebook one page at a time."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QAbstractTableModel, QModelIndex

from relnote.core.clock import utc_now
from relnote.db.people_rows import PeopleFilter, PersonRow
from relnote.ui.formatting import relative_day
from relnote.ui.labels import stage_label
from relnote.ui.lazy_modules import lazily
from relnote.ui.qt_values import DISPLAY_ROLE, TOOL_TIP_ROLE, USER_ROLE

queries = lazily("relnote.db.people_queries")  # with peewee, just after the window's first paint

PAGE_SIZE = 100  # a tall screen shows about 70 rows; more come as the list scrolls
PERSON_ID_ROLE = USER_ROLE + 1

NAME, ORGANISATION, STAGE, LAST_MOMENT = range(4)


class PeopleModel(QAbstractTableModel):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._filter = PeopleFilter()
        self._rows: list[PersonRow] = []
        self._total: int | None = 0
        self._more = False
        self._now = utc_now()
        self._fetching = False
        self._notebook_opened = True  # False while a page read before the notebook was opened is shown

    @property
    def people_filter(self) -> PeopleFilter:
        return self._filter

    def set_filter(self, people_filter: PeopleFilter) -> None:
        self._filter = people_filter
        self.reload()

    def update_filter(self, **changes) -> None:
        self.set_filter(replace(self._filter, **changes))

    def reload(self, count: bool = True) -> None:
        """Read the first page again; `count=False` leaves counting everyone until `total()` asks."""
        self._show_first_page(self._read(0))
        if count:
            self._total = queries.count_people(self._filter)

    def show_first_page(self, rows: list[PersonRow]) -> None:
        """At start-up, `rows` read PAGE_SIZE + 1 long by `people_rows.first_page` before the notebook
        was opened; the rows after them wait for `notebook_opened()`."""
        self._notebook_opened = False
        self._show_first_page(rows)

    def notebook_opened(self) -> None:
        self._notebook_opened = True

    def _show_first_page(self, rows: list[PersonRow]) -> None:
        self.beginResetModel()
        self._now = utc_now()
        self._rows, self._more = _paged(rows)
        self._total = None
        self.endResetModel()

    def total(self) -> int:
        if self._total is None:
            self._total = queries.count_people(self._filter)
        return self._total

    def _read(self, offset: int) -> list[PersonRow]:
        return queries.list_people(self._filter, offset, PAGE_SIZE + 1)

    def loaded_count(self) -> int:
        return len(self._rows)

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else 4

    def canFetchMore(self, parent=QModelIndex()) -> bool:
        return not parent.isValid() and not self._fetching and self._more and self._notebook_opened

    def fetchMore(self, parent=QModelIndex()) -> None:
        if not self.canFetchMore(parent):
            return
        rows = self._read(len(self._rows))
        more, self._more = _paged(rows)
        if not more:
            return
        first = len(self._rows)
        self._fetching = True  # views may ask for more while rows are being inserted
        try:
            self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
            self._rows.extend(more)
            self.endInsertRows()
        finally:
            self._fetching = False

    def column_titles(self) -> list[str]:
        """The headings of the columns, NAME to LAST_MOMENT."""
        return [self.tr("Name"), self.tr("Organisation"), self.tr("Stage"), self.tr("Last moment")]

    def headerData(self, section, orientation, role=DISPLAY_ROLE):
        """For assistive technologies; the list's own header shows `column_titles()` from a model of its
        own (this method is handed a Qt.Orientation: see relnote.ui.qt_values)."""
        from PySide6.QtCore import Qt

        if orientation != Qt.Orientation.Horizontal or role != DISPLAY_ROLE or not 0 <= section < 4:
            return None
        return self.column_titles()[section]

    def data(self, index, role=DISPLAY_ROLE):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row = self._rows[index.row()]
        if role == PERSON_ID_ROLE:
            return row.id
        if role in (DISPLAY_ROLE, TOOL_TIP_ROLE):
            column = index.column()
            if column == NAME:
                return row.display_name
            if column == ORGANISATION:
                return row.organisation
            if column == STAGE:
                return stage_label(row.stage)
            if column == LAST_MOMENT:
                return relative_day(row.last_moment_at, self._now)
        return None

    def row_of(self, person_id: int) -> int:
        for position, row in enumerate(self._rows):
            if row.id == person_id:
                return position
        return -1

    def person_id_at(self, row: int) -> int | None:
        return self._rows[row].id if 0 <= row < len(self._rows) else None

    def refresh_person(self, person_id: int) -> None:
        """Show a person's edited fields in place, without re-sorting under the user's eyes."""
        position = self.row_of(person_id)
        if position < 0:
            return
        updated = queries.person_row(person_id)
        if updated is None:
            return
        self._rows[position] = updated
        self.dataChanged.emit(self.index(position, 0), self.index(position, 3))


def _paged(rows: list[PersonRow]) -> tuple[list[PersonRow], bool]:
    """A page read one row long (PAGE_SIZE + 1): its rows, and whether more follow."""
    return rows[:PAGE_SIZE], len(rows) > PAGE_SIZE
