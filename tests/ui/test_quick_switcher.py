"""The quick switcher (Ctrl+K) as a user drives it: type, arrows, Enter."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import Qt

from relnote.core import moments, people
from relnote.core.demo import fill_demo_notebook
from relnote.core.people import ContactEntry
from relnote.db.text_folding import fold
from relnote.ui.dialogs.quick_switcher import QuickSwitcher, page_matches

NOW = datetime(2026, 3, 14, 9, 30)
PAGES = [("today", "Today"), ("people", "People"), ("timeline", "Timeline"), ("journal", "Journal")]


def shown(dialog) -> list[str]:
    return [title for title, _ in dialog.row_texts()]


def switcher(qtbot) -> QuickSwitcher:
    dialog = QuickSwitcher(PAGES)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def some_people() -> dict[str, int]:
    helene = people.add_person("Hélène Dupont", NOW, organisation="Atelier Lumière")
    people.update_person(helene, NOW, stage="client")
    marc = people.add_person("Marc Lefèvre", NOW, organisation="Northwind Design")
    people.set_contact_points(marc, "email", [ContactEntry("work", "marc@helios.fr")], NOW)
    zoe = people.add_person("Zoé Arnaud", NOW)
    moments.log_moment(NOW - timedelta(days=1), [zoe], "call", "me", "Call", NOW)
    return {"helene": helene, "marc": marc, "zoe": zoe}


def test_typing_finds_people_by_name_first_then_elsewhere(qtbot, notebook):
    ids = some_people()
    dialog = switcher(qtbot)
    qtbot.keyClicks(dialog.search, "hel")
    assert dialog.row_texts() == [("Hélène Dupont", "Atelier Lumière  ·  Client"),
                                  ("Marc Lefèvre", "Northwind Design  ·  New")]
    assert dialog.chosen_person() == ids["helene"]
    qtbot.keyClick(dialog.search, Qt.Key.Key_Down)
    assert dialog.chosen_person() == ids["marc"]
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    assert dialog.result() == QuickSwitcher.DialogCode.Accepted
    assert dialog.chosen_person() == ids["marc"]


def test_pages_match_by_their_words_accents_folded(qtbot, notebook):
    dialog = switcher(qtbot)
    qtbot.keyClicks(dialog.search, "tim")
    assert shown(dialog) == ["Go to Timeline"]
    assert dialog.chosen_page() == "timeline" and dialog.chosen_person() is None
    assert page_matches("Fil du temps", "fil te") and page_matches("Aujourd’hui", "AUJOURD")
    assert not page_matches("Journal", "jx")


def test_empty_switcher_offers_recent_people_and_every_page(qtbot, notebook):
    some_people()
    dialog = switcher(qtbot)
    assert dialog.row_texts()[0][0] == "Zoé Arnaud"
    assert dialog.row_texts()[0][1].startswith("New  ·  last moment ")
    assert shown(dialog)[-4:] == ["Go to Today", "Go to People", "Go to Timeline", "Go to Journal"]
    qtbot.keyClicks(dialog.search, 'NOT "x* OR')
    assert shown(dialog) == []
    assert "No person or page matches" in dialog.hint.text()
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)
    assert dialog.isVisible()  # nothing to go to: Enter does nothing


def test_ctrl_k_jumps_to_a_person_far_down_a_long_list(qtbot, open_window, drive_dialog):
    from relnote.db.database import close_database, open_database
    from relnote.paths import resolve_paths

    open_database(resolve_paths().database)
    fill_demo_notebook(450, 500, seed=8, now=NOW)
    close_database()
    window = open_window()
    window.show_page("today")
    last = window.people_page.list_panel.model.total()
    assert last == 450 > window.people_page.list_panel.model.loaded_count()
    target = people.load_profile(people_sorted_last(window))

    def fill(dialog):
        qtbot.keyClicks(dialog.search, fold(target.display_name))  # typed without accents, as many do
        for _ in range(dialog.count()):
            if dialog.chosen_person() == target.id:
                break
            qtbot.keyClick(dialog.search, Qt.Key.Key_Down)
        assert dialog.chosen_person() == target.id

    drive_dialog(QuickSwitcher, fill)
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() == "people"
    assert window.people_page.current_person_id() == target.id
    assert window.people_page.person_panel.name_label.text() == target.display_name
    search_timer = window.people_page.list_panel._search_timer
    qtbot.waitUntil(lambda: not search_timer.isActive())
    assert window.people_page.current_person_id() == target.id


def people_sorted_last(window) -> int:
    from relnote.db.people_queries import PeopleFilter, list_people

    return list_people(PeopleFilter(), 449, 1)[0].id


def test_ctrl_k_goes_to_a_page(qtbot, open_window, drive_dialog):
    window = open_window()
    window.show_page("people")

    def fill(dialog):
        qtbot.keyClicks(dialog.search, "jour")
        qtbot.keyClick(dialog.search, Qt.Key.Key_Return)

    seen = drive_dialog(QuickSwitcher, fill)
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert len(seen) == 1
    assert window.current_page() == "journal"
