"""Read-only queries behind Today: who has a keep-in-touch rhythm, and the journey through stages."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from peewee import JOIN, fn

from relnote.db.database import database
from relnote.db.models import Person, PersonTag, StageChange, Tag
from relnote.db.text_folding import fold
from relnote.db.stored_times import as_datetime


@dataclass(frozen=True)
class CadenceCandidate:
    id: int
    display_name: str
    own_cadence: int | None
    smallest_tag_cadence: int | None
    last_moment_at: datetime | None
    created_at: datetime


_CADENCE_SQL = """
SELECT * FROM (
    SELECT p.id, p.display_name, p.cadence_days,
           (SELECT MIN(t.cadence_days) FROM person_tag pt JOIN tag t ON t.id = pt.tag_id
             WHERE pt.person_id = p.id AND t.cadence_days IS NOT NULL) AS tag_cadence,
           p.last_moment_at, p.created_at
      FROM person p WHERE p.archived_at IS NULL
) WHERE cadence_days IS NOT NULL OR tag_cadence IS NOT NULL
"""


def cadence_candidates() -> list[CadenceCandidate]:
    """People (not archived) with a rhythm of their own or from one of their tags."""
    return [CadenceCandidate(person_id, name, own, tag_cadence, as_datetime(last_moment_at),
                             as_datetime(created_at))
            for person_id, name, own, tag_cadence, last_moment_at, created_at
            in database.execute_sql(_CADENCE_SQL).fetchall()]


def tag_cadences() -> list[tuple[str, int | None, int]]:
    """Every tag with its default rhythm and how many people carry it, alphabetically."""
    query = (Tag.select(Tag.name, Tag.cadence_days, fn.COUNT(PersonTag.id))
             .join(PersonTag, JOIN.LEFT_OUTER).group_by(Tag.id))
    return sorted(query.tuples(), key=lambda row: fold(row[0]))


def stage_counts() -> dict[str, int]:
    query = Person.select(Person.stage, fn.COUNT(Person.id)).where(Person.archived_at.is_null()).group_by(Person.stage)
    return dict(query.tuples())


def stage_changes_since(since: datetime) -> list[tuple[int, str, str]]:
    query = (StageChange.select(StageChange.person, StageChange.from_stage, StageChange.to_stage)
             .join(Person).where((StageChange.changed_at >= since) & Person.archived_at.is_null())
             .order_by(StageChange.changed_at, StageChange.id))
    return list(query.tuples())


_ORIGINS_SQL = """
SELECT p.id, p.introduced_by_id, intro.display_name,
       CASE WHEN p.introduced_by_id IS NULL THEN
       (SELECT m.initiated_by FROM moment m JOIN moment_person mp ON mp.moment_id = m.id
         WHERE mp.person_id = p.id ORDER BY m.happened_at, m.id LIMIT 1) END
  FROM person p LEFT JOIN person intro ON intro.id = p.introduced_by_id
 WHERE p.archived_at IS NULL AND p.stage IN ({stages})
"""


def origins_of(stages: tuple[str, ...]) -> list[tuple[int, int | None, str | None, str | None]]:
    """For people at `stages`: (id, introducer id, introducer name, who reached out in the first moment)."""
    marks = ", ".join("?" for _ in stages)
    return list(database.execute_sql(_ORIGINS_SQL.format(stages=marks), stages).fetchall())
