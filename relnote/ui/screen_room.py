"""Windows as large as they would like, but never larger than the screen they open on."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

FRAME_ROOM = 60  # the window manager's title bar and borders, outside the window's own size


def fitted_to_screen(window: QWidget, wanted: QSize) -> QSize:
    """`wanted`, or less on a smaller screen (a 1366×768 laptop has a panel and a title bar to spare)."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is None:
        return wanted
    room = screen.availableGeometry()
    return QSize(min(wanted.width(), room.width() - FRAME_ROOM), min(wanted.height(), room.height() - FRAME_ROOM))
