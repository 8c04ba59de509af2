"""The sample notebook as a new user reads it in the window: each thing said once, in their language."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication

from relnote.core.clock import utc_now
from relnote.core.demo import fill_demo_notebook
from relnote.core.demo_words import ENGLISH, FRENCH
from relnote.db.database import database
from relnote.core.vocabulary import MOMENT_KINDS
from relnote.ui.labels import moment_kind_label
from tests.screenshots import save_screenshot


def _stem(word: str) -> str:
    return word.strip(":,.!?").casefold()[:4]


def repeats_its_label(line: str, labels: list[str]) -> bool:
    """Whether the words after "Label — " start by saying the label again ("E-mail — E-mail: quote")."""
    for label in labels:
        if f"{label} — " in line:
            said_after = line.split(f"{label} — ", 1)[1].split()
            label_words = {_stem(word) for word in label.split() if len(word) >= 3}
            return bool(said_after) and _stem(said_after[0]) in label_words
    return False


def busiest_people(count: int) -> list[int]:
    return [person for (person,) in database.execute_sql(
        "SELECT person_id FROM moment_person GROUP BY person_id ORDER BY COUNT(*) DESC, person_id LIMIT ?",
        (count,))]


@pytest.mark.parametrize("language", [ENGLISH, FRENCH])
def test_the_sample_says_each_thing_once_in_the_users_language(notebook, qtbot, open_window, request, language):
    if language == FRENCH:
        request.getfixturevalue("french")
    fill_demo_notebook(60, 900, seed=2, now=utc_now(), language=language)
    window = open_window()
    panel = window.people_page.person_panel
    labels = [moment_kind_label(kind) for kind in MOMENT_KINDS] + [
        QCoreApplication.translate("Timeline", heading).split(" — ")[0]
        for heading in ("Gratitude — %1", "Follow-up done — %1")]
    seen, doubled = [], []
    for person in busiest_people(6):
        window.people_page.show_person(person)
        panel.show_story()
        story = panel.story_model
        lines = [story.index(row, 0).data() for row in range(story.rowCount())]
        seen += lines
        doubled += [line for line in lines if repeats_its_label(line, labels)]
    save_screenshot(window, f"sample-story-{language}.png")
    assert len({label for label in labels if any(f"{label} — " in line for line in seen)}) >= 9
    assert doubled == []

    introduced, introducer = database.execute_sql(
        "SELECT p.id, i.display_name FROM person p JOIN person i ON i.id = p.introduced_by_id LIMIT 1").fetchone()
    window.people_page.show_person(introduced)
    panel.tabs.setCurrentIndex(0)
    profile = panel.profile
    assert profile.introducer.text() == introducer
    assert introducer.split()[0] not in profile._texts["how_we_met"].text()  # said once, beside "Introduced by"
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # the previous person's rows, gone
    QApplication.processEvents()  # as on screen: laid out before drawn
    save_screenshot(window, f"sample-profile-introduced-{language}.png")
