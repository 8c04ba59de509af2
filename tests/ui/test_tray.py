"""The tray's menu, tooltip and icon, and the reminder timer, offscreen."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtGui import QImage

from relnote.core import follow_ups, people
from relnote.core.clock import utc_now
from relnote.core.follow_ups import FollowUpRow
from relnote.ui.reminder_service import ReminderService
from relnote.ui.tray import PAUSE_HOUR, Tray
from relnote.ui.tray_icon_art import tray_icon


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
