"""Light or dark, following the system's colour scheme unless the user chose one."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleFactory

from relnote.ui.secondary_text import with_readable_secondary_text

SYSTEM, LIGHT, DARK = "system", "light", "dark"
APPEARANCES = (SYSTEM, LIGHT, DARK)

_DARK_COLOURS = {
    QPalette.ColorRole.Window: "#2b2d30",
    QPalette.ColorRole.WindowText: "#e6e6e6",
    QPalette.ColorRole.Base: "#1f2023",
    QPalette.ColorRole.AlternateBase: "#27292c",
    QPalette.ColorRole.ToolTipBase: "#3a3d41",
    QPalette.ColorRole.ToolTipText: "#f0f0f0",
    QPalette.ColorRole.PlaceholderText: "#8a8d91",  # disabled fields; the active ones get a readable grey
    QPalette.ColorRole.Text: "#e6e6e6",
    QPalette.ColorRole.Button: "#35373b",
    QPalette.ColorRole.ButtonText: "#e6e6e6",
    QPalette.ColorRole.BrightText: "#ff6b6b",
    QPalette.ColorRole.Light: "#45484d",
    QPalette.ColorRole.Midlight: "#3a3d41",
    QPalette.ColorRole.Mid: "#2f3134",
    QPalette.ColorRole.Dark: "#18191b",
    QPalette.ColorRole.Shadow: "#000000",
    QPalette.ColorRole.Highlight: "#3d7fc4",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.Link: "#7ab7ff",
    QPalette.ColorRole.LinkVisited: "#c59cff",
}


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


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in _DARK_COLOURS.items():
        palette.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7c7f84"))
    return palette


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def wants_dark(app: QApplication, appearance: str) -> bool:
    if appearance == DARK:
        return True
    if appearance == LIGHT:
        return False
    return app.styleHints().colorScheme() == Qt.ColorScheme.Dark


class Theme:
    """Applies the chosen appearance now and whenever the system scheme changes."""

    def __init__(self, app: QApplication, appearance: str = SYSTEM):
        self.app = app
        self.appearance = appearance if appearance in APPEARANCES else SYSTEM
        self._platform_palette = QPalette(app.palette())
        self._platform_style = app.style().name()
        app.styleHints().colorSchemeChanged.connect(lambda _scheme: self.apply())
        self.apply()

    def set_appearance(self, appearance: str) -> None:
        self.appearance = appearance if appearance in APPEARANCES else SYSTEM
        self.apply()

    def apply(self) -> None:
        style, palette = self._style_and_palette()
        # The palette goes first: the new style polishes every widget again, and a widget with a style
        # sheet (the link buttons) keeps the colours of the palette it was last polished with.
        self.app.setPalette(with_readable_secondary_text(palette))
        self.app.setStyle(style)

    def _style_and_palette(self) -> tuple[QStyle | str, QPalette]:
        dark = wants_dark(self.app, self.appearance)
        if dark and not is_dark(self._platform_palette):
            return DarkFusion(), dark_palette()
        if not dark and is_dark(self._platform_palette) and self.appearance == LIGHT:
            fusion = QStyleFactory.create("Fusion")
            return fusion, fusion.standardPalette()
        return self._platform_style, self._platform_palette
