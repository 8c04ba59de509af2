"""CSV exports: UTF-8 with a BOM by default (Excel then shows accents), ',' or ';', ISO dates,
formula-safe text, one row per person / moment / journal entry / follow-up."""

from __future__ import annotations

import csv
from dataclasses import dataclass
from datetime import datetime, tzinfo
from pathlib import Path
from typing import Callable, Iterator

from relnote.core.exporting.columns import (
    FOLLOW_UP_COLUMNS, ID_SEPARATOR, JOURNAL_COLUMNS, MOMENT_COLUMNS, PERSON_COLUMNS, VALUE_SEPARATOR,
    contact_headers, stage_change_line,
)
from relnote.core.exporting.files import ExportCancelled, iso_utc, replacing_file
from relnote.core.exporting.formula import neutralise
from relnote.core.local_days import to_local
from relnote.core.vocabulary import CONTACT_KINDS
from relnote.db import export_queries as q

TIME_COLUMNS = frozenset({"Added on", "Updated on", "Archived on", "Imported on", "Last moment", "When", "Due",
                          "Done on", "Reminded on"})
STAGE_HISTORY = "Stage history"
LISTS = frozenset({"Tags", "People"})


@dataclass(frozen=True)
class Wording:
    """A CSV for reading in a spreadsheet rather than for Relnote to import back: column names and coded
    values (stages, kinds…) in the reader's language, given by the window or the terminal (core has no
    translations), and times in local time ("2025-03-02 18:45")."""

    header: Callable[[str], str]
    value: Callable[[str, str], str]  # (column, value kept in the notebook) -> words shown
    tz: tzinfo | None = None

    def local(self, cell: str) -> str:
        if not cell:
            return ""
        return f"{to_local(datetime.fromisoformat(cell.removesuffix('Z')), self.tz):%Y-%m-%d %H:%M}"

    def cell(self, column: str, cell: str) -> str:
        if column in TIME_COLUMNS:
            return self.local(cell)
        if column in LISTS:  # one value per line in Relnote's own format
            return ", ".join(cell.splitlines())
        if column == STAGE_HISTORY:
            changes = (line.split() for line in cell.splitlines())
            return "\n".join(f"{self.local(at)} {self.value('Stage', old)} → {self.value('Stage', new)}"
                             for at, old, new in changes)
        return self.value(column, cell)


Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
CHECK_EVERY_ROWS = 500


def _text(value) -> str:
    return "" if value is None else neutralise(str(value))


def _people_rows() -> tuple[list[str], int, Iterator[list[str]]]:
    most = q.most_contact_points()
    headers = [name for name, _target in PERSON_COLUMNS]
    for kind in CONTACT_KINDS:
        for number in range(1, most.get(kind, 0) + 1):
            headers.extend(contact_headers(kind, number))

    def rows() -> Iterator[list[str]]:
        for person, points, tags, introducer in q.people_with_details():
            row = [
                str(person["id"]), person["display_name"], person["first_name"], person["last_name"],
                person["organisation"], person["role"], person["city"], person["stage"],
                VALUE_SEPARATOR.join(tags), person["how_we_met"], person["where_we_met"],
                person["met_on"] or "", introducer,
                "" if person["introduced_by_id"] is None else str(person["introduced_by_id"]),
                person["what_matters"], person["how_i_could_help"],
                "" if person["cadence_days"] is None else str(person["cadence_days"]), person["notes"],
                iso_utc(person["created_at"]), iso_utc(person["updated_at"]), iso_utc(person["archived_at"]),
                iso_utc(person["imported_at"]), iso_utc(person["last_moment_at"]),
                VALUE_SEPARATOR.join(stage_change_line(iso_utc(at), old, new)
                                     for at, old, new in person["stage_history"]),
            ]
            for kind in CONTACT_KINDS:
                entries = [(label, value) for point_kind, label, value in points if point_kind == kind]
                entries += [("", "")] * (most.get(kind, 0) - len(entries))
                for label, value in entries:
                    row.extend((value, label))
            yield row

    return headers, q.count("person"), rows()


def _people_cells(people: list[tuple[int, str]]) -> tuple[str, str]:
    return (VALUE_SEPARATOR.join(name for _id, name in people),
            ID_SEPARATOR.join(str(person_id) for person_id, _name in people))


def _moment_rows() -> tuple[list[str], int, Iterator[list[str]]]:
    def rows():
        for (moment_id, happened_at, kind, initiated_by, summary, notes, created_at), people in \
                q.moments_with_people():
            yield [str(moment_id), iso_utc(happened_at), kind, initiated_by, summary, notes,
                   *_people_cells(people), iso_utc(created_at)]
    return list(MOMENT_COLUMNS), q.count("moment"), rows()


def _journal_rows() -> tuple[list[str], int, Iterator[list[str]]]:
    def rows():
        for (entry_id, day, kind, position, text, created_at, updated_at), people in q.journal_with_people():
            yield [str(entry_id), str(day), kind, str(position), text, *_people_cells(people),
                   iso_utc(created_at), iso_utc(updated_at)]
    return list(JOURNAL_COLUMNS), q.count("journal_entry"), rows()


def _follow_up_rows() -> tuple[list[str], int, Iterator[list[str]]]:
    def rows():
        for (follow_up_id, person_id, name, reason, due_at, expecting, done_at, notified_at,
             created_at) in q.follow_ups():
            yield [str(follow_up_id), name, str(person_id), reason, iso_utc(due_at),
                   "yes" if expecting else "no", iso_utc(done_at), iso_utc(notified_at), iso_utc(created_at)]
    return list(FOLLOW_UP_COLUMNS), q.count("follow_up"), rows()


ROW_SOURCES = {"people": _people_rows, "moments": _moment_rows, "journal": _journal_rows,
               "follow-ups": _follow_up_rows}


def export_csv(what: str, path: Path, delimiter: str = ",", bom: bool = True,
               progress: Progress | None = None, cancelled: Cancelled | None = None,
               wording: Wording | None = None) -> int:
    """Write `what` (people, moments, journal, follow-ups) to `path`; returns the rows written. With
    `wording`, for reading in a spreadsheet; without, Relnote's own format, which it imports back."""
    headers, total, rows = ROW_SOURCES[what]()
    written = 0
    with replacing_file(path, "utf-8-sig" if bom else "utf-8") as stream:
        writer = csv.writer(stream, delimiter=delimiter, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
        writer.writerow([wording.header(name) for name in headers] if wording else headers)
        for row in rows:
            if wording is not None:
                row = [wording.cell(column, cell) for column, cell in zip(headers, row)]
            writer.writerow([_text(cell) for cell in row])
            written += 1
            if written % CHECK_EVERY_ROWS == 0:
                if cancelled is not None and cancelled():
                    raise ExportCancelled
                if progress is not None:
                    progress(written, total)
    if progress is not None:
        progress(total, total)
    return written
