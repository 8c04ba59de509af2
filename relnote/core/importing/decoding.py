"""Which encoding a file is in, decided from its bytes: BOM, then strict UTF-8, then Windows-1252."""

from __future__ import annotations

import codecs
import io
import re
import unicodedata
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO, Iterator

from relnote.core.exporting.columns import KIND_BY_FIRST_HEADER
from relnote.core.importing.errors import (
    FILE_BINARY, FILE_EMPTY, FILE_ENCODING, FILE_NOT_FOUND, FILE_UNREADABLE, ImportFileError,
)

SAMPLE_BYTES = 1 << 20
CHUNK_BYTES = 1 << 20
MAX_CONTROL_SHARE = 0.05

UTF8 = "utf-8"
UTF8_BOM = "utf-8-sig"
CP1252 = "cp1252"
UTF16 = "utf-16"
UTF16_LE = "utf-16-le"
UTF16_BE = "utf-16-be"
MAC_ROMAN = "mac_roman"  # never guessed: chosen for an old Mac file whose accents Windows-1252 cannot read
ENCODINGS = (UTF8, UTF8_BOM, CP1252, UTF16, UTF16_LE, UTF16_BE, MAC_ROMAN)
# Bytes the codec cannot decode become lone surrogates, which decoded text never holds, so the
# reader can name the exact line of a bad byte instead of the chunk the decoder was reading.
UNDECODABLE = re.compile("[\udc80-\udcff]")


def _open_binary(path: Path) -> BinaryIO:
    try:
        return open(path, "rb")
    except FileNotFoundError:
        raise ImportFileError(FILE_NOT_FOUND, path) from None
    except OSError as error:
        raise ImportFileError(FILE_UNREADABLE, path, detail=error.strerror or str(error)) from None


def _read(stream: BinaryIO, size: int, path: Path) -> bytes:
    try:
        return stream.read(size)
    except OSError as error:
        raise ImportFileError(FILE_UNREADABLE, path, detail=error.strerror or str(error)) from None


def _utf16_without_bom(head: bytes) -> str | None:
    """UTF-16 text without a BOM shows NUL in every other byte of its ASCII characters."""
    even, odd = head[0:2000:2], head[1:2000:2]
    if len(even) < 4:
        return None
    if odd.count(0) > 0.9 * len(odd) and even.count(0) < 0.1 * len(even):
        return UTF16_LE
    if even.count(0) > 0.9 * len(even) and odd.count(0) < 0.1 * len(odd):
        return UTF16_BE
    return None


def _looks_binary(text: str) -> bool:
    controls = sum(1 for ch in text if ch not in "\t\n\r" and unicodedata.category(ch) == "Cc")
    return controls > MAX_CONTROL_SHARE * max(len(text), 1)


def _is_relnote_export(text: str) -> bool:
    """Relnote's own exports may hold any character a person typed; they are never binary."""
    return text.lstrip("\ufeff").startswith(tuple(KIND_BY_FIRST_HEADER))


def detect_encoding(path: Path) -> str:
    """The codec to read `path` with. Reads the whole file only while it stays pure ASCII."""
    with _open_binary(path) as stream:
        head = _read(stream, SAMPLE_BYTES, path)
        if not head.strip():
            raise ImportFileError(FILE_EMPTY, path)
        if head.startswith(codecs.BOM_UTF8):
            encoding = UTF8_BOM
        elif head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            encoding = UTF16
        else:
            encoding = _utf16_without_bom(head) or _utf8_or_cp1252(stream, head, path)
        try:
            text = codecs.getincrementaldecoder(encoding)("strict").decode(head, len(head) < SAMPLE_BYTES)
        except UnicodeDecodeError as error:
            if encoding in (UTF8_BOM, UTF16):  # the file says what it is, and then is not: a text file still
                at = error.start + (len(codecs.BOM_UTF8) if encoding == UTF8_BOM else 0)  # counted after the mark
                raise ImportFileError(FILE_ENCODING, path, head.count(b"\n", 0, at) + 1, error.reason) from None
            # Text with a few bytes Windows-1252 leaves undefined (0x81, 0x8D, 0x8F, 0x90, 0x9D: an old Mac
            # file's "ç" or "è") is still text: reading it names the line of each such byte.
            text = head.decode(encoding, "replace")
        if _looks_binary(text[:200_000]) and not _is_relnote_export(text):
            raise ImportFileError(FILE_BINARY, path)
        return encoding


def _utf8_or_cp1252(stream: BinaryIO, head: bytes, path: Path) -> str:
    decoder = codecs.getincrementaldecoder(UTF8)("strict")
    chunk = head
    while chunk:
        try:
            decoder.decode(chunk, final=False)
        except UnicodeDecodeError:
            return CP1252
        if not chunk.isascii():
            return UTF8
        chunk = _read(stream, CHUNK_BYTES, path)
    try:
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return CP1252
    return UTF8


@contextmanager
def open_text(path: Path, encoding: str) -> Iterator[tuple[BinaryIO, io.TextIOWrapper]]:
    """The file as text (newlines untouched, as the csv module wants) and its byte stream for progress.
    Check each line with `has_undecodable_bytes`."""
    stream = _open_binary(path)
    try:
        if encoding == CP1252 and stream.read(len(codecs.BOM_UTF8)) != codecs.BOM_UTF8:
            stream.seek(0)  # a UTF-8 mark before Windows text (two files pasted together) is no text
        yield stream, io.TextIOWrapper(stream, encoding=encoding, errors="surrogateescape", newline="")
    finally:
        stream.close()


def has_undecodable_bytes(line: str) -> bool:
    return not line.isascii() and UNDECODABLE.search(line) is not None


def file_size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError as error:
        raise ImportFileError(FILE_UNREADABLE, path, detail=error.strerror or str(error)) from None
