"""Settings are saved as they are changed."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from relnote.app import open_settings
from relnote.core import autostart, reminder_rules
from relnote.ui.dialogs.settings_dialog import SettingsDialog


def make_dialog(qtbot, paths):
    dialog = SettingsDialog(open_settings(paths), paths)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_reminder_choices_are_saved_in_the_notebook(notebook, qtbot):
    dialog = make_dialog(qtbot, notebook)
    dialog.quiet_check.setChecked(True)
    dialog.quiet_start.setValue(22)
    dialog.quiet_end.setValue(7)
    dialog.morning_check.setChecked(True)
    dialog.morning_hour.setValue(9)
    rules = reminder_rules.load_rules()
    assert (rules.quiet_start, rules.quiet_end, rules.morning_summary_hour) == (22, 7, 9)
    dialog.quiet_check.setChecked(False)
    assert reminder_rules.load_rules().quiet_start is None
    assert not dialog.quiet_start.isEnabled()


def test_start_at_login_and_hidden_in_tray(notebook, qtbot, private_home):
    dialog = make_dialog(qtbot, notebook)
    dialog.login_check.setChecked(True)
    entry = private_home / "config" / "autostart" / "relnote.desktop"
    text = entry.read_text()
    assert f"--data-dir {notebook.data_dir} --hidden" in text
    dialog.login_check.setChecked(False)
    assert not autostart.is_enabled()
    dialog.hidden_check.setChecked(True)
    assert open_settings(notebook).value("tray/start_hidden", False, type=bool) is True


def test_language_choice_is_remembered_for_the_next_start(notebook, qtbot):
    dialog = make_dialog(qtbot, notebook)
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    dialog.language.activated.emit(dialog.language.currentIndex())
    assert open_settings(notebook).value("app/language") == "fr"
    assert dialog.language.itemText(0) == "The system's language"


def test_the_data_tab_names_the_notebook_folder(notebook, qtbot):
    dialog = make_dialog(qtbot, notebook)
    dialog.grab().save(str(notebook.data_dir / "settings.png"))
    from PySide6.QtWidgets import QLabel

    texts = [label.text() for label in dialog.findChildren(QLabel)]
    assert str(notebook.data_dir) in texts


def test_the_daily_practice_is_reachable_from_settings(notebook, qtbot, drive_dialog):
    from relnote.core.settings_store import load_settings
    from relnote.ui.dialogs.practice_settings_dialog import PracticeSettingsDialog

    dialog = make_dialog(qtbot, notebook)
    assert "new people: 1, reconnections: 2" in dialog.practice_summary.text()

    def fill(practice):
        practice.reconnections_spin.setValue(3)
        practice.hour_spin.setValue(21)

    drive_dialog(PracticeSettingsDialog, fill)
    dialog.practice_button.click()
    chosen = load_settings()
    assert (chosen.goal_reconnections, chosen.gratitude_hour) == (3, 21)
    assert "reconnections: 3" in dialog.practice_summary.text() and "21:00" in dialog.practice_summary.text()


def test_daily_practice_without_tags_says_how_to_give_them_a_rhythm(notebook, qtbot):
    from relnote.core.settings_store import load_settings
    from relnote.ui.dialogs.practice_settings_dialog import PracticeSettingsDialog

    dialog = PracticeSettingsDialog(load_settings())
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.rhythm_table.isVisibleTo(dialog)  # no empty table
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    assert any(text.startswith("Tag people on the People page, then give each tag a rhythm here") for text in texts)
    assert dialog.height() < 400
