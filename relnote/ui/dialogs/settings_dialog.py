"""Settings: reminders, the tray and start-up, language, and where the notebook lives.

Every change is saved the moment it is made, like the rest of Relnote.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox, QComboBox, QDialog, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QPushButton,
    QSpinBox, QTabWidget, QVBoxLayout, QWidget,
)

from relnote.core import autostart, reminder_rules
from relnote.core.settings_store import load_settings
from relnote.logs import log_file
from relnote.paths import NotebookPaths
from relnote.ui.dialogs.practice_settings_dialog import edit_practice
from relnote.ui.launcher import relnote_command
from relnote.ui.secondary_text import quiet_label
from relnote.ui.theme import DARK, LIGHT, SYSTEM
from relnote.ui.widgets.backups_panel import BackupsPanel

LANGUAGES = (("en", "English"), ("fr", "Français"))  # each named in its own language


class SettingsDialog(QDialog):
    appearance_changed = Signal(str)

    def __init__(self, settings: QSettings, paths: NotebookPaths, parent=None):
        super().__init__(parent)
        self.settings = settings
        self.paths = paths
        self.setWindowTitle(self.tr("Settings"))
        tabs = QTabWidget()
        tabs.addTab(self._practice_tab(), self.tr("Daily practice"))
        tabs.addTab(self._reminders_tab(), self.tr("Reminders"))
        tabs.addTab(self._desktop_tab(), self.tr("Desktop"))
        tabs.addTab(self._data_tab(), self.tr("Your data"))
        self.backups_panel = BackupsPanel(paths)
        tabs.addTab(self.backups_panel, self.tr("Backups"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    # ---- daily practice -------------------------------------------------------------------
    def _practice_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.practice_summary = QLabel()
        self.practice_summary.setWordWrap(True)
        self.practice_button = QPushButton(self.tr("Change the daily practice…"))
        self.practice_button.clicked.connect(self._edit_practice)
        layout.addWidget(self.practice_summary)
        layout.addWidget(self.practice_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        self._show_practice()
        return page

    def _show_practice(self) -> None:
        chosen = load_settings()
        self.practice_summary.setText(
            self.tr("Daily goal — new people: %1, reconnections: %2. Evening gratitude from %3:00. "
                    "Keep-in-touch rhythms can be set for each tag.")
            .replace("%1", str(chosen.goal_new_people)).replace("%2", str(chosen.goal_reconnections))
            .replace("%3", str(chosen.gratitude_hour)))

    def _edit_practice(self) -> None:
        if edit_practice(self):
            self._show_practice()

    # ---- reminders ------------------------------------------------------------------------
    def _hour_box(self, value: int | None, accessible: str) -> QSpinBox:
        box = QSpinBox()
        box.setRange(0, 23)
        box.setSuffix(self.tr(":00"))
        box.setValue(value if value is not None else 8)
        box.setAccessibleName(accessible)
        return box

    def _reminders_tab(self) -> QWidget:
        rules = reminder_rules.load_rules()
        self.morning_check = QCheckBox(self.tr("Show a morning summary of the day's follow-ups at"))
        self.morning_check.setChecked(rules.morning_summary_hour is not None)
        self.morning_hour = self._hour_box(rules.morning_summary_hour, self.tr("Morning summary hour"))
        self.quiet_check = QCheckBox(self.tr("Hold notifications back from"))
        self.quiet_check.setChecked(rules.quiet_start is not None)
        self.quiet_start = self._hour_box(rules.quiet_start if rules.quiet_start is not None else 21,
                                          self.tr("Quiet hours start"))
        self.quiet_end = self._hour_box(rules.quiet_end, self.tr("Quiet hours end"))
        morning = QHBoxLayout()
        morning.addWidget(self.morning_check)
        morning.addWidget(self.morning_hour)
        morning.addStretch(1)
        quiet = QHBoxLayout()
        quiet.addWidget(self.quiet_check)
        quiet.addWidget(self.quiet_start)
        quiet.addWidget(QLabel(self.tr("to")))
        quiet.addWidget(self.quiet_end)
        quiet.addStretch(1)
        hint = quiet_label(self.tr("Follow-ups remind you when they come due; the evening gratitude prompt "
                                   "follows the hour chosen in your daily practice (Today page)."))
        for widget in (self.morning_check, self.quiet_check):
            widget.toggled.connect(self._save_reminders)
        for box in (self.morning_hour, self.quiet_start, self.quiet_end):
            box.valueChanged.connect(self._save_reminders)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addLayout(morning)
        layout.addLayout(quiet)
        layout.addWidget(hint)
        layout.addStretch(1)
        self._save_reminders()
        return page

    def _save_reminders(self) -> None:
        self.morning_hour.setEnabled(self.morning_check.isChecked())
        self.quiet_start.setEnabled(self.quiet_check.isChecked())
        self.quiet_end.setEnabled(self.quiet_check.isChecked())
        reminder_rules.set_morning_summary_hour(self.morning_hour.value() if self.morning_check.isChecked() else None)
        if self.quiet_check.isChecked():
            reminder_rules.set_quiet_hours(self.quiet_start.value(), self.quiet_end.value())
        else:
            reminder_rules.set_quiet_hours(None, None)

    # ---- desktop --------------------------------------------------------------------------
    def _desktop_tab(self) -> QWidget:
        self.login_check = QCheckBox(self.tr("Start Relnote when I log in"))
        self.login_check.setChecked(autostart.is_enabled())
        self.login_check.setEnabled(autostart.autostart_supported())
        if not autostart.autostart_supported():
            self.login_check.setToolTip(self.tr("Not available on this system yet"))
        self.login_check.toggled.connect(self._save_login)
        self.hidden_check = QCheckBox(self.tr("Start hidden in the tray"))
        self.hidden_check.setChecked(self.settings.value("tray/start_hidden", False, type=bool))
        self.hidden_check.toggled.connect(lambda on: self._store("tray/start_hidden", on))
        self.language = QComboBox()
        self.language.setAccessibleName(self.tr("Language"))
        self.language.addItem(self.tr("The system's language"), "")
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(self.settings.value("app/language", ""))))
        self.language.activated.connect(lambda: self._store("app/language", self.language.currentData()))
        self.appearance = QComboBox()
        self.appearance.setAccessibleName(self.tr("Appearance"))
        for key, label in ((SYSTEM, self.tr("Like the system")), (LIGHT, self.tr("Light")), (DARK, self.tr("Dark"))):
            self.appearance.addItem(label, key)
        self.appearance.setCurrentIndex(max(0, self.appearance.findData(
            self.settings.value("app/appearance", SYSTEM))))
        self.appearance.activated.connect(self._appearance_chosen)
        note = quiet_label(self.tr("Closing the window keeps Relnote in the tray when your desktop has one. "
                                   "A new language applies at the next start."))
        page = QWidget()
        form = QFormLayout(page)
        form.addRow(self.login_check)
        form.addRow(self.hidden_check)
        form.addRow(self.tr("Language:"), self.language)
        form.addRow(self.tr("Appearance:"), self.appearance)
        form.addRow(note)
        return page

    def _store(self, key: str, value) -> None:
        self.settings.setValue(key, value)
        self.settings.sync()

    def _appearance_chosen(self) -> None:
        self._store("app/appearance", self.appearance.currentData())
        self.appearance_changed.emit(self.appearance.currentData())

    def _save_login(self, enabled: bool) -> None:
        if enabled:
            autostart.enable(relnote_command(self.paths.data_dir))
        else:
            autostart.disable()

    # ---- data -----------------------------------------------------------------------------
    def _data_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        folder = QLabel(str(self.paths.data_dir))
        folder.setWordWrap(True)
        open_button = QPushButton(self.tr("Open the folder"))
        open_button.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.paths.data_dir))))
        form.addRow(self.tr("Your notebook lives in:"), folder)
        form.addRow("", open_button)
        form.addRow(self.tr("Log file:"), QLabel(str(log_file(self.paths))))
        return page
