"""Small programs run as real child processes by the kill -9 tests; each prints what it committed."""

from __future__ import annotations

import sys
from datetime import datetime, timedelta

from relnote.paths import prepare, resolve_paths

START = datetime(2026, 3, 2, 9, 0, 0)


def burst_of_edits(data_dir: str) -> None:
    """Add people and rewrite the first one's notes, one committed change at a time, forever."""
    from relnote.core import people
    from relnote.db.database import open_database

    paths = resolve_paths(data_dir)
    prepare(paths)
    open_database(paths.database)
    first = people.add_person("Hélène Dupont", START)
    print(f"person {first}", flush=True)
    number = 0
    while True:
        number += 1
        people.add_person(f"Person {number}", START + timedelta(seconds=number))
        print(f"added {number}", flush=True)
        people.update_person(first, START + timedelta(seconds=number), notes=f"edit {number}")
        print(f"notes {number}", flush=True)


def backups_forever(data_dir: str) -> None:
    from relnote.core.backups import MANUAL, make_backup

    paths = resolve_paths(data_dir)
    number = 0
    while True:
        number += 1
        made = make_backup(paths, MANUAL, START + timedelta(minutes=number))
        print(f"backup {made.path.name}", flush=True)


if __name__ == "__main__":
    {"edits": burst_of_edits, "backups": backups_forever}[sys.argv[1]](sys.argv[2])
