"""Queries for importing many people at once: bulk inserts on the raw connection, in the caller's
transaction, and the lookups that find people already in the notebook."""

from __future__ import annotations

import sqlite3
from typing import Iterable, Iterator

from relnote.db.database import database

PERSON_INSERT_COLUMNS = (
    "id", "display_name", "first_name", "last_name", "organisation", "role", "city", "how_we_met",
    "where_we_met", "met_on", "stage", "what_matters", "how_i_could_help", "cadence_days", "notes",
    "created_at", "updated_at", "archived_at", "imported_at", "sort_name",
)
MERGEABLE_TEXT = ("first_name", "last_name", "organisation", "role", "city", "how_we_met",
                  "where_we_met", "what_matters", "how_i_could_help", "notes")

INSERT_PERSON = (f"INSERT INTO person ({', '.join(PERSON_INSERT_COLUMNS)}) "
                 f"VALUES ({', '.join('?' for _ in PERSON_INSERT_COLUMNS)})")
INSERT_CONTACT_POINT = "INSERT INTO contact_point (person_id, kind, label, value, position) VALUES (?, ?, ?, ?, ?)"
INSERT_PERSON_TAG = "INSERT OR IGNORE INTO person_tag (person_id, tag_id) VALUES (?, ?)"
INSERT_STAGE_CHANGE = "INSERT INTO stage_change (person_id, changed_at, from_stage, to_stage) VALUES (?, ?, ?, ?)"


def connection() -> sqlite3.Connection:
    return database.connection()


def max_person_id() -> int:
    return database.execute_sql("SELECT COALESCE(MAX(id), 0) FROM person").fetchone()[0]


def person_ids() -> set[int]:
    return {row[0] for row in database.execute_sql("SELECT id FROM person")}


def people_names_and_organisations() -> Iterator[tuple[int, str, str]]:
    yield from database.execute_sql("SELECT id, display_name, organisation FROM person")


def email_addresses() -> Iterator[tuple[int, str]]:
    yield from database.execute_sql("SELECT person_id, value FROM contact_point WHERE kind = 'email'")


def tag_ids() -> dict[str, int]:
    return {name: tag_id for tag_id, name in database.execute_sql("SELECT id, name FROM tag")}


def create_tag(name: str) -> int:
    return database.execute_sql("INSERT INTO tag (name) VALUES (?)", (name,)).lastrowid


def display_name_of(person_id: int) -> str | None:
    row = database.execute_sql("SELECT display_name FROM person WHERE id = ?", (person_id,)).fetchone()
    return row[0] if row else None


def organisation_of(person_id: int) -> str:
    row = database.execute_sql("SELECT organisation FROM person WHERE id = ?", (person_id,)).fetchone()
    return row[0] if row else ""


def people_named(name: str, limit: int = 2) -> list[int]:
    cursor = database.execute_sql("SELECT id FROM person WHERE display_name = ? LIMIT ?", (name, limit))
    return [row[0] for row in cursor]


def mergeable_fields(person_id: int) -> dict:
    columns = MERGEABLE_TEXT + ("met_on", "cadence_days")
    row = database.execute_sql(f"SELECT {', '.join(columns)} FROM person WHERE id = ?", (person_id,)).fetchone()
    return dict(zip(columns, row)) if row else {}


def update_person_fields(person_id: int, changes: dict) -> None:
    assignments = ", ".join(f"{column} = ?" for column in changes)
    database.execute_sql(f"UPDATE person SET {assignments} WHERE id = ?", (*changes.values(), person_id))


def contact_values(person_id: int) -> list[tuple[str, str, int]]:
    cursor = database.execute_sql(
        "SELECT kind, value, position FROM contact_point WHERE person_id = ?", (person_id,))
    return list(cursor)


def set_introducers(pairs: Iterable[tuple[int, int]]) -> None:
    """(introducer id, person id) pairs."""
    connection().executemany("UPDATE person SET introduced_by_id = ? WHERE id = ?", pairs)


def refresh_last_moments(people_ids: Iterable[int]) -> None:
    connection().executemany(
        "UPDATE person SET last_moment_at = (SELECT MAX(m.happened_at) FROM moment m "
        "JOIN moment_person mp ON mp.moment_id = m.id WHERE mp.person_id = person.id) WHERE id = ?",
        ((person_id,) for person_id in people_ids))


def insert_moment(values: tuple, people_ids: list[int]) -> int:
    moment_id = database.execute_sql(
        "INSERT INTO moment (happened_at, kind, initiated_by, summary, notes, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?)", values).lastrowid
    connection().executemany("INSERT OR IGNORE INTO moment_person (moment_id, person_id) VALUES (?, ?)",
                             ((moment_id, person_id) for person_id in people_ids))
    return moment_id


def _any_with_these_people(candidates: str, values: tuple, links: str, people_ids: list[int]) -> bool:
    """True when one of the rows `candidates` finds is linked (by the query `links`) to exactly these people."""
    for (row_id,) in database.execute_sql(candidates, values).fetchall():
        if {row[0] for row in database.execute_sql(links, (row_id,))} == set(people_ids):
            return True
    return False


def moment_exists(happened_at: str, kind: str, summary: str, people_ids: list[int]) -> bool:
    return _any_with_these_people("SELECT id FROM moment WHERE happened_at = ? AND kind = ? AND summary = ?",
                                  (happened_at, kind, summary),
                                  "SELECT person_id FROM moment_person WHERE moment_id = ?", people_ids)


def insert_journal_entry(values: tuple, people_ids: list[int]) -> int:
    entry_id = database.execute_sql(
        "INSERT INTO journal_entry (day, kind, position, text, created_at, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?)", values).lastrowid
    connection().executemany(
        "INSERT OR IGNORE INTO journal_entry_person (entry_id, person_id) VALUES (?, ?)",
        ((entry_id, person_id) for person_id in people_ids))
    return entry_id


def journal_entry_exists(day: str, kind: str, position: int, text: str, people_ids: list[int]) -> bool:
    """The same line of the same day, about the same people: the same words can thank two people."""
    return _any_with_these_people(
        "SELECT id FROM journal_entry WHERE day = ? AND kind = ? AND position = ? AND text = ?",
        (day, kind, position, text), "SELECT person_id FROM journal_entry_person WHERE entry_id = ?", people_ids)


def insert_follow_up(values: tuple) -> int:
    return database.execute_sql(
        "INSERT INTO follow_up (person_id, reason, due_at, expecting, done_at, notified_at, created_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)", values).lastrowid


def follow_up_exists(person_id: int, reason: str, due_at: str) -> bool:
    return database.execute_sql("SELECT 1 FROM follow_up WHERE person_id = ? AND reason = ? AND due_at = ?",
                                (person_id, reason, due_at)).fetchone() is not None
