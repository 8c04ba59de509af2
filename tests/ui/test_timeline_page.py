"""The timeline as a user reads it: one stream, grouped, filtered, paged — even through 200,000 moments."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt

from relnote.core import follow_ups, journal, moments, people
from relnote.core.clock import utc_now
from relnote.core.settings_store import GROUP_BY_DAY, GROUP_BY_MONTH, GROUP_BY_WEEK, load_settings
from relnote.db.database import database
from relnote.db.search import indexing_deferred
from relnote.db.timeline_queries import MOMENT
from relnote.ui.models.timeline_model import EVENT_ROLE, IS_HEADER_ROLE, PAGE_SIZE, TimelineModel
from relnote.ui.pages.timeline_page import TimelinePage

PARIS = ZoneInfo("Europe/Paris")
START = datetime(2024, 1, 1, 9, 0)
STAMP = "%Y-%m-%d %H:%M:%S"


def rows(model):
    return [model.index(row, 0) for row in range(model.rowCount())]


def headers(model):
    return [index.data() for index in rows(model) if index.data(IS_HEADER_ROLE)]


@pytest.fixture
def three_weeks(notebook):
    """Two moments a day for three weeks, with Anne, Bruno or both."""
    anne = people.add_person("Anne Morel", START)
    bruno = people.add_person("Bruno Petit", START)
    people.set_tags(bruno, ["Client"], START)
    for day in range(21):
        at = START + timedelta(days=day)
        moments.log_moment(at, [anne], "coffee", "me", f"Coffee {day}", START)
        moments.log_moment(at + timedelta(hours=5), [bruno] if day % 2 else [anne, bruno], "call", "them",
                           f"Call {day}", START)
    return anne, bruno


def test_timeline_model_passes_the_model_tester_while_fetching_more(three_weeks, qtmodeltester, monkeypatch):
    monkeypatch.setattr("relnote.ui.models.timeline_model.PAGE_SIZE", 7)
    model = TimelineModel(grouping=GROUP_BY_DAY, tz=PARIS)
    model.reload()
    assert model.canFetchMore()
    qtmodeltester.check(model, force_py=True)
    while model.canFetchMore():
        model.fetchMore()
    qtmodeltester.check(model, force_py=True)
    assert model.loaded_events() == 44
    assert model.header_row_count() == 21


def test_day_week_and_month_headers(three_weeks):
    model = TimelineModel(grouping=GROUP_BY_DAY, tz=PARIS)
    model.reload()
    assert headers(model)[:2] == ["Sunday, 21 January 2024", "Saturday, 20 January 2024"]
    first_event = rows(model)[1]
    assert first_event.data() == "15:00 · Call — Call 20\nwith Anne Morel and Bruno Petit · they reached out"
    assert first_event.flags() & Qt.ItemFlag.ItemIsSelectable
    assert not rows(model)[0].flags() & Qt.ItemFlag.ItemIsSelectable
    model.set_grouping(GROUP_BY_WEEK)
    assert headers(model)[:2] == ["Week of Monday, 15 January 2024", "Week of Monday, 8 January 2024"]
    model.set_grouping(GROUP_BY_MONTH)
    assert headers(model) == ["January 2024"]
    assert rows(model)[1].data().startswith("Sun 21 · 15:00 · Call")


def test_searching_filtering_and_choosing_a_person_from_the_page(three_weeks, qtbot):
    anne, bruno = three_weeks
    page = TimelinePage(tz=PARIS)
    qtbot.addWidget(page)
    page.show()
    assert page.model.loaded_events() == min(PAGE_SIZE, 44)

    qtbot.keyClicks(page.search, "call 1")
    qtbot.waitUntil(lambda: page.model.timeline_filter.text == "call 1")
    found = [index.data(EVENT_ROLE).text for index in rows(page.model) if not index.data(IS_HEADER_ROLE)]
    assert found == ["Call 19", "Call 18", "Call 17", "Call 16", "Call 15", "Call 14", "Call 13", "Call 12",
                     "Call 11", "Call 10", "Call 1"]
    page.search.clear()
    qtbot.waitUntil(lambda: page.model.timeline_filter.text == "")

    page.tag_filter.setCurrentIndex(page.tag_filter.findData("Client"))
    page.tag_filter.activated.emit(page.tag_filter.currentIndex())
    assert page.model.loaded_events() == 22  # Bruno's 21 calls and the day he was added
    page.tag_filter.setCurrentIndex(0)
    page.tag_filter.activated.emit(0)

    page.kind_filter.setCurrentIndex(page.kind_filter.findText("    Coffee or meal"))
    page.kind_filter.activated.emit(page.kind_filter.currentIndex())
    assert {index.data(EVENT_ROLE).kind for index in rows(page.model) if not index.data(IS_HEADER_ROLE)} == {"coffee"}
    page.kind_filter.setCurrentIndex(0)
    page.kind_filter.activated.emit(0)

    page.set_person(bruno, "Bruno Petit")
    assert page.clear_person_button.isVisibleTo(page)
    assert all(bruno in index.data(EVENT_ROLE).person_ids
               for index in rows(page.model) if not index.data(IS_HEADER_ROLE))
    qtbot.mouseClick(page.clear_person_button, Qt.MouseButton.LeftButton)
    assert page.model.timeline_filter.person_id is None


def test_date_range_jump_to_date_and_back(three_weeks, qtbot):
    page = TimelinePage(tz=PARIS)
    qtbot.addWidget(page)
    page.show()
    page.since_edit.set_value(date(2024, 1, 10), notify=True)
    page.until_edit.set_value(date(2024, 1, 11), notify=True)
    assert headers(page.model) == ["Thursday, 11 January 2024", "Wednesday, 10 January 2024"]
    page.since_edit.set_value(None, notify=True)
    page.until_edit.set_value(None, notify=True)

    page.jump_edit.setDate(date(2024, 1, 5))
    qtbot.mouseClick(page.jump_button, Qt.MouseButton.LeftButton)
    assert headers(page.model)[0] == "Friday, 5 January 2024"
    assert page.newest_button.isVisibleTo(page)
    assert "5 January 2024" in page.status.text()
    qtbot.mouseClick(page.newest_button, Qt.MouseButton.LeftButton)
    assert headers(page.model)[0] == "Sunday, 21 January 2024"
    assert not page.newest_button.isVisibleTo(page)


def test_grouping_is_remembered_in_the_notebook(three_weeks, qtbot):
    page = TimelinePage(tz=PARIS)
    qtbot.addWidget(page)
    page.grouping.setCurrentIndex(page.grouping.findData(GROUP_BY_WEEK))
    page.grouping.activated.emit(page.grouping.currentIndex())
    assert load_settings().timeline_grouping == GROUP_BY_WEEK
    assert TimelinePage(tz=PARIS).model.grouping() == GROUP_BY_WEEK


def test_every_kind_of_event_in_words(notebook, qtbot):
    now = utc_now()
    anne = people.add_person("Anne Morel", now - timedelta(days=3))
    people.update_person(anne, now - timedelta(days=2), stage="client")
    done = follow_ups.plan_follow_up(anne, "Send the quote", now - timedelta(days=1), now, expecting=True)
    follow_ups.mark_done(done, now - timedelta(hours=3))
    journal.save_gratitude(date.today() - timedelta(days=1), 0, "Anne's kind words", [anne], now)
    journal.save_reflection(date.today() - timedelta(days=1), "Slow and kind.", now)
    model = TimelineModel(grouping=None)
    model.reload()
    texts = [index.data() for index in rows(model)]
    assert any("Follow-up done — Send the quote\nwith Anne Morel · they were expecting to hear from me" in t
               for t in texts)
    assert any("Gratitude — Anne's kind words\nthanks to Anne Morel" in t for t in texts)
    assert any("Reflection\nSlow and kind." in t for t in texts)
    assert any("Anne Morel · Stage: New → Client" in t for t in texts)
    assert any("Anne Morel added to the notebook" in t for t in texts)


def test_a_persons_story_on_the_people_page_is_the_same_stream(notebook, qtbot, open_window):
    now = utc_now()
    anne = people.add_person("Anne Morel", now - timedelta(days=3))
    bruno = people.add_person("Bruno Petit", now - timedelta(days=3))
    done = follow_ups.plan_follow_up(anne, "Send the quote", now - timedelta(days=1), now)
    follow_ups.mark_done(done, now - timedelta(hours=3))
    journal.save_gratitude(date.today(), 0, "Anne introduced me to Bruno", [anne, bruno], now)
    window = open_window()
    window.people_page.show_person(anne)
    window.people_page.person_panel.show_story()
    story = window.people_page.person_panel.story_model
    texts = [index.data() for index in rows(story)]
    assert any(t.startswith(tuple("0123456789")) and "Gratitude — Anne introduced me to Bruno\nalso about Bruno Petit" in t
               for t in texts)
    assert any("Follow-up done — Send the quote" in t for t in texts)
    assert texts[-1].endswith("Added to the notebook")


def insert_moments(count: int) -> None:
    """A generated notebook: 50 people and `count` moments, one every 20 minutes, in one transaction."""
    start = datetime(2016, 1, 1)
    with database.atomic(), indexing_deferred("moment_search"):
        cursor = database.cursor()
        cursor.executemany("INSERT INTO person (display_name, created_at, updated_at) VALUES (?, ?, ?)",
                           [(f"Person {n}", start.strftime(STAMP), start.strftime(STAMP)) for n in range(50)])
        cursor.executemany(
            "INSERT INTO moment (happened_at, kind, initiated_by, summary, notes, created_at) VALUES (?, ?, ?, ?, '', ?)",
            [((start + timedelta(minutes=20 * n)).strftime(STAMP), "call", "me", f"Moment {n}", start.strftime(STAMP))
             for n in range(count)])
        cursor.executemany("INSERT INTO moment_person (moment_id, person_id) VALUES (?, ?)",
                           [(n + 1, 1 + n % 50) for n in range(count)])


def test_two_hundred_thousand_moments_load_a_small_window_at_a_time(notebook, qtbot):
    insert_moments(200_000)
    page = TimelinePage()
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    qtbot.waitExposed(page)
    assert page.model.loaded_events() == PAGE_SIZE
    newest = page.model.index(1, 0).data(EVENT_ROLE)
    assert (newest.event, newest.text) == (MOMENT, "Moment 199999")

    scroll_bar = page.view.verticalScrollBar()
    for _ in range(3):
        scroll_bar.setValue(scroll_bar.maximum())  # the view asks the model for one more page
        qtbot.waitUntil(lambda: scroll_bar.value() < scroll_bar.maximum())
    loaded = page.model.loaded_events()
    assert PAGE_SIZE < loaded <= 4 * PAGE_SIZE

    page.jump_to(date(2016, 6, 1))
    assert page.model.loaded_events() == PAGE_SIZE
    first = page.model.index(1, 0).data(EVENT_ROLE)
    assert first.at.date() <= date(2016, 6, 1) and first.at >= datetime(2016, 5, 30)
    assert page.model.rowCount() < PAGE_SIZE + 10


def test_ctrl_l_on_the_timeline_logs_the_moment_there(notebook, qtbot, open_window, drive_dialog):
    from relnote.ui.dialogs.log_moment_dialog import LogMomentDialog

    people.add_person("Claire Martin", utc_now())
    window = open_window()
    window.show_page("timeline")

    def fill(dialog):
        assert dialog.people.person_ids() == []
        qtbot.keyClicks(dialog.people.picker, "Claire")
        qtbot.keyClick(dialog.people.picker, Qt.Key.Key_Return)
        qtbot.keyClicks(dialog.summary_edit, "Lunch at the market")

    drive_dialog(LogMomentDialog, fill)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() == "timeline"
    newest = [index.data(EVENT_ROLE) for index in rows(window.timeline_page.model) if not index.data(IS_HEADER_ROLE)][0]
    assert newest.text == "Lunch at the market"


def test_an_empty_timeline_says_why(notebook, qtbot):
    page = TimelinePage(tz=PARIS)
    qtbot.addWidget(page)
    page.show()
    assert page.body.currentWidget() is page.empty_label
    assert page.empty_label.text().startswith("Nothing here yet.")
    assert [edit.date_edit.text() for edit in (page.since_edit, page.until_edit)] == ["the beginning", "the end"]

    anne = people.add_person("Anne Morel", START)
    moments.log_moment(START + timedelta(days=3), [anne], "coffee", "me", "Coffee at the market", START)
    page.refresh()
    assert page.body.currentWidget() is page.view

    page.search.setText("nowhere to be found")
    qtbot.waitUntil(lambda: page.body.currentWidget() is page.empty_label)
    assert page.empty_label.text().startswith("Nothing matches these filters.")
    page.search.clear()
    qtbot.waitUntil(lambda: page.body.currentWidget() is page.view)

    page.jump_to(date(2020, 1, 1))
    assert page.body.currentWidget() is page.empty_label
    assert page.empty_label.text().startswith("Nothing on or before this date")
    page.jump_to(None)
    assert page.body.currentWidget() is page.view
