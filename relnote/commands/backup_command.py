"""`relnote backup [-o PATH]`: a consistent copy of the notebook, made now."""

from __future__ import annotations

import argparse
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from relnote.commands.words import say, translated
from relnote.core.backups import MANUAL, make_backup
from relnote.core.clock import utc_now
from relnote.paths import NotebookPaths


def add_parser(commands) -> None:
    parser = commands.add_parser(
        "backup", help=translated("back up the notebook now (into the backups folder, or to -o PATH)"),
        description=translated("Copy the notebook with SQLite's online backup: consistent even while the window is "
                       "open. Without -o the copy goes into the backups folder next to the notebook."))
    parser.add_argument("-o", "--output", metavar=translated("PATH"),
                        help=translated("write the copy to this file instead"))


def run(args: argparse.Namespace, paths: NotebookPaths) -> int:
    destination = Path(args.output).expanduser().absolute() if args.output else None
    if destination is not None and destination.is_dir():
        say(translated("%1 is a folder; give a file name for the copy.").replace("%1", str(destination)))
        return 2
    if destination is not None and destination.exists():
        say(translated("%1 already exists; choose another name (nothing was overwritten).")
            .replace("%1", str(destination)))
        return 2
    made = make_backup(paths, MANUAL, utc_now(), destination=destination)
    print(QCoreApplication.translate("Terminal", "Backed up %Ln person(s) to %1 (%2 KiB).", "", made.people or 0)
          .replace("%1", str(made.path)).replace("%2", f"{made.size / 1024:.0f}"))
    return 0
