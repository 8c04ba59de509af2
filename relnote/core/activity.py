"""What happened on each local day: people added, people met again, moments, gratitudes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo

from relnote.core.local_days import day_bounds_utc, local_date, to_local, week_start
from relnote.db.models import JournalEntry, Moment, MomentPerson, Person


@dataclass
class DayActivity:
    new_people: int = 0
    reconnections: int = 0
    moments: int = 0
    gratitudes: int = 0


@dataclass(frozen=True)
class WeekActivity:
    start: date
    new_people: int
    moments: int
    gratitudes: int


def daily_activity(first: date, last: date, tz: tzinfo | None = None) -> dict[date, DayActivity]:
    """Every day from `first` to `last` (inclusive), local days.

    A reconnection is a person met (any moment) on a day after the day they were added; each
    person counts once a day however many moments they shared.
    """
    start, end = day_bounds_utc(first, last, tz)
    days = {first + timedelta(days=n): DayActivity() for n in range((last - first).days + 1)}
    added = Person.select(Person.created_at).where((Person.created_at >= start) & (Person.created_at < end))
    for (created_at,) in added.tuples():
        days[local_date(created_at, tz)].new_people += 1
    met = (MomentPerson.select(Moment.id, Moment.happened_at, Person.id, Person.created_at)
           .join(Moment).switch(MomentPerson).join(Person)
           .where((Moment.happened_at >= start) & (Moment.happened_at < end)))
    moments_seen: set[int] = set()
    reconnected: set[tuple[date, int]] = set()
    for moment_id, happened_at, person_id, created_at in met.tuples():
        day = local_date(happened_at, tz)
        if moment_id not in moments_seen:
            moments_seen.add(moment_id)
            days[day].moments += 1
        if local_date(created_at, tz) < day and (day, person_id) not in reconnected:
            reconnected.add((day, person_id))
            days[day].reconnections += 1
    gratitudes = (JournalEntry.select(JournalEntry.day)
                  .where((JournalEntry.kind == "gratitude") & (JournalEntry.text != "")
                         & (JournalEntry.day >= first) & (JournalEntry.day <= last)))
    for (day,) in gratitudes.tuples():
        days[day].gratitudes += 1
    return days


def weekly_activity(now: datetime, weeks: int = 12, tz: tzinfo | None = None) -> list[WeekActivity]:
    """The last `weeks` weeks (Monday to Sunday), oldest first, this week included."""
    this_week = week_start(to_local(now, tz).date())
    first = this_week - timedelta(weeks=weeks - 1)
    days = daily_activity(first, this_week + timedelta(days=6), tz)
    result = []
    for n in range(weeks):
        start = first + timedelta(weeks=n)
        week = [days[start + timedelta(days=d)] for d in range(7)]
        result.append(WeekActivity(start, sum(d.new_people for d in week), sum(d.moments for d in week),
                                   sum(d.gratitudes for d in week)))
    return result
