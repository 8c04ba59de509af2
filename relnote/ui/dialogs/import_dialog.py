"""Import…: preview and mapping → the problems and duplicates found → import in the background
with a progress bar and Cancel → a summary. Nothing changes unless the import completes."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QCheckBox, QDialog, QDialogButtonBox, QFileDialog, QHBoxLayout, QHeaderView, QLabel,
    QListWidget, QProgressBar, QPushButton, QStackedWidget, QTableView, QVBoxLayout, QWidget,
)

from relnote.core.backups import BEFORE_IMPORT, backup_open_notebook_for_write
from relnote.core.clock import utc_now
from relnote.core.importing import (
    ADD, MERGE, SKIP, ImportCancelled, ImportSummary, ScanReport, apply_import, inspect_file, scan_source,
)
from relnote.core.importing import targets as t
from relnote.core.importing.errors import DATE_ORDER_PROBLEMS
from relnote.ui.background import BackgroundTask
from relnote.ui.dialogs.import_duplicates import CHOICE, IN_FILE, IN_NOTEBOOK, ChoiceDelegate, DuplicatesModel
from relnote.ui.dialogs.import_preview import ImportPreview
from relnote.ui.dialogs.import_words import error_text, kind_label, row_problem_text
from relnote.ui.formatting import number
from relnote.ui.screen_room import fitted_to_screen

PREVIEW, WORKING, PROBLEMS, DUPLICATES, SUMMARY = range(5)
PROGRESS_STEPS = 1000
FILE_FILTER = "*.csv *.tsv *.txt *.vcf *.vcard"


class ImportDialog(QDialog):
    imported = Signal(object)  # the ImportSummary, once the notebook has changed

    def __init__(self, parent=None, path: Path | str | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import"))
        self.task: BackgroundTask | None = None
        self.path: Path | None = None  # the file chosen last
        self._tasks: list[BackgroundTask] = []
        self.report: ScanReport | None = None
        self.summary: ImportSummary | None = None
        self._duplicates_file: Path | None = None  # the file the duplicate choices were made for
        self._close_when_done = False

        self.preview = ImportPreview()
        self.preview.reinspect.connect(lambda encoding, delimiter, fmt: self.load(
            self.path, encoding, delimiter, fmt))
        self.preview.choose_file.connect(self.choose_file)
        self.preview.mapping_changed.connect(self._update_buttons)
        self.stack = QStackedWidget()
        for page in (self.preview, self._working_page(), self._problems_page(), self._duplicates_page(),
                     self._summary_page()):
            self.stack.addWidget(page)

        self.buttons = QDialogButtonBox()
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.back_button = QPushButton(self.tr("Back"))
        self.next_button = QPushButton(self.tr("Next"))  # beside the box: Back then Next, on every platform
        self.next_button.setDefault(True)
        self.back_button.setAutoDefault(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAutoDefault(False)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.cancel_button.clicked.connect(self.reject)
        self.next_button.clicked.connect(self._next)
        self.back_button.clicked.connect(self._back)
        self.close_button.clicked.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.stack, 1)
        button_row = QHBoxLayout()
        button_row.addStretch(1)
        button_row.addWidget(self.back_button)
        button_row.addWidget(self.next_button)
        button_row.addWidget(self.buttons)
        layout.addLayout(button_row)
        self.resize(fitted_to_screen(self, QSize(960, 680)))
        self._show(PREVIEW)
        if path is not None:
            self.load(Path(path))

    # ---- pages ----
    def _working_page(self) -> QWidget:
        page = QWidget()
        self.working_label = QLabel()
        self.progress_bar = QProgressBar()
        self.progress_bar.setRange(0, PROGRESS_STEPS)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(80, 0, 80, 0)
        layout.addStretch(1)
        layout.addWidget(self.working_label)
        layout.addWidget(self.progress_bar)
        layout.addStretch(2)
        return page

    def _problems_page(self) -> QWidget:
        page = QWidget()
        self.problems_label = QLabel()
        self.problems_label.setWordWrap(True)
        self.problems_list = QListWidget()
        self.problems_list.setAccessibleName(self.tr("Problems"))
        self.skip_invalid_check = QCheckBox(self.tr("Import the other rows and skip the ones listed"))
        self.skip_invalid_check.toggled.connect(self._update_buttons)
        layout = QVBoxLayout(page)
        layout.addWidget(self.problems_label)
        layout.addWidget(self.problems_list, 1)
        layout.addWidget(self.skip_invalid_check)
        return page

    def _duplicates_page(self) -> QWidget:
        page = QWidget()
        self.duplicates_label = QLabel()
        self.duplicates_label.setWordWrap(True)
        self.duplicates_view = QTableView()
        self.duplicates_view.setAccessibleName(self.tr("People already in your notebook"))
        self.duplicates_view.setItemDelegateForColumn(CHOICE, ChoiceDelegate(self.duplicates_view))
        self.duplicates_view.setEditTriggers(QAbstractItemView.EditTrigger.AllEditTriggers)
        self.duplicates_view.verticalHeader().hide()
        self.duplicates_view.setWordWrap(False)
        self.set_all_buttons = {}
        all_row = QHBoxLayout()
        all_row.addWidget(QLabel(self.tr("For all of them:")))
        for choice, text in ((MERGE, self.tr("Merge")), (SKIP, self.tr("Skip")), (ADD, self.tr("Add anyway"))):
            button = QPushButton(text)
            button.clicked.connect(lambda _=False, c=choice: self.duplicates_model.set_all(c))
            self.set_all_buttons[choice] = button
            all_row.addWidget(button)
        all_row.addStretch(1)
        layout = QVBoxLayout(page)
        layout.addWidget(self.duplicates_label)
        layout.addWidget(self.duplicates_view, 1)
        layout.addLayout(all_row)
        self.duplicates_model = DuplicatesModel([], self)
        return page

    def _summary_page(self) -> QWidget:
        page = QWidget()
        self.summary_title = QLabel()
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(80, 0, 80, 0)
        layout.addStretch(1)
        layout.addWidget(self.summary_title)
        layout.addWidget(self.summary_label)
        layout.addStretch(2)
        return page

    def _show(self, page: int) -> None:
        self.stack.setCurrentIndex(page)
        self._update_buttons()

    def _update_buttons(self) -> None:
        page = self.stack.currentIndex()
        running = self.task is not None
        self.close_button.setVisible(page == SUMMARY)
        self.cancel_button.setVisible(page != SUMMARY)
        self.next_button.setVisible(page not in (WORKING, SUMMARY))
        self.back_button.setVisible(page in (PROBLEMS, DUPLICATES))
        # "Next" only when a step certainly follows; from the preview, a file without problems or
        # people already in the notebook is imported at once.
        another_step = page == PROBLEMS and self.report and self.report.duplicates
        self.next_button.setText(self.tr("Next") if another_step else self.tr("Import"))
        if page == PREVIEW:
            self.next_button.setEnabled(not running and self.preview.can_import())
        elif page == PROBLEMS:
            self.next_button.setEnabled(self.skip_invalid_check.isChecked() and self.report.valid_rows > 0)
        else:
            self.next_button.setEnabled(not running)

    # ---- the steps ----
    def choose_file(self) -> bool:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import people from a file"), str(Path.home()),
                                              self.tr("Contacts (%1);;All files (*)").replace("%1", FILE_FILTER))
        if path:
            self.load(Path(path))
        return bool(path)

    def load(self, path: Path, encoding=None, delimiter=None, fmt=None) -> None:
        self.path = path
        self.preview.hint.setText(self.tr("Reading %1…").replace("%1", path.name))
        self._run(lambda progress, cancelled: inspect_file(path, encoding, delimiter, fmt),
                  self._inspected, self._inspection_failed, show_progress=False)

    def _inspected(self, source) -> None:
        self.preview.show_source(source)
        self._show(PREVIEW)

    def _inspection_failed(self, error) -> None:
        self.preview.show_unreadable(self.path, self.tr("%1 cannot be imported: %2")
                                     .replace("%1", self.path.name).replace("%2", error_text(error)))
        self._show(PREVIEW)
        self.next_button.setEnabled(False)

    def _next(self) -> None:
        page = self.stack.currentIndex()
        if page == PREVIEW:
            self.working_label.setText(self.tr("Checking every row of the file…"))
            source = self.preview.source
            self._run(lambda progress, cancelled: scan_source(source, progress, cancelled),
                      self._scanned, self._failed)
        elif page == PROBLEMS and self.report.duplicates:
            self._show(DUPLICATES)
        else:
            self._start_import()

    def _back(self) -> None:
        """From the problems or the duplicates back to the step before, to change the columns or the file."""
        if self.stack.currentIndex() == DUPLICATES and self.report.invalid_rows:
            self._show(PROBLEMS)
        else:
            self._show(PREVIEW)

    def _scanned(self, report: ScanReport) -> None:
        self.report = report
        if report.invalid_rows:
            self._fill_problems(report)
            self._show(PROBLEMS)
        elif report.duplicates:
            self._fill_duplicates(report)
            self._show(DUPLICATES)
        else:
            self._start_import()

    def _fill_problems(self, report: ScanReport) -> None:
        refused = self.tr("%n row(s) cannot be imported, so nothing will be imported as it is.", "",
                          report.invalid_rows)
        if report.valid_rows:
            way_out = self.tr("Fix the file and choose it again, or import the %Ln remaining row(s) and "
                              "skip the ones listed:", "", report.valid_rows)
        else:  # no other row to import: skipping these would import nothing
            way_out = self.tr("No other row could be imported: fix the file and choose it again, or go back "
                              "and leave out (not imported) a column whose values are wrong:")
        self.problems_label.setText(refused + " " + way_out)
        self.skip_invalid_check.setVisible(report.valid_rows > 0)
        if any(problem.problem in DATE_ORDER_PROBLEMS for problem in report.problems):
            self.problems_label.setText(self.tr(
                "Some dates are dates only when read the other way: go back and say how the file writes them.")
                + " " + self.problems_label.text())
        self.problems_list.clear()
        self.problems_list.addItems([row_problem_text(problem) for problem in report.problems])
        if report.problem_count > len(report.problems):
            self.problems_list.addItem(self.tr("… and %n more", "", report.problem_count - len(report.problems)))
        self.skip_invalid_check.setChecked(False)
        if report.duplicates:
            self._fill_duplicates(report)

    def _fill_duplicates(self, report: ScanReport) -> None:
        same_file = self._duplicates_file == self.preview.source.path
        self._duplicates_file = self.preview.source.path
        self.duplicates_model = DuplicatesModel(report.duplicates, self,
                                                self.duplicates_model.decisions() if same_file else None)
        self.duplicates_view.setModel(self.duplicates_model)
        self.duplicates_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in (IN_FILE, IN_NOTEBOOK):  # the two people side by side share what is left
            self.duplicates_view.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        self.duplicates_label.setText(self.tr(
            "%n person(s) in the file may already be in your notebook. Merge fills their empty fields "
            "and adds e-mails, phones, tags and notes; skip leaves the row out; add anyway creates another person.",
            "", len(report.duplicates)))

    def _start_import(self) -> None:
        source = self.preview.source
        decisions = self.duplicates_model.decisions()
        skip_invalid = self.skip_invalid_check.isChecked()
        now = utc_now()
        self.working_label.setText(self.tr("Importing %1…").replace("%1", kind_label(source.kind)))
        self._run(lambda progress, cancelled: apply_import(
            source, now, decisions, MERGE, skip_invalid, progress=progress, cancelled=cancelled,
            before_writing=lambda: backup_open_notebook_for_write(BEFORE_IMPORT, now, source.path.name)),
            self._imported, self._failed)

    def _imported(self, summary: ImportSummary) -> None:
        self.summary = summary
        self.summary_title.setText(self.tr("<h3>Import complete</h3>"))
        if summary.kind == t.PEOPLE:
            lines = [self.tr("%Ln person(s) added", "", summary.added)]
            if summary.merged:
                lines.append(self.tr("%Ln person(s) already in your notebook completed (merged)", "",
                                     summary.merged))
            if summary.differing_kept_in_notes:
                lines.append(self.tr("%Ln of them had other values in the file than in your notebook: yours are "
                                     "kept, and the file's are added to their notes", "",
                                     summary.differing_kept_in_notes))
            if summary.skipped_duplicates:
                lines.append(self.tr("%Ln person(s) already in your notebook left as they were (skipped)", "",
                                     summary.skipped_duplicates))
            if summary.skipped_invalid:
                lines.append(self.tr("%Ln row(s) with problems left out", "", summary.skipped_invalid))
            changed = summary.added + summary.merged
        else:
            lines = [self.tr("%1 added: %2").replace("%1", kind_label(summary.kind))
                     .replace("%2", number(summary.added)),
                     self.tr("already in your notebook: %1").replace("%1", number(summary.already_present))]
            changed = summary.added
        if summary.not_people:
            lines.append(self.tr("%Ln group(s) of contacts were not imported as people.", "", summary.not_people))
        self.summary_label.setTextFormat(Qt.TextFormat.RichText)
        text = "<ul>" + "".join(f"<li>{html.escape(line[:1].upper() + line[1:])}</li>" for line in lines) + "</ul>"
        if changed:
            text += "<p>" + html.escape(self.tr(
                "Relnote kept a copy of your notebook from just before this import: Settings ▸ Backups can "
                "bring it back.")) + "</p>"
        self.summary_label.setText(text)
        self._show(SUMMARY)
        self.imported.emit(summary)

    def _failed(self, error: BaseException) -> None:
        self.summary_label.setTextFormat(Qt.TextFormat.PlainText)
        if isinstance(error, ImportCancelled):
            self.summary_title.setText(self.tr("<h3>Import cancelled</h3>"))
            self.summary_label.setText(self.tr("Nothing was imported: your notebook is exactly as it was."))
        else:
            self.summary_title.setText(self.tr("<h3>The import did not happen</h3>"))
            self.summary_label.setText(error_text(error) + "\n\n" + self.tr(
                "Nothing was imported: your notebook is exactly as it was."))
        self._show(SUMMARY)

    # ---- background work ----
    def _run(self, work, on_success, on_failure, show_progress: bool = True) -> None:
        task = self.task = BackgroundTask(work)
        self._tasks.append(task)  # kept until the dialog goes: a worker may still be returning
        task.signals.progress.connect(self._progress)
        task.signals.succeeded.connect(lambda result: self._settled(task, on_success, result))
        task.signals.failed.connect(lambda error: self._settled(task, on_failure, error))
        task.signals.finished.connect(lambda: self._task_finished(task))
        if show_progress:
            self.progress_bar.setValue(0)
            self._show(WORKING)
        self.cancel_button.setEnabled(True)
        self._update_buttons()
        self.task.start()

    def _progress(self, done: int, total: int) -> None:
        self.progress_bar.setValue(int(PROGRESS_STEPS * done / total) if total else 0)

    def _settled(self, task: BackgroundTask, handler, outcome) -> None:
        """The work's outcome, then the dialog idle at once: its buttons do not wait for the task's
        last signal (a Back then Next clicked in between would find Next still disabled)."""
        handler(outcome)
        self._task_finished(task)

    def _task_finished(self, task: BackgroundTask) -> None:
        if self.task is not task:
            return
        self.task = None
        self.cancel_button.setEnabled(True)
        self._update_buttons()
        if self._close_when_done:
            super().reject()

    def reject(self) -> None:
        """Cancel stops the running work first; the dialog closes once the notebook is safe."""
        if self.task is not None:
            self.task.cancel()
            self.cancel_button.setEnabled(False)
            self.working_label.setText(self.tr("Cancelling…"))
            if self.stack.currentIndex() != WORKING:
                self._close_when_done = True
            return
        super().reject()


def open_import_dialog(parent, on_imported=None) -> ImportDialog | None:
    """Ask for a file, then show the import dialog for it (Notebook ▸ Import…)."""
    dialog = ImportDialog(parent)
    if on_imported is not None:
        dialog.imported.connect(lambda _summary: on_imported())
    if not dialog.choose_file():
        dialog.deleteLater()
        return None
    dialog.exec()
    return dialog
