"""People as vCard 3.0, the version every address book reads: escaped text, lines folded at 75 octets."""

from __future__ import annotations

import uuid
from pathlib import Path

from relnote import __version__
from relnote.core.exporting.files import iso_utc, replacing_file
from relnote.db import export_queries as q

LINE_OCTETS = 75
UID_NAMESPACE = uuid.UUID("6f1d3a52-8a43-4c2b-9a53-3f0e2f6b7c11")
KNOWN_TYPES = {  # the labels Relnote suggests, in English and as French users type them
    "email": {"work": "WORK", "home": "HOME", "personal": "HOME", "travail": "WORK", "personnel": "HOME",
              "perso": "HOME", "domicile": "HOME"},
    "phone": {"mobile": "CELL", "cell": "CELL", "work": "WORK", "home": "HOME", "fax": "FAX", "portable": "CELL",
              "travail": "WORK", "bureau": "WORK", "domicile": "HOME", "maison": "HOME"},
    "link": {"work": "WORK", "home": "HOME", "travail": "WORK"},
}
PROPERTY = {"email": "EMAIL", "phone": "TEL", "link": "URL"}


def escape(text: str) -> str:
    return (text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
            .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n"))


def fold(line: str) -> str:
    """Split a content line into chunks of at most 75 octets, never inside a UTF-8 character."""
    chunks, current, size, limit = [], [], 0, LINE_OCTETS
    for ch in line:
        width = len(ch.encode("utf-8"))
        if size + width > limit:
            chunks.append("".join(current))
            current, size, limit = [], 0, LINE_OCTETS - 1
        current.append(ch)
        size += width
    chunks.append("".join(current))
    return "\r\n ".join(chunks)


def person_card(person: dict, points: list[tuple], tags: list[str]) -> list[str]:
    lines = [
        "BEGIN:VCARD", "VERSION:3.0", f"PRODID:-//Relnote//Relnote {__version__}//EN",
        f"UID:urn:uuid:{uuid.uuid5(UID_NAMESPACE, str(person['id']))}",
        f"N:{escape(person['last_name'])};{escape(person['first_name'])};;;",
        f"FN:{escape(person['display_name'])}",
    ]
    if person["organisation"]:
        lines.append(f"ORG:{escape(person['organisation'])}")
    if person["role"]:
        lines.append(f"TITLE:{escape(person['role'])}")
    item = 0
    for kind, label, value in points:
        known = KNOWN_TYPES[kind].get(label.casefold())
        prefix = PROPERTY[kind] + (";TYPE=INTERNET" if kind == "email" else "")
        if known or not label:
            lines.append(f"{prefix}{f';TYPE={known}' if known else ''}:{escape(value)}")
        else:
            item += 1
            lines.append(f"item{item}.{prefix}:{escape(value)}")
            lines.append(f"item{item}.X-ABLabel:{escape(label)}")
    if person["city"]:
        lines.append(f"ADR:;;;{escape(person['city'])};;;")
    if tags:
        lines.append("CATEGORIES:" + ",".join(escape(tag) for tag in tags))
    if person["notes"]:
        lines.append(f"NOTE:{escape(person['notes'])}")
    lines.append(f"REV:{iso_utc(person['updated_at']).replace('-', '').replace(':', '')}")
    lines.append("END:VCARD")
    return [fold(line) for line in lines]


def export_vcard(path: Path) -> int:
    """Every person as one card; returns how many were written."""
    written = 0
    with replacing_file(path, "utf-8", newline="") as stream:
        for person, points, tags, _introducer in q.people_with_details():
            stream.write("\r\n".join(person_card(person, points, tags)) + "\r\n")
            written += 1
    return written
