"""Writing an export all at once or not at all: a private temporary file, renamed into place."""

from __future__ import annotations

import os
import tempfile
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Iterator, TextIO

from relnote.core.importing.dates import format_utc


class ExportError(Exception):
    """The export file cannot be written; carries the path and the system's reason."""

    def __init__(self, path: Path, reason: str):
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


class ExportCancelled(Exception):
    pass


@contextmanager
def replacing_file(path: Path, encoding: str, newline: str | None = "") -> Iterator[TextIO]:
    """A text file that appears at `path` only when the block ends without an error (mode 0600)."""
    path = Path(path)
    try:
        handle, temporary = tempfile.mkstemp(prefix=".relnote-export-", dir=path.parent or ".")
    except OSError as error:
        raise ExportError(path, error.strerror or str(error)) from None
    try:
        with os.fdopen(handle, "w", encoding=encoding, newline=newline) as stream:
            yield stream
        os.replace(temporary, path)
    except OSError as error:
        _remove(temporary)
        raise ExportError(path, error.strerror or str(error)) from None
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
