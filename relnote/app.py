"""Wires the window: application, log, one instance per notebook, translations, notebook, tray."""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QSettings, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication

from relnote import __version__
from relnote.db import people_rows
from relnote.logs import start_logging
from relnote.paths import NotebookPaths
from relnote.ui.error_handler import ErrorHandler
from relnote.ui.lazy_modules import load_waiting_modules
from relnote.ui.models.people_model import PAGE_SIZE
from relnote.ui.notebook_guard import check_before_opening, open_notebook, start_background_check, start_daily_backup
from relnote.ui.resources import give_the_application_its_icon
from relnote.ui.single_instance import SingleInstance
from relnote.ui.translations import install_translators

log = logging.getLogger("relnote.app")
BACKGROUND_WORK_GRACE_MS = 60_000


def create_application(argv: list[str] | None = None, with_icon: bool = True) -> QApplication:
    """`with_icon=False`: the window's start gives the icon after its first paint."""
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("Relnote")
    app.setApplicationDisplayName("Relnote")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("relnote")
    if with_icon:
        give_the_application_its_icon()
    return app


def open_settings(paths: NotebookPaths) -> QSettings:
    return QSettings(str(paths.settings_file), QSettings.Format.IniFormat)


def run_window(paths: NotebookPaths, hidden: bool = False) -> int:
    app = create_application(with_icon=False)
    start_logging(paths)
    instance = SingleInstance(paths)
    if not instance.claim():
        if instance.ask_running_instance_to_show():
            log.info("Relnote is already open on this notebook; asked it to show itself")
            return 0
        print(f"relnote: another Relnote holds the notebook {paths.data_dir} but does not answer.",
              file=sys.stderr)
        return 1
    settings = open_settings(paths)
    translators = install_translators(app, settings.value("app/language", "") or None)
    start_hidden = hidden or settings.value("tray/start_hidden", False, type=bool)
    if not check_before_opening(paths):
        instance.release()
        return 2
    from relnote.ui.main_window import MainWindow, opening_page

    # The window can show the People list read straight from the file, and open the notebook (loading
    # the database layer) just after its first paint; otherwise the notebook is opened first.
    first_page = None
    if not start_hidden and opening_page(settings) == "people":
        first_page = people_rows.first_page(paths.database, PAGE_SIZE + 1)
    if first_page is None and not open_notebook(paths):
        instance.release()
        return 2

    from relnote.ui.first_paint import after_first_paint
    from relnote.ui.theme import SYSTEM, Theme

    theme = Theme(app, settings.value("app/appearance", SYSTEM))
    window = MainWindow(settings, first_page)
    error_handler = ErrorHandler(window, paths, parent=window)
    error_handler.install()
    kept = []  # the tray and its reminders, the quick check of a large notebook, the daily backup
    stop_signals = []  # a shutdown or `kill` quits like the Quit action, once the window is there

    def after_showing() -> None:
        if first_page is not None:
            if not open_notebook(paths):  # it was read a moment ago: this is rare, and said plainly
                app.exit(2)
                return
            QTimer.singleShot(0, window, window.notebook_opened)  # apart: a fault there leaves the tray be
        load_waiting_modules()
        from relnote.ui.desktop import Desktop  # loaded after the window's first paint
        from relnote.ui.stop_signals import StopSignals

        give_the_application_its_icon()
        theme.follow_system()
        desktop = Desktop(app, window, settings, paths, theme, parent=window)
        instance.show_requested.connect(desktop.show_window)
        instance.listen()
        desktop.start(hidden=start_hidden)
        stop_signals.append(StopSignals(window.quit))
        kept.extend((desktop, start_background_check(paths), start_daily_backup(paths, desktop.warn)))

    if start_hidden:
        after_showing()
    else:
        window.show()
        after_first_paint(window, after_showing)  # the window first; the work that can wait, just after
    log.info("Relnote %s started on %s", __version__, paths.database)
    try:
        return app.exec()
    finally:
        log.info("Relnote quit")
        QThreadPool.globalInstance().waitForDone(BACKGROUND_WORK_GRACE_MS)  # a backup under way completes
        error_handler.uninstall()
        for handler in stop_signals:
            handler.release()
        kept.clear()
        del translators
        from relnote.db.database import close_database

        close_database()
        instance.release()
        from relnote.ui.restart import restart_requested, start_again

        if restart_requested():
            start_again(paths)
