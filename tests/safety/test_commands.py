"""relnote backup, restore and check as a user types them, and two writers on one notebook."""

import os

from relnote.core.backups import list_backups
from relnote.db.database import close_database, database, open_database
from relnote.core import people
from relnote.paths import resolve_paths
from tests.safety.support import NOW, damage, fill_notebook, integrity, names_in, no_traceback, relnote

PEOPLE = ["Aïcha Benali", "Hélène Dupont", "Marc Leroy"]


def filled(tmp_path):
    paths = resolve_paths(tmp_path / "nb")
    from relnote.paths import prepare

    prepare(paths)
    fill_notebook(paths, PEOPLE)
    return paths


def test_backup_then_restore_then_check_from_the_terminal(tmp_path):
    paths = filled(tmp_path)
    made = relnote(paths.data_dir, "backup")
    assert made.returncode == 0, made.stderr
    assert "Backed up 3 people to" in made.stdout
    [copy] = list_backups(paths)
    fill_notebook(paths, ["Added later"])
    restored = relnote(paths.data_dir, "restore", str(copy.path))
    assert restored.returncode == 0, restored.stderr
    assert "The notebook as it was is kept in" in restored.stdout
    assert names_in(paths.database) == PEOPLE
    assert "Added later" in names_in(next(b.path for b in list_backups(paths) if b.reason == "before-restore"))
    checked = relnote(paths.data_dir, "check")
    assert checked.returncode == 0 and "is sound: 3 people" in checked.stdout


def test_backup_to_a_chosen_file_never_overwrites(tmp_path):
    paths = filled(tmp_path)
    target = tmp_path / "copy.db"
    assert relnote(paths.data_dir, "backup", "-o", str(target)).returncode == 0
    assert names_in(target) == PEOPLE and oct(target.stat().st_mode & 0o777) == "0o600"
    again = relnote(paths.data_dir, "backup", "-o", str(target))
    assert again.returncode == 2 and "already exists" in again.stderr
    into_missing = relnote(paths.data_dir, "backup", "-o", str(tmp_path / "no such folder" / "copy.db"))
    no_traceback(into_missing)
    assert into_missing.returncode != 0 and "no such folder" in into_missing.stderr


def test_check_reports_damage_in_words_and_points_at_the_newest_sound_backup(tmp_path):
    paths = filled(tmp_path)
    relnote(paths.data_dir, "backup")
    fill_notebook(paths, [f"Person {n}" for n in range(400)])
    damage(paths.database)
    before = paths.database.read_bytes()
    checked = relnote(paths.data_dir, "check")
    no_traceback(checked)
    assert checked.returncode == 1
    assert f"The notebook {paths.database} is damaged" in checked.stderr
    assert "relnote restore" in checked.stderr and "3 people" in checked.stderr
    assert paths.database.read_bytes() == before  # checking wrote nothing


def test_an_emptied_notebook_is_damage_for_check_and_every_command_and_stays_empty(tmp_path):
    paths = filled(tmp_path)
    relnote(paths.data_dir, "backup")
    paths.database.write_bytes(b"")
    checked = relnote(paths.data_dir, "check")
    no_traceback(checked)
    assert checked.returncode == 1
    assert "the file is empty, although backups show it held a notebook" in checked.stderr
    assert "relnote restore" in checked.stderr and "3 people" in checked.stderr
    today = relnote(paths.data_dir, "today")
    no_traceback(today)
    assert today.returncode != 0 and "is damaged: nothing was written to it" in today.stderr
    assert paths.database.stat().st_size == 0


def test_check_on_an_empty_notebook_without_backups_calls_it_new_and_writes_nothing(tmp_path):
    paths = resolve_paths(tmp_path / "nb")
    paths.data_dir.mkdir()
    paths.database.write_bytes(b"")
    checked = relnote(paths.data_dir, "check")
    assert checked.returncode == 0 and "is sound: 0 people, 0 moments" in checked.stdout
    assert paths.database.stat().st_size == 0


def test_restore_refuses_a_damaged_backup_and_while_the_window_is_open(tmp_path):
    paths = filled(tmp_path)
    relnote(paths.data_dir, "backup")
    [copy] = list_backups(paths)
    (paths.data_dir / "relnote.lock").write_text(f"{os.getpid()}\nrelnote\nhost\n")
    refused = relnote(paths.data_dir, "restore", str(copy.path))
    assert refused.returncode == 2 and "window is open" in refused.stderr
    (paths.data_dir / "relnote.lock").unlink()
    damage(copy.path)
    before = paths.database.read_bytes()
    damaged = relnote(paths.data_dir, "restore", str(copy.path))
    no_traceback(damaged)
    assert damaged.returncode == 1 and "the file is damaged" in damaged.stderr
    assert paths.database.read_bytes() == before
    contacts = tmp_path / "contacts.csv"  # picked by mistake
    contacts.write_text("First Name,Last Name\nClaire,Martin\n", encoding="utf-8")
    mistaken = relnote(paths.data_dir, "restore", str(contacts))
    assert mistaken.returncode == 1 and "the file is not a Relnote notebook" in mistaken.stderr
    assert paths.database.read_bytes() == before


def test_a_command_line_write_while_the_window_writes_gets_a_clear_message(tmp_path):
    paths = filled(tmp_path)
    source = tmp_path / "people.csv"
    source.write_text("First Name,Last Name\nClaire,Martin\nPaul,Girard\n", encoding="utf-8")
    open_database(paths.database)  # the window's connection, in the middle of saving a change
    with database.atomic():
        people.add_person("Typed in the window", NOW)
        result = relnote(paths.data_dir, "import", str(source))
    close_database()
    no_traceback(result)
    assert result.returncode == 3
    assert "is busy" in result.stderr and "Nothing was changed" in result.stderr
    assert names_in(paths.database) == sorted([*PEOPLE, "Typed in the window"])
    assert integrity(paths.database) == "ok"
