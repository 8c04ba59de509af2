"""Full-text search as a user types: accents folded, prefixes, every field, always in step."""

from datetime import date, datetime

import pytest

from relnote.core import moments, people
from relnote.core.people import ContactEntry
from relnote.db.database import database
from relnote.db.people_queries import PeopleFilter, count_people, find_people_by_name, list_people
from relnote.db.search import indexing_deferred, match_expression, search_journal, search_moments

NOW = datetime(2026, 3, 14, 9, 30)


def found(text: str) -> list[str]:
    return [row.display_name for row in list_people(PeopleFilter(text=text))]


@pytest.fixture
def helene(notebook) -> int:
    person = people.add_person("Hélène Dupont", NOW, organisation="Atelier Lumière", role="Photographe",
                               city="Lyon", notes="Loves sourdough", what_matters="Growing her studio",
                               how_i_could_help="Introduce a bookkeeper")
    people.set_contact_points(person, "email", [ContactEntry("work", "h.dupont@lumiere-studio.fr")], NOW)
    people.set_tags(person, ["Wedding season", "Clients"], NOW)
    people.add_person("Marc Lefèvre", NOW, organisation="Northwind Design")
    return person


def test_accents_and_case_are_folded_both_ways(helene):
    assert found("helene") == ["Hélène Dupont"]
    assert found("HÉLÈNE") == ["Hélène Dupont"]
    assert found("lefevre") == ["Marc Lefèvre"]
    assert found("lumiere") == ["Hélène Dupont"]


def test_words_match_as_you_type(helene):
    assert found("h") == ["Hélène Dupont"]
    assert found("hel") == ["Hélène Dupont"]
    assert found("hel dup") == ["Hélène Dupont"]
    assert found("hel marc") == []
    assert found("lène") == []  # a word is matched from its start


@pytest.mark.parametrize("text", ["h.dupont@lumiere-studio.fr", "lumiere-studio", "wedding sea", "clients",
                                  "sourdough", "studio", "bookkeeper", "photographe", "lyon"])
def test_every_field_a_user_remembers(helene, text):
    assert found(text) == ["Hélène Dupont"]


def test_kept_in_step_with_edits(helene):
    people.update_person(helene, NOW, display_name="Hélène Martin", organisation="Studio Nord",
                         notes="Moved to the coast")
    assert found("lumiere") == ["Hélène Martin"]  # still her e-mail
    assert found("atelier") == []
    assert found("martin") == ["Hélène Martin"]
    assert found("sourdough") == [] and found("coast") == ["Hélène Martin"]


def test_kept_in_step_with_tags_and_their_names(helene):
    people.set_tags(helene, ["Mentors"], NOW)
    assert found("wedding") == [] and found("mentor") == ["Hélène Dupont"]
    database.execute_sql("UPDATE tag SET name = 'Guides' WHERE name = 'Mentors'")
    assert found("mentor") == [] and found("guides") == ["Hélène Dupont"]
    database.execute_sql("DELETE FROM tag WHERE name = 'Guides'")
    assert found("guides") == []


def test_kept_in_step_with_contact_points(helene):
    people.set_contact_points(helene, "email", [ContactEntry("home", "helene@maison.fr")], NOW)
    assert found("lumiere-studio") == []
    assert found("maison") == ["Hélène Dupont"]
    database.execute_sql("UPDATE contact_point SET value = 'hd@ailleurs.org' WHERE person_id = ?", (helene,))
    assert found("maison") == [] and found("ailleurs") == ["Hélène Dupont"]
    people.set_contact_points(helene, "email", [], NOW)
    assert found("ailleurs") == []


def test_phones_and_links_do_not_crowd_the_results(helene):
    people.set_contact_points(helene, "link", [ContactEntry("LinkedIn", "https://linkedin.com/in/hd")], NOW)
    assert found("linkedin") == []


def test_deleted_and_archived_people(helene):
    people.archive_person(helene, NOW)
    assert found("helene") == []
    assert [r.display_name for r in list_people(PeopleFilter(text="helene", archived=True))] == ["Hélène Dupont"]
    people.delete_person(helene)
    assert database.execute_sql("SELECT COUNT(*) FROM person_search").fetchone()[0] == 1
    assert found("helene") == [] and found("marc") == ["Marc Lefèvre"]


@pytest.mark.parametrize("text", ['"', '""', '"hel', "hel*", "*", "-", "-marc", "OR", "hel OR marc", "AND",
                                  "NOT", "NEAR(hel marc)", "(", ")", "hel)", "^hel", "name:hel", "{name}:hel",
                                  "+", "'", "\\", "%", "_", "d'artagnan", "\u00a0", "\t"])
def test_special_characters_never_raise(helene, text):
    assert isinstance(found(text), list)
    assert count_people(PeopleFilter(text=text)) >= 0
    assert isinstance(find_people_by_name(text), list)
    assert isinstance(search_moments(text), list)


def test_operators_are_searched_as_words(helene):
    people.add_person("Olivia Or", NOW)
    assert found("OR") == ["Olivia Or"]
    assert found("-marc") == ["Marc Lefèvre"]
    assert found('"hel') == ["Hélène Dupont"]
    assert match_expression("a \"b") == '"a"* """b"*'
    assert match_expression("- * ") is None


def test_moments_and_journal_are_searchable_and_kept_in_step(helene):
    moment = moments.log_moment(NOW, [helene], "coffee", "them", "Café près de la gare", NOW,
                                notes="Talked about the catalogue")
    assert [hit.id for hit in search_moments("cafe gare")] == [moment]
    assert [hit.summary for hit in search_moments("catal")] == ["Café près de la gare"]
    database.execute_sql("UPDATE moment SET summary = 'Lunch by the river' WHERE id = ?", (moment,))
    assert search_moments("gare") == [] and len(search_moments("river")) == 1
    people.delete_person(helene)
    assert search_moments("river") == []

    database.execute_sql("INSERT INTO journal_entry (day, kind, text, created_at, updated_at) VALUES "
                         "('2026-03-13', 'gratitude', 'Un client qui a payé en avance', ?, ?)", (NOW, NOW))
    hits = search_journal("paye avance")
    assert [(hit.day, hit.kind) for hit in hits] == [(date(2026, 3, 13), "gratitude")]
    database.execute_sql("DELETE FROM journal_entry")
    assert search_journal("avance") == []


def test_bulk_writes_are_indexed_once_at_the_end(notebook):
    with database.atomic():
        with indexing_deferred():
            database.execute_sql("INSERT INTO person (display_name, created_at, updated_at) "
                                 "VALUES ('Zoé Arnaud', ?, ?)", (NOW, NOW))
            assert found("zoe") == []
    assert found("zoe") == ["Zoé Arnaud"]
    people.update_person(1, NOW, display_name="Zoé Bernard")
    assert found("bernard") == ["Zoé Bernard"]
    with pytest.raises(RuntimeError):
        with indexing_deferred():
            pass
