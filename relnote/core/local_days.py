"""Local days for naive-UTC times. `tz=None` means the machine's own zone (daylight saving included).

Tests pass an explicit zone (e.g. ZoneInfo("Europe/Paris")) so they never depend on the machine.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone, tzinfo


EARLIEST_DAY = date(1900, 1, 1)
LATEST_DAY = date(2100, 12, 31)


def plausible_day(day: date) -> bool:
    """Relnote keeps days from 1900 to 2100: a year 0001 or 9999 is a slip of the keyboard or of a file."""
    return EARLIEST_DAY <= day <= LATEST_DAY


def to_local(utc: datetime, tz: tzinfo | None = None) -> datetime:
    """Naive UTC to naive local wall-clock time."""
    return utc.replace(tzinfo=timezone.utc).astimezone(tz).replace(tzinfo=None)


def local_date(utc: datetime, tz: tzinfo | None = None) -> date:
    return to_local(utc, tz).date()


def local_to_utc(day: date, at: time = time(0), tz: tzinfo | None = None) -> datetime:
    """A local wall-clock day and time to naive UTC (a time skipped by daylight saving moves forward)."""
    local = datetime.combine(day, at)
    aware = local.replace(tzinfo=tz) if tz is not None else local.astimezone()
    return aware.astimezone(timezone.utc).replace(tzinfo=None, microsecond=0)


def day_start_utc(day: date, tz: tzinfo | None = None) -> datetime:
    return local_to_utc(day, time(0), tz)


def day_bounds_utc(first: date, last: date, tz: tzinfo | None = None) -> tuple[datetime, datetime]:
    """[start of `first`, start of the day after `last`) in UTC; 23 or 25 hours on a clock change."""
    return day_start_utc(first, tz), day_start_utc(last + timedelta(days=1), tz)


def week_start(day: date) -> date:
    """The Monday of `day`'s week."""
    return day - timedelta(days=day.weekday())


def month_start(day: date) -> date:
    return day.replace(day=1)


def utc_offset_seconds(utc: datetime, tz: tzinfo | None = None) -> int:
    """The zone's offset from UTC at the instant `utc` (naive UTC), in seconds."""
    return int(utc.replace(tzinfo=timezone.utc).astimezone(tz).utcoffset().total_seconds())


def constant_offset_spans(start: datetime, end: datetime,
                          tz: tzinfo | None = None) -> list[tuple[datetime, datetime, int]]:
    """[start, end) cut where the UTC offset changes (daylight saving), with each piece's offset."""
    spans = []
    while start < end:
        offset = utc_offset_seconds(start, tz)
        step, cursor = timedelta(days=1), start
        while cursor < end and utc_offset_seconds(min(cursor + step, end) - timedelta(seconds=1), tz) == offset:
            cursor = min(cursor + step, end)
        if cursor < end:  # the offset changes within the next day: find the hour, then the second
            for step in (timedelta(hours=1), timedelta(minutes=1), timedelta(seconds=1)):
                while utc_offset_seconds(cursor + step, tz) == offset:
                    cursor += step
            cursor += timedelta(seconds=1)
        spans.append((start, cursor, offset))
        start = cursor
    return spans
