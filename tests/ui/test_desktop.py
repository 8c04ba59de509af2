"""Closing keeps Relnote in the tray; quitting quits; a clicked notification opens the right place."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtWidgets import QApplication, QSystemTrayIcon

from relnote.core import follow_ups, people
from relnote.core.clock import utc_now
from relnote.core.reminders import FOLLOW_UP, GRATITUDE, Reminder
from relnote.ui.desktop import Desktop


@pytest.fixture
def desktop_with_tray(qtbot, open_window, notebook_paths, monkeypatch):
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))
    quits = []
    monkeypatch.setattr(QApplication, "quit", staticmethod(lambda: quits.append(True)))
    window = open_window()
    desktop = Desktop(QApplication.instance(), window, window.settings, notebook_paths)
    desktop.quits = quits
    yield desktop
    desktop.reminders.stop()
    desktop.tray.hide()
    QApplication.instance().setQuitOnLastWindowClosed(True)


def test_closing_the_window_keeps_relnote_in_the_tray_with_a_notice_once(desktop_with_tray, qtbot, monkeypatch):
    desktop = desktop_with_tray
    notices = []
    monkeypatch.setattr(desktop.tray, "showMessage", lambda *args: notices.append(args[1]))
    desktop.window.close()
    assert not desktop.window.isVisible()
    assert desktop.quits == []
    desktop.show_window()
    desktop.window.close()
    assert len(notices) == 1
    assert "keeps running in the tray" in notices[0]


def test_quit_from_the_window_quits(desktop_with_tray, qtbot):
    desktop_with_tray.window.quit_action.trigger()
    assert desktop_with_tray.quits == [True]
    assert not desktop_with_tray.window.isVisible()


def test_a_clicked_follow_up_notification_opens_the_person(desktop_with_tray, qtbot):
    desktop = desktop_with_tray
    now = utc_now()
    claire = people.add_person("Claire", now)
    people.add_person("Anna", now)
    due = follow_ups.plan_follow_up(claire, "Send the quote", now - timedelta(minutes=1), now, expecting=True)
    shown = []
    desktop.tray.showMessage = lambda title, text, *rest: shown.append((title, text))
    desktop.reminders.check_now()
    assert shown == [("Follow up with Claire", "Send the quote\nThey are expecting to hear from you.")]
    desktop.window.show_page("journal")
    desktop.tray.messageClicked.emit()
    assert desktop.window.current_page() == "people"
    assert desktop.window.people_page.current_person_id() == claire
    assert desktop.tray.toolTip().startswith("Relnote — 1 follow-up due")
    desktop._done(due)
    assert desktop.tray.toolTip().startswith("Relnote — nothing due")


def test_several_reminders_become_one_summary(desktop_with_tray):
    desktop = desktop_with_tray
    reminders = [Reminder(FOLLOW_UP, 1, 1, "Claire", "Quote"), Reminder(FOLLOW_UP, 2, 2, "Paul", "Intro"),
                 Reminder(GRATITUDE)]
    title, text, target = desktop._words_for(reminders)
    assert title == "2 follow-ups due"
    assert text == "Claire: Quote\nPaul: Intro"
    assert target == ("today", None)


def test_a_follow_up_ticked_on_today_leaves_the_tray_at_once(desktop_with_tray):
    desktop = desktop_with_tray
    now = utc_now()
    claire = people.add_person("Claire", now)
    due = follow_ups.plan_follow_up(claire, "Send the quote", now - timedelta(minutes=1), now)
    desktop.refresh()
    assert desktop.tray.toolTip().startswith("Relnote — 1 follow-up due")
    desktop.window.show_page("today")
    follow_ups.mark_done(due, utc_now())
    desktop.window.today_page.due_list.changed.emit()
    assert desktop.tray.toolTip().startswith("Relnote — nothing due")


def test_the_sample_notebook_has_no_tray_icon_and_sends_no_reminders(qtbot, open_window, tmp_path, monkeypatch):
    from relnote.paths import SAMPLE_FOLDER, resolve_paths

    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: True))
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "relnote.db").write_bytes(b"")  # the user's own notebook, beside the sample
    sample = resolve_paths(tmp_path / "mine" / SAMPLE_FOLDER)
    assert sample.is_sample
    window = open_window()
    harry = people.add_person("Harry Hall, made up", utc_now() - timedelta(days=3))
    follow_ups.plan_follow_up(harry, "Follow up with a made-up person", utc_now() - timedelta(minutes=1), utc_now())
    desktop = Desktop(QApplication.instance(), window, window.settings, sample)
    shown = []
    monkeypatch.setattr(desktop, "_show_reminders", lambda reminders: shown.append(reminders))
    desktop.start(hidden=False)
    qtbot.waitUntil(lambda: window.windowTitle().startswith("Sample notebook"))
    assert desktop.tray is None and not window.keep_in_tray_on_close
    assert desktop.reminders.next_at is None and shown == []


def test_a_failed_daily_backup_is_told_in_the_window_until_dismissed_and_from_the_tray(
        desktop_with_tray, notebook_paths, qtbot, monkeypatch):
    from relnote.core import backups
    from relnote.core.backup_files import DISK_FULL, BackupError
    from relnote.ui.notebook_guard import start_daily_backup
    from relnote.ui.widgets import undo_bar

    desktop = desktop_with_tray
    people.add_person("Claire Martin", utc_now())

    def full_disk(_source, destination):
        raise BackupError(destination, DISK_FULL)

    monkeypatch.setattr(backups, "copy_notebook", full_disk)
    monkeypatch.setattr(undo_bar, "VISIBLE_MS", 50)
    task = start_daily_backup(notebook_paths, desktop.warn)
    bar = desktop.window.undo_bar
    qtbot.waitUntil(bar.isVisible, timeout=10_000)
    assert task is not None
    assert bar.message.text().startswith("Today's backup could not be made: the disk is full (")
    assert bar.message.geometry().bottom() < bar.height() and bar.geometry().bottom() < desktop.window.height()
    assert "Settings ▸ Backups can make one now" in bar.message.text()
    qtbot.wait(200)
    assert bar.isVisible()  # a warning stays until dismissed
    from tests.screenshots import save_screenshot
    save_screenshot(desktop.window, "relnote-daily-backup-failed.png")

    shown = []
    monkeypatch.setattr(desktop.tray, "supportsMessages", lambda: True)
    monkeypatch.setattr(desktop.tray, "showMessage", lambda title, text, icon, ms: shown.append((text, icon)))
    desktop.window.hide()
    desktop.warn("Today's backup of your notebook could not be made")
    assert shown == [("Today's backup of your notebook could not be made", QSystemTrayIcon.MessageIcon.Warning)]


def test_a_notebook_other_than_the_usual_one_is_named_in_the_tray(desktop_with_tray, notebook_paths):
    desktop_with_tray.refresh()
    assert desktop_with_tray.tray.toolTip().endswith(f"\nNotebook: {notebook_paths.data_dir}")


def test_the_usual_notebook_needs_no_name_in_the_tray(qtbot):
    from relnote.ui.tray import Tray

    tray = Tray()
    assert "Notebook:" not in tray.toolTip()
