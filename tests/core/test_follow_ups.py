"""Follow-ups: always with a reason, expecting ones first, done becomes story, snooze keeps the time of day."""

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from relnote.core import follow_ups, people
from relnote.core.errors import NotFoundError, ValidationError
from relnote.core.follow_ups import SNOOZE_NEXT_WEEK, SNOOZE_TOMORROW, snoozed_until
from relnote.db.timeline_queries import TimelineFilter, timeline_page

PARIS = ZoneInfo("Europe/Paris")
NOW = datetime(2025, 6, 10, 8, 0)  # 10:00 in Paris


@pytest.fixture
def anne(notebook):
    return people.add_person("Anne", NOW - timedelta(days=30))


def test_a_follow_up_without_a_reason_is_refused(anne):
    for reason in ("", "   ", None):
        with pytest.raises(ValidationError) as refused:
            follow_ups.plan_follow_up(anne, reason, NOW, NOW)
        assert (refused.value.field, refused.value.problem) == ("reason", "required")
    with pytest.raises(NotFoundError):
        follow_ups.plan_follow_up(anne + 99, "Send the quote", NOW, NOW)


def test_due_today_and_overdue_with_the_expected_ones_first(anne):
    bruno = people.add_person("Bruno", NOW)
    overdue = follow_ups.plan_follow_up(anne, "Send the quote", NOW - timedelta(days=3), NOW)
    expected_later_today = follow_ups.plan_follow_up(bruno, "Call back", NOW + timedelta(hours=8), NOW, expecting=True)
    tomorrow = follow_ups.plan_follow_up(anne, "Share the article", NOW + timedelta(days=1), NOW)
    done = follow_ups.plan_follow_up(anne, "Say thanks", NOW - timedelta(days=1), NOW)
    follow_ups.mark_done(done, NOW)
    due = follow_ups.due_follow_ups(NOW, PARIS)
    assert [row.id for row in due] == [expected_later_today, overdue]
    assert due[0].expecting and due[0].person_name == "Bruno"
    assert follow_ups.count_due(NOW, PARIS) == 2
    assert [row.id for row in follow_ups.upcoming_follow_ups()] == [overdue, expected_later_today, tomorrow]


def test_done_follow_up_joins_the_story_and_can_be_reopened(anne):
    follow_up = follow_ups.plan_follow_up(anne, "Send the quote", NOW, NOW, expecting=True)
    assert [e.event for e in timeline_page(TimelineFilter(person_id=anne))] == ["added"]
    follow_ups.mark_done(follow_up, NOW + timedelta(hours=2))
    story = timeline_page(TimelineFilter(person_id=anne))
    assert [(e.event, e.text, e.expecting) for e in story][0] == ("follow_up", "Send the quote", True)
    assert story[0].at == NOW + timedelta(hours=2)
    follow_ups.reopen(follow_up)
    assert [e.event for e in timeline_page(TimelineFilter(person_id=anne))] == ["added"]


def test_snooze_tomorrow_next_week_or_a_date_keeps_the_local_time_across_a_clock_change(anne):
    # Due Saturday 29 March 2025 at 18:00 in Paris (17:00 UTC); clocks go forward that night.
    due = datetime(2025, 3, 29, 17, 0)
    now = datetime(2025, 3, 29, 20, 0)
    assert snoozed_until(due, SNOOZE_TOMORROW, now, PARIS) == datetime(2025, 3, 30, 16, 0)  # 18:00 summer time
    assert snoozed_until(due, SNOOZE_NEXT_WEEK, now, PARIS) == datetime(2025, 4, 5, 16, 0)
    assert snoozed_until(due, date(2025, 4, 14), now, PARIS) == datetime(2025, 4, 14, 16, 0)
    with pytest.raises(ValidationError):
        snoozed_until(due, "someday", now, PARIS)
    follow_up = follow_ups.plan_follow_up(anne, "Send the quote", due, now)
    assert follow_ups.snooze(follow_up, SNOOZE_TOMORROW, now, PARIS) == datetime(2025, 3, 30, 16, 0)
    assert follow_ups.follow_up_row(follow_up).due_at == datetime(2025, 3, 30, 16, 0)


def test_a_journal_day_shows_its_follow_ups_and_today_also_the_overdue_ones(anne):
    today = date(2025, 6, 10)
    overdue = follow_ups.plan_follow_up(anne, "Old promise", NOW - timedelta(days=5), NOW)
    due_today = follow_ups.plan_follow_up(anne, "Today's call", NOW + timedelta(hours=1), NOW)
    done_today = follow_ups.plan_follow_up(anne, "Thanks sent", NOW - timedelta(days=2), NOW)
    follow_ups.mark_done(done_today, NOW)
    assert [r.id for r in follow_ups.follow_ups_of_day(today, today, PARIS)] == [overdue, due_today, done_today]
    five_days_ago = today - timedelta(days=5)
    assert [r.id for r in follow_ups.follow_ups_of_day(five_days_ago, today, PARIS)] == [overdue]


def test_changing_a_follow_up_keeps_the_reason_rule(anne):
    follow_up = follow_ups.plan_follow_up(anne, "Send the quote", NOW, NOW)
    with pytest.raises(ValidationError):
        follow_ups.edit_follow_up(follow_up, " ", NOW, False)
    follow_ups.edit_follow_up(follow_up, "Send the revised quote", NOW + timedelta(days=1), True)
    row = follow_ups.follow_up_row(follow_up)
    assert (row.reason, row.due_at, row.expecting) == ("Send the revised quote", NOW + timedelta(days=1), True)
    follow_ups.delete_follow_up(follow_up)
    with pytest.raises(NotFoundError):
        follow_ups.follow_up_row(follow_up)
