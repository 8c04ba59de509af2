"""Today's goal, progress towards it, and the streak of days it was met."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QGridLayout, QLabel, QProgressBar, QPushButton

from relnote.core.goals import LONGEST_STREAK_SEARCHED, GoalStatus
from relnote.ui.formatting import number
from relnote.ui.secondary_text import quiet_label
from relnote.ui.widgets.section import Section


class GoalCard(Section):
    settings_requested = Signal()

    def __init__(self, parent=None):
        super().__init__(self.tr("Daily goal"), parent)
        self.change_button = QPushButton(self.tr("Change…"))
        self.change_button.setToolTip(self.tr("Set the daily goal, weekends and the evening gratitude hour"))
        self.change_button.clicked.connect(self.settings_requested)
        self.header.addWidget(self.change_button)

        self.new_label = QLabel()
        self.new_bar = QProgressBar()
        self.reconnect_label = QLabel()
        self.reconnect_bar = QProgressBar()
        for bar in (self.new_bar, self.reconnect_bar):
            bar.setTextVisible(False)
            bar.setMaximumHeight(10)
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.addWidget(self.new_label, 0, 0)
        grid.addWidget(self.new_bar, 0, 1)
        grid.addWidget(self.reconnect_label, 1, 0)
        grid.addWidget(self.reconnect_bar, 1, 1)
        grid.setColumnStretch(1, 1)
        self.body.addLayout(grid)
        self.either_note = quiet_label(self.tr("Either one meets the day's goal."))
        self.body.addWidget(self.either_note)

        self.streak_label = QLabel()
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.streak_label.setFont(font)
        self.streak_note = quiet_label()
        self.body.addWidget(self.streak_label)
        self.body.addWidget(self.streak_note)

    def show_status(self, status: GoalStatus) -> None:
        goal = status.goal
        if status.new_people < goal.new_people:
            new_text = self.tr("New people: %1 of %2")
        else:
            new_text = self.tr("New people: %1 (goal of %2 met)")
        if status.reconnections < goal.reconnections:
            reconnect_text = self.tr("Reconnections: %1 of %2")
        else:
            reconnect_text = self.tr("Reconnections: %1 (goal of %2 met)")
        self.new_label.setText(new_text.replace("%1", number(status.new_people))
                               .replace("%2", number(goal.new_people)))
        self.reconnect_label.setText(reconnect_text.replace("%1", number(status.reconnections))
                                     .replace("%2", number(goal.reconnections)))
        for label, bar, done, wanted in ((self.new_label, self.new_bar, status.new_people, goal.new_people),
                                         (self.reconnect_label, self.reconnect_bar, status.reconnections,
                                          goal.reconnections)):
            bar.setRange(0, max(wanted, 1))
            bar.setValue(min(done, max(wanted, 1)) if wanted else 0)
            label.setVisible(wanted > 0)
            bar.setVisible(wanted > 0)
        self.either_note.setVisible(goal.new_people > 0 and goal.reconnections > 0)
        if not goal.is_set:
            self.streak_label.setText(self.tr("No daily goal yet"))
            self.streak_note.setText(self.tr("Choose a small one: meeting one new person a day is plenty."))
            return
        if status.streak >= LONGEST_STREAK_SEARCHED:
            self.streak_label.setText(self.tr("More than a year in a row"))
        else:
            self.streak_label.setText(self.tr("%n day(s) in a row", "", status.streak))
        if status.met_today:
            note = self.tr("Today's goal is met. Well done.")
        elif status.streak:
            note = self.tr("Meet today's goal to keep it going.")
        else:
            note = self.tr("Every streak starts with one day.")
        if status.weekends_keep_streak:
            note += " " + self.tr("Weekends don't break it.")
        self.streak_note.setText(note)
        self.streak_label.setAlignment(Qt.AlignmentFlag.AlignLeft)
