"""Words read well in light and dark, also after switching between them with the window open."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtGui import QColor

from relnote.core import people
from relnote.core.clock import utc_now
from relnote.ui.contrast import MIN_CONTRAST, contrast_ratio
from relnote.ui.theme import DARK, LIGHT

from tests.screenshots import save_screenshot
from tests.ui.conftest import text_contrast


def switch(qtbot, theme, appearance: str) -> None:
    theme.set_appearance(appearance)
    qtbot.wait(20)  # the repaint that follows


def people_going_quiet(count: int) -> None:
    now = utc_now()
    for number in range(count):
        people.add_person(f"Quiet person {number:02}", now - timedelta(days=90), cadence_days=30)


def test_contrast_is_measured_as_wcag_does():
    assert contrast_ratio(QColor("black"), QColor("white")) == pytest.approx(21)
    assert contrast_ratio(QColor("#767676"), QColor("white")) == pytest.approx(4.54, abs=0.01)


def test_link_buttons_stay_readable_when_switching_light_and_dark_live(notebook, qtbot, open_window, theme):
    people_going_quiet(12)
    theme.set_appearance(LIGHT)
    window = open_window()
    more_button = window.today_page.quiet_list.more_button
    profile = window.people_page.person_panel.profile
    window.people_page.list_panel.table.selectRow(0)
    for appearance in (DARK, LIGHT):
        switch(qtbot, theme, appearance)
        window.show_page("today")
        qtbot.waitUntil(more_button.isVisible)
        assert text_contrast(more_button) >= MIN_CONTRAST
        window.show_page("people")
        qtbot.waitUntil(profile.isVisible)
        for editor in (profile.emails, profile.phones, profile.links):
            assert text_contrast(editor.add_button) >= MIN_CONTRAST, (appearance, editor.add_button.text())
        save_screenshot(profile, f"profile-editor-after-switching-to-{appearance}.png")
