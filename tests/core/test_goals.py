"""The daily goal and its streak, in local days: across midnight, daylight saving and weekends."""

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest

from relnote.core import moments, people
from relnote.core.activity import daily_activity, weekly_activity
from relnote.core.goals import DailyGoal, count_streak, goal_status
from relnote.core.journal import save_gratitude
from relnote.core.local_days import local_to_utc
from relnote.core.settings_store import NotebookSettings

PARIS = ZoneInfo("Europe/Paris")
ONE_RECONNECTION = NotebookSettings(goal_new_people=0, goal_reconnections=1, weekends_keep_streak=False)


def paris(day: date, hour: int, minute: int = 0) -> datetime:
    """A Paris wall-clock time as the naive UTC the notebook stores."""
    return local_to_utc(day, time(hour, minute), PARIS)


@pytest.fixture
def friend(notebook):
    return people.add_person("An old friend", datetime(2024, 1, 1))


def meet(person_id: int, at: datetime) -> None:
    moments.log_moment(at, [person_id], "coffee", "both", "", at)


def test_streak_counts_days_in_a_row_and_today_does_not_break_it_before_it_ends():
    met = {date(2025, 6, 2), date(2025, 6, 3), date(2025, 6, 4)}
    assert count_streak(met.__contains__, date(2025, 6, 4), False) == 3
    assert count_streak(met.__contains__, date(2025, 6, 5), False) == 3  # today still under way
    assert count_streak(met.__contains__, date(2025, 6, 6), False) == 0  # yesterday was missed


def test_weekends_can_be_set_not_to_break_the_streak():
    friday, monday = date(2025, 6, 6), date(2025, 6, 9)
    met = {friday - timedelta(days=1), friday, monday}
    assert count_streak(met.__contains__, monday, True) == 3
    assert count_streak(met.__contains__, monday, False) == 1
    assert count_streak((met | {date(2025, 6, 7)}).__contains__, monday, True) == 4  # a met Saturday counts


def test_a_moment_just_before_midnight_counts_for_that_day_not_the_next(friend):
    monday = date(2025, 6, 2)
    meet(friend, paris(monday, 23, 50))
    just_after_midnight = paris(monday + timedelta(days=1), 0, 5)
    status = goal_status(just_after_midnight, ONE_RECONNECTION, PARIS)
    assert (status.today, status.reconnections, status.met_today, status.streak) == (
        monday + timedelta(days=1), 0, False, 1)
    meet(friend, paris(monday + timedelta(days=1), 0, 10))
    status = goal_status(paris(monday + timedelta(days=1), 9, 0), ONE_RECONNECTION, PARIS)
    assert (status.reconnections, status.met_today, status.streak) == (1, True, 2)


def test_streak_across_the_spring_clock_change(friend):
    # Sunday 30 March 2025: Paris skips from 02:00 to 03:00, a 23-hour day.
    saturday, sunday, monday = date(2025, 3, 29), date(2025, 3, 30), date(2025, 3, 31)
    meet(friend, paris(saturday, 23, 45))
    meet(friend, paris(sunday, 0, 30))   # 23:30 UTC on Saturday, but Sunday in Paris
    meet(friend, paris(sunday, 23, 30))  # 21:30 UTC: still Sunday in Paris
    meet(friend, paris(monday, 0, 15))
    days = daily_activity(saturday, monday, PARIS)
    assert [days[d].moments for d in (saturday, sunday, monday)] == [1, 2, 1]
    assert goal_status(paris(monday, 12), ONE_RECONNECTION, PARIS).streak == 3


def test_streak_across_the_autumn_clock_change(friend):
    # Sunday 26 October 2025: Paris lives 02:00 to 03:00 twice, a 25-hour day.
    saturday, sunday, monday = date(2025, 10, 25), date(2025, 10, 26), date(2025, 10, 27)
    meet(friend, paris(saturday, 12))
    meet(friend, paris(sunday, 23, 59))  # 22:59 UTC
    days = daily_activity(saturday, monday, PARIS)
    assert [days[d].moments for d in (saturday, sunday, monday)] == [1, 1, 0]
    status = goal_status(paris(monday, 8), ONE_RECONNECTION, PARIS)
    assert (status.met_today, status.streak) == (False, 2)


def test_one_new_person_or_two_reconnections_make_the_day(notebook):
    """The product's own example: "one new person or two reconnections a day" — not a quota of both."""
    day, next_day = date(2025, 6, 4), date(2025, 6, 5)
    settings = NotebookSettings(goal_new_people=1, goal_reconnections=2)
    old_a = people.add_person("Old A", datetime(2025, 1, 1))
    old_b = people.add_person("Old B", datetime(2025, 1, 1))
    meet(old_a, paris(day, 10))
    meet(old_a, paris(day, 16))        # the same person twice counts once
    status = goal_status(paris(day, 18), settings, PARIS)
    assert (status.new_people, status.reconnections, status.met_today) == (0, 1, False)
    moments.log_moment(paris(day, 17), [old_b], "event", "them", "", paris(day, 17))
    status = goal_status(paris(day, 18), settings, PARIS)
    assert (status.new_people, status.reconnections, status.met_today, status.streak) == (0, 2, True, 1)

    newcomer = people.add_person("Newcomer", paris(next_day, 9))
    meet(newcomer, paris(next_day, 9, 30))  # meeting someone new is not a reconnection
    status = goal_status(paris(next_day, 18), settings, PARIS)
    assert (status.new_people, status.reconnections, status.met_today, status.streak) == (1, 0, True, 2)


def test_no_goal_means_no_streak(friend):
    meet(friend, paris(date(2025, 6, 4), 10))
    status = goal_status(paris(date(2025, 6, 4), 12), NotebookSettings(0, 0), PARIS)
    assert not status.goal.is_set and status.streak == 0 and not status.met_today
    assert not DailyGoal(0, 0).is_set


def test_a_long_streak_is_read_a_few_weeks_at_a_time(friend):
    today = date(2025, 6, 30)
    for back in range(100):
        meet(friend, paris(today - timedelta(days=back), 12))
    assert goal_status(paris(today, 13), ONE_RECONNECTION, PARIS).streak == 100


def test_twelve_weeks_of_new_people_moments_and_gratitudes(friend):
    now = paris(date(2025, 6, 4), 12)  # a Wednesday
    meet(friend, paris(date(2025, 6, 2), 9))                        # this week's Monday
    meet(friend, paris(date(2025, 6, 1), 23, 30))                   # last week's Sunday
    people.add_person("New", paris(date(2025, 6, 3), 9))
    save_gratitude(date(2025, 3, 17), 0, "The first week shown", [], now)
    save_gratitude(date(2025, 3, 16), 0, "Too old to be shown", [], now)
    weeks = weekly_activity(now, 12, PARIS)
    assert len(weeks) == 12
    assert weeks[0].start == date(2025, 3, 17) and weeks[-1].start == date(2025, 6, 2)
    assert (weeks[-1].new_people, weeks[-1].moments, weeks[-1].gratitudes) == (1, 1, 0)
    assert (weeks[-2].moments, weeks[0].gratitudes) == (1, 1)
    assert sum(week.gratitudes for week in weeks) == 1


def test_a_daylight_saving_change_cuts_the_day_counts_in_two_spans():
    from relnote.core.local_days import constant_offset_spans

    spring = constant_offset_spans(datetime(2025, 3, 29), datetime(2025, 4, 1), PARIS)
    assert spring == [(datetime(2025, 3, 29), datetime(2025, 3, 30, 1, 0), 3600),
                      (datetime(2025, 3, 30, 1, 0), datetime(2025, 4, 1), 7200)]
    assert constant_offset_spans(datetime(2025, 6, 1), datetime(2025, 7, 1), PARIS) == [
        (datetime(2025, 6, 1), datetime(2025, 7, 1), 7200)]


def test_a_streak_longer_than_the_search_stops_at_more_than_a_year():
    from relnote.core.goals import LONGEST_STREAK_SEARCHED, count_streak

    assert count_streak(lambda day: True, date(2026, 6, 1), weekends_keep_streak=False) == LONGEST_STREAK_SEARCHED
    assert LONGEST_STREAK_SEARCHED > 366


def test_contacts_imported_today_are_not_people_met_today(notebook):
    """Three contacts from Google come in at noon: the goal and the chart count only the person
    added by hand, and a coffee with an imported contact is a reconnection, not a new person."""
    from relnote.core.importing import import_file
    from relnote.db.models import Person
    from tests.import_export_support import FIXTURES

    today = date(2025, 6, 4)
    noon = paris(today, 12)
    import_file(FIXTURES / "google_contacts.csv", noon)
    imported = Person.select().first().id
    people.add_person("Met at the workshop", paris(today, 15))
    meet(imported, paris(today, 16))

    status = goal_status(paris(today, 20), NotebookSettings(goal_new_people=1, goal_reconnections=1), PARIS)
    assert (status.new_people, status.reconnections, status.met_today) == (1, 1, True)
    assert weekly_activity(paris(today, 20), 1, PARIS)[-1].new_people == 1


def test_a_new_goal_counts_from_today_and_leaves_the_streak_of_the_days_before(friend):
    from relnote.core.goals import goal_history, save_practice
    from relnote.core.settings_store import load_settings, save_settings

    save_settings(ONE_RECONNECTION)
    today = date(2025, 6, 12)
    for back in range(1, 11):  # ten days in a row with one reconnection each
        meet(friend, paris(today - timedelta(days=back), 10))
    assert goal_status(paris(today, 9), load_settings(), PARIS).streak == 10

    save_practice(NotebookSettings(goal_new_people=0, goal_reconnections=3, weekends_keep_streak=False), today)
    assert goal_status(paris(today, 9), load_settings(), PARIS).streak == 10  # more ambitious from today on
    assert [goal for _start, goal in goal_history()] == [DailyGoal(0, 1), DailyGoal(0, 3)]

    tomorrow = today + timedelta(days=1)
    meet(friend, paris(today, 10))  # one reconnection: yesterday's goal, not today's
    assert goal_status(paris(tomorrow, 9), load_settings(), PARIS).streak == 0

    save_practice(ONE_RECONNECTION, tomorrow)  # and back: the day of the higher goal stays unmet
    assert goal_status(paris(tomorrow, 9), load_settings(), PARIS).streak == 0
    assert [start for start, _goal in goal_history()][1:] == [today, tomorrow]
