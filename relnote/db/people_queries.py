"""Read-only queries about people, returning plain dataclasses."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from peewee import SQL, NodeList, fn

from relnote.db.models import ContactPoint, Person, PersonTag, Tag
from relnote.db.text_folding import like_pattern

SORT_BY_NAME = "name"
SORT_BY_LAST_MOMENT = "last_moment"
SORT_BY_ADDED = "added"


@dataclass(frozen=True)
class PeopleFilter:
    text: str = ""
    stage: str | None = None
    tag: str | None = None
    archived: bool = False
    sort: str = SORT_BY_NAME

    @property
    def narrows(self) -> bool:
        """True when the filter hides some of the people in the notebook."""
        return bool(self.text.strip() or self.stage or self.tag or self.archived)


@dataclass(frozen=True)
class PersonRow:
    id: int
    display_name: str
    organisation: str
    stage: str
    last_moment_at: datetime | None
    created_at: datetime
    archived_at: datetime | None


def _filtered(people_filter: PeopleFilter):
    query = Person.select()
    if people_filter.archived:
        query = query.where(Person.archived_at.is_null(False))
    else:
        query = query.where(Person.archived_at.is_null(True))
    if people_filter.stage:
        query = query.where(Person.stage == people_filter.stage)
    if people_filter.tag:
        tagged = (PersonTag.select(PersonTag.person)
                  .join(Tag).where(fn.lower(Tag.name) == people_filter.tag.lower()))
        query = query.where(Person.id.in_(tagged))
    for word in people_filter.text.split():
        query = query.where(_matches_word(word))
    return query


def _folded_like(column, pattern: str):
    return NodeList((fn.fold(column), SQL("LIKE"), pattern, SQL("ESCAPE '\\'")))


def _matches_word(word: str):
    pattern = like_pattern(word)
    email_match = (ContactPoint.select(ContactPoint.person)
                   .where((ContactPoint.kind == "email")
                          & _folded_like(ContactPoint.value, pattern)))
    tag_match = (PersonTag.select(PersonTag.person).join(Tag)
                 .where(_folded_like(Tag.name, pattern)))
    return (_folded_like(Person.display_name, pattern)
            | _folded_like(Person.organisation, pattern)
            | _folded_like(Person.first_name, pattern)
            | _folded_like(Person.last_name, pattern)
            | Person.id.in_(email_match)
            | Person.id.in_(tag_match))


def _ordered(query, sort: str):
    name = Person.display_name.collate("NOCASE")
    if sort == SORT_BY_LAST_MOMENT:
        return query.order_by(Person.last_moment_at.desc(nulls="LAST"), name, Person.id)
    if sort == SORT_BY_ADDED:
        return query.order_by(Person.created_at.desc(), Person.id.desc())
    return query.order_by(name, Person.id)


def count_people(people_filter: PeopleFilter) -> int:
    return _filtered(people_filter).count()


def list_people(people_filter: PeopleFilter, offset: int = 0, limit: int = 200) -> list[PersonRow]:
    query = _ordered(_filtered(people_filter), people_filter.sort).offset(offset).limit(limit)
    return _rows(query)


def _rows(query) -> list[PersonRow]:
    query = query.select(Person.id, Person.display_name, Person.organisation, Person.stage,
                         Person.last_moment_at, Person.created_at, Person.archived_at)
    return [PersonRow(**row) for row in query.dicts()]


def tag_names() -> list[str]:
    """Tags in use by at least one person, alphabetically."""
    used = Tag.select(Tag.name).join(PersonTag).distinct()
    return sorted((row.name for row in used), key=str.casefold)


def person_row(person_id: int) -> PersonRow | None:
    rows = _rows(Person.select().where(Person.id == person_id))
    return rows[0] if rows else None


def find_people_by_name(text: str, limit: int = 20, exclude_ids: tuple[int, ...] = ()) -> list[PersonRow]:
    """People matching `text` (name, organisation, e-mail, tag), for pickers."""
    query = _filtered(PeopleFilter(text=text))
    if exclude_ids:
        query = query.where(Person.id.not_in(exclude_ids))
    return _rows(_ordered(query, SORT_BY_NAME).limit(limit))
