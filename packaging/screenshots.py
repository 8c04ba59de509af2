"""Renders the README's screenshots from a sample notebook, offscreen: light and dark, English and French.

    .venv/bin/python packaging/screenshots.py        # writes packaging/screenshots/*.png
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "packaging" / "screenshots"
SHOTS = (("en", "light", "today"), ("en", "light", "people"), ("en", "dark", "timeline"),
         ("fr", "light", "journal"), ("fr", "dark", "today"))


def render(data_dir: Path, language: str, appearance: str, page: str, target: Path) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from relnote.app import create_application, open_settings
    from relnote.db.database import open_database
    from relnote.paths import prepare, resolve_paths
    from relnote.ui.main_window import MainWindow
    from relnote.ui.theme import Theme
    from relnote.ui.translations import install_translators

    paths = resolve_paths(data_dir)
    prepare(paths)
    open_database(paths.database)
    app = create_application()
    translators = install_translators(app, language)
    theme = Theme(app, appearance)
    window = MainWindow(open_settings(paths))
    window.resize(1280, 800)
    window.show()
    window.show_page(page)
    for _ in range(10):
        app.processEvents()
    from PySide6.QtCore import QThreadPool

    while page == "today" and window.today_page.is_reading():  # read in the background
        QThreadPool.globalInstance().waitForDone(50)
        app.processEvents()
    for _ in range(10):
        app.processEvents()
    window.grab().save(str(target))
    del translators, theme


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    if len(sys.argv) == 6 and sys.argv[1] == "--one":
        render(Path(sys.argv[2]), sys.argv[3], sys.argv[4], sys.argv[5].split(":")[0], Path(sys.argv[5].split(":")[1]))
        return 0
    with tempfile.TemporaryDirectory() as folder:
        subprocess.run([sys.executable, "-m", "relnote", "--data-dir", folder, "demo", "--people", "150",
                        "--moments", "2500"], check=True, capture_output=True)
        for language, appearance, page in SHOTS:
            target = OUT / f"{page}-{language}-{appearance}.png"
            subprocess.run([sys.executable, __file__, "--one", folder, language, appearance, f"{page}:{target}"],
                           check=True)
            print(target.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
