"""Light or dark, following the system's colour scheme unless the user chose one."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

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


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in _DARK_COLOURS.items():
        palette.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#7c7f84"))
    return palette


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def wants_dark(appearance: str, system_dark: bool | None, platform_palette: QPalette) -> bool:
    """`system_dark`: the system's colour scheme, None until it is read (the platform's palette, which
    follows it on most systems, stands for it until then)."""
    if appearance == DARK:
        return True
    if appearance == LIGHT:
        return False
    return is_dark(platform_palette) if system_dark is None else system_dark


def _is_dark_scheme(scheme) -> bool:
    from PySide6.QtCore import Qt  # not before the window's first paint: see relnote.ui.qt_values

    return scheme == Qt.ColorScheme.Dark


class Theme:
    """Applies the chosen appearance now and whenever the system scheme changes."""

    def __init__(self, app: QApplication, appearance: str = SYSTEM):
        self.app = app
        self.appearance = appearance if appearance in APPEARANCES else SYSTEM
        self._platform_palette = app.palette()  # a copy of it (QPalette(…) would build Qt's enums)
        self._platform_style: str | None = None  # read only before it is replaced (reading it costs)
        self._system_dark: bool | None = None  # read by follow_system()
        self.apply()

    def follow_system(self) -> None:
        """Read the system's colour scheme, and follow it from now on. The window's start calls this
        just after its first paint (see relnote.ui.qt_values); a system whose scheme its palette does
        not show (dark, with a light palette) turns dark then."""
        hints = self.app.styleHints()
        hints.colorSchemeChanged.connect(self._system_scheme_changed)
        was_dark = self._dark()
        self._system_dark = _is_dark_scheme(hints.colorScheme())
        if self._dark() != was_dark:
            self.apply()

    def _system_scheme_changed(self, scheme) -> None:
        self._system_dark = _is_dark_scheme(scheme)
        self.apply()

    def _dark(self) -> bool:
        return wants_dark(self.appearance, self._system_dark, self._platform_palette)

    def set_appearance(self, appearance: str) -> None:
        self.appearance = appearance if appearance in APPEARANCES else SYSTEM
        self.apply()

    def apply(self) -> None:
        style, palette = self._style_and_palette()
        # The palette goes first: the new style polishes every widget again, and a widget with a style
        # sheet (the link buttons) keeps the colours of the palette it was last polished with.
        self.app.setPalette(with_readable_secondary_text(palette))
        if style is not None:
            self.app.setStyle(style)

    def _style_and_palette(self):
        """The style to set (None: the platform's, untouched so far) and the palette."""
        dark = self._dark()
        own_style = (dark and not is_dark(self._platform_palette)) or (
            not dark and is_dark(self._platform_palette) and self.appearance == LIGHT)
        if not own_style:
            return self._platform_style, self._platform_palette
        from relnote.ui.dark_fusion import DarkFusion, fusion_light

        if self._platform_style is None:
            self._platform_style = self.app.style().name()
        return (DarkFusion(), dark_palette()) if dark else fusion_light()
