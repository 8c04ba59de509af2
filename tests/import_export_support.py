"""Shared by the import and export tests: the fixture files, a fixed clock, a notebook fingerprint."""

from __future__ import annotations

import hashlib
from datetime import datetime
from pathlib import Path

from relnote.core.people import Profile, load_profile
from relnote.db.database import database
from relnote.db.models import Person

FIXTURES = Path(__file__).parent / "fixtures" / "import"
NOW = datetime(2026, 1, 15, 9, 30, 0)


def notebook_digest() -> str:
    """A hash of everything in the notebook: equal digests mean nothing changed."""
    dump = "\n".join(database.connection().iterdump())
    return hashlib.sha256(dump.encode("utf-8")).hexdigest()


def profiles() -> dict[str, Profile]:
    return {person.display_name: load_profile(person.id) for person in Person.select().order_by(Person.id)}


def values(entries) -> list[str]:
    return [entry.value for entry in entries]


def labelled(entries) -> list[tuple[str, str]]:
    return [(entry.label, entry.value) for entry in entries]
