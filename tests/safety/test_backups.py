"""Backups with the online API, their names and modes, retention with a set clock, and restore."""

import os
import sqlite3
import stat
from datetime import timedelta, timezone

import pytest

from relnote.core import backups
from relnote.core.backup_files import DAMAGED, BackupError
from relnote.db.database import close_database, database, open_database
from relnote.db.migrations import LATEST_STEP, schema_step, upgrade
from tests.safety.support import NOW, damage, fill_notebook, integrity, names_in


@pytest.fixture
def filled(notebook_paths):
    fill_notebook(notebook_paths, ["Hélène Dupont", "Marc Leroy", "Aïcha Benali"])
    return notebook_paths


def test_a_backup_is_a_private_consistent_copy_named_by_time_and_reason(filled):
    made = backups.make_backup(filled, backups.MANUAL, NOW)
    assert made.path.name == "relnote-20260302T091500Z-manual.db"
    assert made.people == 3 and made.size > 0
    assert stat.S_IMODE(made.path.stat().st_mode) == 0o600
    assert stat.S_IMODE(filled.backups_dir.stat().st_mode) == 0o700
    assert names_in(made.path) == ["Aïcha Benali", "Hélène Dupont", "Marc Leroy"]
    assert integrity(made.path) == "ok"
    assert sorted(p.name for p in filled.backups_dir.iterdir()) == [made.path.name]  # no -wal, no partial
    again = backups.make_backup(filled, backups.MANUAL, NOW)
    assert again.path.name == "relnote-20260302T091500Z-manual-2.db"


def test_a_backup_is_consistent_while_another_connection_is_writing(filled):
    writer = sqlite3.connect(filled.database)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("INSERT INTO person (display_name, created_at, updated_at) VALUES ('Half written', "
                   "'2026-03-01 10:00:00', '2026-03-01 10:00:00')")
    made = backups.make_backup(filled, backups.MANUAL, NOW)
    writer.commit()
    writer.close()
    assert made.people == 3
    assert "Half written" not in names_in(made.path)


def test_list_backups_newest_first_with_people_and_unreadable_copies(filled):
    backups.make_backup(filled, backups.DAILY, NOW - timedelta(days=1))
    backups.make_backup(filled, backups.BEFORE_IMPORT, NOW)
    (filled.backups_dir / "relnote-20260302T100000Z-manual.db").write_bytes(b"not a notebook" * 10)
    (filled.backups_dir / "notes.txt").write_text("not a backup")
    listed = backups.list_backups(filled)
    assert [(b.reason, b.people) for b in listed] == [("manual", None), ("before-import", 3), ("daily", 3)]
    assert backups.newest_sound_backup(filled).reason == "before-import"


def test_daily_backup_at_most_once_a_day_and_only_with_people(notebook_paths):
    fill_notebook(notebook_paths, [])
    assert backups.make_daily_backup(notebook_paths, NOW) is None  # an empty notebook needs no copy
    fill_notebook(notebook_paths, ["Hélène Dupont"])
    assert backups.make_daily_backup(notebook_paths, NOW).reason == "daily"
    assert backups.make_daily_backup(notebook_paths, NOW + timedelta(hours=5)) is None
    assert backups.make_daily_backup(notebook_paths, NOW + timedelta(days=1)) is not None
    assert len(backups.list_backups(notebook_paths)) == 2


def test_retention_keeps_7_daily_4_weekly_and_5_before_import(filled):
    start = NOW - timedelta(days=59)
    for day in range(60):
        backups.make_daily_backup(filled, start + timedelta(days=day))
    for number in range(8):
        backups.make_backup(filled, backups.BEFORE_IMPORT, NOW + timedelta(minutes=number))
    backups.make_backup(filled, backups.MANUAL, start)
    backups.make_backup(filled, backups.BEFORE_UPGRADE, start)
    kept = backups.list_backups(filled)
    daily = sorted(b.made_at for b in kept if b.reason == "daily")
    last_seven = [NOW - timedelta(days=d) for d in range(6, -1, -1)]
    assert daily[-7:] == last_seven
    weeks = {b.isocalendar()[:2] for b in daily}
    assert len(weeks) == 4  # the first copy of each of the last 4 weeks, beside the last 7 days
    assert len(daily) <= 7 + 4
    assert [b.made_at for b in kept if b.reason == "before-import"] == [
        NOW + timedelta(minutes=m) for m in (7, 6, 5, 4, 3)]
    assert {b.reason for b in kept} >= {"manual", "before-upgrade"}  # never pruned


def test_pruning_never_deletes_the_only_sound_copy(filled):
    oldest = backups.make_backup(filled, backups.BEFORE_IMPORT, NOW)
    damaged = backups.make_backup(filled, backups.MANUAL, NOW).path
    damage(damaged)
    for minute in range(1, 6):  # five newer copies, all damaged: they are the "latest five"
        name = backups.backup_name(NOW + timedelta(minutes=minute), backups.BEFORE_IMPORT)
        (filled.backups_dir / name).write_bytes(damaged.read_bytes())
    damaged.unlink()
    assert backups.prune_backups(filled) == []
    assert oldest.path.exists()
    assert backups.newest_sound_backup(filled).path == oldest.path


def test_restore_keeps_the_current_notebook_first_and_replaces_it_whole(filled):
    saved = backups.make_backup(filled, backups.MANUAL, NOW)
    fill_notebook(filled, ["Added after the backup"])
    open_database(filled.database)  # the open window's connection, with a -wal beside the file
    kept = backups.restore_backup(filled, saved.path, NOW + timedelta(hours=1))
    assert database.is_closed()
    assert kept.reason == "before-restore" and "Added after the backup" in names_in(kept.path)
    assert not filled.database.with_name("relnote.db-wal").exists()
    open_database(filled.database)
    assert names_in(filled.database) == ["Aïcha Benali", "Hélène Dupont", "Marc Leroy"]
    assert schema_step(database) == LATEST_STEP
    assert stat.S_IMODE(filled.database.stat().st_mode) == 0o600
    close_database()


def test_restore_refuses_a_damaged_backup_and_changes_nothing(filled):
    made = backups.make_backup(filled, backups.MANUAL, NOW)
    damage(made.path)
    before = filled.database.read_bytes()
    with pytest.raises(BackupError) as refused:
        backups.restore_backup(filled, made.path, NOW)
    assert refused.value.problem == DAMAGED and refused.value.path == made.path
    assert filled.database.read_bytes() == before
    assert [b.reason for b in backups.list_backups(filled)] == ["manual"]


def test_restoring_over_a_damaged_notebook_keeps_the_damaged_file_byte_for_byte(filled):
    saved = backups.make_backup(filled, backups.MANUAL, NOW)
    damage(filled.database)
    damaged_bytes = filled.database.read_bytes()
    kept = backups.restore_backup(filled, saved.path, NOW + timedelta(minutes=1))
    assert kept.path.read_bytes() == damaged_bytes
    assert integrity(filled.database) == "ok"


def test_a_partial_file_left_by_a_killed_backup_is_not_listed_and_cleared_later(filled):
    partial = filled.backups_dir / ".relnote-20260302T091500Z-daily.db.partial-4242"
    filled.backups_dir.mkdir(mode=0o700)
    partial.write_bytes(b"half a backup")
    left_at = NOW.replace(tzinfo=timezone.utc).timestamp()
    os.utime(partial, (left_at, left_at))
    assert backups.list_backups(filled) == []
    backups.make_backup(filled, backups.MANUAL, NOW + timedelta(minutes=10))  # may still be running
    assert partial.exists()
    backups.make_backup(filled, backups.MANUAL, NOW + timedelta(hours=2))  # an hour after it was left
    assert not partial.exists()


def test_a_schema_upgrade_of_a_notebook_with_data_is_backed_up_first(notebook_paths):
    path = notebook_paths.database
    database.init(str(path))
    database.connect()
    upgrade(database, path, target=LATEST_STEP - 1)
    database.execute_sql("INSERT INTO person (display_name, created_at, updated_at) "
                         "VALUES ('Hélène', '2026-01-01 09:00:00', '2026-01-01 09:00:00')")
    close_database()
    open_database(path, before_upgrade=backups.backup_before_upgrade(notebook_paths, lambda: NOW))
    made = backups.list_backups(notebook_paths)
    assert [(b.reason, b.people) for b in made] == [("before-upgrade", 1)]
    copy = sqlite3.connect(made[0].path)
    assert copy.execute("PRAGMA user_version").fetchone()[0] == LATEST_STEP - 1
    copy.close()
    close_database()
    open_database(path, before_upgrade=backups.backup_before_upgrade(notebook_paths, lambda: NOW))
    assert len(backups.list_backups(notebook_paths)) == 1  # nothing left to upgrade: no new copy


def test_a_new_notebook_is_not_backed_up_before_its_first_steps(notebook_paths):
    calls = []
    open_database(notebook_paths.database, before_upgrade=calls.append)
    assert calls == []


def test_when_the_backup_before_an_upgrade_fails_nothing_is_upgraded(notebook_paths):
    path = notebook_paths.database
    database.init(str(path))
    database.connect()
    upgrade(database, path, target=1)
    close_database()

    def failing(_path):
        raise BackupError(notebook_paths.backups_dir, "disk_full")

    with pytest.raises(BackupError):
        open_database(path, before_upgrade=failing)
    copy = sqlite3.connect(path)
    assert copy.execute("PRAGMA user_version").fetchone()[0] == 1
    copy.close()
