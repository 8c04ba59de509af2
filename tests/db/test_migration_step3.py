"""Step 3 (full-text search) upgrades a step-2 notebook and indexes what is already in it."""

import sqlite3

from relnote.db.database import database, open_database
from relnote.db.migrations import LATEST_STEP, schema_step
from relnote.db.people_queries import PeopleFilter, list_people
from relnote.db.search import search_journal, search_moments

from tests.db.test_migrations import make_notebook_at_step


def test_step_two_notebook_is_indexed_on_upgrade(notebook_paths):
    path = notebook_paths.database
    make_notebook_at_step(path, 2)
    raw = sqlite3.connect(path)
    raw.executescript("""
        INSERT INTO person (id, display_name, organisation, notes, created_at, updated_at)
        VALUES (1, 'Hélène Dupont', 'Atelier Lumière', 'Loves sourdough', '2024-03-01 09:00:00',
                '2024-03-01 09:00:00'),
               (2, 'Marc Lefèvre', '', '', '2024-03-02 09:00:00', '2024-03-02 09:00:00');
        INSERT INTO contact_point (person_id, kind, label, value) VALUES (1, 'email', 'work', 'hd@lumiere.fr');
        INSERT INTO tag (id, name) VALUES (1, 'Clients');
        INSERT INTO person_tag (person_id, tag_id) VALUES (2, 1);
        INSERT INTO moment (id, happened_at, kind, initiated_by, summary, notes, created_at)
        VALUES (1, '2024-05-02 12:30:00', 'coffee', 'them', 'Café près de la gare', 'Pricing',
                '2024-05-02 13:00:00');
        INSERT INTO moment_person (moment_id, person_id) VALUES (1, 1);
        INSERT INTO journal_entry (day, kind, text, created_at, updated_at)
        VALUES ('2024-05-02', 'gratitude', 'Merci à Hélène pour son accueil', '2024-05-02 21:00:00',
                '2024-05-02 21:00:00');
    """)
    raw.commit()
    raw.close()

    open_database(path)
    assert schema_step(database) == LATEST_STEP

    def found(text):
        return [row.display_name for row in list_people(PeopleFilter(text=text))]

    assert found("helene") == ["Hélène Dupont"]
    assert found("lumiere") == ["Hélène Dupont"]
    assert found("sourdough") == ["Hélène Dupont"]
    assert found("client") == ["Marc Lefèvre"]
    assert [hit.id for hit in search_moments("cafe")] == [1]
    assert [hit.id for hit in search_moments("pricing")] == [1]
    assert len(search_journal("accueil helene")) == 1
    assert database.execute_sql("PRAGMA foreign_key_check").fetchall() == []
    for index in ("person_search", "moment_search", "journal_search"):  # raises if out of step
        database.execute_sql(f"INSERT INTO {index} ({index}, rank) VALUES ('integrity-check', 1)")


def test_a_raw_write_after_the_upgrade_is_indexed_too(notebook_paths):
    make_notebook_at_step(notebook_paths.database, 3)
    raw = sqlite3.connect(notebook_paths.database)
    raw.execute("INSERT INTO person (display_name, created_at, updated_at) VALUES ('Chloé Girard', "
                "'2025-01-01 10:00:00', '2025-01-01 10:00:00')")
    raw.commit()
    raw.close()
    open_database(notebook_paths.database)
    assert [row.display_name for row in list_people(PeopleFilter(text="chloe"))] == ["Chloé Girard"]
