"""One timer, armed for the next reminder instant; a coarse check notices clock jumps and wake-ups."""

from __future__ import annotations

import logging
import time
from datetime import datetime
from typing import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from relnote.core.clock import utc_now
from relnote.core.reminder_rules import load_rules
from relnote.core.reminders import mark_shown, next_reminder_at, pending_reminders

log = logging.getLogger("relnote.reminders")

WALL_CLOCK_CHECK_MS = 60_000
JUMP_TOLERANCE_S = 20.0
MAX_TIMER_MS = 6 * 3600 * 1000


class ReminderService(QObject):
    """Emits `due(reminders)` once for each batch of reminders that comes due."""

    due = Signal(list)

    def __init__(self, clock: Callable[[], datetime] = utc_now, parent=None):
        super().__init__(parent)
        self._clock = clock
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.check_now)
        self._wall_check = QTimer(self)
        self._wall_check.setInterval(WALL_CLOCK_CHECK_MS)
        self._wall_check.timeout.connect(self._check_wall_clock)
        self._offset = self._wall_minus_monotonic()
        self.next_at: datetime | None = None

    def start(self) -> None:
        self._wall_check.start()
        self.check_now()

    def stop(self) -> None:
        self._timer.stop()
        self._wall_check.stop()

    def check_now(self) -> None:
        """Show whatever is due, then arm the timer for the next instant."""
        now = self._clock()
        reminders = pending_reminders(now, load_rules())
        if reminders:
            mark_shown(reminders, now)
            for reminder in reminders:
                log.info("reminder shown: %s %s", reminder.kind, reminder.follow_up_id or "")
            self.due.emit(reminders)
        self.reschedule()

    def reschedule(self) -> None:
        now = self._clock()
        self.next_at = next_reminder_at(now, load_rules())
        if self.next_at is None:
            self._timer.stop()
            return
        wait_ms = int(max(0.0, (self.next_at - now).total_seconds()) * 1000)
        self._timer.start(min(wait_ms, MAX_TIMER_MS) + (0 if wait_ms == 0 else 250))

    def armed_in_ms(self) -> int:
        return self._timer.remainingTime() if self._timer.isActive() else -1

    @staticmethod
    def _wall_minus_monotonic() -> float:
        return time.time() - time.monotonic()

    def _check_wall_clock(self) -> None:
        offset = self._wall_minus_monotonic()
        if abs(offset - self._offset) > JUMP_TOLERANCE_S:
            log.info("the wall clock moved by %.0f s (sleep or clock change); checking reminders", offset - self._offset)
            self._offset = offset
            self.check_now()

