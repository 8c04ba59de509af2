"""File-level helpers for backups and restores: errors as stable problem keys, read-only opening."""

from __future__ import annotations

import errno
import os
import sqlite3
from pathlib import Path

# Problem keys (BackupError.problem): the notebook's own, and those of copies; terminal commands and
# dialogs turn them into words.
from relnote.db.notebook_errors import (  # noqa: F401 (BUSY, CANNOT_OPEN, DAMAGED and TOO_NEW are read from here)
    BUSY, CANNOT_OPEN, DAMAGED, DISK_FULL, IO_ERROR, PERMISSION, READ_ONLY, SQLITE_PROBLEMS, TOO_NEW, sqlite_code,
)

MISSING = "missing"
NOT_A_NOTEBOOK = "not_a_notebook"
EMPTIED = "emptied"  # 0 bytes where a notebook with backups was: a fault, not a new notebook

_OS_PROBLEMS = {
    errno.ENOSPC: DISK_FULL, errno.EDQUOT: DISK_FULL, errno.EFBIG: DISK_FULL, errno.EROFS: READ_ONLY,
    errno.EACCES: PERMISSION, errno.EPERM: PERMISSION, errno.ENOENT: MISSING, errno.ENOTDIR: CANNOT_OPEN,
    errno.EISDIR: CANNOT_OPEN,
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
        return SQLITE_PROBLEMS.get(code, IO_ERROR)
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
