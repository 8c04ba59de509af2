"""What the terminal says when the notebook or the disk fails: plain words naming the path, no traceback."""

from __future__ import annotations

import argparse
import logging
import sqlite3
import sys
from typing import Callable

from relnote.core import backup_files as problems
from relnote.core.backup_files import BackupError
from relnote.core.backups import backup_before_upgrade, newest_sound_backup
from relnote.db.database import (
    BUSY_TIMEOUT_SECONDS, NotebookDamagedError, NotebookError, disk_nearly_full, open_database, sqlite_code,
)
from relnote.paths import NotebookPaths

log = logging.getLogger("relnote.commands")

BUSY_EXIT = 3
FAULT_EXIT = 4
PROBLEM_WORDS = {
    problems.DISK_FULL: "the disk is full",
    problems.READ_ONLY: "the folder or file is read-only",
    problems.PERMISSION: "permission denied",
    problems.CANNOT_OPEN: "the file cannot be opened",
    problems.MISSING: "there is no such file",
    problems.BUSY: "another program is writing to the notebook",
    problems.DAMAGED: "the file is damaged",
    problems.NOT_A_NOTEBOOK: "the file is not a Relnote notebook",
    problems.TOO_NEW: "the file was made by a newer Relnote",
}


def say(message: str) -> None:
    print(f"relnote: {message}", file=sys.stderr)


def backup_error_words(error: BackupError) -> str:
    words = PROBLEM_WORDS.get(error.problem) or error.detail or error.problem.replace("_", " ")
    return f"{error.path}: {words}"


def damaged_advice(paths: NotebookPaths) -> str:
    sound = newest_sound_backup(paths)
    if sound is None:
        return "No sound backup was found; the file has been left exactly as it is."
    return (f"The newest sound backup is {sound.path} ({sound.people} people, made {sound.made_at:%Y-%m-%d %H:%M} UTC); "
            f"`relnote restore {sound.path}` puts it back and keeps the damaged file as a backup.")


def open_notebook_or_explain(paths: NotebookPaths) -> bool:
    try:
        open_database(paths.database, before_upgrade=backup_before_upgrade(paths))
    except NotebookDamagedError as error:
        say(f"the notebook {error.path} is damaged: nothing was written to it. {damaged_advice(paths)}")
        return False
    except NotebookError as error:
        say(f"cannot open the notebook {error.path}: {error.reason}.")
        return False
    except BackupError as error:
        say(f"the notebook needs an upgrade, but the backup made first failed ({backup_error_words(error)}); "
            "it was not upgraded and nothing was changed.")
        return False
    return True


def run_explaining_faults(command: Callable[[argparse.Namespace, NotebookPaths], int],
                          args: argparse.Namespace, paths: NotebookPaths) -> int:
    """Run a command; a busy notebook or a failing disk becomes one sentence. A write interrupted
    this way is rolled back by SQLite, so nothing half-done stays in the notebook."""
    try:
        return command(args, paths)
    except BrokenPipeError:
        raise
    except BackupError as error:
        say(f"the backup could not be made: {backup_error_words(error)}. Nothing was changed.")
        return FAULT_EXIT
    except (sqlite3.Error, OSError) as error:
        return _explain(error, paths)
    except Exception as error:
        if sqlite_code(error) is None:
            raise
        return _explain(error, paths)


def _explain(error: BaseException, paths: NotebookPaths) -> int:
    log.info("command stopped: %s", error)
    problem = problems.problem_of(error)
    if problem == problems.BUSY:
        say(f"the notebook {paths.database} is busy: another Relnote (perhaps the open window) kept it "
            f"for more than {BUSY_TIMEOUT_SECONDS} seconds. Nothing was changed; try again in a moment.")
        return BUSY_EXIT
    where = getattr(error, "filename", None) or paths.database
    if problem == problems.IO_ERROR and disk_nearly_full(paths.database):
        problem = problems.DISK_FULL
    words = PROBLEM_WORDS.get(problem) or str(error)
    say(f"stopped: {words} ({where}). Nothing was changed.")
    return FAULT_EXIT

