"""`relnote export people|moments|journal|follow-ups -o PATH`: everything can come out again."""

from __future__ import annotations

import argparse

from relnote.commands.words import say, translated
from relnote.paths import NotebookPaths
from relnote.ui.export_words import exported_text, spreadsheet_wording
from relnote.ui.problem_words import reason_words

WHAT = ("people", "moments", "journal", "follow-ups")
FORMATS_FOR = {"people": ("csv", "vcard"), "moments": ("csv",), "journal": ("csv",), "follow-ups": ("csv", "ics")}


def add_parser(commands) -> None:
    parser = commands.add_parser(
        "export", help=translated("export people, moments, the journal or follow-ups (CSV, vCard, iCalendar)"),
        description=translated("Write a CSV file (UTF-8 with a BOM so Excel shows accents; dates in ISO 8601; text "
                       "that a spreadsheet could run as a formula is prefixed with a ' and Relnote's import "
                       "removes it again), people as vCard 3.0, or follow-ups as iCalendar events."))
    parser.add_argument("what", choices=WHAT, help=translated("what to export"))
    parser.add_argument("-o", "--output", required=True, metavar=translated("PATH"), help=translated("the file to write"))
    parser.add_argument("--format", choices=("csv", "vcard", "ics"), default="csv",
                        help=translated("csv (default), vcard (people) or ics (follow-ups)"))
    parser.add_argument("--delimiter", choices=(",", ";"), default=",", metavar=translated("SEP"),
                        help=translated("the CSV separator; ';' suits Excel in French (default ',')"))
    parser.add_argument("--no-bom", action="store_true", help=translated("write UTF-8 without the byte order mark"))
    parser.add_argument("--for-spreadsheet", action="store_true",
                        help=translated("with CSV: columns and values in your language and local times, for reading "
                                        "in a spreadsheet (Relnote does not import it back exactly)"))
    parser.add_argument("--todo", action="store_true",
                        help=translated("with --format ics: write to-dos (VTODO) instead of events with a reminder"))


def run(args: argparse.Namespace, paths: NotebookPaths) -> int:
    from relnote.core.clock import utc_now
    from relnote.core.exporting.export import export
    from relnote.core.exporting.files import ExportError

    if args.format not in FORMATS_FOR[args.what]:
        say(translated("%1 cannot be exported as %2; choose %3. Nothing was written.").replace("%1", args.what)
            .replace("%2", args.format).replace("%3", translated(" or ").join(FORMATS_FOR[args.what])))
        return 2
    try:
        count = export(args.what, args.output, utc_now(), fmt=args.format, delimiter=args.delimiter,
                       bom=not args.no_bom, as_todo=args.todo,
                       wording=spreadsheet_wording() if args.for_spreadsheet else None)
    except ExportError as error:
        say(translated("cannot write %1: %2.").replace("%1", str(error.path)).replace("%2", reason_words(error)))
        return 1
    print(exported_text(args.what, args.format, count).replace("%1", args.output))
    return 0
