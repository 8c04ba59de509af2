"""`relnote check`: a full integrity and foreign-key check, reported in words.

The notebook is opened read-only, so checking never changes it, damaged or not."""

from __future__ import annotations

import argparse
import sys

from PySide6.QtCore import QCoreApplication

from relnote.commands.faults import damaged_advice
from relnote.commands.words import say, translated
from relnote.core.backup_files import EMPTIED
from relnote.db.database import NotebookDamagedError, NotebookError, close_database, open_database, sqlite_code
from relnote.paths import NotebookPaths
from relnote.ui.problem_words import problem_text, reason_words

OPENS_THE_NOTEBOOK_ITSELF = True
DAMAGE_EXIT = 1
OPEN_FAILED_EXIT = 2


def add_parser(commands) -> None:
    commands.add_parser("check", help=translated("check the notebook's integrity and report in words"))


def _report_damage(paths: NotebookPaths, problems: list[str]) -> int:
    print(translated("The notebook %1 is damaged:").replace("%1", str(paths.database)), file=sys.stderr)
    for problem in problems[:20]:
        print(f"  - {problem}", file=sys.stderr)
    if len(problems) > 20:
        print("  " + translated("… and %1 more").replace("%1", str(len(problems) - 20)), file=sys.stderr)
    print(damaged_advice(paths), file=sys.stderr)
    return DAMAGE_EXIT


def run(args: argparse.Namespace, paths: NotebookPaths) -> int:
    from relnote.core.health import check_notebook, is_new_notebook, was_emptied

    if was_emptied(paths):
        return _report_damage(paths, [problem_text(EMPTIED)])
    if is_new_notebook(paths.database):
        return _say_sound(paths, people=0, moments=0)  # nothing to check, and nothing is written
    try:
        open_database(paths.database, read_only=True)
    except NotebookError as error:
        say(translated("cannot open the notebook %1: %2.").replace("%1", str(error.path)).replace("%2", reason_words(error)))
        if isinstance(error, NotebookDamagedError):
            print(damaged_advice(paths), file=sys.stderr)
        return OPEN_FAILED_EXIT
    try:
        report = check_notebook()
    except Exception as error:
        if sqlite_code(error) is None:
            raise
        return _report_damage(paths, [str(error)])
    finally:
        close_database()
    if not report.sound:
        return _report_damage(paths, report.problems)
    return _say_sound(paths, report.people, report.moments)


def _say_sound(paths: NotebookPaths, people: int, moments: int) -> int:
    print(translated("The notebook %1 is sound: %2.").replace("%1", str(paths.database)).replace(
        "%2", QCoreApplication.translate("Terminal", "%Ln person(s)", "", people) + ", "
        + QCoreApplication.translate("Terminal", "%Ln moment(s)", "", moments)))
    return 0
