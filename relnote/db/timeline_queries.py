"""One stream of what happened, newest first: moments, journal entries, follow-ups done, stage
changes and people added — read one page at a time with a keyset cursor, never whole.

Each source is read by its own indexed query (`ORDER BY at DESC LIMIT n`, after the cursor) and
the sources are merged here, so a page costs the same on the first day and after a million moments.
"""

from __future__ import annotations

import heapq
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import NamedTuple

from relnote.db.database import database
from relnote.db.search import match_expression, search_words
from relnote.db.stored_times import as_datetime
from relnote.db.text_folding import like_pattern

MOMENT = "moment"
FOLLOW_UP = "follow_up"
GRATITUDE = "gratitude"
REFLECTION = "reflection"
STAGE_CHANGE = "stage_change"
ADDED = "added"
EVENT_KINDS = (MOMENT, GRATITUDE, REFLECTION, FOLLOW_UP, STAGE_CHANGE, ADDED)

# Among events at the same second, the order in which they are listed.
_RANK = {MOMENT: 0, FOLLOW_UP: 1, GRATITUDE: 2, REFLECTION: 2, STAGE_CHANGE: 3, ADDED: 4}
_TIME_FORMAT = "%Y-%m-%d %H:%M:%S"
_LIKE = "LIKE ? ESCAPE '\\'"


class Cursor(NamedTuple):
    """Where a page ended: the next page starts just after this event."""
    at: datetime
    rank: int
    ref: int


@dataclass(frozen=True)
class TimelineFilter:
    person_id: int | None = None
    tag: str | None = None
    kinds: frozenset[str] = frozenset()  # empty: every kind of event
    moment_kind: str | None = None
    since: datetime | None = None  # UTC, inclusive
    until: datetime | None = None  # UTC, exclusive ("jump to date" sets it)
    text: str = ""

    def wants(self, event: str) -> bool:
        if self.moment_kind and event != MOMENT:
            return False
        return not self.kinds or event in self.kinds


@dataclass(frozen=True)
class TimelineEvent:
    event: str
    at: datetime
    ref: int
    kind: str = ""
    initiated_by: str = ""
    text: str = ""
    notes: str = ""
    from_stage: str = ""
    to_stage: str = ""
    expecting: bool = False
    day: date | None = None
    people: tuple[tuple[int, str], ...] = ()

    @property
    def cursor(self) -> Cursor:
        return Cursor(self.at, _RANK[self.event], self.ref)

    @property
    def person_ids(self) -> tuple[int, ...]:
        return tuple(person_id for person_id, _ in self.people)


def _stamp(value: datetime) -> str:
    return value.strftime(_TIME_FORMAT)


class _Source:
    """One kind of row: its SELECT, its time and id expressions, and how filters apply to it."""

    def __init__(self, rank: int, select: str, at: str, ref: str):
        self.rank, self.select, self.at, self.ref = rank, select, at, ref
        self.where: list[str] = []
        self.params: list = []

    def add(self, condition: str, *params) -> None:
        self.where.append(condition)
        self.params.extend(params)

    def after(self, cursor: Cursor | None) -> None:
        if cursor is None:
            return
        stamp = _stamp(cursor.at)
        if self.rank > cursor.rank:
            self.add(f"{self.at} <= ?", stamp)
        elif self.rank == cursor.rank:
            self.add(f"({self.at}, {self.ref}) < (?, ?)", stamp, cursor.ref)
        else:
            self.add(f"{self.at} < ?", stamp)

    def within(self, timeline_filter: TimelineFilter) -> None:
        if timeline_filter.since is not None:
            self.add(f"{self.at} >= ?", _stamp(timeline_filter.since))
        if timeline_filter.until is not None:
            self.add(f"{self.at} < ?", _stamp(timeline_filter.until))

    def run(self, limit: int) -> list[tuple]:
        where = " AND ".join(self.where) or "1"
        sql = f"{self.select} WHERE {where} ORDER BY {self.at} DESC, {self.ref} DESC LIMIT ?"
        return database.execute_sql(sql, [*self.params, limit]).fetchall()


MANY_MOMENTS = 20_000
_TAGGED_PEOPLE = ("SELECT pt.person_id FROM person_tag pt JOIN tag t ON t.id = pt.tag_id "
                  "WHERE t.name = ? COLLATE NOCASE")
_NAME_MATCHES = "SELECT rowid FROM person_search WHERE person_search MATCH ?"
_MOMENT_MATCHES = "SELECT rowid FROM moment_search WHERE moment_search MATCH ?"
_JOURNAL_MATCHES = "SELECT rowid FROM journal_search WHERE journal_search MATCH ?"


def _searched_words(f: TimelineFilter) -> list[tuple[str, str]]:
    """For each word typed: (full-text expression, the same limited to people's names)."""
    return [(match_expression(word), "{name} : (" + match_expression(word) + ")") for word in search_words(f.text)]


def _moment_source(f: TimelineFilter) -> _Source:
    join = " JOIN moment_person fp ON fp.moment_id = m.id" if f.person_id is not None else ""
    source = _Source(_RANK[MOMENT], "SELECT m.id, m.happened_at, m.kind, m.initiated_by, m.summary, m.notes "
                     f"FROM moment m{join}", "m.happened_at", "m.id")
    if f.person_id is not None:
        source.add("fp.person_id = ?", f.person_id)
    if f.tag:
        source.add(f"m.id IN (SELECT moment_id FROM moment_person WHERE person_id IN ({_TAGGED_PEOPLE}))", f.tag)
    if f.moment_kind:
        source.add("m.kind = ?", f.moment_kind)
    searched = _searched_words(f)
    if searched and all(_in_many_moments(words) for words, _ in searched):
        # Read moments newest first and test each ("+" keeps SQLite from gathering every match first):
        # a page is found within a few thousand moments. Each moment's people are looked up by moment,
        # rather than gathering the moments of everyone whose name matches ("c": 190,000 of them).
        with_people = ("EXISTS (SELECT 1 FROM moment_person wp WHERE wp.moment_id = m.id "
                       f"AND +wp.person_id IN ({_NAME_MATCHES}))")
        for words, names in searched:
            source.add(f"(+m.id IN ({_MOMENT_MATCHES}) OR {with_people})", words, names)
        return source
    for words, names in searched:
        source.add(f"(m.id IN ({_MOMENT_MATCHES}) OR m.id IN "
                   f"(SELECT moment_id FROM moment_person WHERE person_id IN ({_NAME_MATCHES})))", words, names)
    return source


def _in_many_moments(expression: str) -> bool:
    """True when every page of moments holds this word so often that reading them newest first finds
    a page sooner than gathering and sorting all its moments (for "c", 400,000 of a million)."""
    sql = "SELECT count(*) FROM (SELECT 1 FROM moment_search WHERE moment_search MATCH ? LIMIT ?)"
    return database.execute_sql(sql, (expression, MANY_MOMENTS)).fetchone()[0] >= MANY_MOMENTS


# A journal entry has a day but no time. A day's entries sit together, in their order (gratitude
# lines, then the reflection), at the moment the day's first entry was written when that was on its
# day in UTC, else at noon UTC of the day — which is that same day for every zone within 12 hours.
_JOURNAL_DAY_BASE = ("(SELECT CASE WHEN date(MIN(j2.created_at)) = je.day THEN MIN(j2.created_at) "
                     "ELSE datetime(je.day, '+12 hours') END FROM journal_entry j2 WHERE j2.day = je.day)")
_JOURNAL_AT = (f"datetime({_JOURNAL_DAY_BASE}, '-' || (CASE je.kind WHEN 'reflection' THEN 99 "
               "ELSE je.position END) || ' seconds')")


def _journal_source(f: TimelineFilter) -> _Source:
    source = _Source(_RANK[GRATITUDE], f"SELECT je.id, {_JOURNAL_AT}, je.kind, je.text, je.day "
                     "FROM journal_entry je", _JOURNAL_AT, "je.id")
    source.add("je.text <> ''")
    kinds = [kind for kind in (GRATITUDE, REFLECTION) if f.wants(kind)]
    if len(kinds) == 1:
        source.add("je.kind = ?", kinds[0])
    people = _people_condition(f)
    if people:
        source.add(f"je.id IN (SELECT entry_id FROM journal_entry_person WHERE {people[0]})", *people[1])
    for words, names in _searched_words(f):
        source.add(f"(je.id IN ({_JOURNAL_MATCHES}) OR je.id IN (SELECT entry_id FROM journal_entry_person "
                   f"WHERE person_id IN ({_NAME_MATCHES})))", words, names)
    return source


def _people_condition(f: TimelineFilter) -> tuple[str, list] | None:
    """A condition on a `person_id` column: the chosen person and/or the people with the chosen tag."""
    parts, params = [], []
    if f.person_id is not None:
        parts.append("person_id = ?")
        params.append(f.person_id)
    if f.tag:
        parts.append(f"person_id IN ({_TAGGED_PEOPLE})")
        params.append(f.tag)
    return (" AND ".join(parts), params) if parts else None


def _person_source(f: TimelineFilter, rank: int, select: str, at: str, ref: str, person_column: str,
                   text_column: str | None = None) -> _Source:
    """A source about one person a row; words typed match their name (or `text_column`, folded)."""
    source = _Source(rank, select, at, ref)
    if f.person_id is not None:
        source.add(f"{person_column} = ?", f.person_id)
    if f.tag:
        source.add(f"{person_column} IN ({_TAGGED_PEOPLE})", f.tag)
    for word, (_, names) in zip(search_words(f.text), _searched_words(f)):
        if text_column:
            source.add(f"({person_column} IN ({_NAME_MATCHES}) OR fold({text_column}) {_LIKE})",
                       names, like_pattern(word))
        else:
            source.add(f"{person_column} IN ({_NAME_MATCHES})", names)
    return source


def _follow_up_source(f: TimelineFilter) -> _Source:
    source = _person_source(
        f, _RANK[FOLLOW_UP], "SELECT fu.id, fu.done_at, fu.reason, fu.expecting, p.id, p.display_name "
        "FROM follow_up fu JOIN person p ON p.id = fu.person_id", "fu.done_at", "fu.id", "fu.person_id",
        "fu.reason")
    source.add("fu.done_at IS NOT NULL")
    return source


def _stage_source(f: TimelineFilter) -> _Source:
    return _person_source(
        f, _RANK[STAGE_CHANGE], "SELECT sc.id, sc.changed_at, sc.from_stage, sc.to_stage, p.id, p.display_name "
        "FROM stage_change sc JOIN person p ON p.id = sc.person_id", "sc.changed_at", "sc.id", "sc.person_id")


def _added_source(f: TimelineFilter) -> _Source:
    return _person_source(
        f, _RANK[ADDED], "SELECT p.id, p.created_at, p.display_name FROM person p", "p.created_at", "p.id",
        "p.id")


def _read(event: str, f: TimelineFilter, cursor: Cursor | None, limit: int) -> list[TimelineEvent]:
    builder = {MOMENT: _moment_source, GRATITUDE: _journal_source, FOLLOW_UP: _follow_up_source,
               STAGE_CHANGE: _stage_source, ADDED: _added_source}[event]
    source = builder(f)
    source.within(f)
    source.after(cursor)
    rows = source.run(limit)
    if event == MOMENT:
        return [TimelineEvent(MOMENT, as_datetime(at), ref, kind=kind, initiated_by=by, text=summary, notes=notes)
                for ref, at, kind, by, summary, notes in rows]
    if event == GRATITUDE:
        return [TimelineEvent(kind, as_datetime(at), ref, text=text, day=date.fromisoformat(str(day)[:10]))
                for ref, at, kind, text, day in rows]
    if event == FOLLOW_UP:
        return [TimelineEvent(FOLLOW_UP, as_datetime(at), ref, text=reason, expecting=bool(expecting),
                              people=((pid, name),))
                for ref, at, reason, expecting, pid, name in rows]
    if event == STAGE_CHANGE:
        return [TimelineEvent(STAGE_CHANGE, as_datetime(at), ref, from_stage=from_stage, to_stage=to_stage,
                              people=((pid, name),))
                for ref, at, from_stage, to_stage, pid, name in rows]
    return [TimelineEvent(ADDED, as_datetime(at), ref, people=((ref, name),)) for ref, at, name in rows]


def _sources(f: TimelineFilter) -> list[str]:
    wanted = [event for event in (MOMENT, FOLLOW_UP, STAGE_CHANGE, ADDED) if f.wants(event)]
    if f.wants(GRATITUDE) or f.wants(REFLECTION):
        wanted.append(GRATITUDE)
    return wanted


def _sort_key(event: TimelineEvent):
    return (event.at, -_RANK[event.event], event.ref)


def timeline_page(timeline_filter: TimelineFilter, limit: int = 200,
                  after: Cursor | None = None) -> list[TimelineEvent]:
    """Up to `limit` events, newest first, starting just after `after` (or from the newest)."""
    streams = [_read(event, timeline_filter, after, limit) for event in _sources(timeline_filter)]
    page = list(heapq.merge(*streams, key=_sort_key, reverse=True))[:limit]
    return _with_people(page)


def _with_people(page: list[TimelineEvent]) -> list[TimelineEvent]:
    moment_ids = [event.ref for event in page if event.event == MOMENT]
    entry_ids = [event.ref for event in page if event.event in (GRATITUDE, REFLECTION)]
    in_moments = _names("moment_person", "moment_id", moment_ids)
    in_entries = _names("journal_entry_person", "entry_id", entry_ids)
    result = []
    for event in page:
        if event.event == MOMENT:
            event = _replace_people(event, in_moments.get(event.ref, ()))
        elif event.event in (GRATITUDE, REFLECTION):
            event = _replace_people(event, in_entries.get(event.ref, ()))
        result.append(event)
    return result


def _replace_people(event: TimelineEvent, people) -> TimelineEvent:
    return replace(event, people=tuple(people))


def _names(link_table: str, link_column: str, ids: list[int]) -> dict[int, list[tuple[int, str]]]:
    if not ids:
        return {}
    marks = ", ".join("?" for _ in ids)
    sql = (f"SELECT l.{link_column}, p.id, p.display_name FROM {link_table} l JOIN person p ON p.id = l.person_id "
           f"WHERE l.{link_column} IN ({marks}) ORDER BY p.display_name COLLATE NOCASE, p.id")
    found: dict[int, list[tuple[int, str]]] = {}
    for owner, person_id, name in database.execute_sql(sql, ids).fetchall():
        found.setdefault(owner, []).append((person_id, name))
    return found
