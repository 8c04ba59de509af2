"""The timeline: everything that happened, newest first, grouped by day, week or month, filterable."""

from __future__ import annotations

from datetime import date, timedelta, tzinfo

from PySide6.QtCore import QDate, QLocale, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox, QDateEdit, QHBoxLayout, QLabel, QLineEdit, QPushButton, QStackedWidget, QToolButton, QVBoxLayout,
    QWidget,
)

from relnote.core import settings_store
from relnote.core.local_days import day_start_utc
from relnote.core.settings_store import GROUP_BY_DAY, GROUP_BY_MONTH, GROUP_BY_WEEK
from relnote.core.vocabulary import MOMENT_KINDS
from relnote.db.people_queries import tag_names
from relnote.db.timeline_queries import ADDED, FOLLOW_UP, GRATITUDE, MOMENT, REFLECTION, STAGE_CHANGE
from relnote.ui.labels import moment_kind_label
from relnote.ui.models.timeline_model import TimelineModel
from relnote.ui.secondary_text import quiet, quiet_label
from relnote.ui.widgets.optional_date_edit import OptionalDateEdit
from relnote.ui.widgets.person_picker import PersonPicker
from relnote.ui.widgets.section import page_title
from relnote.ui.widgets.timeline_view import TimelineView

SEARCH_DELAY_MS = 250


class TimelinePage(QWidget):
    person_requested = Signal(int)
    moment_changed = Signal()

    def __init__(self, parent=None, tz: tzinfo | None = None):
        super().__init__(parent)
        self.tz = tz
        self._person: tuple[int, str] | None = None
        self._range_until = None
        self._jump_until = None
        self.model = TimelineModel(self, settings_store.load_settings().timeline_grouping, tz)

        self.title = page_title(self.tr("Timeline"))

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search words or names"))
        self.search.setAccessibleName(self.tr("Search the timeline"))
        self.search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(lambda: self.model.update_filter(text=self.search.text()))
        self.search.textChanged.connect(self._search_timer.start)

        self.person_picker = PersonPicker()
        self.person_picker.setPlaceholderText(self.tr("Anyone"))
        self.person_picker.setAccessibleName(self.tr("Only with this person"))
        self.person_picker.setMaximumWidth(200)
        self.person_picker.person_picked.connect(self.set_person)
        self.clear_person_button = QToolButton()
        self.clear_person_button.setText("✕")
        self.clear_person_button.setToolTip(self.tr("Everyone"))
        self.clear_person_button.setAccessibleName(self.tr("Show everyone"))
        self.clear_person_button.clicked.connect(lambda: self.set_person(None, ""))

        self.tag_filter = QComboBox()
        self.tag_filter.setAccessibleName(self.tr("Filter by tag"))
        self.tag_filter.activated.connect(lambda: self.model.update_filter(tag=self.tag_filter.currentData()))
        self.kind_filter = QComboBox()
        self.kind_filter.setAccessibleName(self.tr("Filter by kind"))
        self._fill_kinds()
        self.kind_filter.activated.connect(self._kind_chosen)

        self.since_edit = OptionalDateEdit(unset_text=self.tr("the beginning"))
        self.since_edit.setAccessibleName(self.tr("From"))
        self.since_edit.date_changed.connect(self._range_changed)
        self.until_edit = OptionalDateEdit(unset_text=self.tr("the end"))
        self.until_edit.setAccessibleName(self.tr("To"))
        self.until_edit.date_changed.connect(self._range_changed)

        self.grouping = QComboBox()
        self.grouping.setAccessibleName(self.tr("Group by"))
        for label, key in ((self.tr("By day"), GROUP_BY_DAY), (self.tr("By week"), GROUP_BY_WEEK),
                           (self.tr("By month"), GROUP_BY_MONTH)):
            self.grouping.addItem(label, key)
        self.grouping.setCurrentIndex(max(0, self.grouping.findData(self.model.grouping())))
        self.grouping.activated.connect(self._grouping_chosen)

        self.jump_edit = QDateEdit(QDate.currentDate())
        self.jump_edit.setCalendarPopup(True)
        self.jump_edit.setAccessibleName(self.tr("Date to jump to"))
        self.jump_button = QPushButton(self.tr("Jump to date"))
        self.jump_button.clicked.connect(lambda: self.jump_to(self.jump_edit.date().toPython()))
        self.newest_button = QPushButton(self.tr("Back to the newest"))
        self.newest_button.clicked.connect(lambda: self.jump_to(None))
        self.newest_button.hide()
        self.status = quiet(QLabel())

        self.view = TimelineView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Timeline"))
        self.view.person_activated.connect(self.person_requested)
        self.view.moment_changed.connect(self.refresh)
        self.view.moment_changed.connect(self.moment_changed)
        self.empty_label = quiet_label()
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.body = QStackedWidget()  # the stream, or a word on why it is empty
        self.body.addWidget(self.view)
        self.body.addWidget(self.empty_label)
        for signal in (self.model.modelReset, self.model.rowsInserted, self.model.rowsRemoved):
            signal.connect(self._show_stream_or_why_empty)

        heading = QHBoxLayout()
        heading.addWidget(self.title)
        heading.addStretch(1)
        heading.addWidget(self.grouping)
        heading.addWidget(self.jump_edit)
        heading.addWidget(self.jump_button)
        heading.addWidget(self.newest_button)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 2)
        filters.addWidget(self.person_picker, 1)
        filters.addWidget(self.clear_person_button)
        filters.addWidget(self.tag_filter)
        filters.addWidget(self.kind_filter)
        dates = QHBoxLayout()
        dates.addWidget(QLabel(self.tr("From")))
        dates.addWidget(self.since_edit)
        dates.addWidget(QLabel(self.tr("to")))
        dates.addWidget(self.until_edit)
        dates.addSpacing(12)
        dates.addWidget(self.status, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.addLayout(heading)
        layout.addLayout(filters)
        layout.addLayout(dates)
        layout.addWidget(self.body, 1)
        self._update_person_controls()
        self._show_stream_or_why_empty()

    def _show_stream_or_why_empty(self, *_changed) -> None:
        if self.model.rowCount() > 0:
            self.body.setCurrentWidget(self.view)
            return
        shown = self.model.timeline_filter
        if shown.text.strip() or shown.person_id or shown.tag or shown.kinds or shown.moment_kind or shown.since \
                or self._range_until is not None:
            text = self.tr("Nothing matches these filters. Try fewer words, or clear a filter.")
        elif self._jump_until is not None:
            text = self.tr("Nothing on or before this date: your notebook starts later. "
                           "“Back to the newest” shows everything again.")
        else:
            text = self.tr("Nothing here yet. The people you add, the moments you log (Ctrl+L), your "
                           "gratitudes and follow-ups will appear here, the newest first.")
        self.empty_label.setText(text)
        self.body.setCurrentWidget(self.empty_label)

    def _fill_kinds(self) -> None:
        self.kind_filter.addItem(self.tr("Everything"), (frozenset(), None))
        self.kind_filter.addItem(self.tr("Moments"), (frozenset({MOMENT}), None))
        for key in MOMENT_KINDS:
            self.kind_filter.addItem("    " + moment_kind_label(key), (frozenset({MOMENT}), key))
        for label, event in ((self.tr("Gratitudes"), GRATITUDE), (self.tr("Reflections"), REFLECTION),
                             (self.tr("Follow-ups done"), FOLLOW_UP), (self.tr("Stage changes"), STAGE_CHANGE),
                             (self.tr("People added"), ADDED)):
            self.kind_filter.addItem(label, (frozenset({event}), None))

    def _kind_chosen(self) -> None:
        kinds, moment_kind = self.kind_filter.currentData()
        self.model.update_filter(kinds=kinds, moment_kind=moment_kind)

    def _grouping_chosen(self) -> None:
        grouping = self.grouping.currentData()
        settings_store.update_settings(timeline_grouping=grouping)
        self.model.set_grouping(grouping)

    def set_person(self, person_id: int | None, name: str) -> None:
        self._person = (person_id, name) if person_id is not None else None
        self.person_picker.setText(name)
        self._update_person_controls()
        self.model.update_filter(person_id=person_id)

    def _update_person_controls(self) -> None:
        self.clear_person_button.setVisible(self._person is not None)

    def _day_start(self, day: date | None):
        return day_start_utc(day, self.tz) if day is not None else None

    def _range_changed(self) -> None:
        until_day = self.until_edit.value()
        self._range_until = self._day_start(until_day + timedelta(days=1)) if until_day else None
        self._apply_until(since=self._day_start(self.since_edit.value()))

    def jump_to(self, day: date | None) -> None:
        """Show the stream from the end of `day` backwards (None: from the newest again)."""
        self._jump_until = self._day_start(day + timedelta(days=1)) if day is not None else None
        self.newest_button.setVisible(day is not None)
        self.status.setText(self.tr("Jumped to %1: that day and what came before").replace(
            "%1", QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat))
            if day is not None else "")
        self._apply_until()
        self.view.scrollToTop()

    def _apply_until(self, **changes) -> None:
        bounds = [value for value in (self._range_until, self._jump_until) if value is not None]
        self.model.update_filter(until=min(bounds) if bounds else None, **changes)

    def refresh(self) -> None:
        """Read again what is shown: the tags, and the stretch of history on screen, in place (a moment
        changed or deleted years back leaves the user where they were)."""
        chosen = self.tag_filter.currentData()
        self.tag_filter.clear()
        self.tag_filter.addItem(self.tr("All tags"), None)
        for name in tag_names():
            self.tag_filter.addItem(name, name)
        position = max(0, self.tag_filter.findData(chosen))
        self.tag_filter.setCurrentIndex(position)
        if self.tag_filter.currentData() != self.model.timeline_filter.tag:  # the tag went: from the newest
            self.model.update_filter(tag=self.tag_filter.currentData())
            return
        self.view.read_again_in_place()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.refresh()
