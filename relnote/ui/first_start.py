"""On the very first start of an empty notebook, the welcome and its three ways in."""

from __future__ import annotations

import logging
import subprocess

from PySide6.QtCore import QObject, QProcess, QSettings, Qt, Signal
from PySide6.QtWidgets import QApplication, QMessageBox

from relnote.db.people_queries import PeopleFilter, count_people
from relnote.paths import SAMPLE_FOLDER, NotebookPaths, resolve_paths
from relnote.ui.dialogs.welcome_dialog import IMPORT_FILE, START_EMPTY, TRY_SAMPLE, WelcomeDialog
from relnote.ui.launcher import relnote_command
from relnote.ui.translations import language_in_use

log = logging.getLogger("relnote.first_start")
SAMPLE_PEOPLE, SAMPLE_MOMENTS = 150, 2500


def needs_welcome(settings: QSettings) -> bool:
    welcomed = settings.value("app/welcomed", False, type=bool)
    return not welcomed and count_people(PeopleFilter()) == 0 and count_people(PeopleFilter(archived=True)) == 0


class FirstStart(QObject):
    sample_opened = Signal(str)

    def __init__(self, window, settings: QSettings, paths: NotebookPaths, parent=None):
        super().__init__(parent)
        self.window = window
        self.settings = settings
        self.paths = paths
        self._process: QProcess | None = None

    def welcome(self) -> str:
        dialog = WelcomeDialog(self.window)
        dialog.exec()
        self.settings.setValue("app/welcomed", True)
        self.settings.sync()
        if dialog.choice == IMPORT_FILE:
            self.window.import_file()
        elif dialog.choice == TRY_SAMPLE:
            self.open_sample_notebook()
        elif dialog.choice == START_EMPTY:
            self.window.quick_add()
        return dialog.choice

    def sample_folder(self):
        return self.paths.data_dir / SAMPLE_FOLDER

    def open_sample_notebook(self) -> None:
        """Fill a separate sample notebook once, then open it in its own window."""
        folder = self.sample_folder()
        if (folder / "relnote.db").exists():
            self._launch()
            return
        QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)  # a few seconds to make it
        self._speak_the_users_language_in(folder)
        self._process = QProcess(self)
        command = relnote_command(folder) + ["demo", "--people", str(SAMPLE_PEOPLE),
                                             "--moments", str(SAMPLE_MOMENTS)]
        self._process.finished.connect(self._sample_filled)
        self._process.start(command[0], command[1:])

    @staticmethod
    def _speak_the_users_language_in(folder) -> None:
        """The sample is written, and its window speaks, in the language of this window."""
        settings = QSettings(str(resolve_paths(folder).settings_file), QSettings.Format.IniFormat)
        settings.setValue("app/language", language_in_use())
        settings.sync()

    def _sample_filled(self, exit_code: int, _status) -> None:
        QApplication.restoreOverrideCursor()
        if exit_code != 0:
            error = bytes(self._process.readAllStandardError()).decode(errors="replace").strip()
            log.error("the sample notebook could not be made: %s", error)
            QMessageBox.warning(self.window, self.tr("Sample notebook"),
                                self.tr("The sample notebook could not be made: %1").replace("%1", error))
            return
        self._launch()

    def _launch(self) -> None:
        command = relnote_command(self.sample_folder())
        subprocess.Popen(command, start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        log.info("opened the sample notebook in %s", self.sample_folder())
        self.sample_opened.emit(str(self.sample_folder()))
