"""Relnote's tray icon, drawn crisp at every size, with a small count of what is due."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from relnote.ui.resources import resources_dir

SIZES = (16, 22, 24, 32, 48, 64, 128)


def tray_icon(due_count: int) -> QIcon:
    renderer = QSvgRenderer(str(resources_dir() / "icons" / "relnote.svg"))
    icon = QIcon()
    for size in SIZES:
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter, QRectF(0, 0, size, size))
        if due_count > 0:
            _draw_badge(painter, size, due_count)
        painter.end()
        icon.addPixmap(pixmap)
    return icon


def _draw_badge(painter: QPainter, size: int, count: int) -> None:
    text = str(count) if count < 10 else "9+"
    diameter = max(9.0, size * 0.56)
    badge = QRectF(size - diameter, size - diameter, diameter, diameter)
    painter.setPen(QColor("white"))
    painter.setBrush(QColor("#c62828"))
    painter.drawEllipse(badge.adjusted(0.5, 0.5, -0.5, -0.5))
    font = QFont()
    font.setBold(True)
    font.setPixelSize(max(7, int(diameter * (0.62 if len(text) == 1 else 0.5))))
    painter.setFont(font)
    painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, text)
