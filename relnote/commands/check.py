"""`relnote check`: a full integrity and foreign-key check, reported in words."""

from __future__ import annotations

import argparse
import sys

from relnote.core.health import check_notebook
from relnote.paths import NotebookPaths


def add_parser(commands) -> None:
    commands.add_parser("check", help="check the notebook's integrity and report in words")


def run(args: argparse.Namespace, paths: NotebookPaths) -> int:
    report = check_notebook()
    if report.sound:
        print(f"The notebook {paths.database} is sound: {report.people} people, "
              f"{report.moments} moments.")
        return 0
    print(f"The notebook {paths.database} has problems:", file=sys.stderr)
    for problem in report.problems:
        print(f"  - {problem}", file=sys.stderr)
    return 1
