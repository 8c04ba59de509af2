"""Open follow-ups as iCalendar: a VEVENT with a reminder alarm (what Google and iOS calendars read),
or a VTODO (Thunderbird, Apple Reminders)."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from relnote import __version__
from relnote.core.exporting.files import replacing_file
from relnote.core.exporting.vcard_export import escape, fold
from relnote.db import export_queries as q

EVENT_MINUTES = 15
ALARM_TRIGGER = "-PT15M"


def _stamp(stored) -> str:
    moment = stored if isinstance(stored, datetime) else datetime.fromisoformat(str(stored))
    return moment.strftime("%Y%m%dT%H%M%SZ")


def follow_up_component(row: tuple, now: datetime, as_todo: bool) -> list[str]:
    follow_up_id, _person_id, name, reason, due_at, expecting, _done, _notified, _created = row
    summary = f"{name} — {reason}"
    component = "VTODO" if as_todo else "VEVENT"
    lines = [f"BEGIN:{component}", f"UID:relnote-follow-up-{follow_up_id}@relnote.local",
             f"DTSTAMP:{_stamp(now)}"]
    if as_todo:
        lines += [f"DUE:{_stamp(due_at)}", "STATUS:NEEDS-ACTION"]
    else:
        start = datetime.fromisoformat(str(due_at))
        lines += [f"DTSTART:{_stamp(start)}", f"DTEND:{_stamp(start + timedelta(minutes=EVENT_MINUTES))}"]
    lines += [f"SUMMARY:{escape(summary)}", f"DESCRIPTION:{escape(reason)}"]
    if expecting:
        lines.append("PRIORITY:1")
    lines += ["BEGIN:VALARM", "ACTION:DISPLAY", f"TRIGGER:{ALARM_TRIGGER}",
              f"DESCRIPTION:{escape(summary)}", "END:VALARM", f"END:{component}"]
    return lines


def export_ical(path: Path, now: datetime, as_todo: bool = False) -> int:
    """The follow-ups not done yet; returns how many were written."""
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:-//Relnote//Relnote {__version__}//EN",
             "CALSCALE:GREGORIAN", "METHOD:PUBLISH"]
    written = 0
    with replacing_file(path, "utf-8", newline="") as stream:
        stream.write("\r\n".join(lines) + "\r\n")
        for row in q.follow_ups(open_only=True):
            stream.write("\r\n".join(fold(line) for line in follow_up_component(row, now, as_todo)) + "\r\n")
            written += 1
        stream.write("END:VCALENDAR\r\n")
    return written
