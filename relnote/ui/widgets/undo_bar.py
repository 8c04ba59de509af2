"""A one-line notice, with an Undo button when there is something to undo, hiding itself after a while."""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

VISIBLE_MS = 15000
FLOAT_MARGIN = 8


class UndoBar(QFrame):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(self.palette().ColorRole.ToolTipBase)
        self.message = QLabel()
        self.message.setWordWrap(True)  # a warning naming a file can be long
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.clicked.connect(self._undo)
        close = QToolButton()
        close.setText("✕")
        close.setToolTip(self.tr("Dismiss"))
        close.setAccessibleName(self.tr("Dismiss"))
        close.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        layout.addWidget(self.message, 1)
        layout.addWidget(self.undo_button)
        layout.addWidget(close)
        self._undo_action: Callable[[], None] | None = None
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.hide)
        self._host: QWidget | None = None
        self.hide()

    def float_over(self, host: QWidget) -> None:
        """Show over the bottom of `host` rather than on a line of its own: nothing on the page moves
        when the notice comes and goes, so no click lands on something that just moved there."""
        self.setParent(host)
        self._host = host
        host.installEventFilter(self)
        self.hide()

    def eventFilter(self, watched, event) -> bool:
        if watched is self._host and event.type() == QEvent.Type.Resize and not self.isHidden():
            self._place()  # also when the window first takes its size, with a notice already given
        return False

    def _place(self) -> None:
        if self._host is None:
            return
        width = self._host.width() - 2 * FLOAT_MARGIN
        height = self.heightForWidth(width) if self.hasHeightForWidth() else self.sizeHint().height()
        self.setGeometry(FLOAT_MARGIN, self._host.height() - height - FLOAT_MARGIN, width, height)
        self.raise_()

    def offer(self, text: str, undo: Callable[[], None]) -> None:
        self.message.setText(text)
        self._undo_action = undo
        self.undo_button.show()
        self._place()
        self.show()
        self._timer.start(VISIBLE_MS)

    def tell(self, text: str) -> None:
        """Only a notice: nothing to undo."""
        self.offer(text, lambda: None)
        self._undo_action = None
        self.undo_button.hide()

    def warn(self, text: str) -> None:
        """A notice about something that went wrong: it stays until the user dismisses it."""
        self.tell(text)
        self._timer.stop()

    def _undo(self) -> None:
        action, self._undo_action = self._undo_action, None
        self.hide()
        if action is not None:
            action()
