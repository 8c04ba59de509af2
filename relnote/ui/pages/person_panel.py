"""One person: a header with actions, then their profile and their story, one tab each; the story
begins with the follow-ups still to do with them."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QTabWidget, QVBoxLayout, QWidget,
)

from relnote.core import follow_ups, people
from relnote.core.clock import utc_to_local
from relnote.ui.formatting import short_date
from relnote.ui.labels import stage_label
from relnote.ui.secondary_text import quiet
from relnote.ui.widgets.page_slot import PageSlot
from relnote.ui.widgets.profile_editor import ProfileEditor


class PersonPanel(QWidget):
    log_moment_requested = Signal(int)
    archive_requested = Signal(int)
    restore_requested = Signal(int)
    delete_requested = Signal(int)
    moment_changed = Signal()  # changed or deleted from the story
    follow_up_requested = Signal(int)  # plan one with this person
    follow_ups_changed = Signal()  # one ticked done, put off or changed from the story
    follow_up_done = Signal(int)
    follow_up_snoozed = Signal(int, object)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._person_id: int | None = None
        self.name_label = QLabel()
        title_font = QFont(self.font())
        title_font.setPointSizeF(title_font.pointSizeF() * 1.5)
        title_font.setBold(True)
        self.name_label.setFont(title_font)
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subtitle = quiet(QLabel())

        self.log_button = QPushButton(self.tr("Log a moment…"))
        self.log_button.setToolTip(self.tr("Log a moment with this person (Ctrl+L)"))
        self.archive_button = QPushButton(self.tr("Archive"))
        self.archive_button.setToolTip(self.tr("Move out of your list; you can undo or restore it later"))
        self.restore_button = QPushButton(self.tr("Restore"))
        self.delete_button = QPushButton(self.tr("Delete permanently…"))
        self.log_button.clicked.connect(lambda: self._emit(self.log_moment_requested))
        self.archive_button.clicked.connect(lambda: self._emit(self.archive_requested))
        self.restore_button.clicked.connect(lambda: self._emit(self.restore_requested))
        self.delete_button.clicked.connect(lambda: self._emit(self.delete_requested))

        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.name_label)
        titles.addWidget(self.subtitle)
        header.addLayout(titles, 1)
        for button in (self.log_button, self.archive_button, self.restore_button, self.delete_button):
            header.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)

        self.profile = ProfileEditor()
        self.profile.saved.connect(self._profile_saved)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.profile)

        self.story_slot = PageSlot(self._build_story)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(scroll, self.tr("Profile"))
        self.tabs.addTab(self.story_slot, self.tr("Story"))
        self._story_stale = True
        self.tabs.currentChanged.connect(self._load_story_if_shown)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addWidget(self.tabs, 1)

    def _build_story(self):
        tab = _StoryTab(self.tr("No follow-up planned with them."), self.tr("Plan a follow-up…"),
                        self.tr("Follow-ups to do"), self.tr("Story"))
        tab.view.moment_changed.connect(self.moment_changed)
        tab.follow_ups.changed.connect(self._follow_ups_changed)
        tab.follow_ups.marked_done.connect(self.follow_up_done)
        tab.follow_ups.snoozed.connect(self.follow_up_snoozed)
        tab.plan_button.clicked.connect(lambda: self._emit(self.follow_up_requested))
        return tab

    def _follow_ups_changed(self) -> None:
        self.reload_story()
        self.follow_ups_changed.emit()

    @property
    def story(self):
        """The story's view, built the first time the Story tab or a caller needs it."""
        return self.story_slot.page().view

    @property
    def follow_up_list(self):
        """The follow-ups still to do with the person, above their story."""
        return self.story_slot.page().follow_ups

    @property
    def story_model(self):
        return self.story.model()

    def person_id(self) -> int | None:
        return self._person_id

    def show_person(self, person_id: int | None) -> None:
        if person_id == self._person_id and person_id is not None:
            self._refresh_header()  # archived or restored meanwhile
            return
        self._person_id = person_id
        self.profile.show_person(person_id)
        self.reload_story()
        self._refresh_header()

    def refresh_if_changed_elsewhere(self) -> None:
        if self.profile.reload_if_changed_elsewhere():
            self.reload_story()
            self._refresh_header()

    def reload_story(self) -> None:
        """Read the story again now if it is on screen, else when its tab is next shown."""
        self._story_stale = True
        self._load_story_if_shown()

    def _load_story_if_shown(self) -> None:
        if self._story_stale and self.tabs.currentWidget() is self.story_slot:
            self._story_stale = False
            self.story_model.show_person(self._person_id)
            self.follow_up_list.set_rows(follow_ups.open_follow_ups_of(self._person_id)
                                         if self._person_id is not None else [])

    def show_story(self) -> None:
        self.tabs.setCurrentWidget(self.story_slot)

    def _emit(self, signal) -> None:
        if self._person_id is not None:
            self.profile.flush()
            signal.emit(self._person_id)

    def _profile_saved(self, person_id: int, fields: set) -> None:
        self._refresh_header()
        if "stage" in fields:
            self.reload_story()

    def _refresh_header(self) -> None:
        if self._person_id is None:
            return
        profile = people.load_profile(self._person_id)
        self.name_label.setText(profile.display_name)
        archived = profile.archived_at is not None
        parts = [p for p in (profile.role, profile.organisation, stage_label(profile.stage)) if p]
        if archived:
            parts.append(self.tr("in your archive since %1").replace("%1", short_date(utc_to_local(profile.archived_at).date())))
        self.subtitle.setText(" · ".join(parts))
        self.archive_button.setVisible(not archived)
        self.log_button.setVisible(not archived)
        self.restore_button.setVisible(archived)
        self.delete_button.setVisible(archived)


class _StoryTab(QWidget):
    """The follow-ups still to do with the person, then everything shared with them, newest first."""

    def __init__(self, nothing_planned: str, plan: str, title: str, story_name: str):
        from relnote.ui.models.story_model import StoryModel
        from relnote.ui.widgets.follow_up_list import FollowUpList
        from relnote.ui.widgets.section import Section
        from relnote.ui.widgets.timeline_view import TimelineView

        super().__init__()
        self.view = TimelineView(open_people=False)
        self.view.setModel(StoryModel(self.view))
        self.view.setAccessibleName(story_name)
        self.follow_ups = FollowUpList(nothing_planned)
        self.plan_button = QPushButton(plan)
        section = Section(title)
        section.header.addWidget(self.plan_button)
        section.body.addWidget(self.follow_ups)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(section)
        layout.addWidget(self.view, 1)
