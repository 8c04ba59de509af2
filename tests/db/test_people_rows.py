"""The People list's first page, read without peewee for the window's first paint, is exactly the page
the open notebook gives, or nothing when it cannot be."""

from __future__ import annotations

from datetime import datetime, timedelta

from relnote.core import moments, people
from relnote.db.database import close_database, database, open_database
from relnote.db.migrations import LATEST_STEP, STEPS
from relnote.db.people_queries import PeopleFilter, list_people
from relnote.db.people_rows import first_page
from tests.db.test_migrations import make_notebook_at_step

NOW = datetime(2026, 3, 14, 9, 30)


def test_the_first_page_is_the_list_as_it_opens(notebook):
    names = ["zoé Arnaud", "Émilie Roux", "Emile Zola", "Marc Lefèvre", "Marc Lefèvre", "Ana", "Ben", "Chloé"]
    ids = [people.add_person(name, NOW + timedelta(minutes=i), organisation="Atelier" if i % 2 else "")
           for i, name in enumerate(names)]
    moments.log_moment(NOW + timedelta(days=2), [ids[1], ids[3]], "call", "me", "Call", NOW)
    people.archive_person(ids[6], NOW)  # Ben: archived, not on the list
    for count in (3, 5, 20):
        read = first_page(notebook.database, count)
        assert read == list_people(PeopleFilter(), 0, count)
        assert len(read) == min(count, 7)
    rows = first_page(notebook.database, 20)
    assert [row.display_name for row in rows] == [
        "Ana", "Chloé", "Emile Zola", "Émilie Roux", "Marc Lefèvre", "Marc Lefèvre", "zoé Arnaud"]
    assert rows[3].last_moment_at == NOW + timedelta(days=2) and rows[0].last_moment_at is None


def test_no_first_page_without_a_notebook_as_this_relnote_keeps_it(notebook_paths, tmp_path):
    assert len(STEPS) == LATEST_STEP  # the version the first page expects is the last step's
    assert first_page(tmp_path / "missing.sqlite", 10) is None
    shopping = tmp_path / "list.sqlite"
    shopping.write_text("eggs, milk\n")
    assert first_page(shopping, 10) is None
    older = tmp_path / "older.sqlite"
    make_notebook_at_step(older, LATEST_STEP - 1)
    database.close()
    assert first_page(older, 10) is None  # it needs an upgrade: opened (and backed up) first
    open_database(notebook_paths.database)
    people.add_person("Ana", NOW)
    close_database()
    before = notebook_paths.database.read_bytes()
    assert [row.display_name for row in first_page(notebook_paths.database, 10)] == ["Ana"]
    assert notebook_paths.database.read_bytes() == before  # read without writing
