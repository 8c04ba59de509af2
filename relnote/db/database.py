"""The one database handle, initialised when a notebook is opened."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Callable

from peewee import DatabaseError, InterfaceError, OperationalError, SqliteDatabase

from relnote.db.notebook_errors import (  # noqa: F401 (read from here by much of Relnote)
    BUSY, CANNOT_OPEN, DAMAGE_CODES, DAMAGED, DISK_FULL, IO_ERROR, PERMISSION, READ_ONLY, SQLITE_PROBLEMS, TOO_NEW,
    NotebookDamagedError, NotebookError, NotebookTooNewError, disk_nearly_full, notebook_error, sqlite_code,
)

BUSY_TIMEOUT_SECONDS = 5
PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "synchronous": 2,  # FULL: a committed change survives a power cut
    "busy_timeout": BUSY_TIMEOUT_SECONDS * 1000,
    "cache_size": -16 * 1024,  # KiB
}

database = SqliteDatabase(None)


def open_database(path: Path, before_upgrade: Callable[[Path], None] | None = None,
                  read_only: bool = False) -> SqliteDatabase:
    """Open (and upgrade if needed) the notebook at `path`.

    `before_upgrade(path)` runs before any schema step is applied to a file that already holds a
    notebook (to back it up); if it raises, nothing is upgraded. `read_only` opens without writing
    anything to the file and without upgrading it (for checking a damaged or newer notebook)."""
    from relnote.db.migrations import LATEST_STEP, pending_steps, schema_step, upgrade

    close_database()
    if read_only:
        uri = f"{Path(path).absolute().as_uri()}?mode=ro"
        pragmas = {key: value for key, value in PRAGMAS.items() if key != "journal_mode"}
        database.init(uri, pragmas=pragmas, timeout=BUSY_TIMEOUT_SECONDS, uri=True)
    else:
        database.init(str(path), pragmas=PRAGMAS, timeout=BUSY_TIMEOUT_SECONDS)
    try:
        database.connect()
        if read_only:
            step = schema_step(database)  # reads the header: a file that is no database fails here
            if step > LATEST_STEP:
                raise NotebookTooNewError(path, step, LATEST_STEP)
        else:
            if before_upgrade is not None and schema_step(database) > 0 and pending_steps(database) > 0:
                before_upgrade(path)
            upgrade(database, path)
    except (DatabaseError, OperationalError, sqlite3.DatabaseError) as error:
        close_database()
        raise notebook_error(path, error) from None
    except Exception:
        close_database()
        raise
    return database


def close_database() -> None:
    """Close this thread's connection to the notebook, if it has one. A background task's end may
    meet the notebook already let go by the window (quitting): then there is nothing to close."""
    try:
        if database.database is not None and not database.is_closed():
            database.close()
    except InterfaceError:
        pass
