"""When Relnote should remind, computed from the notebook and a time passed in. No Qt, no clock.

The window arms one timer for `next_reminder_at(now)`, shows `pending_reminders(now)` when it fires,
then `mark_shown` so that each reminder is shown once, whether Relnote was running or not.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo

from relnote.core.journal import has_gratitude
from relnote.core.local_days import local_to_utc, to_local
from relnote.db.database import database
from relnote.db.models import FollowUp, Person, Setting

FOLLOW_UP = "follow_up"
GRATITUDE = "gratitude"
MORNING_SUMMARY = "morning_summary"

_SHOWN_ON = {GRATITUDE: "reminders.gratitude_shown_on", MORNING_SUMMARY: "reminders.morning_shown_on"}


@dataclass(frozen=True)
class ReminderRules:
    """What the user chose. Hours are local; `quiet_start == quiet_end` means no quiet hours."""

    gratitude_hour: int | None = 20
    morning_summary_hour: int | None = None
    quiet_start: int | None = None
    quiet_end: int | None = None
    paused_until: datetime | None = None  # UTC


@dataclass(frozen=True)
class Reminder:
    kind: str
    follow_up_id: int | None = None
    person_id: int | None = None
    person_name: str = ""
    reason: str = ""
    expecting: bool = False
    due_at: datetime | None = None


def in_quiet_hours(local: datetime, rules: ReminderRules) -> bool:
    start, end = rules.quiet_start, rules.quiet_end
    if start is None or end is None or start == end:
        return False
    hour = local.hour
    return start <= hour < end if start < end else (hour >= start or hour < end)


def _quiet_end_after(local: datetime, rules: ReminderRules) -> datetime:
    end = datetime.combine(local.date(), time(rules.quiet_end))
    return end if end > local else end + timedelta(days=1)


def _held_back(now: datetime, rules: ReminderRules, tz: tzinfo | None) -> bool:
    paused = rules.paused_until is not None and now < rules.paused_until
    return paused or in_quiet_hours(to_local(now, tz), rules)


def _shown_on(kind: str) -> date | None:
    row = Setting.get_or_none(Setting.key == _SHOWN_ON[kind])
    return date.fromisoformat(row.value) if row else None


def _daily_due(kind: str, hour: int | None, now: datetime, tz: tzinfo | None) -> bool:
    if hour is None:
        return False
    local = to_local(now, tz)
    if local.hour < hour or _shown_on(kind) == local.date():
        return False
    return kind != GRATITUDE or not has_gratitude(local.date())


def _unnotified_follow_ups():
    return (FollowUp.select(FollowUp, Person.id, Person.display_name).join(Person)
            .where(FollowUp.done_at.is_null() & FollowUp.notified_at.is_null()))


def pending_reminders(now: datetime, rules: ReminderRules, tz: tzinfo | None = None) -> list[Reminder]:
    """What should be shown at `now` and has not been shown yet; the ones they expect first."""
    if _held_back(now, rules, tz):
        return []
    due = (_unnotified_follow_ups().where(FollowUp.due_at <= now)
           .order_by(FollowUp.expecting.desc(), FollowUp.due_at, FollowUp.id))
    found = [Reminder(FOLLOW_UP, f.id, f.person.id, f.person.display_name, f.reason, f.expecting, f.due_at)
             for f in due]
    if _daily_due(MORNING_SUMMARY, rules.morning_summary_hour, now, tz):
        found.append(Reminder(MORNING_SUMMARY))
    if _daily_due(GRATITUDE, rules.gratitude_hour, now, tz):
        found.append(Reminder(GRATITUDE))
    return found


def _next_daily(kind: str, hour: int | None, now: datetime, tz: tzinfo | None) -> datetime | None:
    if hour is None:
        return None
    today = to_local(now, tz).date()
    if _daily_due(kind, hour, now, tz):
        return now
    at_today = local_to_utc(today, time(hour), tz)
    if at_today > now and _shown_on(kind) != today:
        return at_today
    return local_to_utc(today + timedelta(days=1), time(hour), tz)


def next_reminder_at(now: datetime, rules: ReminderRules, tz: tzinfo | None = None) -> datetime | None:
    """The next instant something may need showing (UTC), after pauses and quiet hours."""
    earliest = _unnotified_follow_ups().order_by(FollowUp.due_at).first()
    candidates = [max(earliest.due_at, now)] if earliest else []
    candidates += [at for at in (_next_daily(MORNING_SUMMARY, rules.morning_summary_hour, now, tz),
                                 _next_daily(GRATITUDE, rules.gratitude_hour, now, tz)) if at]
    if not candidates:
        return None
    instant = min(candidates)
    if rules.paused_until is not None and instant < rules.paused_until:
        instant = rules.paused_until
    local = to_local(instant, tz)
    if in_quiet_hours(local, rules):
        end = _quiet_end_after(local, rules)
        instant = local_to_utc(end.date(), end.time(), tz)
    return instant


def mark_shown(reminders: list[Reminder], now: datetime, tz: tzinfo | None = None) -> None:
    today = to_local(now, tz).date().isoformat()
    follow_up_ids = [r.follow_up_id for r in reminders if r.kind == FOLLOW_UP]
    with database.atomic():
        if follow_up_ids:
            FollowUp.update(notified_at=now).where(FollowUp.id.in_(follow_up_ids)).execute()
        for reminder in reminders:
            if reminder.kind in _SHOWN_ON:
                Setting.insert(key=_SHOWN_ON[reminder.kind], value=today).on_conflict_replace().execute()
