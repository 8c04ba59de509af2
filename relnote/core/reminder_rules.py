"""The user's reminder choices, kept in the notebook: quiet hours, morning summary, pause."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, tzinfo

from relnote.core.errors import ValidationError
from relnote.core.local_days import local_to_utc, to_local
from relnote.core.reminders import ReminderRules
from relnote.core.settings_store import load_settings
from relnote.db.models import Setting

_QUIET_START = "reminders.quiet_start"
_QUIET_END = "reminders.quiet_end"
_MORNING = "reminders.morning_summary_hour"
_PAUSED_UNTIL = "reminders.paused_until"
PAUSE_MORNING_HOUR = 8


def _read(key: str) -> str | None:
    row = Setting.get_or_none(Setting.key == key)
    return row.value if row else None


def _write(key: str, value: str | None) -> None:
    if value is None:
        Setting.delete().where(Setting.key == key).execute()
    else:
        Setting.insert(key=key, value=value).on_conflict_replace().execute()


def _hour(key: str) -> int | None:
    text = _read(key)
    return int(text) if text is not None and text.isdigit() and 0 <= int(text) <= 23 else None


def _check_hour(field: str, hour: int | None) -> None:
    if hour is not None and not (isinstance(hour, int) and 0 <= hour <= 23):
        raise ValidationError(field, "not_an_hour", hour)


def load_rules() -> ReminderRules:
    paused = _read(_PAUSED_UNTIL)
    return ReminderRules(
        gratitude_hour=load_settings().gratitude_hour,
        morning_summary_hour=_hour(_MORNING),
        quiet_start=_hour(_QUIET_START),
        quiet_end=_hour(_QUIET_END),
        paused_until=datetime.fromisoformat(paused) if paused else None,
    )


def set_quiet_hours(start: int | None, end: int | None) -> None:
    _check_hour("quiet_start", start)
    _check_hour("quiet_end", end)
    if (start is None) != (end is None):
        raise ValidationError("quiet_hours", "both_or_neither")
    _write(_QUIET_START, None if start is None else str(start))
    _write(_QUIET_END, None if end is None else str(end))


def set_morning_summary_hour(hour: int | None) -> None:
    _check_hour("morning_summary_hour", hour)
    _write(_MORNING, None if hour is None else str(hour))


def pause_for_an_hour(now: datetime) -> datetime:
    until = now + timedelta(hours=1)
    _write(_PAUSED_UNTIL, until.isoformat())
    return until


def pause_until_tomorrow(now: datetime, tz: tzinfo | None = None) -> datetime:
    tomorrow: date = to_local(now, tz).date() + timedelta(days=1)
    until = local_to_utc(tomorrow, time(PAUSE_MORNING_HOUR), tz)
    _write(_PAUSED_UNTIL, until.isoformat())
    return until


def resume() -> None:
    _write(_PAUSED_UNTIL, None)


def is_paused(now: datetime) -> bool:
    paused = load_rules().paused_until
    return paused is not None and now < paused
