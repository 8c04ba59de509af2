"""The journal: the evening three gratitudes (which may mention people) and the day's reflection."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, tzinfo

from relnote.core.errors import NotFoundError, ValidationError
from relnote.core.local_days import to_local
from relnote.db.database import database
from relnote.db.models import JournalEntry, JournalEntryPerson, Person

GRATITUDE = "gratitude"
REFLECTION = "reflection"
GRATITUDE_LINES = 3


@dataclass
class GratitudeLine:
    position: int
    text: str = ""
    people: list[tuple[int, str]] = field(default_factory=list)

    @property
    def person_ids(self) -> list[int]:
        return [person_id for person_id, _ in self.people]

    @property
    def empty(self) -> bool:
        return not self.text.strip() and not self.people


def gratitude_lines(day: date) -> list[GratitudeLine]:
    """The day's gratitudes: always three lines ready to fill, more if the day already has more."""
    entries = list(JournalEntry.select().where((JournalEntry.day == day) & (JournalEntry.kind == GRATITUDE))
                   .order_by(JournalEntry.position, JournalEntry.id))
    mentions = _mentions([entry.id for entry in entries])
    lines = {entry.position: GratitudeLine(entry.position, entry.text, mentions.get(entry.id, []))
             for entry in entries}
    count = max([GRATITUDE_LINES] + [position + 1 for position in lines])
    return [lines.get(position, GratitudeLine(position)) for position in range(count)]


def _mentions(entry_ids: list[int]) -> dict[int, list[tuple[int, str]]]:
    if not entry_ids:
        return {}
    query = (JournalEntryPerson.select(JournalEntryPerson.entry, Person.id, Person.display_name)
             .join(Person).where(JournalEntryPerson.entry.in_(entry_ids))
             .order_by(JournalEntryPerson.id))
    found: dict[int, list[tuple[int, str]]] = {}
    for entry_id, person_id, name in query.tuples():
        found.setdefault(entry_id, []).append((person_id, name))
    return found


def save_gratitude(day: date, position: int, text: str, person_ids: list[int], now: datetime) -> None:
    """Write one gratitude line; an empty line (no words, no one mentioned) is removed."""
    if not 0 <= position < 100:
        raise ValidationError("position", "out_of_range", position)
    clean = text.strip()
    people = list(dict.fromkeys(person_ids))
    with database.atomic():
        if people and Person.select().where(Person.id.in_(people)).count() != len(people):
            raise NotFoundError("person", people)
        entry = JournalEntry.get_or_none((JournalEntry.day == day) & (JournalEntry.kind == GRATITUDE)
                                         & (JournalEntry.position == position))
        if not clean and not people:
            if entry is not None:
                entry.delete_instance()
            return
        if entry is None:
            entry = JournalEntry.create(day=day, kind=GRATITUDE, position=position, text=clean,
                                        created_at=now, updated_at=now)
        elif entry.text != clean or [pid for pid, _ in _mentions([entry.id]).get(entry.id, [])] != people:
            entry.text = clean
            entry.updated_at = now
            entry.save()
        JournalEntryPerson.delete().where(JournalEntryPerson.entry == entry.id).execute()
        if people:
            JournalEntryPerson.insert_many([(entry.id, pid) for pid in people],
                                           fields=[JournalEntryPerson.entry, JournalEntryPerson.person]).execute()


def reflection(day: date) -> str:
    entry = JournalEntry.get_or_none((JournalEntry.day == day) & (JournalEntry.kind == REFLECTION))
    return entry.text if entry else ""


def save_reflection(day: date, text: str, now: datetime) -> None:
    clean = text.strip()
    with database.atomic():
        entry = JournalEntry.get_or_none((JournalEntry.day == day) & (JournalEntry.kind == REFLECTION))
        if not clean:
            if entry is not None:
                entry.delete_instance()
            return
        if entry is None:
            JournalEntry.create(day=day, kind=REFLECTION, position=0, text=clean, created_at=now, updated_at=now)
        elif entry.text != clean:
            entry.text = clean
            entry.updated_at = now
            entry.save()


def has_gratitude(day: date) -> bool:
    return JournalEntry.select().where((JournalEntry.day == day) & (JournalEntry.kind == GRATITUDE)
                                       & (JournalEntry.text != "")).exists()


def gratitude_prompt_due(now: datetime, evening_hour: int, tz: tzinfo | None = None) -> bool:
    """The evening prompt: from the hour the user chose, as long as today has no gratitude yet."""
    local = to_local(now, tz)
    return local.hour >= evening_hour and not has_gratitude(local.date())


def days_with_entries(first: date, last: date) -> set[date]:
    """Days between `first` and `last` (inclusive) that have something written."""
    query = (JournalEntry.select(JournalEntry.day).distinct()
             .where((JournalEntry.day >= first) & (JournalEntry.day <= last)))
    return {row.day for row in query}
