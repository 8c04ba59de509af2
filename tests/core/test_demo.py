"""The demo notebook: realistic, consistent, the same for a seed, and never mixed into real data."""

import re
from datetime import datetime

import pytest

from relnote.core import people
from relnote.core.demo import NotebookNotEmptyError, fill_demo_notebook
from relnote.core.demo_words import ENGLISH, FIRST_NAMES, FRENCH, fill
from relnote.core.errors import ValidationError
from relnote.core.vocabulary import INITIATORS, MOMENT_KINDS, STAGES
from relnote.db.database import database
from relnote.db.people_queries import PeopleFilter, count_people, list_people
from tests.sample_language import prose_languages

NOW = datetime(2026, 3, 14, 18, 0)


def rows(sql: str) -> list[tuple]:
    return database.execute_sql(sql).fetchall()


def value(sql: str):
    return database.execute_sql(sql).fetchone()[0]


def snapshot() -> dict[str, list[tuple]]:
    tables = ("person", "contact_point", "tag", "person_tag", "moment", "moment_person", "stage_change",
              "journal_entry", "journal_entry_person", "follow_up")
    return {table: rows(f"SELECT * FROM {table} ORDER BY id") for table in tables}


def test_counts_and_what_a_user_finds_in_it(notebook):
    summary = fill_demo_notebook(120, 900, seed=3, now=NOW)
    assert (summary.people, summary.moments) == (120, 900)
    assert value("SELECT COUNT(*) FROM person") == 120
    assert value("SELECT COUNT(*) FROM moment") == 900
    assert value("SELECT COUNT(*) FROM journal_entry") == summary.journal_entries > 500
    assert value("SELECT COUNT(*) FROM follow_up") == summary.follow_ups == 15
    assert value("SELECT COUNT(*) FROM moment_person") > 900
    assert value("SELECT COUNT(*) FROM person_tag") > 0
    assert value("SELECT COUNT(*) FROM tag WHERE cadence_days IS NOT NULL") >= 3
    assert value("SELECT COUNT(*) FROM person WHERE cadence_days IS NOT NULL") > 0
    assert value("SELECT COUNT(*) FROM person WHERE introduced_by_id IS NOT NULL") > 0
    assert value("SELECT COUNT(*) FROM contact_point WHERE kind = 'email'") > 60
    assert value("SELECT COUNT(*) FROM journal_entry_person") > 0
    assert value("SELECT COUNT(*) FROM journal_entry WHERE kind = 'reflection'") > 0
    assert value("SELECT COUNT(*) FROM follow_up WHERE done_at IS NULL") > 0
    assert value("SELECT COUNT(*) FROM follow_up WHERE done_at IS NOT NULL") > 0
    assert value("SELECT COUNT(*) FROM follow_up WHERE expecting = 1") > 0
    assert value("SELECT COUNT(*) FROM follow_up WHERE trim(reason) = ''") == 0
    assert {kind for (kind,) in rows("SELECT DISTINCT kind FROM moment")} <= set(MOMENT_KINDS)
    assert {who for (who,) in rows("SELECT DISTINCT initiated_by FROM moment")} == set(INITIATORS)
    assert value("SELECT MAX(happened_at) FROM moment") <= NOW.isoformat(" ")
    assert value("SELECT COUNT(*) FROM moment WHERE summary = ''") == 0
    assert rows("PRAGMA foreign_key_check") == []
    # Both languages, accents included, and the notebook opens like any other.
    names = {name for (name,) in rows("SELECT display_name FROM person")}
    assert any(ch in "éèëïôç" for name in names for ch in name)
    assert count_people(PeopleFilter()) == 120
    assert len(list_people(PeopleFilter(), 0, 50)) == 50
    profile = people.load_profile(1)
    assert profile.display_name and profile.stage in STAGES


def test_the_journal_is_written_in_evenings_already_past_without_a_line_twice_a_day(notebook):
    fill_demo_notebook(60, 300, seed=5, now=datetime(2026, 3, 14, 9, 0))  # a morning: today's evening is to come
    assert value("SELECT MAX(day) FROM journal_entry") <= "2026-03-13"
    assert value("SELECT MAX(created_at) FROM journal_entry") <= "2026-03-14 09:00:00"
    assert rows("SELECT day, text FROM journal_entry WHERE kind = 'gratitude' "
                "GROUP BY day, text HAVING COUNT(*) > 1") == []


def test_stages_and_last_moments_are_consistent(notebook):
    fill_demo_notebook(150, 1200, seed=5, now=NOW)
    for person_id, stage, created_at in rows("SELECT id, stage, created_at FROM person"):
        changes = rows(f"SELECT from_stage, to_stage, changed_at FROM stage_change "
                       f"WHERE person_id = {person_id} ORDER BY changed_at, id")
        if stage == "new":
            assert changes == []
            continue
        assert changes[0][0] == "new" and changes[-1][1] == stage
        for (_, to_stage, _), (from_stage, _, _) in zip(changes, changes[1:]):
            assert to_stage == from_stage
        assert all(created_at < changed_at <= NOW.isoformat(" ") for _, _, changed_at in changes)
    assert rows("""SELECT p.id FROM person p WHERE p.last_moment_at IS NOT
                   (SELECT MAX(m.happened_at) FROM moment m JOIN moment_person mp ON mp.moment_id = m.id
                     WHERE mp.person_id = p.id)""") == []
    # Nobody shares a moment from before they were added.
    assert value("""SELECT COUNT(*) FROM moment m JOIN moment_person mp ON mp.moment_id = m.id
                    JOIN person p ON p.id = mp.person_id WHERE m.happened_at < p.created_at""") == 0


def test_the_same_seed_gives_the_same_notebook(notebook, notebook_paths, tmp_path):
    fill_demo_notebook(60, 400, seed=11, now=NOW)
    first = snapshot()
    from relnote.db.database import close_database, open_database

    close_database()
    open_database(tmp_path / "again.db")
    fill_demo_notebook(60, 400, seed=11, now=NOW)
    assert snapshot() == first
    close_database()
    open_database(tmp_path / "other.db")
    fill_demo_notebook(60, 400, seed=12, now=NOW)
    assert snapshot()["person"] != first["person"]


def test_a_notebook_with_people_is_refused_and_left_as_it_was(notebook):
    people.add_person("Claire Martin", NOW, where_we_met="Coworking breakfast")
    with pytest.raises(NotebookNotEmptyError) as refused:
        fill_demo_notebook(50, 100, seed=1, now=NOW)
    assert refused.value.people == 1
    assert value("SELECT COUNT(*) FROM person") == 1
    assert value("SELECT COUNT(*) FROM moment") == 0
    assert value("SELECT COUNT(*) FROM tag") == 0


def test_a_notebook_with_only_a_journal_is_refused_too(notebook):
    database.execute_sql("INSERT INTO journal_entry (day, kind, text, created_at, updated_at) "
                         "VALUES ('2026-03-13', 'gratitude', 'Sun on the terrace', ?, ?)", (NOW, NOW))
    with pytest.raises(NotebookNotEmptyError) as refused:
        fill_demo_notebook(50, 100, seed=1, now=NOW)
    assert refused.value.journal_entries == 1
    assert value("SELECT COUNT(*) FROM person") == 0


def test_the_demo_is_searchable_at_once(notebook):
    from relnote.db.search import search_moments

    triggers = "SELECT sql FROM sqlite_master WHERE type = 'trigger' ORDER BY name"
    before = rows(triggers)
    fill_demo_notebook(80, 600, seed=2, now=NOW)
    assert rows(triggers) == before and len(before) == 15
    someone = rows("SELECT display_name FROM person WHERE id = 40")[0][0]
    assert 40 in [row.id for row in list_people(PeopleFilter(text=someone), 0, 200)]
    assert search_moments("cafe") or search_moments("coffee")


@pytest.mark.parametrize("language", [FRENCH, ENGLISH])
def test_the_prose_is_in_the_users_language_whoever_it_is_about(notebook, language):
    fill_demo_notebook(200, 3000, seed=4, now=NOW, language=language)
    written = prose_languages(database.execute_sql)
    assert list(written) == [language], {other: texts[:5] for other, texts in written.items() if other != language}
    first_names = {name.split()[0] for (name,) in rows("SELECT display_name FROM person")}
    assert first_names & set(FIRST_NAMES[FRENCH]) and first_names & set(FIRST_NAMES[ENGLISH])


def test_a_language_without_sample_words_is_refused(notebook):
    with pytest.raises(ValidationError):
        fill_demo_notebook(10, 10, seed=1, now=NOW, language="de")
    assert value("SELECT COUNT(*) FROM person") == 0


def test_french_sample_sentences_read_as_french(notebook):
    fill_demo_notebook(200, 3000, seed=4, now=NOW, language=FRENCH)
    texts = [row[0] for row in database.execute_sql(
        "SELECT summary FROM moment UNION ALL SELECT reason FROM follow_up UNION ALL SELECT what_matters FROM person "
        "UNION ALL SELECT how_we_met FROM person")]
    unjoined = re.compile(r"\b(de|à) (le|les|un|une|Les|Le)\b")
    assert not [text for text in texts if unjoined.search(text)]


def test_french_words_join_up_as_french_is_written():
    assert fill("Déjeuner : nouvelles de {org}", FRENCH, org="Les Ateliers du Rhône") == \
        "Déjeuner : nouvelles des Ateliers du Rhône"
    assert fill("Prendre des nouvelles de {topic}", FRENCH, topic="un recrutement difficile") == \
        "Prendre des nouvelles d’un recrutement difficile"
    assert fill("Présenté(e) par {other}", FRENCH, other="Hélène") == "Présenté(e) par Hélène"
    assert fill("News from {org}", ENGLISH, org="de la Tour") == "News from de la Tour"
