"""Every control can be named by a screen reader, reached by keyboard, and shortcuts are listed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QFormLayout, QHeaderView, QLabel, QLineEdit,
    QPlainTextEdit, QWidget,
)

from relnote.core import people
from relnote.core.clock import utc_now
from relnote.ui.dialogs.shortcuts_dialog import ShortcutsDialog, menu_shortcuts

CONTROLS = (QLineEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox, QAbstractItemView, QAbstractButton)
NOT_CONTROLS = (QHeaderView,)


def labelled_by_form(widget: QWidget) -> bool:
    """A form row's label names the field for assistive technology."""
    parent = widget.parentWidget()
    while parent is not None:
        layout = parent.layout()
        if isinstance(layout, QFormLayout):
            for row in range(layout.rowCount()):
                label = layout.itemAt(row, QFormLayout.ItemRole.LabelRole)
                field = layout.itemAt(row, QFormLayout.ItemRole.FieldRole)
                if label and field and isinstance(label.widget(), QLabel):
                    holder = field.widget() or None
                    inner = field.layout()
                    if holder is widget or (holder and holder.isAncestorOf(widget)):
                        return True
                    if inner and any(inner.itemAt(i).widget() is widget for i in range(inner.count())):
                        return True
        parent = parent.parentWidget()
    return False


def unnamed_controls(root: QWidget) -> list[str]:
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or isinstance(widget, NOT_CONTROLS) or not widget.isVisibleTo(root):
            continue
        if widget.parentWidget() and isinstance(widget.parentWidget(), (QComboBox, QAbstractSpinBox)):
            continue
        if isinstance(widget, QLineEdit) and isinstance(widget.parentWidget(), (QComboBox, QAbstractSpinBox)):
            continue
        text = widget.text() if isinstance(widget, QAbstractButton) else ""
        if widget.accessibleName() or text.strip() or labelled_by_form(widget):
            continue
        missing.append(f"{type(widget).__name__} {widget.objectName()!r} in {type(widget.parentWidget()).__name__}")
    return missing


def test_every_control_of_every_page_has_a_name(notebook, qtbot, open_window):
    claire = people.add_person("Claire", utc_now())
    window = open_window()
    window.people_page.show_person(claire)
    for key in ("today", "people", "timeline", "journal"):
        window.show_page(key)
        qtbot.waitUntil(lambda: not window.today_page.is_reading())  # Today is read in the background
        assert unnamed_controls(window.stack.currentWidget()) == [], key


def test_every_control_takes_keyboard_focus(notebook, qtbot, open_window):
    claire = people.add_person("Claire", utc_now())
    window = open_window()
    window.people_page.show_person(claire)
    editor = window.people_page.person_panel.profile
    for widget in editor.findChildren(QWidget):
        if isinstance(widget, (QLineEdit, QPlainTextEdit, QComboBox, QAbstractSpinBox)) and widget.isVisibleTo(editor):
            assert widget.focusPolicy() & Qt.FocusPolicy.TabFocus, type(widget).__name__


def test_tab_moves_through_the_profile_in_reading_order(notebook, qtbot, open_window):
    claire = people.add_person("Claire", utc_now())
    window = open_window()
    window.people_page.show_person(claire)
    editor = window.people_page.person_panel.profile
    texts = editor._texts
    texts["display_name"].setFocus()
    order = []
    for _ in range(4):
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
        order.append(window.focusWidget())
    assert order[:4] == [texts["first_name"], texts["last_name"], texts["organisation"], texts["role"]]


def test_help_lists_the_keyboard_shortcuts(notebook, qtbot, open_window):
    window = open_window()
    listed = dict((text, keys) for keys, text in menu_shortcuts(window.menuBar()))
    assert listed["Add a person"] == "Ctrl+N"
    assert listed["Log a moment"] == "Ctrl+L"
    assert listed["Jump to a person or page"] == "Ctrl+K"
    assert listed["Quit"] == "Ctrl+Q"
    dialog = ShortcutsDialog(window.menuBar(), window)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() >= len(listed) + 2
    assert dialog.table.item(0, 0).text() == "Ctrl+N"


def test_every_control_of_every_dialog_has_a_name(notebook, qtbot):
    from relnote.app import open_settings
    from relnote.core.settings_store import load_settings
    from relnote.ui.dialogs.follow_up_dialog import FollowUpDialog
    from relnote.ui.dialogs.log_moment_dialog import LogMomentDialog
    from relnote.ui.dialogs.practice_settings_dialog import PracticeSettingsDialog
    from relnote.ui.dialogs.quick_add_dialog import QuickAddDialog
    from relnote.ui.dialogs.settings_dialog import SettingsDialog

    claire = people.add_person("Claire", utc_now())
    dialogs = [QuickAddDialog(), LogMomentDialog(with_people=[(claire, "Claire")]),
               FollowUpDialog(person=(claire, "Claire")), PracticeSettingsDialog(load_settings()),
               SettingsDialog(open_settings(notebook), notebook)]
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        assert unnamed_controls(dialog) == [], type(dialog).__name__
