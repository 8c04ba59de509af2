"""The quick switcher (Ctrl+K): type a few letters of a name or a page, Enter jumps there."""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView, QDialog, QHeaderView, QLabel, QLineEdit, QStyledItemDelegate, QTreeWidget, QTreeWidgetItem,
    QVBoxLayout,
)

from relnote.core.clock import utc_now
from relnote.db.people_queries import SORT_BY_LAST_MOMENT, PeopleFilter, PersonRow, list_people, quick_find_people
from relnote.ui.formatting import relative_day
from relnote.ui.labels import stage_label
from relnote.ui.secondary_text import SECONDARY_TEXT
from relnote.ui.secondary_text import quiet

PEOPLE_SHOWN = 8
RECENT_PEOPLE_SHOWN = 5
PAGE_ROLE = Qt.ItemDataRole.UserRole + 1
PERSON_ROLE = Qt.ItemDataRole.UserRole + 2
ROW_HEIGHT = 30
_NAVIGATION_KEYS = {Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown}


def _folded_words(text: str) -> list[str]:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    plain = "".join(ch if ch.isalnum() else " " for ch in decomposed if not unicodedata.combining(ch))
    return plain.split()


class _SecondaryTextDelegate(QStyledItemDelegate):
    """Draws a column in the secondary grey of the palette of the moment, light or dark."""

    def initStyleOption(self, option, index) -> None:
        super().initStyleOption(option, index)
        option.palette.setColor(QPalette.ColorRole.Text, option.palette.color(SECONDARY_TEXT))


def page_matches(title: str, typed: str) -> bool:
    """Each typed word starts a word of the page's title (accents and case folded), as for people."""
    title_words = _folded_words(title)
    return all(any(word.startswith(part) for word in title_words) for part in _folded_words(typed))


class QuickSwitcher(QDialog):
    """Lists matching pages and people as the user types; `chosen_page()` or `chosen_person()` after
    the dialog is accepted."""

    def __init__(self, pages: list[tuple[str, str]], parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Jump to"))
        self._pages = pages
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("A name, an organisation, an e-mail, a tag or a page"))
        self.search.setAccessibleName(self.tr("Jump to a person or a page"))
        self.search.setClearButtonEnabled(True)
        self.results = QTreeWidget()
        self.results.setAccessibleName(self.tr("People and pages"))
        self.results.setColumnCount(2)
        self.results.setHeaderHidden(True)
        self.results.setRootIsDecorated(False)
        self.results.setUniformRowHeights(True)
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.results.header().setStretchLastSection(True)
        self.results.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.results.itemActivated.connect(lambda _item: self.accept())
        self.results.itemClicked.connect(lambda _item: self.accept())
        self.results.setItemDelegateForColumn(1, _SecondaryTextDelegate(self.results))
        self.hint = quiet(QLabel())

        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.hint)
        self.setMinimumSize(620, 400)

        self.search.installEventFilter(self)
        self.search.textChanged.connect(self.refresh)
        self.search.returnPressed.connect(self._accept_current)
        self.refresh()

    # ---- results ------------------------------------------------------------------------------
    def refresh(self) -> None:
        typed = self.search.text()
        self.results.clear()
        self._now = utc_now()
        if typed.strip():
            shown_pages = [(key, title) for key, title in self._pages if page_matches(title, typed)]
            found = quick_find_people(typed, PEOPLE_SHOWN)
        else:
            shown_pages = list(self._pages)
            found = list_people(PeopleFilter(sort=SORT_BY_LAST_MOMENT), 0, RECENT_PEOPLE_SHOWN)
        for row in found:
            self._add_person(row)
        for key, title in shown_pages:
            font = QFont(self.results.font())
            font.setItalic(True)
            item = self._add_row(self.tr("Go to %1").replace("%1", title), self.tr("page"), font)
            item.setData(0, PAGE_ROLE, key)
        if self.count():
            self.set_current_row(0)
        if not typed.strip():
            self.hint.setText(self.tr("People you saw last, and the pages. Type to find anyone."))
        elif not self.count():
            self.hint.setText(self.tr("No person or page matches “%1”.").replace("%1", typed.strip()))
        else:
            self.hint.setText(self.tr("↑ ↓ to choose, Enter to go there, Esc to stay."))

    def _add_person(self, row: PersonRow) -> None:
        details = [part for part in (row.organisation, stage_label(row.stage)) if part]
        if row.last_moment_at is not None:
            details.append(self.tr("last moment %1").replace("%1", relative_day(row.last_moment_at, self._now)))
        if row.archived_at is not None:
            details.append(self.tr("archived"))
        font = QFont(self.results.font())
        font.setBold(True)
        item = self._add_row(row.display_name, "  ·  ".join(details), font)
        item.setData(0, PERSON_ROLE, row.id)

    def _add_row(self, title: str, details: str, font: QFont) -> QTreeWidgetItem:
        item = QTreeWidgetItem([title, details])
        item.setFont(0, font)
        item.setSizeHint(0, QSize(QFontMetrics(font).horizontalAdvance(title) + 24, ROW_HEIGHT))
        item.setToolTip(0, title)
        item.setToolTip(1, details)
        self.results.addTopLevelItem(item)
        return item

    def count(self) -> int:
        return self.results.topLevelItemCount()

    def row_texts(self) -> list[tuple[str, str]]:
        return [(self.results.topLevelItem(row).text(0), self.results.topLevelItem(row).text(1))
                for row in range(self.count())]

    def set_current_row(self, row: int) -> None:
        self.results.setCurrentItem(self.results.topLevelItem(row))

    def current_row(self) -> int:
        return self.results.indexOfTopLevelItem(self.results.currentItem()) if self.results.currentItem() else -1

    # ---- choosing -----------------------------------------------------------------------------
    def eventFilter(self, watched, event) -> bool:
        if watched is self.search and event.type() == QEvent.Type.KeyPress and event.key() in _NAVIGATION_KEYS:
            step = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1, Qt.Key.Key_PageUp: -5, Qt.Key.Key_PageDown: 5}
            last = self.count() - 1
            if last >= 0:
                self.set_current_row(max(0, min(last, self.current_row() + step[event.key()])))
            return True
        return super().eventFilter(watched, event)

    def _accept_current(self) -> None:
        if self.results.currentItem() is not None:
            self.accept()

    def chosen_page(self) -> str | None:
        item = self.results.currentItem()
        return item.data(0, PAGE_ROLE) if item is not None else None

    def chosen_person(self) -> int | None:
        item = self.results.currentItem()
        return item.data(0, PERSON_ROLE) if item is not None else None


def open_quick_switcher(window) -> None:
    """Run the switcher over `window` (the main window) and go where the user chose."""
    pages = [(window.sidebar.item(row).data(Qt.ItemDataRole.UserRole), window.sidebar.item(row).text())
             for row in range(window.sidebar.count())]
    dialog = QuickSwitcher(pages, window)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return
    if dialog.chosen_person() is not None:
        window.show_page("people")
        window.people_page.show_person(dialog.chosen_person())
    elif dialog.chosen_page() is not None:
        window.show_page(dialog.chosen_page())
