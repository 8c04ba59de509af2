"""A place in the window for a page that is built the first time it is needed."""

from __future__ import annotations

from typing import Callable

from PySide6.QtWidgets import QVBoxLayout, QWidget


class PageSlot(QWidget):
    def __init__(self, build: Callable[[], QWidget], parent=None):
        super().__init__(parent)
        self._build = build
        self._page: QWidget | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    def page(self) -> QWidget:
        if self._page is None:
            self._page = self._build()
            self.layout().addWidget(self._page)
            self._page.show()  # at once, not on the next turn of the event loop
        return self._page

    def built(self) -> QWidget | None:
        return self._page

    def showEvent(self, event) -> None:
        self.page()
        super().showEvent(event)
