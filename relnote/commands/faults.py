"""What the terminal says when the notebook or the disk fails: plain words naming the path, no traceback."""

from __future__ import annotations

import argparse
import logging
import sqlite3
from typing import Callable

from relnote.commands.words import say, translated
from relnote.core import backup_files as problems
from relnote.core.backup_files import BackupError
from relnote.core.backups import backup_before_upgrade, newest_sound_backup
from relnote.core.health import was_emptied
from relnote.db.database import (
    BUSY_TIMEOUT_SECONDS, NotebookDamagedError, NotebookError, disk_nearly_full, open_database, sqlite_code,
)
from relnote.paths import NotebookPaths
from relnote.ui.problem_words import problem_text, problem_words, reason_words

log = logging.getLogger("relnote.commands")

BUSY_EXIT = 3
FAULT_EXIT = 4


def damaged_advice(paths: NotebookPaths) -> str:
    sound = newest_sound_backup(paths)
    if sound is None:
        return translated("No sound backup was found; the file has been left exactly as it is.")
    return (translated("The newest sound backup is %1 (%2 people, made %3 UTC); `relnote restore %1` puts it back "
               "and keeps the damaged file as a backup.")
            .replace("%1", str(sound.path)).replace("%2", str(sound.people))
            .replace("%3", f"{sound.made_at:%Y-%m-%d %H:%M}"))


def open_notebook_or_explain(paths: NotebookPaths) -> bool:
    if was_emptied(paths):
        say(translated("the notebook %1 is damaged: nothing was written to it. %2")
            .replace("%1", f"{paths.database} ({problem_text(problems.EMPTIED)})").replace("%2", damaged_advice(paths)))
        return False
    try:
        open_database(paths.database, before_upgrade=backup_before_upgrade(paths))
    except NotebookDamagedError as error:
        say(translated("the notebook %1 is damaged: nothing was written to it. %2")
            .replace("%1", str(error.path)).replace("%2", damaged_advice(paths)))
        return False
    except NotebookError as error:
        say(translated("cannot open the notebook %1: %2.").replace("%1", str(error.path)).replace("%2", reason_words(error)))
        return False
    except BackupError as error:
        say(translated("the notebook needs an upgrade, but the backup made first failed: %1. It was not upgraded "
               "and nothing was changed.").replace("%1", problem_words(error)))
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
        say(translated("the backup could not be made: %1. Nothing was changed.").replace("%1", problem_words(error)))
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
        say(translated("the notebook %1 is busy: another Relnote (perhaps the open window) kept it for more than "
               "%2 seconds. Nothing was changed; try again in a moment.")
            .replace("%1", str(paths.database)).replace("%2", str(BUSY_TIMEOUT_SECONDS)))
        return BUSY_EXIT
    where = getattr(error, "filename", None) or paths.database
    if problem == problems.IO_ERROR and disk_nearly_full(paths.database):
        problem = problems.DISK_FULL
    words = problem_text(problem) or str(error)
    say(translated("stopped: %1 (%2). Nothing was changed.").replace("%1", words).replace("%2", str(where)))
    return FAULT_EXIT

