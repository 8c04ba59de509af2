"""Screenshots that tests keep for people to look at, in test-artifacts/ (or $RELNOTE_TEST_ARTIFACTS)."""

from __future__ import annotations

import os
from pathlib import Path

ARTIFACTS = Path(os.environ.get("RELNOTE_TEST_ARTIFACTS", Path(__file__).resolve().parents[1] / "test-artifacts"))


def artifact_path(name: str) -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS / name


def save_screenshot(widget, name: str) -> Path:
    target = artifact_path(name)
    widget.grab().save(str(target))
    return target
