from datetime import datetime, timedelta

import pytest

from relnote.core import moments, people
from relnote.core.errors import NotFoundError, ValidationError
from relnote.db.models import Moment, Person

NOW = datetime(2026, 3, 14, 9, 30)


def test_a_moment_with_several_people_updates_each_last_moment(notebook):
    claire = people.add_person("Claire", NOW)
    paul = people.add_person("Paul", NOW)
    moments.log_moment(NOW - timedelta(days=3), [claire, paul], "coffee", "me", "Coffee", NOW)
    moments.log_moment(NOW - timedelta(days=10), [claire], "call", "them", "Older call", NOW)
    assert Person.get_by_id(claire).last_moment_at == NOW - timedelta(days=3)
    assert Person.get_by_id(paul).last_moment_at == NOW - timedelta(days=3)


@pytest.mark.parametrize("people_ids, kind, initiated_by, field", [
    ([], "coffee", "me", "people"),
    (None, "sales_pitch", "me", "kind"),
    (None, "coffee", "nobody", "initiated_by"),
])
def test_incomplete_moments_are_refused(notebook, people_ids, kind, initiated_by, field):
    claire = people.add_person("Claire", NOW)
    with pytest.raises(ValidationError) as caught:
        moments.log_moment(NOW, [claire] if people_ids is None else people_ids, kind, initiated_by, "x", NOW)
    assert caught.value.field == field
    assert Moment.select().count() == 0


def test_a_moment_with_someone_not_in_the_notebook_changes_nothing(notebook):
    claire = people.add_person("Claire", NOW)
    with pytest.raises(NotFoundError):
        moments.log_moment(NOW, [claire, 4242], "call", "me", "x", NOW)
    assert Moment.select().count() == 0
    assert Person.get_by_id(claire).last_moment_at is None


def test_a_moment_corrected_moves_between_stories_and_last_moments_follow(notebook):
    from relnote.db.search import search_moments

    claire, paul, lea = (people.add_person(name, NOW) for name in ("Claire", "Paul", "Léa"))
    moments.log_moment(NOW - timedelta(days=20), [claire], "call", "me", "Older call", NOW)
    wrong = moments.log_moment(NOW - timedelta(days=2), [claire, paul], "coffee", "me", "Cofee at the staton", NOW)

    moments.update_moment(wrong, NOW - timedelta(days=1), [paul, lea], "met", "them", " Lunch at the station ",
                          "She brought the plans")
    corrected = moments.load_moment(wrong)
    assert corrected.people == [(paul, "Paul"), (lea, "Léa")]
    assert (corrected.happened_at, corrected.kind, corrected.initiated_by, corrected.summary, corrected.notes) == (
        NOW - timedelta(days=1), "met", "them", "Lunch at the station", "She brought the plans")
    assert Person.get_by_id(claire).last_moment_at == NOW - timedelta(days=20)  # back to her older call
    assert Person.get_by_id(paul).last_moment_at == NOW - timedelta(days=1)
    assert Person.get_by_id(lea).last_moment_at == NOW - timedelta(days=1)
    assert [hit.id for hit in search_moments("station")] == [wrong]
    assert search_moments("staton") == []


def test_a_moment_deleted_leaves_every_story_and_search(notebook):
    from relnote.db.search import search_moments

    claire, paul = people.add_person("Claire", NOW), people.add_person("Paul", NOW)
    moment = moments.log_moment(NOW - timedelta(days=2), [claire, paul], "coffee", "me", "Coffee by mistake", NOW)
    moments.delete_moment(moment)
    assert Moment.select().count() == 0
    assert Person.get_by_id(claire).last_moment_at is None and Person.get_by_id(paul).last_moment_at is None
    assert search_moments("mistake") == []
    with pytest.raises(NotFoundError):
        moments.update_moment(moment, NOW, [claire], "coffee", "me", "x")
    with pytest.raises(ValidationError):
        moments.update_moment(moments.log_moment(NOW, [claire], "call", "me", "Call", NOW), NOW, [], "call", "me", "")
