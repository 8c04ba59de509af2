"""Relnote in a real tray: reminders on time, closing keeps it there, one instance per notebook."""

from __future__ import annotations

from datetime import timedelta

import pytest

from relnote.core import follow_ups, people
from relnote.core.clock import utc_now
from relnote.db.database import close_database, database, open_database
from relnote.paths import prepare, resolve_paths

from tests.e2e.conftest import tray_icons, wait_until

pytestmark = pytest.mark.e2e


def plan_follow_up_in(data_dir, seconds: int) -> int:
    """A notebook with Claire in it, and a follow-up with her due in `seconds`."""
    paths = resolve_paths(data_dir)
    prepare(paths)
    open_database(paths.database)
    try:
        claire = people.add_person("Claire Martin", utc_now())
        return follow_ups.plan_follow_up(claire, "Send her the workshop notes",
                                         utc_now() + timedelta(seconds=seconds), utc_now(), expecting=True)
    finally:
        close_database()
        database.init(None)


def log_text(data_dir) -> str:
    log = data_dir / "logs" / "relnote.log"
    return log.read_text() if log.exists() else ""


def test_tray_reminder_close_to_tray_and_single_instance(desktop):
    follow_up = plan_follow_up_in(desktop.data_dir, seconds=6)
    with desktop.running() as program:
        window = desktop.wait_for_window("Relnote")
        wait_until(lambda: "Relnote" in tray_icons(desktop), 20, "the icon embedded in the tray")

        wait_until(lambda: f"reminder shown: follow_up {follow_up}" in log_text(desktop.data_dir), 40,
                   "the follow-up reminder")
        desktop.screenshot("e2e-tray-reminder.png")

        desktop.focus(window)
        desktop.keys("ctrl+w")
        wait_until(lambda: not desktop.tool("xdotool", "search", "--onlyvisible", "--name", "^Relnote$",
                                            check=False).strip(), 20, "the window to close")
        assert program.poll() is None, "closing the window must keep Relnote running in the tray"
        assert "Relnote" in tray_icons(desktop)

        second = desktop.start()
        assert second.wait(timeout=30) == 0, second.stderr.read()
        window = desktop.wait_for_window("Relnote", timeout=20)
        assert program.poll() is None
        assert "already open on this notebook" in log_text(desktop.data_dir)
        desktop.screenshot("e2e-tray-raised-again.png")
        assert desktop.quit_with_ctrl_q(program, window) == 0


def test_a_crashed_instance_does_not_block_the_next_start(desktop):
    plan_follow_up_in(desktop.data_dir, seconds=3600)
    with desktop.running() as first:
        desktop.wait_for_window("Relnote")
        first.kill()
        first.wait()
    assert (desktop.data_dir / "relnote.lock").exists()
    with desktop.running() as again:
        window = desktop.wait_for_window("Relnote", timeout=30)
        assert desktop.quit_with_ctrl_q(again, window) == 0
