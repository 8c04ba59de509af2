"""Integrity checks: a quick one on the file at start-up, a full one on the open notebook."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from relnote.core.backup_files import DAMAGED, EMPTIED, problem_of, read_only_connection
from relnote.paths import NotebookPaths


@dataclass
class HealthReport:
    people: int = 0
    moments: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def sound(self) -> bool:
        return not self.problems


def is_new_notebook(path: Path) -> bool:
    return not path.is_file() or path.stat().st_size == 0


def was_emptied(paths: NotebookPaths) -> bool:
    """An empty notebook file beside backups lost what it held (a failed copy, a disk fault): it
    must be restored, not welcomed as a new notebook."""
    if not (paths.database.is_file() and paths.database.stat().st_size == 0):
        return False
    from relnote.core.backups import has_backups  # only then: the quick check at start-up does without the models

    return has_backups(paths)


def quick_check(paths: NotebookPaths) -> HealthReport:
    """SQLite's quick check on the notebook file, opened read-only: nothing is written to it.
    A missing file, or an empty one with no backup beside it, is a new notebook, and sound."""
    report = HealthReport()
    path = paths.database
    if was_emptied(paths):
        report.problems.append(EMPTIED)
        return report
    if is_new_notebook(path):
        return report
    try:
        connection = read_only_connection(path)
        try:
            for (message,) in connection.execute("PRAGMA quick_check").fetchall():
                if message != "ok":
                    report.problems.append(f"integrity: {message}")
        finally:
            connection.close()
    except sqlite3.Error as error:
        if problem_of(error) != DAMAGED:
            raise
        report.problems.append(str(error))
    return report


def check_notebook() -> HealthReport:
    """The full integrity and foreign-key check on the open notebook."""
    from relnote.db.database import database
    from relnote.db.models import Moment, Person

    report = HealthReport()
    for (message,) in database.execute_sql("PRAGMA integrity_check").fetchall():
        if message != "ok":
            report.problems.append(f"integrity: {message}")
    for table, rowid, parent, _ in database.execute_sql("PRAGMA foreign_key_check").fetchall():
        report.problems.append(f"table {table}, row {rowid}: points to a missing {parent}")
    if report.sound:
        report.people = Person.select().count()
        report.moments = Moment.select().count()
    return report
