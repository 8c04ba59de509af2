"""Dates as people's files write them: ISO, DD/MM/YYYY, '07 Dec 2025', year-less birthdays.

Month names are matched from fixed English and French tables, never through the locale.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, datetime, timezone

MONTHS = {
    "jan": 1, "january": 1, "janv": 1, "janvier": 1,
    "feb": 2, "february": 2, "fev": 2, "fevr": 2, "fevrier": 2, "févr": 2, "février": 2,
    "mar": 3, "march": 3, "mars": 3,
    "apr": 4, "april": 4, "avr": 4, "avril": 4,
    "may": 5, "mai": 5,
    "jun": 6, "june": 6, "juin": 6,
    "jul": 7, "july": 7, "juil": 7, "juillet": 7,
    "aug": 8, "august": 8, "aou": 8, "aout": 8, "aoû": 8, "août": 8,
    "sep": 9, "sept": 9, "september": 9, "septembre": 9,
    "oct": 10, "october": 10, "octobre": 10,
    "nov": 11, "november": 11, "novembre": 11,
    "dec": 12, "december": 12, "déc": 12, "decembre": 12, "décembre": 12,
}

ISO_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+(?:Z|[+-]\d\d:?\d\d)?)?$")
NUMERIC_DATE = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2}|\d{4})(?:\s+[\d:]+(?:\s*[AaPp][Mm])?)?$")
DAY_MONTH_YEAR = re.compile(r"^(\d{1,2})(?:er)?\.?\s+([^\W\d_]+)\.?,?\s+(\d{4})$")
MONTH_DAY_YEAR = re.compile(r"^([^\W\d_]+)\.?\s+(\d{1,2}),?\s+(\d{4})$")
DAY_AND_MONTH = re.compile(r"^(\d{1,2})[/.](\d{1,2})$")
YEARLESS_ISO = re.compile(r"^--(\d{2})-?(\d{2})$")
EMPTY_DATES = {"0/0/00", "0/0/0000", "00/00/00", "00/00/0000", "0000-00-00"}
ISO_DATE_TIME = re.compile(r"^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2}):(\d{2})(?:\.\d+)?(Z|[+-]\d\d:?\d\d)?$")


class DateNotUnderstood(ValueError):
    pass


class DateOrderMismatch(DateNotUnderstood):
    """A date that is one only when read the other way (13 in the month's place): the file's other
    dates were read day first, or month first, and a file is read one way throughout."""


def _year(text: str) -> int:
    year = int(text)
    if len(text) == 2:
        year += 2000 if year < 70 else 1900
    return year


def _make(year: int, month: int, day: int) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise DateNotUnderstood from None


def parse_date(text: str, day_first: bool | None = None) -> date | None:
    """A date, or None for an empty cell (Outlook's '0/0/00' included). Raises DateNotUnderstood.

    `day_first` is the file's reading of 03/04/2024; None (a lone value) reads it day first unless
    that cannot be a date."""
    value = text.strip()
    if not value or value in EMPTY_DATES:
        return None
    match = ISO_DATE.match(value)
    if match:
        return _make(int(match[1]), int(match[2]), int(match[3]))
    match = NUMERIC_DATE.match(value)
    if match:
        first, second, year = int(match[1]), int(match[2]), _year(match[3])
        if first == 0 and second == 0:
            return None
        day, month = _ordered(first, second, day_first)
        return _make(year, month, day)
    match = DAY_MONTH_YEAR.match(value)
    if match:
        return _make(int(match[3]), _month(match[2]), int(match[1]))
    match = MONTH_DAY_YEAR.match(value)
    if match:
        return _make(int(match[3]), _month(match[1]), int(match[2]))
    raise DateNotUnderstood(value)


def _month(name: str) -> int:
    month = MONTHS.get(name.casefold().rstrip("."))
    if month is None:
        raise DateNotUnderstood(name)
    return month


def _ordered(first: int, second: int, day_first: bool | None) -> tuple[int, int]:
    day, month = (second, first) if day_first is False else (first, second)
    if month > 12 and day <= 12:
        if day_first is not None:
            raise DateOrderMismatch(f"{first}/{second}")
        day, month = month, day
    return day, month


def day_first_in(values: Iterable[str], usual: bool) -> bool:
    """How a file writes its dates, from the dates in it: a first number above 12 can only be a day,
    a second number above 12 only a day too. Without such a date, or with both kinds, `usual`."""
    day_seen = month_seen = False
    for value in values:
        match = NUMERIC_DATE.match(value.strip()) or DAY_AND_MONTH.match(value.strip())
        if match:
            first, second = int(match[1]), int(match[2])
            day_seen |= first > 12 >= second
            month_seen |= second > 12 >= first
    return day_seen if day_seen != month_seen else usual


def parse_birthday(text: str, day_first: bool | None = None) -> str | None:
    """ISO 'YYYY-MM-DD', or '--MM-DD' when the year is unknown; None for an empty cell."""
    value = text.strip()
    match = YEARLESS_ISO.match(value)
    if match:
        _make(2000, int(match[1]), int(match[2]))
        return f"--{match[1]}-{match[2]}"
    match = DAY_AND_MONTH.match(value)
    if match:
        day, month = _ordered(int(match[1]), int(match[2]), day_first)
        _make(2000, month, day)
        return f"--{month:02d}-{day:02d}"
    parsed = parse_date(value, day_first)
    return parsed.isoformat() if parsed else None


def parse_utc(text: str) -> datetime | None:
    """An ISO 8601 date-time as naive UTC to the second (Relnote's exports write '…Z')."""
    value = text.strip()
    if not value:
        return None
    match = ISO_DATE_TIME.match(value)
    if not match:
        raise DateNotUnderstood(value)
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise DateNotUnderstood(value) from None
    if moment.tzinfo is not None:
        moment = moment.astimezone(timezone.utc).replace(tzinfo=None)
    return moment.replace(microsecond=0)


def format_utc(moment: datetime | None) -> str:
    return "" if moment is None else moment.replace(microsecond=0).isoformat() + "Z"
