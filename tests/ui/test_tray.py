"""The tray's menu, tooltip and icon, and the reminder timer, offscreen."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtGui import QColor, QImage

from relnote.core import follow_ups, people
from relnote.core.clock import utc_now
from relnote.core.follow_ups import FollowUpRow
from relnote.ui.contrast import MIN_CONTRAST, contrast_ratio
from relnote.ui.reminder_service import ReminderService
from relnote.ui.tray import PAUSE_HOUR, Tray
from relnote.ui.tray_icon_art import BADGE_RED, badge_text, tray_icon


def row(number: int, expecting: bool = False) -> FollowUpRow:
    return FollowUpRow(number, 100 + number, f"Person {number}", f"Reason {number}",
                       datetime(2026, 1, 1, 9, 0), expecting, None)


def texts(menu) -> list[str]:
    return [action.text() for action in menu.actions() if not action.isSeparator()]


def test_menu_lists_actions_and_at_most_five_due_follow_ups(qtbot):
    tray = Tray()
    tray.update_due([row(n) for n in range(7)], paused=False)
    items = texts(tray.menu)
    assert items[:4] == ["Open Relnote", "Today", "Log a moment…", "Write gratitude…"]
    assert "Due follow-ups" in items
    assert [t for t in items if t.startswith("Person ")] == [f"Person {n} — Reason {n}" for n in range(5)]
    assert items[-1] == "Quit Relnote"
    assert "Resume reminders" not in items
    assert tray.toolTip().startswith("Relnote — 7 follow-ups due")


def test_clicking_a_follow_up_opens_that_person_and_done_is_one_submenu_away(qtbot):
    tray = Tray()
    tray.update_due([row(1), row(2)], paused=False)
    person = next(a for a in tray.menu.actions() if a.text() == "Person 2 — Reason 2")
    with qtbot.waitSignal(tray.person_requested) as opened:
        person.trigger()
    assert opened.args == [102]
    handle = next(a for a in tray.menu.actions() if a.text() == "Done or snooze").menu()
    first = handle.actions()[0].menu()
    with qtbot.waitSignal(tray.done_requested) as done:
        next(a for a in first.actions() if a.text() == "Done").trigger()
    assert done.args == [1]
    with qtbot.waitSignal(tray.snooze_requested) as snoozed:
        next(a for a in first.actions() if a.text() == "Snooze until tomorrow").trigger()
    assert snoozed.args == [1, "tomorrow"]


def test_pause_and_resume(qtbot):
    tray = Tray()
    tray.update_due([], paused=True)
    assert tray.toolTip() == "Relnote — nothing due\nReminders are paused"
    assert "Resume reminders" in texts(tray.menu)
    pause = next(a for a in tray.menu.actions() if a.text() == "Pause reminders").menu()
    with qtbot.waitSignal(tray.pause_requested) as paused:
        pause.actions()[0].trigger()
    assert paused.args == [PAUSE_HOUR]


def test_icon_shows_a_badge_only_when_something_is_due(qtbot):
    def corner(icon) -> tuple:
        image: QImage = icon.pixmap(32, 32).toImage()
        return image.pixelColor(27, 27).getRgb()

    plain, badged = corner(tray_icon(0)), corner(tray_icon(3))
    assert plain != badged
    red, green, blue, _ = badged
    assert red > 150 and green < 100 and blue < 100
    for size in (16, 22, 64):
        assert not tray_icon(12).pixmap(size, size).isNull()


def badge_and_figures(image: QImage) -> tuple[float, int]:
    """How much of the icon the red badge covers, and how tall the white figures on it stand, in px."""
    red, badge_rows, white_rows = 0, [], []
    for y in range(image.height()):
        for x in range(image.width()):
            r, g, b, a = image.pixelColor(x, y).getRgb()
            if a > 200 and r > 100 and g < 90 and b < 90:
                red += 1
                badge_rows.append(y)
    top, bottom = min(badge_rows), max(badge_rows)
    for y in range(top + 1, bottom):  # inside the badge, not a light ring around it
        row = [image.pixelColor(x, y) for x in range(image.width())]
        if any(colour.alpha() == 255 and min(colour.red(), colour.green(), colour.blue()) >= 215 for colour in row):
            white_rows.append(y)
    return red / (image.width() * image.height()), len(white_rows)


@pytest.mark.parametrize("size", [16, 22, 24, 32])
def test_the_count_of_what_is_due_can_be_read_on_a_panel_sized_icon(qtbot, size):
    from tests.screenshots import artifact_path

    for count, shown_as in ((3, "3"), (12, "9+")):
        image = tray_icon(count).pixmap(size, size).toImage()
        image.scaled(size * 8, size * 8).save(str(artifact_path(f"tray-{shown_as.replace('+', 'plus')}-{size}px.png")))
        covered, figures_tall = badge_and_figures(image)
        assert covered >= 0.18  # a badge the eye finds at once (it was 9 % of a 16 px icon)
        assert figures_tall >= 0.4 * size  # 7 px tall on a 16 px icon, 9 px on a 22 px one
    assert badge_text(12) == "9+" and badge_text(9) == "9"
    assert contrast_ratio(QColor("white"), BADGE_RED) >= MIN_CONTRAST  # on a light panel or a dark one alike


def test_reminder_service_fires_once_for_a_due_follow_up(notebook, qtbot):
    clock = [utc_now()]
    claire = people.add_person("Claire", clock[0])
    follow_up = follow_ups.plan_follow_up(claire, "Send the notes", clock[0] + timedelta(minutes=10), clock[0])
    service = ReminderService(clock=lambda: clock[0])
    service.reschedule()
    assert service.next_at == clock[0] + timedelta(minutes=10)
    assert 9 * 60_000 < service.armed_in_ms() <= 10 * 60_000 + 500

    clock[0] += timedelta(minutes=11)
    with qtbot.waitSignal(service.due) as shown:
        service.check_now()
    assert [r.follow_up_id for r in shown.args[0]] == [follow_up]
    with qtbot.assertNotEmitted(service.due):
        service.check_now()
    assert service.armed_in_ms() == -1 or service.next_at is not None
