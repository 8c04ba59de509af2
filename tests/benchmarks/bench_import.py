"""Importing 100,000 rows in Google Contacts' layout, against the floor measured in the same run: the
same file read with the `csv` module and the same fields written with `sqlite3.executemany` in one
transaction into the same kind of notebook, indexed for search once at the end (as the importer does).

    .venv/bin/python tests/benchmarks/bench_import.py [--rows 100000]
"""

from __future__ import annotations

import argparse
import csv
import random
import resource
import sqlite3
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.benchmarks.common import report  # noqa: E402

HEADER = ["First Name", "Middle Name", "Last Name", "Phonetic First Name", "Phonetic Middle Name",
          "Phonetic Last Name", "Name Prefix", "Name Suffix", "Nickname", "File As", "Organization Name",
          "Organization Title", "Organization Department", "Birthday", "Notes", "Photo", "Labels",
          "E-mail 1 - Label", "E-mail 1 - Value", "Phone 1 - Label", "Phone 1 - Value"]
LABELS = ["Clients", "Coworking", "Meetup UX", "Famille", "Press"]
NOW = datetime(2026, 3, 14, 9, 0)


def write_google_file(path: Path, rows: int) -> None:
    from relnote.core import demo_words as words

    rng = random.Random(3)
    with path.open("w", encoding="utf-8-sig", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(HEADER)
        for number in range(rows):
            language = rng.choice((words.FRENCH, words.ENGLISH))
            first, last = rng.choice(words.FIRST_NAMES[language]), rng.choice(words.LAST_NAMES[language])
            organisation = rng.choice(words.ORGANISATIONS[language])
            labels = " ::: ".join(["* myContacts", *rng.sample(LABELS, rng.randrange(0, 3))])
            writer.writerow([first, "", last, "", "", "", "", "", "", "", organisation,
                             rng.choice(words.ROLES[language]), "", "", rng.choice(words.PERSON_NOTES[language]),
                             "", labels, "* Work", f"{first[0].lower()}{number}@example.org", "Mobile",
                             f"+33 6 {number % 100:02d} {number % 97:02d} 10 20"])


def floor(path: Path, database: Path) -> float:
    started = time.perf_counter()
    with path.open(encoding="utf-8-sig", newline="") as stream:
        reader = csv.reader(stream)
        header = next(reader)
        at = {name: header.index(name) for name in header}
        rows = list(reader)
    from relnote.db.schema_steps import PERSON_SEARCH_ROWS

    connection = sqlite3.connect(database)
    stamp = NOW.isoformat(" ")
    with connection:
        # Index for search once at the end, as the importer does for large files.
        triggers = connection.execute("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                                      "AND name GLOB 'person_search_after_*'").fetchall()
        for name, _ in triggers:
            connection.execute(f"DROP TRIGGER {name}")
        connection.executemany("INSERT INTO tag (name) VALUES (?)", [(label,) for label in LABELS])
        tag_id = dict(connection.execute("SELECT name, id FROM tag"))
        first_id = (connection.execute("SELECT COALESCE(MAX(id), 0) FROM person").fetchone()[0]) + 1
        connection.executemany(
            "INSERT INTO person (id, display_name, first_name, last_name, organisation, role, notes, "
            "created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?)",
            [(first_id + n, f"{r[at['First Name']]} {r[at['Last Name']]}", r[at["First Name"]],
              r[at["Last Name"]], r[at["Organization Name"]], r[at["Organization Title"]], r[at["Notes"]],
              stamp, stamp) for n, r in enumerate(rows)])
        connection.executemany(
            "INSERT INTO contact_point (person_id, kind, label, value) VALUES (?,?,?,?)",
            [(first_id + n, kind, r[at[f"{column} 1 - Label"]].lstrip("* "), r[at[f"{column} 1 - Value"]])
             for n, r in enumerate(rows) for kind, column in (("email", "E-mail"), ("phone", "Phone"))])
        connection.executemany(
            "INSERT INTO person_tag (person_id, tag_id) VALUES (?,?)",
            [(first_id + n, tag_id[label]) for n, r in enumerate(rows)
             for label in r[at["Labels"]].split(" ::: ") if label in tag_id])
        connection.execute("DELETE FROM person_search")
        connection.execute(PERSON_SEARCH_ROWS)
        for _, sql in triggers:
            connection.execute(sql)
    connection.close()
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=100_000)
    args = parser.parse_args()
    from relnote.core.importing import import_file
    from relnote.db.database import close_database, open_database

    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "contacts.csv"
        write_google_file(source, args.rows)
        for name in ("floor.db", "relnote.db"):
            open_database(Path(folder) / name)  # both notebooks made by Relnote: same schema and triggers
            close_database()
        floor_seconds = floor(source, Path(folder) / "floor.db")
        floor_peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        open_database(Path(folder) / "relnote.db")
        started = time.perf_counter()
        summary = import_file(source, NOW)
        seconds = time.perf_counter() - started
        close_database()
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"  {summary.added:,} people added from {args.rows:,} rows")
    report(f"import of {args.rows:,} rows in Google's layout", seconds, "s", floor_seconds,
           "csv module + sqlite3.executemany in one transaction", "<= 2x")
    print(f"  peak memory: {floor_peak:.0f} MiB after the floor, {peak:.0f} MiB after the import", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
