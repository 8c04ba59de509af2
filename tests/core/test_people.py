from datetime import date, datetime, timedelta

import pytest

from relnote.core import moments, people
from relnote.core.errors import NotFoundError, ValidationError
from relnote.core.people import ContactEntry
from relnote.db.models import Moment, Person, StageChange

NOW = datetime(2026, 3, 14, 9, 30)


def test_quick_add_needs_only_a_name_and_where_we_met(notebook):
    person_id = people.add_person("  Claire Martin ", NOW, where_we_met="Coworking breakfast")
    profile = people.load_profile(person_id)
    assert profile.display_name == "Claire Martin"
    assert profile.where_we_met == "Coworking breakfast"
    assert profile.stage == "new"
    assert profile.created_at == NOW


def test_a_person_without_a_name_is_refused(notebook):
    with pytest.raises(ValidationError) as caught:
        people.add_person("   ", NOW)
    assert caught.value.field == "display_name"
    assert Person.select().count() == 0


def test_every_profile_field_is_saved(notebook):
    introducer = people.add_person("Paul", NOW)
    person_id = people.add_person("Claire", NOW)
    people.update_person(
        person_id, NOW,
        first_name="Claire", last_name="Martin", organisation="Atelier Lumière", role="Photographer",
        city="Lyon", how_we_met="She asked a question after my talk", where_we_met="Lyon Tech Meetup",
        met_on=date(2025, 11, 3), introduced_by_id=introducer, stage="acquaintance",
        what_matters="Corporate clients", how_i_could_help="Intro to ACME HR", cadence_days=30,
        notes="Prefers mornings",
    )
    people.set_contact_points(person_id, "email", [ContactEntry("work", "claire@atelier.fr"),
                                                   ContactEntry("personal", " claire@mail.fr ")], NOW)
    people.set_contact_points(person_id, "phone", [ContactEntry("mobile", "+33 6 12 34 56 78")], NOW)
    people.set_contact_points(person_id, "link", [ContactEntry("LinkedIn", "https://linkedin.com/in/cm")], NOW)
    people.set_tags(person_id, ["photographer", "Lyon", "lyon", " "], NOW)

    profile = people.load_profile(person_id)
    assert (profile.first_name, profile.last_name) == ("Claire", "Martin")
    assert profile.met_on == date(2025, 11, 3)
    assert profile.introduced_by_name == "Paul"
    assert profile.cadence_days == 30
    assert profile.emails == [ContactEntry("work", "claire@atelier.fr"), ContactEntry("personal", "claire@mail.fr")]
    assert profile.phones == [ContactEntry("mobile", "+33 6 12 34 56 78")]
    assert profile.links[0].label == "LinkedIn"
    assert profile.tags == ["Lyon", "photographer"]


@pytest.mark.parametrize("field, value", [
    ("stage", "hot_lead"), ("cadence_days", 0), ("cadence_days", -3), ("met_on", "yesterday"),
    ("met_on", date(1750, 6, 1)), ("met_on", date(9999, 12, 31)), ("display_name", ""), ("favourite_colour", "blue"),
])
def test_wrong_values_are_refused_and_nothing_changes(notebook, field, value):
    person_id = people.add_person("Claire", NOW)
    with pytest.raises(ValidationError) as caught:
        people.update_person(person_id, NOW + timedelta(hours=1), **{field: value})
    assert caught.value.field == field
    assert Person.get_by_id(person_id).updated_at == NOW


def test_no_one_introduces_themselves(notebook):
    person_id = people.add_person("Claire", NOW)
    with pytest.raises(ValidationError):
        people.update_person(person_id, NOW, introduced_by_id=person_id)
    with pytest.raises(NotFoundError):
        people.update_person(person_id, NOW, introduced_by_id=999)


def test_stage_changes_are_recorded_with_their_time(notebook):
    person_id = people.add_person("Claire", NOW)
    people.update_person(person_id, NOW + timedelta(days=1), stage="relationship")
    people.update_person(person_id, NOW + timedelta(days=2), stage="relationship", city="Lyon")
    people.update_person(person_id, NOW + timedelta(days=9), stage="client")
    changes = [(c.from_stage, c.to_stage, c.changed_at) for c in StageChange.select().order_by(StageChange.id)]
    assert changes == [("new", "relationship", NOW + timedelta(days=1)),
                       ("relationship", "client", NOW + timedelta(days=9))]


def test_archive_and_restore(notebook):
    person_id = people.add_person("Claire", NOW)
    people.archive_person(person_id, NOW)
    assert people.load_profile(person_id).archived_at == NOW
    people.restore_person(person_id, NOW)
    assert people.load_profile(person_id).archived_at is None


def test_deleting_a_person_names_and_removes_only_their_own_moments(notebook):
    claire = people.add_person("Claire", NOW)
    paul = people.add_person("Paul", NOW)
    moments.log_moment(NOW, [claire], "call", "me", "Alone with Claire", NOW)
    moments.log_moment(NOW, [claire], "coffee", "them", "Coffee with Claire", NOW)
    shared = moments.log_moment(NOW, [claire, paul], "event", "both", "Meetup", NOW)
    impact = people.deletion_impact(claire)
    assert (impact.display_name, impact.moments_deleted, impact.moments_kept_for_others) == ("Claire", 2, 1)

    people.delete_person(claire)
    assert [m.id for m in Moment.select()] == [shared]
    assert Person.select().count() == 1


@pytest.mark.parametrize("typed, first, last", [
    ("Claire Martin", "Claire", "Martin"), ("Marie-Hélène  de la Tour", "Marie-Hélène", "de la Tour"),
    ("Zoé", "Zoé", ""),
])
def test_a_name_typed_in_one_go_gives_first_and_last_names(typed, first, last):
    assert people.name_parts(typed) == {"first_name": first, "last_name": last}
