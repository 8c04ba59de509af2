"""Today as a user starts the day with it: what is due, who is going quiet, the goal and the evening."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from PySide6.QtCore import QPoint, QRect, Qt, QTimer

from relnote.core import cadence, follow_ups, journal, moments, people, settings_store
from relnote.core.clock import utc_now
from relnote.core.local_days import local_to_utc, to_local
from relnote.db.models import FollowUp, Moment, Person
from relnote.ui.dialogs.follow_up_dialog import FollowUpDialog
from relnote.ui.dialogs.log_moment_dialog import LogMomentDialog
from relnote.ui.dialogs.practice_settings_dialog import PracticeSettingsDialog
from relnote.core import journey as journey_words
from relnote.core.journey import ClientOrigin, Journey
from relnote.core.vocabulary import STAGES
from relnote.ui.pages.today_page import TodayPage
from relnote.ui.widgets.journey_card import JourneyCard
from tests.screenshots import save_screenshot
from tests.ui.conftest import lines_shown, shown


def evening(hour: int = 21) -> datetime:
    """Today at `hour` local time, as stored UTC."""
    return local_to_utc(to_local(utc_now()).date(), time(hour, 0))


def read(qtbot, page: TodayPage) -> TodayPage:
    """Wait until the page shows what it read in the background."""
    qtbot.waitUntil(lambda: not page.is_reading(), timeout=5000)
    return page


def open_today(qtbot, now: datetime) -> TodayPage:
    page = TodayPage()
    page.clock = lambda: now
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    return read(qtbot, page)


def test_due_follow_ups_come_expected_first_and_done_takes_them_off(notebook, qtbot):
    now = evening()
    anne = people.add_person("Anne", now - timedelta(days=10))
    bruno = people.add_person("Bruno", now - timedelta(days=10))
    overdue = follow_ups.plan_follow_up(anne, "Send the article", now - timedelta(days=3), now)
    expected = follow_ups.plan_follow_up(bruno, "Call back", now - timedelta(hours=1), now, expecting=True)
    follow_ups.plan_follow_up(bruno, "Later", now + timedelta(days=5), now)
    page = open_today(qtbot, now)
    rows = page.due_list.rows
    assert [row.row.id for row in rows] == [expected, overdue]
    assert "they are expecting to hear from me" in shown(rows[0].when_label)
    assert "due 3 days ago" in shown(rows[1].when_label)

    qtbot.mouseClick(rows[0].done_box, Qt.MouseButton.LeftButton, pos=QPoint(8, rows[0].done_box.height() // 2))
    read(qtbot, page)
    assert FollowUp.get_by_id(expected).done_at == now
    assert [row.row.id for row in page.due_list.rows] == [overdue]


def test_snooze_until_tomorrow_from_the_menu(notebook, qtbot):
    now = evening()
    anne = people.add_person("Anne", now)
    follow_up = follow_ups.plan_follow_up(anne, "Send the article", now - timedelta(hours=2), now)
    page = open_today(qtbot, now)
    [row] = page.due_list.rows
    tomorrow_action = row.snooze_button.menu().actions()[0]
    assert tomorrow_action.text() == "Tomorrow, same time"
    tomorrow_action.trigger()
    read(qtbot, page)
    assert FollowUp.get_by_id(follow_up).due_at == local_to_utc(
        to_local(now).date() + timedelta(days=1), to_local(now - timedelta(hours=2)).time())
    assert page.due_list.rows == [] and page.due_list.empty_label.isVisibleTo(page)


def test_going_quiet_with_one_click_to_log_a_moment(notebook, qtbot, open_window, drive_dialog):
    now = utc_now()
    people.add_person("Anne Morel", now - timedelta(days=60), cadence_days=30)
    people.add_person("Bruno recently seen", now - timedelta(days=60), cadence_days=30)
    moments.log_moment(now - timedelta(days=1), [Person.get(Person.display_name == "Bruno recently seen").id],
                       "call", "me", "", now)
    window = open_window()
    window.show_page("today")
    quiet = read(qtbot, window.today_page).quiet_list.rows
    assert [row.person.display_name for row in quiet] == ["Anne Morel"]
    assert shown(quiet[0].details) == "every 30 days · no moment yet · due 30 days ago"

    drive_dialog(LogMomentDialog, lambda dialog: qtbot.keyClicks(dialog.summary_edit, "Coffee, at last"))
    qtbot.mouseClick(quiet[0].log_button, Qt.MouseButton.LeftButton)
    read(qtbot, window.today_page)
    assert Moment.select().order_by(Moment.id.desc()).get().summary == "Coffee, at last"
    assert window.today_page.quiet_list.rows == []
    assert window.current_page() == "today"


def test_plan_a_follow_up_for_someone_going_quiet_needs_a_reason(notebook, qtbot, drive_dialog):
    now = evening()
    anne = people.add_person("Anne Morel", now - timedelta(days=60), cadence_days=30)
    page = open_today(qtbot, now)

    def fill(dialog):
        assert dialog.person_id() == anne and dialog.person_edit.text() == "Anne Morel"
        assert not dialog.ok_button.isEnabled()
        qtbot.keyClicks(dialog.reason_edit, "Ask how the launch went")
        assert dialog.ok_button.isEnabled()
        dialog.expecting_box.setChecked(True)

    drive_dialog(FollowUpDialog, fill)
    qtbot.mouseClick(page.quiet_list.rows[0].plan_button, Qt.MouseButton.LeftButton)
    follow_up = FollowUp.get()
    assert (follow_up.person_id, follow_up.reason, follow_up.expecting) == (anne, "Ask how the launch went", True)
    assert to_local(follow_up.due_at).date() == to_local(now).date() + timedelta(days=1)


def test_clicking_a_name_opens_them_on_the_people_page(notebook, qtbot, open_window):
    now = utc_now()
    anne = people.add_person("Anne Morel", now - timedelta(days=60), cadence_days=30)
    window = open_window()
    window.show_page("today")
    read(qtbot, window.today_page).quiet_list.rows[0].findChild(type(window.today_page.date_label)).linkActivated.emit("person:1")
    assert window.current_page() == "people"
    assert window.people_page.current_person_id() == anne


def test_daily_goal_progress_streak_and_settings(notebook, qtbot, drive_dialog):
    now = evening(12)
    today = to_local(now).date()
    old = people.add_person("Old friend", now - timedelta(days=30))
    people.set_tags(old, ["client"], now)
    for back in (1, 2):
        day_before = local_to_utc(today - timedelta(days=back), time(10))
        people.add_person(f"New {back}", day_before)
        moments.log_moment(day_before, [old], "call", "me", "", day_before)
        moments.log_moment(day_before + timedelta(hours=1), [people.add_person(f"Other {back}", now - timedelta(days=9))],
                           "call", "me", "", day_before)
    people.add_person("Met today", now - timedelta(hours=1))
    page = open_today(qtbot, now)
    card = page.goal_card
    assert card.new_label.text() == "New people: 1 (goal of 1 met)"
    assert card.reconnect_label.text() == "Reconnections: 0 of 2"
    assert card.either_note.isVisibleTo(card) and card.either_note.text() == "Either one meets the day's goal."
    assert card.streak_label.text() == "3 days in a row"  # the new person alone makes today
    assert "Today's goal is met. Well done." in card.streak_note.text()

    def fill(dialog):
        dialog.reconnections_spin.setValue(0)
        dialog.hour_spin.setValue(22)
        dialog.rhythm_spins["client"].setValue(14)

    drive_dialog(PracticeSettingsDialog, fill)
    qtbot.mouseClick(card.change_button, Qt.MouseButton.LeftButton)
    read(qtbot, page)
    assert settings_store.load_settings().goal_reconnections == 0
    assert card.streak_label.text() == "3 days in a row"
    assert not card.either_note.isVisibleTo(card)
    assert cadence.tag_rhythms() == [("client", 14, 1)]


def test_evening_gratitude_prompt_after_the_chosen_hour_until_written(notebook, qtbot, open_window):
    settings_store.update_settings(gratitude_hour=20)
    page = open_today(qtbot, evening(21))
    assert page.gratitude_banner.isVisibleTo(page)
    page.clock = lambda: evening(19)
    read(qtbot, page).refresh()
    read(qtbot, page)
    assert not page.gratitude_banner.isVisibleTo(page)
    page.clock = lambda: evening(21)
    journal.save_gratitude(to_local(evening(21)).date(), 0, "A kind e-mail from Anne", [], evening(21))
    page.refresh()
    read(qtbot, page)
    assert not page.gratitude_banner.isVisibleTo(page)


def test_the_gratitude_prompt_opens_todays_journal(notebook, qtbot, open_window):
    settings_store.update_settings(gratitude_hour=0)
    window = open_window()
    window.show_page("today")
    assert read(qtbot, window.today_page).gratitude_banner.isVisible()
    qtbot.mouseClick(window.today_page.gratitude_button, Qt.MouseButton.LeftButton)
    assert window.current_page() == "journal"
    assert window.journal_page.day() == to_local(utc_now()).date()


def test_chart_and_journey_show_the_notebook(notebook, qtbot):
    now = evening(12)
    helene = people.add_person("Hélène", now - timedelta(days=200))
    client = people.add_person("Client", now - timedelta(days=20), introduced_by_id=helene)
    people.update_person(client, now - timedelta(days=3), stage="client")
    moments.log_moment(now - timedelta(days=8), [client], "coffee", "them", "", now)
    journal.save_gratitude(to_local(now).date(), 0, "Hélène's introduction", [helene], now)
    page = open_today(qtbot, now)
    weeks = page.chart.weeks()
    assert len(weeks) == 12
    assert sum(w.new_people for w in weeks) == 1 and sum(w.moments for w in weeks) == 1
    assert weeks[-1].gratitudes == 1
    assert "1 new people, 1 moments, 1 gratitudes" in page.chart.accessibleDescription()
    assert page.journey_card.stage_counts["client"].text() == "1"
    assert page.journey_card.stage_counts["new"].text() == "1"
    assert page.journey_card.forward_label.text().startswith("1 person moved forward in the last 90 days")
    assert page.journey_card.origins_label.text() == "1 · introduced by Hélène"
    grab = page.chart.grab()
    assert not grab.isNull() and grab.width() >= 320


def test_the_journey_of_a_big_notebook_groups_thousands_and_sums_up_the_many_introducers(qtbot):
    origins = [ClientOrigin(journey_words.I_REACHED_OUT, 1724), ClientOrigin(journey_words.THEY_REACHED_OUT, 1296)]
    origins += [ClientOrigin(journey_words.INTRODUCED, 2 if number < 3 else 1, number, f"Introducer {number}")
                for number in range(1500)]
    origins.append(ClientOrigin(journey_words.NO_MOMENT_YET, 1))
    card = JourneyCard()
    qtbot.addWidget(card)
    card.show_journey(Journey({stage: 15134 if stage == "new" else 3 for stage in STAGES}, 6406,
                              {"client": 1183}, origins))
    assert card.stage_counts["new"].text() == "15,134"
    assert card.forward_label.text() == "6,406 people moved forward in the last 90 days (Client 1,183)"
    assert card.origins_label.text().splitlines() == [
        "1,724 · I reached out first", "1,296 · they reached out first", "2 · introduced by Introducer 0",
        "2 · introduced by Introducer 1", "2 · introduced by Introducer 2", "1 · no moment logged yet",
        "… and 1,497 more clients, each from another introduction"]


def test_a_follow_up_done_on_today_shows_in_the_story_when_going_back_to_people(notebook, qtbot, open_window):
    now = utc_now()
    anne = people.add_person("Anne Morel", now - timedelta(days=3))
    follow_ups.plan_follow_up(anne, "Send the quote", now - timedelta(hours=1), now)
    window = open_window()
    window.show_page("people")
    window.people_page.show_person(anne)
    window.show_page("today")
    box = read(qtbot, window.today_page).due_list.rows[0].done_box
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    read(qtbot, window.today_page)
    window.show_page("people")
    window.people_page.person_panel.show_story()
    story = window.people_page.person_panel.story_model
    assert "Follow-up done — Send the quote" in story.index(0, 0).data()


def test_the_page_is_read_in_the_background_and_the_window_stays_responsive(notebook, qtbot, monkeypatch):
    import threading

    from relnote.ui.pages import today_page

    now = evening()
    anne = people.add_person("Anne", now - timedelta(days=10))
    page = open_today(qtbot, now)
    assert page.due_list.rows == []
    follow_ups.plan_follow_up(anne, "Send the article", now - timedelta(hours=1), now)
    release, real = threading.Event(), today_page.today_snapshot

    def slow_snapshot(*args):
        assert release.wait(10)  # a notebook of years: the reading takes a while
        return real(*args)

    monkeypatch.setattr(today_page, "today_snapshot", slow_snapshot)
    page.refresh()
    assert page.is_reading()
    ticks = []
    QTimer.singleShot(10, lambda: ticks.append(True))
    qtbot.waitUntil(lambda: bool(ticks), timeout=2000)  # the GUI goes on meanwhile
    assert page.is_reading() and page.due_list.rows == []
    with qtbot.waitSignal(page.refreshed, timeout=5000):
        release.set()
    assert [row.row.reason for row in page.due_list.rows] == ["Send the article"]


def today_with_45_overdue(qtbot) -> TodayPage:
    now = evening()
    anne = people.add_person("Anne", now - timedelta(days=400))
    for day in range(45):
        follow_ups.plan_follow_up(anne, f"Old promise {day}", now - timedelta(days=day + 1), now)
    return open_today(qtbot, now)


def test_hundreds_of_overdue_follow_ups_come_twenty_at_a_time(notebook, qtbot):
    """A notebook with years of follow-ups left open must still show Today at once."""
    page = today_with_45_overdue(qtbot)
    assert len(page.due_list.rows) == 20
    assert page.due_list.more_button.text() == "Show 20 more (45 in all)"

    qtbot.mouseClick(page.due_list.more_button, Qt.MouseButton.LeftButton)
    assert len(page.due_list.rows) == 40
    assert page.due_list.more_button.text() == "Show 5 more (45 in all)"

    qtbot.mouseClick(page.due_list.rows[0].done_box, Qt.MouseButton.LeftButton,
                     pos=QPoint(8, page.due_list.rows[0].done_box.height() // 2))
    read(qtbot, page)
    assert len(page.due_list.rows) == 40  # the list stays as open as the user left it
    assert page.due_list.more_button.text() == "Show 4 more (44 in all)"
    qtbot.mouseClick(page.due_list.more_button, Qt.MouseButton.LeftButton)
    assert len(page.due_list.rows) == 44 and page.due_list.more_button.isHidden()


def test_many_people_going_quiet_are_shown_a_few_at_a_time(notebook, qtbot):
    now = evening()
    for number in range(30):
        people.add_person(f"Quiet person {number:02}", now - timedelta(days=90), cadence_days=30)
    page = open_today(qtbot, now)
    assert len(page.quiet_list.rows) == 8
    assert page.quiet_list.more_button.text() == "Show 20 more (30 in all)"
    qtbot.mouseClick(page.quiet_list.more_button, Qt.MouseButton.LeftButton)
    assert len(page.quiet_list.rows) == 28
    assert page.quiet_list.more_button.text() == "Show 2 more (30 in all)"


def test_ticking_a_follow_up_far_down_the_list_keeps_the_page_where_it_was(notebook, qtbot):
    from PySide6.QtWidgets import QScrollArea

    page = today_with_45_overdue(qtbot)
    page.resize(1280, 600)
    qtbot.mouseClick(page.due_list.more_button, Qt.MouseButton.LeftButton)
    scroll = page.findChild(QScrollArea)
    row = page.due_list.rows[22]
    scroll.ensureWidgetVisible(row)
    qtbot.wait(20)
    where = scroll.verticalScrollBar().value()
    assert where > 0
    row.done_box.setFocus()  # as a click leaves it
    qtbot.mouseClick(row.done_box, Qt.MouseButton.LeftButton, pos=QPoint(8, row.done_box.height() // 2))
    read(qtbot, page)
    qtbot.wait(20)
    assert scroll.verticalScrollBar().value() == where
    focused = page.focusWidget()
    assert focused is page.due_list.rows[22].done_box  # the next follow-up, now in its place


def test_a_narrow_window_puts_the_goal_and_the_journey_under_the_lists(notebook, qtbot):
    from PySide6.QtWidgets import QBoxLayout, QScrollArea

    page = open_today(qtbot, evening())
    assert page._columns_layout.direction() == QBoxLayout.Direction.LeftToRight  # 1280 px wide
    page.resize(880, 700)
    qtbot.wait(20)
    assert page._columns_layout.direction() == QBoxLayout.Direction.TopToBottom
    assert page.findChild(QScrollArea).horizontalScrollBar().maximum() == 0  # nothing off the edge
    page.resize(1280, 700)
    assert page._columns_layout.direction() == QBoxLayout.Direction.LeftToRight


def test_a_follow_up_ticked_done_by_mistake_comes_back_with_undo(notebook, qtbot, open_window):
    now = utc_now()
    anne = people.add_person("Anne Morel", now - timedelta(days=10))
    follow_up = follow_ups.plan_follow_up(anne, "Send the article", now - timedelta(hours=2), now)
    window = open_window()
    window.show_page("today")
    page = read(qtbot, window.today_page)
    [row] = page.due_list.rows
    qtbot.mouseClick(row.done_box, Qt.MouseButton.LeftButton, pos=QPoint(8, row.done_box.height() // 2))
    read(qtbot, page)
    assert page.due_list.rows == [] and FollowUp.get_by_id(follow_up).done_at is not None
    assert window.undo_bar.message.text() == "“Send the article” with Anne Morel is done."
    qtbot.mouseClick(window.undo_bar.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(page.due_list.rows) == 1, timeout=5000)
    assert FollowUp.get_by_id(follow_up).done_at is None


def test_tab_goes_from_plan_a_follow_up_through_the_follow_ups(notebook, qtbot):
    now = evening()
    anne = people.add_person("Anne", now - timedelta(days=10))
    follow_ups.plan_follow_up(anne, "Send the article", now - timedelta(hours=2), now)
    page = open_today(qtbot, now)
    [row] = page.due_list.rows
    stops, widget = [], page.plan_button
    while len(stops) < 4:
        widget = widget.nextInFocusChain()
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisible():
            stops.append(widget)
    assert stops[0] is row.done_box  # not the goal card's button on the other side of the page
    assert row.snooze_button in stops and row.edit_button in stops


def test_a_follow_up_planned_on_today_reaches_the_tray_and_can_be_undone(notebook, qtbot, open_window, drive_dialog):
    now = utc_now()
    anne = people.add_person("Anne Morel", now - timedelta(days=60), cadence_days=30)
    window = open_window()
    window.show_page("today")
    page = read(qtbot, window.today_page)
    told = []
    window.notebook_changed.connect(lambda: told.append(True))  # what the tray listens to for its reminders

    drive_dialog(FollowUpDialog, lambda dialog: qtbot.keyClicks(dialog.reason_edit, "Ask how the launch went"))
    qtbot.mouseClick(page.quiet_list.rows[0].plan_button, Qt.MouseButton.LeftButton)
    assert told and FollowUp.select().count() == 1
    qtbot.waitUntil(window.undo_bar.isVisible)
    assert window.undo_bar.message.text().startswith("Follow-up with Anne Morel planned for ")
    qtbot.mouseClick(window.undo_bar.undo_button, Qt.MouseButton.LeftButton)
    assert FollowUp.select().count() == 0


def test_a_follow_up_put_off_by_mistake_comes_back_with_undo(notebook, qtbot, open_window):
    now = utc_now()
    anne = people.add_person("Anne Morel", now - timedelta(days=10))
    bruno = people.add_person("Bruno Petit", now - timedelta(days=10))
    first = follow_ups.plan_follow_up(anne, "Send the article", now - timedelta(hours=2), now)
    second = follow_ups.plan_follow_up(bruno, "Call back", now - timedelta(hours=1), now)
    before = FollowUp.get_by_id(second).due_at
    window = open_window()
    window.show_page("today")
    page = read(qtbot, window.today_page)
    page.due_list.set_done(first, True)
    read(qtbot, page)
    page.due_list.snooze(second, follow_ups.SNOOZE_NEXT_WEEK)
    read(qtbot, page)
    assert window.undo_bar.message.text().startswith("“Call back” with Bruno Petit is put off until ")
    qtbot.mouseClick(window.undo_bar.undo_button, Qt.MouseButton.LeftButton)  # the snooze, not the tick before
    qtbot.waitUntil(lambda: len(page.due_list.rows) == 1, timeout=5000)
    assert FollowUp.get_by_id(second).due_at == before and FollowUp.get_by_id(first).done_at is not None


def long_quiet_and_long_due(now: datetime) -> None:
    """Someone due 799 days ago, someone seen 799 days past their rhythm (from a tag), and a follow-up
    left open as long."""
    people.add_person("Marie-Hélène Dupont-Lefèvre", now - timedelta(days=829), cadence_days=30)
    client = people.add_person("Jean-Baptiste Rousseau", now - timedelta(days=1000))
    people.set_tags(client, ["client"], now)
    cadence.set_tag_cadence("client", 30)
    moments.log_moment(now - timedelta(days=829), [client], "call", "me", "", now)
    bruno = people.add_person("Bruno Petit", now - timedelta(days=900))
    follow_ups.plan_follow_up(bruno, "Send the article", now - timedelta(days=799), now, expecting=True)


def test_on_a_1366_laptop_in_french_long_overdue_reads_in_years_on_one_line_beside_whole_buttons(
        notebook, qtbot, open_window, french, screen_room):
    from relnote.ui.main_window import MainWindow
    from tests.screenshots import save_screenshot

    long_quiet_and_long_due(utc_now())
    screen_room(MainWindow, QRect(0, 28, 1366, 740))  # 1366×768 with a 28 px panel
    window = open_window()
    window.show_page("today")
    page = read(qtbot, window.today_page)
    [follow_up] = page.due_list.rows
    assert shown(follow_up.when_label) == "on attend de mes nouvelles · prévue il y a plus de 2 ans"
    tagged, untagged = page.quiet_list.rows
    assert shown(untagged.details) == "tous les 30 j · aucun moment · prévu il y a plus de 2 ans"
    assert shown(tagged.details).endswith(" · prévu il y a plus de 2 ans")
    for row in (tagged, untagged):
        assert len(lines_shown(row.details)) == 1
        for button in (row.log_button, row.plan_button):
            assert button.width() >= button.sizeHint().width()
            inside_section = QRect(button.mapTo(page.quiet_section, QPoint(0, 0)), button.size())
            assert page.quiet_section.rect().contains(inside_section)
    save_screenshot(window, "today-french-1366.png")


def test_a_narrow_today_wraps_long_details_between_phrases_never_inside_one(notebook, qtbot, french):
    now = evening()
    long_quiet_and_long_due(now)
    page = open_today(qtbot, now)
    page.resize(480, 800)
    qtbot.wait(20)
    tagged = page.quiet_list.rows[0]
    phrases = shown(tagged.details).split(" · ")
    lines = lines_shown(tagged.details)
    assert len(lines) > 1
    assert all(any(phrase in line for line in lines) for phrase in phrases)
    assert tagged.log_button.width() >= tagged.log_button.sizeHint().width()


def test_a_long_past_reads_in_months_and_years_rather_than_hundreds_of_days(notebook, qtbot):
    now = evening()
    for name, days_late in (("Anne", 45), ("Bruno", 70), ("Chloé", 370), ("David", 799)):
        people.add_person(name, now - timedelta(days=30 + days_late), cadence_days=30)
    follow_ups.plan_follow_up(people.add_person("Emma", now), "Send the quote", now - timedelta(days=800), now)
    page = open_today(qtbot, now)
    assert [shown(row.details).split(" · ")[-1] for row in page.quiet_list.rows] == [
        "due more than 2 years ago", "due 1 year ago", "due 2 months ago", "due 45 days ago"]
    assert shown(page.due_list.rows[0].when_label) == "due more than 2 years ago"


def test_a_day_with_nothing_due_says_what_comes_next(notebook, qtbot):
    now = evening()
    marc = people.add_person("Marc Lefèvre", now - timedelta(days=10))
    page = open_today(qtbot, now)
    assert shown(page.due_list.empty_label) == "Nothing due today. A calm day to meet someone new."
    follow_ups.plan_follow_up(marc, "Send the quote", now + timedelta(days=2), now)
    follow_ups.plan_follow_up(marc, "Ask about the workshop", now + timedelta(days=9), now)
    page.refresh()
    read(qtbot, page)
    text = shown(page.due_list.empty_label)
    assert text.startswith("Nothing due today. Next: “Send the quote” with Marc Lefèvre, due ")
    save_screenshot(page, "today-nothing-due-next.png")
