"""Dark mode: chosen or following the system, and custom drawings take the palette's colours."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from relnote.app import open_settings
from relnote.ui.dialogs.settings_dialog import SettingsDialog
from relnote.ui.theme import DARK, LIGHT, is_dark


def test_dark_appearance_darkens_every_window_and_light_brings_it_back(theme, qapp):
    assert not is_dark(qapp.palette())
    theme.set_appearance(DARK)
    assert is_dark(qapp.palette())
    theme.set_appearance(LIGHT)
    assert not is_dark(qapp.palette())


def test_a_dark_system_whose_palette_stays_light_turns_dark_just_after_the_first_paint(theme, qapp, monkeypatch):
    """The scheme is read once the window is on screen (`follow_system`), and followed from then on."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QStyleHints

    monkeypatch.setattr(QStyleHints, "colorScheme", lambda hints: Qt.ColorScheme.Dark)
    assert not is_dark(qapp.palette())  # before: the platform's own palette
    theme.follow_system()
    assert is_dark(qapp.palette())
    theme._system_scheme_changed(Qt.ColorScheme.Light)  # as the system switches back
    assert not is_dark(qapp.palette())
    theme.set_appearance(DARK)
    assert is_dark(qapp.palette())


def test_settings_switch_the_appearance_at_once_and_remember_it(notebook, qtbot, theme, qapp):
    dialog = SettingsDialog(open_settings(notebook), notebook)
    qtbot.addWidget(dialog)
    dialog.appearance_changed.connect(theme.set_appearance)
    dialog.appearance.setCurrentIndex(dialog.appearance.findData(DARK))
    dialog.appearance.activated.emit(dialog.appearance.currentIndex())
    assert is_dark(QApplication.instance().palette())
    assert open_settings(notebook).value("app/appearance") == DARK


def test_today_page_turns_dark_in_dark_mode(notebook, qtbot, open_window, theme):
    theme.set_appearance(DARK)
    window = open_window()
    window.show_page("today")
    image = window.today_page.grab().toImage()
    corner = image.pixelColor(image.width() // 2, image.height() - 5)
    assert corner.lightness() < 100


def test_an_unticked_box_can_be_seen_in_dark_mode(qtbot, theme, qapp):
    from PySide6.QtGui import QColor
    from PySide6.QtWidgets import QCheckBox, QStyle, QStyleOptionButton

    theme.set_appearance(DARK)
    box = QCheckBox("Show every open follow-up")
    qtbot.addWidget(box)
    box.show()
    image = box.grab().toImage()
    option = QStyleOptionButton()
    box.initStyleOption(option)
    indicator = box.style().subElementRect(QStyle.SubElement.SE_CheckBoxIndicator, option, box)
    brightest = max(QColor(image.pixel(x, y)).lightness()
                    for x in range(indicator.left(), indicator.right() + 1)
                    for y in range(indicator.top(), indicator.bottom() + 1))
    background = qapp.palette().window().color().lightness()
    assert brightest - background > 60  # its edge stands out from the window
