"""Full-text search over people, moments and the journal (SQLite FTS5, see schema step 3).

What a user types is never handed to FTS5 as syntax: each word becomes a quoted prefix, so
`"`, `*`, `-`, `OR` or `NEAR(` are searched for as text and never raise a syntax error.
"""

from __future__ import annotations

from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime

from peewee import SQL

from relnote.db.database import database
from relnote.db.schema_steps import PERSON_SEARCH_ROWS
from relnote.db.stored_times import as_date, as_datetime

PERSON_INDEX = "person_search"
MOMENT_INDEX = "moment_search"
JOURNAL_INDEX = "journal_search"
_INDEXES = {PERSON_INDEX, MOMENT_INDEX, JOURNAL_INDEX}


@contextmanager
def indexing_deferred(*indexes: str):
    """For bulk writes inside one transaction (the demo notebook, an import): the search triggers of
    `indexes` (default: all) are lifted while rows go in; afterwards those indexes are rebuilt once
    and the triggers put back. Re-indexing row by row costs ~10x more than one rebuild."""
    if not database.in_transaction():
        raise RuntimeError("indexing_deferred() needs an open transaction")
    chosen = indexes or (PERSON_INDEX, MOMENT_INDEX, JOURNAL_INDEX)
    if not set(chosen) <= _INDEXES:
        raise ValueError(chosen)
    triggers = [row for index in chosen for row in database.execute_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name GLOB ?",
        (f"{index}_after_*",)).fetchall()]
    for name, _ in triggers:
        database.execute_sql(f'DROP TRIGGER "{name}"')
    try:
        yield
    finally:
        for _, sql in triggers:
            database.execute_sql(sql)
    rebuild_indexes(*chosen)


def rebuild_indexes(*indexes: str) -> None:
    """Index again, from scratch, every row of the tables behind `indexes` (default: all)."""
    for index in indexes or (PERSON_INDEX, MOMENT_INDEX, JOURNAL_INDEX):
        if index == PERSON_INDEX:
            database.execute_sql("DELETE FROM person_search")
            database.execute_sql(PERSON_SEARCH_ROWS)
        elif index in _INDEXES:
            database.execute_sql(f"INSERT INTO {index} ({index}) VALUES ('rebuild')")
        else:
            raise ValueError(index)


def search_words(text: str) -> list[str]:
    """The words of `text` that the index can match (those holding a letter or a digit)."""
    return [word for word in text.split() if any(ch.isalnum() for ch in word)]


def match_expression(text: str) -> str | None:
    """An FTS5 query where every word of `text` must start a word of the row, or None if
    `text` holds nothing searchable."""
    words = search_words(text)
    if not words:
        return None
    return " ".join('"' + word.replace('"', '""') + '"*' for word in words)


def matching_ids(index: str, text: str, columns: tuple[str, ...] = ()):
    """A peewee subquery of the rowids of `index` matching `text` (no row if nothing searchable),
    in the given `columns` only if any (e.g. `("name",)` of the person index)."""
    if index not in _INDEXES or not all(column.isidentifier() for column in columns):
        raise ValueError(index, columns)
    expression = match_expression(text)
    if expression is None:
        return SQL("(SELECT NULL WHERE 0)")
    if columns:
        expression = "{" + " ".join(columns) + "} : (" + expression + ")"
    return SQL(f"(SELECT rowid FROM {index} WHERE {index} MATCH ?)", [expression])


@dataclass(frozen=True)
class MomentHit:
    id: int
    happened_at: datetime
    kind: str
    summary: str


@dataclass(frozen=True)
class JournalHit:
    id: int
    day: date
    kind: str
    text: str


def search_moments(text: str, limit: int = 50, offset: int = 0) -> list[MomentHit]:
    """Moments whose summary or notes match `text`, newest first."""
    expression = match_expression(text)
    if expression is None:
        return []
    cursor = database.execute_sql(
        "SELECT m.id, m.happened_at, m.kind, m.summary FROM moment m "
        "WHERE m.id IN (SELECT rowid FROM moment_search WHERE moment_search MATCH ?) "
        "ORDER BY m.happened_at DESC, m.id DESC LIMIT ? OFFSET ?", (expression, limit, offset))
    return [MomentHit(row[0], as_datetime(row[1]), row[2], row[3]) for row in cursor.fetchall()]


def search_journal(text: str, limit: int = 50, offset: int = 0) -> list[JournalHit]:
    """Journal entries whose text matches `text`, newest day first."""
    expression = match_expression(text)
    if expression is None:
        return []
    cursor = database.execute_sql(
        "SELECT j.id, j.day, j.kind, j.text FROM journal_entry j "
        "WHERE j.id IN (SELECT rowid FROM journal_search WHERE journal_search MATCH ?) "
        "ORDER BY j.day DESC, j.position, j.id LIMIT ? OFFSET ?", (expression, limit, offset))
    return [JournalHit(row[0], as_date(row[1]), row[2], row[3]) for row in cursor.fetchall()]
