"""Logging moments shared with people."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from peewee import fn

from relnote.core.errors import NotFoundError, ValidationError, get_or_not_found
from relnote.core.vocabulary import INITIATORS, MOMENT_KINDS
from relnote.db.database import database
from relnote.db.models import Moment, MomentPerson, Person


@dataclass(frozen=True)
class MomentDetails:
    id: int
    happened_at: datetime
    people: list[tuple[int, str]]
    kind: str
    initiated_by: str
    summary: str
    notes: str


def _checked(people_ids: list[int], kind: str, initiated_by: str) -> list[int]:
    """The people, each once, after checking every value; call inside a transaction."""
    people = list(dict.fromkeys(people_ids))
    if not people:
        raise ValidationError("people", "required")
    if kind not in MOMENT_KINDS:
        raise ValidationError("kind", "unknown_kind", kind)
    if initiated_by not in INITIATORS:
        raise ValidationError("initiated_by", "unknown_initiator", initiated_by)
    if Person.select(Person.id).where(Person.id.in_(people)).count() != len(people):
        raise NotFoundError("person", people)
    return people


def _moment(moment_id: int) -> Moment:
    return get_or_not_found(Moment, moment_id, "moment")


def _participants(moment_id: int) -> list[int]:
    return [link.person_id for link in MomentPerson.select(MomentPerson.person).where(MomentPerson.moment == moment_id)]


def log_moment(happened_at: datetime, people_ids: list[int], kind: str, initiated_by: str,
               summary: str, now: datetime, notes: str = "") -> int:
    """Record a moment (times in UTC) and refresh each person's last moment."""
    with database.atomic():
        people = _checked(people_ids, kind, initiated_by)
        moment = Moment.create(happened_at=happened_at, kind=kind, initiated_by=initiated_by,
                               summary=summary.strip(), notes=notes.strip(), created_at=now)
        MomentPerson.insert_many([(moment.id, pid) for pid in people],
                                 fields=[MomentPerson.moment, MomentPerson.person]).execute()
        refresh_last_moment(people)
    return moment.id


def load_moment(moment_id: int) -> MomentDetails:
    moment = _moment(moment_id)
    people = (Person.select(Person.id, Person.display_name).join(MomentPerson)
              .where(MomentPerson.moment == moment_id).order_by(MomentPerson.id))
    return MomentDetails(moment.id, moment.happened_at, [(person.id, person.display_name) for person in people],
                         moment.kind, moment.initiated_by, moment.summary, moment.notes)


def update_moment(moment_id: int, happened_at: datetime, people_ids: list[int], kind: str, initiated_by: str,
                  summary: str, notes: str = "") -> None:
    """Correct a moment: when, with whom, what; the last moment of everyone concerned follows."""
    with database.atomic():
        _moment(moment_id)
        people = _checked(people_ids, kind, initiated_by)
        before = _participants(moment_id)
        Moment.update(happened_at=happened_at, kind=kind, initiated_by=initiated_by, summary=summary.strip(),
                      notes=notes.strip()).where(Moment.id == moment_id).execute()
        MomentPerson.delete().where(MomentPerson.moment == moment_id).execute()
        MomentPerson.insert_many([(moment_id, pid) for pid in people],
                                 fields=[MomentPerson.moment, MomentPerson.person]).execute()
        refresh_last_moment(list(dict.fromkeys(before + people)))


def delete_moment(moment_id: int) -> None:
    """Take a moment out of every story it is in."""
    with database.atomic():
        _moment(moment_id)
        people = _participants(moment_id)
        Moment.delete().where(Moment.id == moment_id).execute()
        refresh_last_moment(people)


def refresh_last_moment(people_ids: list[int]) -> None:
    latest = (Moment.select(fn.MAX(Moment.happened_at)).join(MomentPerson)
              .where(MomentPerson.person == Person.id))
    Person.update(last_moment_at=latest).where(Person.id.in_(people_ids)).execute()
