"""Every schema step upgrades a notebook made at the step before it, data intact."""

import sqlite3

import pytest

from relnote.db.database import NotebookTooNewError, close_database, database, open_database
from relnote.db.migrations import LATEST_STEP, schema_step, upgrade
from relnote.db.models import Person


def make_notebook_at_step(path, step: int) -> None:
    database.init(str(path))
    database.connect()
    upgrade(database, path, target=step)
    close_database()


def test_new_notebook_is_at_latest_step_with_safe_pragmas(notebook):
    assert schema_step(database) == LATEST_STEP
    assert database.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert database.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
    assert database.execute_sql("PRAGMA synchronous").fetchone()[0] == 2
    assert database.execute_sql("PRAGMA busy_timeout").fetchone()[0] >= 1000


def test_step_one_notebook_with_data_upgrades_intact(notebook_paths):
    path = notebook_paths.database
    make_notebook_at_step(path, 1)
    raw = sqlite3.connect(path)
    raw.executescript("""
        INSERT INTO person (id, display_name, organisation, stage, created_at, updated_at, last_moment_at)
        VALUES (1, 'Hélène Dupont', 'Dupont Conseil', 'client', '2024-03-01 09:00:00', '2024-03-01 09:00:00',
                '2024-05-02 12:30:00');
        INSERT INTO person (id, display_name, introduced_by_id, created_at, updated_at)
        VALUES (2, 'Marc', 1, '2024-04-01 09:00:00', '2024-04-01 09:00:00');
        INSERT INTO moment (id, happened_at, kind, initiated_by, summary, created_at)
        VALUES (1, '2024-05-02 12:30:00', 'coffee', 'them', 'Coffee near the station', '2024-05-02 13:00:00');
        INSERT INTO moment_person (moment_id, person_id) VALUES (1, 1), (1, 2);
        INSERT INTO stage_change (person_id, changed_at, from_stage, to_stage)
        VALUES (1, '2024-04-10 10:00:00', 'potential_client', 'client');
    """)
    raw.commit()
    raw.close()

    open_database(path)
    assert schema_step(database) == LATEST_STEP
    helene = Person.get_by_id(1)
    assert helene.display_name == "Hélène Dupont"
    assert helene.stage == "client"
    assert Person.get_by_id(2).introduced_by_id == 1
    assert database.execute_sql("SELECT summary FROM moment").fetchall() == [("Coffee near the station",)]
    assert database.execute_sql("SELECT COUNT(*) FROM moment_person").fetchone()[0] == 2
    assert database.execute_sql("SELECT COUNT(*) FROM follow_up").fetchone()[0] == 0
    assert database.execute_sql("PRAGMA foreign_key_check").fetchall() == []


def test_notebook_from_a_newer_relnote_is_refused_and_untouched(notebook_paths):
    path = notebook_paths.database
    make_notebook_at_step(path, LATEST_STEP)
    raw = sqlite3.connect(path)
    raw.execute(f"PRAGMA user_version = {LATEST_STEP + 5}")
    raw.commit()
    raw.close()
    before = path.read_bytes()
    with pytest.raises(NotebookTooNewError) as caught:
        open_database(path)
    assert caught.value.found == LATEST_STEP + 5 and caught.value.problem == "too_new"
    assert path.read_bytes() == before
    with pytest.raises(NotebookTooNewError):
        open_database(path, read_only=True)  # checking it too: this Relnote cannot tell whether it is sound


def test_a_failing_step_leaves_the_notebook_at_the_step_before(notebook_paths, monkeypatch):
    from relnote.db import migrations

    path = notebook_paths.database
    make_notebook_at_step(path, 1)

    def broken_step(db):
        db.execute_sql("CREATE TABLE half_done (id INTEGER)")
        raise RuntimeError("disk went away")

    monkeypatch.setattr(migrations, "STEPS", [migrations.STEPS[0], broken_step])
    database.init(str(path))
    database.connect()
    with pytest.raises(RuntimeError):
        upgrade(database, path, target=2)
    assert schema_step(database) == 1
    tables = {row[0] for row in database.execute_sql("SELECT name FROM sqlite_master WHERE type='table'")}
    assert "half_done" not in tables


def test_step_five_sorts_the_names_already_in_the_notebook_as_people_read_them(notebook_paths):
    path = notebook_paths.database
    make_notebook_at_step(path, 4)
    raw = sqlite3.connect(path)
    for number, name in enumerate(("Zoé", "Émilie", "Eric"), start=1):
        raw.execute("INSERT INTO person (id, display_name, created_at, updated_at) VALUES (?, ?, ?, ?)",
                    (number, name, "2024-03-01 09:00:00", "2024-03-01 09:00:00"))
    raw.commit()
    raw.close()

    open_database(path)
    from relnote.db.people_queries import PeopleFilter, list_people

    assert [row.display_name for row in list_people(PeopleFilter())] == ["Émilie", "Eric", "Zoé"]
    plan = database.execute_sql("EXPLAIN QUERY PLAN SELECT id FROM person WHERE archived_at IS NULL "
                                "ORDER BY sort_name, id LIMIT 200").fetchall()
    assert "person_active_name" in str(plan) and "TEMP B-TREE" not in str(plan)  # no sort, however many
