"""One row of a people file turned into a person to add (a draft), or into the problems it has."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, datetime

from relnote.core.exporting.formula import restore as restore_formula_text
from relnote.core.exporting.formula import unguarded
from relnote.core.importing import targets as t
from relnote.core.importing.dates import DateNotUnderstood, DateOrderMismatch, parse_birthday, parse_date, parse_utc
from relnote.core.importing.errors import (
    ROW_BAD_DATE, ROW_BAD_NUMBER, ROW_DATE_NOT_DAY_FIRST, ROW_DATE_NOT_MONTH_FIRST, ROW_DATE_OUT_OF_RANGE,
    ROW_NO_NAME, ROW_TOO_MANY_VALUES, ROW_UNKNOWN_VALUE, RowProblem,
)
from relnote.core.importing.targets import ColumnTarget
from relnote.core.local_days import plausible_day
from relnote.core.vocabulary import STAGES

TEXT_TARGETS = (t.FIRST_NAME, t.LAST_NAME, t.ORGANISATION, t.ROLE, t.CITY, t.HOW_WE_MET,
                t.WHERE_WE_MET, t.WHAT_MATTERS, t.HOW_I_COULD_HELP)
GOOGLE_SEPARATOR = " ::: "


@dataclass
class PersonDraft:
    line: int
    display_name: str = ""
    first_name: str = ""
    last_name: str = ""
    organisation: str = ""
    role: str = ""
    city: str = ""
    how_we_met: str = ""
    where_we_met: str = ""
    what_matters: str = ""
    how_i_could_help: str = ""
    notes: str = ""
    met_on: date | None = None
    stage: str = "new"
    cadence_days: int | None = None
    emails: list[tuple[str, str]] = field(default_factory=list)
    phones: list[tuple[str, str]] = field(default_factory=list)
    links: list[tuple[str, str]] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    source_id: int | None = None
    introduced_by_source_id: int | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None
    archived_at: datetime | None = None
    imported_at: datetime | None = None  # from Relnote's own export
    stage_history: list[tuple[datetime, str, str]] = field(default_factory=list)  # from Relnote's own export
    headers: dict[str, str] = field(default_factory=dict)  # field → the file's own column heading for it

    def contacts(self, kind: str) -> list[tuple[str, str]]:
        return {"email": self.emails, "phone": self.phones, "link": self.links}[kind]


def _split_google(value: str) -> list[str]:
    if GOOGLE_SEPARATOR not in value and not value.startswith("*"):
        return [value]
    return [part.strip().removeprefix("* ").strip() for part in value.split(GOOGLE_SEPARATOR)]


def _splitter(fmt: str, target: str):
    if fmt == t.RELNOTE:
        return (lambda value: value.split("\n")) if target == t.TAGS else (lambda value: [value])
    if target == t.TAGS and fmt == t.GOOGLE:
        return lambda value: [part.strip() for part in value.split(GOOGLE_SEPARATOR)
                              if not part.strip().startswith("*")]
    if target == t.TAGS:
        return lambda value: [part.strip() for part in re.split(r"[;,]| ::: ", value)]
    if target == t.EMAIL and fmt in (t.SPREADSHEET, t.LINKEDIN):
        return lambda value: [part for chunk in _split_google(value) for part in re.split(r"[;,\s]+", chunk)]
    if target in (t.PHONE, t.EMAIL) and fmt != t.GOOGLE:
        return lambda value: [part for chunk in _split_google(value) for part in chunk.split(";")]
    return _split_google


# What the row loop does with a column, decided once per file rather than once per cell.
TEXT, NAME, CONTACT_VALUE, CONTACT_LABEL, TAG_LIST, NOTE_TEXT, KEEP_IN_NOTES, BIRTHDAY_DATE, TYPED = range(9)


def _category(target: str) -> int:
    if target in TEXT_TARGETS:
        return TEXT
    if target in (t.DISPLAY_NAME, t.MIDDLE_NAME, t.NICKNAME):
        return NAME
    if target in t.VALUE_KINDS:
        return CONTACT_VALUE
    if target in t.LABEL_KINDS:
        return CONTACT_LABEL
    return {t.TAGS: TAG_LIST, t.NOTES: NOTE_TEXT, t.EXTRA: KEEP_IN_NOTES, t.ADDRESS: KEEP_IN_NOTES,
            t.BIRTHDAY: BIRTHDAY_DATE}.get(target, TYPED)


class PersonRowMapper:
    """Builds drafts from the cells of one file, given what each column becomes."""

    def __init__(self, headers: list[str], mapping: list[ColumnTarget], fmt: str, day_first: bool = True):
        self.fmt = fmt
        self.exact = fmt == t.RELNOTE
        self.day_first = day_first
        self.width = len(headers)
        self.columns = []
        for index, column in enumerate(mapping[:len(headers)]):
            if column.target == t.IGNORE:
                continue
            kind = t.VALUE_KINDS.get(column.target) or t.LABEL_KINDS.get(column.target, "")
            self.columns.append((index, headers[index], column, _splitter(fmt, column.target),
                                 _category(column.target), (kind, column.group)))
        self.where_we_met = "LinkedIn" if fmt == t.LINKEDIN else ""

    def build(self, line: int, cells: list[str]) -> PersonDraft | list[RowProblem]:
        problems: list[RowProblem] = []
        if len(cells) < self.width:
            cells = cells + [""] * (self.width - len(cells))
        elif len(cells) > self.width and any(cell.strip() for cell in cells[self.width:]):
            problems.append(RowProblem(line, ROW_TOO_MANY_VALUES, value=str(len(cells))))
        draft = PersonDraft(line)
        names: dict[str, str] = {}
        contacts: dict[tuple[str, int], list] = {}
        extras: list[str] = []
        notes = ""
        exact = self.exact
        for index, header, column, split, category, slot_key in self.columns:
            raw = cells[index]
            if not raw:
                continue
            value = restore_formula_text(raw) if exact else unguarded(raw.strip())
            if not value:
                continue
            if category == CONTACT_VALUE:
                slot = contacts.get(slot_key)
                if slot is None:
                    slot = contacts[slot_key] = [column.label, []]
                parts = split(value)
                if len(parts) == 1:
                    slot[1].append(parts[0])
                else:
                    slot[1].extend(part for part in parts if part)
            elif category == TEXT:
                draft.headers.setdefault(column.target, header)
                current = getattr(draft, column.target)
                setattr(draft, column.target, f"{current} {value}" if current and not exact else value)
            elif category == NAME:
                names[column.target] = value
            elif category == CONTACT_LABEL:
                slot = contacts.setdefault(slot_key, [column.label, []])
                slot[0] = value if exact else value.removeprefix("* ").strip()
            elif category == TAG_LIST:
                draft.tags.extend(part for part in split(value) if part)
            elif category == NOTE_TEXT:
                notes = value
            elif category == KEEP_IN_NOTES:
                extras.append(f"{_label(header)}: {value}")
            elif category == BIRTHDAY_DATE:
                birthday = self._birthday(value)
                if birthday:
                    extras.append(f"{_label(header)}: {birthday}")
            else:
                self._special(draft, line, header, column.target, value, problems)
        draft.display_name = self._display_name(draft, names)
        if not draft.display_name.strip():
            problems.append(RowProblem(line, ROW_NO_NAME))
        draft.notes = "\n\n".join(part for part in (notes, "\n".join(extras)) if part) if extras else notes
        if self.where_we_met and not draft.where_we_met:
            draft.where_we_met = self.where_we_met
        for (kind, _group), (label, values) in contacts.items():
            if values:
                draft.contacts(kind).extend((label, value) for value in values)
        return problems or draft

    def _birthday(self, value: str) -> str:
        """ISO (or '--MM-DD'); the text as written when it is no date; '' for Outlook's '0/0/00'."""
        try:
            return parse_birthday(value, self.day_first) or ""
        except DateNotUnderstood:
            return value

    def _display_name(self, draft: PersonDraft, names: dict[str, str]) -> str:
        if names.get(t.DISPLAY_NAME):
            return names[t.DISPLAY_NAME]
        parts = (draft.first_name, names.get(t.MIDDLE_NAME, ""), draft.last_name)
        # A shop or a supplier is kept under its organisation's name, as Google and Outlook allow.
        return " ".join(part for part in parts if part) or names.get(t.NICKNAME, "") or draft.organisation

    def _special(self, draft: PersonDraft, line: int, header: str, target: str, value: str,
                 problems: list[RowProblem]) -> None:
        try:
            if target == t.MET_ON:
                draft.headers[t.MET_ON] = header
                draft.met_on = parse_date(value, self.day_first)
                if draft.met_on is not None and not plausible_day(draft.met_on):
                    problems.append(RowProblem(line, ROW_DATE_OUT_OF_RANGE, header, value))
            elif target == t.STAGE:
                if value not in STAGES:
                    problems.append(RowProblem(line, ROW_UNKNOWN_VALUE, header, value))
                draft.stage = value
            elif target in (t.CADENCE_DAYS, t.PERSON_ID, t.INTRODUCED_BY_ID):
                number = int(value)
                if number < 1:
                    raise ValueError(value)
                attribute = {t.CADENCE_DAYS: "cadence_days", t.PERSON_ID: "source_id",
                             t.INTRODUCED_BY_ID: "introduced_by_source_id"}[target]
                setattr(draft, attribute, number)
            elif target == t.STAGE_HISTORY:
                draft.stage_history = self._stage_history(line, header, value, problems)
            elif target in (t.ADDED_ON, t.UPDATED_ON, t.ARCHIVED_ON, t.IMPORTED_ON):
                attribute = {t.ADDED_ON: "created_at", t.UPDATED_ON: "updated_at",
                             t.ARCHIVED_ON: "archived_at", t.IMPORTED_ON: "imported_at"}[target]
                setattr(draft, attribute, parse_utc(value))
        except DateOrderMismatch:
            problems.append(RowProblem(line, ROW_DATE_NOT_DAY_FIRST if self.day_first else ROW_DATE_NOT_MONTH_FIRST,
                                       header, value))
        except DateNotUnderstood:
            problems.append(RowProblem(line, ROW_BAD_DATE, header, value))
        except ValueError:
            problems.append(RowProblem(line, ROW_BAD_NUMBER, header, value))

    @staticmethod
    def _stage_history(line: int, header: str, value: str,
                       problems: list[RowProblem]) -> list[tuple[datetime, str, str]]:
        """Lines of "when from to" (see `columns.stage_change_line`)."""
        changes = []
        for text in value.splitlines():
            parts = text.split()
            if not parts:
                continue
            if len(parts) != 3 or parts[1] not in STAGES or parts[2] not in STAGES:
                problems.append(RowProblem(line, ROW_UNKNOWN_VALUE, header, text))
                continue
            changes.append((parse_utc(parts[0]), parts[1], parts[2]))
        return changes


def _label(header: str) -> str:
    label = re.sub(r"\s+-\s+(Value|Formatted)$", "", header.strip())
    return label or header


def is_blank(cells: list[str]) -> bool:
    return not any(cell.strip() for cell in cells)
