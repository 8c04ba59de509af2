"""A full disk, a read-only folder, a data-folder path that is a file, missing permissions: a
clear message naming the path, no traceback, nothing half-written."""

import csv

import pytest

from relnote.paths import prepare, resolve_paths
from tests.safety.filesystems import (
    chown_to_another_user, file_size_limit, fill_up, open_to_everyone, remount_read_only, run_as_another_user,
    tiny_filesystem,
)
from tests.safety.support import fill_notebook, integrity, names_in, no_traceback, relnote

PEOPLE = ["Aïcha Benali", "Hélène Dupont", "Marc Leroy"]


def _people_csv(path, rows: int) -> None:
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["First Name", "Last Name", "Notes"])
        for number in range(rows):
            writer.writerow([f"Prénom{number}", f"Nom{number}", "A long note about where we met. " * 8])


def _notebook_in(folder):
    paths = resolve_paths(folder)
    prepare(paths)
    fill_notebook(paths, PEOPLE)
    return paths


def test_an_import_onto_a_full_disk_is_refused_whole(tmp_path):
    source = tmp_path / "people.csv"
    _people_csv(source, 5000)
    with tiny_filesystem(tmp_path / "disk", "3m") as disk:
        paths = _notebook_in(disk / "nb")
        fill_up(disk, leave=256 * 1024)  # room to open the notebook, not to import 5,000 people
        result = relnote(paths.data_dir, "import", str(source))
        no_traceback(result)
        assert result.returncode == 4
        assert "the disk is full" in result.stderr and str(paths.data_dir) in result.stderr  # the backup first
        assert "Nothing was changed" in result.stderr
        fill_up(disk)
        refused = relnote(paths.data_dir, "import", str(source))
        no_traceback(refused)
        assert f"cannot open the notebook {paths.database}: the disk is full" in refused.stderr
        (disk / "filler").unlink()
        assert integrity(paths.database) == "ok"
        assert names_in(paths.database) == PEOPLE


def test_a_backup_onto_a_full_disk_leaves_no_partial_copy(tmp_path):
    with tiny_filesystem(tmp_path / "disk", "8m") as disk:
        paths = _notebook_in(disk / "nb")
        fill_notebook(paths, [f"Person {n} with a name long enough to fill pages" for n in range(1500)])
        paths.backups_dir.mkdir(mode=0o700)
        fill_up(disk, leave=256 * 1024)  # room to open the notebook, not for a copy of it
        result = relnote(paths.data_dir, "backup")
        no_traceback(result)
        assert result.returncode == 4 and "the disk is full" in result.stderr
        assert list(paths.backups_dir.iterdir()) == []


def test_a_write_past_the_file_size_limit_is_refused_whole(tmp_path):
    """Without mount rights: the system refuses the write (EFBIG) instead of the disk filling up."""
    paths = _notebook_in(tmp_path / "nb")
    source = tmp_path / "people.csv"
    _people_csv(source, 5000)
    limit = paths.database.stat().st_size + 64 * 1024
    result = relnote(paths.data_dir, "import", str(source), preexec_fn=file_size_limit(limit))
    no_traceback(result)
    assert result.returncode == 4 and "Nothing was changed" in result.stderr
    assert integrity(paths.database) == "ok"
    assert names_in(paths.database) == PEOPLE


def test_a_read_only_folder_is_named(tmp_path):
    with tiny_filesystem(tmp_path / "stick", "4m") as stick:
        paths = _notebook_in(stick / "nb")
        before = paths.database.read_bytes()
        remount_read_only(stick)
        for command in (["check"], ["today"], ["backup"]):
            result = relnote(paths.data_dir, *command)
            no_traceback(result)
            assert result.returncode == 2, (command, result.stderr)
            assert f"cannot use the data folder {paths.data_dir}" in result.stderr
            assert "the folder is not writable" in result.stderr
        assert paths.database.read_bytes() == before


def test_a_data_folder_path_that_is_a_file_is_named(tmp_path):
    blocker = tmp_path / "nb"
    blocker.write_text("a file where the folder should be")
    for command in (["backup"], ["restore", str(tmp_path / "copy.db")]):
        result = relnote(blocker, *command)
        no_traceback(result)
        assert result.returncode == 2
        assert f"cannot use the data folder {blocker}: this path is a file, not a folder" in result.stderr
    assert blocker.read_text() == "a file where the folder should be"


@pytest.mark.parametrize("locked", ["folder", "notebook"])
def test_missing_permissions_are_named(tmp_path, locked):
    paths = _notebook_in(tmp_path / "shared" / "nb")
    open_to_everyone(tmp_path / "shared")
    home = tmp_path / "other-home"
    home.mkdir()
    chown_to_another_user(home)
    if locked == "folder":
        paths.data_dir.chmod(0o755)  # someone else's folder: readable, not writable
        denied = paths.data_dir
    else:
        for folder in (paths.data_dir, paths.log_dir):
            chown_to_another_user(folder)
        denied = paths.database  # the notebook inside belongs to someone else (mode 0600)
    before = paths.database.read_bytes()
    status, errors = run_as_another_user(["--data-dir", str(paths.data_dir), "today"], home)
    assert "Traceback" not in errors
    assert status == 2, errors
    assert f"cannot use the data folder {denied}: permission denied" in errors
    assert paths.database.read_bytes() == before
