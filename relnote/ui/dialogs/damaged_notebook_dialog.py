"""Shown at start-up when the notebook fails its quick check: nothing has been opened for writing."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QVBoxLayout

from relnote.core.backups import Backup
from relnote.paths import NotebookPaths
from relnote.ui.formatting import local_date_time


class DamagedNotebookDialog(QDialog):
    """Accepted means: restore `backup`. Rejected means: quit, leaving every file as it is."""

    def __init__(self, paths: NotebookPaths, problem: str, backup: Backup | None, parent=None):
        super().__init__(parent)
        self.backup = backup
        self.setWindowTitle(self.tr("Your notebook needs attention"))
        heading = QLabel(self.tr("<b>The notebook file is damaged.</b>"))
        what = QLabel(self.tr("%1 does not pass Relnote's check (%2). Relnote has not opened it, so nothing "
                              "more is written to it.").replace("%1", str(paths.database)).replace("%2", problem))
        if backup is not None:
            offer = QLabel(self.tr("The newest sound backup is from %1 and holds %n person(s). Restoring it "
                                   "keeps the damaged file as a backup too, so nothing is thrown away.", "",
                                   backup.people or 0).replace("%1", local_date_time(backup.made_at)))
        else:
            offer = QLabel(self.tr("No sound backup was found. The file has been left exactly as it is; "
                                   "“relnote check” in a terminal lists the damage."))
        buttons = QDialogButtonBox()
        self.quit_button = buttons.addButton(self.tr("Quit"), QDialogButtonBox.ButtonRole.RejectRole)
        self.folder_button = QPushButton(self.tr("Open the folder"))
        buttons.addButton(self.folder_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.folder_button.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(paths.data_dir))))
        self.restore_button = None
        if backup is not None:
            self.restore_button = buttons.addButton(self.tr("Restore this backup"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
            self.restore_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for label in (heading, what, offer):
            label.setWordWrap(True)
            layout.addWidget(label)
        layout.addSpacing(8)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)
