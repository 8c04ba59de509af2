"""Relnote's log: private, and rolled over at start once it is large, keeping three older ones."""

from __future__ import annotations

import logging
import stat

from relnote import logs
from relnote.logs import log_file, start_logging


def test_the_log_is_private_and_rolled_over_at_start_when_large(notebook_paths, monkeypatch):
    monkeypatch.setattr(logs, "ROLL_OVER_BYTES", 100)
    target = log_file(notebook_paths)
    log = logging.getLogger("relnote.test")
    for start in range(5):
        start_logging(notebook_paths)
        log.info("start %d %s", start, "x" * 120)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert "start 4" in target.read_text()
    assert [target.with_name(f"relnote.log.{n}").read_text().count("start") for n in (1, 2, 3)] == [1, 1, 1]
    assert "start 3" in target.with_name("relnote.log.1").read_text()
    assert "start 1" in target.with_name("relnote.log.3").read_text()  # start 0 was dropped
    assert not target.with_name("relnote.log.4").exists()
    handlers = [h for h in logging.getLogger("relnote").handlers if h.get_name() == "relnote.log"]
    assert len(handlers) == 1  # started again, it writes once
    for handler in handlers:
        logging.getLogger("relnote").removeHandler(handler)
        handler.close()


def test_a_small_log_goes_on_in_the_same_file(notebook_paths):
    target = log_file(notebook_paths)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text("earlier line\n")
    start_logging(notebook_paths)
    logging.getLogger("relnote.test").info("later line")
    for handler in [h for h in logging.getLogger("relnote").handlers if h.get_name() == "relnote.log"]:
        handler.flush()
    assert target.read_text().startswith("earlier line\n") and "later line" in target.read_text()
    assert not target.with_name("relnote.log.1").exists()
    for handler in [h for h in logging.getLogger("relnote").handlers if h.get_name() == "relnote.log"]:
        logging.getLogger("relnote").removeHandler(handler)
        handler.close()
