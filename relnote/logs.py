"""Relnote's log: a file in the log folder (0600), rolled over when Relnote starts. No Qt here."""

from __future__ import annotations

import logging
import os
from pathlib import Path

from relnote.paths import PRIVATE_FILE_MODE, NotebookPaths

LOG_NAME = "relnote.log"
ROLL_OVER_BYTES = 1_000_000
OLDER_LOGS_KEPT = 3  # relnote.log.1 (the newest) to relnote.log.3


def log_file(paths: NotebookPaths) -> Path:
    return paths.log_dir / LOG_NAME


def start_logging(paths: NotebookPaths, level: int = logging.INFO) -> Path:
    target = log_file(paths)
    root = logging.getLogger("relnote")
    for earlier in [h for h in root.handlers if h.get_name() == LOG_NAME]:  # started again: one log
        root.removeHandler(earlier)
        earlier.close()
    roll_over_if_large(target)
    handler = logging.FileHandler(target, encoding="utf-8")
    handler.set_name(LOG_NAME)
    os.chmod(target, PRIVATE_FILE_MODE)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(level)
    return target


def roll_over_if_large(target: Path) -> None:
    """Past ROLL_OVER_BYTES, the log becomes relnote.log.1 and the older ones move down, the oldest
    dropped. Done at start rather than as the log is written: logging.handlers, which would do it then,
    costs the window's start about 10 ms (sockets, pickle), and a session writes a few lines a day."""
    try:
        if target.stat().st_size < ROLL_OVER_BYTES:
            return
        for number in range(OLDER_LOGS_KEPT - 1, 0, -1):
            older = target.with_name(f"{target.name}.{number}")
            if older.exists():
                os.replace(older, target.with_name(f"{target.name}.{number + 1}"))
        os.replace(target, target.with_name(f"{target.name}.1"))
    except OSError:
        pass  # no log yet, or a folder that cannot be changed: the log goes on where it is
