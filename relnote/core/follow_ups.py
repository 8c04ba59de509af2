"""Follow-ups: a person, a reason (always), a due time, and whether they expect to hear from me."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo

from relnote.core.errors import NotFoundError, ValidationError, get_or_not_found
from relnote.core.local_days import day_bounds_utc, local_to_utc, to_local
from relnote.db.models import FollowUp, Person

SNOOZE_TOMORROW = "tomorrow"
SNOOZE_NEXT_WEEK = "next_week"


@dataclass(frozen=True)
class FollowUpRow:
    id: int
    person_id: int
    person_name: str
    reason: str
    due_at: datetime
    expecting: bool
    done_at: datetime | None

    @property
    def done(self) -> bool:
        return self.done_at is not None


def _clean_reason(reason: str) -> str:
    text = " ".join((reason or "").split())
    if not text:
        raise ValidationError("reason", "required")
    return text


def _follow_up(follow_up_id: int) -> FollowUp:
    return get_or_not_found(FollowUp, follow_up_id, "follow_up")


def plan_follow_up(person_id: int, reason: str, due_at: datetime, now: datetime,
                   expecting: bool = False) -> int:
    """Plan a follow-up (times in UTC). There is no follow-up without a reason."""
    text = _clean_reason(reason)
    if Person.get_or_none(Person.id == person_id) is None:
        raise NotFoundError("person", person_id)
    return FollowUp.create(person=person_id, reason=text, due_at=due_at.replace(microsecond=0),
                           expecting=bool(expecting), created_at=now).id


def edit_follow_up(follow_up_id: int, reason: str, due_at: datetime, expecting: bool,
                   person_id: int | None = None) -> None:
    text = _clean_reason(reason)
    follow_up = _follow_up(follow_up_id)
    if person_id is not None:
        if Person.get_or_none(Person.id == person_id) is None:
            raise NotFoundError("person", person_id)
        follow_up.person = person_id
    follow_up.reason = text
    follow_up.due_at = due_at.replace(microsecond=0)
    follow_up.expecting = bool(expecting)
    follow_up.notified_at = None
    follow_up.save()


def mark_done(follow_up_id: int, now: datetime) -> None:
    """Done: from now on the follow-up is part of the person's story."""
    follow_up = _follow_up(follow_up_id)
    follow_up.done_at = now
    follow_up.save()


def reopen(follow_up_id: int) -> None:
    follow_up = _follow_up(follow_up_id)
    follow_up.done_at = None
    follow_up.save()


def delete_follow_up(follow_up_id: int) -> None:
    _follow_up(follow_up_id)
    FollowUp.delete().where(FollowUp.id == follow_up_id).execute()


def snoozed_until(due_at: datetime, choice: str | date, now: datetime, tz: tzinfo | None = None) -> datetime:
    """When a snoozed follow-up comes due again, keeping its local time of day.

    `choice` is SNOOZE_TOMORROW (tomorrow, same time), SNOOZE_NEXT_WEEK (a week from today) or a date.
    """
    today = to_local(now, tz).date()
    if choice == SNOOZE_TOMORROW:
        day = today + timedelta(days=1)
    elif choice == SNOOZE_NEXT_WEEK:
        day = today + timedelta(days=7)
    elif isinstance(choice, date):
        day = choice
    else:
        raise ValidationError("snooze", "unknown_choice", choice)
    return local_to_utc(day, to_local(due_at, tz).time(), tz)


def snooze(follow_up_id: int, choice: str | date, now: datetime, tz: tzinfo | None = None) -> datetime:
    follow_up = _follow_up(follow_up_id)
    until = snoozed_until(follow_up.due_at, choice, now, tz)
    follow_up.due_at = until
    follow_up.notified_at = None
    follow_up.save()
    return until


def reminder_state(follow_up_id: int) -> tuple[datetime, datetime | None]:
    """(due at, reminded at): what `put_back` needs to undo a snooze."""
    follow_up = _follow_up(follow_up_id)
    return follow_up.due_at, follow_up.notified_at


def put_back(follow_up_id: int, due_at: datetime, notified_at: datetime | None) -> None:
    """Undo a snooze: due and reminded as before."""
    follow_up = _follow_up(follow_up_id)
    follow_up.due_at, follow_up.notified_at = due_at, notified_at
    follow_up.save()


def _rows(query) -> list[FollowUpRow]:
    query = query.select(FollowUp.id, FollowUp.person, Person.display_name, FollowUp.reason,
                         FollowUp.due_at, FollowUp.expecting, FollowUp.done_at).join(Person)
    return [FollowUpRow(row[0], row[1], row[2], row[3], row[4], bool(row[5]), row[6])
            for row in query.tuples()]


def _open_first_expecting(query):
    return query.order_by(FollowUp.expecting.desc(), FollowUp.due_at, FollowUp.id)


def due_follow_ups(now: datetime, tz: tzinfo | None = None) -> list[FollowUpRow]:
    """Open follow-ups due today or overdue; the ones they are expecting come first."""
    today = to_local(now, tz).date()
    _, end = day_bounds_utc(today, today, tz)
    query = FollowUp.select().where(FollowUp.done_at.is_null() & (FollowUp.due_at < end))
    return _rows(_open_first_expecting(query))


def next_follow_up(now: datetime, tz: tzinfo | None = None) -> FollowUpRow | None:
    """The first open follow-up due after today, for a day with nothing due."""
    today = to_local(now, tz).date()
    _, end = day_bounds_utc(today, today, tz)
    query = FollowUp.select().where(FollowUp.done_at.is_null() & (FollowUp.due_at >= end))
    rows = _rows(query.order_by(FollowUp.due_at, FollowUp.id).limit(1))
    return rows[0] if rows else None


def upcoming_follow_ups(limit: int = 200) -> list[FollowUpRow]:
    """Every open follow-up, soonest first."""
    query = FollowUp.select().where(FollowUp.done_at.is_null())
    return _rows(query.order_by(FollowUp.due_at, FollowUp.id).limit(limit))


def follow_ups_of_day(day: date, today: date, tz: tzinfo | None = None) -> list[FollowUpRow]:
    """A journal day's follow-ups: due that day (and, on today's page, still open from before),
    and those done that day. Open ones first, expecting first."""
    start, end = day_bounds_utc(day, day, tz)
    open_due = FollowUp.done_at.is_null() & (FollowUp.due_at < end)
    if day != today:
        open_due &= FollowUp.due_at >= start
    done_that_day = (FollowUp.done_at >= start) & (FollowUp.done_at < end)
    open_rows = _rows(_open_first_expecting(FollowUp.select().where(open_due)))
    done_rows = _rows(FollowUp.select().where(done_that_day).order_by(FollowUp.done_at, FollowUp.id))
    return open_rows + done_rows


def open_follow_ups_of(person_id: int) -> list[FollowUpRow]:
    query = FollowUp.select().where(FollowUp.done_at.is_null() & (FollowUp.person == person_id))
    return _rows(query.order_by(FollowUp.due_at, FollowUp.id))


def follow_up_row(follow_up_id: int) -> FollowUpRow:
    rows = _rows(FollowUp.select().where(FollowUp.id == follow_up_id))
    if not rows:
        raise NotFoundError("follow_up", follow_up_id)
    return rows[0]


def count_due(now: datetime, tz: tzinfo | None = None) -> int:
    today = to_local(now, tz).date()
    _, end = day_bounds_utc(today, today, tz)
    return FollowUp.select().where(FollowUp.done_at.is_null() & (FollowUp.due_at < end)).count()


