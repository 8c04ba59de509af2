"""`relnote import FILE`: bring people (or Relnote's own exports) in, all or nothing."""

from __future__ import annotations

import argparse
import sys

from relnote.commands.words import plural
from relnote.paths import NotebookPaths

FORMAT_CHOICES = ("auto", "google", "outlook", "linkedin", "spreadsheet", "vcard", "relnote")
DELIMITERS = {",": ",", ";": ";", "tab": "\t", "\\t": "\t", "\t": "\t"}

FILE_PROBLEMS = {
    "file_not_found": "there is no such file",
    "file_unreadable": "the file cannot be read",
    "file_empty": "the file is empty",
    "file_binary": "this is not a text file (CSV or vCard); it looks like a binary file",
    "file_encoding": "some characters cannot be read in the file's encoding",
    "file_no_header": "no header row was found",
    "file_no_people_columns": "no column holds names (First Name, Last Name, Name, Prénom, Nom…)",
    "file_wrong_kind": "this file is not in the chosen format",
}
ROW_PROBLEMS = {
    "unbalanced_quote": "a quote (\") opens a cell and is never closed",
    "field_too_large": "a cell is too large to import",
    "too_many_values": "the row has more cells than the header",
    "no_name": "the row has no name",
    "bad_date": "this is not a date",
    "bad_number": "this is not a whole number above zero",
    "unknown_value": "this value is not one Relnote knows",
    "unknown_person": "this person is not in the notebook (import the people file first)",
    "missing_value": "a value is required",
    "unfinished_card": "the card has no END:VCARD",
}


def describe_row_problem(problem) -> str:
    text = ROW_PROBLEMS.get(problem.problem, problem.problem)
    if problem.column:
        text += f" (column “{problem.column}”" + (f": “{problem.value}”)" if problem.value else ")")
    elif problem.value:
        text += f" (“{problem.value}”)"
    return f"line {problem.line}: {text}"


def add_parser(commands) -> None:
    parser = commands.add_parser(
        "import", help="import people from Google, Outlook, LinkedIn, a spreadsheet, vCards or a Relnote export",
        description="Import a file into the notebook, all or nothing: if any row is invalid, nothing is "
                    "imported and every problem is listed with its line number. People already in the "
                    "notebook (same e-mail, or same name and organisation) are merged by default.")
    parser.add_argument("file", metavar="FILE", help="a CSV file, a vCard (.vcf) file or a Relnote export")
    parser.add_argument("--format", choices=FORMAT_CHOICES, default="auto",
                        help="the kind of file (default: recognised from its headers)")
    parser.add_argument("--delimiter", choices=sorted(DELIMITERS), default=None, metavar="SEP",
                        help="the CSV separator: ',' ';' or 'tab' (default: found by reading the file)")
    parser.add_argument("--duplicates", choices=("merge", "skip", "add"), default="merge",
                        help="what to do with people already in the notebook (default: merge: fill "
                             "empty fields, add e-mails and tags)")
    parser.add_argument("--dry-run", action="store_true", help="show what would happen and change nothing")
    parser.add_argument("--skip-invalid", action="store_true",
                        help="import the valid rows and skip the invalid ones (they are listed)")


def run(args: argparse.Namespace, paths: NotebookPaths) -> int:
    from relnote.core.backups import BEFORE_IMPORT, backup_for_write
    from relnote.core.clock import utc_now
    from relnote.core.importing import ImportFileError, InvalidRowsError, import_file

    delimiter = DELIMITERS[args.delimiter] if args.delimiter else None
    try:
        summary = import_file(args.file, utc_now(), fmt=args.format, delimiter=delimiter,
                              duplicates=args.duplicates, skip_invalid=args.skip_invalid, dry_run=args.dry_run,
                              before_writing=lambda: backup_for_write(paths, BEFORE_IMPORT, utc_now()))
    except ImportFileError as error:
        where = f", line {error.line}" if error.line else ""
        detail = f" ({error.detail})" if error.detail else ""
        print(f"relnote: cannot import {args.file}{where}: {FILE_PROBLEMS.get(error.problem, error.problem)}"
              f"{detail}. Nothing was changed.", file=sys.stderr)
        return 1
    except InvalidRowsError as error:
        print(f"relnote: {args.file} has {plural(error.total, 'problem', 'problems')}; nothing was imported:",
              file=sys.stderr)
        for problem in error.problems:
            print(f"  {describe_row_problem(problem)}", file=sys.stderr)
        if error.total > len(error.problems):
            print(f"  … and {error.total - len(error.problems)} more.", file=sys.stderr)
        print("Fix the file, or run again with --skip-invalid to import the other rows.", file=sys.stderr)
        return 1
    _print_summary(summary)
    return 0


def _print_summary(summary) -> None:
    prefix = "Dry run, nothing changed — would have " if summary.dry_run else ""
    if summary.kind == "people":
        text = f"{summary.added} added, {summary.merged} merged, {summary.skipped_duplicates} duplicates skipped"
    else:
        text = f"{summary.added} {summary.kind} added, {summary.already_present} already in the notebook"
    print(f"{prefix}{text}" + (f", {plural(summary.skipped_invalid, 'invalid row', 'invalid rows')} skipped"
                               if summary.skipped_invalid else "")
          + (f", {plural(summary.not_people, 'group', 'groups')} ignored" if summary.not_people else "") + ".")
    for problem in summary.problems:
        print(f"  skipped {describe_row_problem(problem)}")
