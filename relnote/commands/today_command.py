"""`relnote today`: the Today list in the terminal — follow-ups due, people going quiet, the daily goal."""

from __future__ import annotations

import argparse
import json
from datetime import datetime, tzinfo

from relnote.commands.words import plural
from relnote.core import cadence, follow_ups, journal, settings_store
from relnote.core.clock import utc_now
from relnote.core.goals import goal_status
from relnote.core.local_days import to_local
from relnote.paths import NotebookPaths

NAME = "today"


def add_parser(commands) -> None:
    parser = commands.add_parser(NAME, help="print what is due today, who is going quiet and the daily goal")
    parser.add_argument("--json", action="store_true", help="print one JSON object, for scripts")


def _when(due_at: datetime, now: datetime, tz: tzinfo | None) -> str:
    due = to_local(due_at, tz)
    days = (to_local(now, tz).date() - due.date()).days
    if days > 0:
        return f"overdue by {plural(days, 'day', 'days')}"
    return f"today at {due:%H:%M}"


def today_report(now: datetime, tz: tzinfo | None = None) -> dict:
    settings = settings_store.load_settings()
    status = goal_status(now, settings, tz)
    return {
        "date": status.today.isoformat(),
        "follow_ups": [
            {"id": row.id, "person": row.person_name, "person_id": row.person_id, "reason": row.reason,
             "due": to_local(row.due_at, tz).isoformat(timespec="minutes"), "expecting": row.expecting,
             "when": _when(row.due_at, now, tz)}
            for row in follow_ups.due_follow_ups(now, tz)],
        "going_quiet": [
            {"person": person.display_name, "person_id": person.id, "every_days": person.cadence_days,
             "days_past": person.days_overdue,
             "last_moment": to_local(person.last_moment_at, tz).date().isoformat() if person.last_moment_at else None}
            for person in cadence.going_quiet(now)],
        "goal": {"new_people": [status.new_people, status.goal.new_people],
                 "reconnections": [status.reconnections, status.goal.reconnections],
                 "met": status.met_today, "streak": status.streak},
        "gratitude_prompt": journal.gratitude_prompt_due(now, settings.gratitude_hour, tz),
    }


def print_report(report: dict) -> None:
    print(f"Today, {report['date']}")
    print()
    print("Follow-ups due")
    for item in report["follow_ups"]:
        flag = " (they expect to hear from you)" if item["expecting"] else ""
        print(f"  - {item['person']}: {item['reason']} — {item['when']}{flag}")
    if not report["follow_ups"]:
        print("  nothing due today")
    print()
    print("Going quiet")
    for item in report["going_quiet"]:
        last = f"last moment {item['last_moment']}" if item["last_moment"] else "no moment yet"
        past = f"{plural(item['days_past'], 'day', 'days')} overdue" if item["days_past"] else "due today"
        print(f"  - {item['person']}: every {plural(item['every_days'], 'day', 'days')}, {last}, {past}")
    if not report["going_quiet"]:
        print("  no one")
    print()
    goal = report["goal"]
    parts = []
    if goal["new_people"][1]:
        parts.append(f"new people {goal['new_people'][0]}/{goal['new_people'][1]}")
    if goal["reconnections"][1]:
        parts.append(f"reconnections {goal['reconnections'][0]}/{goal['reconnections'][1]}")
    if parts:
        done = "met" if goal["met"] else "under way"
        print(f"Daily goal: {', '.join(parts)} ({done}); streak {plural(goal['streak'], 'day', 'days')}")
    else:
        print("Daily goal: not set")
    if report["gratitude_prompt"]:
        print("Evening: three gratitudes are waiting in the journal.")


def run(args: argparse.Namespace, paths: NotebookPaths) -> int:
    report = today_report(utc_now())
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        print_report(report)
    return 0
