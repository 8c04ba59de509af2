"""vCard 3.0 and 4.0 files (Apple/iCloud, Google) read card by card, lines unfolded first.

Apple's `itemN.` groups tie a value to its `X-ABLabel`; group cards (lists of members) are not people.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Iterator, TextIO

from relnote.core.importing.dates import DateNotUnderstood, parse_birthday
from relnote.core.importing.decoding import has_undecodable_bytes
from relnote.core.importing.drafts import PersonDraft
from relnote.core.importing.errors import (
    FILE_ENCODING, ROW_FIELD_TOO_LARGE, ROW_NO_NAME, ROW_UNFINISHED_CARD, ImportFileError, RowProblem,
)
from relnote.core.importing.records import FIELD_SIZE_LIMIT

SKIPPED = None  # what the reader yields for a card that is not a person
BULKY_PROPERTIES = {"PHOTO", "LOGO", "SOUND", "KEY"}
IGNORED_TYPES = {"pref", "voice", "internet", "x400", "text", "msg"}
TYPE_LABELS = {"cell": "mobile", "iphone": "mobile", "main": "main", "fax": "fax"}
APPLE_LABEL = re.compile(r"^_\$!<(.*)>!\$_$")


def _physical_lines(text: TextIO, path: Path | None) -> Iterator[tuple[int, str, bool]]:
    """(number, line, too long to keep); a line past the limit keeps only its beginning."""
    number = 0
    while True:
        try:
            line = text.readline(FIELD_SIZE_LIMIT)
            if not line:
                return
            number += 1
            if has_undecodable_bytes(line):
                raise ImportFileError(FILE_ENCODING, path, number)
            if len(line) < FIELD_SIZE_LIMIT or line.endswith(("\n", "\r")):
                yield number, line.rstrip("\r\n"), False
                continue
            rest = line
            while rest and not rest.endswith(("\n", "\r")):
                rest = text.readline(FIELD_SIZE_LIMIT)
            yield number, line[:200], True
        except UnicodeDecodeError as error:
            raise ImportFileError(FILE_ENCODING, path, number + 1, error.reason) from None


def _property_name(line: str) -> str:
    return line.split(":", 1)[0].split(";", 1)[0].rpartition(".")[2].upper()


def _logical_lines(text: TextIO, path: Path | None) -> Iterator[tuple[int, str, bool]]:
    """(first physical line, unfolded line, too long to keep). Bulky values are not kept."""
    start, parts, size, dropped = 0, [], 0, False
    for number, line, too_long in _physical_lines(text, path):
        if line[:1] in (" ", "\t") and start:
            size += len(line)
            if too_long or size > FIELD_SIZE_LIMIT:
                dropped = True
            if not dropped:
                parts.append(line[1:])
            continue
        if start:
            yield start, "".join(parts), dropped
        start, parts, size, dropped = number, [line], len(line), too_long
        if _property_name(line) in BULKY_PROPERTIES:
            dropped = True
    if start:
        yield start, "".join(parts), dropped


def _split_unescaped(value: str, separator: str) -> list[str]:
    parts, current, escaped = [], [], False
    for ch in value:
        if escaped:
            current.append("\\" + ch)
            escaped = False
        elif ch == "\\":
            escaped = True
        elif ch == separator:
            parts.append("".join(current))
            current = []
        else:
            current.append(ch)
    parts.append("".join(current))
    return parts


def unescape(value: str) -> str:
    return re.sub(r"\\([\\,;nN:])", lambda m: "\n" if m[1] in "nN" else m[1], value)


def _parse_property(line: str) -> tuple[str, str, dict[str, list[str]], str]:
    """(group, NAME, params, raw value) of 'item1.TEL;type=CELL:+33 6…'."""
    in_quotes, colon = False, -1
    for position, ch in enumerate(line):
        if ch == '"':
            in_quotes = not in_quotes
        elif ch == ":" and not in_quotes:
            colon = position
            break
    head, value = (line[:colon], line[colon + 1:]) if colon >= 0 else (line, "")
    name, *raw_params = head.split(";")
    group, _, name = name.rpartition(".")
    params: dict[str, list[str]] = {}
    for raw in raw_params:
        key, has_value, param_value = raw.partition("=")
        key = key.upper() if has_value else "TYPE"
        values = (param_value if has_value else key).strip('"').split(",")
        params.setdefault(key, []).extend(v.strip('"') for v in values)
    return group.lower(), name.upper(), params, value


def _type_label(params: dict[str, list[str]]) -> str:
    for value in params.get("TYPE", []):
        if value.lower() not in IGNORED_TYPES:
            return TYPE_LABELS.get(value.lower(), value.lower())
    return ""


def _apple_label(value: str) -> str:
    match = APPLE_LABEL.match(value)
    return match[1].lower() if match else value


class _Card:
    def __init__(self, line: int):
        self.draft = PersonDraft(line)
        self.properties: list[tuple[str, str, dict, str]] = []
        self.labels: dict[str, str] = {}
        self.problems: list[RowProblem] = []
        self.is_group = False

    def add(self, group: str, name: str, params: dict, value: str) -> None:
        if name == "X-ABLABEL" and group:
            self.labels[group] = _apple_label(unescape(value))
        elif name in ("X-ADDRESSBOOKSERVER-KIND", "KIND") and value.strip().lower() == "group":
            self.is_group = True
        else:
            self.properties.append((group, name, params, value))

    def finish(self) -> PersonDraft | list[RowProblem] | None:
        if self.is_group:
            return SKIPPED
        draft, extras, names = self.draft, [], {}
        for group, name, params, value in self.properties:
            label = self.labels.get(group) or _type_label(params)
            if name in ("FN", "NICKNAME", "NOTE", "TITLE"):
                names[name] = unescape(value).strip()
            elif name == "N":
                last, first, middle = (_split_unescaped(value, ";") + ["", "", ""])[:3]
                draft.last_name, draft.first_name = unescape(last).strip(), unescape(first).strip()
                names["MIDDLE"] = unescape(middle).strip()
            elif name == "ORG":
                organisation, *units = [unescape(part).strip() for part in _split_unescaped(value, ";")]
                draft.organisation = organisation
                extras += [f"Department: {unit}" for unit in units if unit]
            elif name in ("EMAIL", "TEL", "URL", "X-SOCIALPROFILE") and value.strip():
                kind = {"EMAIL": draft.emails, "TEL": draft.phones}.get(name, draft.links)
                kind.append((label, unescape(value).strip()))
            elif name == "CATEGORIES":
                draft.tags += [unescape(part).strip() for part in _split_unescaped(value, ",")]
            elif name == "ADR":
                parts = [unescape(part).strip() for part in _split_unescaped(value, ";")] + [""] * 7
                draft.city = draft.city or parts[3]
                town = " ".join(part for part in (parts[5], parts[3]) if part)
                address = ", ".join(part for part in (parts[2], town, parts[4], parts[6]) if part)
                if address and address != parts[3]:  # a bare city is the city, not an address to keep
                    extras.append(f"Address{f' ({label})' if label else ''}: {address}")
            elif name == "BDAY":
                extras.append(f"Birthday: {self._birthday(value, params)}")
        draft.role = names.get("TITLE", "")
        draft.display_name = (names.get("FN") or " ".join(
            part for part in (draft.first_name, names.get("MIDDLE", ""), draft.last_name) if part)
            or names.get("NICKNAME", "") or draft.organisation)
        draft.notes = "\n\n".join(part for part in (names.get("NOTE", ""), "\n".join(extras)) if part)
        if not draft.display_name:
            self.problems.append(RowProblem(draft.line, ROW_NO_NAME))
        return self.problems or draft

    @staticmethod
    def _birthday(value: str, params: dict) -> str:
        text = value.strip()
        compact = re.match(r"^(\d{4}|--)(\d{2})(\d{2})$", text)
        if compact:
            text = f"{compact[1]}-{compact[2]}-{compact[3]}".replace("---", "--")
        omitted = params.get("X-APPLE-OMIT-YEAR", [""])[0]
        if omitted and text.startswith(omitted):
            text = "--" + text[len(omitted) + 1:]
        try:
            return parse_birthday(text) or value
        except DateNotUnderstood:
            return value


def vcard_records(text: TextIO, path: Path | None = None) -> Iterator[PersonDraft | list[RowProblem] | None]:
    card: _Card | None = None
    for line, content, dropped in _logical_lines(text, path):
        if dropped:
            if card is not None and _property_name(content) not in BULKY_PROPERTIES:
                card.problems.append(RowProblem(line, ROW_FIELD_TOO_LARGE))
            continue
        if not content.strip():
            continue
        group, name, params, value = _parse_property(content)
        if name == "BEGIN" and value.strip().upper() == "VCARD":
            if card is not None:
                yield [RowProblem(card.draft.line, ROW_UNFINISHED_CARD)]
            card = _Card(line)
        elif name == "END" and value.strip().upper() == "VCARD" and card is not None:
            yield card.finish()
            card = None
        elif card is not None and name not in BULKY_PROPERTIES:
            card.add(group, name, params, value)
    if card is not None:
        yield [RowProblem(card.draft.line, ROW_UNFINISHED_CARD)]
