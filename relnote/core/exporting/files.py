"""Writing an export all at once or not at all: a private temporary file, renamed into place."""

from __future__ import annotations

import os
import tempfile
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Iterator, TextIO

from relnote.core.backup_files import problem_of
from relnote.core.importing.dates import format_utc


class ExportError(Exception):
    """The export file cannot be written; carries the path, a problem key and the system's words."""

    def __init__(self, path: Path, error: OSError):
        self.path = path
        self.problem = problem_of(error)
        self.detail = error.strerror or str(error)
        super().__init__(f"{path}: {self.detail}")


class ExportCancelled(Exception):
    pass


@contextmanager
def replacing_file(path: Path, encoding: str, newline: str | None = "") -> Iterator[TextIO]:
    """A text file that appears at `path` only when the block ends without an error (mode 0600)."""
    path = Path(path)
    try:
        handle, temporary = tempfile.mkstemp(prefix=".relnote-export-", dir=path.parent or ".")
    except OSError as error:
        raise ExportError(path, error) from None
    try:
        with os.fdopen(handle, "w", encoding=encoding, newline=newline) as stream:
            yield stream
        os.replace(temporary, path)
    except OSError as error:
        _remove(temporary)
        raise ExportError(path, error) from None
    except BaseException:
        _remove(temporary)
        raise


def _remove(temporary: str) -> None:
    try:
        os.unlink(temporary)
    except FileNotFoundError:
        pass


def iso_utc(stored: str | datetime | None) -> str:
    """A stored naive-UTC time as ISO 8601 with 'Z'."""
    if stored is None or stored == "":
        return ""
    moment = stored if isinstance(stored, datetime) else datetime.fromisoformat(str(stored))
    return format_utc(moment)
