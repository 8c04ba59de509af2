"""Time in the notebook: stored as naive UTC to the second, shown in local time."""

from __future__ import annotations

from datetime import datetime, timezone


def utc_now() -> datetime:
    return datetime.now(timezone.utc).replace(tzinfo=None, microsecond=0)


def local_to_utc(local: datetime) -> datetime:
    """A naive local wall-clock time to naive UTC."""
    return local.astimezone(timezone.utc).replace(tzinfo=None, microsecond=0)


def utc_to_local(utc: datetime) -> datetime:
    """Naive UTC to naive local wall-clock time."""
    return utc.replace(tzinfo=timezone.utc).astimezone().replace(tzinfo=None)
