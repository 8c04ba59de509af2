"""Copies of the notebook made with SQLite's online backup API, kept in the backups folder.

A backup is written to a hidden temporary file and renamed into place only once complete, so a
crash or a kill never leaves a half file that looks like a backup. Names sort by time and carry
the reason: `relnote-20260301T091500Z-daily.db`. Times are naive UTC, like the rest of the notebook.

Kept: the 7 latest daily copies, the first daily copy of each of the last 4 weeks, and the 5 latest
before-import copies; manual, before-upgrade and before-restore copies are never pruned. Pruning
never deletes the only sound copy.
"""

from __future__ import annotations

import errno
import os
import re
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Callable

from relnote.core.backup_files import (
    DAMAGED, DISK_FULL, IO_ERROR, MISSING, NOT_A_NOTEBOOK, READ_ONLY, TOO_NEW, BackupError, fsync_folder,
    notebook_has_people, problem_of, read_only_connection, remove_quietly,
)
from relnote.core.clock import utc_now
from relnote.db.database import close_database
from relnote.db.migrations import LATEST_STEP
from relnote.paths import PRIVATE_FILE_MODE, DataDirError, NotebookPaths, ensure_private_dir

DAILY = "daily"
BEFORE_IMPORT = "before-import"
BEFORE_UPGRADE = "before-upgrade"
MANUAL = "manual"
BEFORE_RESTORE = "before-restore"
REASONS = (DAILY, BEFORE_IMPORT, BEFORE_UPGRADE, MANUAL, BEFORE_RESTORE)

KEEP_DAILY = 7
SQLITE_HEADER = b"SQLite format 3\x00"
KEEP_WEEKLY = 4
KEEP_BEFORE_IMPORT = 5
STALE_PARTIAL_AGE = timedelta(hours=1)
PARTIAL_MARK = ".partial-"
ROOM_TO_SPARE = 1024 * 1024  # a copy also needs room for SQLite's own journal while it is written
# "relnote-20261201T075500Z-before-import-2--contacts.csv.db": when, why, a serial, what it came before
_NAME = re.compile(r"^relnote-(\d{8}T\d{6})Z-(" + "|".join(REASONS) + r")(?:-(\d+))?(?:--(.+?))?\.db$")
NOTE_LENGTH = 60


@dataclass(frozen=True)
class Backup:
    path: Path
    made_at: datetime  # naive UTC
    reason: str
    size: int
    people: int | None  # None when the copy cannot be read as a notebook
    note: str = ""  # e.g. the file imported just after it

    @property
    def readable(self) -> bool:
        return self.people is not None


def backup_name(made_at: datetime, reason: str, serial: int = 1, note: str = "") -> str:
    suffix = f"-{serial}" if serial > 1 else ""
    kept = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', "_", note).strip(" ._")[:NOTE_LENGTH]  # a name any system allows
    return f"relnote-{made_at:%Y%m%dT%H%M%S}Z-{reason}{suffix}{'--' + kept if kept else ''}.db"


def backup_note(name: str) -> str:
    match = _NAME.match(name)
    return (match.group(4) or "") if match else ""


def parse_backup_name(name: str) -> tuple[datetime, str] | None:
    match = _NAME.match(name)
    if match is None:
        return None
    return datetime.strptime(match.group(1), "%Y%m%dT%H%M%S"), match.group(2)


# ---- making ---------------------------------------------------------------------------------
def _free_name(folder: Path, made_at: datetime, reason: str, note: str) -> Path:
    serial = 1
    while (folder / backup_name(made_at, reason, serial, note)).exists():
        serial += 1
    return folder / backup_name(made_at, reason, serial, note)


def copy_notebook(source: Path, destination: Path) -> None:
    """Copy the notebook at `source` into `destination` (mode 0600) with the online backup API:
    consistent even while another connection writes. The copy appears only once complete."""
    partial = destination.with_name(f".{destination.name}{PARTIAL_MARK}{os.getpid()}")
    blame = destination
    try:
        os.close(os.open(partial, os.O_CREAT | os.O_EXCL | os.O_WRONLY, PRIVATE_FILE_MODE))
        blame = source
        reader = read_only_connection(source)
        try:
            writer = sqlite3.connect(partial)
            try:
                reader.backup(writer)
                blame = destination
                writer.execute("PRAGMA journal_mode = DELETE")  # a copy stands alone, no -wal beside it
            finally:
                writer.close()
        finally:
            reader.close()
        with open(partial, "rb") as handle:
            os.fsync(handle.fileno())
        os.replace(partial, destination)
        fsync_folder(destination.parent)
    except (OSError, sqlite3.Error) as error:
        remove_quietly(partial)
        remove_quietly(partial.with_name(partial.name + "-journal"))
        problem = problem_of(error)
        if problem == IO_ERROR and _too_little_room(source, destination.parent):
            problem = DISK_FULL  # SQLite often reports a full disk during a copy as a plain I/O error
        raise BackupError(destination if problem in (DISK_FULL, READ_ONLY) else blame, problem) from None


def _too_little_room(source: Path, folder: Path) -> bool:
    try:
        return shutil.disk_usage(folder).free < source.stat().st_size + ROOM_TO_SPARE
    except OSError:
        return False


def make_backup(paths: NotebookPaths, reason: str, now: datetime,
                destination: Path | None = None, prune: bool = True, note: str = "") -> Backup:
    """Back up the notebook now, into the backups folder (then prune) or to `destination`. `note` (the
    file about to be imported) goes into the copy's name, to tell one import's copy from another's."""
    if reason not in REASONS:
        raise ValueError(reason)
    if destination is None:
        try:
            ensure_private_dir(paths.backups_dir)
        except DataDirError as error:
            raise BackupError(error.path, IO_ERROR, error.reason) from None
        _remove_stale_partials(paths.backups_dir, now)
        destination = _free_name(paths.backups_dir, now, reason, note)
    copy_notebook(paths.database, destination)
    if prune and destination.parent == paths.backups_dir:
        prune_backups(paths)
    return describe(destination, now, reason)


@contextmanager
def backup_for_write(paths: NotebookPaths, reason: str, now: datetime, note: str = "") -> Iterator[Backup]:
    """A copy made for the write inside the `with`: kept (and older copies pruned) once the write
    lands; removed when it is refused or cancelled, so the backups are left as they were too."""
    backup = make_backup(paths, reason, now, prune=False, note=note)
    try:
        yield backup
    except BaseException:
        remove_quietly(backup.path)
        raise
    prune_backups(paths)


def backup_open_notebook_for_write(reason: str, now: datetime, note: str = ""):
    """`backup_for_write` for the notebook that is open now (e.g. just before an import)."""
    from relnote.db.database import database
    from relnote.paths import resolve_paths

    return backup_for_write(resolve_paths(Path(database.database).parent), reason, now, note)


def backup_before_upgrade(paths: NotebookPaths, clock: Callable[[], datetime] = utc_now) -> Callable[[Path], None]:
    """The hook `open_database` calls before a schema upgrade of a notebook holding data."""
    def hook(_path: Path) -> None:
        make_backup(paths, BEFORE_UPGRADE, clock())

    return hook


def backup_due_today(paths: NotebookPaths, now: datetime) -> bool:
    return not any(reason == DAILY and made_at.date() == now.date() for _, made_at, reason in _named(paths))


def make_daily_backup(paths: NotebookPaths, now: datetime) -> Backup | None:
    """The start-up backup: at most once a (UTC) day, and only once the notebook holds someone."""
    if not backup_due_today(paths, now) or not notebook_has_people(paths.database):
        return None
    return make_backup(paths, DAILY, now)


def _remove_stale_partials(folder: Path, now: datetime) -> None:
    """Partial files left by a killed backup; a running backup's partial is younger than an hour."""
    limit = (now.replace(tzinfo=timezone.utc) - STALE_PARTIAL_AGE).timestamp()
    for entry in folder.glob(f".*{PARTIAL_MARK}*"):
        try:
            if entry.stat().st_mtime < limit:
                entry.unlink()
        except OSError:
            pass


# ---- reading --------------------------------------------------------------------------------
def describe(path: Path, made_at: datetime, reason: str) -> Backup:
    try:
        size = path.stat().st_size
    except OSError:
        size = 0
    try:
        connection = read_only_connection(path)
        try:
            people = connection.execute("SELECT COUNT(*) FROM person").fetchone()[0]
        finally:
            connection.close()
    except sqlite3.Error:
        people = None
    return Backup(path, made_at, reason, size, people, backup_note(path.name))


def _named(paths: NotebookPaths) -> list[tuple[Path, datetime, str]]:
    if not paths.backups_dir.is_dir():
        return []
    found = []
    for entry in paths.backups_dir.iterdir():
        parsed = parse_backup_name(entry.name)
        if parsed is not None and entry.is_file():
            found.append((entry, *parsed))
    return sorted(found, key=lambda item: (item[1], item[0].name), reverse=True)


def has_backups(paths: NotebookPaths) -> bool:
    return bool(_named(paths))


def list_backups(paths: NotebookPaths) -> list[Backup]:
    """Every backup in the backups folder, newest first, with its size and how many people it holds."""
    return [describe(*named) for named in _named(paths)]


def backup_problem(path: Path, full: bool = False) -> str | None:
    """None when `path` is a sound Relnote notebook this Relnote can open, else a problem key."""
    if not _starts_like_sqlite(path):
        return NOT_A_NOTEBOOK  # a CSV or a picture picked by mistake, not a damaged notebook
    try:
        connection = read_only_connection(path)
        try:
            check = "integrity_check" if full else "quick_check"
            if connection.execute(f"PRAGMA {check}").fetchone()[0] != "ok":
                return DAMAGED
            if full and connection.execute("PRAGMA foreign_key_check").fetchone() is not None:
                return DAMAGED
            if connection.execute("PRAGMA user_version").fetchone()[0] > LATEST_STEP:
                return TOO_NEW
            tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
            return None if "person" in tables else NOT_A_NOTEBOOK
        finally:
            connection.close()
    except sqlite3.Error as error:
        return problem_of(error)


def _starts_like_sqlite(path: Path) -> bool:
    try:
        with open(path, "rb") as handle:
            start = handle.read(len(SQLITE_HEADER))
    except OSError:
        return True  # let SQLite say what is wrong with it
    return start == SQLITE_HEADER or start == b""


def newest_sound_backup(paths: NotebookPaths) -> Backup | None:
    for path, made_at, reason in _named(paths):
        if backup_problem(path) is None:
            return describe(path, made_at, reason)
    return None


# ---- retention ------------------------------------------------------------------------------
def _kept(named: list[tuple[Path, datetime, str]]) -> set[Path]:
    daily = [item for item in named if item[2] == DAILY]
    kept = {path for path, _, _ in daily[:KEEP_DAILY]}
    first_of_week: dict[tuple[int, int], Path] = {}
    for path, made_at, _ in daily:  # newest first, so the last one seen is the week's first
        first_of_week[made_at.isocalendar()[:2]] = path
    kept |= {first_of_week[week] for week in sorted(first_of_week, reverse=True)[:KEEP_WEEKLY]}
    kept |= set([path for path, _, reason in named if reason == BEFORE_IMPORT][:KEEP_BEFORE_IMPORT])
    kept |= {path for path, _, reason in named if reason not in (DAILY, BEFORE_IMPORT)}
    return kept


def prune_backups(paths: NotebookPaths) -> list[Path]:
    """Delete the copies retention no longer keeps; returns them. Never the only sound copy."""
    named = _named(paths)
    kept = _kept(named)
    doomed = [path for path, _, _ in named if path not in kept]
    if doomed and not any(backup_problem(path) is None for path, _, _ in named if path in kept):
        sound = next((path for path in doomed if backup_problem(path) is None), None)
        doomed = [path for path in doomed if path != sound]
    for path in doomed:
        remove_quietly(path)
    return doomed


# ---- restoring ------------------------------------------------------------------------------
def _keep_current(paths: NotebookPaths, now: datetime) -> Backup | None:
    """Back up the notebook about to be replaced; a damaged one is kept byte for byte."""
    database = paths.database
    if not database.exists() or database.stat().st_size == 0:
        return None
    if backup_problem(database) != DAMAGED:
        try:
            return make_backup(paths, BEFORE_RESTORE, now)
        except BackupError as error:
            if error.problem != DAMAGED:
                raise
    destination = _free_name(paths.backups_dir, now, BEFORE_RESTORE, "")
    try:
        for suffix in ("", "-wal"):
            source = database.with_name(database.name + suffix)
            if source.exists():
                shutil.copyfile(source, destination.with_name(destination.name + suffix))
                os.chmod(destination.with_name(destination.name + suffix), PRIVATE_FILE_MODE)
    except OSError as error:
        raise BackupError(destination, problem_of(error)) from None
    return describe(destination, now, BEFORE_RESTORE)


def restore_backup(paths: NotebookPaths, backup: Path, now: datetime) -> Backup | None:
    """Replace the notebook with `backup`, after keeping the current notebook as a backup itself.

    Closes the notebook in this process and leaves it closed: open it again afterwards. Returns the
    copy of the notebook as it was (None when there was nothing to keep)."""
    problem = backup_problem(backup, full=True) if backup.is_file() else MISSING
    if problem is not None:
        raise BackupError(backup, problem)
    close_database()
    kept = _keep_current(paths, now)
    database = paths.database
    incoming = database.with_name(f".{database.name}.restoring-{os.getpid()}")
    remove_quietly(incoming)
    copy_notebook(backup, incoming)
    _settle_write_ahead_log(database)
    os.replace(incoming, database)
    fsync_folder(database.parent)
    return kept


def _settle_write_ahead_log(database: Path) -> None:
    """Fold the -wal into the notebook and remove it with the -shm: a log left beside the restored
    file would be replayed into it."""
    try:
        connection = sqlite3.connect(database)
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        connection.close()
    except sqlite3.Error:
        pass  # a damaged notebook: it was kept byte for byte, its log goes with it
    for suffix in ("-wal", "-shm"):
        try:
            os.unlink(database.with_name(database.name + suffix))
        except FileNotFoundError:
            pass
        except OSError as error:
            if error.errno != errno.ENOENT:
                raise BackupError(database, problem_of(error)) from None
