"""A list of row widgets built a batch at a time, so that a notebook with hundreds of overdue
follow-ups or quiet people still shows its page at once: the first rows, then "Show 20 more"."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QVBoxLayout, QWidget

from relnote.ui.secondary_text import quiet_label
from relnote.ui.widgets.section import link_button


def _controls(row: QWidget) -> list[QWidget]:
    return [child for child in row.findChildren(QWidget) if child.focusPolicy() & Qt.FocusPolicy.TabFocus]


def _focus_first_control(row: QWidget) -> None:
    for child in _controls(row):
        if child.isEnabled():
            child.setFocus()
            return


def _more_text(next_batch: int, total: int) -> str:
    text = QCoreApplication.translate("GrowingList", "Show %Ln more", "", next_batch)
    return text + " " + QCoreApplication.translate("GrowingList", "(%Ln in all)", "", total)


class GrowingList(QWidget):
    """Shows `empty_label` (its text set by the owner) when there is nothing, else the first `first`
    rows made by `make_row`; the "more" button adds `step` rows at a time. How far the user opened
    the list survives a refresh."""

    def __init__(self, make_row: Callable[[object], QWidget], first: int, step: int, parent=None):
        super().__init__(parent)
        self.empty_label = quiet_label()
        self.rows: list[QWidget] = []
        self._make_row = make_row
        self._step = step
        self._wanted = first
        self.tab_after: QWidget = self  # the control before the list, in reading order (set by the page)
        self._items: Sequence[object] = ()
        self.more_button = link_button()
        self.more_button.clicked.connect(self.show_more)
        self.more_button.hide()
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(4)
        self._layout.addWidget(self.empty_label)
        self._layout.addWidget(self.more_button, 0, Qt.AlignmentFlag.AlignLeft)

    def items(self) -> Sequence[object]:
        """Everything the list holds, shown yet or not."""
        return self._items

    def set_items(self, items: Sequence[object]) -> None:
        focused = self._focused_row()
        if focused is not None:
            # Were the focused row simply deleted, Qt would give focus to a widget further down and
            # the page would scroll away from where the user just clicked.
            QApplication.focusWidget().clearFocus()
        for row in self.rows:
            self._layout.removeWidget(row)
            row.hide()
            row.deleteLater()
        self.rows = []
        self._items = items
        self.empty_label.setVisible(not items)
        self._grow_to(min(self._wanted, len(items)))
        if focused is not None and self.rows:
            _focus_first_control(self.rows[min(focused, len(self.rows) - 1)])  # the row now in its place

    def _order_tabs(self) -> None:
        """Tab goes through the rows where the list stands on the page (rows made later would
        otherwise come after everything else on it)."""
        chain = [self.tab_after] + [control for row in self.rows for control in _controls(row)] + [self.more_button]
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)

    def _focused_row(self) -> int | None:
        widget = QApplication.focusWidget()
        for position, row in enumerate(self.rows):
            if widget is not None and (widget is row or row.isAncestorOf(widget)):
                return position
        return None

    def show_more(self) -> None:
        self._wanted = len(self.rows) + self._step
        self._grow_to(min(self._wanted, len(self._items)))

    def _grow_to(self, count: int) -> None:
        for item in self._items[len(self.rows):count]:
            row = self._make_row(item)
            self._layout.insertWidget(self._layout.count() - 1, row)
            self.rows.append(row)
        self._order_tabs()
        hidden = len(self._items) - len(self.rows)
        self.more_button.setVisible(hidden > 0)
        if hidden > 0:
            self.more_button.setText(_more_text(min(self._step, hidden), len(self._items)))
