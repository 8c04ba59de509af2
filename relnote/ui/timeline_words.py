"""The words for a timeline event and for its day, week or month header."""

from __future__ import annotations

from datetime import date, tzinfo

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, QTime

from relnote.core.local_days import to_local
from relnote.core.settings_store import GROUP_BY_DAY, GROUP_BY_MONTH, GROUP_BY_WEEK
from relnote.db.timeline_queries import (
    ADDED, FOLLOW_UP, GRATITUDE, MOMENT, REFLECTION, STAGE_CHANGE, TimelineEvent,
)
from relnote.ui.formatting import date_time_edit_format, short_date_format
from relnote.ui.labels import initiator_phrase, moment_kind_label, stage_label


def _t(text: str) -> str:
    return QCoreApplication.translate("Timeline", text)


def header_label(period: date, grouping: str) -> str:
    locale = QLocale()
    qdate = QDate(period.year, period.month, period.day)
    if grouping == GROUP_BY_MONTH:
        return locale.toString(qdate, "MMMM yyyy")
    if grouping == GROUP_BY_WEEK:
        return _t("Week of %1").replace("%1", locale.toString(qdate, QLocale.FormatType.LongFormat))
    return locale.toString(qdate, QLocale.FormatType.LongFormat)


def _when(event: TimelineEvent, grouping: str | None, tz: tzinfo | None) -> str:
    """Under a day header the time is enough; elsewhere the date comes too."""
    locale = QLocale()
    local = to_local(event.at, tz)
    if event.event in (GRATITUDE, REFLECTION) and event.day is not None:
        day = QDate(event.day.year, event.day.month, event.day.day)
        if grouping == GROUP_BY_DAY:
            return ""
        if grouping in (GROUP_BY_WEEK, GROUP_BY_MONTH):
            return locale.toString(day, "ddd d")
        return locale.toString(day, short_date_format())
    if grouping == GROUP_BY_DAY:
        return locale.toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)
    if grouping in (GROUP_BY_WEEK, GROUP_BY_MONTH):
        return locale.toString(QDateTime(local), "ddd d · ") + locale.toString(
            QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)
    return locale.toString(QDateTime(local), date_time_edit_format())


def _names(people, leave_out: int | None) -> str:
    return QLocale().createSeparatedList([name for person_id, name in people if person_id != leave_out])


def describe_event(event: TimelineEvent, grouping: str | None, tz: tzinfo | None,
                   story_of: int | None = None) -> tuple[str, str]:
    """(title line, detail lines). In a person's story (`story_of`), they are not named again."""
    when = _when(event, grouping, tz)
    prefix = f"{when} · " if when else ""
    if event.event == MOMENT:
        title = prefix + moment_kind_label(event.kind) + (f" — {event.text}" if event.text else "")
        details = []
        others = _names(event.people, story_of)
        if others:
            details.append(_t("with %1").replace("%1", others))
        details.append(initiator_phrase(event.initiated_by))
        detail = " · ".join(details)
        return title, detail + (f"\n{event.notes}" if event.notes else "")
    if event.event == GRATITUDE:
        others = _names(event.people, story_of)
        # In someone's story the line is already about them: the others are named as well, not instead.
        words = _t("thanks to %1") if story_of is None else _t("also about %1")
        detail = words.replace("%1", others) if others else ""
        return prefix + _t("Gratitude — %1").replace("%1", event.text), detail
    if event.event == REFLECTION:
        return prefix + _t("Reflection"), event.text
    if event.event == FOLLOW_UP:
        title = prefix + _t("Follow-up done — %1").replace("%1", event.text)
        details = []
        others = _names(event.people, story_of)
        if others:
            details.append(_t("with %1").replace("%1", others))
        if event.expecting:
            details.append(_t("they were expecting to hear from me"))
        return title, " · ".join(details)
    if event.event == STAGE_CHANGE:
        change = _t("Stage: %1 → %2").replace("%1", stage_label(event.from_stage)).replace(
            "%2", stage_label(event.to_stage))
        who = _names(event.people, story_of)
        return prefix + (f"{who} · {change}" if who else change), ""
    if event.event == ADDED:
        who = _names(event.people, story_of)
        text = _t("%1 added to the notebook").replace("%1", who) if who else _t("Added to the notebook")
        return prefix + text, ""
    return prefix.rstrip(" ·"), ""
