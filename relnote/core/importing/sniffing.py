"""The separator and the header row, found by parsing whole lines of a sample.

`csv.Sniffer` guesses from character frequencies and is fooled by a `;` file whose notes hold
commas; here each candidate separator parses the sample, and the one whose rows agree on a
column count (with recognised headers as the strongest hint) wins.
"""

from __future__ import annotations

import io
from collections import Counter
from typing import TextIO

from relnote.core.importing.columns import recognised_count
from relnote.core.importing.errors import RowProblem
from relnote.core.importing.records import csv_records

DELIMITERS = (",", ";", "\t")
SAMPLE_LINES = 200
SAMPLE_CHARS = 512 * 1024
HEADER_SEARCH_ROWS = 30


def read_sample(text: TextIO) -> tuple[str, bool]:
    """The first lines of the file, and whether the file goes on after them."""
    lines: list[str] = []
    size = 0
    while len(lines) < SAMPLE_LINES and size < SAMPLE_CHARS:
        line = text.readline(SAMPLE_CHARS - size)
        if not line:
            return "".join(lines), False
        lines.append(line)
        size += len(line)
    return "".join(lines), True


def sample_rows(sample: str, delimiter: str, truncated: bool) -> list[tuple[int, list[str]]]:
    rows = [record for record in csv_records(io.StringIO(sample), delimiter)
            if not isinstance(record, RowProblem) and any(cell.strip() for cell in record[1])]
    return rows[:-1] if truncated and len(rows) > 1 else rows


def _score(rows: list[tuple[int, list[str]]]) -> tuple:
    if not rows:
        return (False, 0, 0.0, 0)
    counts = Counter(len(cells) for _, cells in rows)
    columns, frequency = max(counts.items(), key=lambda item: (item[1], item[0]))
    headers = max(recognised_count([cell.strip() for cell in cells]) for _, cells in rows[:HEADER_SEARCH_ROWS])
    return (columns > 1, min(headers, 3), round(frequency / len(rows), 1), columns)


def choose_delimiter(sample: str, truncated: bool) -> str:
    scores = {delimiter: _score(sample_rows(sample, delimiter, truncated)) for delimiter in DELIMITERS}
    return max(DELIMITERS, key=lambda delimiter: scores[delimiter])


def find_header(rows: list[tuple[int, list[str]]]) -> tuple[int, list[str]] | None:
    """The first row that reads like headers; else the first row as wide as most rows."""
    if not rows:
        return None
    candidates = rows[:HEADER_SEARCH_ROWS]
    for line, cells in candidates:
        if recognised_count([cell.strip() for cell in cells]) >= 2:
            return line, [cell.strip() for cell in cells]
    widest = Counter(len(cells) for _, cells in rows).most_common(1)[0][0]
    for line, cells in candidates:
        if len(cells) == widest:
            return line, [cell.strip() for cell in cells]
    return rows[0][0], [cell.strip() for cell in rows[0][1]]
