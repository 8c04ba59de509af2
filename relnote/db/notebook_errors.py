"""Why a notebook cannot be opened, as stable problem keys with SQLite's own words. Without peewee:
the window's start reads these before the rest of the database layer is loaded."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

# Problem keys (NotebookError.problem, and core.backup_files' too); the interface turns them into words.
DISK_FULL = "disk_full"
READ_ONLY = "read_only"
PERMISSION = "permission_denied"
CANNOT_OPEN = "cannot_open"
BUSY = "busy"
DAMAGED = "damaged"
TOO_NEW = "too_new"
IO_ERROR = "io_error"


class NotebookError(Exception):
    """The notebook file cannot be opened as it is; carries the path, a problem key and SQLite's own
    words (`detail`, for the log and when there is no key for it)."""

    def __init__(self, path: Path, problem: str, detail: str = ""):
        super().__init__(f"{path}: {problem}" + (f" ({detail})" if detail else ""))
        self.path = path
        self.problem = problem
        self.detail = detail


class NotebookTooNewError(NotebookError):
    def __init__(self, path: Path, found: int, supported: int):
        super().__init__(path, TOO_NEW, f"schema step {found}, this Relnote knows {supported}")
        self.found = found
        self.supported = supported


class NotebookDamagedError(NotebookError):
    """The file is not a database, or its pages fail SQLite's own checks."""


DAMAGE_CODES = (sqlite3.SQLITE_NOTADB, sqlite3.SQLITE_CORRUPT)
SQLITE_PROBLEMS = {
    sqlite3.SQLITE_FULL: DISK_FULL, sqlite3.SQLITE_READONLY: READ_ONLY, sqlite3.SQLITE_CANTOPEN: CANNOT_OPEN,
    sqlite3.SQLITE_PERM: PERMISSION, sqlite3.SQLITE_AUTH: PERMISSION, sqlite3.SQLITE_BUSY: BUSY,
    sqlite3.SQLITE_LOCKED: BUSY, sqlite3.SQLITE_NOTADB: DAMAGED, sqlite3.SQLITE_CORRUPT: DAMAGED,
}


def sqlite_code(error: BaseException) -> int | None:
    """SQLite's primary result code behind `error` (peewee wraps sqlite3's exceptions). A generic
    SQLITE_ERROR, such as peewee's "cannot rollback" after SQLite already rolled back a write that
    hit a full disk, gives way to the error it followed."""
    found = None
    while error is not None:
        code = getattr(error, "sqlite_errorcode", None)
        if code is not None and code & 0xFF != sqlite3.SQLITE_ERROR:
            return code & 0xFF
        found = found if code is None else code & 0xFF
        error = error.__cause__ or error.__context__
    return found


def disk_nearly_full(path: Path, margin: int = 1024 * 1024) -> bool:
    """True when the filesystem holding `path` has less than `margin` bytes left: SQLite reports
    a full disk as an I/O error when it cannot even map its shared-memory file."""
    folder = Path(path).parent
    try:
        return os.statvfs(folder).f_bavail * os.statvfs(folder).f_frsize < margin
    except OSError:
        return False


def notebook_error(path: Path, error: BaseException) -> NotebookError:
    code = sqlite_code(error)
    if code in DAMAGE_CODES:
        return NotebookDamagedError(path, DAMAGED, str(error))
    if code in (sqlite3.SQLITE_IOERR, sqlite3.SQLITE_FULL) and disk_nearly_full(path):
        return NotebookError(path, DISK_FULL, str(error))
    return NotebookError(path, SQLITE_PROBLEMS.get(code, IO_ERROR), str(error))
