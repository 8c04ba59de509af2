"""CSV records with the line each starts on, read in bounded memory.

The csv module is fed one physical line at a time, so a record that never closes its quote, a
gigantic line or a field past the size limit becomes a problem on one line, and reading resumes
on the next line instead of swallowing the rest of the file.
"""

from __future__ import annotations

import csv
from collections import deque
from pathlib import Path
from typing import Iterator, TextIO

from relnote.core.importing.decoding import has_undecodable_bytes
from relnote.core.importing.errors import (
    FILE_ENCODING, ROW_FIELD_TOO_LARGE, ROW_UNBALANCED_QUOTE, ImportFileError, RowProblem,
)

FIELD_SIZE_LIMIT = 8 * 1024 * 1024
MAX_LINE_CHARS = FIELD_SIZE_LIMIT + 4096
MAX_RECORD_CHARS = 2 * MAX_LINE_CHARS
MAX_RECORD_LINES = 5000

if csv.field_size_limit() < FIELD_SIZE_LIMIT:
    csv.field_size_limit(FIELD_SIZE_LIMIT)


class _OversizedLine(Exception):
    pass


class _RecordTooLong(Exception):
    pass


class _LineSource:
    """Physical lines for csv.reader, numbered, with room to re-read the lines of a bad record."""

    def __init__(self, text: TextIO, path: Path | None):
        self.text = text
        self.path = path
        self.pushed_back: deque[tuple[int, str]] = deque()
        self.next_number = 1
        self.record: list[tuple[int, str]] = []
        self.record_chars = 0
        self.ended_inside_record = False

    def start_record(self) -> None:
        self.record = []
        self.record_chars = 0
        self.ended_inside_record = False

    def push_back_after_first(self) -> None:
        self.pushed_back.extendleft(reversed(self.record[1:]))

    def __iter__(self):
        return self

    def __next__(self) -> str:
        if self.pushed_back:
            number, line = self.pushed_back.popleft()
        else:
            number, line = self.next_number, self._read_line()
            if not line:
                self.ended_inside_record = bool(self.record)
                raise StopIteration
            self.next_number += 1
        self.record.append((number, line))
        self.record_chars += len(line)
        if len(self.record) > MAX_RECORD_LINES or self.record_chars > MAX_RECORD_CHARS:
            raise _RecordTooLong
        return line

    def _read_line(self) -> str:
        try:
            line = self.text.readline(MAX_LINE_CHARS)
            if has_undecodable_bytes(line):
                raise ImportFileError(FILE_ENCODING, self.path, self.next_number)
            if len(line) < MAX_LINE_CHARS or line.endswith(("\n", "\r")):
                return line
            self.record.append((self.next_number, ""))
            self.next_number += 1
            while True:
                rest = self.text.readline(MAX_LINE_CHARS)
                if not rest or rest.endswith(("\n", "\r")):
                    raise _OversizedLine
        except UnicodeDecodeError as error:
            raise ImportFileError(FILE_ENCODING, self.path, self.next_number, error.reason) from None


def _reader(source: _LineSource, delimiter: str):
    return csv.reader(source, delimiter=delimiter, strict=True)


def csv_records(text: TextIO, delimiter: str, expected_columns: int | None = None,
                path: Path | None = None) -> Iterator[tuple[int, list[str]] | RowProblem]:
    """(line, cells) for each record, or a RowProblem for a record that cannot be read.

    A record spanning several lines whose cell count differs from `expected_columns` is taken
    for an unclosed quote: it is reported, and its later lines are read again as records.
    """
    source = _LineSource(text, path)
    reader = _reader(source, delimiter)
    while True:
        source.start_record()
        try:
            cells = next(reader)
        except StopIteration:
            return
        except _OversizedLine:
            yield RowProblem(source.record[0][0], ROW_FIELD_TOO_LARGE)
            reader = _reader(source, delimiter)
            continue
        except (_RecordTooLong, csv.Error) as error:
            too_large = isinstance(error, csv.Error) and "field limit" in str(error)
            start = source.record[0][0] if source.record else source.next_number
            yield RowProblem(start, ROW_FIELD_TOO_LARGE if too_large else ROW_UNBALANCED_QUOTE)
            if not too_large:
                source.push_back_after_first()
            reader = _reader(source, delimiter)
            continue
        spans_lines = len(source.record) > 1
        if source.ended_inside_record or (spans_lines and expected_columns is not None
                                          and len(cells) != expected_columns):
            yield RowProblem(source.record[0][0], ROW_UNBALANCED_QUOTE)
            source.push_back_after_first()
            reader = _reader(source, delimiter)
            continue
        yield source.record[0][0], cells
