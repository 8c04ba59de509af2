from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from relnote.core import autostart, reminder_rules
from relnote.core.errors import ValidationError

PARIS = ZoneInfo("Europe/Paris")
NOW = datetime(2026, 1, 15, 21, 30)  # 22:30 in Paris


def test_rules_are_kept_in_the_notebook(notebook):
    reminder_rules.set_quiet_hours(22, 7)
    reminder_rules.set_morning_summary_hour(8)
    rules = reminder_rules.load_rules()
    assert (rules.quiet_start, rules.quiet_end, rules.morning_summary_hour) == (22, 7, 8)
    assert rules.gratitude_hour == 20
    reminder_rules.set_quiet_hours(None, None)
    reminder_rules.set_morning_summary_hour(None)
    rules = reminder_rules.load_rules()
    assert (rules.quiet_start, rules.quiet_end, rules.morning_summary_hour) == (None, None, None)


@pytest.mark.parametrize("start, end", [(25, 7), (22, None), (-1, 3)])
def test_impossible_quiet_hours_are_refused(notebook, start, end):
    with pytest.raises(ValidationError):
        reminder_rules.set_quiet_hours(start, end)
    assert reminder_rules.load_rules().quiet_start is None


def test_pause_for_an_hour_until_tomorrow_and_resume(notebook):
    until = reminder_rules.pause_for_an_hour(NOW)
    assert until == datetime(2026, 1, 15, 22, 30)
    assert reminder_rules.is_paused(NOW)
    assert not reminder_rules.is_paused(until)
    tomorrow = reminder_rules.pause_until_tomorrow(NOW, PARIS)
    assert tomorrow == datetime(2026, 1, 16, 7, 0)  # 08:00 in Paris
    reminder_rules.resume()
    assert not reminder_rules.is_paused(NOW)


def test_start_at_login_writes_and_removes_an_autostart_entry(private_home):
    entry = autostart.enable(["/opt/my apps/relnote", "--data-dir", "/home/me/Relnote 100%"])
    assert entry == private_home / "config" / "autostart" / "relnote.desktop"
    text = entry.read_text()
    assert 'Exec="/opt/my apps/relnote" --data-dir "/home/me/Relnote 100%%" --hidden' in text
    assert "Type=Application" in text and "Name=Relnote" in text
    assert autostart.is_enabled()
    autostart.disable()
    assert not entry.exists() and not autostart.is_enabled()
