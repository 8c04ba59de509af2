"""How well one colour reads on another, as WCAG 2 measures it."""

from __future__ import annotations

from PySide6.QtGui import QColor

MIN_CONTRAST = 4.5  # WCAG AA, for text of ordinary size


def _linear(channel: float) -> float:
    return channel / 12.92 if channel <= 0.03928 else ((channel + 0.055) / 1.055) ** 2.4


def relative_luminance(colour: QColor) -> float:
    return 0.2126 * _linear(colour.redF()) + 0.7152 * _linear(colour.greenF()) + 0.0722 * _linear(colour.blueF())


def contrast_ratio(first: QColor, second: QColor) -> float:
    """From 1 (the same colour) to 21 (black on white)."""
    lighter, darker = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)
