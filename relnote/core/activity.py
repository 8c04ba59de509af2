"""What happened on each local day: people added, people met again, moments, gratitudes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo

from peewee import fn

from relnote.core.local_days import constant_offset_spans, day_bounds_utc, to_local, week_start
from relnote.db.activity_queries import moments_and_reconnections, people_added
from relnote.db.models import JournalEntry


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
    person counts once a day however many moments they shared. SQLite does the counting, one
    stretch of constant UTC offset at a time (a daylight-saving change splits the range).
    """
    start, end = day_bounds_utc(first, last, tz)
    days = {first + timedelta(days=n): DayActivity() for n in range((last - first).days + 1)}
    for span_start, span_end, offset in constant_offset_spans(start, end, tz):
        for day, (moments, reconnections) in moments_and_reconnections(span_start, span_end, offset).items():
            if day in days:
                days[day].moments += moments
                days[day].reconnections += reconnections
        for day, count in people_added(span_start, span_end, offset).items():
            if day in days:
                days[day].new_people += count
    gratitudes = (JournalEntry.select(JournalEntry.day, fn.COUNT(JournalEntry.id))
                  .where((JournalEntry.kind == "gratitude") & (JournalEntry.text != "")
                         & (JournalEntry.day >= first) & (JournalEntry.day <= last))
                  .group_by(JournalEntry.day))
    for day, count in gratitudes.tuples():
        days[day].gratitudes += count
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
