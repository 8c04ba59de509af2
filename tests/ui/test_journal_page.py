"""The journal as a user keeps it: the evening three, a reflection, follow-ups, one page per day."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QPoint, Qt

from relnote.core import follow_ups, journal, people
from relnote.core.clock import utc_now
from relnote.core.local_days import local_to_utc, to_local
from relnote.db.models import FollowUp, JournalEntry
from relnote.db.timeline_queries import TimelineFilter, timeline_page
from relnote.ui.dialogs.follow_up_dialog import FollowUpDialog
from relnote.ui.pages.journal_page import JournalPage
from tests.ui.conftest import shown


def open_journal(qtbot, now: datetime | None = None) -> JournalPage:
    page = JournalPage()
    if now is not None:
        page.clock = lambda: now
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    return page


def test_three_gratitude_lines_with_a_mention_join_the_persons_story(notebook, qtbot):
    claire = people.add_person("Claire Martin", utc_now() - timedelta(days=5))
    page = open_journal(qtbot)
    assert len(page.line_editors) == 3
    today = page.day()
    first = page.line_editors[0]
    qtbot.keyClicks(first.text_edit, "Claire's warm introduction")
    qtbot.keyClicks(first.mention_picker, "clai")
    qtbot.keyClick(first.mention_picker, Qt.Key.Key_Return)
    assert first.person_ids() == [claire]
    assert [button.text() for button in first.mention_buttons()] == ["Claire Martin  ✕"]
    qtbot.keyClicks(page.line_editors[2].text_edit, "A quiet morning")
    with qtbot.waitSignal(page.notebook_changed, timeout=3000):
        pass  # written on its own, shortly after typing stops

    lines = journal.gratitude_lines(today)
    assert [(line.text, line.person_ids) for line in lines] == [
        ("Claire's warm introduction", [claire]), ("", []), ("A quiet morning", [])]
    story = timeline_page(TimelineFilter(person_id=claire))
    assert (story[0].event, story[0].text) == ("gratitude", "Claire's warm introduction")

    qtbot.mouseClick(first.mention_buttons()[0], Qt.MouseButton.LeftButton)
    page.flush()
    assert journal.gratitude_lines(today)[0].person_ids == []


def test_the_names_offered_for_a_mention_are_shown_whole_however_narrow_the_field(notebook, qtbot):
    people.add_person("Claire Martin", utc_now(), organisation="Atelier Lumière et Associés")
    people.add_person("Claire Martin", utc_now(), organisation="Studio Claire")
    page = open_journal(qtbot)
    picker = page.line_editors[0].mention_picker
    qtbot.keyClicks(picker, "claire")
    popup = picker.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    offered = [popup.model().index(row, 0).data() for row in range(popup.model().rowCount())]
    assert offered == ["Claire Martin — Atelier Lumière et Associés", "Claire Martin — Studio Claire"]
    widest = max(popup.fontMetrics().horizontalAdvance(text) for text in offered)
    assert picker.width() < widest  # the field itself is narrow…
    assert popup.viewport().width() > widest  # …but the two Claires can be told apart
    assert popup.mapToGlobal(QPoint(0, 0)).x() == picker.mapToGlobal(QPoint(0, 0)).x()  # opens under it


def test_another_line_and_reflection_are_kept_when_moving_between_days(notebook, qtbot):
    page = open_journal(qtbot)
    today = page.day()
    qtbot.mouseClick(page.add_line_button, Qt.MouseButton.LeftButton)
    assert len(page.line_editors) == 4
    qtbot.keyClicks(page.line_editors[3].text_edit, "A fourth good thing")
    qtbot.keyClicks(page.reflection_edit, "Listen more than I speak.")
    qtbot.mouseClick(page.previous_button, Qt.MouseButton.LeftButton)
    assert page.day() == today - timedelta(days=1)
    assert journal.reflection(today) == "Listen more than I speak."
    assert journal.gratitude_lines(today)[3].text == "A fourth good thing"
    assert len(page.line_editors) == 3 and page.reflection_edit.toPlainText() == ""
    assert page.today_button.isEnabled()

    with qtbot.waitActive(page):
        page.activateWindow()
    qtbot.keyClick(page.reflection_edit, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert page.day() == today
    assert page.reflection_edit.toPlainText() == "Listen more than I speak."
    assert page.line_editors[3].text() == "A fourth good thing"

    page.line_editors[3].text_edit.clear()
    page.line_editors[3].edited.emit()
    page.reflection_edit.clear()
    page.flush()
    assert JournalEntry.select().count() == 0


def test_a_past_day_shows_what_was_written_then(notebook, qtbot):
    day = date(2025, 3, 14)
    journal.save_gratitude(day, 0, "Pi day with friends", [], datetime(2025, 3, 14, 20, 0))
    journal.save_reflection(day, "Slow down.", datetime(2025, 3, 14, 20, 0))
    page = open_journal(qtbot)
    page.date_edit.setDate(day)
    assert page.day() == day
    assert page.line_editors[0].text() == "Pi day with friends"
    assert page.reflection_edit.toPlainText() == "Slow down."
    assert "14 March 2025" in page.day_title.text()


def test_plan_a_follow_up_from_the_journal_and_mark_it_done(notebook, qtbot, drive_dialog):
    now = local_to_utc(to_local(utc_now()).date(), time(10, 0))
    anne = people.add_person("Anne Morel", now - timedelta(days=5))
    page = open_journal(qtbot, now)

    def fill(dialog):
        qtbot.keyClicks(dialog.person_edit, "anne")
        qtbot.keyClick(dialog.person_edit, Qt.Key.Key_Return)
        assert dialog.person_id() == anne and not dialog.ok_button.isEnabled()
        qtbot.keyClicks(dialog.reason_edit, "Send the workshop notes")
        dialog.due_edit.setDateTime(to_local(now + timedelta(hours=4)))

    drive_dialog(FollowUpDialog, fill)
    qtbot.mouseClick(page.plan_button, Qt.MouseButton.LeftButton)
    [row] = page.follow_up_list.rows
    assert row.reason_label.text() == "Send the workshop notes"
    assert shown(row.when_label).startswith("today at")

    box = row.done_box
    with qtbot.waitSignal(page.notebook_changed):
        qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    [done_row] = page.follow_up_list.rows
    assert done_row.row.done and done_row.reason_label.font().strikeOut()
    assert timeline_page(TimelineFilter(person_id=anne))[0].event == "follow_up"


def test_snooze_to_a_picked_date_and_show_every_open_follow_up(notebook, qtbot, monkeypatch):
    now = local_to_utc(to_local(utc_now()).date(), time(10, 0))
    anne = people.add_person("Anne Morel", now - timedelta(days=5))
    follow_up = follow_ups.plan_follow_up(anne, "Share the venue list", now - timedelta(hours=1), now)
    page = open_journal(qtbot, now)
    later = to_local(now).date() + timedelta(days=10)
    monkeypatch.setattr("relnote.ui.widgets.follow_up_list.pick_date", lambda parent, start: later)
    [row] = page.follow_up_list.rows
    row.snooze_button.menu().actions()[2].trigger()
    assert to_local(FollowUp.get_by_id(follow_up).due_at) == datetime.combine(later, time(9, 0))
    assert page.follow_up_list.rows == []
    page.all_open_box.setChecked(True)
    assert [r.row.id for r in page.follow_up_list.rows] == [follow_up]


def test_the_journal_opens_with_the_cursor_in_the_first_empty_line_and_tab_reads_down_the_page(notebook, qtbot):
    page = open_journal(qtbot)
    page.activateWindow()
    qtbot.waitUntil(lambda: page.line_editors[0].text_edit.hasFocus())
    order, widget = [], page.previous_button
    while len(order) < 14:  # what Tab stops at, from the day's arrows on
        widget = widget.nextInFocusChain()
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisible():
            order.append(widget)
    lines = [widget for editor in page.line_editors for widget in (editor.text_edit, editor.mention_picker)]
    start = order.index(page.line_editors[0].text_edit)
    assert order[start:start + len(lines)] == lines
    assert order[start + len(lines)] is page.add_line_button


def test_a_past_day_asks_about_that_day(notebook, qtbot):
    page = open_journal(qtbot)
    assert "today" in page.line_editors[0].text_edit.placeholderText()
    page.show_day(page.today() - timedelta(days=3))
    assert page.line_editors[0].text_edit.placeholderText() == "Something, or someone, you were grateful for that day"
    assert page.reflection_edit.placeholderText().startswith("What did that day teach you?")


def test_a_mention_is_reached_by_tab_right_after_its_line(notebook, qtbot):
    claire = people.add_person("Claire Dubois", utc_now())
    page = open_journal(qtbot)
    first, second = page.line_editors[0], page.line_editors[1]
    first.mention(claire, "Claire Dubois")
    [chip] = first.mention_buttons()
    qtbot.waitUntil(chip.isVisible)
    stops, widget = [], first.mention_picker
    while len(stops) < 2:
        widget = widget.nextInFocusChain()
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.isVisible():
            stops.append(widget)
    assert stops == [chip, second.text_edit]
