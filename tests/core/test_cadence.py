"""Keep in touch: a person's own rhythm wins, else the smallest tag rhythm; the count restarts at each moment."""

from datetime import datetime, timedelta

import pytest

from relnote.core import cadence, moments, people
from relnote.core.cadence import effective_cadence, going_quiet, set_tag_cadence
from relnote.core.errors import ValidationError

NOW = datetime(2025, 6, 1, 12, 0)


def test_own_rhythm_wins_over_tags_and_the_smallest_tag_applies_otherwise():
    assert effective_cadence(45, [7, 90]) == 45
    assert effective_cadence(None, [30, None, 90]) == 30
    assert effective_cadence(None, [None]) is None
    assert effective_cadence(None, []) is None


def test_going_quiet_counts_from_the_last_moment_and_orders_by_how_far_past(notebook):
    anne = people.add_person("Anne", NOW - timedelta(days=100), cadence_days=14)
    bruno = people.add_person("Bruno", NOW - timedelta(days=100), cadence_days=30)
    carla = people.add_person("Carla", NOW - timedelta(days=100), cadence_days=60)
    people.add_person("Dora without rhythm", NOW - timedelta(days=400))
    moments.log_moment(NOW - timedelta(days=20), [anne], "call", "me", "", NOW)   # 6 days past
    moments.log_moment(NOW - timedelta(days=50), [bruno], "call", "me", "", NOW)  # 20 days past
    moments.log_moment(NOW - timedelta(days=10), [carla], "call", "me", "", NOW)  # not yet
    quiet = going_quiet(NOW)
    assert [(p.display_name, p.days_overdue) for p in quiet] == [("Bruno", 20), ("Anne", 6)]
    assert quiet[0].due_at == NOW - timedelta(days=20)

    moments.log_moment(NOW - timedelta(hours=1), [bruno], "coffee", "them", "Back in touch", NOW)
    assert [p.display_name for p in going_quiet(NOW)] == ["Anne"]


def test_without_any_moment_the_count_starts_when_they_were_added(notebook):
    people.add_person("Eve", NOW - timedelta(days=10), cadence_days=7)
    people.add_person("Fred", NOW - timedelta(days=3), cadence_days=7)
    [eve] = going_quiet(NOW)
    assert (eve.display_name, eve.days_overdue, eve.last_moment_at) == ("Eve", 3, None)


def test_tag_rhythms_apply_to_people_without_their_own(notebook):
    gina = people.add_person("Gina", NOW - timedelta(days=40))
    hugo = people.add_person("Hugo", NOW - timedelta(days=40), cadence_days=90)
    people.set_tags(gina, ["client", "friend"], NOW)
    people.set_tags(hugo, ["client"], NOW)
    set_tag_cadence("friend", 60)
    assert going_quiet(NOW) == []
    set_tag_cadence("client", 30)
    [gina_quiet] = going_quiet(NOW)
    assert (gina_quiet.id, gina_quiet.cadence_days, gina_quiet.cadence_from_tag) == (gina, 30, True)
    assert cadence.tag_rhythms() == [("client", 30, 2), ("friend", 60, 1)]


def test_archived_people_never_go_quiet(notebook):
    ida = people.add_person("Ida", NOW - timedelta(days=40), cadence_days=7)
    people.archive_person(ida, NOW)
    assert going_quiet(NOW) == []


def test_a_tag_rhythm_must_be_a_positive_number_of_days(notebook):
    people.set_tags(people.add_person("Jo", NOW), ["client"], NOW)
    with pytest.raises(ValidationError):
        set_tag_cadence("client", 0)
    with pytest.raises(ValidationError):
        set_tag_cadence("nobody uses this", 10)
    set_tag_cadence("client", None)
    assert cadence.tag_rhythms() == [("client", None, 1)]


def test_days_past_the_rhythm_are_calendar_days_where_the_user_lives(notebook):
    from datetime import datetime
    from zoneinfo import ZoneInfo

    from relnote.core.local_days import local_to_utc

    paris = ZoneInfo("Europe/Paris")

    def at(day: tuple[int, int], hour: int) -> datetime:
        """A wall-clock time in Paris, 2026, as the naive UTC the notebook keeps."""
        return local_to_utc(datetime(2026, *day).date(), datetime(2026, 1, 1, hour).time(), paris)

    noemie = people.add_person("Noémie", at((9, 1), 9), cadence_days=30)
    mathilde = people.add_person("Mathilde", at((9, 1), 9), cadence_days=30)
    moments.log_moment(at((10, 30), 23), [noemie], "call", "me", "", at((10, 30), 23))
    moments.log_moment(at((11, 1), 19), [mathilde], "call", "me", "", at((11, 1), 19))
    quiet = going_quiet(at((12, 1), 8), tz=paris)  # the morning of the 1st of December
    assert [(p.display_name, p.days_overdue) for p in quiet] == [("Noémie", 2), ("Mathilde", 0)]
