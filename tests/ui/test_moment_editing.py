"""A moment logged with a typo, the wrong day or the wrong person is put right, or deleted, from the
person's story or from the timeline; the list's last moments and the stories follow."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtWidgets import QMessageBox

from relnote.core import moments, people
from relnote.core.clock import utc_now
from relnote.db.models import Moment, Person
from relnote.ui.dialogs.log_moment_dialog import LogMomentDialog
from relnote.ui.models.people_model import LAST_MOMENT
from relnote.ui.models.timeline_model import EVENT_ROLE, IS_HEADER_ROLE
from tests.screenshots import save_screenshot


def moment_row(view, summary: str):
    model = view.model()
    for row in range(model.rowCount()):
        event = model.index(row, 0).data(EVENT_ROLE)
        if event is not None and event.text == summary:
            return model.index(row, 0)
    raise AssertionError(f"no moment {summary!r} in {view.accessibleName()}")


def choose_from_menu(view, index, text: str) -> list[str]:
    """Trigger the item named `text` of the event's context menu; return every item it offered."""
    actions = [action for action in view.menu_for(index).actions() if not action.isSeparator()]
    next(action for action in actions if action.text() == text).trigger()
    return [action.text() for action in actions]


def confirm_deletion(monkeypatch) -> None:
    """The user answers "Delete moment" when asked."""
    def confirm(box):
        next(button for button in box.buttons() if button.text() == "Delete moment").click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", confirm)


def test_a_typo_and_the_wrong_person_are_put_right_from_the_story(notebook, qtbot, open_window, drive_dialog):
    now = utc_now()
    anne, bruno = people.add_person("Anne Morel", now - timedelta(days=30)), people.add_person("Bruno Petit", now)
    moments.log_moment(now - timedelta(days=9), [anne], "call", "me", "First call", now)
    moments.log_moment(now - timedelta(days=2), [anne], "coffee", "them", "Cofee near the staton", now, "Notes")
    window = open_window()
    page = window.people_page
    page.show_person(anne)
    page.person_panel.show_story()
    story = page.person_panel.story

    def correct(dialog):
        assert dialog.windowTitle() == "Change a moment" and dialog.save_button.text() == "Save changes"
        assert dialog.summary_edit.text() == "Cofee near the staton"
        assert dialog.people.person_ids() == [anne] and dialog.kind() == "coffee" and dialog.initiated_by() == "them"
        assert dialog.notes_edit.toPlainText() == "Notes"
        save_screenshot(dialog, "moment-change.png")
        dialog.summary_edit.setText("Coffee near the station")
        dialog.people.add_person(bruno, "Bruno Petit")
        dialog.people.chosen.item(0).setSelected(True)  # Anne
        dialog.people.remove_selected()

    drive_dialog(LogMomentDialog, correct)
    story.activated.emit(moment_row(story, "Cofee near the staton"))

    moment = Moment.get(Moment.summary == "Coffee near the station")
    assert [link.person_id for link in moment.participants] == [bruno]
    assert Person.get_by_id(anne).last_moment_at == Moment.get(Moment.summary == "First call").happened_at
    assert Person.get_by_id(bruno).last_moment_at == moment.happened_at
    story_texts = [story.model().index(row, 0).data(EVENT_ROLE) for row in range(story.model().rowCount())]
    assert "Cofee near the staton" not in [event.text for event in story_texts if event is not None]


def test_a_moment_is_deleted_from_the_timeline_after_saying_what_goes(notebook, qtbot, open_window, monkeypatch):
    now = utc_now()
    anne = people.add_person("Anne Morel", now - timedelta(days=30))
    moments.log_moment(now - timedelta(days=1), [anne], "coffee", "me", "Logged by mistake", now)
    window = open_window()
    window.show_page("timeline")
    view = window.timeline_page.view
    qtbot.waitUntil(lambda: view.model().rowCount() > 0)
    index = moment_row(view, "Logged by mistake")

    asked = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: asked.append((box.text(), box.informativeText())) or 0)
    offered = choose_from_menu(view, index, "Delete this moment…")
    assert offered == ["Open Anne Morel", "Change this moment…", "Delete this moment…"]
    assert asked[0][0] == "Delete this moment?" and "“Logged by mistake”" in asked[0][1] and "Anne Morel" in asked[0][1]
    assert Moment.select().count() == 1  # the user did not confirm

    confirm_deletion(monkeypatch)
    choose_from_menu(view, moment_row(view, "Logged by mistake"), "Delete this moment…")
    assert Moment.select().count() == 0
    assert Person.get_by_id(anne).last_moment_at is None
    events = [view.model().index(row, 0).data(EVENT_ROLE) for row in range(view.model().rowCount())]
    assert "Logged by mistake" not in [event.text for event in events if event is not None]
    assert window.people_page.list_panel.model.index(0, LAST_MOMENT).data() == "never"


def test_a_moment_deleted_after_logging_leaves_nothing_to_undo(notebook, qtbot, open_window, drive_dialog,
                                                               monkeypatch):
    anne = people.add_person("Anne Morel", utc_now())
    window = open_window()
    window.show_page("timeline")
    drive_dialog(LogMomentDialog, lambda dialog: (dialog.people.add_person(anne, "Anne Morel"),
                                                  dialog.summary_edit.setText("Delete then undo")))
    window.log_action.trigger()
    assert window.undo_bar.isVisible()
    undo = window.undo_bar._undo_action
    view = window.timeline_page.view
    qtbot.waitUntil(lambda: view.model().rowCount() > 0)

    confirm_deletion(monkeypatch)
    choose_from_menu(view, moment_row(view, "Delete then undo"), "Delete this moment…")
    assert Moment.select().count() == 0
    assert not window.undo_bar.isVisible()  # the offer went with the moment
    undo()  # and were it still on screen, Undo would quietly do nothing
    assert Moment.select().count() == 0


def test_tabbing_into_a_story_starts_on_its_first_moment(notebook, qtbot, open_window):
    now = utc_now()
    anne = people.add_person("Anne Morel", now - timedelta(days=30))
    moments.log_moment(now - timedelta(days=2), [anne], "coffee", "them", "Coffee at the market", now)
    window = open_window()
    window.people_page.show_person(anne)
    window.people_page.person_panel.show_story()
    story = window.people_page.person_panel.story
    story.setFocus()
    qtbot.waitUntil(story.hasFocus)
    current = story.currentIndex().data(EVENT_ROLE)
    assert current is not None and current.text == "Coffee at the market"
    save_screenshot(story, "story-keyboard-focus.png")


def on_screen(view) -> list:
    area = view.viewport().rect()
    first, last = view.indexAt(area.topLeft()).row(), view.indexAt(area.bottomLeft()).row()
    return [view.model().index(row, 0).data(EVENT_ROLE) for row in range(first, last + 1)]


def scrolled_years_back(window, qtbot):
    """The Timeline of a few years of moments, scrolled several pages down and left mid-way."""
    from relnote.core.demo import fill_demo_notebook

    fill_demo_notebook(80, 1500, 3, utc_now())
    window.show_page("timeline")
    view = window.timeline_page.view
    qtbot.waitUntil(lambda: view.model().rowCount() > 0)
    for _ in range(6):
        view.scrollToBottom()
        qtbot.wait(20)
    assert view.model().read_events() > 450
    bar = view.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    return view


def test_deleting_a_moment_years_back_in_the_timeline_keeps_the_place(notebook, qtbot, open_window, monkeypatch):
    view = scrolled_years_back(open_window(), qtbot)
    top = view.indexAt(view.viewport().rect().topLeft())
    top_event, top_y = top.data(EVENT_ROLE), view.visualRect(top).top()
    shown = view.model().index(top.row() + 3, 0)
    while shown.data(EVENT_ROLE) is None or shown.data(EVENT_ROLE).event != "moment":
        shown = view.model().index(shown.row() + 1, 0)
    event = shown.data(EVENT_ROLE)
    neighbour = view.model().index(shown.row() + 1, 0).data(EVENT_ROLE)

    confirm_deletion(monkeypatch)
    choose_from_menu(view, shown, "Delete this moment…")

    assert Moment.get_or_none(Moment.id == event.ref) is None
    assert event not in on_screen(view) and neighbour in on_screen(view)
    still_top = view.indexAt(view.viewport().rect().topLeft())
    assert still_top.data(EVENT_ROLE) == top_event and view.visualRect(still_top).top() == top_y  # not moved


def test_coming_back_to_the_timeline_shows_the_same_events_and_scrolls_up_to_the_newest(notebook, qtbot, open_window):
    window = open_window()
    view = scrolled_years_back(window, qtbot)
    before = on_screen(view)

    window.show_page("people")
    window.show_page("timeline")

    assert on_screen(view) == before
    save_screenshot(window.timeline_page, "timeline-back-years-back.png")
    seen = []
    while True:  # back up to the newest, as a user scrolling would: every event once, newest first
        seen[0:0] = [event for event in on_screen(view) if event is not None and event not in seen]
        if view.verticalScrollBar().value() == 0 and not view.model().can_fetch_newer():
            break
        view.verticalScrollBar().setValue(view.verticalScrollBar().value() - view.viewport().height() // 2)
    newest = view.model().index(0, 0)
    assert newest.data(IS_HEADER_ROLE)
    assert seen[0] == view.model().index(1, 0).data(EVENT_ROLE)
    moments_seen = [event.at for event in seen]
    assert moments_seen == sorted(moments_seen, reverse=True)
    assert len(seen) == len(set(seen))
