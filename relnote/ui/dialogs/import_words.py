"""Translated words for the importer's stable keys: formats, encodings, column roles, problems."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from relnote.core.importing import targets as t
from relnote.ui.problem_words import problem_text, reason_words


def _t(text: str) -> str:
    return QCoreApplication.translate("ImportWords", text)


def format_label(key: str) -> str:
    return {
        t.GOOGLE: _t("Google Contacts"), t.OUTLOOK: _t("Outlook"), t.LINKEDIN: _t("LinkedIn connections"),
        t.SPREADSHEET: _t("Spreadsheet"), t.VCARD: _t("vCard"), t.RELNOTE: _t("Relnote export"),
    }.get(key, key)


def encoding_label(key: str) -> str:
    return {
        "utf-8": _t("UTF-8"), "utf-8-sig": _t("UTF-8 with BOM"), "cp1252": _t("Windows-1252"),
        "utf-16": _t("UTF-16"), "utf-16-le": _t("UTF-16 LE"), "utf-16-be": _t("UTF-16 BE"),
        "mac_roman": _t("Mac OS Roman"),
    }.get(key, key)


def delimiter_label(delimiter: str) -> str:
    return {",": _t("Comma ( , )"), ";": _t("Semicolon ( ; )"), "\t": _t("Tab")}.get(delimiter, delimiter)


def kind_label(kind: str) -> str:
    return {t.PEOPLE: _t("people"), t.MOMENTS: _t("moments"), t.JOURNAL: _t("journal entries"),
            t.FOLLOW_UPS: _t("follow-ups")}.get(kind, kind)


def target_label(key: str) -> str:
    return {
        t.IGNORE: _t("(not imported)"), t.DISPLAY_NAME: _t("Full name"), t.FIRST_NAME: _t("First name"),
        t.MIDDLE_NAME: _t("Middle name"), t.LAST_NAME: _t("Last name"), t.NICKNAME: _t("Nickname"),
        t.ORGANISATION: _t("Organisation"), t.ROLE: _t("Role"), t.CITY: _t("City"), t.EMAIL: _t("E-mail"),
        t.EMAIL_LABEL: _t("E-mail label"), t.PHONE: _t("Phone"), t.PHONE_LABEL: _t("Phone label"),
        t.LINK: _t("Link"), t.LINK_LABEL: _t("Link label"), t.TAGS: _t("Tags"), t.NOTES: _t("Notes"),
        t.MET_ON: _t("When we met"), t.WHERE_WE_MET: _t("Where we met"), t.HOW_WE_MET: _t("How we met"),
        t.WHAT_MATTERS: _t("What matters to them"), t.HOW_I_COULD_HELP: _t("How I could help"),
        t.BIRTHDAY: _t("Birthday (kept in the notes)"), t.ADDRESS: _t("Address (kept in the notes)"),
        t.EXTRA: _t("Kept in the notes"), t.STAGE: _t("Stage"), t.CADENCE_DAYS: _t("Keep in touch (days)"),
        t.PERSON_ID: _t("Relnote ID"), t.INTRODUCED_BY_ID: _t("Introduced by (ID)"),
        t.INTRODUCED_BY: _t("Introduced by"), t.ADDED_ON: _t("Added on"), t.UPDATED_ON: _t("Updated on"),
        t.ARCHIVED_ON: _t("Archived on"), t.IMPORTED_ON: _t("Imported on"), t.LAST_MOMENT: _t("Last moment"),
        t.STAGE_HISTORY: _t("Stage history"),
    }.get(key, key)


def file_problem_text(problem: str) -> str:
    return {
        "file_not_found": _t("There is no such file."),
        "file_unreadable": _t("The file cannot be read."),
        "file_empty": _t("The file is empty."),
        "file_binary": _t("This is not a text file (CSV or vCard); it looks like a picture, a document or "
                          "another binary file."),
        "file_encoding": _t("Some characters cannot be read with this encoding. Try another encoding."),
        "file_no_header": _t("No header row was found."),
        "file_no_people_columns": _t("No column holds names. Choose which column holds the name."),
        "file_wrong_kind": _t("This file is not in the chosen format."),
        "file_no_rows": _t("The file has nothing under its header row: no one to import."),
    }.get(problem, problem)


def row_problem_text(problem) -> str:
    text = {
        "unbalanced_quote": _t("a quote (\") opens a cell and is never closed"),
        "field_too_large": _t("a cell is too large to import"),
        "too_many_values": _t("the row has more cells than the header"),
        "no_name": _t("the row has no name"),
        "bad_date": _t("this is not a date"),
        "date_out_of_range": _t("Relnote keeps dates from 1900 to 2100, and this one is outside them"),
        "date_not_day_first": _t("the file's dates are read day/month/year, and this one is a date only as "
                                 "month/day/year: say how the file writes its dates"),
        "date_not_month_first": _t("the file's dates are read month/day/year, and this one is a date only as "
                                   "day/month/year: say how the file writes its dates"),
        "bad_number": _t("this is not a whole number above zero"),
        "unknown_value": _t("this value is not one Relnote knows"),
        "unknown_person": _t("this person is not in the notebook; import the people first"),
        "missing_value": _t("a value is required"),
        "unfinished_card": _t("the card has no END:VCARD"),
    }.get(problem.problem, problem.problem)
    if problem.column:
        text += " " + _t("(column “%1”)").replace("%1", problem.column)
    if problem.value:
        text += " " + _t("(“%1”)").replace("%1", problem.value[:60])
    return _t("Line %1: %2").replace("%1", str(problem.line)).replace("%2", text)


def error_text(error: BaseException) -> str:
    """Words for whatever stopped a background import or export."""
    from relnote.core.backup_files import BackupError, problem_of
    from relnote.core.exporting.files import ExportCancelled, ExportError
    from relnote.core.importing import ImportFileError

    if isinstance(error, ImportFileError):
        text = file_problem_text(error.problem)
        if error.line:
            text = _t("Line %1: %2").replace("%1", str(error.line)).replace("%2", text)
        return text
    if isinstance(error, ExportCancelled):
        return _t("Export cancelled; no file was written.")
    if isinstance(error, ExportError):
        return (_t("The file %1 cannot be written: %2").replace("%1", str(error.path))
                .replace("%2", reason_words(error)))
    if isinstance(error, BackupError):
        return _t("Relnote backs up your notebook before every import, and this backup failed (%1): %2") \
            .replace("%1", str(error.path)).replace("%2", reason_words(error))
    if isinstance(error, OSError):
        return problem_text(problem_of(error)) or error.strerror or str(error)
    return str(error) or type(error).__name__
