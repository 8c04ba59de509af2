"""The one database handle, initialised when a notebook is opened."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from peewee import DatabaseError, OperationalError, SqliteDatabase

BUSY_TIMEOUT_SECONDS = 5
PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "synchronous": 2,  # FULL: a committed change survives a power cut
    "busy_timeout": BUSY_TIMEOUT_SECONDS * 1000,
    "cache_size": -16 * 1024,  # KiB
}

database = SqliteDatabase(None)


class NotebookError(Exception):
    """The notebook file cannot be opened as it is; carries the path."""

    def __init__(self, path: Path, reason: str):
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class NotebookTooNewError(NotebookError):
    def __init__(self, path: Path, found: int, supported: int):
        super().__init__(path, f"made by a newer Relnote (schema step {found}, this one knows {supported})")
        self.found = found
        self.supported = supported


def open_database(path: Path) -> SqliteDatabase:
    """Open (and upgrade if needed) the notebook at `path`."""
    from relnote.db.migrations import upgrade

    close_database()
    database.init(str(path), pragmas=PRAGMAS, timeout=BUSY_TIMEOUT_SECONDS)
    try:
        database.connect()
        upgrade(database, path)
    except (DatabaseError, OperationalError, sqlite3.DatabaseError) as error:
        close_database()
        raise NotebookError(path, str(error)) from None
    except NotebookError:
        close_database()
        raise
    return database


def close_database() -> None:
    if database.database is not None and not database.is_closed():
        database.close()
