"""Logging moments shared with people."""

from __future__ import annotations

from datetime import datetime

from peewee import fn

from relnote.core.errors import NotFoundError, ValidationError
from relnote.core.vocabulary import INITIATORS, MOMENT_KINDS
from relnote.db.database import database
from relnote.db.models import Moment, MomentPerson, Person


def log_moment(happened_at: datetime, people_ids: list[int], kind: str, initiated_by: str,
               summary: str, now: datetime, notes: str = "") -> int:
    """Record a moment (times in UTC) and refresh each person's last moment."""
    people = list(dict.fromkeys(people_ids))
    if not people:
        raise ValidationError("people", "required")
    if kind not in MOMENT_KINDS:
        raise ValidationError("kind", "unknown_kind", kind)
    if initiated_by not in INITIATORS:
        raise ValidationError("initiated_by", "unknown_initiator", initiated_by)
    with database.atomic():
        found = Person.select(Person.id).where(Person.id.in_(people)).count()
        if found != len(people):
            raise NotFoundError("person", people)
        moment = Moment.create(happened_at=happened_at, kind=kind, initiated_by=initiated_by,
                               summary=summary.strip(), notes=notes.strip(), created_at=now)
        MomentPerson.insert_many([(moment.id, pid) for pid in people],
                                 fields=[MomentPerson.moment, MomentPerson.person]).execute()
        refresh_last_moment(people)
    return moment.id


def refresh_last_moment(people_ids: list[int]) -> None:
    latest = (Moment.select(fn.MAX(Moment.happened_at)).join(MomentPerson)
              .where(MomentPerson.person == Person.id))
    Person.update(last_moment_at=latest).where(Person.id.in_(people_ids)).execute()
