"""Notebook settings kept in the notebook itself (the `setting` table), so they travel with it."""

from __future__ import annotations

from dataclasses import dataclass, fields, replace

from relnote.core.errors import ValidationError
from relnote.db.database import database
from relnote.db.models import Setting

GROUP_BY_DAY = "day"
GROUP_BY_WEEK = "week"
GROUP_BY_MONTH = "month"
TIMELINE_GROUPINGS = (GROUP_BY_DAY, GROUP_BY_WEEK, GROUP_BY_MONTH)


@dataclass(frozen=True)
class NotebookSettings:
    goal_new_people: int = 1
    goal_reconnections: int = 2
    weekends_keep_streak: bool = True
    gratitude_hour: int = 20
    timeline_grouping: str = GROUP_BY_DAY


def _problem(name: str, value) -> str | None:
    if name in ("goal_new_people", "goal_reconnections"):
        ok = isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= 99
        return None if ok else "not_a_small_number"
    if name == "gratitude_hour":
        ok = isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= 23
        return None if ok else "not_an_hour"
    if name == "timeline_grouping":
        return None if value in TIMELINE_GROUPINGS else "unknown_grouping"
    return None if isinstance(value, bool) else "not_yes_or_no"


def _check(settings: NotebookSettings) -> None:
    for field in fields(NotebookSettings):
        value = getattr(settings, field.name)
        problem = _problem(field.name, value)
        if problem:
            raise ValidationError(field.name, problem, value)


def _decode(kind: type, text: str):
    if kind is bool:
        return text == "1"
    return kind(text)


def _encode(value) -> str:
    if isinstance(value, bool):
        return "1" if value else "0"
    return str(value)


def load_settings() -> NotebookSettings:
    """The stored settings; a missing or unreadable value falls back to its default."""
    stored = {row.key: row.value for row in Setting.select()}
    defaults = NotebookSettings()
    values = {}
    for field in fields(NotebookSettings):
        default = getattr(defaults, field.name)
        try:
            value = _decode(type(default), stored[field.name])
        except (KeyError, ValueError):
            value = default
        values[field.name] = default if _problem(field.name, value) else value
    return NotebookSettings(**values)


def save_settings(settings: NotebookSettings) -> None:
    _check(settings)
    rows = [(field.name, _encode(getattr(settings, field.name))) for field in fields(NotebookSettings)]
    with database.atomic():
        Setting.insert_many(rows, fields=[Setting.key, Setting.value]).on_conflict_replace().execute()


def update_settings(**changes) -> NotebookSettings:
    settings = replace(load_settings(), **changes)
    save_settings(settings)
    return settings
