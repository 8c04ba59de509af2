"""Relnote's own exports come back exactly: people, moments, journal and follow-ups."""

from __future__ import annotations

import tempfile
from datetime import date, datetime
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from relnote.core import moments, people
from relnote.core.exporting.export import export
from relnote.core.importing import import_file
from relnote.core.people import ContactEntry
from relnote.db.database import close_database, database, open_database
from relnote.db.models import FollowUp, JournalEntry, JournalEntryPerson, Person
from tests.import_export_support import NOW

KINDS = ("people", "moments", "journal", "follow-ups")


def snapshot() -> dict[str, list]:
    def rows(sql):
        return [tuple(row) for row in database.execute_sql(sql).fetchall()]

    def with_people(sql, links_sql):
        linked: dict[int, list[int]] = {}
        for owner, person in rows(links_sql):
            linked.setdefault(owner, []).append(person)
        return sorted(row[1:] + (tuple(sorted(linked.get(row[0], []))),) for row in rows(sql))

    columns = [row[1] for row in rows("PRAGMA table_info(person)") if row[1] != "last_moment_at"]
    return {
        "people": rows(f"SELECT {', '.join(columns)}, last_moment_at FROM person ORDER BY id"),
        "contacts": rows("SELECT person_id, kind, label, value, position FROM contact_point "
                         "ORDER BY person_id, kind, position"),
        "tags": rows("SELECT pt.person_id, t.name FROM person_tag pt JOIN tag t ON t.id = pt.tag_id ORDER BY 1, 2"),
        "stages": rows("SELECT person_id, changed_at, from_stage, to_stage FROM stage_change ORDER BY 1, 2, 3"),
        "moments": with_people("SELECT * FROM moment", "SELECT moment_id, person_id FROM moment_person"),
        "journal": with_people("SELECT * FROM journal_entry",
                               "SELECT entry_id, person_id FROM journal_entry_person"),
        "follow_ups": sorted(rows("SELECT person_id, reason, due_at, expecting, done_at, notified_at, created_at "
                                  "FROM follow_up")),
    }


def _fill_a_notebook() -> None:
    anna = people.add_person("Anna Lefort", NOW, where_we_met="La Cantine, Nantes")
    ben = people.add_person("Benoît Caron", NOW, organisation="=Caron & Fils", role="-Gérant",
                            first_name="Benoît", last_name="Caron", city="Saint-Nazaire",
                            how_we_met="@Anna introduced us", met_on=date(2024, 5, 17),
                            introduced_by_id=anna, stage="potential_client", cadence_days=30,
                            what_matters="His daughter's studies;\nthe shop", how_i_could_help="+photos for the shop",
                            notes='He said "call me Ben"\r\nTwo lines, commas; semicolons')
    people.set_contact_points(ben, "email", [ContactEntry("work", "ben@caron.fr"), ContactEntry("", "b@gmail.com")], NOW)
    people.set_contact_points(ben, "phone", [ContactEntry("mobile", "+33 6 11 22 33 44")], NOW)
    people.set_contact_points(anna, "link", [ContactEntry("LinkedIn", "https://linkedin.com/in/anna")], NOW)
    people.set_tags(ben, ["Clients", "Nantes, 44", "=SUM(A1)"], NOW)
    people.set_tags(anna, ["Coworking"], NOW)
    people.archive_person(anna, datetime(2025, 6, 1, 8, 0, 0))
    people.update_person(ben, datetime(2025, 7, 1, 9, 30), stage="client")
    moments.log_moment(datetime(2025, 3, 2, 17, 45), [anna, ben], "coffee", "them",
                       "Coffee, then a walk", NOW, notes="=He wants a quote\nby Friday")
    moments.log_moment(datetime(2025, 4, 9, 9, 0), [ben], "help_given", "me", "Sent two contacts", NOW)
    entry = JournalEntry.create(day=date(2025, 3, 2), kind="gratitude", position=1,
                                text="Grateful for Ben's trust; he said yes", created_at=NOW, updated_at=NOW)
    JournalEntryPerson.create(entry=entry, person=ben)
    for position, person in ((0, anna), (2, ben)):  # the same words, thanking two people
        entry = JournalEntry.create(day=date(2025, 3, 4), kind="gratitude", position=position,
                                    text="Thanks for the warm welcome", created_at=NOW, updated_at=NOW)
        JournalEntryPerson.create(entry=entry, person=person)
    JournalEntry.create(day=date(2025, 3, 3), kind="reflection", position=0, text="-A calm day",
                        created_at=NOW, updated_at=NOW)
    FollowUp.create(person=ben, reason="Send the quote", due_at=datetime(2025, 4, 20, 8, 0), expecting=True,
                    created_at=NOW)
    FollowUp.create(person=anna, reason="Thank her for the intro", due_at=datetime(2025, 3, 5, 18, 0),
                    done_at=datetime(2025, 3, 5, 19, 0), notified_at=datetime(2025, 3, 5, 18, 0), created_at=NOW)


def test_everything_exported_comes_back_exactly(notebook, tmp_path):
    _fill_a_notebook()
    original = snapshot()
    files = {what: tmp_path / f"{what}.csv" for what in KINDS}
    for what, path in files.items():
        export(what, path, NOW)

    open_database(tmp_path / "other.db")
    for what in KINDS:
        summary = import_file(files[what], NOW)
        assert summary.kind == what

    assert snapshot() == original


def test_importing_the_moments_again_adds_nothing(notebook, tmp_path):
    _fill_a_notebook()
    export("moments", tmp_path / "moments.csv", NOW)
    before = snapshot()

    summary = import_file(tmp_path / "moments.csv", NOW)

    assert (summary.added, summary.already_present) == (0, 2)
    assert snapshot() == before


def test_semicolons_and_no_bom_round_trip_too(notebook, tmp_path):
    _fill_a_notebook()
    original = snapshot()
    export("people", tmp_path / "people.csv", NOW, delimiter=";", bom=False)

    open_database(tmp_path / "other.db")
    import_file(tmp_path / "people.csv", NOW)

    without_last_moment = [row[:-1] for row in snapshot()["people"]]  # comes back with the moments
    assert without_last_moment == [row[:-1] for row in original["people"]]
    assert (snapshot()["contacts"], snapshot()["tags"]) == (original["contacts"], original["tags"])


TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40)
RISKY = st.builds(lambda start, rest: start + rest,
                  st.sampled_from(["=", "+", "-", "@", "'", "\t", "\r", "\n", '"', "''", "=1+1", ";", ","]), TEXT)
FIELD = st.one_of(TEXT, RISKY)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(name=st.one_of(RISKY, TEXT.filter(lambda text: text.strip())), organisation=FIELD, notes=FIELD,
       role=FIELD, email=FIELD.filter(bool), label=FIELD)
def test_any_text_survives_export_and_import(name, organisation, notes, role, email, label):
    if not name.strip():
        name = "x" + name
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        open_database(folder / "a.db")
        person = Person.create(display_name=name, organisation=organisation, notes=notes, role=role,
                               created_at=NOW, updated_at=NOW)
        people.set_contact_points(person.id, "email", [ContactEntry(label.strip(), email)], NOW)
        original = snapshot()
        export("people", folder / "people.csv", NOW)

        open_database(folder / "b.db")
        import_file(folder / "people.csv", NOW)
        try:
            assert snapshot() == original
        finally:
            close_database()


def test_imported_contacts_keep_their_import_date_through_an_export(notebook, tmp_path):
    """Contacts from Google are marked as imported, people added by hand are not; Relnote's own
    export carries the mark into another notebook."""
    from tests.import_export_support import FIXTURES

    import_file(FIXTURES / "google_contacts.csv", NOW)
    people.add_person("Met by hand", datetime(2025, 6, 2, 9, 0))
    marks = {person.display_name: person.imported_at for person in Person.select()}
    assert marks.pop("Met by hand") is None and set(marks.values()) == {NOW}
    export("people", tmp_path / "people.csv", datetime(2025, 6, 3))

    open_database(tmp_path / "other.db")
    import_file(tmp_path / "people.csv", datetime(2025, 6, 3))
    assert {person.display_name: person.imported_at for person in Person.select()} == {**marks, "Met by hand": None}
