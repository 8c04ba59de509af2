"""A person's story: their moments and stage changes, newest first, one page at a time."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from relnote.db.database import database
from relnote.db.models import MomentPerson, Person

MOMENT = "moment"
STAGE_CHANGE = "stage_change"
ADDED = "added"

_STORY_SQL = """
SELECT * FROM (
    SELECT 'moment' AS event, m.happened_at AS at, m.id AS ref, m.kind AS kind,
           m.initiated_by AS initiated_by, m.summary AS summary, m.notes AS notes,
           '' AS from_stage, '' AS to_stage
      FROM moment m JOIN moment_person mp ON mp.moment_id = m.id
     WHERE mp.person_id = ?
    UNION ALL
    SELECT 'stage_change', sc.changed_at, sc.id, '', '', '', '', sc.from_stage, sc.to_stage
      FROM stage_change sc WHERE sc.person_id = ?
    UNION ALL
    SELECT 'added', p.created_at, p.id, '', '', '', '', '', '' FROM person p WHERE p.id = ?
) ORDER BY at DESC, event = 'added', ref DESC
LIMIT ? OFFSET ?
"""


@dataclass(frozen=True)
class StoryEvent:
    event: str
    at: datetime
    ref: int
    kind: str = ""
    initiated_by: str = ""
    summary: str = ""
    notes: str = ""
    from_stage: str = ""
    to_stage: str = ""
    with_others: tuple[str, ...] = ()


def _as_datetime(value) -> datetime:
    return value if isinstance(value, datetime) else datetime.fromisoformat(value)


def person_story(person_id: int, offset: int = 0, limit: int = 100) -> list[StoryEvent]:
    cursor = database.execute_sql(_STORY_SQL, (person_id, person_id, person_id, limit, offset))
    rows = cursor.fetchall()
    moment_ids = [row[2] for row in rows if row[0] == MOMENT]
    others = _others_in(moment_ids, person_id)
    return [
        StoryEvent(event, _as_datetime(at), ref, kind, initiated_by, summary, notes,
                   from_stage, to_stage, tuple(others.get(ref, ())) if event == MOMENT else ())
        for event, at, ref, kind, initiated_by, summary, notes, from_stage, to_stage in rows
    ]


def _others_in(moment_ids: list[int], person_id: int) -> dict[int, list[str]]:
    if not moment_ids:
        return {}
    query = (MomentPerson.select(MomentPerson.moment, Person.display_name).join(Person)
             .where(MomentPerson.moment.in_(moment_ids) & (MomentPerson.person != person_id))
             .order_by(Person.display_name))
    names: dict[int, list[str]] = {}
    for row in query.tuples():
        names.setdefault(row[0], []).append(row[1])
    return names


def story_length(person_id: int) -> int:
    moments = MomentPerson.select().where(MomentPerson.person == person_id).count()
    changes = database.execute_sql("SELECT COUNT(*) FROM stage_change WHERE person_id = ?",
                                   (person_id,)).fetchone()[0]
    return moments + changes + 1
