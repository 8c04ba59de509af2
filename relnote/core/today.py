"""Everything the Today page shows, read at once: a plain value a background thread can build."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, tzinfo

from relnote.core import cadence, follow_ups, journal, settings_store
from relnote.core.activity import WeekActivity, weekly_activity
from relnote.core.cadence import QuietPerson
from relnote.core.follow_ups import FollowUpRow
from relnote.core.goals import GoalStatus, goal_status
from relnote.core.journey import Journey, journey


@dataclass(frozen=True)
class TodaySnapshot:
    now: datetime
    gratitude_due: bool
    due: list[FollowUpRow]
    next_up: FollowUpRow | None  # the first follow-up due after today
    going_quiet: list[QuietPerson]
    goal: GoalStatus
    weeks: list[WeekActivity]
    journey: Journey


def today_snapshot(now: datetime, tz: tzinfo | None = None, weeks: int = 12) -> TodaySnapshot:
    settings = settings_store.load_settings()
    return TodaySnapshot(
        now=now,
        gratitude_due=journal.gratitude_prompt_due(now, settings.gratitude_hour, tz),
        due=follow_ups.due_follow_ups(now, tz),
        next_up=follow_ups.next_follow_up(now, tz),
        going_quiet=cadence.going_quiet(now, tz=tz),
        goal=goal_status(now, settings, tz),
        weeks=weekly_activity(now, weeks, tz),
        journey=journey(now),
    )
