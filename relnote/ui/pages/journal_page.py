"""The journal, one page per day: the evening three gratitudes, a reflection, and follow-ups."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta, tzinfo

from PySide6.QtCore import QDate, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox, QDateEdit, QHBoxLayout, QPlainTextEdit, QPushButton, QToolButton, QVBoxLayout, QWidget,
)

from relnote.core import follow_ups, journal
from relnote.core.clock import utc_now
from relnote.core.local_days import to_local
from relnote.ui.follow_up_planning import plan_follow_up
from relnote.ui.secondary_text import quiet_label
from relnote.ui.widgets.follow_up_list import FollowUpList
from relnote.ui.widgets.gratitude_line import GratitudeLineEditor
from relnote.ui.widgets.section import Section, page_title, scrolling_page

SAVE_DELAY_MS = 500


class JournalPage(QWidget):
    person_requested = Signal(int)
    notebook_changed = Signal()
    follow_up_planned = Signal(int)  # the tray must know, and the user may undo it

    def __init__(self, parent=None):
        super().__init__(parent)
        self.clock: Callable[[], datetime] = utc_now
        self.tz: tzinfo | None = None
        self._day: date | None = None
        self._dirty_lines: set[int] = set()
        self._reflection_dirty = False
        self._loading = False
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.flush)

        self.previous_button = QToolButton()
        self.previous_button.setText("◀")
        self.previous_button.setToolTip(self.tr("The day before (Alt+Left)"))
        self.previous_button.setAccessibleName(self.tr("The day before"))
        self.previous_button.clicked.connect(lambda: self.show_day(self._day - timedelta(days=1)))
        self.next_button = QToolButton()
        self.next_button.setText("▶")
        self.next_button.setToolTip(self.tr("The day after (Alt+Right)"))
        self.next_button.setAccessibleName(self.tr("The day after"))
        self.next_button.clicked.connect(lambda: self.show_day(self._day + timedelta(days=1)))
        self.today_button = QPushButton(self.tr("Today"))
        self.today_button.clicked.connect(lambda: self.show_day(self.today()))
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setAccessibleName(self.tr("Journal day"))
        self.date_edit.dateChanged.connect(lambda qdate: self.show_day(qdate.toPython()))
        QShortcut(QKeySequence("Alt+Left"), self, self.previous_button.click)
        QShortcut(QKeySequence("Alt+Right"), self, self.next_button.click)
        self.day_title = page_title("")

        self.gratitude_section = Section(self.tr("Gratitude"))
        self.gratitude_section.body.addWidget(quiet_label(self.tr(
            "Three things from today, small or large. Mention the people involved: the line joins their story.")))
        self.lines_box = QVBoxLayout()
        self.gratitude_section.body.addLayout(self.lines_box)
        self.add_line_button = QPushButton(self.tr("Another line"))
        self.add_line_button.clicked.connect(self._add_line)
        self.gratitude_section.body.addWidget(self.add_line_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.line_editors: list[GratitudeLineEditor] = []

        self.reflection_section = Section(self.tr("Reflections"))
        self.reflection_edit = QPlainTextEdit()
        self.reflection_edit.setAccessibleName(self.tr("Reflections"))
        self.reflection_edit.setTabChangesFocus(True)
        self.reflection_edit.setMinimumHeight(140)
        self.reflection_edit.textChanged.connect(self._reflection_changed)
        self.reflection_section.body.addWidget(self.reflection_edit)

        self.follow_up_section = Section(self.tr("Follow-ups"))
        self.plan_button = QPushButton(self.tr("Plan a follow-up…"))
        self.plan_button.clicked.connect(self.plan_follow_up)
        self.follow_up_section.header.addWidget(self.plan_button)
        self.all_open_box = QCheckBox(self.tr("Show every open follow-up"))
        self.all_open_box.toggled.connect(self._load_follow_ups)
        self.follow_up_list = FollowUpList(self.tr("No follow-up this day."))
        self.follow_up_list.changed.connect(self._follow_ups_changed)
        self.follow_up_list.person_requested.connect(self.person_requested)
        self.follow_up_list.tab_after = self.all_open_box
        self.follow_up_section.body.addWidget(self.all_open_box)
        self.follow_up_section.body.addWidget(self.follow_up_list)

        navigation = QHBoxLayout()
        navigation.addWidget(self.day_title, 1)
        for widget in (self.previous_button, self.date_edit, self.next_button, self.today_button):
            navigation.addWidget(widget)
        left = QVBoxLayout()
        left.addWidget(self.gratitude_section)
        left.addWidget(self.reflection_section, 1)
        right = QVBoxLayout()
        right.addWidget(self.follow_up_section)
        right.addStretch(1)
        columns = QHBoxLayout()
        columns.setSpacing(14)
        columns.addLayout(left, 3)
        columns.addLayout(right, 2)
        layout = QVBoxLayout()
        layout.addLayout(navigation)
        layout.addLayout(columns, 1)
        scrolling_page(self, layout)

    # ---- days ---------------------------------------------------------------------------
    def today(self) -> date:
        return to_local(self.clock(), self.tz).date()

    def day(self) -> date | None:
        return self._day

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.refresh()
        self._focus_first_empty_line()

    def _focus_first_empty_line(self) -> None:
        """Arriving on the page (Ctrl+4), the cursor waits where the day's writing goes."""
        empty = [editor for editor in self.line_editors if not editor.text_edit.text()]
        (empty[0].text_edit if empty else self.reflection_edit).setFocus()

    def refresh(self) -> None:
        self.show_day(self._day or self.today(), force=True)

    def hideEvent(self, event) -> None:
        self.flush()
        super().hideEvent(event)

    def show_day(self, day: date, force: bool = False) -> None:
        if day == self._day and not force:
            return
        self.flush()
        self._day = day
        self._loading = True
        self.date_edit.setDate(QDate(day.year, day.month, day.day))
        self.day_title.setText(QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat))
        self.today_button.setEnabled(day != self.today())
        lines = journal.gratitude_lines(day)
        while len(self.line_editors) < len(lines):
            self._new_editor()
        while len(self.line_editors) > len(lines):
            editor = self.line_editors.pop()
            self.lines_box.removeWidget(editor)
            editor.hide()
            editor.deleteLater()
        is_today = day == self.today()
        for editor, line in zip(self.line_editors, lines):
            editor.set_line(line)
            editor.set_day_is_today(is_today)
        self.reflection_edit.setPlainText(journal.reflection(day))
        self.reflection_edit.setPlaceholderText(
            self.tr("What did today teach you? Who would you like to help?") if is_today
            else self.tr("What did that day teach you? Who would you have liked to help?"))
        self._loading = False
        self._load_follow_ups()
        self._order_tabs()

    def _order_tabs(self) -> None:
        """Tab goes through the page as it reads: the day, the gratitude lines, reflections, follow-ups
        (lines added later would otherwise come last)."""
        chain = [self.previous_button, self.date_edit, self.next_button, self.today_button]
        for editor in self.line_editors:
            chain += [editor.text_edit, editor.mention_picker, *editor.mention_buttons()]
        chain += [self.add_line_button, self.reflection_edit, self.plan_button, self.all_open_box]
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)

    def _new_editor(self) -> GratitudeLineEditor:
        editor = GratitudeLineEditor(len(self.line_editors))
        editor.edited.connect(lambda e=editor: self._line_edited(e.position))
        self.lines_box.addWidget(editor)
        self.line_editors.append(editor)
        return editor

    def _add_line(self) -> None:
        editor = self._new_editor()
        editor.set_day_is_today(self._day == self.today())
        self._order_tabs()
        editor.text_edit.setFocus()

    # ---- saving -------------------------------------------------------------------------
    def _line_edited(self, position: int) -> None:
        self._order_tabs()  # a mention added or removed
        if not self._loading:
            self._dirty_lines.add(position)
            self._save_timer.start()

    def _reflection_changed(self) -> None:
        if not self._loading:
            self._reflection_dirty = True
            self._save_timer.start()

    def flush(self) -> None:
        """Write what was typed on this day's page."""
        self._save_timer.stop()
        if self._day is None or not (self._dirty_lines or self._reflection_dirty):
            return
        now = self.clock()
        for position in sorted(self._dirty_lines):
            editor = self.line_editors[position]
            journal.save_gratitude(self._day, position, editor.text(), editor.person_ids(), now)
        if self._reflection_dirty:
            journal.save_reflection(self._day, self.reflection_edit.toPlainText(), now)
        self._dirty_lines.clear()
        self._reflection_dirty = False
        self.notebook_changed.emit()

    # ---- follow-ups ---------------------------------------------------------------------
    def _load_follow_ups(self) -> None:
        if self._day is None:
            return
        self.follow_up_list.clock, self.follow_up_list.tz = self.clock, self.tz
        if self.all_open_box.isChecked():
            rows = follow_ups.upcoming_follow_ups()
        else:
            rows = follow_ups.follow_ups_of_day(self._day, self.today(), self.tz)
        self.follow_up_list.set_rows(rows)

    def _follow_ups_changed(self) -> None:
        self._load_follow_ups()
        self.notebook_changed.emit()

    def plan_follow_up(self) -> int | None:
        today = self.today()
        day = self._day or today
        follow_up_id = plan_follow_up(self, None, day - timedelta(days=1) if day > today else today, self.clock)
        if follow_up_id is not None:
            self._load_follow_ups()
            self.follow_up_planned.emit(follow_up_id)
        return follow_up_id
