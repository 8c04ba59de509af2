"""Relnote's tray icon, drawn crisp at every size, with the count of what is due on a badge that can
be read on a 16–32 px panel, light or dark."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPainterPath, QPen, QPixmap, QTransform
from PySide6.QtSvg import QSvgRenderer

from relnote.ui.resources import resources_dir

SIZES = (16, 22, 24, 32, 48, 64, 128)
PANEL_SIZES = 32  # px: up to this size the badge covers most of the icon, or its number could not be read
BADGE_RED = QColor("#d32f2f")
BADGE_EDGE = QColor("#7f0000")  # outlines the badge on a light panel and on the icon alike
DIGIT_HEIGHT = 0.62  # of the badge's height: the figures' own height, not the font's
PLUS_SIZE = 0.7  # of the 9's


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


def badge_text(count: int) -> str:
    return str(count) if count < 10 else "9+"


def _draw_badge(painter: QPainter, size: int, count: int) -> None:
    height = round(size * (0.75 if size <= PANEL_SIZES else 0.5))
    figures = _figures(badge_text(count), round(height * DIGIT_HEIGHT))
    margin = height * 0.2
    width = min(size, max(height, figures.boundingRect().width() + 2 * margin))
    badge = QRectF(size - width, size - height, width, height)
    if figures.boundingRect().width() > width - 2 * margin:  # "9+" on the smallest icon
        figures = _scaled(figures, (width - 2 * margin) / figures.boundingRect().width())
    edge = 1.0 if size <= PANEL_SIZES else 2.0
    painter.setPen(QPen(BADGE_EDGE, edge))
    painter.setBrush(BADGE_RED)
    inside = badge.adjusted(edge / 2, edge / 2, -edge / 2, -edge / 2)
    painter.drawRoundedRect(inside, inside.height() / 2, inside.height() / 2)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("white"))
    ink = figures.boundingRect()
    top = round(badge.center().y() - ink.height() / 2)  # the figures' top and foot on whole pixels: sharper
    painter.drawPath(figures.translated(badge.center().x() - ink.center().x(), top - ink.top()))


def _figures(text: str, height: float) -> QPainterPath:
    """`text` in bold, scaled so that its figures stand `height` px tall; the "+" of "9+" is smaller,
    leaving the room to the 9."""
    font = QFont()
    font.setBold(True)
    font.setPixelSize(100)
    figures = QPainterPath()
    figures.addText(QPointF(0, 0), font, text.rstrip("+"))
    if text.endswith("+"):
        plus = QPainterPath()
        plus.addText(QPointF(0, 0), font, "+")
        plus = _scaled(plus, PLUS_SIZE)
        box, plus_box = figures.boundingRect(), plus.boundingRect()
        figures.addPath(plus.translated(box.right() + box.height() * 0.08 - plus_box.left(),
                                        box.center().y() - plus_box.center().y()))
    return _scaled(figures, height / figures.boundingRect().height())


def _scaled(path: QPainterPath, factor: float) -> QPainterPath:
    return QTransform.fromScale(factor, factor).map(path)
