"""A list of timeline rows: bold period headers, then each event as a title and quieter details."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt, Signal
from PySide6.QtGui import QAction, QFont, QFontMetrics, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView, QApplication, QListView, QMenu, QStyle, QStyledItemDelegate, QStyleOptionFocusRect,
)

from relnote.db.timeline_queries import MOMENT
from relnote.ui.models.timeline_model import DETAIL_ROLE, EVENT_ROLE, IS_HEADER_ROLE, LINES_ROLE, TITLE_ROLE
from relnote.ui.moment_editing import change_moment, delete_moment
from relnote.ui.secondary_text import SECONDARY_TEXT

MARGIN = 8
HEADER_TOP = 12
LINE_GAP = 2
WRAP = Qt.TextFlag.TextWordWrap
MEASURED_KEPT = 20_000  # row heights remembered, about ten windows of rows


class TimelineDelegate(QStyledItemDelegate):
    def __init__(self, parent=None):
        super().__init__(parent)
        self._measured: dict[tuple, tuple[int, int]] = {}
    def _fonts(self, option) -> tuple[QFont, QFont, QFont]:
        header = QFont(option.font)
        header.setBold(True)
        header.setPointSizeF(option.font.pointSizeF() * 1.1)
        return header, QFont(option.font), QFont(option.font)

    def _text_width(self, option) -> int:
        view = self.parent()
        width = view.viewport().width() if view is not None else option.rect.width()
        return max(120, width - 2 * MARGIN - 4)

    def _heights(self, option, index) -> tuple[int, int]:
        """Measured once per text, width and font: the view lays every held row out again as rows come."""
        width = self._text_width(option)
        header, title_text, detail_text = index.data(LINES_ROLE)
        key = (option.font.key(), width, header, title_text, detail_text)
        heights = self._measured.get(key)
        if heights is None:
            if len(self._measured) > MEASURED_KEPT:
                self._measured.clear()
            heights = self._measure(option, width, header, title_text, detail_text)
            self._measured[key] = heights
        return heights

    def _measure(self, option, width: int, header: bool, title_text: str, detail_text: str) -> tuple[int, int]:
        header_font, title_font, detail_font = self._fonts(option)
        if header:
            return QFontMetrics(header_font).height() + HEADER_TOP + 6, 0
        title = QFontMetrics(title_font).boundingRect(QRect(0, 0, width, 100000), WRAP, title_text)
        detail = (QFontMetrics(detail_font).boundingRect(QRect(0, 0, width, 100000), WRAP, detail_text).height()
                  if detail_text else 0)
        return title.height(), detail

    def sizeHint(self, option, index) -> QSize:
        title, detail = self._heights(option, index)
        gap = LINE_GAP if detail else 0
        return QSize(self._text_width(option), title + gap + detail + 2 * MARGIN - (MARGIN if index.data(IS_HEADER_ROLE) else 0))

    def paint(self, painter, option, index) -> None:
        painter.save()
        header_font, title_font, detail_font = self._fonts(option)
        palette = option.palette
        rect = option.rect.adjusted(MARGIN, 0, -MARGIN, 0)
        if index.data(IS_HEADER_ROLE):
            painter.setFont(header_font)
            painter.setPen(palette.color(QPalette.ColorRole.WindowText))
            text_rect = rect.adjusted(0, HEADER_TOP, 0, 0)
            painter.drawText(text_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, index.data(TITLE_ROLE))
            painter.setPen(palette.color(QPalette.ColorRole.Mid))
            painter.drawLine(rect.left(), rect.bottom(), rect.right(), rect.bottom())
            painter.restore()
            return
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.fillRect(option.rect, palette.color(QPalette.ColorRole.Highlight))
        elif index.row() % 2:
            painter.fillRect(option.rect, palette.color(QPalette.ColorRole.AlternateBase))
        text_color = palette.color(QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text)
        quiet_color = text_color if selected else palette.color(SECONDARY_TEXT)
        title_height, detail_height = self._heights(option, index)
        top = rect.top() + MARGIN
        painter.setFont(title_font)
        painter.setPen(text_color)
        painter.drawText(QRect(rect.left(), top, rect.width(), title_height), WRAP, index.data(TITLE_ROLE) or "")
        detail = index.data(DETAIL_ROLE)
        if detail:
            painter.setFont(detail_font)
            painter.setPen(quiet_color)
            painter.drawText(QRect(rect.left(), top + title_height + LINE_GAP, rect.width(), detail_height),
                             WRAP, detail)
        if option.state & QStyle.StateFlag.State_HasFocus:  # where the keyboard is, selected or not
            focus = QStyleOptionFocusRect()
            focus.rect = option.rect.adjusted(1, 1, -1, -1)
            focus.palette = palette
            focus.state = option.state | QStyle.StateFlag.State_KeyboardFocusChange
            focus.backgroundColor = palette.color(QPalette.ColorRole.Highlight if selected else QPalette.ColorRole.Base)
            style = option.widget.style() if option.widget is not None else QApplication.style()
            style.drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, focus, painter, option.widget)
        painter.restore()


class TimelineView(QListView):
    """Emits `person_activated(id)` when the user opens someone from an event, `moment_changed()`
    once they changed or deleted a moment from its menu (or, in a story, by activating it)."""

    person_activated = Signal(int)
    moment_changed = Signal()

    def __init__(self, parent=None, open_people: bool = True):
        super().__init__(parent)
        self._open_people = open_people
        self.setItemDelegate(TimelineDelegate(self))
        self.setUniformItemSizes(False)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalScrollBar().setSingleStep(24)
        self.activated.connect(self._open_first_person if open_people else self._change_moment_at)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._show_menu)

    # ---- the model's window of pages: rows come and go above the screen without moving it ------
    def setModel(self, model) -> None:
        super().setModel(model)
        self._shift = 0
        model.rowsAboutToBeRemoved.connect(self._rows_leaving)
        model.rowsRemoved.connect(self._keep_position)
        model.rowsInserted.connect(self._rows_arrived)
        self.verticalScrollBar().valueChanged.connect(self._near_the_top)

    def _height_of_rows(self, first: int, last: int) -> int:
        model = self.model()
        return sum(self.sizeHintForIndex(model.index(row, 0)).height() + self.spacing()
                   for row in range(first, last + 1))

    def _rows_leaving(self, _parent, first: int, last: int) -> None:
        if first == 0 and last + 1 < self.model().rowCount():
            self._shift = -self._height_of_rows(first, last)

    def _rows_arrived(self, _parent, first: int, last: int) -> None:
        if first == 0 and last + 1 < self.model().rowCount():
            self._shift = self._height_of_rows(first, last)
            self._keep_position()

    def _keep_position(self, *_removed) -> None:
        if self._shift:
            shift, self._shift = self._shift, 0
            self.executeDelayedItemsLayout()
            bar = self.verticalScrollBar()
            bar.setValue(bar.value() + shift)

    def read_again_in_place(self) -> None:
        """Read the events on screen again and keep the top one where it was: only the pages on screen
        are read, those above come back as the user scrolls up."""
        area = self.viewport().rect()
        top = self.indexAt(area.topLeft())
        if not top.isValid():
            self.model().reread()
            return
        bottom = self.indexAt(area.bottomLeft())
        offset = self.visualRect(top).top()
        dropped = self.model().reread(top.row(), bottom.row() if bottom.isValid() else None)
        row = min(top.row() - dropped, self.model().rowCount() - 1)
        if row < 0:
            return
        self.executeDelayedItemsLayout()
        bar = self.verticalScrollBar()
        bar.setValue(bar.value() + self.visualRect(self.model().index(row, 0)).top() - offset)

    def _near_the_top(self, value: int) -> None:
        model = self.model()
        if value < self.viewport().height() // 2 and getattr(model, "can_fetch_newer", lambda: False)():
            model.fetch_newer()

    def _open_first_person(self, index) -> None:
        event = index.data(EVENT_ROLE)
        if event is not None and event.people:
            self.person_activated.emit(event.people[0][0])

    def focusInEvent(self, event) -> None:
        """Arriving by Tab, the keyboard starts on the first event (a row must be current to be seen)."""
        super().focusInEvent(event)
        if not self.currentIndex().isValid():
            model = self.model()
            for row in range(model.rowCount() if model is not None else 0):
                if model.index(row, 0).data(EVENT_ROLE) is not None:
                    self.setCurrentIndex(model.index(row, 0))
                    break

    def _change_moment_at(self, index) -> None:
        event = index.data(EVENT_ROLE)
        if event is not None and event.event == MOMENT:
            self._edit(change_moment, event.ref)

    def _edit(self, edit, moment_id: int) -> None:
        if edit(self, moment_id):
            self.moment_changed.emit()

    def menu_for(self, index) -> QMenu | None:
        """What can be done with the event at `index`: open its people, change or delete a moment."""
        event = index.data(EVENT_ROLE)
        if event is None:
            return None
        menu = QMenu(self)
        if self._open_people:
            for person_id, name in event.people:
                action = QAction(self.tr("Open %1").replace("%1", name), menu)
                action.triggered.connect(lambda _=False, pid=person_id: self.person_activated.emit(pid))
                menu.addAction(action)
        if event.event == MOMENT:
            if not menu.isEmpty():
                menu.addSeparator()
            for text, edit in ((self.tr("Change this moment…"), change_moment),
                               (self.tr("Delete this moment…"), delete_moment)):
                action = QAction(text, menu)
                action.triggered.connect(lambda _=False, e=edit: self._edit(e, event.ref))
                menu.addAction(action)
        return None if menu.isEmpty() else menu

    def _show_menu(self, position) -> None:
        menu = self.menu_for(self.indexAt(position))
        if menu is not None:
            menu.exec(self.viewport().mapToGlobal(position))
