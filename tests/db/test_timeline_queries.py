"""The timeline stream: every kind of event, newest first, read page by page, filtered."""

from datetime import date, datetime, timedelta

import pytest

from relnote.core import follow_ups, journal, moments, people
from relnote.db.timeline_queries import (
    ADDED, FOLLOW_UP, GRATITUDE, MOMENT, REFLECTION, STAGE_CHANGE, TimelineFilter, timeline_page,
)

START = datetime(2025, 1, 6, 9, 0)


@pytest.fixture
def stream(notebook):
    """Two people and one of each kind of event, a day apart."""
    helene = people.add_person("Hélène Dupont", START)                                   # day 0
    marc = people.add_person("Marc Lefèvre", START + timedelta(days=1))                   # day 1
    people.set_tags(marc, ["Client"], START)
    moments.log_moment(START + timedelta(days=2), [helene, marc], "coffee", "them", "Café près du marché",
                       START, notes="Talked about pricing")                               # day 2
    people.update_person(marc, START + timedelta(days=3), stage="client")                # day 3
    journal.save_gratitude(date(2025, 1, 10), 0, "Grateful for Hélène's advice", [helene],
                           START + timedelta(days=4, hours=10))                           # day 4
    journal.save_reflection(date(2025, 1, 10), "A slow but kind week", START + timedelta(days=4, hours=11))
    follow_up = follow_ups.plan_follow_up(marc, "Send the quote", START, START, expecting=True)
    follow_ups.mark_done(follow_up, START + timedelta(days=5))                           # day 5
    follow_ups.plan_follow_up(helene, "Not done yet", START, START)
    moments.log_moment(START + timedelta(days=6), [helene], "call", "me", "Quick call", START)  # day 6
    return helene, marc


def kinds(events):
    return [event.event for event in events]


def test_one_stream_of_every_kind_newest_first(stream):
    events = timeline_page(TimelineFilter())
    assert kinds(events) == [MOMENT, FOLLOW_UP, GRATITUDE, REFLECTION, STAGE_CHANGE, MOMENT, ADDED, ADDED]
    coffee = events[5]
    assert (coffee.kind, coffee.initiated_by, coffee.text, coffee.notes) == (
        "coffee", "them", "Café près du marché", "Talked about pricing")
    assert [name for _, name in coffee.people] == ["Hélène Dupont", "Marc Lefèvre"]
    assert events[1].expecting and events[1].people[0][1] == "Marc Lefèvre"
    assert (events[4].from_stage, events[4].to_stage) == ("new", "client")
    assert events[2].day == date(2025, 1, 10) and events[2].people[0][1] == "Hélène Dupont"


def test_pages_follow_each_other_without_gaps_or_repeats(notebook):
    anne = people.add_person("Anne", START)
    same_second = START + timedelta(days=1)
    for n in range(23):
        moments.log_moment(same_second if n % 3 else START + timedelta(hours=n), [anne], "call", "me", f"m{n}", START)
    people.update_person(anne, same_second, stage="acquaintance")
    whole = timeline_page(TimelineFilter(), limit=1000)
    paged, cursor = [], None
    while True:
        page = timeline_page(TimelineFilter(), limit=4, after=cursor)
        if not page:
            break
        paged += page
        cursor = page[-1].cursor
    assert [(e.event, e.ref) for e in paged] == [(e.event, e.ref) for e in whole]
    assert len(whole) == 25
    assert [e.at for e in whole] == sorted((e.at for e in whole), reverse=True)


def test_filter_by_person_tag_and_kind(stream):
    helene, marc = stream
    assert kinds(timeline_page(TimelineFilter(person_id=helene))) == [MOMENT, GRATITUDE, MOMENT, ADDED]
    assert kinds(timeline_page(TimelineFilter(person_id=marc))) == [FOLLOW_UP, STAGE_CHANGE, MOMENT, ADDED]
    assert kinds(timeline_page(TimelineFilter(tag="client"))) == [FOLLOW_UP, STAGE_CHANGE, MOMENT, ADDED]
    assert kinds(timeline_page(TimelineFilter(person_id=helene, tag="client"))) == [MOMENT]  # shared with Marc
    assert kinds(timeline_page(TimelineFilter(kinds=frozenset({GRATITUDE, STAGE_CHANGE})))) == [GRATITUDE, STAGE_CHANGE]
    assert kinds(timeline_page(TimelineFilter(kinds=frozenset({REFLECTION})))) == [REFLECTION]
    calls = timeline_page(TimelineFilter(kinds=frozenset({MOMENT}), moment_kind="call"))
    assert [event.text for event in calls] == ["Quick call"]


def test_filter_by_dates_and_jump_to_a_date(stream):
    window = TimelineFilter(since=START + timedelta(days=2), until=START + timedelta(days=4))
    assert kinds(timeline_page(window)) == [STAGE_CHANGE, MOMENT]
    from_day_three = TimelineFilter(until=START + timedelta(days=3, hours=1))
    assert kinds(timeline_page(from_day_three)) == [STAGE_CHANGE, MOMENT, ADDED, ADDED]


def test_text_search_folds_accents_and_finds_names(stream):
    def texts(query):
        return kinds(timeline_page(TimelineFilter(text=query)))

    assert texts("cafe MARCHE") == [MOMENT]
    assert texts("pricing") == [MOMENT]
    assert texts("helene") == [MOMENT, GRATITUDE, MOMENT, ADDED]
    assert texts("quote") == [FOLLOW_UP]
    assert texts("kind week") == [REFLECTION]
    assert texts("100%") == []


def test_a_word_in_most_moments_finds_the_same_events_read_newest_first(notebook, monkeypatch):
    from relnote.db import timeline_queries

    anne, bruno = people.add_person("Anne Café", START), people.add_person("Bruno", START)
    for n in range(40):
        summary = "café du matin" if n % 4 else "réunion"
        moments.log_moment(START + timedelta(hours=7 * n), [bruno if n % 5 else anne], "coffee", "me", summary,
                           START)

    def found(query):
        return [(event.event, event.ref) for event in timeline_page(TimelineFilter(text=query), limit=1000)]

    usual = {query: found(query) for query in ("caf", "cafe matin", "caf bruno", "reunion")}
    monkeypatch.setattr(timeline_queries, "MANY_MOMENTS", 5)  # every word above counts as common
    assert {query: found(query) for query in usual} == usual
    assert len(usual["caf"]) == 30 + 2 + 1  # the cafés, the two réunions with Anne Café, and her arrival


def test_a_journal_day_stays_on_its_day_even_when_written_later(notebook):
    journal.save_gratitude(date(2025, 3, 1), 1, "Second line", [], datetime(2025, 3, 9, 8, 0))
    journal.save_gratitude(date(2025, 3, 1), 0, "First line", [], datetime(2025, 3, 9, 8, 5))
    events = timeline_page(TimelineFilter())
    assert [event.text for event in events] == ["First line", "Second line"]
    assert all(event.at.date() == date(2025, 3, 1) for event in events)
