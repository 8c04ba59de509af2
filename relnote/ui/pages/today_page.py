"""Today, the home page: what is due, who is going quiet, the daily goal, and the evening gratitude."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, tzinfo

from PySide6.QtCore import QDate, QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QBoxLayout, QFrame, QHBoxLayout, QLabel, QPushButton, QStackedWidget, QVBoxLayout, QWidget,
)

from relnote.core.clock import utc_now
from relnote.core.local_days import to_local
from relnote.core.today import TodaySnapshot, today_snapshot
from relnote.ui.background import BackgroundTask, NotebookClosed
from relnote.ui.dialogs.practice_settings_dialog import edit_practice
from relnote.ui.follow_up_planning import plan_follow_up
from relnote.ui.secondary_text import quiet
from relnote.ui.widgets.follow_up_list import FollowUpList, due_words
from relnote.ui.widgets.goal_card import GoalCard
from relnote.ui.widgets.journey_card import JourneyCard
from relnote.ui.widgets.quiet_people_list import QuietPeopleList
from relnote.ui.widgets.section import Section, page_title, scrolling_page
from relnote.ui.widgets.week_chart import WeekChart

REFRESH_MS = 5 * 60 * 1000
SIDE_BY_SIDE_FROM = 960  # px of page width
CHART_WEEKS = 12


class TodayPage(QWidget):
    """`person_requested(id)` opens someone; `log_moment_requested(id)` asks the window to log a moment;
    `gratitude_requested()` opens today's journal. The page is read in the background (a notebook of
    years takes a moment); `refreshed()` follows each time what is shown is up to date."""

    person_requested = Signal(int)
    log_moment_requested = Signal(int)
    gratitude_requested = Signal()
    refreshed = Signal()
    follow_up_planned = Signal(int)  # the tray must know, and the user may undo it

    def __init__(self, parent=None):
        super().__init__(parent)
        self.clock: Callable[[], datetime] = utc_now
        self.tz: tzinfo | None = None
        self._reading: BackgroundTask | None = None
        self._read_again = False

        self.title = page_title(self.tr("Today"))
        self.date_label = quiet(QLabel())

        self.gratitude_banner = QFrame()
        self.gratitude_banner.hide()  # until the reading says it is evening
        self.gratitude_banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.gratitude_banner.setAutoFillBackground(True)
        self.gratitude_banner.setBackgroundRole(self.palette().ColorRole.AlternateBase)
        banner_text = QLabel(self.tr("Evening is here. Before the day ends: three things, or three people, "
                                     "you are grateful for?"))
        banner_text.setWordWrap(True)
        self.gratitude_button = QPushButton(self.tr("Write my three gratitudes"))
        self.gratitude_button.clicked.connect(self.gratitude_requested)
        banner_layout = QHBoxLayout(self.gratitude_banner)
        banner_layout.addWidget(banner_text, 1)
        banner_layout.addWidget(self.gratitude_button)

        self.due_section = Section(self.tr("Follow-ups due"))
        self.plan_button = QPushButton(self.tr("Plan a follow-up…"))
        self.plan_button.clicked.connect(lambda: self.plan_follow_up(None))
        self.due_section.header.addWidget(self.plan_button)
        self.due_list = FollowUpList(self.tr("Nothing due today. A calm day to meet someone new."))
        self.due_section.body.addWidget(self.due_list)
        self.quiet_section = Section(self.tr("Going quiet"))
        self.quiet_list = QuietPeopleList()
        self.quiet_section.body.addWidget(self.quiet_list)

        self.goal_card = GoalCard()
        self.goal_card.settings_requested.connect(self.edit_practice)
        self.chart_section = Section(self.tr("The last 12 weeks"))
        self.chart = WeekChart()
        self.chart_section.body.addWidget(self.chart)
        self.journey_card = JourneyCard()

        left = QVBoxLayout()
        left.addWidget(self.due_section)
        left.addWidget(self.quiet_section)
        left.addStretch(1)
        right = QVBoxLayout()
        right.addWidget(self.goal_card)
        right.addWidget(self.chart_section)
        right.addWidget(self.journey_card)
        right.addStretch(1)
        columns = self._columns_layout = QHBoxLayout()
        columns.setSpacing(14)
        columns.addLayout(left, 3)
        columns.addLayout(right, 2)

        layout = QVBoxLayout()
        heading = QHBoxLayout()
        heading.addWidget(self.title)
        heading.addWidget(self.date_label, 1, Qt.AlignmentFlag.AlignBottom)
        layout.addLayout(heading)
        layout.addWidget(self.gratitude_banner)
        self.reading_label = quiet(QLabel(self.tr("Reading your notebook…")))
        self.reading_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.columns = QWidget()
        self.columns.setLayout(columns)
        self.body = QStackedWidget()  # the columns once the first reading is in
        self.body.addWidget(self.reading_label)
        self.body.addWidget(self.columns)
        layout.addWidget(self.body, 1)
        scrolling_page(self, layout)

        self.due_list.tab_after = self.plan_button
        self.quiet_list.tab_after = self.due_list.more_button
        for signal_owner in (self.due_list, self.quiet_list):
            signal_owner.person_requested.connect(self.person_requested)
        self.due_list.changed.connect(self.refresh)
        self.quiet_list.log_moment_requested.connect(self.log_moment_requested)
        self.quiet_list.plan_requested.connect(self.plan_follow_up)
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self._refresh_if_visible)
        self._timer.start()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        # Side by side from a comfortable width; below it the goal, chart and journey go under the lists
        # rather than off the edge of the window.
        narrow = self.width() < SIDE_BY_SIDE_FROM
        self._columns_layout.setDirection(QBoxLayout.Direction.TopToBottom if narrow
                                          else QBoxLayout.Direction.LeftToRight)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.refresh()

    def _refresh_if_visible(self) -> None:
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        """Read the page again off the GUI thread; a refresh asked for meanwhile follows it."""
        if self._reading is not None:
            self._read_again = True
            return
        now, tz = self.clock(), self.tz
        self._reading = BackgroundTask(lambda _progress, _cancelled: today_snapshot(now, tz, CHART_WEEKS))
        self._reading.signals.succeeded.connect(self._show)
        self._reading.signals.failed.connect(self._failed)
        self._reading.start()

    def is_reading(self) -> bool:
        return self._reading is not None

    def _show(self, snapshot: TodaySnapshot) -> None:
        self._reading = None
        if self._read_again:
            self._read_again = False
            self.refresh()
            return
        today = to_local(snapshot.now, self.tz).date()
        self.date_label.setText(QLocale().toString(QDate(today.year, today.month, today.day),
                                                   QLocale.FormatType.LongFormat))
        self.gratitude_banner.setVisible(snapshot.gratitude_due)
        self.due_list.clock, self.due_list.tz = self.clock, self.tz
        self.due_list.empty_label.setText(self._nothing_due(snapshot))
        self.due_list.set_rows(snapshot.due)
        self.quiet_list.set_people(snapshot.going_quiet, snapshot.now)
        self.goal_card.show_status(snapshot.goal)
        self.chart.set_weeks(snapshot.weeks)
        self.journey_card.show_journey(snapshot.journey)
        self.body.setCurrentWidget(self.columns)
        self.refreshed.emit()

    def _nothing_due(self, snapshot: TodaySnapshot) -> str:
        """What the follow-ups say on a day with none due: and what comes next, if anything does."""
        calm = self.tr("Nothing due today. A calm day to meet someone new.")
        coming = snapshot.next_up
        if coming is None:
            return calm
        return (self.tr("Nothing due today. Next: “%1” with %2, %3.").replace("%1", coming.reason)
                .replace("%2", coming.person_name).replace("%3", due_words(coming, snapshot.now, self.tz)))

    def _failed(self, error: BaseException) -> None:
        self._reading, self._read_again = None, False
        if isinstance(error, NotebookClosed):
            return  # quitting, or a restore: nothing to show
        raise error  # to the error dialog, on the GUI thread

    def plan_follow_up(self, person_id: int | None) -> int | None:
        follow_up_id = plan_follow_up(self, person_id, to_local(self.clock(), self.tz).date(), self.clock)
        if follow_up_id is not None:
            self.refresh()
            self.follow_up_planned.emit(follow_up_id)
        return follow_up_id

    def edit_practice(self) -> bool:
        if not edit_practice(self):
            return False
        self.refresh()
        return True
