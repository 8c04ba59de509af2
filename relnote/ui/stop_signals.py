"""A system shutdown or `kill` (SIGTERM), a closed terminal (SIGHUP) and Ctrl+C (SIGINT) stop Relnote
the way its Quit action does: what is still being typed is written first.

Python runs its signal handlers only between bytecodes, and Qt's event loop can sleep for minutes
in C++; the signal's byte on a socket wakes the loop up at once."""

from __future__ import annotations

import signal
import socket
from typing import Callable

from PySide6.QtCore import QObject, QSocketNotifier

STOP_SIGNALS = (signal.SIGTERM, signal.SIGHUP, signal.SIGINT)


class StopSignals(QObject):
    """Calls `stop` on the GUI thread when one of the stop signals arrives; `release` puts the
    previous handlers back."""

    def __init__(self, stop: Callable[[], None], parent: QObject | None = None):
        super().__init__(parent)
        self._stop = stop
        self._reader, self._writer = socket.socketpair()
        for end in (self._reader, self._writer):
            end.setblocking(False)
        self._previous_wakeup = signal.set_wakeup_fd(self._writer.fileno())
        self._previous = {number: signal.signal(number, _note_only) for number in STOP_SIGNALS}
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._arrived)

    def _arrived(self) -> None:
        try:
            received = self._reader.recv(64)
        except BlockingIOError:
            return
        if any(byte in STOP_SIGNALS for byte in received):
            self._stop()

    def release(self) -> None:
        self._notifier.setEnabled(False)
        for number, handler in self._previous.items():
            signal.signal(number, handler)
        signal.set_wakeup_fd(self._previous_wakeup)
        self._reader.close()
        self._writer.close()


def _note_only(_number, _frame) -> None:
    """The socket already woke the event loop; there is nothing left to do here."""
