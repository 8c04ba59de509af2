"""Helpers for the safety tests: real processes, notebooks with people in them, damaged files."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from datetime import datetime
from pathlib import Path

from relnote.core import people
from relnote.db.database import close_database, open_database

NOW = datetime(2026, 3, 2, 9, 15, 0)


def relnote(data_dir: Path, *args: str, timeout: float = 60, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "relnote", "--data-dir", str(data_dir), *args],
                          capture_output=True, text=True, timeout=timeout, **kwargs)


def fill_notebook(paths, names: list[str]) -> None:
    """Open the notebook, add `names`, close it again."""
    open_database(paths.database)
    for name in names:
        people.add_person(name, NOW)
    close_database()


def names_in(path: Path) -> list[str]:
    connection = sqlite3.connect(f"{path.absolute().as_uri()}?mode=ro", uri=True)
    try:
        return sorted(row[0] for row in connection.execute("SELECT display_name FROM person"))
    finally:
        connection.close()


def integrity(path: Path) -> str:
    connection = sqlite3.connect(path)
    try:
        return connection.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        connection.close()


def damage(path: Path) -> None:
    """Overwrite pages in the middle of the file, as a failing disk would."""
    size = path.stat().st_size
    with open(path, "r+b") as handle:
        handle.seek(max(4096, size // 2 // 4096 * 4096))
        handle.write(b"\xde\xad\xbe\xef" * 2048)
        handle.flush()
        os.fsync(handle.fileno())


def no_traceback(result: subprocess.CompletedProcess) -> None:
    assert "Traceback" not in result.stderr and "Traceback" not in result.stdout, result.stderr
