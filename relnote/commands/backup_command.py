"""`relnote backup [-o PATH]`: a consistent copy of the notebook, made now."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from relnote.core.backups import MANUAL, make_backup
from relnote.core.clock import utc_now
from relnote.paths import NotebookPaths


def add_parser(commands) -> None:
    parser = commands.add_parser(
        "backup", help="back up the notebook now (into the backups folder, or to -o PATH)",
        description="Copy the notebook with SQLite's online backup: consistent even while the window is "
                    "open. Without -o the copy goes into the backups folder next to the notebook.")
    parser.add_argument("-o", "--output", metavar="PATH", help="write the copy to this file instead")


def run(args: argparse.Namespace, paths: NotebookPaths) -> int:
    destination = Path(args.output).expanduser().absolute() if args.output else None
    if destination is not None and destination.is_dir():
        print(f"relnote: {destination} is a folder; give a file name for the copy.", file=sys.stderr)
        return 2
    if destination is not None and destination.exists():
        print(f"relnote: {destination} already exists; choose another name (nothing was overwritten).",
              file=sys.stderr)
        return 2
    made = make_backup(paths, MANUAL, utc_now(), destination=destination)
    print(f"Backed up {made.people} people to {made.path} ({made.size / 1024:.0f} KiB).")
    return 0
