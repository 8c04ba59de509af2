"""The journal: three gratitude lines that can mention people, a reflection, and the evening prompt."""

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import pytest

from relnote.core import journal, people
from relnote.core.errors import NotFoundError, ValidationError
from relnote.core.local_days import local_to_utc
from relnote.core.settings_store import NotebookSettings, load_settings, save_settings, update_settings
from relnote.db.models import JournalEntry, Setting
from relnote.db.timeline_queries import TimelineFilter, timeline_page

PARIS = ZoneInfo("Europe/Paris")
DAY = date(2025, 6, 4)
NOW = datetime(2025, 6, 4, 19, 30)


def test_a_day_always_offers_three_lines_ready_to_fill(notebook):
    lines = journal.gratitude_lines(DAY)
    assert [(line.position, line.text, line.people) for line in lines] == [(0, "", []), (1, "", []), (2, "", [])]
    journal.save_gratitude(DAY, 4, "A fifth line", [], NOW)
    assert [line.text for line in journal.gratitude_lines(DAY)] == ["", "", "", "", "A fifth line"]


def test_a_gratitude_that_mentions_people_appears_in_their_story(notebook):
    claire = people.add_person("Claire", NOW)
    marc = people.add_person("Marc", NOW)
    journal.save_gratitude(DAY, 0, "  Claire introduced me to Marc  ", [claire, marc, claire], NOW)
    [first, *_] = journal.gratitude_lines(DAY)
    assert (first.text, first.people) == ("Claire introduced me to Marc", [(claire, "Claire"), (marc, "Marc")])
    story = timeline_page(TimelineFilter(person_id=marc))
    assert [(event.event, event.text) for event in story][0] == ("gratitude", "Claire introduced me to Marc")

    journal.save_gratitude(DAY, 0, "Claire introduced me to Marc", [claire], NOW)
    assert [event.event for event in timeline_page(TimelineFilter(person_id=marc))] == ["added"]


def test_clearing_a_line_removes_it_and_unknown_people_are_refused(notebook):
    journal.save_gratitude(DAY, 1, "Sunny walk", [], NOW)
    journal.save_gratitude(DAY, 1, "   ", [], NOW)
    assert JournalEntry.select().count() == 0
    with pytest.raises(NotFoundError):
        journal.save_gratitude(DAY, 0, "Someone", [999], NOW)
    with pytest.raises(ValidationError):
        journal.save_gratitude(DAY, -1, "Nope", [], NOW)


def test_reflection_is_one_text_per_day(notebook):
    assert journal.reflection(DAY) == ""
    journal.save_reflection(DAY, "Good rhythm this week.", NOW)
    journal.save_reflection(DAY, "Good rhythm this week. Help Karim.", NOW)
    assert journal.reflection(DAY) == "Good rhythm this week. Help Karim."
    assert journal.days_with_entries(date(2025, 6, 1), date(2025, 6, 30)) == {DAY}
    journal.save_reflection(DAY, "", NOW)
    assert JournalEntry.select().count() == 0


def test_the_evening_prompt_comes_after_the_chosen_hour_until_a_gratitude_is_written(notebook):
    before = local_to_utc(DAY, time(19, 59), PARIS)
    after = local_to_utc(DAY, time(20, 1), PARIS)
    assert not journal.gratitude_prompt_due(before, 20, PARIS)
    assert journal.gratitude_prompt_due(after, 20, PARIS)
    journal.save_gratitude(DAY, 0, "", [people.add_person("Mentioned only", NOW)], NOW)
    assert journal.gratitude_prompt_due(after, 20, PARIS)  # a mention without words is not yet a gratitude
    journal.save_gratitude(DAY, 0, "A calm evening", [], NOW)
    assert not journal.gratitude_prompt_due(after, 20, PARIS)


def test_settings_are_kept_in_the_notebook_with_safe_defaults(notebook):
    assert load_settings() == NotebookSettings()
    update_settings(goal_new_people=0, goal_reconnections=3, weekends_keep_streak=False, gratitude_hour=21,
                    timeline_grouping="month")
    assert load_settings() == NotebookSettings(0, 3, False, 21, "month")
    with pytest.raises(ValidationError):
        update_settings(gratitude_hour=24)
    with pytest.raises(ValidationError):
        save_settings(NotebookSettings(timeline_grouping="year"))
    Setting.update(value="twenty").where(Setting.key == "gratitude_hour").execute()
    Setting.update(value="year").where(Setting.key == "timeline_grouping").execute()
    assert load_settings() == NotebookSettings(0, 3, False, 20, "day")
