"""Relnote on the desktop: the tray, reminders, showing and hiding the window, quitting."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from relnote.core import follow_ups, reminder_rules
from relnote.core.clock import utc_now
from relnote.core.reminders import FOLLOW_UP, GRATITUDE, MORNING_SUMMARY, Reminder
from relnote.paths import NotebookPaths, default_paths
from relnote.ui.first_paint import after_first_paint
from relnote.ui.main_window import MainWindow
from relnote.ui.reminder_service import ReminderService
from relnote.ui.theme import Theme
from relnote.ui.tray import PAUSE_HOUR, PAUSE_TOMORROW, Tray

log = logging.getLogger("relnote.desktop")
NOTICE_MS = 8000


class Desktop(QObject):
    def __init__(self, app: QApplication, window: MainWindow, settings: QSettings, paths: NotebookPaths,
                 theme: Theme | None = None, parent=None):
        super().__init__(parent)
        self.app = app
        self.paths = paths
        self.theme = theme
        self.window = window
        self.settings = settings
        self.reminders = ReminderService(parent=self)
        self.reminders.due.connect(self._show_reminders)
        self._clicked_target: tuple[str, int | None] = ("today", None)
        self.tray: Tray | None = None
        # The sample notebook is only there to be looked at: no second tray icon, no reminders about
        # made-up people; closing its window ends it.
        if QSystemTrayIcon.isSystemTrayAvailable() and not paths.is_sample:
            self._start_tray()
        window.quit_requested.connect(self.quit)
        window.settings_requested.connect(self.open_settings)
        window.notebook_changed.connect(self.refresh)

    # ---- tray -----------------------------------------------------------------------------
    def _start_tray(self) -> None:
        usual = self.paths.data_dir == default_paths().data_dir
        tray = Tray(self, notebook_folder="" if usual else str(self.paths.data_dir))
        tray.open_requested.connect(self.show_window)
        tray.today_requested.connect(lambda: self._open_page("today"))
        tray.log_moment_requested.connect(lambda: (self.show_window(), self.window.log_moment()))
        tray.gratitude_requested.connect(lambda: (self.show_window(), self.window.write_gratitude()))
        tray.person_requested.connect(self._open_person)
        tray.done_requested.connect(self._done)
        tray.snooze_requested.connect(self._snooze)
        tray.pause_requested.connect(self._pause)
        tray.quit_requested.connect(self.quit)
        tray.messageClicked.connect(self._message_clicked)
        tray.show()
        self.tray = tray
        self.app.setQuitOnLastWindowClosed(False)
        self.window.keep_in_tray_on_close = True
        self.window.closed_to_tray.connect(self._closed_to_tray)
        log.info("tray icon shown")

    def refresh(self) -> None:
        now = utc_now()
        if self.tray is not None:
            self.tray.update_due(follow_ups.due_follow_ups(now), reminder_rules.is_paused(now))
        if not self.paths.is_sample:
            self.reminders.reschedule()

    def start(self, hidden: bool) -> None:
        """Show the window first; what is not on screen yet follows once it is painted."""
        if hidden and self.tray is not None:
            log.info("started hidden in the tray")
            QTimer.singleShot(0, self._after_first_paint)
        elif self.window.isVisible():  # already painted
            self.show_window()
            QTimer.singleShot(0, self._after_first_paint)
        else:
            self.show_window()
            after_first_paint(self.window, self._after_first_paint)

    def _after_first_paint(self) -> None:
        if self.paths.is_sample:
            self.window.mark_as_sample()
        self.refresh()
        if not self.paths.is_sample:
            self.reminders.start()
        from relnote.ui.first_start import FirstStart, needs_welcome  # not needed before the window shows

        if self.window.isVisible() and needs_welcome(self.settings):
            FirstStart(self.window, self.settings, self.paths, self).welcome()

    def open_settings(self) -> None:
        from relnote.ui.dialogs.settings_dialog import SettingsDialog  # loaded when first opened

        dialog = SettingsDialog(self.settings, self.paths, self.window)
        if self.theme is not None:
            dialog.appearance_changed.connect(self.theme.set_appearance)
        dialog.exec()
        self.refresh()

    # ---- window ---------------------------------------------------------------------------
    def show_window(self) -> None:
        self.window.show()
        self.window.setWindowState(self.window.windowState() & ~Qt.WindowState.WindowMinimized)
        self.window.raise_()
        self.window.activateWindow()

    def _open_page(self, key: str) -> None:
        self.show_window()
        self.window.show_page(key)

    def _open_person(self, person_id: int) -> None:
        self.show_window()
        self.window.open_person(person_id)

    def _closed_to_tray(self) -> None:
        if self.settings.value("tray/close_notice_shown", False, type=bool):
            return
        self.settings.setValue("tray/close_notice_shown", True)
        self.tray.showMessage("Relnote", self.tr("Relnote keeps running in the tray to remind you. "
                                                 "Quit from the tray menu or with Ctrl+Q."),
                              QSystemTrayIcon.MessageIcon.Information, NOTICE_MS)

    def warn(self, text: str) -> None:
        """Something the user must know went wrong: in the window until dismissed, and from the tray
        when the window is not on screen."""
        self.window.undo_bar.warn(text)
        if self.tray is not None and not self.window.isVisible() and self.tray.supportsMessages():
            self.tray.showMessage("Relnote", text, QSystemTrayIcon.MessageIcon.Warning, NOTICE_MS * 2)

    def quit(self) -> None:
        if self.window.keep_in_tray_on_close:
            self.window.keep_in_tray_on_close = False
            self.window.close()
        self.reminders.stop()
        if self.tray is not None:
            self.tray.hide()
        self.app.quit()

    # ---- follow-ups and reminders ---------------------------------------------------------
    def _done(self, follow_up_id: int) -> None:
        follow_ups.mark_done(follow_up_id, utc_now())
        self.window.notebook_changed.emit()

    def _snooze(self, follow_up_id: int, choice: str) -> None:
        follow_ups.snooze(follow_up_id, choice, utc_now())
        self.window.notebook_changed.emit()

    def _pause(self, choice) -> None:
        now = utc_now()
        if choice == PAUSE_HOUR:
            reminder_rules.pause_for_an_hour(now)
        elif choice == PAUSE_TOMORROW:
            reminder_rules.pause_until_tomorrow(now)
        else:
            reminder_rules.resume()
        self.refresh()

    def _show_reminders(self, reminders: list[Reminder]) -> None:
        self.refresh()
        title, text, target = self._words_for(reminders)
        self._clicked_target = target
        if self.tray is not None and self.tray.supportsMessages():
            self.tray.showMessage(title, text, self.tray.icon(), NOTICE_MS * 2)
        else:
            self.window.statusBar().showMessage(f"{title} — {text}", NOTICE_MS * 2)
            self.app.alert(self.window)

    def _words_for(self, reminders: list[Reminder]) -> tuple[str, str, tuple[str, int | None]]:
        due = [r for r in reminders if r.kind == FOLLOW_UP]
        if len(due) == 1 and len(reminders) == 1:
            only = due[0]
            title = self.tr("Follow up with %1").replace("%1", only.person_name)
            text = only.reason
            if only.expecting:
                text += "\n" + self.tr("They are expecting to hear from you.")
            return title, text, ("person", only.person_id)
        if due:
            title = self.tr("%n follow-up(s) due", "", len(due))
            text = "\n".join(self.tr("%1: %2").replace("%1", r.person_name).replace("%2", r.reason) for r in due[:5])
            return title, text, ("today", None)
        if any(r.kind == GRATITUDE for r in reminders):
            return (self.tr("Three gratitudes"),
                    self.tr("Who made your day better? Write tonight's three gratitudes."), ("gratitude", None))
        if any(r.kind == MORNING_SUMMARY for r in reminders):
            count = len(follow_ups.due_follow_ups(utc_now()))
            return (self.tr("Good morning"),
                    self.tr("%n follow-up(s) today.", "", count), ("today", None))
        return "Relnote", "", ("today", None)

    def _message_clicked(self) -> None:
        kind, person_id = self._clicked_target
        if kind == "person" and person_id is not None:
            self._open_person(person_id)
        elif kind == "gratitude":
            self.show_window()
            self.window.write_gratitude()
        else:
            self._open_page("today")
