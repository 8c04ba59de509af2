"""Streaming reads for exports: every row of a kind, in a stable order, with the people it names."""

from __future__ import annotations

from itertools import groupby
from typing import Iterator

from relnote.db.database import database

PERSON_EXPORT_COLUMNS = (
    "id", "display_name", "first_name", "last_name", "organisation", "role", "city", "stage",
    "how_we_met", "where_we_met", "met_on", "introduced_by_id", "what_matters", "how_i_could_help",
    "cadence_days", "notes", "created_at", "updated_at", "archived_at", "imported_at", "last_moment_at",
)


def _grouped(sql: str, params: tuple = ()) -> Iterator[tuple[int, list[tuple]]]:
    """(key, rows) for a query ordered by its first column."""
    for key, rows in groupby(database.execute_sql(sql, params), key=lambda row: row[0]):
        yield key, [row[1:] for row in rows]


def _merge(main: Iterator[tuple], *groups: Iterator[tuple[int, list[tuple]]]) -> Iterator[tuple]:
    """Pair each main row (ordered by its first column) with its rows from each grouped query."""
    pending = [next(group, None) for group in groups]
    for row in main:
        attached = []
        for position, group in enumerate(groups):
            current = pending[position]
            if current is not None and current[0] == row[0]:
                attached.append(current[1])
                pending[position] = next(group, None)
            else:
                attached.append([])
        yield row, *attached


def count(table: str) -> int:
    return database.execute_sql(f"SELECT COUNT(*) FROM {table}").fetchone()[0]


def most_contact_points() -> dict[str, int]:
    """For each kind, the most e-mails (phones, links) any one person has."""
    rows = database.execute_sql(
        "SELECT kind, MAX(n) FROM (SELECT kind, COUNT(*) AS n FROM contact_point GROUP BY person_id, kind) "
        "GROUP BY kind")
    return dict(rows.fetchall())


def people_with_details() -> Iterator[tuple[dict, list[tuple], list[tuple], str]]:
    """(person, contact points (kind, label, value), tags, introducer's name), ordered by id; the person's
    "stage_history" holds their stage changes (changed_at, from, to), oldest first."""
    people = database.execute_sql(f"SELECT {', '.join('p.' + c for c in PERSON_EXPORT_COLUMNS)}, "
                                  "i.display_name FROM person p LEFT JOIN person i ON i.id = p.introduced_by_id "
                                  "ORDER BY p.id")
    contacts = _grouped("SELECT person_id, kind, label, value FROM contact_point "
                        "ORDER BY person_id, kind, position, id")
    tags = _grouped("SELECT pt.person_id, t.name FROM person_tag pt JOIN tag t ON t.id = pt.tag_id "
                    "ORDER BY pt.person_id")
    stages = _grouped("SELECT person_id, changed_at, from_stage, to_stage FROM stage_change "
                      "ORDER BY person_id, changed_at, id")
    for row, points, names, changes in _merge(people, contacts, tags, stages):
        person = dict(zip(PERSON_EXPORT_COLUMNS, row), stage_history=changes)
        yield person, points, sorted((name for (name,) in names), key=str.casefold), row[-1] or ""


def moments_with_people() -> Iterator[tuple[tuple, list[tuple[int, str]]]]:
    moments = database.execute_sql(
        "SELECT id, happened_at, kind, initiated_by, summary, notes, created_at FROM moment ORDER BY id")
    people = _grouped("SELECT mp.moment_id, p.id, p.display_name FROM moment_person mp "
                      "JOIN person p ON p.id = mp.person_id ORDER BY mp.moment_id, p.id")
    return _merge(moments, people)


def journal_with_people() -> Iterator[tuple[tuple, list[tuple[int, str]]]]:
    entries = database.execute_sql(
        "SELECT id, day, kind, position, text, created_at, updated_at FROM journal_entry ORDER BY id")
    people = _grouped("SELECT jp.entry_id, p.id, p.display_name FROM journal_entry_person jp "
                      "JOIN person p ON p.id = jp.person_id ORDER BY jp.entry_id, p.id")
    return _merge(entries, people)


def follow_ups(open_only: bool = False) -> Iterator[tuple]:
    where = "WHERE f.done_at IS NULL" if open_only else ""
    yield from database.execute_sql(
        "SELECT f.id, f.person_id, p.display_name, f.reason, f.due_at, f.expecting, f.done_at, "
        f"f.notified_at, f.created_at FROM follow_up f JOIN person p ON p.id = f.person_id {where} "
        "ORDER BY f.due_at, f.id")
