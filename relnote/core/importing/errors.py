"""What can go wrong while importing, as data: a stable `problem` key plus where it happened.

Terminal commands and dialogs turn these keys into words; nothing here is shown as is.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

# Problems with the file as a whole (ImportFileError.problem)
FILE_NOT_FOUND = "file_not_found"
FILE_UNREADABLE = "file_unreadable"
FILE_EMPTY = "file_empty"
FILE_BINARY = "file_binary"
FILE_ENCODING = "file_encoding"
FILE_NO_HEADER = "file_no_header"
FILE_NO_PEOPLE_COLUMNS = "file_no_people_columns"
FILE_WRONG_KIND = "file_wrong_kind"
FILE_NO_ROWS = "file_no_rows"

# Problems with one row (RowProblem.problem)
ROW_UNBALANCED_QUOTE = "unbalanced_quote"
ROW_FIELD_TOO_LARGE = "field_too_large"
ROW_TOO_MANY_VALUES = "too_many_values"
ROW_NO_NAME = "no_name"
ROW_BAD_DATE = "bad_date"
ROW_DATE_NOT_DAY_FIRST = "date_not_day_first"  # a date only when read month first, in a day-first file
ROW_DATE_NOT_MONTH_FIRST = "date_not_month_first"
DATE_ORDER_PROBLEMS = frozenset({ROW_DATE_NOT_DAY_FIRST, ROW_DATE_NOT_MONTH_FIRST})
ROW_DATE_OUT_OF_RANGE = "date_out_of_range"  # year 0001 or 9999: no day Relnote keeps
ROW_BAD_NUMBER = "bad_number"
ROW_UNKNOWN_VALUE = "unknown_value"
ROW_UNKNOWN_PERSON = "unknown_person"
ROW_MISSING_VALUE = "missing_value"
ROW_UNFINISHED_CARD = "unfinished_card"

MAX_KEPT_PROBLEMS = 1000


class ImportFileError(Exception):
    """The file cannot be imported at all. `line` is 1-based when the problem has a place."""

    def __init__(self, problem: str, path: Path | None = None, line: int | None = None, detail: str = ""):
        where = f"{path}" + (f", line {line}" if line else "")
        super().__init__(f"{where}: {problem}" + (f" ({detail})" if detail else ""))
        self.problem = problem
        self.path = path
        self.line = line
        self.detail = detail


@dataclass(frozen=True)
class RowProblem:
    """One row that cannot be imported. `column` is the file's own header, when one is at fault."""

    line: int
    problem: str
    column: str = ""
    value: str = ""


class InvalidRowsError(Exception):
    """Some rows cannot be imported; nothing was changed. Holds the first problems and the count."""

    def __init__(self, problems: list[RowProblem], total: int):
        super().__init__(f"{total} rows cannot be imported")
        self.problems = problems
        self.total = total


class ImportCancelled(Exception):
    """The user stopped the import; nothing was changed."""


class ProblemList:
    """Collects row problems, keeping the first MAX_KEPT_PROBLEMS and counting the rest."""

    def __init__(self) -> None:
        self.kept: list[RowProblem] = []
        self.total = 0
        self.rows = 0
        self._last_line = 0

    def add(self, problem: RowProblem) -> None:
        self.total += 1
        if problem.line != self._last_line:
            self.rows += 1
            self._last_line = problem.line
        if len(self.kept) < MAX_KEPT_PROBLEMS:
            self.kept.append(problem)

    def __bool__(self) -> bool:
        return self.total > 0

    def error(self) -> InvalidRowsError:
        return InvalidRowsError(list(self.kept), self.total)
