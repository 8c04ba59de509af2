"""Relnote started as a user starts it, in a real X server with a tray host."""

from __future__ import annotations

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
        assert desktop.quit_with_ctrl_q(again, window) == 0
    assert (desktop.data_dir / "settings.ini").read_text().count("geometry") >= 1
