"""The windowless commands. Words for the terminal live here; no Qt."""

from __future__ import annotations

import argparse
import sys

from relnote.core.health import check_notebook
from relnote.db.database import NotebookError, open_database
from relnote.paths import NotebookPaths


def run(command: str, args: argparse.Namespace, paths: NotebookPaths) -> int:
    try:
        open_database(paths.database)
    except NotebookError as error:
        print(f"relnote: cannot open the notebook {error.path}: {error.reason}.", file=sys.stderr)
        return 2
    return COMMANDS[command](args, paths)


def check(args: argparse.Namespace, paths: NotebookPaths) -> int:
    report = check_notebook()
    if report.sound:
        print(f"The notebook {paths.database} is sound: {report.people} people, "
              f"{report.moments} moments.")
        return 0
    print(f"The notebook {paths.database} has problems:", file=sys.stderr)
    for problem in report.problems:
        print(f"  - {problem}", file=sys.stderr)
    return 1


COMMANDS = {"check": check}
