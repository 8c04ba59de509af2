"""Rows of Relnote's own moments, journal and follow-ups exports, read back exactly."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from relnote.core.exporting.columns import (
    FOLLOW_UP_COLUMNS, ID_SEPARATOR, JOURNAL_COLUMNS, MOMENT_COLUMNS, VALUE_SEPARATOR,
)
from relnote.core.exporting.formula import restore as restore_formula_text
from relnote.core.importing import targets as t
from relnote.core.importing.dates import DateNotUnderstood, parse_date, parse_utc
from relnote.core.importing.errors import (
    FILE_WRONG_KIND, ROW_BAD_DATE, ROW_BAD_NUMBER, ROW_DATE_OUT_OF_RANGE, ROW_MISSING_VALUE, ROW_UNKNOWN_VALUE,
    ImportFileError, RowProblem,
)
from relnote.core.local_days import plausible_day
from relnote.core.vocabulary import INITIATORS, MOMENT_KINDS

JOURNAL_KINDS = ("gratitude", "reflection")
COLUMNS = {t.MOMENTS: MOMENT_COLUMNS, t.JOURNAL: JOURNAL_COLUMNS, t.FOLLOW_UPS: FOLLOW_UP_COLUMNS}
TRUE_WORDS = {"yes", "true", "1"}
FALSE_WORDS = {"no", "false", "0", ""}


@dataclass(frozen=True)
class PersonRef:
    source_id: int | None
    name: str


@dataclass
class MomentDraft:
    line: int
    happened_at: datetime
    kind: str
    initiated_by: str
    summary: str
    notes: str
    created_at: datetime | None
    people: list[PersonRef] = field(default_factory=list)


@dataclass
class JournalDraft:
    line: int
    day: date
    kind: str
    position: int
    text: str
    created_at: datetime | None
    updated_at: datetime | None
    people: list[PersonRef] = field(default_factory=list)


@dataclass
class FollowUpDraft:
    line: int
    person: PersonRef
    reason: str
    due_at: datetime
    expecting: bool
    done_at: datetime | None
    notified_at: datetime | None
    created_at: datetime | None


class _Row:
    """Reads typed values from one row, noting each problem with its line and column."""

    def __init__(self, line: int, cells: list[str], index: dict[str, int]):
        self.line, self.cells, self.index = line, cells, index
        self.problems: list[RowProblem] = []

    def text(self, header: str) -> str:
        position = self.index[header]
        return restore_formula_text(self.cells[position]) if position < len(self.cells) else ""

    def required(self, header: str, allowed: tuple[str, ...] | None = None) -> str:
        value = self.text(header)
        if not value:
            self.problems.append(RowProblem(self.line, ROW_MISSING_VALUE, header))
        elif allowed is not None and value not in allowed:
            self.problems.append(RowProblem(self.line, ROW_UNKNOWN_VALUE, header, value))
        return value

    def utc(self, header: str, required: bool = False) -> datetime | None:
        value = self.text(header)
        try:
            moment = parse_utc(value)
        except DateNotUnderstood:
            self.problems.append(RowProblem(self.line, ROW_BAD_DATE, header, value))
            return None
        if moment is not None and not plausible_day(moment.date()):
            self.problems.append(RowProblem(self.line, ROW_DATE_OUT_OF_RANGE, header, value))
            return None
        if moment is None and required:
            self.problems.append(RowProblem(self.line, ROW_MISSING_VALUE, header))
        return moment

    def day(self, header: str) -> date | None:
        value = self.text(header)
        try:
            parsed = parse_date(value)
        except DateNotUnderstood:
            parsed = None
        if parsed is None:
            self.problems.append(RowProblem(self.line, ROW_BAD_DATE, header, value))
        elif not plausible_day(parsed):
            self.problems.append(RowProblem(self.line, ROW_DATE_OUT_OF_RANGE, header, value))
            return None
        return parsed

    def number(self, header: str) -> int:
        value = self.text(header)
        try:
            return int(value)
        except ValueError:
            self.problems.append(RowProblem(self.line, ROW_BAD_NUMBER, header, value))
            return 0

    def flag(self, header: str) -> bool:
        value = self.text(header).strip().casefold()
        if value not in TRUE_WORDS | FALSE_WORDS:
            self.problems.append(RowProblem(self.line, ROW_UNKNOWN_VALUE, header, value))
        return value in TRUE_WORDS

    def people(self, names_header: str, ids_header: str, required: bool = True) -> list[PersonRef]:
        ids_text = self.text(ids_header)
        names = self.text(names_header).split(VALUE_SEPARATOR) if self.text(names_header) else []
        try:
            ids = [int(part) for part in ids_text.split(ID_SEPARATOR.strip()) if part.strip()]
        except ValueError:
            self.problems.append(RowProblem(self.line, ROW_BAD_NUMBER, ids_header, ids_text))
            ids = []
        if ids and len(names) != len(ids):
            names = [""] * len(ids)
        refs = [PersonRef(source_id, name) for source_id, name in zip(ids, names)] if ids \
            else [PersonRef(None, name) for name in names if name]
        if required and not refs:
            self.problems.append(RowProblem(self.line, ROW_MISSING_VALUE, names_header))
        return refs


class RelnoteRowMapper:
    def __init__(self, kind: str, headers: list[str], path: Path | None = None):
        missing = [header for header in COLUMNS[kind] if header not in headers]
        if missing:
            raise ImportFileError(FILE_WRONG_KIND, path, detail=", ".join(missing))
        self.kind = kind
        self.index = {header: headers.index(header) for header in COLUMNS[kind]}

    def build(self, line: int, cells: list[str]):
        row = _Row(line, cells, self.index)
        draft = {t.MOMENTS: self._moment, t.JOURNAL: self._journal, t.FOLLOW_UPS: self._follow_up}[self.kind](row)
        return row.problems or draft

    @staticmethod
    def _moment(row: _Row) -> MomentDraft:
        return MomentDraft(row.line, row.utc("When", required=True), row.required("Kind", MOMENT_KINDS),
                           row.required("Initiated by", INITIATORS), row.text("Summary"), row.text("Notes"),
                           row.utc("Added on"), row.people("People", "People IDs"))

    @staticmethod
    def _journal(row: _Row) -> JournalDraft:
        return JournalDraft(row.line, row.day("Day"), row.required("Kind", JOURNAL_KINDS),
                            row.number("Position"), row.text("Text"), row.utc("Added on"),
                            row.utc("Updated on"), row.people("People", "People IDs", required=False))

    @staticmethod
    def _follow_up(row: _Row) -> FollowUpDraft:
        people = row.people("Person", "Person ID")
        return FollowUpDraft(row.line, people[0] if people else PersonRef(None, ""), row.required("Reason"),
                             row.utc("Due", required=True), row.flag("They expect to hear from me"),
                             row.utc("Done on"), row.utc("Reminded on"), row.utc("Added on"))
