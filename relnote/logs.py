"""Relnote's log: a rotating file in the log folder (0600). No Qt here."""

from __future__ import annotations

import logging
import os
from logging.handlers import RotatingFileHandler
from pathlib import Path

from relnote.paths import PRIVATE_FILE_MODE, NotebookPaths

LOG_NAME = "relnote.log"


def log_file(paths: NotebookPaths) -> Path:
    return paths.log_dir / LOG_NAME


def start_logging(paths: NotebookPaths, level: int = logging.INFO) -> Path:
    target = log_file(paths)
    handler = RotatingFileHandler(target, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    os.chmod(target, PRIVATE_FILE_MODE)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger("relnote")
    root.handlers = [h for h in root.handlers if not isinstance(h, RotatingFileHandler)]
    root.addHandler(handler)
    root.setLevel(level)
    return target
