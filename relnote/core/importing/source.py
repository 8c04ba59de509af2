"""Looking at a file before importing it: encoding, separator, format, header row and mapping."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from pathlib import Path

from relnote.core.exporting.columns import relnote_kind
from relnote.core.importing import targets as t
from relnote.core.importing.columns import detect_format, map_columns, normalise_header
from relnote.core.importing.dates import day_first_in
from relnote.core.importing.decoding import ENCODINGS, detect_encoding, file_size, open_text
from relnote.core.importing.errors import (
    FILE_ENCODING, FILE_NO_HEADER, FILE_UNREADABLE, FILE_WRONG_KIND, ImportFileError,
)
from relnote.core.importing.sniffing import DELIMITERS, choose_delimiter, find_header, read_sample, sample_rows
from relnote.core.importing.targets import ColumnTarget

PREVIEW_ROWS = 20
ENGLISH_OUTLOOK_HEADERS = {"firstname", "lastname", "emailaddress"}


@dataclass
class ImportSource:
    """What the importer found out about a file; the dialog lets the user change any of it."""

    path: Path
    encoding: str
    format: str
    kind: str = t.PEOPLE
    delimiter: str | None = None
    headers: list[str] = field(default_factory=list)
    header_line: int = 0
    mapping: list[ColumnTarget] = field(default_factory=list)
    day_first: bool = True
    first_rows: list[tuple[int, list[str]]] = field(default_factory=list)
    size: int = 0
    sample: list[tuple[int, list[str]]] = field(default_factory=list, repr=False)  # the rows read to look
    dates_chosen: bool = False  # the user said how the file writes dates: keep it

    def with_format(self, fmt: str) -> "ImportSource":
        return replace(self, format=fmt, mapping=map_columns(self.headers, fmt))._read_dates()

    def with_mapping(self, mapping: list[ColumnTarget]) -> "ImportSource":
        return replace(self, mapping=list(mapping))._read_dates()

    def with_day_first(self, day_first: bool) -> "ImportSource":
        return replace(self, day_first=day_first, dates_chosen=True)

    def date_columns(self) -> list[int]:
        return [index for index, column in enumerate(self.mapping[:len(self.headers)])
                if column.target in DATE_TARGETS]

    def _read_dates(self) -> "ImportSource":
        """One reading of 03/04/2024 for the whole file, from the dates in the rows looked at."""
        if self.dates_chosen:
            return self
        columns = self.date_columns()
        values = (cells[index] for _line, cells in self.sample for index in columns if index < len(cells))
        self.day_first = day_first_in(values, _usually_day_first(self.headers, self.format))
        return self


DATE_TARGETS = {t.MET_ON, t.BIRTHDAY}


def _usually_day_first(headers: list[str], fmt: str) -> bool:
    """Outlook in English writes month/day/year; everyone else here writes day/month/year."""
    keys = {normalise_header(header) for header in headers}
    return not (fmt == t.OUTLOOK and keys & ENGLISH_OUTLOOK_HEADERS)


def inspect_file(path: Path | str, encoding: str | None = None, delimiter: str | None = None,
                 fmt: str | None = None) -> ImportSource:
    """Read only the beginning of `path` (its encoding may need a pass over pure-ASCII bytes)."""
    path = Path(path)
    if encoding is not None and encoding not in ENCODINGS:
        raise ValueError(encoding)
    if delimiter is not None and delimiter not in DELIMITERS:
        raise ValueError(delimiter)
    chosen_encoding = encoding or detect_encoding(path)
    try:
        with open_text(path, chosen_encoding) as (_stream, text):
            sample, truncated = read_sample(text)
    except UnicodeDecodeError as error:
        raise ImportFileError(FILE_ENCODING, path, detail=error.reason) from None
    except OSError as error:
        raise ImportFileError(FILE_UNREADABLE, path, detail=error.strerror or str(error)) from None
    size = file_size(path)
    if sample.lstrip("\ufeff \t\r\n")[:11].upper() == "BEGIN:VCARD" and fmt in (None, t.AUTO, t.VCARD):
        return ImportSource(path, chosen_encoding, t.VCARD, size=size)
    if fmt == t.VCARD:
        raise ImportFileError(FILE_WRONG_KIND, path, detail=t.VCARD)
    chosen_delimiter = delimiter or choose_delimiter(sample, truncated)
    rows = sample_rows(sample, chosen_delimiter, truncated)
    header = find_header(rows)
    if header is None:
        raise ImportFileError(FILE_NO_HEADER, path)
    header_line, headers = header
    detected = fmt if fmt not in (None, t.AUTO) else detect_format(headers)
    kind = (relnote_kind(headers) or t.PEOPLE) if detected == t.RELNOTE else t.PEOPLE
    below_header = [(line, cells) for line, cells in rows if line > header_line]
    return ImportSource(
        path, chosen_encoding, detected, kind, chosen_delimiter, headers, header_line,
        map_columns(headers, detected), first_rows=below_header[:PREVIEW_ROWS], size=size, sample=below_header,
    )._read_dates()
