"""Relnote in the system tray: what is due, quick actions, pause, quit."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from relnote.core.follow_ups import SNOOZE_NEXT_WEEK, SNOOZE_TOMORROW, FollowUpRow
from relnote.ui.tray_icon_art import tray_icon

MENU_FOLLOW_UPS = 5
PAUSE_HOUR = "hour"
PAUSE_TOMORROW = "tomorrow"


class Tray(QSystemTrayIcon):
    open_requested = Signal()
    today_requested = Signal()
    log_moment_requested = Signal()
    gratitude_requested = Signal()
    quit_requested = Signal()
    person_requested = Signal(int)
    done_requested = Signal(int)
    snooze_requested = Signal(int, str)
    pause_requested = Signal(object)  # PAUSE_HOUR, PAUSE_TOMORROW, or None to resume

    def __init__(self, parent=None, notebook_folder: str = ""):
        """`notebook_folder` names a notebook other than the user's usual one, so that two Relnotes
        in the tray can be told apart."""
        super().__init__(parent)
        self.notebook_folder = notebook_folder
        self.menu = QMenu()
        self.setContextMenu(self.menu)
        self.activated.connect(self._activated)
        self.update_due([], paused=False)

    def update_due(self, due: list[FollowUpRow], paused: bool) -> None:
        self.setIcon(tray_icon(len(due)))
        if due:
            tip = self.tr("Relnote — %n follow-up(s) due", "", len(due))
            tip += "\n" + "\n".join(f"• {f.person_name}: {f.reason}" for f in due[:MENU_FOLLOW_UPS])
        else:
            tip = self.tr("Relnote — nothing due")
        if paused:
            tip += "\n" + self.tr("Reminders are paused")
        if self.notebook_folder:
            tip += "\n" + self.tr("Notebook: %1").replace("%1", self.notebook_folder)
        self.setToolTip(tip)
        self._build_menu(due, paused)

    def _add(self, menu: QMenu, text: str, signal, *args) -> QAction:
        action = menu.addAction(text)
        action.triggered.connect(lambda _=False: signal.emit(*args))
        return action

    def _build_menu(self, due: list[FollowUpRow], paused: bool) -> None:
        menu = self.menu
        menu.clear()
        self._add(menu, self.tr("Open Relnote"), self.open_requested)
        self._add(menu, self.tr("Today"), self.today_requested)
        self._add(menu, self.tr("Log a moment…"), self.log_moment_requested)
        self._add(menu, self.tr("Write gratitude…"), self.gratitude_requested)
        menu.addSeparator()
        if due:
            heading = menu.addAction(self.tr("Due follow-ups"))
            heading.setEnabled(False)
            shown = due[:MENU_FOLLOW_UPS]
            for follow_up in shown:
                label = f"{follow_up.person_name} — {follow_up.reason}"
                self._add(menu, _elide(label), self.person_requested, follow_up.person_id)
            handle = menu.addMenu(self.tr("Done or snooze"))
            for follow_up in shown:
                sub = handle.addMenu(_elide(f"{follow_up.person_name} — {follow_up.reason}"))
                self._add(sub, self.tr("Done"), self.done_requested, follow_up.id)
                self._add(sub, self.tr("Snooze until tomorrow"), self.snooze_requested, follow_up.id, SNOOZE_TOMORROW)
                self._add(sub, self.tr("Snooze for a week"), self.snooze_requested, follow_up.id, SNOOZE_NEXT_WEEK)
            menu.addSeparator()
        pause = menu.addMenu(self.tr("Pause reminders"))
        self._add(pause, self.tr("For one hour"), self.pause_requested, PAUSE_HOUR)
        self._add(pause, self.tr("Until tomorrow"), self.pause_requested, PAUSE_TOMORROW)
        if paused:
            self._add(menu, self.tr("Resume reminders"), self.pause_requested, None)
        menu.addSeparator()
        self._add(menu, self.tr("Quit Relnote"), self.quit_requested)

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger, QSystemTrayIcon.ActivationReason.DoubleClick):
            self.open_requested.emit()


def _elide(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"
