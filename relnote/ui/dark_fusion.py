"""Fusion for dark colours, loaded only when the window turns dark: its style classes are costly to
load at start-up."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QProxyStyle, QStyle, QStyleFactory

INDICATOR_EDGE = "#8a8d91"
BOXES = (QStyle.PrimitiveElement.PE_IndicatorCheckBox, QStyle.PrimitiveElement.PE_IndicatorItemViewItemCheck)


class DarkFusion(QProxyStyle):
    """Fusion, whose unticked boxes and empty radio buttons would be nearly black on black in dark
    colours: they get a light edge."""

    def __init__(self):
        super().__init__(QStyleFactory.create("Fusion"))

    def drawPrimitive(self, element, option, painter, widget=None) -> None:
        super().drawPrimitive(element, option, painter, widget)
        radio = element == QStyle.PrimitiveElement.PE_IndicatorRadioButton
        if not (radio or element in BOXES):
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QColor(INDICATOR_EDGE))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        edge = option.rect.adjusted(1, 1, -1, -1)
        painter.drawEllipse(edge) if radio else painter.drawRoundedRect(edge, 1.5, 1.5)
        painter.restore()


def fusion_light():
    """Qt's Fusion style and its own light palette."""
    fusion = QStyleFactory.create("Fusion")
    return fusion, fusion.standardPalette()
