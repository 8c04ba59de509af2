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
