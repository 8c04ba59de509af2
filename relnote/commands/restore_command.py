"""`relnote restore PATH`: put a backup back; the current notebook is kept as a backup first."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from relnote.commands.words import say, translated
from relnote.core.backup_files import BackupError
from relnote.core.backups import restore_backup
from relnote.core.clock import utc_now
from relnote.paths import NotebookPaths
from relnote.ui.problem_words import problem_words

OPENS_THE_NOTEBOOK_ITSELF = True  # a damaged notebook must be restorable
LOCK_FILE = "relnote.lock"


def add_parser(commands) -> None:
    parser = commands.add_parser(
        "restore", help=translated("replace the notebook with a backup (the current one is kept as a backup first)"),
        description=translated("Check the backup, keep the current notebook as a 'before-restore' backup, then put "
                       "the backup in its place. Quit Relnote's window first."))
    parser.add_argument("backup", metavar=translated("PATH"), help=translated("the backup file to restore"))


def window_holding(paths: NotebookPaths) -> int | None:
    """The process id of a running Relnote window on this notebook (its lock file names it)."""
    try:
        pid = int((paths.data_dir / LOCK_FILE).read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return None
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return None
    except PermissionError:
        pass
    return pid


def run(args: argparse.Namespace, paths: NotebookPaths) -> int:
    holder = window_holding(paths)
    if holder is not None:
        say(translated("Relnote's window is open on this notebook (process %1). Quit it first, or restore from "
               "Settings → Backups. Nothing was changed.").replace("%1", str(holder)))
        return 2
    backup = Path(args.backup).expanduser().absolute()
    try:
        kept = restore_backup(paths, backup, utc_now())
    except BackupError as error:
        say(translated("cannot restore: %1. The notebook was not replaced.").replace("%1", problem_words(error)))
        return 1
    print(translated("Restored %1 into %2.").replace("%1", str(backup)).replace("%2", str(paths.database)))
    if kept is not None:
        print(translated("The notebook as it was is kept in %1.").replace("%1", str(kept.path)))
    return 0
