"""Export…: people, moments, the journal or follow-ups as CSV, people as vCard, follow-ups as iCalendar."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFileDialog, QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QProgressBar, QPushButton, QVBoxLayout,
)

from relnote.core.clock import utc_now
from relnote.core.exporting.export import CSV, FORMATS_FOR, ICS, SUFFIXES, VCARD, WHAT, export
from relnote.ui.background import BackgroundTask
from relnote.ui.dialogs.import_words import error_text
from relnote.ui.export_words import exported_text, spreadsheet_wording

PROGRESS_STEPS = 1000


class ExportDialog(QDialog):
    def __init__(self, parent=None, folder: Path | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export"))
        self.folder = folder or Path.home()
        self.task: BackgroundTask | None = None
        self._tasks: list[BackgroundTask] = []
        self.written: int | None = None
        self._suggested = ""  # the path Relnote proposed, replaced as long as the user keeps it

        self.what_combo = QComboBox()
        self.what_combo.setAccessibleName(self.tr("What to export"))
        for key, text in zip(WHAT, (self.tr("People"), self.tr("Moments"), self.tr("Journal"),
                                    self.tr("Follow-ups"))):
            self.what_combo.addItem(text, key)
        self.format_combo = QComboBox()
        self.format_combo.setAccessibleName(self.tr("Format"))
        self.delimiter_combo = QComboBox()
        self.delimiter_combo.setAccessibleName(self.tr("Separator"))
        self.delimiter_combo.addItem(self.tr("Comma ( , )"), ",")
        self.delimiter_combo.addItem(self.tr("Semicolon ( ; ), for Excel in French"), ";")
        if QLocale().decimalPoint() == ",":  # where Excel writes 1,5 it separates cells with ;
            self.delimiter_combo.setCurrentIndex(1)
        self.bom_check = QCheckBox(self.tr("Mark the file as UTF-8 (BOM) so that Excel shows accents"))
        self.bom_check.setChecked(True)
        self.todo_check = QCheckBox(self.tr("As to-dos (Thunderbird, Apple Reminders) instead of events"))
        self.spreadsheet_check = QCheckBox(self.tr("For reading in a spreadsheet, in your language"))
        self.spreadsheet_check.toggled.connect(self._format_changed)
        self.path_edit = QLineEdit()
        self.path_edit.setAccessibleName(self.tr("File"))
        browse = QPushButton(self.tr("Choose…"))
        browse.setAutoDefault(False)  # Enter exports
        browse.clicked.connect(self.choose_path)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(browse)

        self.note = QLabel()
        self.note.setWordWrap(True)

        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, PROGRESS_STEPS)
        self.progress_bar.hide()
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("&What:"), self.what_combo)
        form.addRow(self.tr("&Format:"), self.format_combo)
        form.addRow(self.tr("&Separator:"), self.delimiter_combo)
        form.addRow("", self.bom_check)
        form.addRow("", self.spreadsheet_check)
        form.addRow("", self.todo_check)
        to_file = QLabel(self.tr("&To file:"))
        to_file.setBuddy(self.path_edit)
        form.addRow(to_file, path_row)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.export_button = self.buttons.addButton(self.tr("Export"), QDialogButtonBox.ButtonRole.ActionRole)
        self.export_button.setDefault(True)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)
        self.export_button.clicked.connect(self.start_export)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.note)
        layout.addWidget(self.progress_bar)
        layout.addWidget(self.result_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)

        self.what_combo.currentIndexChanged.connect(self._what_changed)
        self.format_combo.currentIndexChanged.connect(self._format_changed)
        self.path_edit.textChanged.connect(self._update_button)
        self._what_changed()

    def _what_changed(self) -> None:
        labels = {CSV: self.tr("CSV (spreadsheet)"), VCARD: self.tr("vCard 3.0 (address books)"),
                  ICS: self.tr("iCalendar (calendars)")}
        self.format_combo.blockSignals(True)
        self.format_combo.clear()
        for fmt in FORMATS_FOR[self.what_combo.currentData()]:
            self.format_combo.addItem(labels[fmt], fmt)
        self.format_combo.blockSignals(False)
        self._format_changed()

    def _format_changed(self) -> None:
        fmt = self.format_combo.currentData()
        self.result_label.clear()  # what was written before is not what the choices now say
        self.delimiter_combo.setEnabled(fmt == CSV)
        self.bom_check.setEnabled(fmt == CSV)
        self.spreadsheet_check.setVisible(fmt == CSV)
        self.todo_check.setVisible(fmt == ICS)
        if fmt == CSV and self.spreadsheet_check.isChecked():
            self.note.setText(self.tr(
                "Column names, stages and kinds are written in your language and times in local time, as a "
                "spreadsheet reader expects. Relnote cannot import such a file back exactly: for that, leave "
                "this unticked."))
        elif fmt == CSV:
            self.note.setText(self.tr(
                "Dates are written in ISO 8601 (2025-12-07). Text that a spreadsheet could run as a formula "
                "(starting with =, +, -, @) gets a ' in front; Relnote removes it again when you import the file."))
        elif fmt == ICS:
            self.note.setText(self.tr("The follow-ups not done yet, each with a reminder 15 minutes before. "
                                      "Google Calendar ignores reminders and to-dos."))
        else:
            self.note.setText(self.tr("One card per person, readable by every address book."))
        if self.isVisible():
            self.resize(self.size().expandedTo(self.sizeHint()))  # the note may now take more lines
        if self.path_edit.text() and self.path_edit.text() != self._suggested:
            self.path_edit.setText(str(Path(self.path_edit.text()).with_suffix(SUFFIXES[fmt])))
        else:
            stems = {"people": self.tr("relnote-people"), "moments": self.tr("relnote-moments"),
                     "journal": self.tr("relnote-journal"), "follow-ups": self.tr("relnote-follow-ups")}
            self._suggested = str(self.folder / f"{stems[self.what_combo.currentData()]}{SUFFIXES[fmt]}")
            self.path_edit.setText(self._suggested)

    def _update_button(self) -> None:
        self.export_button.setEnabled(self.task is None and bool(self.path_edit.text().strip()))

    def choose_path(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export to"), self.path_edit.text())
        if path:
            self.path_edit.setText(path)

    def start_export(self) -> None:
        what, fmt = self.what_combo.currentData(), self.format_combo.currentData()
        path = Path(self.path_edit.text().strip()).expanduser()
        delimiter, bom, todo, now = self.delimiter_combo.currentData(), self.bom_check.isChecked(), \
            self.todo_check.isChecked(), utc_now()
        wording = spreadsheet_wording() if fmt == CSV and self.spreadsheet_check.isChecked() else None
        self.task = BackgroundTask(lambda progress, cancelled: export(
            what, path, now, fmt, delimiter, bom, todo, progress, cancelled, wording))
        self._tasks.append(self.task)
        self.task.signals.progress.connect(
            lambda done, total: self.progress_bar.setValue(int(PROGRESS_STEPS * done / total) if total else 0))
        self.task.signals.succeeded.connect(lambda count: self._done(exported_text(what, fmt, count), count, path))
        self.task.signals.failed.connect(lambda error: self.result_label.setText(error_text(error)))
        self.task.signals.finished.connect(self._finished)
        self.result_label.setText(self.tr("Exporting…"))
        self.progress_bar.setValue(0)
        self.progress_bar.show()
        self._update_button()
        self.task.start()

    def _done(self, words: str, count: int, path: Path) -> None:
        self.written = count
        self.result_label.setText(words.replace("%1", str(path)))

    def _finished(self) -> None:
        self.task = None
        self.progress_bar.hide()
        self._update_button()

    def reject(self) -> None:
        if self.task is not None:
            self.task.cancel()
            return
        super().reject()


def open_export_dialog(parent) -> ExportDialog:
    dialog = ExportDialog(parent)
    dialog.exec()
    return dialog
