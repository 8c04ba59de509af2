"""The People page: the list on the left, the chosen person on the right."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QSettings, QSignalBlocker, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog, QHBoxLayout, QLabel, QPushButton, QSplitter, QStackedWidget, QVBoxLayout, QWidget,
)

from relnote.core.clock import utc_now
from relnote.core.errors import NotFoundError
from relnote.db.people_rows import PersonRow
from relnote.ui.lazy_modules import lazily
from relnote.ui.pages.people_list_panel import PeopleListPanel
from relnote.ui.widgets.page_slot import PageSlot
from relnote.ui.widgets.undo_bar import UndoBar

moments = lazily("relnote.core.moments")  # with peewee, just after the window's first paint
people = lazily("relnote.core.people")


class PeoplePage(QWidget):
    notebook_changed = Signal()
    follow_up_requested = Signal(int)  # with the person shown
    follow_up_done = Signal(int)
    follow_up_snoozed = Signal(int, object)

    def __init__(self, undo_bar: UndoBar | None = None, first_page: list[PersonRow] | None = None, parent=None):
        """`undo_bar`: the window's, seen from every page; without one the page shows its own.
        `first_page`: the list's first rows, read before the notebook was opened (`notebook_opened()`
        then shows the rest); without it, the page reads the open notebook."""
        super().__init__(parent)
        self.undo_bar = undo_bar or UndoBar()
        self.drafts: QSettings | None = None  # where a moment being written is kept if Relnote stops
        self.list_panel = PeopleListPanel()
        self.person_slot = PageSlot(self._build_person_panel)
        self.empty_state = self._build_empty_state()
        self.detail = QStackedWidget()
        self.detail.addWidget(QWidget())  # blank until the first person shows, just after the first paint
        self.detail.addWidget(self.empty_state)
        self.detail.addWidget(self.person_slot)

        self.splitter = QSplitter()  # side by side
        self.splitter.addWidget(self.list_panel)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([520, 840])

        layout = QVBoxLayout(self)
        if undo_bar is None:
            layout.addWidget(self.undo_bar)
        layout.addWidget(self.splitter, 1)

        self.list_panel.person_selected.connect(self._show_person)
        if first_page is None:
            self.list_panel.reload(details_after_paint=True)
        else:
            self.list_panel.show_first_page(first_page)

    def notebook_opened(self) -> None:
        self.list_panel.notebook_opened()

    def _build_person_panel(self):
        from relnote.ui.pages.person_panel import PersonPanel

        panel = PersonPanel()
        panel.profile.saved.connect(self._person_saved)
        panel.log_moment_requested.connect(lambda pid: self.log_moment([pid]))
        panel.moment_changed.connect(self.moments_changed)
        panel.archive_requested.connect(self.archive)
        panel.restore_requested.connect(self.restore)
        panel.delete_requested.connect(self.delete_permanently)
        panel.follow_up_requested.connect(self.follow_up_requested)
        panel.follow_ups_changed.connect(self.notebook_changed)
        panel.follow_up_done.connect(self.follow_up_done)
        panel.follow_up_snoozed.connect(self.follow_up_snoozed)
        return panel

    @property
    def person_panel(self):
        """The chosen person's profile and story, built when the first person is shown."""
        return self.person_slot.page()

    def reload_story(self) -> None:
        if self.person_slot.built() is not None:
            self.person_panel.reload_story()

    def _build_empty_state(self) -> QWidget:
        box = QWidget()
        self.empty_message = QLabel()
        self.empty_message.setWordWrap(True)
        self.empty_message.setProperty("alignment", "AlignCenter")  # by name: see relnote.ui.qt_values
        self.empty_add_button = QPushButton(self.tr("Add a person…"))
        self.empty_add_button.clicked.connect(self.quick_add)
        layout = QVBoxLayout(box)
        layout.addStretch(1)
        layout.addWidget(self.empty_message)
        button_row = QHBoxLayout()
        button_row.addStretch(1)
        button_row.addWidget(self.empty_add_button)
        button_row.addStretch(1)
        layout.addLayout(button_row)
        layout.addStretch(2)
        return box

    def _show_person(self, person_id: int | None) -> None:
        shown = self.current_person_id()
        try:
            self.flush_edits()  # what was typed for the person on screen, before another is shown
        except Exception:
            if shown is not None:  # the list goes back to the person whose edit still waits to be saved
                QTimer.singleShot(0, lambda: self._select_quietly(shown))
            raise
        self.person_panel.show_person(person_id)
        if person_id is not None:
            self.detail.setCurrentWidget(self.person_slot)
            return
        if not self.list_panel.model.people_filter.narrows:
            text = self.tr("Your notebook is empty.\nAdd the first person you met: a name and where "
                           "you met is enough (Ctrl+N).")
        else:
            text = self.tr("No one matches this search or filter.")
        self.empty_message.setText(text)
        self.detail.setCurrentWidget(self.empty_state)

    def _select_quietly(self, person_id: int) -> None:
        blocker = QSignalBlocker(self.list_panel)
        self.list_panel.select_person(person_id)
        del blocker

    def _person_saved(self, person_id: int, fields: set) -> None:
        self.list_panel.model.refresh_person(person_id)
        if "tags" in fields:
            self.list_panel.reload(keep=person_id)
        self.notebook_changed.emit()

    def refresh_shown_person(self) -> None:
        """After an import, or back from another program: the profile on screen is the notebook's."""
        if self.person_slot.built() is not None:
            self.person_panel.refresh_if_changed_elsewhere()

    def current_person_id(self) -> int | None:
        return self.person_panel.person_id() if self.person_slot.built() is not None else None

    def flush_edits(self) -> None:
        if self.person_slot.built() is not None:
            self.person_panel.profile.flush()

    # ---- actions ------------------------------------------------------------------------
    def quick_add(self) -> int | None:
        from relnote.ui.dialogs.quick_add_dialog import QuickAddDialog  # loaded when first needed

        dialog = QuickAddDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        existing = dialog.existing_person_id()
        if existing is not None:  # already in the notebook: no second profile
            if dialog.where_we_met() and not people.load_profile(existing).where_we_met:
                people.update_person(existing, utc_now(), where_we_met=dialog.where_we_met())  # what was typed stays
                self.notebook_changed.emit()
            self.show_person(existing)
            return existing
        person_id = people.add_person(dialog.name(), utc_now(), where_we_met=dialog.where_we_met(),
                                      **people.name_parts(dialog.name()))
        self.show_person(person_id)
        self.person_panel.profile.focus_first_field()
        self.notebook_changed.emit()
        return person_id

    def show_person(self, person_id: int) -> None:
        """Select `person_id`, clearing filters if they hide them."""
        if self.list_panel.show_archived.isChecked() != (people.load_profile(person_id).archived_at is not None):
            self.list_panel.show_archived.setChecked(not self.list_panel.show_archived.isChecked())
        self.list_panel.reload(keep=person_id)
        if not self.list_panel.select_person(person_id):
            self.list_panel.search.clear()
            self.list_panel.stage_filter.setCurrentIndex(0)
            self.list_panel.tag_filter.setCurrentIndex(0)
            self.list_panel.model.update_filter(text="", stage=None, tag=None)
            self.list_panel.reload(keep=person_id)
        if not self.list_panel.select_person(person_id):
            # Further down a long list than the rows loaded so far: narrow the list to their name.
            name = people.load_profile(person_id).display_name
            self.list_panel.search.setText(name)
            self.list_panel.model.update_filter(text=name)
            self.list_panel.reload(keep=person_id)

    def log_moment(self, people_ids: list[int] | None = None) -> int | None:
        self.flush_edits()
        chosen = people_ids if people_ids is not None else (
            [self.current_person_id()] if self.current_person_id() is not None else [])
        names = [(pid, people.load_profile(pid).display_name) for pid in chosen]
        from relnote.ui.dialogs.log_moment_dialog import LogMomentDialog  # loaded when first needed

        dialog = LogMomentDialog(self, names, drafts=self.drafts, draft=self._moment_draft())
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        moment_id = moments.log_moment(dialog.happened_at_utc(), dialog.people.person_ids(), dialog.kind(),
                                       dialog.initiated_by(), dialog.summary(), utc_now(), dialog.notes())
        for pid in dialog.people.person_ids():
            self.list_panel.model.refresh_person(pid)
        self.person_panel.reload_story()
        self.person_panel.show_story()
        names = QLocale().createSeparatedList([name for _, name in moments.load_moment(moment_id).people])
        self.undo_bar.offer(self.tr("Moment with %1 logged.").replace("%1", names),
                            lambda: self._undo_moment(moment_id))
        self.notebook_changed.emit()
        return moment_id

    def _moment_draft(self) -> dict | None:
        """The moment kept when Relnote last stopped, with the people still in the notebook."""
        if self.drafts is None:
            return None
        from relnote.ui.moment_draft import moment_draft

        draft = moment_draft(self.drafts)
        if draft is None:
            return None
        kept = []
        for person in draft.get("people") or []:
            try:
                kept.append((int(person[0]), people.load_profile(int(person[0])).display_name))
            except (NotFoundError, TypeError, ValueError, IndexError):
                continue
        return {**draft, "people": kept}

    def _undo_moment(self, moment_id: int) -> None:
        try:
            moments.delete_moment(moment_id)
        except NotFoundError:
            return  # deleted meanwhile, from a story or the timeline: nothing left to undo
        self.moments_changed()

    def moments_changed(self) -> None:
        """A moment was changed or deleted: the last-moment column and the story follow, and an
        offer to undo logging a moment no longer stands."""
        self.undo_bar.hide()
        self.list_panel.reload()
        self.reload_story()
        self.notebook_changed.emit()

    def archive(self, person_id: int) -> None:
        name = people.load_profile(person_id).display_name
        people.archive_person(person_id, utc_now())
        self.list_panel.reload()
        self.undo_bar.offer(self.tr("%1 was archived.").replace("%1", name),
                            lambda: self._undo_archive(person_id))
        self.notebook_changed.emit()

    def _undo_archive(self, person_id: int) -> None:
        people.restore_person(person_id, utc_now())
        self.show_person(person_id)
        self.notebook_changed.emit()

    def restore(self, person_id: int) -> None:
        people.restore_person(person_id, utc_now())
        self.show_person(person_id)
        self.notebook_changed.emit()

    def delete_permanently(self, person_id: int) -> bool:
        from relnote.ui.confirm import confirm_deletion

        impact = people.deletion_impact(person_id)
        text = self.tr("Delete %1 permanently?").replace("%1", impact.display_name)
        details = self.tr("Their profile and %n moment(s) shared only with them will be deleted.", "",
                          impact.moments_deleted)
        if impact.moments_kept_for_others:
            details += " " + self.tr("%n moment(s) shared with others will stay in the others' stories.", "",
                                     impact.moments_kept_for_others)
        details += " " + self.tr("This cannot be undone.")
        if not confirm_deletion(self, self.tr("Delete permanently"), text, details, self.tr("Delete permanently")):
            return False
        people.delete_person(person_id)
        self.list_panel.reload()
        self.notebook_changed.emit()
        return True
