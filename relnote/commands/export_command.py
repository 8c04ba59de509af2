"""`relnote export people|moments|journal|follow-ups -o PATH`: everything can come out again."""

from __future__ import annotations

import argparse
import sys

from relnote.paths import NotebookPaths

WHAT = ("people", "moments", "journal", "follow-ups")
FORMATS_FOR = {"people": ("csv", "vcard"), "moments": ("csv",), "journal": ("csv",), "follow-ups": ("csv", "ics")}


def add_parser(commands) -> None:
    parser = commands.add_parser(
        "export", help="export people, moments, the journal or follow-ups (CSV, vCard, iCalendar)",
        description="Write a CSV file (UTF-8 with a BOM so Excel shows accents; dates in ISO 8601; text "
                    "that a spreadsheet could run as a formula is prefixed with a ' and Relnote's import "
                    "removes it again), people as vCard 3.0, or follow-ups as iCalendar events.")
    parser.add_argument("what", choices=WHAT, help="what to export")
    parser.add_argument("-o", "--output", required=True, metavar="PATH", help="the file to write")
    parser.add_argument("--format", choices=("csv", "vcard", "ics"), default="csv",
                        help="csv (default), vcard (people) or ics (follow-ups)")
    parser.add_argument("--delimiter", choices=(",", ";"), default=",", metavar="SEP",
                        help="the CSV separator; ';' suits Excel in French (default ',')")
    parser.add_argument("--no-bom", action="store_true", help="write UTF-8 without the byte order mark")
    parser.add_argument("--todo", action="store_true",
                        help="with --format ics: write to-dos (VTODO) instead of events with a reminder")


def run(args: argparse.Namespace, paths: NotebookPaths) -> int:
    from relnote.core.clock import utc_now
    from relnote.core.exporting.export import export
    from relnote.core.exporting.files import ExportError

    if args.format not in FORMATS_FOR[args.what]:
        print(f"relnote: {args.what} cannot be exported as {args.format}; choose "
              f"{' or '.join(FORMATS_FOR[args.what])}. Nothing was written.", file=sys.stderr)
        return 2
    try:
        count = export(args.what, args.output, utc_now(), fmt=args.format, delimiter=args.delimiter,
                       bom=not args.no_bom, as_todo=args.todo)
    except ExportError as error:
        print(f"relnote: cannot write {error.path}: {error.reason}.", file=sys.stderr)
        return 1
    one, many = {"people": ("person", "people"), "moments": ("moment", "moments"),
                 "journal": ("journal entry", "journal entries"),
                 "follow-ups": ("follow-up", "follow-ups")}[args.what]
    noun = ("open " if args.format == "ics" else "") + (one if count == 1 else many)
    print(f"Exported {count} {noun} to {args.output}.")
    return 0
