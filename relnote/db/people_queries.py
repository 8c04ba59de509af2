"""Read-only queries about people, returning plain dataclasses."""

from __future__ import annotations

from peewee import fn

from relnote.db.models import Person, PersonTag, Tag
from relnote.db.people_rows import (  # noqa: F401 (read from here too)
    SORT_BY_ADDED, SORT_BY_LAST_MOMENT, SORT_BY_NAME, PeopleFilter, PersonRow,
)
from relnote.db.search import PERSON_INDEX, matching_ids
from relnote.db.text_folding import fold


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
    if people_filter.text.strip():
        # Full-text index: names, organisation, role, city, e-mails, tags and notes; each word
        # typed matches the start of a word, accents and case folded.
        query = query.where(Person.id.in_(matching_ids(PERSON_INDEX, people_filter.text)))
    return query


def _ordered(query, sort: str):
    name = Person.sort_name
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
    return sorted((row.name for row in used), key=fold)


def person_row(person_id: int) -> PersonRow | None:
    rows = _rows(Person.select().where(Person.id == person_id))
    return rows[0] if rows else None


def people_named(name: str, limit: int = 3) -> list[PersonRow]:
    """People whose name is `name`, without regard to case, accents or spaces: who may already be
    the person about to be added. Archived people after the others."""
    folded = fold(" ".join(name.split()))
    if not folded:
        return []
    query = Person.select().where(Person.sort_name == folded)
    return _rows(query.order_by(Person.archived_at, Person.id).limit(limit))


def _name_matches_first(text: str, limit: int, narrow, elsewhere: tuple[str, ...] = ()) -> list[PersonRow]:
    """People whose name matches `text`, then those matching elsewhere (the `elsewhere` columns of the
    index, or everywhere: organisation, e-mail, tags, notes…); archived people after the others.
    `narrow(query)` may leave some out."""
    def best(matches, exclude=None, count: int = limit) -> list[PersonRow]:
        query = narrow(Person.select().where(Person.id.in_(matches)))
        if exclude is not None:
            query = query.where(Person.id.not_in(exclude))
        # (archived_at, sort_name) is the person_active_name index: no sort, however many match.
        return _rows(query.order_by(Person.archived_at, Person.sort_name, Person.id).limit(count))

    by_name = matching_ids(PERSON_INDEX, text, ("name",))
    found = best(by_name)
    if len(found) < limit:
        found += best(matching_ids(PERSON_INDEX, text, elsewhere), by_name, limit - len(found))
    return found


def quick_find_people(text: str, limit: int = 8) -> list[PersonRow]:
    """Anyone, for the quick switcher."""
    return _name_matches_first(text, limit, lambda query: query)


def find_people_by_name(text: str, limit: int = 20, exclude_ids: tuple[int, ...] = ()) -> list[PersonRow]:
    """People for pickers: not archived, not already chosen; after the names, organisations and
    e-mails, but not notes (typing "Kar" must not offer someone whose notes mention Karim)."""
    def narrow(query):
        query = query.where(Person.archived_at.is_null(True))
        return query.where(Person.id.not_in(exclude_ids)) if exclude_ids else query

    return _name_matches_first(text, limit, narrow, ("name", "organisation", "emails"))
