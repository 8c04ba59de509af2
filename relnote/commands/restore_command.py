"""`relnote restore PATH`: put a backup back; the current notebook is kept as a backup first."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from relnote.commands.faults import backup_error_words
from relnote.core.backup_files import BackupError
from relnote.core.backups import restore_backup
from relnote.core.clock import utc_now
from relnote.paths import NotebookPaths

OPENS_THE_NOTEBOOK_ITSELF = True  # a damaged notebook must be restorable
LOCK_FILE = "relnote.lock"


def add_parser(commands) -> None:
    parser = commands.add_parser(
        "restore", help="replace the notebook with a backup (the current one is kept as a backup first)",
        description="Check the backup, keep the current notebook as a 'before-restore' backup, then put "
                    "the backup in its place. Quit Relnote's window first.")
    parser.add_argument("backup", metavar="PATH", help="the backup file to restore")


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
        print(f"relnote: Relnote's window is open on this notebook (process {holder}). Quit it first, or "
              "restore from Settings → Backups. Nothing was changed.", file=sys.stderr)
        return 2
    backup = Path(args.backup).expanduser().absolute()
    try:
        kept = restore_backup(paths, backup, utc_now())
    except BackupError as error:
        print(f"relnote: cannot restore: {backup_error_words(error)}. The notebook was not replaced.",
              file=sys.stderr)
        return 1
    print(f"Restored {backup} into {paths.database}.")
    if kept is not None:
        print(f"The notebook as it was is kept in {kept.path}.")
    return 0
