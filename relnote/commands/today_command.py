"""`relnote today`: the Today list in the terminal — follow-ups due, people going quiet, the daily goal."""

from __future__ import annotations

import argparse
import json
from datetime import datetime, tzinfo

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt

from relnote.commands.words import translated
from relnote.core import cadence, follow_ups, journal, settings_store
from relnote.core.clock import utc_now
from relnote.core.goals import goal_status
from relnote.core.local_days import to_local
from relnote.paths import NotebookPaths

NAME = "today"
SHOWN = 20  # of each list: a terminal is no report


def add_parser(commands) -> None:
    parser = commands.add_parser(
        NAME, help=translated("print what is due today, who is going quiet and the daily goal"))
    parser.add_argument("--json", action="store_true", help=translated("print one JSON object, for scripts"))


def _date(iso: str, form: QLocale.FormatType = QLocale.FormatType.ShortFormat) -> str:
    """A date of the report (ISO, as scripts read it) as the user's language writes it."""
    return QLocale().toString(QDate.fromString(iso, Qt.DateFormat.ISODate), form)


def _days(count: int) -> str:
    return QCoreApplication.translate("Terminal", "%Ln day(s)", "", count)


def _when(due_at: datetime, now: datetime, tz: tzinfo | None) -> str:
    due = to_local(due_at, tz)
    days = (to_local(now, tz).date() - due.date()).days
    if days > 0:
        return translated("due %1 ago").replace("%1", _days(days))
    return translated("today at %1").replace("%1", f"{due:%H:%M}")


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
    print(translated("Today, %1").replace("%1", _date(report["date"], QLocale.FormatType.LongFormat)))
    print()
    print(translated("Follow-ups due"))
    for item in report["follow_ups"][:SHOWN]:
        flag = " " + translated("(they expect to hear from you)") if item["expecting"] else ""
        print("  - " + translated("%1: %2").replace("%1", item["person"])
              .replace("%2", f"{item['reason']} — {item['when']}{flag}"))
    _more(len(report["follow_ups"]))
    if not report["follow_ups"]:
        print("  " + translated("nothing due today"))
    print()
    print(translated("Going quiet"))
    for item in report["going_quiet"][:SHOWN]:
        last = (translated("last moment %1").replace("%1", _date(item["last_moment"])) if item["last_moment"]
                else translated("no moment yet"))
        past = (translated("due %1 ago").replace("%1", _days(item["days_past"])) if item["days_past"]
                else translated("due today"))
        every = translated("every %1").replace("%1", _days(item["every_days"]))
        print("  - " + translated("%1: %2").replace("%1", item["person"]).replace("%2", f"{every}, {last}, {past}"))
    _more(len(report["going_quiet"]))
    if not report["going_quiet"]:
        print("  " + translated("no one"))
    print()
    print(goal_line(report["goal"]))
    if report["gratitude_prompt"]:
        print(translated("Evening: three gratitudes are waiting in the journal."))


def _more(listed: int) -> None:
    if listed > SHOWN:
        print("  " + translated("… and %1 more (relnote today --json lists them all)").replace(
            "%1", QLocale().toString(listed - SHOWN)))


def goal_line(goal: dict) -> str:
    parts = []
    if goal["new_people"][1]:
        parts.append(translated("new people %1/%2").replace("%1", str(goal["new_people"][0]))
                     .replace("%2", str(goal["new_people"][1])))
    if goal["reconnections"][1]:
        parts.append(translated("reconnections %1/%2").replace("%1", str(goal["reconnections"][0]))
                     .replace("%2", str(goal["reconnections"][1])))
    if not parts:
        return translated("Daily goal: not set")
    return (translated("Daily goal: %1 (%2); streak %3").replace("%1", ", ".join(parts))
            .replace("%2", translated("met") if goal["met"] else translated("under way"))
            .replace("%3", _days(goal["streak"])))


def run(args: argparse.Namespace, paths: NotebookPaths) -> int:
    report = today_report(utc_now())
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        print_report(report)
    return 0
