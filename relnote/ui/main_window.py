"""The main window: a sidebar of pages and the actions that work everywhere."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QSettings, QSize, Signal
from PySide6.QtGui import QAction, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QApplication, QListWidget, QListWidgetItem, QMainWindow, QSplitter, QStackedWidget, QVBoxLayout, QWidget,
)

from relnote import __version__
from relnote.db.people_rows import PersonRow
from relnote.ui.pages.people_page import PeoplePage
from relnote.ui.qt_values import USER_ROLE
from relnote.ui.screen_room import fitted_to_screen
from relnote.ui.widgets.page_slot import PageSlot
from relnote.ui.widgets.undo_bar import UndoBar

PAGE_KEYS = ("today", "people", "timeline", "journal")


def opening_page(settings: QSettings) -> str:
    """The page the window opens on: the one shown when it was last closed."""
    page = settings.value("window/page", "people")
    return page if page in PAGE_KEYS else "people"


class MainWindow(QMainWindow):
    quit_requested = Signal()
    settings_requested = Signal()
    closed_to_tray = Signal()
    notebook_changed = Signal()

    def __init__(self, settings: QSettings, first_page: list[PersonRow] | None = None, parent=None):
        """`first_page`: the People list's first rows, read before the notebook was opened; then
        `notebook_opened()` must follow (see `PeoplePage`)."""
        super().__init__(parent)
        self.settings = settings
        self.keep_in_tray_on_close = False
        self.setWindowTitle("Relnote")  # its icon is the application's
        self.undo_bar = UndoBar()  # above every page: "Moment logged. Undo" wherever it was logged from
        self.people_page = PeoplePage(self.undo_bar, first_page)
        self.people_page.drafts = settings
        self._slots = {"today": PageSlot(self._build_today), "timeline": PageSlot(self._build_timeline),
                       "journal": PageSlot(self._build_journal)}
        self.pages = {"today": self._slots["today"], "people": self.people_page,
                      "timeline": self._slots["timeline"], "journal": self._slots["journal"]}
        titles = {"today": self.tr("Today"), "people": self.tr("People"),
                  "timeline": self.tr("Timeline"), "journal": self.tr("Journal")}
        self.sidebar = QListWidget()
        self.sidebar.setAccessibleName(self.tr("Pages"))
        self.sidebar.setIconSize(QSize(20, 20))
        self.stack = QStackedWidget()
        for key in PAGE_KEYS:
            item = QListWidgetItem(titles[key])
            item.setData(USER_ROLE, key)
            item.setSizeHint(QSize(0, 34))
            self.sidebar.addItem(item)
            self.stack.addWidget(self.pages[key])
        self.sidebar.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.stack.currentChanged.connect(
            lambda position: self.stack.widget(position) is self.people_page and self.people_page.reload_story())

        self.splitter = QSplitter()  # side by side
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([120, 1160])
        self.splitter.setChildrenCollapsible(False)
        central = QWidget()
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.setSpacing(0)
        central_layout.addWidget(self.splitter, 1)
        self.undo_bar.float_over(central)
        self.setCentralWidget(central)
        self.people_page.notebook_changed.connect(self.notebook_changed)
        self.people_page.notebook_changed.connect(self._refresh_shown_page)  # e.g. a moment undone from Today
        self.people_page.follow_up_requested.connect(lambda _person_id: self.plan_follow_up())
        self.people_page.follow_up_done.connect(self._offer_to_reopen)
        self.people_page.follow_up_snoozed.connect(self._offer_to_unsnooze)
        self._build_actions()
        self._restore_state()
        self._tell_about_a_restore()

    def _tell_about_a_restore(self) -> None:
        from relnote.ui.restart import take_restored_note

        made_at = take_restored_note(self.settings)
        if made_at is not None:
            from relnote.ui.formatting import local_date_time

            self.undo_bar.tell(self.tr("This is your notebook as it was on %1, put back from a backup. The "
                                       "notebook it replaced is kept in Settings ▸ Backups.")
                               .replace("%1", local_date_time(made_at)))

    def notebook_opened(self) -> None:
        self.people_page.notebook_opened()

    def mark_as_sample(self) -> None:
        """The sample notebook must not be taken for the user's own: its title and a line above the
        pages say what it is."""
        from PySide6.QtWidgets import QLabel

        self.setWindowTitle(self.tr("Sample notebook"))  # Qt adds " — Relnote"
        self.sample_banner = QLabel(self.tr("A sample notebook, made up for trying Relnote. Your own notebook "
                                            "is in the other Relnote window."))
        self.sample_banner.setWordWrap(True)
        self.sample_banner.setContentsMargins(10, 6, 10, 6)
        self.sample_banner.setAutoFillBackground(True)
        self.sample_banner.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.centralWidget().layout().insertWidget(0, self.sample_banner)

    # ---- pages, built when first shown ---------------------------------------------------------
    @property
    def today_page(self):
        return self._slots["today"].page()

    @property
    def timeline_page(self):
        return self._slots["timeline"].page()

    @property
    def journal_page(self):
        return self._slots["journal"].page()

    def _build_today(self):
        from relnote.ui.pages.today_page import TodayPage

        page = TodayPage()
        page.person_requested.connect(self.open_person)
        page.log_moment_requested.connect(self._log_moment_from_today)
        page.gratitude_requested.connect(self.write_gratitude)
        page.due_list.changed.connect(self.notebook_changed)  # the tray's count follows a ticked follow-up
        page.due_list.marked_done.connect(self._offer_to_reopen)  # it leaves the list: a slip is undone here
        page.due_list.snoozed.connect(self._offer_to_unsnooze)
        page.follow_up_planned.connect(self._follow_up_planned)
        return page

    def _offer_to_reopen(self, follow_up_id: int) -> None:
        from relnote.core import follow_ups

        done = follow_ups.follow_up_row(follow_up_id)
        self.undo_bar.offer(self.tr("“%1” with %2 is done.").replace("%1", done.reason)
                            .replace("%2", done.person_name), lambda: self._undo(follow_ups.reopen, follow_up_id))

    def _offer_to_unsnooze(self, follow_up_id: int, put_back) -> None:
        from relnote.core import follow_ups
        from relnote.ui.formatting import local_date_time

        snoozed = follow_ups.follow_up_row(follow_up_id)
        self.undo_bar.offer(self.tr("“%1” with %2 is put off until %3.").replace("%1", snoozed.reason)
                            .replace("%2", snoozed.person_name).replace("%3", local_date_time(snoozed.due_at)),
                            lambda: self._undo(lambda _id: put_back(), follow_up_id))

    def _log_moment_from_today(self, person_id: int) -> None:
        self.people_page.log_moment([person_id])  # Today follows, as any page on screen

    def _build_timeline(self):
        from relnote.ui.pages.timeline_page import TimelinePage

        page = TimelinePage()
        page.person_requested.connect(self.open_person)
        page.moment_changed.connect(self.people_page.moments_changed)
        return page

    def _build_journal(self):
        from relnote.ui.pages.journal_page import JournalPage

        page = JournalPage()
        page.person_requested.connect(self.open_person)
        page.notebook_changed.connect(self.notebook_changed)
        page.follow_up_planned.connect(self._follow_up_planned)
        page.follow_up_list.marked_done.connect(self._offer_to_reopen)
        page.follow_up_list.snoozed.connect(self._offer_to_unsnooze)
        return page

    def _build_actions(self) -> None:
        # Shortcuts are given as lists: setShortcut() would build Qt's enums (see relnote.ui.qt_values).
        file_menu = self.menuBar().addMenu(self.tr("&Notebook"))
        self.add_action = QAction(self.tr("&Add a person…"), self)
        self.add_action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.New))
        self.add_action.triggered.connect(self.quick_add)
        self.log_action = QAction(self.tr("&Log a moment…"), self)
        self.log_action.setShortcuts([QKeySequence("Ctrl+L")])
        self.log_action.triggered.connect(self.log_moment)
        self.follow_up_action = QAction(self.tr("&Plan a follow-up…"), self)
        self.follow_up_action.setShortcuts([QKeySequence("Ctrl+Shift+F")])
        self.follow_up_action.triggered.connect(self.plan_follow_up)
        self.find_action = QAction(self.tr("&Find a person"), self)
        self.find_action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Find))
        self.find_action.triggered.connect(self.find_person)
        self.close_action = QAction(self.tr("&Close window"), self)
        self.close_action.setShortcuts(_with_platform_keys("Ctrl+W", QKeySequence.StandardKey.Close))
        self.close_action.triggered.connect(self.close)
        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcuts(_with_platform_keys("Ctrl+Q", QKeySequence.StandardKey.Quit))
        self.quit_action.triggered.connect(self.quit)
        for action in (self.add_action, self.log_action, self.follow_up_action, self.find_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        self.import_action = QAction(self.tr("&Import…"), self)
        self.import_action.triggered.connect(self.import_file)
        self.export_action = QAction(self.tr("&Export…"), self)
        self.export_action.triggered.connect(self.export_file)
        file_menu.addAction(self.import_action)
        file_menu.addAction(self.export_action)
        file_menu.addSeparator()
        self.settings_action = QAction(self.tr("&Settings…"), self)
        self.settings_action.setShortcuts([QKeySequence("Ctrl+,")])
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.settings_action.triggered.connect(self.settings_requested)
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        file_menu.addAction(self.close_action)
        file_menu.addAction(self.quit_action)

        go_menu = self.menuBar().addMenu(self.tr("&Go"))
        for position, key in enumerate(PAGE_KEYS):
            action = QAction(self.sidebar.item(position).text(), self)
            action.setShortcuts([QKeySequence(f"Ctrl+{position + 1}")])
            action.triggered.connect(lambda _=False, k=key: self.show_page(k))
            go_menu.addAction(action)
        self.switch_action = QAction(self.tr("&Jump to a person or page…"), self)
        self.switch_action.setShortcuts([QKeySequence("Ctrl+K")])
        self.switch_action.triggered.connect(self.open_quick_switcher)
        go_menu.addSeparator()
        go_menu.addAction(self.switch_action)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.shortcuts_action = QAction(self.tr("&Keyboard shortcuts"), self)
        self.shortcuts_action.setShortcuts([QKeySequence("F1")])
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        help_menu.addAction(self.shortcuts_action)
        self.about_action = QAction(self.tr("&About Relnote"), self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)
        help_menu.addAction(self.about_action)

    # dialogs are loaded when first asked for, to keep start-up short
    def open_quick_switcher(self) -> None:
        from relnote.ui.dialogs.quick_switcher import open_quick_switcher

        open_quick_switcher(self)

    def show_shortcuts(self) -> None:
        from relnote.ui.dialogs.shortcuts_dialog import ShortcutsDialog

        ShortcutsDialog(self.menuBar(), self).exec()

    def show_about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(self, self.tr("About Relnote"), self.tr(
            "<p><b>Relnote %1</b></p><p>A notebook for the people you meet, and the relationships you grow.</p>"
            "<p>Everything stays on your computer.</p>").replace("%1", __version__))

    def show_page(self, key: str) -> None:
        self.sidebar.setCurrentRow(PAGE_KEYS.index(key))

    def current_page(self) -> str:
        return PAGE_KEYS[max(0, self.sidebar.currentRow())]

    def quick_add(self) -> None:
        self.show_page("people")
        self.people_page.quick_add()

    def log_moment(self) -> None:
        """Log a moment from any page; the user stays where they are and sees it there."""
        page = self.current_page()
        self.people_page.log_moment(None if page == "people" else [])  # the page on screen follows

    def _refresh_shown_page(self) -> None:
        """After a change made from a dialog: the page on screen shows it (the others read again when shown)."""
        page = self.current_page()
        if page != "people" and (shown := self._slots[page].built()) is not None:
            shown.refresh()

    def plan_follow_up(self) -> int | None:
        """From any page; on the People page, with the person shown. The page on screen shows it."""
        from relnote.core.clock import utc_now
        from relnote.core.local_days import to_local
        from relnote.ui.follow_up_planning import plan_follow_up

        on_people = self.current_page() == "people"
        if on_people:
            self.people_page.flush_edits()
        person_id = self.people_page.current_person_id() if on_people else None
        follow_up_id = plan_follow_up(self, person_id, to_local(utc_now()).date(), utc_now)
        if follow_up_id is not None:
            self._refresh_shown_page()
            self._follow_up_planned(follow_up_id)
        return follow_up_id

    def _follow_up_planned(self, follow_up_id: int) -> None:
        """Wherever it was planned: the tray schedules its reminder, and a slip can be undone."""
        from relnote.core import follow_ups
        from relnote.ui.formatting import local_date_time

        self.people_page.reload_story()
        self.notebook_changed.emit()
        planned = follow_ups.follow_up_row(follow_up_id)
        self.undo_bar.offer(self.tr("Follow-up with %1 planned for %2.").replace("%1", planned.person_name)
                            .replace("%2", local_date_time(planned.due_at)),
                            lambda: self._undo(follow_ups.delete_follow_up, follow_up_id))

    def _undo(self, undo: Callable[[int], None], follow_up_id: int) -> None:
        """Undo what was just done to a follow-up (planned, ticked done), unless it is gone meanwhile."""
        from relnote.core.errors import NotFoundError

        try:
            undo(follow_up_id)
        except NotFoundError:
            return
        self._follow_ups_changed()

    def _follow_ups_changed(self) -> None:
        self.people_page.reload_story()
        self._refresh_shown_page()
        self.notebook_changed.emit()

    def import_file(self) -> None:
        from relnote.ui.dialogs.import_dialog import open_import_dialog  # loaded when first needed

        open_import_dialog(self, on_imported=self._imported)

    def export_file(self) -> None:
        from relnote.ui.dialogs.export_dialog import open_export_dialog

        open_export_dialog(self)

    def _imported(self) -> None:
        self.people_page.list_panel.reload()
        self.people_page.refresh_shown_person()
        self._refresh_shown_page()
        self.notebook_changed.emit()

    def open_person(self, person_id: int) -> None:
        self.show_page("people")
        self.people_page.show_person(person_id)

    def write_gratitude(self) -> None:
        self.show_page("journal")
        self.journal_page.show_day(self.journal_page.today())

    def find_person(self) -> None:
        self.show_page("people")
        self.people_page.list_panel.search.setFocus()
        self.people_page.list_panel.search.selectAll()

    def _restore_state(self) -> None:
        geometry = self.settings.value("window/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(fitted_to_screen(self, QSize(1280, 800)))
        state = self.settings.value("window/state")
        if state is not None:
            self.restoreState(state)
        for name, splitter in self._splitters().items():
            sizes = self.settings.value(f"window/{name}")
            if sizes is not None:
                splitter.restoreState(sizes)
        self.show_page(opening_page(self.settings))

    def _splitters(self) -> dict[str, QSplitter]:
        return {
            "sidebar_splitter": self.splitter,
            "people_splitter": self.people_page.splitter,
        }

    def save_state(self) -> None:
        """Write every edit still on screen, then the window's size and layout."""
        self.people_page.flush_edits()
        journal = self._slots["journal"].built()
        if journal is not None:
            journal.flush()
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/state", self.saveState())
        for name, splitter in self._splitters().items():
            self.settings.setValue(f"window/{name}", splitter.saveState())
        self.settings.setValue("window/page", self.current_page())
        self.settings.sync()

    def quit(self) -> None:
        """Quit Relnote, even when it would otherwise stay in the tray. A dialog still open keeps
        what was being written in it, when it can (a moment being logged)."""
        for widget in QApplication.topLevelWidgets():
            keep_draft = getattr(widget, "keep_draft", None)
            if keep_draft is not None and widget.isVisible():
                keep_draft()
        self.keep_in_tray_on_close = False
        self.close()
        self.quit_requested.emit()

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self.people_page.refresh_shown_person()  # an import in the terminal may have changed it
        super().changeEvent(event)

    def closeEvent(self, event) -> None:
        self.save_state()
        if self.keep_in_tray_on_close:
            event.ignore()
            self.hide()
            self.closed_to_tray.emit()
            return
        super().closeEvent(event)


def _with_platform_keys(usual: str, standard: QKeySequence.StandardKey) -> list[QKeySequence]:
    """The usual keys everywhere, plus the platform's own when it has different ones."""
    keys = [QKeySequence(usual)]
    keys += [key for key in QKeySequence.keyBindings(standard) if key != keys[0]]
    return keys
