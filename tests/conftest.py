"""Each test gets its own data folder; nothing touches the real home."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("LANGUAGE", "en")

import pytest

from relnote.db.database import close_database, open_database
from relnote.paths import NotebookPaths, prepare, resolve_paths


@pytest.fixture(autouse=True)
def private_home(tmp_path, monkeypatch):
    """Point every platform folder and the notebook at the test's own temporary folder."""
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    for variable, folder in (("XDG_DATA_HOME", "data"), ("XDG_CONFIG_HOME", "config"),
                             ("XDG_STATE_HOME", "state"), ("XDG_CACHE_HOME", "cache")):
        monkeypatch.setenv(variable, str(home / folder))
    monkeypatch.setenv("RELNOTE_DATA_DIR", str(tmp_path / "notebook"))
    yield home
    close_database()


@pytest.fixture
def notebook_paths() -> NotebookPaths:
    paths = resolve_paths()
    prepare(paths)
    return paths


@pytest.fixture
def notebook(notebook_paths) -> NotebookPaths:
    """An open, empty notebook in the test's data folder."""
    open_database(notebook_paths.database)
    yield notebook_paths
    close_database()
