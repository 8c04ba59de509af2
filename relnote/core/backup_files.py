"""File-level helpers for backups and restores: errors as stable problem keys, read-only opening."""

from __future__ import annotations

import errno
import os
import sqlite3
from pathlib import Path

from relnote.db.database import sqlite_code

# Problem keys (BackupError.problem); terminal commands and dialogs turn them into words.
DISK_FULL = "disk_full"
READ_ONLY = "read_only"
PERMISSION = "permission_denied"
CANNOT_OPEN = "cannot_open"
MISSING = "missing"
BUSY = "busy"
DAMAGED = "damaged"
NOT_A_NOTEBOOK = "not_a_notebook"
TOO_NEW = "too_new"
IO_ERROR = "io_error"
EMPTIED = "emptied"  # 0 bytes where a notebook with backups was: a fault, not a new notebook

_OS_PROBLEMS = {
    errno.ENOSPC: DISK_FULL, errno.EDQUOT: DISK_FULL, errno.EFBIG: DISK_FULL, errno.EROFS: READ_ONLY,
    errno.EACCES: PERMISSION, errno.EPERM: PERMISSION, errno.ENOENT: MISSING, errno.ENOTDIR: CANNOT_OPEN,
    errno.EISDIR: CANNOT_OPEN,
}
_SQLITE_PROBLEMS = {
    sqlite3.SQLITE_FULL: DISK_FULL, sqlite3.SQLITE_READONLY: READ_ONLY, sqlite3.SQLITE_PERM: PERMISSION,
    sqlite3.SQLITE_AUTH: PERMISSION, sqlite3.SQLITE_CANTOPEN: CANNOT_OPEN, sqlite3.SQLITE_BUSY: BUSY,
    sqlite3.SQLITE_LOCKED: BUSY, sqlite3.SQLITE_NOTADB: DAMAGED, sqlite3.SQLITE_CORRUPT: DAMAGED,
}


class BackupError(Exception):
    """A backup or restore could not be done; nothing was replaced. `problem` is a stable key."""

    def __init__(self, path: Path, problem: str, detail: str = ""):
        super().__init__(f"{path}: {problem}" + (f" ({detail})" if detail else ""))
        self.path = path
        self.problem = problem
        self.detail = detail


def problem_of(error: BaseException) -> str:
    if isinstance(error, OSError):
        return _OS_PROBLEMS.get(error.errno, IO_ERROR)
    code = sqlite_code(error)
    if code is not None:
        return _SQLITE_PROBLEMS.get(code, IO_ERROR)
    return IO_ERROR


def read_only_connection(path: Path) -> sqlite3.Connection:
    """Open `path` so that nothing can write to it (a missing file is an error, never created)."""
    if not path.is_file():
        raise sqlite3.OperationalError(f"no such file: {path}")
    return sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)


def notebook_has_people(path: Path) -> bool:
    try:
        connection = read_only_connection(path)
        try:
            return connection.execute("SELECT EXISTS (SELECT 1 FROM person)").fetchone()[0] == 1
        finally:
            connection.close()
    except sqlite3.Error:
        return False


def fsync_folder(folder: Path) -> None:
    """Make a rename in `folder` survive a power cut."""
    try:
        handle = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(handle)
    except OSError:
        pass
    finally:
        os.close(handle)


def remove_quietly(path: Path) -> None:
    try:
        path.unlink()
    except OSError:
        pass
