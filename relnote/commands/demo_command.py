"""`relnote demo`: fill an empty notebook with years of sample relationships, to try Relnote."""

from __future__ import annotations

import argparse
import sys
import time

from relnote.paths import NotebookPaths

# Enough to see what Relnote does with a few years of history; the benchmarks ask for 50,000/1,000,000.
DEFAULT_PEOPLE = 300
DEFAULT_MOMENTS = 4000


def _count(text: str) -> int:
    try:
        value = int(text.replace("_", "").replace(",", ""))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"{text} is below zero")
    return value


def add_parser(commands) -> None:
    parser = commands.add_parser(
        "demo", help="fill an empty notebook with sample people, moments and journal entries",
        description="Fill an empty notebook with realistic sample data (French and English names, "
                    "years of moments, gratitude, follow-ups). It refuses a notebook that already holds "
                    "anything: choose a new folder with --data-dir.")
    parser.add_argument("--people", type=_count, default=DEFAULT_PEOPLE, metavar="N",
                        help=f"how many people (default {DEFAULT_PEOPLE})")
    parser.add_argument("--moments", type=_count, default=DEFAULT_MOMENTS, metavar="M",
                        help=f"how many moments (default {DEFAULT_MOMENTS})")
    parser.add_argument("--seed", type=int, default=1, metavar="S",
                        help="the same seed gives the same people and moments (default 1)")


def run(args: argparse.Namespace, paths: NotebookPaths) -> int:
    if args.people < 1:
        print("relnote: the demo needs at least one person (--people 1 or more).", file=sys.stderr)
        return 2
    from relnote.core.clock import utc_now
    from relnote.core.demo import NotebookNotEmptyError, fill_demo_notebook  # not on every start-up

    print(f"Writing {args.people:,} people and {args.moments:,} moments into {paths.database}…", flush=True)
    started = time.perf_counter()
    try:
        summary = fill_demo_notebook(args.people, args.moments, args.seed, utc_now())
    except NotebookNotEmptyError as error:
        print(f"relnote: the notebook {paths.database} already holds {error.people:,} people, "
              f"{error.moments:,} moments and {error.journal_entries:,} journal entries. The demo only "
              "fills an empty notebook, so that sample data never mixes with yours: give it a new "
              "folder, e.g. relnote --data-dir ~/relnote-demo demo", file=sys.stderr)
        return 1
    seconds = time.perf_counter() - started
    print(f"Done in {seconds:.1f} s: {summary.people:,} people, {summary.moments:,} moments, "
          f"{summary.journal_entries:,} journal entries, {summary.follow_ups:,} follow-ups and "
          f"{summary.tags} tags (seed {args.seed}).")
    print(f"Open it with: relnote --data-dir {paths.data_dir}")
    return 0
