"""A moment still being written when Relnote is stopped (a shutdown, `kill`, Quit from the tray) is
kept in the notebook's settings and offered again the next time a moment is logged."""

from __future__ import annotations

import json

from PySide6.QtCore import QSettings

DRAFT_KEY = "drafts/moment"


def keep_moment_draft(settings: QSettings, draft: dict) -> None:
    settings.setValue(DRAFT_KEY, json.dumps(draft))
    settings.sync()  # the process is on its way out


def moment_draft(settings: QSettings) -> dict | None:
    """The moment kept at the last stop, or None (none, or unreadable: a hand-edited settings file)."""
    try:
        draft = json.loads(settings.value(DRAFT_KEY, "") or "null")
    except (TypeError, ValueError):
        return None
    return draft if isinstance(draft, dict) else None


def drop_moment_draft(settings: QSettings) -> None:
    settings.remove(DRAFT_KEY)
