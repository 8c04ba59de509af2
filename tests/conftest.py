"""Each test gets its own data folder; nothing touches the real home."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path


def _offscreen_with_a_desktop_sized_screen() -> str:
    """Qt's offscreen screen is 800×800 by default; a 1920×1200 one fits Relnote's window."""
    config = os.path.join(tempfile.mkdtemp(prefix="relnote-tests-"), "screen.json")
    with open(config, "w") as handle:
        json.dump({"screens": [{"name": "desktop", "x": 0, "y": 0, "width": 1920, "height": 1200,
                                "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}, handle)
    return f"offscreen:configfile={config}"


os.environ.setdefault("QT_QPA_PLATFORM", _offscreen_with_a_desktop_sized_screen())
os.environ.setdefault("LANGUAGE", "en")

import pytest

from relnote.db.database import close_database, database, open_database
from relnote.paths import NotebookPaths, prepare, resolve_paths


@pytest.fixture(autouse=True)
def no_work_outlives_its_test():
    """Work a test's window was keeping for after its first paint is dropped with the test: it must not
    run in a later test, on a notebook that is no longer there."""
    yield
    if "relnote.ui.first_paint" not in sys.modules:
        return
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    from relnote.ui.first_paint import pending_after_first_paint

    for waiting in pending_after_first_paint(QApplication.topLevelWidgets()):
        waiting.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


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
    database.init(None)  # a later test must never reach this test's notebook


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


@pytest.fixture(scope="session")
def english_translations(qapp):
    """Relnote's own English translation (plural forms) and Qt's, for tests that look at windows."""
    from relnote.ui.translations import install_translators

    translators = install_translators(qapp, "en_GB")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


@pytest.fixture
def english_locale():
    from PySide6.QtCore import QLocale

    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))


@pytest.fixture(scope="session")
def compiled_french(tmp_path_factory) -> Path:
    import PySide6

    french = Path(__file__).resolve().parents[1] / "resources" / "translations" / "relnote_fr.ts"
    compiled = tmp_path_factory.mktemp("translations") / "relnote_fr.qm"
    lrelease = Path(PySide6.__file__).resolve().parent / "lrelease"
    subprocess.run([str(lrelease), "-silent", str(french), "-qm", str(compiled)], check=True, timeout=120)
    return compiled


@pytest.fixture
def french(qapp, compiled_french):
    """Relnote's compiled French translation and the French locale, as a French user starts it; windows
    made after this speak French."""
    from PySide6.QtCore import QLocale, QTranslator

    translator = QTranslator()
    assert translator.load(str(compiled_french))
    previous_locale = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.France))
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)
    QLocale.setDefault(previous_locale)


@pytest.fixture
def screen_room(monkeypatch):
    """`place(cls, room)`: windows of `cls` open on a screen whose free area (below the panel) is the QRect `room`."""

    def place(cls, room) -> None:
        class Screen:
            @staticmethod
            def availableGeometry():
                return room

        monkeypatch.setattr(cls, "screen", lambda self: Screen())

    return place
