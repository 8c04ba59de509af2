"""Words read well in light and dark, also after switching between them with the window open."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from relnote.core import people
from relnote.core.clock import utc_now
from relnote.ui.contrast import MIN_CONTRAST, contrast_ratio
from relnote.ui.dialogs.quick_switcher import QuickSwitcher
from relnote.ui.secondary_text import SECONDARY_TEXT
from relnote.ui.theme import DARK, LIGHT

from tests.screenshots import save_screenshot
from tests.ui.conftest import drawn_colours, text_contrast


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


@pytest.mark.parametrize("appearance", [LIGHT, DARK])
def test_secondary_text_reads_well_on_every_background(theme, appearance):
    theme.set_appearance(appearance)
    palette = QApplication.palette()
    secondary = palette.color(SECONDARY_TEXT)
    assert secondary.alpha() == 255  # not blended with whatever is behind
    for background in (QPalette.ColorRole.Window, QPalette.ColorRole.Base, QPalette.ColorRole.AlternateBase):
        assert contrast_ratio(secondary, palette.color(background)) >= MIN_CONTRAST


@pytest.mark.parametrize("appearance", [LIGHT, DARK])
def test_counts_dates_and_details_read_well(notebook, qtbot, open_window, theme, appearance):
    people_going_quiet(3)
    theme.set_appearance(appearance)
    window = open_window()
    people_page = window.people_page
    people_page.list_panel.table.selectRow(0)
    qtbot.waitUntil(people_page.person_panel.subtitle.isVisible)
    for label in (people_page.list_panel.count_label, people_page.person_panel.subtitle):
        assert text_contrast(label) >= MIN_CONTRAST, label.text()
    save_screenshot(window, f"people-page-{appearance}.png")

    window.show_page("today")
    today = window.today_page
    qtbot.waitUntil(lambda: len(today.quiet_list.rows) == 3)
    for label in (today.date_label, today.quiet_list.rows[0].details):
        assert text_contrast(label) >= MIN_CONTRAST, label.text()
    save_screenshot(window, f"today-page-{appearance}.png")


def test_the_quick_switcher_details_read_well_in_light_and_dark(notebook, qtbot, theme):
    people_going_quiet(2)
    theme.set_appearance(LIGHT)
    switcher = QuickSwitcher([("today", "Today")])
    qtbot.addWidget(switcher)
    switcher.show()
    results = switcher.results
    details = results.visualRect(results.model().index(1, 1))  # of a row not highlighted
    for appearance in (LIGHT, DARK):
        switch(qtbot, theme, appearance)
        background, *inks = drawn_colours(results.viewport(), details)
        # the ink of thin grey letters is blended with the background, so even its strongest pixel is paler
        assert max(contrast_ratio(ink, background) for ink in inks) >= MIN_CONTRAST
        assert text_contrast(switcher.hint) >= MIN_CONTRAST
