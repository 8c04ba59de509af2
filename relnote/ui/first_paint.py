"""Work that waits until a widget has been painted once, so that start-up shows the window first.

A zero-delay timer is not enough: Qt runs it before the window's first paint. The callback runs just
after the first paint, or after `fallback_ms` when the widget is not painted (started hidden)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

FALLBACK_MS = 400


class _AfterFirstPaint(QObject):
    def __init__(self, widget: QWidget, callback: Callable[[], None], fallback_ms: int):
        super().__init__(widget)
        self._widget = widget
        self._callback: Callable[[], None] | None = callback
        widget.installEventFilter(self)
        QTimer.singleShot(fallback_ms, self, self._run)

    def eventFilter(self, watched, event) -> bool:
        if watched is self._widget and event.type() == QEvent.Type.Paint and self._callback is not None:
            QTimer.singleShot(0, self, self._run)  # once the whole window is on screen
        return False

    def _run(self) -> None:
        callback, self._callback = self._callback, None
        if callback is None:
            return
        self._widget.removeEventFilter(self)
        self.deleteLater()
        callback()


def after_first_paint(widget: QWidget, callback: Callable[[], None], fallback_ms: int = FALLBACK_MS) -> None:
    """Call `callback` once, just after `widget` is first painted (or after `fallback_ms`)."""
    _AfterFirstPaint(widget, callback, fallback_ms)


def pending_after_first_paint(widgets: list[QWidget]) -> list[QObject]:
    """The work still waiting for a first paint in these widgets (for tests that drop their windows)."""
    return [waiting for widget in widgets for waiting in widget.findChildren(_AfterFirstPaint)]
