"""Choosing the people of a moment: a name typed, then Tab, is that person when only one is meant."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from relnote.core import people
from relnote.core.clock import utc_now
from relnote.ui.widgets.people_chooser import PeopleChooser


def _chooser_then_a_field(qtbot):
    """The chooser, a field after it, and their window (keep it: it holds them)."""
    form = QWidget()
    chooser, summary = PeopleChooser(), QLineEdit()
    layout = QVBoxLayout(form)
    layout.addWidget(chooser)
    layout.addWidget(summary)
    qtbot.addWidget(form)
    with qtbot.waitActive(form):
        form.show()
        form.activateWindow()
    chooser.picker.setFocus()
    return chooser, summary, form


def test_a_name_typed_then_tab_chooses_the_only_person_it_matches(notebook, qtbot):
    paul = people.add_person("Paul Durand", utc_now())
    people.add_person("Claire Martin", utc_now())
    chooser, _, _form = _chooser_then_a_field(qtbot)
    qtbot.keyClicks(chooser.picker, "paul")
    qtbot.keyClick(chooser.picker, Qt.Key.Key_Tab)
    assert chooser.person_ids() == [paul]
    assert chooser.picker.text() == ""


def test_of_several_matches_tab_chooses_the_one_of_exactly_that_name(notebook, qtbot):
    people.add_person("Jean Morel", utc_now())
    jean = people.add_person("Jean", utc_now())
    chooser, _, _form = _chooser_then_a_field(qtbot)
    qtbot.keyClicks(chooser.picker, "jean")
    qtbot.keyClick(chooser.picker, Qt.Key.Key_Tab)
    assert chooser.person_ids() == [jean]


def test_when_several_people_could_be_meant_tab_chooses_no_one(notebook, qtbot):
    people.add_person("Jean Morel", utc_now())
    people.add_person("Jean Dupuis", utc_now())
    chooser, _, _form = _chooser_then_a_field(qtbot)
    qtbot.keyClicks(chooser.picker, "jean")
    qtbot.keyClick(chooser.picker, Qt.Key.Key_Tab)
    assert chooser.person_ids() == []
    assert chooser.picker.text() == "jean"  # left for the user to choose from the list
