"""Helpers to drive the real window and its dialogs."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtCore import QPoint, QRect, QThreadPool
from PySide6.QtGui import QColor, QTextLayout, QTextOption
from PySide6.QtWidgets import QDialog

from relnote.app import open_settings
from relnote.db.database import close_database, open_database
from relnote.ui.contrast import contrast_ratio
from relnote.ui.main_window import MainWindow
from relnote.ui.theme import SYSTEM, Theme


@pytest.fixture(autouse=True)
def english_window(english_translations, english_locale):
    """Every window test sees British English, with its plural forms, as a user would."""


@pytest.fixture
def theme(qapp):
    """Light or dark as the user chooses it in the settings; the test's colours go with it."""
    original_palette, original_style = qapp.palette(), qapp.style().name()
    theme = Theme(qapp, SYSTEM)
    yield theme
    qapp.setStyle(original_style)
    qapp.setPalette(original_palette)


@pytest.fixture
def open_window(qtbot, notebook_paths):
    """Open Relnote's window on the test notebook, as the program does; call again to reopen."""
    windows = []

    def opener() -> MainWindow:
        open_database(notebook_paths.database)
        window = MainWindow(open_settings(notebook_paths))
        qtbot.addWidget(window)
        with qtbot.waitActive(window):
            window.show()
            window.activateWindow()
        qtbot.waitUntil(lambda: window.people_page.list_panel.count_label.text() != "")  # after the first paint
        windows.append(window)
        return window

    yield opener
    QThreadPool.globalInstance().waitForDone(10_000)  # what the pages read in the background, as on quit
    close_database()


def close_window(window: MainWindow) -> None:
    """Close as the user does, then let go of the notebook as the program does on exit."""
    window.close()
    QThreadPool.globalInstance().waitForDone(10_000)
    close_database()


@pytest.fixture
def drive_dialog(monkeypatch, qtbot):
    """Replace `cls.exec` so the dialog is filled by `fill(dialog)` and then accepted or cancelled."""

    def install(cls, fill, accept: bool = True):
        seen = []

        def fake_exec(dialog):
            qtbot.addWidget(dialog)
            dialog.show()
            seen.append(dialog)
            fill(dialog)
            if accept:
                dialog.accept()
            else:
                dialog.reject()
            return dialog.result()

        monkeypatch.setattr(cls, "exec", fake_exec)
        return seen

    return install


def accepted(dialog) -> bool:
    return dialog.result() == QDialog.DialogCode.Accepted


def focus_changes_its_look(qtbot, window, widget, elsewhere) -> bool:
    """Whether `widget` is drawn differently once the keyboard is on it (focus moved from `elsewhere`)."""
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    elsewhere.setFocus()
    qtbot.waitUntil(elsewhere.hasFocus)
    without_focus = widget.grab().toImage()
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)
    return widget.grab().toImage() != without_focus


def drawn_colours(widget, area: QRect | None = None) -> list[QColor]:
    """The colours of `widget` (or of an `area` of it) as drawn in its window, most used first."""
    window = widget.window()
    image = window.grab((area or widget.rect()).translated(widget.mapTo(window, QPoint(0, 0)))).toImage()
    pixels = Counter(image.pixel(x, y) for x in range(image.width()) for y in range(image.height()))
    return [QColor(pixel) for pixel, _count in pixels.most_common()]


def text_contrast(widget) -> float:
    """How well `widget`'s words read: the colour it writes in against the background it is drawn on."""
    return contrast_ratio(widget.palette().color(widget.foregroundRole()), drawn_colours(widget)[0])


def shown(label) -> str:
    """A label's words as read (its phrases are held together with no-break spaces)."""
    return label.text().replace("\u00a0", " ")


def lines_shown(label) -> list[str]:
    """The lines a word-wrapped label is drawn on, at its width."""
    layout = QTextLayout(label.text(), label.font())
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WordWrap)
    layout.setTextOption(option)
    layout.beginLayout()
    lines = []
    while (line := layout.createLine()).isValid():
        line.setLineWidth(label.contentsRect().width())
        lines.append(label.text()[line.textStart():line.textStart() + line.textLength()])
    layout.endLayout()
    return [line.replace("\u00a0", " ").strip() for line in lines]
