"""Adding, editing, archiving and deleting people."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from relnote.core.errors import ValidationError, get_or_not_found
from relnote.core.local_days import plausible_day
from relnote.core.vocabulary import CONTACT_KINDS, STAGES
from relnote.db.database import database
from relnote.db.models import ContactPoint, Moment, MomentPerson, Person, PersonTag, StageChange, Tag
from relnote.db.text_folding import fold

TEXT_FIELDS = (
    "display_name", "first_name", "last_name", "organisation", "role", "city",
    "how_we_met", "where_we_met", "what_matters", "how_i_could_help", "notes",
)
EDITABLE_FIELDS = TEXT_FIELDS + ("met_on", "introduced_by_id", "stage", "cadence_days")


@dataclass(frozen=True)
class ContactEntry:
    label: str
    value: str


@dataclass
class Profile:
    id: int
    display_name: str
    first_name: str
    last_name: str
    organisation: str
    role: str
    city: str
    how_we_met: str
    where_we_met: str
    met_on: date | None
    introduced_by_id: int | None
    introduced_by_name: str
    stage: str
    what_matters: str
    how_i_could_help: str
    cadence_days: int | None
    notes: str
    created_at: datetime
    updated_at: datetime
    archived_at: datetime | None
    emails: list[ContactEntry] = field(default_factory=list)
    phones: list[ContactEntry] = field(default_factory=list)
    links: list[ContactEntry] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class DeletionImpact:
    display_name: str
    moments_deleted: int
    moments_kept_for_others: int


def _person(person_id: int) -> Person:
    return get_or_not_found(Person, person_id, "person")


def name_parts(display_name: str) -> dict[str, str]:
    """First and last name from a name typed in one go: "Marie-Hélène de la Tour" gives
    "Marie-Hélène" and "de la Tour"; a single word is a first name."""
    first, _, last = " ".join(display_name.split()).partition(" ")
    return {"first_name": first, "last_name": last}


def add_person(display_name: str, now: datetime, where_we_met: str = "", **fields) -> int:
    name = display_name.strip()
    if not name:
        raise ValidationError("display_name", "required")
    with database.atomic():
        person = Person.create(display_name=name, where_we_met=where_we_met.strip(),
                               created_at=now, updated_at=now)
        if fields:
            update_person(person.id, now, **fields)
    return person.id


def load_profile(person_id: int) -> Profile:
    person = _person(person_id)
    contacts: dict[str, list[ContactEntry]] = {kind: [] for kind in CONTACT_KINDS}
    for point in person.contact_points.order_by(ContactPoint.position, ContactPoint.id):
        contacts[point.kind].append(ContactEntry(point.label, point.value))
    introducer = Person.get_or_none(Person.id == person.introduced_by_id) if person.introduced_by_id else None
    return Profile(
        **{name: getattr(person, name) for name in TEXT_FIELDS},
        id=person.id,
        met_on=person.met_on,
        introduced_by_id=person.introduced_by_id,
        introduced_by_name=introducer.display_name if introducer else "",
        stage=person.stage,
        cadence_days=person.cadence_days,
        created_at=person.created_at,
        updated_at=person.updated_at,
        archived_at=person.archived_at,
        emails=contacts["email"],
        phones=contacts["phone"],
        links=contacts["link"],
        tags=tags_of(person_id),
    )


def last_changed(person_id: int):
    """When anything of the person's profile last changed, from the window, an import or the terminal."""
    return _person(person_id).updated_at


def _clean(person_id: int, name: str, value):
    if name not in EDITABLE_FIELDS:
        raise ValidationError(name, "unknown_field")
    if name in TEXT_FIELDS:
        value = (value or "").strip()
        if name == "display_name" and not value:
            raise ValidationError(name, "required")
        return value
    if name == "stage" and value not in STAGES:
        raise ValidationError(name, "unknown_stage", value)
    if name == "cadence_days" and value is not None and (not isinstance(value, int) or value < 1):
        raise ValidationError(name, "not_a_positive_number", value)
    if name == "met_on" and value is not None and not isinstance(value, date):
        raise ValidationError(name, "not_a_date", value)
    if name == "met_on" and value is not None and not plausible_day(value):
        raise ValidationError(name, "out_of_range", value)
    if name == "introduced_by_id" and value is not None:
        if value == person_id:
            raise ValidationError(name, "cannot_introduce_self", value)
        _person(value)
    return value


def update_person(person_id: int, now: datetime, **changes) -> None:
    """Set the given fields; a stage change is recorded in the person's story."""
    cleaned = {name: _clean(person_id, name, value) for name, value in changes.items()}
    with database.atomic():
        person = _person(person_id)
        if "stage" in cleaned and cleaned["stage"] != person.stage:
            StageChange.create(person=person_id, changed_at=now,
                               from_stage=person.stage, to_stage=cleaned["stage"])
        for name, value in cleaned.items():
            setattr(person, name, value)
        person.updated_at = now
        person.save()


def set_contact_points(person_id: int, kind: str, entries: list[ContactEntry], now: datetime) -> None:
    if kind not in CONTACT_KINDS:
        raise ValidationError("kind", "unknown_contact_kind", kind)
    kept = [ContactEntry(e.label.strip(), e.value.strip()) for e in entries if e.value.strip()]
    with database.atomic():
        _person(person_id)
        ContactPoint.delete().where((ContactPoint.person == person_id)
                                    & (ContactPoint.kind == kind)).execute()
        for position, entry in enumerate(kept):
            ContactPoint.create(person=person_id, kind=kind, label=entry.label,
                                value=entry.value, position=position)
        Person.update(updated_at=now).where(Person.id == person_id).execute()


def normalise_tags(names: list[str]) -> list[str]:
    seen: dict[str, str] = {}
    for name in names:
        clean = " ".join(name.split())
        if clean and clean.casefold() not in seen:
            seen[clean.casefold()] = clean
    return list(seen.values())


def tags_of(person_id: int) -> list[str]:
    query = Tag.select(Tag.name).join(PersonTag).where(PersonTag.person == person_id)
    return sorted((tag.name for tag in query), key=fold)


def set_tags(person_id: int, names: list[str], now: datetime) -> None:
    wanted = normalise_tags(names)
    with database.atomic():
        _person(person_id)
        PersonTag.delete().where(PersonTag.person == person_id).execute()
        for name in wanted:
            tag = Tag.get_or_none(Tag.name == name) or Tag.create(name=name)
            PersonTag.create(person=person_id, tag=tag)
        Person.update(updated_at=now).where(Person.id == person_id).execute()


def archive_person(person_id: int, now: datetime) -> None:
    _person(person_id)
    Person.update(archived_at=now, updated_at=now).where(Person.id == person_id).execute()


def restore_person(person_id: int, now: datetime) -> None:
    _person(person_id)
    Person.update(archived_at=None, updated_at=now).where(Person.id == person_id).execute()


def _moments_only_with(person_id: int):
    others = MomentPerson.select(MomentPerson.moment).where(MomentPerson.person != person_id)
    return (MomentPerson.select(MomentPerson.moment)
            .where((MomentPerson.person == person_id) & MomentPerson.moment.not_in(others)))


def deletion_impact(person_id: int) -> DeletionImpact:
    person = _person(person_id)
    alone = _moments_only_with(person_id).count()
    total = MomentPerson.select().where(MomentPerson.person == person_id).count()
    return DeletionImpact(person.display_name, alone, total - alone)


def delete_person(person_id: int) -> None:
    """Remove the person for good, with the moments no one else shared."""
    with database.atomic():
        _person(person_id)
        Moment.delete().where(Moment.id.in_(_moments_only_with(person_id))).execute()
        Person.delete().where(Person.id == person_id).execute()
