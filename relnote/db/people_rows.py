"""The People list's rows and filter, and its first page read with sqlite3 alone: the window shows
that page before the rest of the database layer (peewee, the models) is loaded."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from relnote.db.schema_steps import LATEST_STEP

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


# The order of people_queries.list_people for the people not archived, sorted by name.
_FIRST_PAGE = """
SELECT id, display_name, organisation, stage, last_moment_at, created_at FROM person
WHERE archived_at IS NULL ORDER BY sort_name, id LIMIT ?"""


def first_page(path: Path, limit: int) -> list[PersonRow] | None:
    """The first `limit` people of the list as it opens (everyone not archived, by name), read from
    the notebook file without writing to it. None when this read cannot stand for the usual one: no
    notebook yet, one that needs an upgrade, or anything unexpected; the notebook is then opened first."""
    if not path.is_file():
        return None
    try:
        connection = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
        try:
            if connection.execute("PRAGMA user_version").fetchone()[0] != LATEST_STEP:
                return None
            rows = connection.execute(_FIRST_PAGE, (limit,)).fetchall()
        finally:
            connection.close()
        return [PersonRow(person_id, name, organisation, stage, _time(last_moment), datetime.fromisoformat(created),
                          None) for person_id, name, organisation, stage, last_moment, created in rows]
    except (sqlite3.Error, ValueError, TypeError):
        return None


def _time(value: str | None) -> datetime | None:
    return None if value is None else datetime.fromisoformat(value)
