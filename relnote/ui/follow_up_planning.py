"""Plan a follow-up from anywhere: Today, the Journal, a person, or the Notebook menu."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtWidgets import QDialog, QWidget

from relnote.core import follow_ups
from relnote.core.people import load_profile
from relnote.ui.dialogs.follow_up_dialog import FollowUpDialog


def plan_follow_up(parent: QWidget, person_id: int | None, today: date,
                   clock: Callable[[], datetime]) -> int | None:
    """The follow-up dialog (due the day after `today` unless changed); the new follow-up's id, or
    None when the user cancelled."""
    person = (person_id, load_profile(person_id).display_name) if person_id is not None else None
    dialog = FollowUpDialog(parent, person, today=today)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return follow_ups.plan_follow_up(dialog.person_id(), dialog.reason(), dialog.due_at_utc(), clock(),
                                     dialog.expecting())
