"""`relnote import FILE`: bring people (or Relnote's own exports) in, all or nothing."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from relnote.commands.words import say, translated
from relnote.core.importing.decoding import ENCODINGS
from relnote.paths import NotebookPaths
from relnote.ui.dialogs.import_words import error_text, kind_label, row_problem_text

FORMAT_CHOICES = ("auto", "google", "outlook", "linkedin", "spreadsheet", "vcard", "relnote")
PROBLEMS_SHOWN = 20
DATE_ORDERS = {"day-first": True, "month-first": False}
DELIMITERS = {",": ",", ";": ";", "tab": "\t", "\\t": "\t", "\t": "\t"}


def add_parser(commands) -> None:
    parser = commands.add_parser(
        "import",
        help=translated("import people from Google, Outlook, LinkedIn, a spreadsheet, vCards or a Relnote export"),
        description=translated("Import a file into the notebook, all or nothing: if any row is invalid, nothing is "
                       "imported and every problem is listed with its line number. People already in the "
                       "notebook (same e-mail, or same name and organisation) are merged by default; someone "
                       "with only the same name is added as a new person."))
    parser.add_argument("file", metavar=translated("FILE"),
                        help=translated("a CSV file, a vCard (.vcf) file or a Relnote export"))
    parser.add_argument("--format", choices=FORMAT_CHOICES, default="auto",
                        help=translated("the kind of file (default: recognised from its headers)"))
    parser.add_argument("--encoding", choices=ENCODINGS, default=None,
                        help=translated("how the file's characters are written (default: found by reading the "
                                        "file); mac_roman for an old Mac file"))
    parser.add_argument("--delimiter", choices=sorted(DELIMITERS), default=None, metavar=translated("SEP"),
                        help=translated("the CSV separator: ',' ';' or 'tab' (default: found by reading the file)"))
    parser.add_argument("--duplicates", choices=("merge", "skip", "add"), default="merge",
                        help=translated("what to do with people already in the notebook (default: merge: fill "
                                "empty fields, add e-mails, phones, tags and notes)"))
    parser.add_argument("--dates", choices=tuple(DATE_ORDERS), default=None,
                        help=translated("how the file writes 03/04/2024: day-first (3 April) or month-first "
                                "(4 March) (default: found from the file's dates, else day first, and "
                                "month first for English Outlook)"))
    parser.add_argument("--dry-run", action="store_true", help=translated("show what would happen and change nothing"))
    parser.add_argument("--skip-invalid", action="store_true",
                        help=translated("import the valid rows and skip the invalid ones (they are listed)"))


def run(args: argparse.Namespace, paths: NotebookPaths) -> int:
    from relnote.core.backups import BEFORE_IMPORT, backup_for_write
    from relnote.core.clock import utc_now
    from relnote.core.importing import ImportFileError, InvalidRowsError, import_file
    from relnote.core.importing.errors import DATE_ORDER_PROBLEMS, FILE_ENCODING

    delimiter = DELIMITERS[args.delimiter] if args.delimiter else None
    try:
        summary = import_file(args.file, utc_now(), fmt=args.format, encoding=args.encoding, delimiter=delimiter,
                              duplicates=args.duplicates, skip_invalid=args.skip_invalid, dry_run=args.dry_run,
                              day_first=DATE_ORDERS.get(args.dates),
                              before_writing=lambda: backup_for_write(paths, BEFORE_IMPORT, utc_now(),
                                                                      Path(args.file).name))
    except ImportFileError as error:
        detail = f" ({error.detail})" if error.detail else ""
        say(translated("cannot import %1: %2%3 Nothing was changed.").replace("%1", args.file)
            .replace("%2", error_text(error)).replace("%3", detail))
        if error.problem == FILE_ENCODING:
            print(translated("Run again with --encoding to say how the file is written: %1.")
                  .replace("%1", ", ".join(ENCODINGS)), file=sys.stderr)
        return 1
    except InvalidRowsError as error:
        say(QCoreApplication.translate("Terminal", "%1 has %Ln problem(s); nothing was imported:", "", error.total)
            .replace("%1", args.file))
        shown = error.problems[:PROBLEMS_SHOWN]  # enough to see what is wrong; a terminal is no report
        for problem in shown:
            print(f"  {row_problem_text(problem)}", file=sys.stderr)
        if error.total > len(shown):
            more = error.total - len(shown)
            print("  " + translated("… and %1 more.").replace("%1", str(more)), file=sys.stderr)
        if any(problem.problem in DATE_ORDER_PROBLEMS for problem in error.problems):
            print(translated("Run again with --dates day-first or --dates month-first to say how the file "
                             "writes its dates."), file=sys.stderr)
        print(translated("Fix the file, or run again with --skip-invalid to import the other rows."), file=sys.stderr)
        return 1
    _print_summary(summary)
    return 0


def _print_summary(summary) -> None:
    if summary.kind == "people":
        parts = [translated("%1 added, %2 merged, %3 duplicates skipped").replace("%1", str(summary.added))
                 .replace("%2", str(summary.merged)).replace("%3", str(summary.skipped_duplicates))]
    else:
        parts = [translated("%1 %2 added, %3 already in the notebook").replace("%1", str(summary.added))
                 .replace("%2", kind_label(summary.kind)).replace("%3", str(summary.already_present))]
    if summary.differing_kept_in_notes:
        parts.append(QCoreApplication.translate("Terminal", "%Ln merged with other values kept in their notes", "",
                                                summary.differing_kept_in_notes))
    if summary.skipped_invalid:
        parts.append(QCoreApplication.translate("Terminal", "%Ln invalid row(s) skipped", "", summary.skipped_invalid))
    if summary.not_people:
        parts.append(QCoreApplication.translate("Terminal", "%Ln group(s) ignored", "", summary.not_people))
    text = ", ".join(parts)
    if summary.dry_run:
        text = translated("Dry run, nothing changed. It would have given: %1").replace("%1", text)
    print(text + (":" if summary.problems else "."))
    for problem in summary.problems:
        print(f"  {row_problem_text(problem)}")
