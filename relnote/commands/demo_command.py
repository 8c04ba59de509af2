"""`relnote demo`: fill an empty notebook with years of sample relationships, to try Relnote."""

from __future__ import annotations

import argparse
import time

from PySide6.QtCore import QCoreApplication, QLocale

from relnote.commands.words import say, translated
from relnote.paths import NotebookPaths
from relnote.ui.translations import language_in_use

# Enough to see what Relnote does with a few years of history; the benchmarks ask for 50,000/1,000,000.
DEFAULT_PEOPLE = 300
DEFAULT_MOMENTS = 4000


def _count(text: str) -> int:
    try:
        value = int(text.replace("_", "").replace(",", ""))
    except ValueError:
        raise argparse.ArgumentTypeError(translated("“%1” is not a whole number").replace("%1", text)) from None
    if value < 0:
        raise argparse.ArgumentTypeError(translated("%1 is below zero").replace("%1", text))
    return value


def add_parser(commands) -> None:
    parser = commands.add_parser(
        "demo", help=translated("fill an empty notebook with sample people, moments and journal entries"),
        description=translated("Fill an empty notebook with realistic sample data, written in the language "
                               "Relnote speaks to you (people with French and English names, years of moments, "
                               "gratitude, follow-ups). It refuses a notebook that already holds anything: "
                               "choose a new folder with --data-dir."))
    parser.add_argument("--people", type=_count, default=DEFAULT_PEOPLE, metavar="N",
                        help=translated("how many people (default %1)").replace("%1", str(DEFAULT_PEOPLE)))
    parser.add_argument("--moments", type=_count, default=DEFAULT_MOMENTS, metavar="M",
                        help=translated("how many moments (default %1)").replace("%1", str(DEFAULT_MOMENTS)))
    parser.add_argument("--seed", type=int, default=1, metavar="S",
                        help=translated("the same seed gives the same people and moments (default 1)"))


def run(args: argparse.Namespace, paths: NotebookPaths) -> int:
    if args.people < 1:
        say(translated("the demo needs at least one person (--people 1 or more)."))
        return 2
    from relnote.core.clock import utc_now
    from relnote.core.demo import (  # not on every start-up
        NotebookNotEmptyError, fill_demo_notebook, refuse_unless_empty,
    )

    number = QLocale().toString
    try:
        refuse_unless_empty()
        print(translated("Writing %1 people and %2 moments into %3…").replace("%1", number(args.people))
              .replace("%2", number(args.moments)).replace("%3", str(paths.database)), flush=True)
        started = time.perf_counter()
        summary = fill_demo_notebook(args.people, args.moments, args.seed, utc_now(), language_in_use())
    except NotebookNotEmptyError as error:
        return _refuse(paths, error)
    seconds = time.perf_counter() - started
    print(translated("Done in %1 s: %2 people, %3 moments, %4 journal entries, %5 follow-ups and %6 tags (seed %7).")
          .replace("%1", QLocale().toString(seconds, "f", 1)).replace("%2", number(summary.people))
          .replace("%3", number(summary.moments)).replace("%4", number(summary.journal_entries))
          .replace("%5", number(summary.follow_ups)).replace("%6", number(summary.tags))
          .replace("%7", str(args.seed)))
    print(translated("Open it with: %1").replace("%1", f"relnote --data-dir {paths.data_dir}"))
    return 0


def _refuse(paths: NotebookPaths, held) -> int:
    """Sample data never mixes with the user's own: a notebook holding anything is left as it is."""
    counts = (QCoreApplication.translate("Terminal", "%Ln person(s)", "", held.people),
              QCoreApplication.translate("Terminal", "%Ln moment(s)", "", held.moments),
              QCoreApplication.translate("Terminal", "%Ln journal entry(s)", "", held.journal_entries))
    say(translated("the notebook %1 already holds %2. The demo only fills an empty notebook, so that sample "
                   "data never mixes with yours; nothing was written. Give it a new folder, e.g. "
                   "relnote --data-dir ~/relnote-demo demo").replace("%1", str(paths.database))
        .replace("%2", QLocale().createSeparatedList(list(counts))))
    return 1
