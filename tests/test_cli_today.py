"""`relnote today` in a terminal and for scripts: the same list as the Today page."""

import json
import subprocess
import sys
from datetime import timedelta

from relnote.core import follow_ups, people
from relnote.core.clock import utc_now
from relnote.db.database import close_database, open_database


def relnote(*args):
    return subprocess.run([sys.executable, "-m", "relnote", *args], capture_output=True, text=True, timeout=60)


def test_today_lists_follow_ups_expected_first_and_who_is_going_quiet(notebook):
    now = utc_now()
    anne = people.add_person("Anne Morel", now - timedelta(days=40), cadence_days=14)
    bruno = people.add_person("Bruno Petit", now - timedelta(days=2))
    follow_ups.plan_follow_up(anne, "Send the article she asked for", now - timedelta(days=2), now)
    follow_ups.plan_follow_up(bruno, "Call back about the workshop", now - timedelta(minutes=5), now, expecting=True)
    follow_ups.plan_follow_up(bruno, "Next month", now + timedelta(days=30), now)
    close_database()

    result = relnote("--data-dir", str(notebook.database.parent), "today")
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert out.index("Bruno Petit: Call back about the workshop") < out.index("Anne Morel: Send the article")
    assert "(they expect to hear from you)" in out
    assert "due 2 days ago" in out
    assert "Next month" not in out
    assert "Anne Morel: every 14 days, no moment yet, due 26 days ago" in out
    assert "Daily goal: new people 0/1, reconnections 0/2 (under way); streak 0 days" in out


def test_today_as_json_for_scripts(notebook):
    now = utc_now()
    anne = people.add_person("Anne Morel", now - timedelta(days=1))
    follow_ups.plan_follow_up(anne, "Thank her", now - timedelta(minutes=1), now, expecting=True)
    close_database()
    result = relnote("--data-dir", str(notebook.database.parent), "today", "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert [(item["person"], item["reason"], item["expecting"]) for item in report["follow_ups"]] == [
        ("Anne Morel", "Thank her", True)]
    assert report["going_quiet"] == []
    assert report["goal"]["new_people"] == [0, 1] and report["goal"]["met"] is False
    open_database(notebook.database)


def test_a_long_list_shows_the_first_twenty_and_counts_the_rest(notebook):
    now = utc_now()
    for number in range(25):
        people.add_person(f"Quiet {number:02}", now - timedelta(days=60 + number), cadence_days=14)
    close_database()
    out = relnote("--data-dir", str(notebook.database.parent), "today").stdout
    assert out.count("  - Quiet ") == 20
    assert "  … and 5 more (relnote today --json lists them all)" in out
    full = json.loads(relnote("--data-dir", str(notebook.database.parent), "today", "--json").stdout)
    assert len(full["going_quiet"]) == 25
    open_database(notebook.database)
