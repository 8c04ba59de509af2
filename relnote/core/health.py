"""Integrity checks on the open notebook."""

from __future__ import annotations

from dataclasses import dataclass, field

from relnote.db.database import database
from relnote.db.models import Moment, Person


@dataclass
class HealthReport:
    people: int = 0
    moments: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def sound(self) -> bool:
        return not self.problems


def check_notebook() -> HealthReport:
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
