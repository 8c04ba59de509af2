"""The People page as a user works with it."""

from __future__ import annotations

import os
import signal
from datetime import datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from relnote.core import moments, people
from relnote.core.clock import utc_now
from relnote.db.models import Moment, Person
from relnote.ui.dialogs.log_moment_dialog import LogMomentDialog
from relnote.ui.dialogs.quick_add_dialog import QuickAddDialog
from relnote.ui.models.people_model import NAME, ORGANISATION, STAGE
from relnote.ui.stop_signals import StopSignals

from tests.ui.conftest import close_window, focus_changes_its_look


def shown_names(page) -> list[str]:
    model = page.list_panel.model
    return [model.index(row, NAME).data() for row in range(model.rowCount())]


def add_with_quick_add(qtbot, window, drive_dialog, name: str, where: str):
    def fill(dialog):
        qtbot.keyClicks(dialog.name_edit, name)
        qtbot.keyClicks(dialog.where_edit, where)

    drive_dialog(QuickAddDialog, fill)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)


def test_quick_add_with_ctrl_n_shows_and_selects_the_person(qtbot, open_window, drive_dialog):
    window = open_window()
    add_with_quick_add(qtbot, window, drive_dialog, "Claire Martin", "Coworking breakfast")
    page = window.people_page
    assert shown_names(page) == ["Claire Martin"]
    assert page.person_panel.name_label.text() == "Claire Martin"
    assert page.person_panel.profile._texts["where_we_met"].text() == "Coworking breakfast"
    assert page.list_panel.count_label.text() == "1 person"
    assert page.person_panel.profile._texts["display_name"].hasFocus()  # ready to complete the profile
    # first and last names filled in, as exports to other tools want them
    assert [page.person_panel.profile._texts[field].text() for field in ("first_name", "last_name")] == [
        "Claire", "Martin"]


def test_quick_add_needs_a_name(qtbot, open_window, drive_dialog):
    window = open_window()
    states = []

    def fill(dialog):
        states.append(dialog.add_button.isEnabled())
        qtbot.keyClicks(dialog.where_edit, "Somewhere")
        states.append(dialog.add_button.isEnabled())
        qtbot.keyClicks(dialog.name_edit, "A")
        states.append(dialog.add_button.isEnabled())

    drive_dialog(QuickAddDialog, fill, accept=False)
    window.quick_add()
    assert states == [False, False, True]
    assert Person.select().count() == 0


def test_quick_add_says_who_is_already_in_the_notebook_and_enter_opens_them(qtbot, open_window, drive_dialog):
    window = open_window()
    claire = people.add_person("Claire Martin", utc_now(), organisation="Atelier Lumière")
    seen = {}

    def fill(dialog):
        qtbot.keyClicks(dialog.name_edit, "Claire Mart")
        seen["before"] = dialog.same_name_label.isVisible()
        qtbot.keyClicks(dialog.name_edit, "in ")  # the whole name, typed without its capitals
        dialog.name_edit.setText("claire  martin ")
        seen["warning"] = dialog.same_name_label.text() if dialog.same_name_label.isVisible() else ""
        seen["enter_opens"] = dialog.open_existing_button.isDefault() and not dialog.add_button.isDefault()
        seen["can_still_add"] = dialog.add_button.isEnabled()
        qtbot.keyClick(dialog.where_edit, Qt.Key.Key_Return)

    drive_dialog(QuickAddDialog, fill)
    assert window.people_page.quick_add() == claire
    assert seen == {
        "before": False,
        "warning": "Already in your notebook: Claire Martin (Atelier Lumière). "
                   "Add a new person only if this is someone else.",
        "enter_opens": True, "can_still_add": True}
    assert Person.select().count() == 1  # no second Claire Martin splitting her story in two
    assert window.people_page.current_person_id() == claire

    def add_the_namesake(dialog):
        qtbot.keyClicks(dialog.name_edit, "Claire Martin")
        dialog.add_button.click()  # someone else of the same name: one click adds her

    drive_dialog(QuickAddDialog, add_the_namesake)
    namesake = window.people_page.quick_add()
    assert namesake != claire and Person.select().count() == 2


def test_opening_the_person_already_there_keeps_where_we_met_if_they_had_none(qtbot, open_window, drive_dialog):
    window = open_window()
    claire = people.add_person("Claire Martin", utc_now())
    paul = people.add_person("Paul Durand", utc_now(), where_we_met="Coworking")

    def open_existing(name):
        def fill(dialog):
            qtbot.keyClicks(dialog.name_edit, name)
            qtbot.keyClicks(dialog.where_edit, "Photo fair")
            dialog.open_existing_button.click()
        return fill

    drive_dialog(QuickAddDialog, open_existing("Claire Martin"))
    assert window.people_page.quick_add() == claire
    assert window.people_page.person_panel.profile._texts["where_we_met"].text() == "Photo fair"
    drive_dialog(QuickAddDialog, open_existing("Paul Durand"))
    assert window.people_page.quick_add() == paul
    assert people.load_profile(claire).where_we_met == "Photo fair"
    assert people.load_profile(paul).where_we_met == "Coworking"  # what they had is not replaced
    assert window.people_page.person_panel.profile._texts["where_we_met"].text() == "Coworking"


def test_edits_are_saved_as_typed_and_come_back_after_reopening(qtbot, open_window, drive_dialog):
    window = open_window()
    add_with_quick_add(qtbot, window, drive_dialog, "Claire", "Meetup")
    editor = window.people_page.person_panel.profile
    name = editor._texts["display_name"]
    name.selectAll()
    qtbot.keyClicks(name, "Claire Martin")
    qtbot.keyClicks(editor._texts["organisation"], "Atelier Lumiere")
    qtbot.keyClicks(editor._texts["what_matters"], "Finding corporate clients")
    editor.emails.add_button.click()
    qtbot.keyClicks(editor.emails._rows[0].value_edit, "claire@atelier.fr")
    editor.stage.setCurrentIndex(2)
    editor.stage.activated.emit(2)
    editor.tags.setFocus()
    qtbot.keyClicks(editor.tags, "photographer, Lyon")
    qtbot.keyClick(editor.tags, Qt.Key.Key_Return)
    editor.cadence.setValue(45)
    qtbot.waitUntil(lambda: not editor.has_pending_changes(), timeout=3000)
    assert window.people_page.list_panel.model.index(0, ORGANISATION).data() == "Atelier Lumiere"
    close_window(window)

    window = open_window()
    profile = people.load_profile(window.people_page.current_person_id())
    assert profile.display_name == "Claire Martin"
    assert profile.organisation == "Atelier Lumiere"
    assert profile.what_matters == "Finding corporate clients"
    assert [e.value for e in profile.emails] == ["claire@atelier.fr"]
    assert profile.stage == "relationship"
    assert profile.tags == ["Lyon", "photographer"]
    assert profile.cadence_days == 45
    assert window.people_page.person_panel.profile._texts["organisation"].text() == "Atelier Lumiere"


def test_closing_the_window_right_after_typing_loses_nothing(qtbot, open_window, drive_dialog):
    window = open_window()
    add_with_quick_add(qtbot, window, drive_dialog, "Claire", "Meetup")
    editor = window.people_page.person_panel.profile
    qtbot.keyClicks(editor._texts["city"], "Lyon")
    assert editor.has_pending_changes()
    close_window(window)
    window = open_window()
    assert people.load_profile(window.people_page.current_person_id()).city == "Lyon"


def test_a_shutdown_signal_right_after_typing_writes_the_tags_and_the_city(qtbot, open_window, drive_dialog):
    window = open_window()
    add_with_quick_add(qtbot, window, drive_dialog, "Claire", "Meetup")
    editor = window.people_page.person_panel.profile
    quits = []
    window.quit_requested.connect(lambda: quits.append(True))
    stop_signals = StopSignals(window.quit)
    try:
        qtbot.keyClicks(editor._texts["city"], "Lyon")
        editor.tags.setFocus()
        qtbot.keyClicks(editor.tags, "photographer, mentor")  # still in the field: not finished yet
        assert editor.tags.hasFocus()
        os.kill(os.getpid(), signal.SIGTERM)
        qtbot.waitUntil(lambda: bool(quits), timeout=3000)
    finally:
        stop_signals.release()
    profile = people.load_profile(window.people_page.current_person_id())
    assert profile.tags == ["mentor", "photographer"] and profile.city == "Lyon"
    assert not window.isVisible()


def test_tags_are_saved_as_typed_without_leaving_the_field(notebook, qtbot, open_window):
    claire = people.add_person("Claire Martin", utc_now())
    window = open_window()
    editor = window.people_page.person_panel.profile
    editor.tags.setFocus()
    qtbot.keyClicks(editor.tags, "coach")
    qtbot.waitUntil(lambda: people.load_profile(claire).tags == ["coach"], timeout=3000)
    assert editor.tags.hasFocus() and editor.tags.text() == "coach"


def test_emptying_the_name_keeps_the_old_one_and_says_so(qtbot, open_window, drive_dialog):
    window = open_window()
    add_with_quick_add(qtbot, window, drive_dialog, "Claire", "Meetup")
    editor = window.people_page.person_panel.profile
    editor._texts["display_name"].clear()
    editor._queue("display_name", "")
    editor.flush()
    assert editor.problem.isVisible()
    assert "display name" in editor.problem.text()
    assert Person.get().display_name == "Claire"


def test_log_a_moment_with_ctrl_l_appears_in_the_story(notebook, qtbot, open_window, drive_dialog):
    now = utc_now()
    claire = people.add_person("Claire Martin", now)
    paul = people.add_person("Paul Durand", now)
    window = open_window()
    window.people_page.show_person(claire)

    def fill(dialog):
        assert dialog.people.person_ids() == [claire]
        qtbot.keyClicks(dialog.people.picker, "Paul")
        qtbot.keyClick(dialog.people.picker, Qt.Key.Key_Return)
        assert dialog.people.person_ids() == [claire, paul]
        dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("help_given"))
        dialog.initiator_group.button(2).click()
        qtbot.keyClicks(dialog.summary_edit, "Reviewed her portfolio together")

    drive_dialog(LogMomentDialog, fill)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)

    moment = Moment.get()
    assert (moment.kind, moment.initiated_by, moment.summary) == ("help_given", "both", "Reviewed her portfolio together")
    story = window.people_page.person_panel.story_model
    first = story.index(0, 0).data()
    assert "Help given" in first and "Reviewed her portfolio together" in first and "Paul Durand" in first
    assert Person.get_by_id(paul).last_moment_at is not None


def test_cancelled_moment_is_not_logged(notebook, qtbot, open_window, drive_dialog):
    claire = people.add_person("Claire", utc_now())
    window = open_window()
    window.people_page.show_person(claire)
    drive_dialog(LogMomentDialog, lambda d: qtbot.keyClicks(d.summary_edit, "nope"), accept=False)
    window.log_moment()
    assert Moment.select().count() == 0


def test_search_and_filters_narrow_the_list(notebook, qtbot, open_window):
    now = utc_now()
    helene = people.add_person("Hélène Dupont", now, organisation="Dupont Conseil")
    people.add_person("Marc Lefèvre", now)
    zoe = people.add_person("Zoé Arnaud", now)
    people.update_person(helene, now, stage="client")
    people.set_tags(zoe, ["Lyon"], now)
    window = open_window()
    panel = window.people_page.list_panel

    qtbot.keyClicks(panel.search, "helene")
    qtbot.waitUntil(lambda: shown_names(window.people_page) == ["Hélène Dupont"], timeout=2000)
    assert window.people_page.person_panel.name_label.text() == "Hélène Dupont"
    panel.search.clear()
    qtbot.waitUntil(lambda: len(shown_names(window.people_page)) == 3, timeout=2000)

    panel.stage_filter.setCurrentIndex(panel.stage_filter.findData("client"))
    panel.stage_filter.activated.emit(panel.stage_filter.currentIndex())
    assert shown_names(window.people_page) == ["Hélène Dupont"]
    assert window.people_page.list_panel.model.index(0, STAGE).data() == "Client"
    panel.stage_filter.setCurrentIndex(0)
    panel.stage_filter.activated.emit(0)

    panel.tag_filter.setCurrentIndex(panel.tag_filter.findData("Lyon"))
    panel.tag_filter.activated.emit(panel.tag_filter.currentIndex())
    assert shown_names(window.people_page) == ["Zoé Arnaud"]

    qtbot.keyClicks(panel.search, "nobody-at-all")
    qtbot.waitUntil(lambda: shown_names(window.people_page) == [], timeout=2000)
    assert window.people_page.detail.currentWidget() is window.people_page.empty_state
    assert "No one matches" in window.people_page.empty_message.text()


def test_sorting_by_last_moment(notebook, qtbot, open_window):
    now = utc_now()
    a = people.add_person("Anna", now)
    b = people.add_person("Bruno", now)
    moments.log_moment(now - timedelta(days=1), [b], "call", "me", "", now)
    moments.log_moment(now - timedelta(days=9), [a], "call", "me", "", now)
    window = open_window()
    panel = window.people_page.list_panel
    panel.sort.setCurrentIndex(panel.sort.findData("last_moment"))
    panel.sort.activated.emit(panel.sort.currentIndex())
    assert shown_names(window.people_page) == ["Bruno", "Anna"]
    assert panel.model.index(0, 3).data() == "yesterday"


def test_archive_then_undo(notebook, qtbot, open_window):
    now = utc_now()
    people.add_person("Anna", now)
    claire = people.add_person("Claire", now)
    window = open_window()
    page = window.people_page
    page.show_person(claire)
    qtbot.mouseClick(page.person_panel.archive_button, Qt.MouseButton.LeftButton)
    assert shown_names(page) == ["Anna"]
    assert page.undo_bar.isVisible()
    assert "Claire was archived" in page.undo_bar.message.text()
    qtbot.mouseClick(page.undo_bar.undo_button, Qt.MouseButton.LeftButton)
    assert shown_names(page) == ["Anna", "Claire"]
    assert page.current_person_id() == claire
    assert people.load_profile(claire).archived_at is None


def test_archived_people_can_be_restored(notebook, qtbot, open_window):
    claire = people.add_person("Claire", utc_now())
    people.archive_person(claire, utc_now())
    window = open_window()
    page = window.people_page
    assert shown_names(page) == []
    page.list_panel.show_archived.setChecked(True)
    assert shown_names(page) == ["Claire"]
    assert page.person_panel.restore_button.isVisibleTo(page)
    assert "in your archive since" in page.person_panel.subtitle.text()
    page.person_panel.restore_button.click()
    assert not page.list_panel.show_archived.isChecked()
    assert shown_names(page) == ["Claire"]
    assert "archive" not in page.person_panel.subtitle.text()


def test_permanent_deletion_names_what_goes_and_asks_first(notebook, qtbot, open_window, monkeypatch):
    now = utc_now()
    claire = people.add_person("Claire", now)
    for day in range(3):
        moments.log_moment(now - timedelta(days=day), [claire], "call", "me", f"Call {day}", now)
    people.archive_person(claire, now)
    window = open_window()
    page = window.people_page
    page.list_panel.show_archived.setChecked(True)

    asked = []

    def answer(choice):
        def fake_exec(box):
            asked.append((box.text(), box.informativeText()))
            for button in box.buttons():
                if box.buttonRole(button) == choice:
                    button.click()
                    return 0
            raise AssertionError("no such button")
        return fake_exec

    monkeypatch.setattr(QMessageBox, "exec", answer(QMessageBox.ButtonRole.RejectRole))
    page.person_panel.delete_button.click()
    assert Person.select().count() == 1
    assert asked[0][0] == "Delete Claire permanently?"
    assert "3 moments" in asked[0][1]

    monkeypatch.setattr(QMessageBox, "exec", answer(QMessageBox.ButtonRole.DestructiveRole))
    page.person_panel.delete_button.click()
    assert Person.select().count() == 0
    assert Moment.select().count() == 0


def test_window_size_layout_and_page_come_back(qtbot, open_window):
    window = open_window()
    window.resize(1000, 600)
    window.show_page("journal")
    close_window(window)
    window = open_window()
    assert window.current_page() == "journal"
    assert (window.width(), window.height()) == (1000, 600)


def test_introduced_by_is_picked_from_the_notebook(notebook, qtbot, open_window):
    now = utc_now()
    paul = people.add_person("Paul Durand", now)
    claire = people.add_person("Claire", now)
    window = open_window()
    window.people_page.show_person(claire)
    picker = window.people_page.person_panel.profile.introducer
    qtbot.keyClicks(picker, "pau")
    qtbot.keyClick(picker, Qt.Key.Key_Return)
    assert people.load_profile(claire).introduced_by_id == paul
    window.people_page.person_panel.profile.clear_introducer.click()
    assert people.load_profile(claire).introduced_by_id is None


def test_the_mouse_wheel_scrolls_past_the_stage_without_changing_it(notebook, qtbot, open_window):
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    claire = people.add_person("Claire", utc_now())
    window = open_window()
    window.people_page.show_person(claire)
    stage = window.people_page.person_panel.profile.stage
    window.people_page.list_panel.search.setFocus()
    wheel = QWheelEvent(QPointF(5, 5), QPointF(5, 5), QPoint(0, 0), QPoint(0, -120), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(stage, wheel)
    assert stage.currentData() == "new"
    assert people.load_profile(claire).stage == "new"


def name_shown_whole(panel, name: str) -> bool:
    table = panel.table
    return table.columnWidth(NAME) >= table.sizeHintForColumn(NAME) > table.fontMetrics().horizontalAdvance(name)


def test_a_narrow_list_keeps_whole_names_and_leaves_the_organisation_to_the_header(notebook, qtbot, open_window):
    people.add_person("Marie-Hélène Dubois-Lefèvre", utc_now(), organisation="Atelier Lumière")
    window = open_window()
    window.resize(1280, 800)
    page, panel = window.people_page, window.people_page.list_panel

    def list_width(width: int) -> None:  # as the user drags the splitter
        page.splitter.setSizes([width, sum(page.splitter.sizes()) - width])
        qtbot.waitUntil(lambda: abs(panel.width() - width) <= 2, timeout=2000)

    list_width(410)
    assert panel.table.isColumnHidden(ORGANISATION) and not panel.table.isColumnHidden(STAGE)
    assert name_shown_whole(panel, "Marie-Hélène Dubois-Lefèvre")
    list_width(345)
    assert panel.table.isColumnHidden(ORGANISATION)
    assert name_shown_whole(panel, "Marie-Hélène Dubois-Lefèvre")
    list_width(560)
    assert not panel.table.isColumnHidden(ORGANISATION) and not panel.table.isColumnHidden(STAGE)
    assert name_shown_whole(panel, "Marie-Hélène Dubois-Lefèvre")


def test_on_a_1366_laptop_in_french_long_names_are_shown_whole(notebook, qtbot, open_window, french, screen_room):
    from PySide6.QtCore import QRect

    from relnote.ui.main_window import MainWindow
    from tests.screenshots import save_screenshot

    people.add_person("Anne Morel", utc_now(), organisation="Morel & Fils", stage="acquaintance")
    people.add_person("Marie-Hélène Dupont-Lefèvre", utc_now(), organisation="Atelier Lumière",
                      stage="potential_client")
    screen_room(MainWindow, QRect(0, 28, 1366, 740))  # 1366×768 with a 28 px panel
    window = open_window()
    panel = window.people_page.list_panel
    assert window.width() == 1280
    assert panel.model.index(1, STAGE).data() == "Client potentiel"
    assert name_shown_whole(panel, "Marie-Hélène Dupont-Lefèvre")
    assert not panel.table.isColumnHidden(STAGE)
    save_screenshot(window, "people-french-1366.png")


def test_plan_a_follow_up_from_the_notebook_menu_for_the_person_shown(notebook, qtbot, open_window, drive_dialog):
    from relnote.db.models import FollowUp
    from relnote.ui.dialogs.follow_up_dialog import FollowUpDialog

    anne = people.add_person("Anne Morel", utc_now())
    window = open_window()
    window.people_page.show_person(anne)
    notebook_menu = window.menuBar().actions()[0].menu()
    assert window.follow_up_action in notebook_menu.actions()
    assert window.follow_up_action.shortcut().toString() == "Ctrl+Shift+F"

    def fill(dialog):
        assert dialog.person_id() == anne and dialog.person_edit.text() == "Anne Morel"
        qtbot.keyClicks(dialog.reason_edit, "Send her the workshop programme")

    drive_dialog(FollowUpDialog, fill)
    window.follow_up_action.trigger()
    follow_up = FollowUp.get()
    assert (follow_up.person_id, follow_up.reason) == (anne, "Send her the workshop programme")
    assert window.undo_bar.message.text().startswith("Follow-up with Anne Morel planned for ")
    qtbot.mouseClick(window.undo_bar.undo_button, Qt.MouseButton.LeftButton)
    assert FollowUp.select().count() == 0
    drive_dialog(FollowUpDialog, fill)
    window.follow_up_action.trigger()

    window.show_page("today")
    drive_dialog(FollowUpDialog, lambda dialog: (assert_no_person(dialog), dialog.reject()), accept=False)
    assert window.follow_up_action.trigger() is None and FollowUp.select().count() == 1


def assert_no_person(dialog) -> None:
    assert dialog.person_id() is None  # away from the People page, the user chooses whom


def test_a_moment_logged_from_another_page_says_so_and_can_be_undone(notebook, qtbot, open_window, drive_dialog):
    anne = people.add_person("Anne Morel", utc_now())
    window = open_window()
    window.show_page("timeline")

    def fill(dialog):
        dialog.people.add_person(anne, "Anne Morel")
        qtbot.keyClicks(dialog.summary_edit, "Coffee, with the wrong person")

    drive_dialog(LogMomentDialog, fill)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() == "timeline"
    assert window.undo_bar.isVisible() and window.undo_bar.message.text() == "Moment with Anne Morel logged."
    assert Moment.select().count() == 1
    timeline = window.timeline_page.model
    qtbot.waitUntil(lambda: timeline.loaded_events() == 2)  # Anne added, and the coffee

    qtbot.mouseClick(window.undo_bar.undo_button, Qt.MouseButton.LeftButton)
    assert Moment.select().count() == 0 and Person.get_by_id(anne).last_moment_at is None
    assert not window.undo_bar.isVisible()
    qtbot.waitUntil(lambda: timeline.loaded_events() == 1)  # the page on screen follows


def test_an_e_mail_that_does_not_look_like_one_is_pointed_out_and_kept(notebook, qtbot, open_window):
    claire = people.add_person("Claire Martin", utc_now())
    window = open_window()
    window.people_page.show_person(claire)
    editor = window.people_page.person_panel.profile
    editor.emails.add_button.click()
    row = editor.emails._rows[0]
    qtbot.waitUntil(row.isVisible)
    qtbot.keyClicks(row.value_edit, "claire.atelier.fr")
    assert not row.warning.isVisibleTo(editor)  # not while typing
    row.value_edit.editingFinished.emit()  # the user moves on
    assert row.warning.isVisibleTo(editor)
    assert row.warning.text().startswith("⚠ This does not look like an e-mail address")
    qtbot.waitUntil(lambda: not editor.has_pending_changes(), timeout=3000)
    assert [e.value for e in people.load_profile(claire).emails] == ["claire.atelier.fr"]  # nothing lost

    row.value_edit.clear()
    qtbot.keyClicks(row.value_edit, "claire@atelier.fr")
    assert not row.warning.isVisibleTo(editor)


def test_down_from_the_search_goes_into_the_results(notebook, qtbot, open_window):
    for name in ("Anne Morel", "Bruno Petit", "Annie Roux"):
        people.add_person(name, utc_now())
    window = open_window()
    panel = window.people_page.list_panel
    panel.search.setFocus()
    qtbot.keyClicks(panel.search, "ann")
    qtbot.keyClick(panel.search, Qt.Key.Key_Down)
    assert panel.table.hasFocus()
    assert panel.model.total() == 2  # the search applied at once, not after its pause


def test_the_flat_add_buttons_show_when_the_keyboard_is_on_them(notebook, qtbot):
    from PySide6.QtWidgets import QDialog

    from relnote.ui.widgets.contact_list_editor import ContactListEditor

    host = QDialog()
    qtbot.addWidget(host)
    editor = ContactListEditor("email", "E-mail address", "+ Add an e-mail", host)
    other = ContactListEditor("phone", "Phone number", "+ Add a phone", host)
    other.move(0, 60)
    assert focus_changes_its_look(qtbot, host, editor.add_button, other.add_button)


def test_a_persons_story_starts_with_the_follow_ups_still_to_do(notebook, qtbot, open_window, drive_dialog):
    from datetime import timedelta

    from relnote.core import follow_ups
    from relnote.core.clock import utc_now
    from relnote.db.models import FollowUp
    from relnote.ui.dialogs.follow_up_dialog import FollowUpDialog
    from tests.screenshots import save_screenshot

    now = utc_now()
    anne = people.add_person("Anne Morel", now - timedelta(days=30))
    bruno = people.add_person("Bruno Petit", now - timedelta(days=30))
    follow_ups.plan_follow_up(anne, "Send the quote", now + timedelta(days=2), now)
    follow_ups.plan_follow_up(bruno, "Not hers", now + timedelta(days=2), now)
    window = open_window()
    page = window.people_page
    page.show_person(anne)
    page.person_panel.show_story()
    listed = page.person_panel.follow_up_list
    assert [row.reason for row in listed.items()] == ["Send the quote"]
    qtbot.waitUntil(lambda: listed.rows and listed.rows[0].isVisible())
    save_screenshot(window, "person-story-follow-ups.png")

    drive_dialog(FollowUpDialog, lambda dialog: qtbot.keyClicks(dialog.reason_edit, "Ask about the launch"))
    qtbot.mouseClick(page.person_panel.story_slot.page().plan_button, Qt.MouseButton.LeftButton)
    assert FollowUp.get(FollowUp.reason == "Ask about the launch").person_id == anne  # for the person shown
    assert sorted(row.reason for row in listed.items()) == ["Ask about the launch", "Send the quote"]

    first = FollowUp.get(FollowUp.reason == "Send the quote").id
    listed.set_done(first, True)
    assert [row.reason for row in listed.items()] == ["Ask about the launch"]
    assert window.undo_bar.message.text() == "“Send the quote” with Anne Morel is done."


def test_the_undo_notice_floats_over_the_bottom_and_moves_nothing(notebook, qtbot, open_window):
    window = open_window()
    page_top = window.splitter.mapTo(window, window.splitter.rect().topLeft())
    window.undo_bar.offer("Moment with Anne logged.", lambda: None)
    qtbot.waitUntil(window.undo_bar.isVisible)
    assert window.splitter.mapTo(window, window.splitter.rect().topLeft()) == page_top  # the pages did not move
    central = window.centralWidget()
    assert window.undo_bar.geometry().bottom() >= central.height() - 10
    assert window.undo_bar.width() >= central.width() - 20


def test_the_list_keeps_its_headings_and_shape_without_naming_qt_enums(notebook, qtbot, open_window):
    """The header shows its headings from a model of its own; assistive technologies still read them
    from the People model; no horizontal scroll bar; the empty notebook's words centred."""
    from PySide6.QtCore import Qt

    from relnote.ui import qt_values

    assert (qt_values.DISPLAY_ROLE, qt_values.TOOL_TIP_ROLE, qt_values.USER_ROLE) == (
        Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.UserRole)
    window = open_window()
    panel, page = window.people_page.list_panel, window.people_page
    header = panel.table.horizontalHeader()
    shown = [header.model().headerData(column, Qt.Orientation.Horizontal) for column in range(4)]
    assert shown == ["Name", "Organisation", "Stage", "Last moment"]
    assert [panel.model.headerData(column, Qt.Orientation.Horizontal) for column in range(4)] == shown
    assert header.count() == panel.model.columnCount() and header.isVisible()
    assert panel.table.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff
    qtbot.waitUntil(lambda: page.detail.currentWidget() is page.empty_state)
    assert page.empty_message.alignment() == Qt.AlignmentFlag.AlignCenter


def test_a_list_taller_than_its_first_page_gets_the_rest_once_the_notebook_is_open(notebook, qtbot, monkeypatch):
    """At start-up the first page is read before the notebook is opened: the rows after it wait."""
    from relnote.db.people_rows import first_page
    from relnote.ui.models import people_model
    from relnote.ui.pages.people_page import PeoplePage

    for number in range(7):
        people.add_person(f"Person {number}", utc_now())
    monkeypatch.setattr(people_model, "PAGE_SIZE", 3)
    page = PeoplePage(first_page=first_page(notebook.database, 4))
    qtbot.addWidget(page)
    page.resize(900, 700)
    page.show()
    qtbot.waitExposed(page)
    qtbot.wait(50)
    assert page.list_panel.model.rowCount() == 3
    page.notebook_opened()
    qtbot.waitUntil(lambda: page.list_panel.model.rowCount() == 7)
    assert page.list_panel.count_label.text() == "7 people"
    assert page.person_panel.name_label.text() == "Person 0"


def test_names_are_whole_when_the_list_opens_with_a_scroll_bar(notebook, qtbot, open_window):
    """The scroll bar comes once the rows are in: the columns are fitted again to the narrower list."""
    for number in range(60):
        people.add_person(f"Person {number:02} Lefèvre", utc_now(), organisation="Atelier Lumière",
                          stage="potential_client")
    people.add_person("Alexander Kowalski", utc_now(), organisation="Blue Door Studio")
    window = open_window()
    panel = window.people_page.list_panel
    qtbot.wait(50)
    assert panel.table.verticalScrollBar().isVisible()
    assert name_shown_whole(panel, "Alexander Kowalski")
