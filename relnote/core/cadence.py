"""Keep in touch: a rhythm (every N days) per person, with defaults per tag, and who is going quiet.

A person's own rhythm wins. Without one, the *smallest* rhythm among their tags applies: if
someone is both a "client" (every 30 days) and a "friend" (every 90), the more caring choice is to
hear from them every 30 days. The countdown restarts from the last moment shared with them (or
from the day they were added, if there is none yet) — not from a fixed calendar.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo

from relnote.core.errors import ValidationError
from relnote.core.local_days import to_local
from relnote.db.models import Tag
from relnote.db.today_queries import CadenceCandidate, cadence_candidates, tag_cadences
from relnote.db.text_folding import fold

@dataclass(frozen=True)
class QuietPerson:
    id: int
    display_name: str
    cadence_days: int
    cadence_from_tag: bool
    last_moment_at: datetime | None
    due_at: datetime
    days_overdue: int


def effective_cadence(own: int | None, tag_cadences_of_person: list[int | None]) -> int | None:
    """The person's own rhythm, else the smallest of their tags' rhythms, else none."""
    if own is not None:
        return own
    known = [days for days in tag_cadences_of_person if days is not None]
    return min(known) if known else None


def next_contact_due(candidate: CadenceCandidate) -> datetime | None:
    cadence = effective_cadence(candidate.own_cadence, [candidate.smallest_tag_cadence])
    if cadence is None:
        return None
    anchor = candidate.last_moment_at or candidate.created_at
    return anchor + timedelta(days=cadence)


def going_quiet(now: datetime, limit: int | None = None, tz: tzinfo | None = None) -> list[QuietPerson]:
    """People whose rhythm comes round today or has passed, the longest past first. Days are the
    user's calendar days: someone seen on the 30th of October every 30 days is due on the 29th of
    November, and two days past on the 1st of December, whatever the hour."""
    today = to_local(now, tz).date()
    quiet = []
    for candidate in cadence_candidates():
        due_at = next_contact_due(candidate)
        if due_at is None or to_local(due_at, tz).date() > today:
            continue
        quiet.append(QuietPerson(
            id=candidate.id, display_name=candidate.display_name,
            cadence_days=effective_cadence(candidate.own_cadence, [candidate.smallest_tag_cadence]),
            cadence_from_tag=candidate.own_cadence is None,
            last_moment_at=candidate.last_moment_at, due_at=due_at,
            days_overdue=(today - to_local(due_at, tz).date()).days))
    quiet.sort(key=lambda person: (person.due_at, fold(person.display_name), person.id))
    return quiet if limit is None else quiet[:limit]


def tag_rhythms() -> list[tuple[str, int | None, int]]:
    """(tag, default rhythm in days or None, people carrying it)."""
    return tag_cadences()


def set_tag_cadence(tag_name: str, days: int | None) -> None:
    if days is not None and (not isinstance(days, int) or isinstance(days, bool) or days < 1):
        raise ValidationError("cadence_days", "not_a_positive_number", days)
    updated = Tag.update(cadence_days=days).where(Tag.name == tag_name).execute()
    if not updated:
        raise ValidationError("tag", "unknown_tag", tag_name)
