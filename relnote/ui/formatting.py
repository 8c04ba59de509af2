"""Dates, times and numbers shown in the user's locale."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale

from relnote.core.clock import utc_to_local


def number(value: int) -> str:
    """12345 as the language writes it: 12,345 in English, 12 345 in French."""
    return QLocale().toString(value)


def short_date_format() -> str:
    """The user's short date with a four-digit year: 01/12/2026, 12/1/2026 (never 12/1/26, which a
    notebook of years would make ambiguous)."""
    date_format = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    return date_format if "yyyy" in date_format else date_format.replace("yy", "yyyy")


def date_time_edit_format() -> str:
    """The user's short date and time, with a four-digit year: 01/12/2026 09:30, 12/1/2026 9:30 AM."""
    return short_date_format() + " " + QLocale().timeFormat(QLocale.FormatType.ShortFormat)


def short_date(value: date | None) -> str:
    if value is None:
        return ""
    return QLocale().toString(QDate(value.year, value.month, value.day), short_date_format())


def local_date_time(utc: datetime | None) -> str:
    if utc is None:
        return ""
    return QLocale().toString(QDateTime(utc_to_local(utc)), date_time_edit_format())


def relative_day(utc: datetime | None, now_utc: datetime) -> str:
    """'today', 'yesterday', '3 days ago', or the date, in local days."""
    if utc is None:
        return QCoreApplication.translate("Formatting", "never")
    days = (utc_to_local(now_utc).date() - utc_to_local(utc).date()).days
    if days == 0:
        return QCoreApplication.translate("Formatting", "today")
    if days == 1:
        return QCoreApplication.translate("Formatting", "yesterday")
    if 1 < days < 30:
        return how_long_ago(days)
    return short_date(utc_to_local(utc).date())


def how_long_ago(days: int) -> str:
    """'45 days ago', '7 months ago', 'more than 2 years ago': a long past in the words a person uses,
    not '799 days ago'."""
    if days < 60:
        return QCoreApplication.translate("Formatting", "%n day(s) ago", "", days)
    if days < 365:
        return QCoreApplication.translate("Formatting", "%n month(s) ago", "", days // 30)
    years, rest = divmod(days, 365)
    if rest < 30:
        return QCoreApplication.translate("Formatting", "%n year(s) ago", "", years)
    return QCoreApplication.translate("Formatting", "more than %n year(s) ago", "", years)
