"""People going quiet: their rhythm has passed. One click to log a moment or plan a follow-up."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QPushButton, QWidget

from relnote.core.cadence import QuietPerson
from relnote.ui.formatting import how_long_ago, relative_day
from relnote.ui.widgets.growing_list import GrowingList
from relnote.ui.widgets.person_link import person_link
from relnote.ui.widgets.section import phrases_label

SHOWN = 8
MORE = 20


class QuietPersonRow(QWidget):
    def __init__(self, person: QuietPerson, owner: QuietPeopleList, now: datetime):
        super().__init__()
        self.person = person
        name = person_link(person.id, person.display_name)
        name.linkActivated.connect(lambda _: owner.person_requested.emit(person.id))
        rhythm = self.tr("every %n day(s)", "", person.cadence_days)
        if person.cadence_from_tag:
            rhythm += " " + self.tr("(from a tag)")
        last = (self.tr("last moment %1").replace("%1", relative_day(person.last_moment_at, now))
                if person.last_moment_at else self.tr("no moment yet"))
        past = (self.tr("due %1", "how long ago").replace("%1", how_long_ago(person.days_overdue))
                if person.days_overdue else self.tr("due today"))
        self.details = phrases_label([rhythm, last, past])
        self.log_button = QPushButton(self.tr("Log a moment"))
        self.log_button.setAccessibleName(self.tr("Log a moment with %1").replace("%1", person.display_name))
        self.log_button.clicked.connect(lambda: owner.log_moment_requested.emit(person.id))
        self.plan_button = QPushButton(self.tr("Plan a follow-up…"))
        self.plan_button.setAccessibleName(self.tr("Plan a follow-up with %1").replace("%1", person.display_name))
        self.plan_button.clicked.connect(lambda: owner.plan_requested.emit(person.id))
        # The details go under the name and the buttons, across the whole row: a long one wraps there
        # rather than squeezing in beside the buttons.
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        layout.setVerticalSpacing(0)
        layout.addWidget(name, 0, 0)
        layout.addWidget(self.log_button, 0, 1)
        layout.addWidget(self.plan_button, 0, 2)
        layout.addWidget(self.details, 1, 0, 1, 3)
        layout.setColumnStretch(0, 1)


class QuietPeopleList(GrowingList):
    person_requested = Signal(int)
    log_moment_requested = Signal(int)
    plan_requested = Signal(int)

    def __init__(self, parent=None):
        super().__init__(lambda person: QuietPersonRow(person, self, self._now), SHOWN, MORE, parent)
        self.empty_label.setText(self.tr("No one is going quiet. Give people a rhythm (every N days) on "
                                         "their profile, or per tag in the daily practice settings."))
        self._now: datetime | None = None

    def set_people(self, quiet: list[QuietPerson], now: datetime) -> None:
        self._now = now
        self.set_items(quiet)
