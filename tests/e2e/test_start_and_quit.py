"""Relnote started as a user starts it, in a real X server with a tray host."""

from __future__ import annotations

import subprocess
import sys

import pytest

pytestmark = pytest.mark.e2e


def check_notebook(data_dir) -> str:
    return subprocess.run([sys.executable, "-m", "relnote", "--data-dir", str(data_dir), "check"],
                          capture_output=True, text=True, timeout=60, check=True).stdout


def test_window_opens_a_person_is_added_and_is_there_after_a_restart(desktop):
    with desktop.running() as program:
        window = desktop.wait_for_window("Relnote")
        desktop.focus(window)
        first = desktop.screenshot("e2e-empty-notebook.png")
        assert desktop.colours_in(first) > 20, "the screen looks blank"

        desktop.keys("ctrl+n")
        dialog = desktop.wait_for_window("Add a person")
        desktop.focus(dialog)
        desktop.type("Claire Martin")
        desktop.keys("Tab")
        desktop.type("Lyon coworking breakfast")
        desktop.screenshot("e2e-quick-add.png")
        desktop.keys("Return")
        desktop.focus(window)
        desktop.screenshot("e2e-person-added.png")
        assert desktop.quit_with_ctrl_q(program, window) == 0, program.stderr.read()
    assert "1 people" in check_notebook(desktop.data_dir)

    with desktop.running() as again:
        window = desktop.wait_for_window("Relnote")
        shot = desktop.screenshot("e2e-after-restart.png")
        assert desktop.colours_in(shot) > 20
        assert desktop.quit_with_ctrl_q(again, window) == 0
    assert (desktop.data_dir / "settings.ini").read_text().count("geometry") >= 1
