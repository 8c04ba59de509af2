"""All or nothing: invalid rows, Cancel or an error midway leave the notebook exactly as it was."""

from __future__ import annotations

from datetime import date

import pytest

from relnote.core import people
from relnote.core.importing import (
    ADD, MERGE, SKIP, ImportCancelled, InvalidRowsError, apply_import, import_file, inspect_file, scan_source,
)
from relnote.core.importing import people_writer
from relnote.core.importing.errors import ROW_DATE_NOT_DAY_FIRST, ROW_DATE_OUT_OF_RANGE, ROW_NO_NAME, ROW_UNBALANCED_QUOTE
from relnote.core.people import ContactEntry
from relnote.db.models import Person
from tests.import_export_support import FIXTURES, NOW, notebook_digest, profiles, values


def _existing_claire() -> int:
    person_id = people.add_person("Claire Martin", NOW, organisation="Atelier Lumière")
    people.set_contact_points(person_id, "email", [ContactEntry("work", "claire@atelier-lumiere.fr")], NOW)
    people.set_tags(person_id, ["Photographers"], NOW)
    return person_id


def test_a_broken_file_is_refused_with_every_problem_and_changes_nothing(notebook):
    _existing_claire()
    before = notebook_digest()

    with pytest.raises(InvalidRowsError) as caught:
        import_file(FIXTURES / "broken.csv", NOW)

    assert [(p.line, p.problem) for p in caught.value.problems] == [(3, ROW_NO_NAME), (5, ROW_UNBALANCED_QUOTE)]
    assert notebook_digest() == before


def test_the_valid_rows_can_be_imported_and_the_listed_ones_skipped(notebook):
    summary = import_file(FIXTURES / "broken.csv", NOW, skip_invalid=True)

    assert (summary.added, summary.skipped_invalid) == (4, 2)
    assert set(profiles()) == {"Claire Martin", "Karim Benali", "Léa Fontaine", "Jean Roux"}
    assert profiles()["Karim Benali"].notes == 'Says "hi" to everyone'
    assert profiles()["Jean Roux"].notes == "Two lines\nof notes"


def test_scan_lists_problems_and_duplicates_without_writing(notebook):
    claire = _existing_claire()
    before = notebook_digest()

    report = scan_source(inspect_file(FIXTURES / "broken.csv"))

    assert notebook_digest() == before
    assert (report.rows, report.invalid_rows, report.valid_rows) == (6, 2, 4)
    assert [(match.line, match.person_id, match.reason) for match in report.duplicates] == [
        (2, claire, "same_email")]


def test_same_name_and_organisation_is_a_duplicate_whatever_the_accents(notebook):
    person_id = people.add_person("Helene Garnier", NOW, organisation="GARNIER TRAITEUR")

    report = scan_source(inspect_file(FIXTURES / "excel_fr.csv"))

    assert [(m.line, m.person_id, m.reason) for m in report.duplicates] == [
        (2, person_id, "same_name_and_organisation")]


def test_merge_fills_empty_fields_and_adds_emails_and_tags(notebook):
    claire = _existing_claire()
    people.update_person(claire, NOW, role="Portraitiste")

    summary = import_file(FIXTURES / "google_contacts.csv", NOW)

    assert (summary.added, summary.merged, summary.differing_kept_in_notes) == (2, 1, 1)
    merged = people.load_profile(claire)
    assert merged.role == "Portraitiste"  # not overwritten
    assert "Organization Title: Photographe" in merged.notes  # nor lost: under the file's own heading
    assert merged.city == "Paris"  # was empty: filled
    assert values(merged.emails) == ["claire@atelier-lumiere.fr", "claire.martin@gmail.com"]
    assert merged.tags == ["Clients", "Photographers"]
    assert len(profiles()) == 3


def test_merge_adds_the_files_notes_to_notes_already_written(notebook):
    claire = _existing_claire()
    people.update_person(claire, NOW, notes="Prefers phone calls")
    import_file(FIXTURES / "google_contacts.csv", NOW)
    notes = people.load_profile(claire).notes
    assert notes.startswith("Prefers phone calls\n\nMet at the coworking breakfast, loves film cameras")
    assert "Birthday" in notes  # kept in the notes, as for someone new

    again = import_file(FIXTURES / "google_contacts.csv", NOW)  # the same file again: nothing twice
    assert people.load_profile(claire).notes == notes and again.differing_kept_in_notes == 0


def test_a_merge_keeps_the_files_other_values_in_the_notes_and_ignores_mere_accents(notebook, tmp_path):
    claire = people.add_person("Claire Martin", NOW, organisation="Atelier Lumière", city="Lyon",
                               first_name="Claire", last_name="Martin")
    people.set_contact_points(claire, "email", [ContactEntry("work", "claire@atelier-lumiere.fr")], NOW)
    path = tmp_path / "other.csv"
    path.write_text("Name,First name,Company,Town,E-mail\n"
                    "Claire Martin,CLAIRE,Studio Nord,Paris,claire@atelier-lumiere.fr\n", encoding="utf-8")
    summary = import_file(path, NOW)
    merged = people.load_profile(claire)
    assert (summary.merged, summary.differing_kept_in_notes) == (1, 1)
    assert (merged.organisation, merged.city) == ("Atelier Lumière", "Lyon")
    assert merged.notes == "Company: Studio Nord\nTown: Paris"  # "CLAIRE" is the same name


@pytest.mark.parametrize("choice, people_after, claire_emails", [
    (SKIP, 3, 1), (ADD, 4, 1), (MERGE, 3, 2),
])
def test_a_choice_per_duplicate_row(notebook, choice, people_after, claire_emails):
    claire = _existing_claire()
    source = inspect_file(FIXTURES / "google_contacts.csv")
    line = scan_source(source).duplicates[0].line

    apply_import(source, NOW, decisions={line: choice}, duplicates=MERGE)

    assert Person.select().count() == people_after
    assert len(people.load_profile(claire).emails) == claire_emails


def test_cancel_midway_leaves_the_notebook_unchanged(notebook, tmp_path):
    _existing_claire()
    path = tmp_path / "many.csv"
    path.write_text("First Name,Last Name,E-mail\n" +
                    "".join(f"Person,{n},p{n}@example.org\n" for n in range(5000)), encoding="utf-8")
    before = notebook_digest()
    calls = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > 3  # after some rows were written

    with pytest.raises(ImportCancelled):
        import_file(path, NOW, cancelled=cancelled)

    assert len(calls) == 4
    assert notebook_digest() == before


def test_an_error_midway_leaves_the_notebook_unchanged(notebook, tmp_path, monkeypatch):
    _existing_claire()
    path = tmp_path / "many.csv"
    path.write_text("Name,Tags\n" + "".join(f"Person {n},tag{n % 7}\n" for n in range(5000)), encoding="utf-8")
    before = notebook_digest()
    original_flush = people_writer.PeopleWriter.flush
    flushes = []

    def failing_flush(self):
        flushes.append(1)
        if len(flushes) == 2:
            raise RuntimeError("disk full")
        original_flush(self)

    monkeypatch.setattr(people_writer.PeopleWriter, "flush", failing_flush)
    with pytest.raises(RuntimeError):
        import_file(path, NOW)

    assert notebook_digest() == before


def test_dry_run_reports_and_changes_nothing(notebook):
    before = notebook_digest()

    summary = import_file(FIXTURES / "google_contacts.csv", NOW, dry_run=True)

    assert (summary.added, summary.dry_run) == (3, True)
    assert notebook_digest() == before


def test_progress_reaches_the_end(notebook):
    seen = []
    import_file(FIXTURES / "excel_fr.csv", NOW, progress=lambda done, total: seen.append((done, total)))
    assert seen[-1][0] == seen[-1][1] > 0


def test_the_same_name_alone_is_offered_and_added_unless_the_user_merges(notebook):
    nadia = people.add_person("Nadia Chevalier", NOW, organisation="Studio Chevalier & Associés")
    source = inspect_file(FIXTURES / "linkedin_connections.csv")
    [match] = scan_source(source).duplicates
    assert (match.person_id, match.reason, match.line) == (nadia, "same_name", 5)

    assert import_file(FIXTURES / "linkedin_connections.csv", NOW, dry_run=True).added == 3  # a namesake, maybe
    summary = apply_import(inspect_file(FIXTURES / "linkedin_connections.csv"), NOW, decisions={5: MERGE})
    assert (summary.added, summary.merged) == (2, 1)
    merged = people.load_profile(nadia)
    assert merged.organisation == "Studio Chevalier & Associés" and merged.role == "Directrice artistique"


def test_one_reading_of_dates_for_the_whole_file(notebook, tmp_path):
    path = tmp_path / "met.csv"
    path.write_text("Name,Met on\nClaire Martin,03/04/2024\nPaul Durand,04/13/2024\n", encoding="utf-8")
    import_file(path, NOW)
    met = {person.display_name: person.met_on for person in Person.select()}
    assert met == {"Claire Martin": date(2024, 3, 4), "Paul Durand": date(2024, 4, 13)}


def test_a_date_that_contradicts_the_files_reading_is_listed_and_the_user_can_say_how_dates_are_written(
        notebook, tmp_path):
    ambiguous = "".join(f"Person {n},03/04/2024\n" for n in range(300))  # beyond the rows looked at first
    path = tmp_path / "met.csv"
    path.write_text(f"Name,Met on\n{ambiguous}Paul Durand,04/13/2024\n", encoding="utf-8")
    before = notebook_digest()
    with pytest.raises(InvalidRowsError) as caught:
        import_file(path, NOW)
    assert [(p.line, p.problem, p.column, p.value) for p in caught.value.problems] == [
        (302, ROW_DATE_NOT_DAY_FIRST, "Met on", "04/13/2024")]
    assert notebook_digest() == before
    import_file(path, NOW, day_first=False)
    assert {person.met_on for person in Person.select()} == {date(2024, 3, 4), date(2024, 4, 13)}


def test_a_date_no_one_met_on_is_named_and_nothing_is_imported(notebook, tmp_path):
    path = tmp_path / "met.csv"
    path.write_text("Name,Met on\nClaire Martin,01/01/1750\nPaul Durand,9999-12-31\nLéa Roux,01/01/1900\n",
                    encoding="utf-8")
    with pytest.raises(InvalidRowsError) as caught:
        import_file(path, NOW)
    assert [(p.line, p.problem, p.value) for p in caught.value.problems] == [
        (2, ROW_DATE_OUT_OF_RANGE, "01/01/1750"), (3, ROW_DATE_OUT_OF_RANGE, "9999-12-31")]
    assert Person.select().count() == 0
