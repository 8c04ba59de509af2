"""The Backups tab of Settings: the copies kept, one made now, one put back.

Restoring replaces the file under the open window, so Relnote restarts on the restored notebook
afterwards: every page then shows it as it is, with nothing left over from the replaced one.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QT_TRANSLATE_NOOP, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView, QHBoxLayout, QHeaderView, QLabel, QMessageBox, QPushButton, QTreeWidget,
    QTreeWidgetItem, QVBoxLayout, QWidget,
)

from relnote.core import backups
from relnote.core.backup_files import BackupError
from relnote.core.clock import utc_now
from relnote.db.database import close_database, database, open_database
from relnote.paths import NotebookPaths
from relnote.ui import restart
from relnote.ui.background import BackgroundTask
from relnote.ui.formatting import local_date_time, number
from relnote.ui.problem_words import problem_words

log = logging.getLogger("relnote.backups")
REASON_WORDS = {
    backups.DAILY: QT_TRANSLATE_NOOP("BackupsPanel", "Daily"),
    backups.BEFORE_IMPORT: QT_TRANSLATE_NOOP("BackupsPanel", "Before an import"),
    backups.BEFORE_UPGRADE: QT_TRANSLATE_NOOP("BackupsPanel", "Before an upgrade"),
    backups.MANUAL: QT_TRANSLATE_NOOP("BackupsPanel", "Made by you"),
    backups.BEFORE_RESTORE: QT_TRANSLATE_NOOP("BackupsPanel", "Before a restore"),
}
COLUMNS = (QT_TRANSLATE_NOOP("BackupsPanel", "Made"), QT_TRANSLATE_NOOP("BackupsPanel", "Why"),
           QT_TRANSLATE_NOOP("BackupsPanel", "People"), QT_TRANSLATE_NOOP("BackupsPanel", "Size"))
WHY, COUNTS = 1, (2, 3)  # the counts are right-aligned, their headings with them
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
COUNT_GAP = 16  # px before a count, so that "4" and "212 KB" side by side never read as "4 212 KB"


def _tr(text: str) -> str:
    return QCoreApplication.translate("BackupsPanel", text)


def reason_words(backup: backups.Backup) -> str:
    """"Before importing contacts.csv" when the copy knows the file, else "Before an import"."""
    if backup.reason == backups.BEFORE_IMPORT and backup.note:
        return _tr("Before importing %1").replace("%1", backup.note)
    return _tr(REASON_WORDS[backup.reason])


def size_words(size: int) -> str:
    if size >= 1024 * 1024:
        return _tr("%1 MB").replace("%1", QLocale().toString(size / (1024 * 1024), "f", 1))
    return _tr("%1 KB").replace("%1", number(max(1, round(size / 1024))))


class BackupsPanel(QWidget):
    backup_made = Signal(object)
    restored = Signal(object)

    def __init__(self, paths: NotebookPaths, parent=None):
        super().__init__(parent)
        self.paths = paths
        self._task: BackgroundTask | None = None
        intro = QLabel(self.tr("Relnote backs up your notebook once a day when it starts, and before every "
                               "import and upgrade. It keeps the last 7 daily copies, one a week for 4 weeks "
                               "and the last 5 made before an import."))
        intro.setWordWrap(True)
        self.table = QTreeWidget()
        self.table.setAccessibleName(self.tr("Backups"))
        self.table.setRootIsDecorated(False)
        self.table.setUniformRowHeights(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setHeaderLabels([_tr(column) for column in COLUMNS])
        header = self.table.header()
        header.setStretchLastSection(False)  # the reason takes the room left, the sizes stay by their heading
        for column in range(len(COLUMNS)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(WHY, QHeaderView.ResizeMode.Stretch)
        for column in COUNTS:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)  # fitted in reload()
            self.table.headerItem().setTextAlignment(column, RIGHT)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.backup_button = QPushButton(self.tr("Back up now"))
        self.backup_button.clicked.connect(self.back_up_now)
        self.restore_button = QPushButton(self.tr("Restore…"))
        self.restore_button.clicked.connect(self.restore_selected)
        self.folder_button = QPushButton(self.tr("Open the folder"))
        self.folder_button.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.paths.backups_dir))))
        self.status = QLabel()
        self.status.setWordWrap(True)
        buttons = QHBoxLayout()
        for button in (self.backup_button, self.restore_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.folder_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        self.reload()

    def reload(self, select: Path | None = None) -> None:
        self.table.clear()
        for backup in backups.list_backups(self.paths):
            people = number(backup.people) if backup.readable else self.tr("unreadable")
            item = QTreeWidgetItem([local_date_time(backup.made_at), reason_words(backup),
                                    people, size_words(backup.size)])
            item.setData(0, Qt.ItemDataRole.UserRole, backup)
            item.setToolTip(WHY, reason_words(backup))  # a long file name is cut short in the column
            for column in COUNTS:
                item.setTextAlignment(column, RIGHT)
            self.table.addTopLevelItem(item)
            if backup.path == select:
                item.setSelected(True)
        header = self.table.header()
        for column in COUNTS:
            fitted = max(header.sectionSizeFromContents(column).width(), self.table.sizeHintForColumn(column))
            header.resizeSection(column, fitted + COUNT_GAP)
        if self.table.topLevelItemCount() == 0:
            self.status.setText(self.tr("No backups yet: the first one is made when Relnote starts tomorrow, "
                                        "or now with “Back up now”."))
        self._update_buttons()

    def selected_backup(self) -> backups.Backup | None:
        items = self.table.selectedItems()
        return items[0].data(0, Qt.ItemDataRole.UserRole) if items else None

    def _update_buttons(self) -> None:
        busy = self._task is not None
        chosen = self.selected_backup()
        self.backup_button.setEnabled(not busy)
        self.restore_button.setEnabled(not busy and chosen is not None and chosen.readable)

    def _run(self, work, done, doing: str) -> None:
        self._task = BackgroundTask(lambda _progress, _cancelled: work())
        self._task.signals.succeeded.connect(done)
        self._task.signals.failed.connect(self._failed)
        self.status.setText(doing)
        self._update_buttons()
        self._task.start()

    def _failed(self, error: Exception) -> None:
        self._task = None
        if database.database is not None and database.is_closed():
            open_database(self.paths.database)  # a failed restore replaced nothing: carry on with it
        log.warning("backup or restore failed: %s", error)
        words = problem_words(error) if isinstance(error, BackupError) else str(error)
        self.status.setText(self.tr("Nothing was changed: %1.").replace("%1", words))
        self._update_buttons()

    # ---- back up --------------------------------------------------------------------------
    def back_up_now(self) -> None:
        paths = self.paths
        self._run(lambda: backups.make_backup(paths, backups.MANUAL, utc_now()), self._backed_up,
                  self.tr("Backing up…"))

    def _backed_up(self, made: backups.Backup) -> None:
        self._task = None
        self.reload(select=made.path)
        self.status.setText(self.tr("Backed up %n person(s).", "", made.people or 0))
        self.backup_made.emit(made)

    # ---- restore --------------------------------------------------------------------------
    def confirm_restore(self, backup: backups.Backup) -> bool:
        question = QMessageBox(QMessageBox.Icon.Question, self.tr("Restore a backup"),
                               self.tr("Put back the notebook as it was on %1, with %n person(s)?", "",
                                       backup.people or 0).replace("%1", local_date_time(backup.made_at)),
                               QMessageBox.StandardButton.Cancel, self)
        question.setInformativeText(self.tr("Your notebook as it is now is first kept as a backup, so "
                                            "nothing is lost. Relnote then restarts on the restored notebook."))
        restore = question.addButton(self.tr("Restore and restart"), QMessageBox.ButtonRole.AcceptRole)
        question.setDefaultButton(QMessageBox.StandardButton.Cancel)
        question.exec()
        return question.clickedButton() is restore

    def restore_selected(self) -> None:
        backup = self.selected_backup()
        if backup is None or not self.confirm_restore(backup):
            return
        window = restart.main_window()
        if window is not None:
            window.save_state()  # what the user was typing goes into the notebook that is kept
        close_database()
        paths = self.paths
        self._run(lambda: backups.restore_backup(paths, backup.path, utc_now()),
                  lambda kept: self._restored(kept, backup), self.tr("Restoring…"))

    def _restored(self, kept: backups.Backup | None, backup: backups.Backup) -> None:
        self._task = None
        restart.note_restored(self.paths, backup.made_at)
        self.status.setText(self.tr("Restored. Relnote restarts now."))
        self.restored.emit(kept)
        restart.request_restart()
