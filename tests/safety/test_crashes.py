"""kill -9 at random moments, with real processes: the next start finds a sound notebook holding
exactly what was committed."""

import csv
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from relnote.core.backups import list_backups, parse_backup_name
from relnote.paths import prepare, resolve_paths
from tests.safety.support import fill_notebook, integrity, names_in, relnote

CHILDREN = [sys.executable, "-m", "tests.safety.crash_children"]
ROOT = Path(__file__).resolve().parents[2]


def run_then_kill(command: list[str], seconds: float, once_grown: Path | None = None) -> list[str]:
    """Start `command`, SIGKILL it after `seconds` (counted from when `once_grown` passes 2 MB, if
    given), and return the lines it printed: what it committed."""
    child = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 60
    while once_grown is not None and child.poll() is None and time.monotonic() < deadline:
        if once_grown.exists() and once_grown.stat().st_size > 2_000_000:
            break
        time.sleep(0.02)
    time.sleep(seconds)  # a real process is being killed at a random moment; nothing to wait for
    assert child.poll() is None, child.stderr.read()
    child.send_signal(signal.SIGKILL)
    out, _ = child.communicate()
    assert child.returncode == -signal.SIGKILL
    return out.splitlines()


def test_a_burst_of_edits_killed_at_random_moments_keeps_exactly_what_was_committed(tmp_path):
    data_dir = tmp_path / "nb"
    chance = random.Random(20260302)
    committed_people: set[str] = set()
    last_notes = 0
    for _round in range(5):
        lines = run_then_kill([*CHILDREN, "edits", str(data_dir)], chance.uniform(0.8, 1.6))
        added = [int(line.split()[1]) for line in lines if line.startswith("added")]
        notes = [int(line.split()[1]) for line in lines if line.startswith("notes")]
        assert added, "the child was killed before it committed anything"
        database = data_dir / "relnote.db"
        assert integrity(database) == "ok"
        names = names_in(database)
        printed = {f"Person {n}" for n in added}
        unprinted = set(names) - committed_people - printed - {"Hélène Dupont"}
        # the one change committed in the instant between its commit and its print may be there too
        assert printed <= set(names)
        assert unprinted <= {f"Person {max(added) + 1}"}
        committed_people |= printed | unprinted
        first_notes = _notes_of_first(database)
        assert first_notes in (f"edit {max(notes)}", f"edit {max(notes) + 1}") if notes else True
        last_notes = max(notes or [last_notes])
    result = relnote(data_dir, "check")
    assert result.returncode == 0, result.stderr


def _notes_of_first(database: Path) -> str:
    import sqlite3

    connection = sqlite3.connect(database)
    try:
        return connection.execute("SELECT notes FROM person WHERE display_name = 'Hélène Dupont' "
                                  "ORDER BY id DESC LIMIT 1").fetchone()[0]
    finally:
        connection.close()


def test_kill_during_backups_leaves_no_half_file_that_looks_like_a_backup(tmp_path):
    paths = resolve_paths(tmp_path / "nb")
    prepare(paths)
    fill_notebook(paths, [f"Person {n} with a longer name to fill pages" for n in range(2000)])
    chance = random.Random(7)
    checked: set[str] = set()
    for _round in range(4):
        lines = run_then_kill([*CHILDREN, "backups", str(paths.data_dir)], chance.uniform(0.4, 1.0))
        finished = {line.split()[1] for line in lines if line.startswith("backup")}
        for entry in paths.backups_dir.iterdir():
            if entry.name in checked:
                continue
            checked.add(entry.name)
            if parse_backup_name(entry.name) is not None:
                assert integrity(entry) == "ok", entry.name
                assert len(names_in(entry)) == 2000
            else:
                assert entry.name.startswith(".") and ".partial-" in entry.name, entry.name
        assert finished <= {b.path.name for b in list_backups(paths)}
    assert integrity(paths.database) == "ok"


def _large_google_csv(path: Path, rows: int) -> None:
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["First Name", "Last Name", "Organization Name", "E-mail 1 - Label",
                         "E-mail 1 - Value", "Notes"])
        for number in range(rows):
            writer.writerow([f"Prénom{number}", f"Nom{number}", f"Atelier {number % 97}", "* Work",
                             f"person{number}@example.org", "Met at the coworking breakfast " * 3])


@pytest.mark.parametrize("seconds", [0.0, 0.3])
def test_kill_during_relnote_import_leaves_none_of_it(tmp_path, seconds):
    """Killed once the import has written megabytes into its one transaction."""
    paths = resolve_paths(tmp_path / "nb")
    prepare(paths)
    fill_notebook(paths, ["Hélène Dupont", "Marc Leroy"])
    source = tmp_path / "google.csv"
    _large_google_csv(source, 100_000)
    command = [sys.executable, "-m", "relnote", "--data-dir", str(paths.data_dir), "import", str(source)]
    run_then_kill(command, seconds, once_grown=paths.data_dir / "relnote.db-wal")
    assert integrity(paths.database) == "ok"
    assert names_in(paths.database) == ["Hélène Dupont", "Marc Leroy"]
    assert relnote(paths.data_dir, "check").returncode == 0
