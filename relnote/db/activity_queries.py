"""Counts per local day, computed by SQLite over a span where the UTC offset does not change."""

from __future__ import annotations

from datetime import date, datetime

from relnote.db.database import database

_MOMENTS_AND_RECONNECTIONS = """
SELECT date(m.happened_at, :shift) AS day,
       COUNT(DISTINCT m.id),
       COUNT(DISTINCT CASE WHEN p.created_at < datetime(date(m.happened_at, :shift), :unshift)
                                OR p.imported_at IS NOT NULL
                           THEN mp.person_id END)
  FROM moment m
  JOIN moment_person mp ON mp.moment_id = m.id
  JOIN person p ON p.id = mp.person_id
 WHERE m.happened_at >= :start AND m.happened_at < :end
 GROUP BY day
"""

_PEOPLE_ADDED = """
SELECT date(created_at, :shift) AS day, COUNT(*)
  FROM person WHERE created_at >= :start AND created_at < :end AND imported_at IS NULL
 GROUP BY day
"""


def _parameters(start: datetime, end: datetime, offset_seconds: int) -> dict:
    return {"start": str(start), "end": str(end), "shift": f"{offset_seconds:+d} seconds",
            "unshift": f"{-offset_seconds:+d} seconds"}


def moments_and_reconnections(start: datetime, end: datetime,
                              offset_seconds: int) -> dict[date, tuple[int, int]]:
    """Per local day in [start, end) (UTC, one offset): moments, and people met again — people met
    that day who were added on an earlier day or came in from a file, each counted once."""
    rows = database.execute_sql(_MOMENTS_AND_RECONNECTIONS, _parameters(start, end, offset_seconds))
    return {date.fromisoformat(day): (moments, reconnections) for day, moments, reconnections in rows}


def people_added(start: datetime, end: datetime, offset_seconds: int) -> dict[date, int]:
    """Per local day: people added by hand (not those that came in from a file)."""
    rows = database.execute_sql(_PEOPLE_ADDED, _parameters(start, end, offset_seconds))
    return {date.fromisoformat(day): count for day, count in rows}
