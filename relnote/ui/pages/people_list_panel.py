"""The searchable, filterable list of people."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QTimer, Signal
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QComboBox, QHBoxLayout, QHeaderView, QLabel, QLineEdit, QTableView,
    QVBoxLayout, QWidget,
)

from relnote.core.vocabulary import STAGES
from relnote.db.people_rows import SORT_BY_ADDED, SORT_BY_LAST_MOMENT, SORT_BY_NAME, PersonRow
from relnote.ui.first_paint import after_first_paint
from relnote.ui.labels import stage_label
from relnote.ui.lazy_modules import lazily
from relnote.ui.models.people_model import LAST_MOMENT, NAME, ORGANISATION, STAGE, PeopleModel
from relnote.ui.secondary_text import quiet

SEARCH_DELAY_MS = 120

queries = lazily("relnote.db.people_queries")  # with peewee, just after the window's first paint


class _PeopleTable(QTableView):
    """A table that says when its header and scroll bars were laid out again: when it was resized, or
    its scroll bar came or went. (Asking for the viewport itself, a plain QWidget to Python, would make
    PySide build every widget class's enums before the first paint.)"""

    resized = Signal()

    def updateGeometries(self) -> None:
        super().updateGeometries()
        self.resized.emit()


class PeopleListPanel(QWidget):
    """Emits `person_selected(id or None)` when the current row changes."""

    person_selected = Signal(object)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.model = PeopleModel(self)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by name, organisation, e-mail or tag"))
        self.search.setAccessibleName(self.tr("Search people"))
        self.search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(lambda: self._apply(text=self.search.text()))
        self.search.textChanged.connect(self._search_timer.start)
        self.search.installEventFilter(self)  # Down or Enter: from the search into the results

        self.stage_filter = QComboBox()
        self.stage_filter.setAccessibleName(self.tr("Filter by stage"))
        self.stage_filter.addItem(self.tr("All stages"), None)
        for key in STAGES:
            self.stage_filter.addItem(stage_label(key), key)
        self.stage_filter.activated.connect(lambda: self._apply(stage=self.stage_filter.currentData()))

        self.tag_filter = QComboBox()
        self.tag_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)  # tags come after the first paint
        self.tag_filter.setMaximumWidth(260)  # a long tag does not push the list aside
        self.tag_filter.setAccessibleName(self.tr("Filter by tag"))
        self.tag_filter.addItem(self.tr("All tags"), None)  # the tags themselves come after the first paint
        self.tag_filter.activated.connect(lambda: self._apply(tag=self.tag_filter.currentData()))

        self.sort = QComboBox()
        self.sort.setAccessibleName(self.tr("Sort by"))
        self.sort.addItem(self.tr("Sort by name"), SORT_BY_NAME)
        self.sort.addItem(self.tr("Sort by last moment"), SORT_BY_LAST_MOMENT)
        self.sort.addItem(self.tr("Sort by date added"), SORT_BY_ADDED)
        self.sort.activated.connect(lambda: self._apply(sort=self.sort.currentData()))

        self.show_archived = QCheckBox(self.tr("Archived"))
        self.show_archived.setToolTip(self.tr("Show the people you archived instead"))
        self.show_archived.toggled.connect(lambda on: self._apply(archived=on))

        self.table = _PeopleTable()
        # The header reads its headings from a model of its own: through the People model, each of its
        # paints would hand Python a Qt.Orientation (see relnote.ui.qt_values); hidden meanwhile, it does
        # not measure the People model's headings either.
        self.headings = QStandardItemModel(0, 4, self)
        self.headings.setHorizontalHeaderLabels(self.model.column_titles())
        self.table.horizontalHeader().hide()
        self.table.setModel(self.model)
        self.table.horizontalHeader().setModel(self.headings)
        self.table.horizontalHeader().show()
        self.table.setAccessibleName(self.tr("People"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setTabKeyNavigation(False)  # Tab leaves the list (it would walk the cells, changing person)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        # The name takes what the others leave; they are sized by `_fit_columns` from the rows on screen
        # (Qt's own sizing to contents would read every row loaded, before the window is even shown).
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        self.table.setProperty("horizontalScrollBarPolicy", "ScrollBarAlwaysOff")  # by name: see qt_values
        self.table.setMinimumWidth(340)
        self.table.horizontalHeader().setHighlightSections(False)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self._fitted_to: tuple[int, int] | None = None
        self.table.resized.connect(self._fit_columns_to_new_size)
        for change in (self.model.modelReset, self.model.rowsInserted, self.model.dataChanged):
            change.connect(self._fit_columns)

        self.count_label = quiet(QLabel())

        filters = QHBoxLayout()
        filters.addWidget(self.stage_filter)
        filters.addWidget(self.tag_filter)
        filters.addWidget(self.show_archived)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addWidget(self.sort)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)

    def eventFilter(self, watched, event) -> bool:
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            from PySide6.QtCore import Qt  # a key typed: the window is on screen (see relnote.ui.qt_values)

            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._into_results()
                return True
        return super().eventFilter(watched, event)

    def _into_results(self) -> None:
        self._search_timer.stop()
        self._apply(text=self.search.text())
        self.table.setFocus()

    def _fit_columns_to_new_size(self) -> None:
        """Fitted again only when the header's width or the table's height changed."""
        if (self.table.horizontalHeader().width(), self.table.height()) != self._fitted_to:
            self._fit_columns()

    def _fit_columns(self) -> None:
        """Whole names first, then the last moment, the stage, and the organisation in what is left if
        its heading can be read: a narrow list leaves them to the person's header, which shows both."""
        table, header = self.table, self.table.horizontalHeader()
        if not table.isVisible():
            return  # fitted once shown, to the rows on screen
        self._fitted_to = (header.width(), table.height())
        for column in (ORGANISATION, STAGE):
            table.setColumnHidden(column, False)  # a hidden heading has no width to ask for
        wanted = {column: self._widest_on_screen(column) for column in (NAME, ORGANISATION, STAGE, LAST_MOMENT)}
        heading = header.sectionSizeHint(ORGANISATION)
        left = header.width() - wanted[NAME] - wanted[LAST_MOMENT]  # the header spans the viewport
        header.resizeSection(LAST_MOMENT, wanted[LAST_MOMENT])
        header.resizeSection(STAGE, wanted[STAGE])
        table.setColumnHidden(STAGE, left < wanted[STAGE])
        if not table.isColumnHidden(STAGE):
            left -= wanted[STAGE]
        table.setColumnHidden(ORGANISATION, left < heading)
        header.resizeSection(ORGANISATION, max(0, min(wanted[ORGANISATION], left)))

    def _widest_on_screen(self, column: int) -> int:
        """The width the column's heading and its cells on screen need, read from the text itself: asking
        the view would lay out every cell through the delegate, several times over at start-up."""
        table, model = self.table, self.model
        first = max(table.rowAt(0), 0)
        last = table.rowAt(table.height() - 1)  # a row more than the viewport shows, at most
        last = model.rowCount() - 1 if last < 0 else last
        metrics = table.fontMetrics()
        texts = (model.index(row, column).data() or "" for row in range(first, last + 1))
        widest = max((metrics.horizontalAdvance(text) for text in texts), default=0)
        padding = metrics.averageCharWidth() + 4  # the cell's margins, about what styles give, in the font's scale
        return max(widest + padding, table.horizontalHeader().sectionSizeHint(column))

    def reload(self, keep: int | None = None, details_after_paint: bool = False) -> None:
        """Re-read the list from the notebook and select `keep` (or the current person).
        At start-up the list is painted first; the tags and the chosen person follow at once."""
        wanted = keep if keep is not None else self.current_person_id()
        self.model.reload(count=not details_after_paint)
        if details_after_paint:
            after_first_paint(self.table, lambda: self.show_details(wanted))
        else:
            self.show_details(wanted)

    def show_first_page(self, rows: list[PersonRow]) -> None:
        """At start-up, the first page read before the notebook was opened; `notebook_opened()` follows."""
        self.model.show_first_page(rows)

    def notebook_opened(self) -> None:
        self.model.notebook_opened()
        self.table.doItemsLayout()  # a screen taller than the first page asks for the rows after it
        self.show_details()

    def show_details(self, wanted: int | None = None) -> None:
        """The tags to filter by, the number of people, and the chosen person (`wanted`, or the first)."""
        self._refresh_tags()
        self._after_reload(wanted)

    def _apply(self, **changes) -> None:
        wanted = self.current_person_id()
        self.model.update_filter(**changes)
        self._after_reload(wanted)

    def _after_reload(self, wanted: int | None) -> None:
        self.count_label.setText(self.tr("%Ln person(s)", "", self.model.total()))
        row = self.model.row_of(wanted) if wanted is not None else -1
        if row < 0 and self.model.rowCount() > 0:
            row = 0
        if row >= 0:
            self.select_row(row)
        else:
            self.person_selected.emit(None)

    def select_row(self, row: int) -> None:
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)

    def select_person(self, person_id: int) -> bool:
        row = self.model.row_of(person_id)
        if row >= 0:
            self.select_row(row)
        return row >= 0

    def current_person_id(self) -> int | None:
        return self.model.person_id_at(self.table.currentIndex().row())

    def _current_changed(self, current, _previous) -> None:
        self.person_selected.emit(self.model.person_id_at(current.row()))

    def _refresh_tags(self) -> None:
        chosen = self.tag_filter.currentData()
        while self.tag_filter.count() > 1:  # "All tags" stays first
            self.tag_filter.removeItem(1)
        for name in queries.tag_names():
            self.tag_filter.addItem(name, name)
        position = self.tag_filter.findData(chosen)
        self.tag_filter.setCurrentIndex(max(0, position))
        if position < 0 and chosen is not None:
            self.model.update_filter(tag=None)
