"""The one colour of secondary text (hints, counts, dates, details, placeholders): a grey between the
text and the window colours, muted as far as it can be while it still reads in light and dark."""

from __future__ import annotations

from copy import copy

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel

from relnote.ui.contrast import MIN_CONTRAST, contrast_ratio

SECONDARY_TEXT = QPalette.ColorRole.PlaceholderText
_BACKGROUNDS = (QPalette.ColorRole.Window, QPalette.ColorRole.Base, QPalette.ColorRole.AlternateBase)


def _mix(text: QColor, background: QColor, background_share: float) -> QColor:
    def channel(ink: float, paper: float) -> float:
        return ink + (paper - ink) * background_share

    return QColor.fromRgbF(channel(text.redF(), background.redF()), channel(text.greenF(), background.greenF()),
                           channel(text.blueF(), background.blueF()))


def secondary_colour(palette: QPalette, group: QPalette.ColorGroup) -> QColor:
    text = palette.color(group, QPalette.ColorRole.WindowText)
    window = palette.color(group, QPalette.ColorRole.Window)
    backgrounds = [palette.color(group, role) for role in _BACKGROUNDS]
    for percent in range(50, 0, -1):
        grey = _mix(text, window, percent / 100)
        if all(contrast_ratio(grey, background) >= MIN_CONTRAST for background in backgrounds):
            return grey
    return text


def with_readable_secondary_text(palette: QPalette) -> QPalette:
    readable = copy(palette)  # QPalette(palette) would build Qt's enums (see relnote.ui.qt_values)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        readable.setColor(group, SECONDARY_TEXT, secondary_colour(palette, group))
    return readable


def quiet(label: QLabel) -> QLabel:
    """`label` as secondary text (a hint, a count, a date), in the grey that reads in light and dark."""
    label.setForegroundRole(SECONDARY_TEXT)
    return label


def quiet_label(text: str = "") -> QLabel:
    """Secondary text that wraps."""
    label = quiet(QLabel(text))
    label.setWordWrap(True)
    return label
