"""The first step of an import: what was detected (format, encoding, separator), what each column
becomes (editable), and how the first people will look."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView, QComboBox, QHBoxLayout, QHeaderView, QLabel, QPushButton,
    QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget,
)

from relnote.core.importing import targets as t
from relnote.core.importing.decoding import ENCODINGS
from relnote.core.importing.drafts import PersonDraft, PersonRowMapper
from relnote.core.importing.errors import ImportFileError
from relnote.core.importing.rows import SourceReader
from relnote.core.importing.sniffing import DELIMITERS
from relnote.core.importing.source import ImportSource
from relnote.core.importing.targets import ColumnTarget
from relnote.ui.dialogs.import_words import (
    delimiter_label, encoding_label, format_label, kind_label, row_problem_text, target_label,
)
from relnote.ui.formatting import short_date

PREVIEW_PEOPLE = 20
COMBO_LETTERS = 14


def _table(columns: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(columns))
    table.setHorizontalHeaderLabels(columns)
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    table.setWordWrap(False)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class ImportPreview(QWidget):
    """Emits `reinspect(encoding, delimiter, format)` when the user overrides a detection."""

    reinspect = Signal(object, object, object)
    choose_file = Signal()
    mapping_changed = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.source: ImportSource | None = None
        self.file_label = QLabel()
        self.file_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.choose_button = QPushButton(self.tr("Choose another file…"))
        self.choose_button.clicked.connect(self.choose_file)
        self.choose_button.setAutoDefault(False)  # Enter goes on with the import
        self.format_combo = QComboBox()
        self.format_combo.setAccessibleName(self.tr("Format"))
        for key in t.FORMATS:
            self.format_combo.addItem(format_label(key), key)
        self.encoding_combo = QComboBox()
        self.encoding_combo.setAccessibleName(self.tr("Encoding"))
        for key in ENCODINGS:
            self.encoding_combo.addItem(encoding_label(key), key)
        self.delimiter_combo = QComboBox()
        self.delimiter_combo.setAccessibleName(self.tr("Separator"))
        for delimiter in DELIMITERS:
            self.delimiter_combo.addItem(delimiter_label(delimiter), delimiter)
        for combo in (self.format_combo, self.encoding_combo, self.delimiter_combo):
            combo.activated.connect(self._overridden)
        self.dates_combo = QComboBox()
        self.dates_combo.setAccessibleName(self.tr("How the file writes dates"))
        self.dates_combo.addItem(self.tr("dd/mm/yyyy"), True)
        self.dates_combo.addItem(self.tr("mm/dd/yyyy"), False)
        self.dates_combo.setToolTip(self.tr("03/04/2025 is 3 April when the day comes first, 4 March when the "
                                            "month does"))
        self.dates_combo.activated.connect(self._dates_told)

        self.mapping_table = _table([self.tr("Column in the file"), self.tr("First value"), self.tr("Becomes")])
        self.mapping_table.setAccessibleName(self.tr("Columns"))
        self.people_table = _table([self.tr("Line"), self.tr("Name"), self.tr("Organisation"),
                                    self.tr("E-mails"), self.tr("Phones"), self.tr("Tags"), self.tr("Met on")])
        self.people_table.setAccessibleName(self.tr("First people"))
        self.hint = QLabel()
        self.hint.setWordWrap(True)

        top = QHBoxLayout()
        top.addWidget(self.file_label, 1)
        top.addWidget(self.choose_button)
        form = QHBoxLayout()
        for text, combo in ((self.tr("&Format:"), self.format_combo), (self.tr("&Encoding:"), self.encoding_combo),
                            (self.tr("&Separator:"), self.delimiter_combo), (self.tr("&Dates:"), self.dates_combo)):
            label = QLabel(text)
            label.setBuddy(combo)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(COMBO_LETTERS)  # the list opens wider; the row fits a small screen
            form.addWidget(label)
            form.addWidget(combo)
            form.addSpacing(12)
        form.addStretch(1)
        self.mapping_title = QLabel(self.tr("<b>What each column becomes</b> (change any that is wrong)"))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(form)
        layout.addWidget(self.mapping_title)
        layout.addWidget(self.mapping_table, 3)
        layout.addWidget(QLabel(self.tr("<b>How the first rows will look</b>")))
        layout.addWidget(self.people_table, 2)
        layout.addWidget(self.hint)

    def show_source(self, source: ImportSource) -> None:
        self.source = source
        self.file_label.setText(self.tr("<b>%1</b> — %2 (%3)").replace("%1", source.path.name)
                                .replace("%2", format_label(source.format)).replace("%3", kind_label(source.kind)))
        self.file_label.setToolTip(str(source.path))
        for combo, value in ((self.format_combo, source.format), (self.encoding_combo, source.encoding),
                             (self.delimiter_combo, source.delimiter)):
            combo.setCurrentIndex(max(0, combo.findData(value)))
        self.delimiter_combo.setEnabled(source.format != t.VCARD)
        editable = source.format not in (t.VCARD, t.RELNOTE) and source.kind == t.PEOPLE
        self.mapping_title.setVisible(source.format != t.VCARD)
        self.mapping_table.setVisible(source.format != t.VCARD)
        self._fill_mapping(source, editable)
        self._show_dates_reading()
        self.refresh_people()

    def show_unreadable(self, path: Path, words: str) -> None:
        """The file as read cannot be imported: say so, naming it; another encoding, separator or
        format may still read it, or another file."""
        self.source = None
        self.file_label.setText(f"<b>{html.escape(path.name)}</b>")
        self.file_label.setToolTip(str(path))
        self.mapping_table.setRowCount(0)
        self.people_table.setRowCount(0)
        self.hint.setText(words)

    def _overridden(self) -> None:
        self.reinspect.emit(self.encoding_combo.currentData(), self.delimiter_combo.currentData(),
                            self.format_combo.currentData())

    def _fill_mapping(self, source: ImportSource, editable: bool) -> None:
        self.mapping_table.setRowCount(len(source.headers))
        first = source.first_rows[0][1] if source.first_rows else []
        for row, header in enumerate(source.headers):
            self.mapping_table.setItem(row, 0, QTableWidgetItem(header))
            example = first[row] if row < len(first) else ""
            self.mapping_table.setItem(row, 1, QTableWidgetItem(" ".join(example.split())[:80]))
            combo = QComboBox()
            combo.setAccessibleName(self.tr("What “%1” becomes").replace("%1", header))
            current = source.mapping[row].target if row < len(source.mapping) else t.IGNORE
            for key in dict.fromkeys((*t.CHOOSABLE, current)):
                combo.addItem(target_label(key), key)
            combo.setCurrentIndex(combo.findData(current))
            combo.setEnabled(editable)
            combo.activated.connect(self._mapping_changed)
            self.mapping_table.setCellWidget(row, 2, combo)
        self.mapping_table.resizeColumnsToContents()
        # The choices as wide as their longest, the example values in the room left: the table fills
        # the dialog's width (Qt's sizing to contents does not see the choices, which are widgets).
        header = self.mapping_table.horizontalHeader()
        header.setStretchLastSection(False)
        choices = [self.mapping_table.cellWidget(row, 2) for row in range(self.mapping_table.rowCount())]
        header.resizeSection(2, max([combo.sizeHint().width() for combo in choices] + [header.sectionSizeHint(2)]))
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)

    def mapping(self) -> list[ColumnTarget]:
        chosen = []
        for row in range(self.mapping_table.rowCount()):
            combo = self.mapping_table.cellWidget(row, 2)
            original = self.source.mapping[row]
            target = combo.currentData()
            chosen.append(original if target == original.target else ColumnTarget(target, 1000 + row))
        return chosen

    def _mapping_changed(self) -> None:
        self.source = self.source.with_mapping(self.mapping())
        self._show_dates_reading()
        self.refresh_people()
        self.mapping_changed.emit()

    def _show_dates_reading(self) -> None:
        source = self.source
        self.dates_combo.setCurrentIndex(self.dates_combo.findData(source.day_first))
        self.dates_combo.setEnabled(source.format not in (t.VCARD, t.RELNOTE) and bool(source.date_columns()))

    def _dates_told(self) -> None:
        self.source = self.source.with_day_first(self.dates_combo.currentData())
        self.refresh_people()
        self.mapping_changed.emit()

    def _first_results(self) -> list:
        source = self.source
        if source.format == t.VCARD:
            results = []
            try:
                with SourceReader(source) as rows:
                    for result in rows:
                        if result is not None:
                            results.append(result)
                        if len(results) >= PREVIEW_PEOPLE:
                            break
            except ImportFileError:
                pass
            return results
        if source.kind != t.PEOPLE:
            return []
        mapper = PersonRowMapper(source.headers, source.mapping, source.format, source.day_first)
        return [mapper.build(line, cells) for line, cells in source.first_rows[:PREVIEW_PEOPLE]]

    def refresh_people(self) -> None:
        results = self._first_results()
        self.people_table.setRowCount(len(results))
        for row, result in enumerate(results):
            if isinstance(result, PersonDraft):
                cells = [str(result.line), result.display_name, result.organisation,
                         ", ".join(value for _label, value in result.emails),
                         ", ".join(value for _label, value in result.phones), ", ".join(result.tags),
                         short_date(result.met_on)]
            else:
                cells = [str(result[0].line), "; ".join(row_problem_text(problem) for problem in result)]
            for column, text in enumerate(cells):
                self.people_table.setItem(row, column, QTableWidgetItem(text))
        self.people_table.resizeColumnsToContents()
        self.people_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        names = {t.DISPLAY_NAME, t.FIRST_NAME, t.LAST_NAME, t.NICKNAME}
        if self.source.kind == t.PEOPLE and self.source.format != t.VCARD and \
                not any(column.target in names for column in self.source.mapping):
            self.hint.setText(self.tr("No column holds names yet: choose which column holds the name."))
        elif self.source.kind != t.PEOPLE:
            self.hint.setText(self.tr("A Relnote export of %1: it is imported exactly as it was written.")
                              .replace("%1", kind_label(self.source.kind)))
        else:
            self.hint.setText("")

    def can_import(self) -> bool:
        if self.source is None:
            return False
        if self.source.kind != t.PEOPLE or self.source.format == t.VCARD:
            return True
        names = {t.DISPLAY_NAME, t.FIRST_NAME, t.LAST_NAME, t.NICKNAME, t.MIDDLE_NAME}
        return any(column.target in names for column in self.source.mapping)
