"""Child program for the start-up benchmark: start a window, report when it is first painted.

    python -m tests.benchmarks.first_paint bare
    python -m tests.benchmarks.first_paint relnote DATA_DIR

Prints one JSON line: the wall-clock time of the first paint of the main window, and the resident
memory (RSS) at that moment and after SETTLE_MS more of the event loop. Then quits.

Only the main window is watched, from the moment it is shown: an application-wide Python event filter
would turn every event of the start into a Python object, which costs the programs measured more than
anything they do themselves (about 19 ms for the bare window alone).
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

SETTLE_MS = 1500


def resident_kib() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


class FirstPaint(QObject):
    def __init__(self, app: QApplication):
        super().__init__()
        self.app = app
        self.report: dict | None = None

    def watch(self, window: QMainWindow) -> None:
        window.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:
        if self.report is None and event.type() == QEvent.Type.Paint:
            self.report = {"painted_at": time.time(), "rss_at_paint_kib": resident_kib()}
            QTimer.singleShot(SETTLE_MS, self.finish)
        return False

    def finish(self) -> None:
        self.report["rss_settled_kib"] = resident_kib()
        print(json.dumps(self.report), flush=True)
        self.app.quit()


def main(argv: list[str]) -> int:
    app = QApplication(["relnote"])
    watcher = FirstPaint(app)
    show = QMainWindow.show

    def show_and_watch(window: QMainWindow) -> None:
        watcher.watch(window)
        show(window)

    QMainWindow.show = show_and_watch
    if argv[0] == "bare":
        window = QMainWindow()
        window.setCentralWidget(QLabel("Hello"))
        window.resize(1280, 800)
        window.show()
        return app.exec()
    from relnote.cli import main as relnote_main

    return relnote_main(["--data-dir", argv[1]])


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
