"""The daily goal (e.g. meet one new person, reconnect with two), today's progress and the streak.

A goal changed today counts from today on: the days before keep the goal they had, so raising it never
wipes out a streak and lowering it never adds days that did not meet it then."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo

from relnote.core.activity import DayActivity, daily_activity
from relnote.core.local_days import to_local
from relnote.core.settings_store import NotebookSettings, load_settings, save_settings
from relnote.db.database import database
from relnote.db.models import Setting

SATURDAY = 5
LOOK_BACK_DAYS = 56
LONGEST_STREAK_SEARCHED = 400  # beyond that, "more than a year" says it all
HISTORY_KEY = "goal_history"  # lines of "from-date new-people reconnections", oldest first


@dataclass(frozen=True)
class DailyGoal:
    new_people: int = 1
    reconnections: int = 2

    @property
    def is_set(self) -> bool:
        return self.new_people > 0 or self.reconnections > 0

    def met_by(self, day: DayActivity) -> bool:
        """Either part meets the day: one new person *or* two reconnections, not a quota of both."""
        return ((self.new_people > 0 and day.new_people >= self.new_people)
                or (self.reconnections > 0 and day.reconnections >= self.reconnections))


@dataclass(frozen=True)
class GoalStatus:
    goal: DailyGoal
    today: date
    new_people: int
    reconnections: int
    met_today: bool
    streak: int
    weekends_keep_streak: bool


def count_streak(is_met: Callable[[date], bool], today: date, weekends_keep_streak: bool) -> int:
    """Days in a row the goal was met, ending today — or yesterday while today is still under way.

    With `weekends_keep_streak`, a Saturday or Sunday without the goal is passed over: it neither
    breaks the streak nor adds to it (a weekend day that meets the goal still counts).
    """
    day = today if is_met(today) else today - timedelta(days=1)
    streak = 0
    for _ in range(LONGEST_STREAK_SEARCHED):
        if is_met(day):
            streak += 1
        elif not (weekends_keep_streak and day.weekday() >= SATURDAY):
            break
        day -= timedelta(days=1)
    return streak


def _goal_of(settings: NotebookSettings) -> DailyGoal:
    return DailyGoal(settings.goal_new_people, settings.goal_reconnections)


def goal_history() -> list[tuple[date, DailyGoal]]:
    """(first day, goal) for each goal the user has had, oldest first; empty until the goal first changes."""
    row = Setting.get_or_none(Setting.key == HISTORY_KEY)
    history = []
    for line in (row.value if row else "").splitlines():
        try:
            start, new_people, reconnections = line.split()
            history.append((date.fromisoformat(start), DailyGoal(int(new_people), int(reconnections))))
        except ValueError:
            continue  # a line this Relnote cannot read leaves the others as they are
    return history


def save_practice(settings: NotebookSettings, today: date) -> None:
    """Save the daily practice; a new goal applies from `today` (the user's local day) on."""
    with database.atomic():
        before, after = _goal_of(load_settings()), _goal_of(settings)
        if after != before:
            history = goal_history() or [(date.min, before)]
            history = [entry for entry in history if entry[0] < today] + [(today, after)]
            text = "\n".join(f"{start.isoformat()} {goal.new_people} {goal.reconnections}" for start, goal in history)
            Setting.insert(key=HISTORY_KEY, value=text).on_conflict_replace().execute()
        save_settings(settings)


def goal_on(history: list[tuple[date, DailyGoal]], current: DailyGoal) -> Callable[[date], DailyGoal]:
    def goal(day: date) -> DailyGoal:
        for start, chosen in reversed(history):
            if start <= day:
                return chosen
        return current
    return goal


class _MetDays:
    """Answers "was the day's goal met that day?", reading the notebook a few weeks at a time."""

    def __init__(self, goal: Callable[[date], DailyGoal], tz: tzinfo | None):
        self.goal = goal
        self.tz = tz
        self.days: dict[date, DayActivity] = {}

    def activity(self, day: date) -> DayActivity:
        if day not in self.days:
            self.days.update(daily_activity(day - timedelta(days=LOOK_BACK_DAYS - 1), day, self.tz))
        return self.days[day]

    def __call__(self, day: date) -> bool:
        return self.goal(day).met_by(self.activity(day))


def goal_status(now: datetime, settings: NotebookSettings, tz: tzinfo | None = None) -> GoalStatus:
    goal = _goal_of(settings)
    today = to_local(now, tz).date()
    history = goal_history()
    met_days = _MetDays(goal_on(history + [(today, goal)], goal), tz)  # today's goal is the one set now
    progress = met_days.activity(today)
    streak = count_streak(met_days, today, settings.weekends_keep_streak) if goal.is_set else 0
    return GoalStatus(goal, today, progress.new_people, progress.reconnections, goal.met_by(progress),
                      streak, settings.weekends_keep_streak)
