from datetime import datetime, timedelta

from relnote.core import moments, people
from relnote.core.people import ContactEntry
from relnote.db.people_queries import (
    SORT_BY_ADDED, SORT_BY_LAST_MOMENT, PeopleFilter, count_people, find_people_by_name, list_people, tag_names,
)
from relnote.db.timeline_queries import TimelineFilter, timeline_page

NOW = datetime(2026, 3, 14, 9, 30)


def names(people_filter: PeopleFilter) -> list[str]:
    return [row.display_name for row in list_people(people_filter)]


def small_notebook():
    helene = people.add_person("Hélène Dupont", NOW, organisation="Dupont Conseil")
    marc = people.add_person("Marc Lefèvre", NOW + timedelta(minutes=1), organisation="Atelier Bois")
    zoe = people.add_person("zoé Arnaud", NOW + timedelta(minutes=2))
    people.set_contact_points(marc, "email", [ContactEntry("work", "marc@atelier-bois.fr")], NOW)
    people.set_tags(zoe, ["Photographer", "Lyon"], NOW)
    people.update_person(helene, NOW, stage="client")
    moments.log_moment(NOW + timedelta(days=5), [marc], "call", "me", "Call", NOW)
    moments.log_moment(NOW + timedelta(days=2), [zoe], "call", "me", "Call", NOW)
    return helene, marc, zoe


def test_search_folds_case_and_accents_across_fields(notebook):
    small_notebook()
    assert names(PeopleFilter(text="helene")) == ["Hélène Dupont"]
    assert names(PeopleFilter(text="DUPONT conseil")) == ["Hélène Dupont"]
    assert names(PeopleFilter(text="atelier-bois.fr")) == ["Marc Lefèvre"]
    assert names(PeopleFilter(text="photog")) == ["zoé Arnaud"]
    assert names(PeopleFilter(text="nobody")) == []


def test_search_text_with_like_wildcards_is_taken_literally(notebook):
    small_notebook()
    assert names(PeopleFilter(text="%")) == []
    assert names(PeopleFilter(text="_")) == []


def test_filters_by_stage_tag_and_archive(notebook):
    helene, marc, zoe = small_notebook()
    assert names(PeopleFilter(stage="client")) == ["Hélène Dupont"]
    assert names(PeopleFilter(tag="lyon")) == ["zoé Arnaud"]
    people.archive_person(marc, NOW)
    assert names(PeopleFilter()) == ["Hélène Dupont", "zoé Arnaud"]
    assert names(PeopleFilter(archived=True)) == ["Marc Lefèvre"]
    assert count_people(PeopleFilter()) == 2
    assert tag_names() == ["Lyon", "Photographer"]


def test_sorting(notebook):
    small_notebook()
    assert names(PeopleFilter()) == ["Hélène Dupont", "Marc Lefèvre", "zoé Arnaud"]
    assert names(PeopleFilter(sort=SORT_BY_LAST_MOMENT)) == ["Marc Lefèvre", "zoé Arnaud", "Hélène Dupont"]
    assert names(PeopleFilter(sort=SORT_BY_ADDED)) == ["zoé Arnaud", "Marc Lefèvre", "Hélène Dupont"]


def test_names_sort_as_people_read_them_accents_and_case_aside(notebook):
    for name in ("Zoé Arnaud", "Julien Roy", "Émilie Durand", "jérôme Petit", "Eric Blanc", "Œuvre Collective"):
        people.add_person(name, NOW)
    people.update_person(people.add_person("Anne", NOW), NOW, display_name="Ève Martin")  # renamed: sorted anew
    assert names(PeopleFilter()) == ["Émilie Durand", "Eric Blanc", "Ève Martin", "jérôme Petit", "Julien Roy",
                                     "Œuvre Collective", "Zoé Arnaud"]
    assert [row.display_name for row in find_people_by_name("e")][:3] == ["Émilie Durand", "Eric Blanc", "Ève Martin"]


def test_pages_cover_everyone_once(notebook):
    for number in range(45):
        people.add_person(f"Person {number:02d}", NOW)
    seen = []
    for offset in range(0, 45, 10):
        seen += [row.display_name for row in list_people(PeopleFilter(), offset, 10)]
    assert seen == [f"Person {n:02d}" for n in range(45)]


def test_picker_offers_names_that_match_before_people_matching_elsewhere(notebook):
    taylor = people.add_person("Abigail Taylor", NOW, organisation="Riverside Studio")
    people.add_person("Abigail Roux", NOW)
    people.archive_person(people.add_person("Abigail Rey", NOW), NOW)
    assert [row.display_name for row in find_people_by_name("Abigail R")] == ["Abigail Roux", "Abigail Taylor"]
    assert [row.display_name for row in find_people_by_name("Abigail R", exclude_ids=(taylor,))] == ["Abigail Roux"]


def test_picker_does_not_offer_someone_only_because_their_notes_mention_the_name(notebook):
    people.add_person("Karim Benali", NOW)
    people.add_person("Sophie Lefèvre", NOW, where_we_met="Karim's studio warming", notes="Knows Karim well")
    people.add_person("Léa Fontaine", NOW, organisation="Karavan Films")
    assert [row.display_name for row in find_people_by_name("Kar")] == ["Karim Benali", "Léa Fontaine"]


def test_picker_search_excludes_given_people(notebook):
    helene, marc, _ = small_notebook()
    # Arnaud by name first, then Marc by his organisation (Atelier Bois)
    assert [r.display_name for r in find_people_by_name("a")] == ["zoé Arnaud", "Marc Lefèvre"]
    assert [r.display_name for r in find_people_by_name("a", exclude_ids=(marc,))] == ["zoé Arnaud"]


def test_story_is_newest_first_with_others_named(notebook):
    helene, marc, _ = small_notebook()
    moments.log_moment(NOW + timedelta(days=7), [helene, marc], "coffee", "them", "Coffee together", NOW,
                       notes="Talked about pricing")
    story = timeline_page(TimelineFilter(person_id=helene))
    assert [event.event for event in story] == ["moment", "stage_change", "added"]
    assert story[0].text == "Coffee together"
    assert [name for _, name in story[0].people] == ["Hélène Dupont", "Marc Lefèvre"]
    assert story[0].notes == "Talked about pricing"
    assert (story[1].from_stage, story[1].to_stage) == ("new", "client")
