"""The reminder schedule, with the time passed in: no sleeping, no machine time zone."""

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from relnote.core import follow_ups, journal, people
from relnote.core.reminders import (
    FOLLOW_UP, GRATITUDE, MORNING_SUMMARY, ReminderRules, in_quiet_hours, mark_shown, next_reminder_at,
    pending_reminders,
)

PARIS = ZoneInfo("Europe/Paris")
# 10:00 in Paris on a winter day is 09:00 UTC.
NOW = datetime(2026, 1, 15, 9, 0)
NO_EVENING = ReminderRules(gratitude_hour=None)


def plan(name: str, due_in: timedelta, expecting: bool = False, reason: str = "Send the workshop notes") -> int:
    person = people.add_person(name, NOW - timedelta(days=30))
    return follow_ups.plan_follow_up(person, reason, NOW + due_in, NOW - timedelta(days=1), expecting=expecting)


def kinds(reminders) -> list[str]:
    return [r.kind for r in reminders]


def test_nothing_planned_means_no_timer(notebook):
    assert next_reminder_at(NOW, NO_EVENING, PARIS) is None
    assert pending_reminders(NOW, NO_EVENING, PARIS) == []


def test_next_instant_is_the_earliest_follow_up(notebook):
    plan("Claire", timedelta(hours=3))
    plan("Paul", timedelta(minutes=20))
    assert next_reminder_at(NOW, NO_EVENING, PARIS) == NOW + timedelta(minutes=20)
    assert pending_reminders(NOW, NO_EVENING, PARIS) == []


def test_due_follow_ups_come_expecting_first_and_are_shown_once(notebook):
    plan("Claire", -timedelta(minutes=30))
    expected = plan("Paul", -timedelta(minutes=5), expecting=True, reason="He asked for my rates")
    due = pending_reminders(NOW, NO_EVENING, PARIS)
    assert [r.person_name for r in due] == ["Paul", "Claire"]
    assert due[0].follow_up_id == expected and due[0].reason == "He asked for my rates"
    assert due[0].person_id == people.load_profile(due[0].person_id).id
    mark_shown(due, NOW, PARIS)
    assert pending_reminders(NOW + timedelta(minutes=1), NO_EVENING, PARIS) == []
    assert next_reminder_at(NOW, NO_EVENING, PARIS) is None


def test_a_snoozed_follow_up_comes_back_when_its_new_time_comes(notebook):
    follow_up = plan("Claire", -timedelta(minutes=1))
    mark_shown(pending_reminders(NOW, NO_EVENING, PARIS), NOW, PARIS)
    until = follow_ups.snooze(follow_up, follow_ups.SNOOZE_TOMORROW, NOW, PARIS)
    assert next_reminder_at(NOW, NO_EVENING, PARIS) == until
    assert kinds(pending_reminders(until, NO_EVENING, PARIS)) == [FOLLOW_UP]


def test_done_follow_ups_are_never_reminded(notebook):
    follow_up = plan("Claire", timedelta(minutes=10))
    follow_ups.mark_done(follow_up, NOW)
    assert next_reminder_at(NOW, NO_EVENING, PARIS) is None
    assert pending_reminders(NOW + timedelta(hours=1), NO_EVENING, PARIS) == []


def test_quiet_hours_hold_back_and_release_at_their_end(notebook):
    rules = ReminderRules(gratitude_hour=None, quiet_start=22, quiet_end=8)
    late = datetime(2026, 1, 15, 22, 30)  # 23:30 in Paris
    plan("Claire", late - NOW + timedelta(minutes=10))
    assert in_quiet_hours(datetime(2026, 1, 15, 23, 30), rules)
    assert not in_quiet_hours(datetime(2026, 1, 16, 8, 0), rules)
    assert pending_reminders(late + timedelta(minutes=15), rules, PARIS) == []
    # The end of quiet hours, 08:00 in Paris, is 07:00 UTC the next day.
    assert next_reminder_at(late, rules, PARIS) == datetime(2026, 1, 16, 7, 0)
    assert kinds(pending_reminders(datetime(2026, 1, 16, 7, 0), rules, PARIS)) == [FOLLOW_UP]


def test_pause_holds_everything_until_it_ends(notebook):
    plan("Claire", timedelta(minutes=5))
    rules = ReminderRules(gratitude_hour=None, paused_until=NOW + timedelta(hours=1))
    assert pending_reminders(NOW + timedelta(minutes=30), rules, PARIS) == []
    assert next_reminder_at(NOW, rules, PARIS) == NOW + timedelta(hours=1)


def test_reminders_missed_while_closed_are_all_there_on_the_next_start(notebook):
    for number in range(3):
        plan(f"Person {number}", timedelta(hours=number + 1))
    three_days_later = NOW + timedelta(days=3)
    missed = pending_reminders(three_days_later, NO_EVENING, PARIS)
    assert [r.person_name for r in missed] == ["Person 0", "Person 1", "Person 2"]


def test_a_clock_jump_backwards_does_not_repeat_shown_reminders(notebook):
    plan("Claire", -timedelta(minutes=1))
    mark_shown(pending_reminders(NOW, NO_EVENING, PARIS), NOW, PARIS)
    assert pending_reminders(NOW - timedelta(hours=5), NO_EVENING, PARIS) == []
    assert pending_reminders(NOW + timedelta(hours=5), NO_EVENING, PARIS) == []


def test_evening_gratitude_prompt_once_a_day_and_only_without_gratitude(notebook):
    rules = ReminderRules(gratitude_hour=20)
    evening = datetime(2026, 1, 15, 19, 0)  # 20:00 in Paris
    assert next_reminder_at(NOW, rules, PARIS) == evening
    assert pending_reminders(evening - timedelta(minutes=1), rules, PARIS) == []
    prompt = pending_reminders(evening, rules, PARIS)
    assert kinds(prompt) == [GRATITUDE]
    mark_shown(prompt, evening, PARIS)
    assert pending_reminders(evening + timedelta(hours=1), rules, PARIS) == []
    assert next_reminder_at(evening + timedelta(hours=1), rules, PARIS) == evening + timedelta(days=1)

    journal.save_gratitude(date(2026, 1, 16), 0, "Claire's warm welcome", [], NOW)
    assert pending_reminders(evening + timedelta(days=1), rules, PARIS) == []


def test_morning_summary_is_optional_and_daily(notebook):
    rules = ReminderRules(gratitude_hour=None, morning_summary_hour=8)
    early = datetime(2026, 1, 15, 6, 0)  # 07:00 in Paris
    morning = datetime(2026, 1, 15, 7, 0)  # 08:00 in Paris
    assert next_reminder_at(early, rules, PARIS) == morning
    assert pending_reminders(early, rules, PARIS) == []
    summary = pending_reminders(NOW, rules, PARIS)  # first seen at 10:00, it is still today's summary
    assert kinds(summary) == [MORNING_SUMMARY]
    mark_shown(summary, NOW, PARIS)
    assert pending_reminders(NOW + timedelta(hours=2), rules, PARIS) == []
    assert next_reminder_at(NOW, rules, PARIS) == morning + timedelta(days=1)
    assert next_reminder_at(NOW, NO_EVENING, PARIS) is None
