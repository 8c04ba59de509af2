"""Streams the rows of an inspected file as drafts, problems, or None for a card that is no person."""

from __future__ import annotations

from typing import Iterator

from relnote.core.importing import targets as t
from relnote.core.importing.columns import has_a_name_column
from relnote.core.importing.decoding import open_text
from relnote.core.importing.drafts import PersonRowMapper, is_blank
from relnote.core.importing.errors import FILE_NO_PEOPLE_COLUMNS, FILE_UNREADABLE, ImportFileError, RowProblem
from relnote.core.importing.records import csv_records
from relnote.core.importing.relnote_rows import RelnoteRowMapper
from relnote.core.importing.source import ImportSource
from relnote.core.importing.vcard import vcard_records


class SourceReader:
    """`with SourceReader(source) as rows: for row in rows: …`; `position()` is the bytes read so far."""

    def __init__(self, source: ImportSource):
        self.source = source
        if source.format != t.VCARD:
            if source.kind == t.PEOPLE:
                if not has_a_name_column(source.mapping):
                    raise ImportFileError(FILE_NO_PEOPLE_COLUMNS, source.path, source.header_line)
                self.mapper = PersonRowMapper(source.headers, source.mapping, source.format, source.day_first)
            else:
                self.mapper = RelnoteRowMapper(source.kind, source.headers, source.path)
        self._opened = None
        self._stream = None
        self._text = None

    def __enter__(self) -> "SourceReader":
        self._opened = open_text(self.source.path, self.source.encoding)
        self._stream, self._text = self._opened.__enter__()
        return self

    def __exit__(self, *exc_info) -> None:
        self._opened.__exit__(*exc_info)

    def position(self) -> int:
        try:
            return self._stream.tell()
        except (OSError, ValueError):
            return 0

    def __iter__(self) -> Iterator:
        try:
            if self.source.format == t.VCARD:
                yield from vcard_records(self._text, self.source.path)
            else:
                yield from self._csv_rows()
        except OSError as error:
            raise ImportFileError(FILE_UNREADABLE, self.source.path, detail=error.strerror or str(error)) from None

    def _csv_rows(self) -> Iterator:
        header_line = self.source.header_line
        build = self.mapper.build
        for record in csv_records(self._text, self.source.delimiter, len(self.source.headers), self.source.path):
            if isinstance(record, RowProblem):
                if record.line > header_line:
                    yield [record]
                continue
            line, cells = record
            if line <= header_line or is_blank(cells):
                continue
            yield build(line, cells)
