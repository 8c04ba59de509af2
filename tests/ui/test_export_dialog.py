"""The export dialog: what, which format, separator and BOM; the file appears when it is complete."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from relnote.core import people
from relnote.db.models import FollowUp
from relnote.ui.dialogs.export_dialog import ExportDialog
from tests.import_export_support import NOW
from tests.screenshots import save_screenshot

pytestmark = pytest.mark.usefixtures("notebook")


def _dialog(qtbot, tmp_path) -> ExportDialog:
    dialog = ExportDialog(None, folder=tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _export(qtbot, dialog) -> None:
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.task is None, timeout=10_000)


def test_people_as_semicolon_csv_for_french_excel(qtbot, tmp_path):
    people.add_person("=Hélène Garnier", NOW, organisation="Garnier, Traiteur")
    dialog = _dialog(qtbot, tmp_path)
    assert dialog.path_edit.text() == str(tmp_path / "relnote-people.csv")
    assert "gets a ' in front" in dialog.note.text()
    dialog.delimiter_combo.setCurrentIndex(dialog.delimiter_combo.findData(";"))
    save_screenshot(dialog, "export-dialog.png")

    _export(qtbot, dialog)

    assert dialog.result_label.text() == f"Exported 1 person to {tmp_path / 'relnote-people.csv'}."
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("vcard"))
    assert dialog.result_label.text() == ""  # that was the CSV
    data = (tmp_path / "relnote-people.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbfRelnote person ID;Name;")
    assert "1;'=Hélène Garnier;;;Garnier, Traiteur;" in data.decode("utf-8-sig")


def test_the_formats_follow_what_is_exported(qtbot, tmp_path):
    dialog = _dialog(qtbot, tmp_path)
    formats = {}
    for row in range(dialog.what_combo.count()):
        dialog.what_combo.setCurrentIndex(row)
        formats[dialog.what_combo.currentData()] = [dialog.format_combo.itemData(i)
                                                    for i in range(dialog.format_combo.count())]
    assert formats == {"people": ["csv", "vcard"], "moments": ["csv"], "journal": ["csv"],
                       "follow-ups": ["csv", "ics"]}


def test_follow_ups_as_calendar_to_dos(qtbot, tmp_path):
    anne = people.add_person("Anne Morel", NOW)
    FollowUp.create(person=anne, reason="Send the quote", due_at=NOW, created_at=NOW)
    dialog = _dialog(qtbot, tmp_path)
    dialog.what_combo.setCurrentIndex(dialog.what_combo.findData("follow-ups"))
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("ics"))
    assert dialog.path_edit.text().endswith("relnote-follow-ups.ics")
    assert not dialog.delimiter_combo.isEnabled() and dialog.todo_check.isVisible()
    dialog.todo_check.setChecked(True)

    _export(qtbot, dialog)

    text = (tmp_path / "relnote-follow-ups.ics").read_text(encoding="utf-8")
    assert "BEGIN:VTODO" in text and "SUMMARY:Anne Morel — Send the quote" in text
    assert "TRIGGER:-PT15M" in text


def test_a_folder_that_cannot_be_written_is_said_in_words(qtbot, tmp_path):
    dialog = _dialog(qtbot, tmp_path)
    dialog.path_edit.setText(str(tmp_path / "missing" / "people.csv"))
    _export(qtbot, dialog)
    assert "cannot be written" in dialog.result_label.text()
    assert not (tmp_path / "missing").exists()


def test_moments_for_reading_in_a_spreadsheet(qtbot, tmp_path):
    from datetime import datetime

    from relnote.core import moments

    claire = people.add_person("Claire Martin", NOW)
    moments.log_moment(datetime(2025, 3, 2, 17, 45), [claire], "coffee", "them", "Coffee at the market", NOW)
    dialog = _dialog(qtbot, tmp_path)
    dialog.what_combo.setCurrentIndex(dialog.what_combo.findData("moments"))
    assert dialog.spreadsheet_check.isVisible()
    qtbot.mouseClick(dialog.spreadsheet_check, Qt.MouseButton.LeftButton)
    assert "cannot import such a file back exactly" in dialog.note.text()
    qtbot.waitUntil(lambda: dialog.height() >= dialog.minimumSizeHint().height())
    save_screenshot(dialog, "export-dialog-spreadsheet.png")

    _export(qtbot, dialog)

    text = (tmp_path / "relnote-moments.csv").read_text(encoding="utf-8-sig")
    assert text.splitlines()[0].startswith("Relnote moment ID,When,Kind,Who reached out,Summary")
    assert ",Coffee or meal,They did,Coffee at the market," in text
    dialog.format_combo.setCurrentIndex(0)
    dialog.what_combo.setCurrentIndex(dialog.what_combo.findData("people"))
    dialog.format_combo.setCurrentIndex(dialog.format_combo.findData("vcard"))
    assert not dialog.spreadsheet_check.isVisible()  # a vCard is for address books
