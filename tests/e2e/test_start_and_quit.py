"""Relnote started as a user starts it, in a real X server with a tray host."""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys

import pytest

pytestmark = pytest.mark.e2e


def check_notebook(data_dir) -> str:
    return subprocess.run([sys.executable, "-m", "relnote", "--data-dir", str(data_dir), "check"],
                          capture_output=True, text=True, timeout=60, check=True).stdout


PEOPLE = (("Claire Martin", "Lyon coworking breakfast"), ("Paul Durand", "BNI Villeurbanne"),
          ("Hélène Roussel", "Salon des indépendants"))


def add_person(desktop, window: str | None, name: str, where: str) -> None:
    if window is not None:
        desktop.focus(window)
        desktop.keys("ctrl+n")
    dialog = desktop.wait_for_window("Add a person")
    desktop.focus(dialog)
    desktop.type(name)
    desktop.keys("Tab")
    desktop.type(where)
    desktop.keys("Return")


def test_three_people_and_a_moment_are_there_after_a_restart(desktop):
    with desktop.running() as program:
        window = desktop.wait_for_window("Relnote")
        welcome = desktop.wait_for_window("Welcome to Relnote")
        first = desktop.screenshot("e2e-welcome.png")
        assert desktop.colours_in(first) > 20, "the screen looks blank"
        desktop.focus(welcome)
        desktop.keys("Return")  # "Start with an empty notebook" goes straight to adding someone
        add_person(desktop, None, *PEOPLE[0])
        for name, where in PEOPLE[1:]:
            add_person(desktop, window, name, where)
        desktop.focus(window)
        desktop.keys("ctrl+l")
        dialog = desktop.wait_for_window("Log a moment")
        desktop.focus(dialog)
        desktop.type("Coffee after the meetup, she wants to raise her rates")
        desktop.screenshot("e2e-log-a-moment.png")
        desktop.keys("Return")
        desktop.focus(window)
        desktop.screenshot("e2e-people-added.png")
        assert desktop.quit_with_ctrl_q(program, window) == 0, program.stderr.read()
    assert "3 people, 1 moment." in check_notebook(desktop.data_dir)

    with desktop.running() as again:
        window = desktop.wait_for_window("Relnote")
        shot = desktop.screenshot("e2e-after-restart.png")
        assert desktop.colours_in(shot) > 20
        add_person(desktop, window, "Inès", "Atelier photo")
        desktop.type(" Moreau")  # the cursor is in the new person's name, and the system shuts down at once
        again.send_signal(signal.SIGTERM)
        assert again.wait(timeout=30) == 0, again.stderr.read()
    assert "4 people, 1 moment." in check_notebook(desktop.data_dir)
    assert "Inès Moreau" in names_in(desktop.data_dir)
    assert (desktop.data_dir / "settings.ini").read_text().count("geometry") >= 1


def names_in(data_dir) -> list[str]:
    connection = sqlite3.connect(f"file:{data_dir / 'relnote.db'}?mode=ro", uri=True)
    try:
        return [name for (name,) in connection.execute("SELECT display_name FROM person")]
    finally:
        connection.close()
