"""The daily practice: the goal, weekends, the evening gratitude hour, and keep-in-touch rhythms per tag."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtWidgets import (
    QCheckBox, QDialog, QDialogButtonBox, QFormLayout, QGroupBox, QHeaderView, QSpinBox,
    QTableWidget, QTableWidgetItem, QVBoxLayout,
)

from relnote.core import cadence, goals, settings_store
from relnote.core.clock import utc_now
from relnote.core.local_days import to_local
from relnote.core.settings_store import NotebookSettings
from relnote.ui.secondary_text import quiet_label

NO_RHYTHM = 0


class PracticeSettingsDialog(QDialog):
    def __init__(self, settings: NotebookSettings, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Daily practice"))
        self._settings = settings

        self.new_people_spin = QSpinBox()
        self.new_people_spin.setRange(0, 20)
        self.new_people_spin.setValue(settings.goal_new_people)
        self.new_people_spin.setAccessibleName(self.tr("New people a day"))
        self.reconnections_spin = QSpinBox()
        self.reconnections_spin.setRange(0, 20)
        self.reconnections_spin.setValue(settings.goal_reconnections)
        self.reconnections_spin.setAccessibleName(self.tr("Reconnections a day"))
        self.weekends_box = QCheckBox(self.tr("Weekends don't break the streak"))
        self.weekends_box.setChecked(settings.weekends_keep_streak)
        self.hour_spin = QSpinBox()
        self.hour_spin.setRange(0, 23)
        self.hour_spin.setSuffix(self.tr(":00"))
        self.hour_spin.setValue(settings.gratitude_hour)
        self.hour_spin.setAccessibleName(self.tr("Evening gratitude from"))

        goal_box = QGroupBox(self.tr("Daily goal"))
        goal_form = QFormLayout(goal_box)
        goal_form.addRow(self.tr("Meet &new people:"), self.new_people_spin)
        goal_form.addRow(self.tr("&Reconnect with:"), self.reconnections_spin)
        goal_form.addRow("", self.weekends_box)
        hint = quiet_label(self.tr("Small and steady: a goal you meet most days is worth more than a big one. "
                                   "A new goal counts from today; the days before keep the goal they had."))
        goal_form.addRow(hint)
        goal_form.addRow(self.tr("Evening &gratitude from:"), self.hour_spin)

        self.rhythm_table = QTableWidget(0, 3)
        self.rhythm_table.setHorizontalHeaderLabels([self.tr("Tag"), self.tr("People"), self.tr("Every")])
        self.rhythm_table.verticalHeader().hide()
        header = self.rhythm_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.rhythm_spins: dict[str, QSpinBox] = {}
        for row, (name, days, count) in enumerate(cadence.tag_rhythms()):
            self.rhythm_table.insertRow(row)
            self.rhythm_table.setItem(row, 0, QTableWidgetItem(name))
            self.rhythm_table.setItem(row, 1, QTableWidgetItem(str(count)))
            spin = QSpinBox()
            spin.setRange(NO_RHYTHM, 730)
            spin.setSpecialValueText(self.tr("no rhythm"))
            spin.setSuffix(self.tr(" days"))
            spin.setValue(days or NO_RHYTHM)
            spin.setAccessibleName(self.tr("Keep in touch with %1 every").replace("%1", name))
            self.rhythm_table.setCellWidget(row, 2, spin)
            self.rhythm_spins[name] = spin
        rhythm_box = QGroupBox(self.tr("Keep in touch, by tag"))
        rhythm_layout = QVBoxLayout(rhythm_box)
        rhythm_hint = quiet_label(self.tr("A person's own rhythm wins. Without one, the shortest rhythm among "
                                          "their tags applies; the count restarts at each moment with them."))
        rhythm_layout.addWidget(rhythm_hint)
        if self.rhythm_spins:
            rhythm_layout.addWidget(self.rhythm_table)
        else:
            rhythm_hint.setText(self.tr("Tag people on the People page, then give each tag a rhythm here: "
                                        "\"keep in touch with clients every 30 days\"."))

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(goal_box)
        layout.addWidget(rhythm_box, 1 if self.rhythm_spins else 0)
        if not self.rhythm_spins:
            layout.addStretch(1)
        layout.addWidget(buttons)
        self.resize(460, 520 if self.rhythm_spins else 0)

    def chosen_settings(self) -> NotebookSettings:
        return replace(self._settings, goal_new_people=self.new_people_spin.value(),
                       goal_reconnections=self.reconnections_spin.value(),
                       weekends_keep_streak=self.weekends_box.isChecked(),
                       gratitude_hour=self.hour_spin.value())

    def chosen_rhythms(self) -> dict[str, int | None]:
        return {name: (spin.value() or None) for name, spin in self.rhythm_spins.items()}


def edit_practice(parent=None) -> bool:
    """Show the daily practice settings and keep what the user chose; True when something was saved."""
    dialog = PracticeSettingsDialog(settings_store.load_settings(), parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    goals.save_practice(dialog.chosen_settings(), to_local(utc_now()).date())
    for tag, days in dialog.chosen_rhythms().items():
        cadence.set_tag_cadence(tag, days)
    return True
