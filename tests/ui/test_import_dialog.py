"""The import dialog, driven as a user would: preview, problems, duplicates, progress, Cancel, summary."""

from __future__ import annotations

import html
import re
import threading

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QComboBox, QFileDialog

from relnote.core import people
from relnote.core.people import ContactEntry
from relnote.db.models import Person
from relnote.ui.dialogs import import_dialog
from relnote.ui.dialogs.import_dialog import DUPLICATES, PREVIEW, PROBLEMS, SUMMARY, WORKING, ImportDialog
from relnote.ui.screen_room import FRAME_ROOM
from tests.import_export_support import FIXTURES, NOW, notebook_digest
from tests.screenshots import save_screenshot

pytestmark = pytest.mark.usefixtures("notebook")


def _open(qtbot, path) -> ImportDialog:
    dialog = ImportDialog(None, path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.task is None and dialog.preview.source is not None, timeout=10_000)
    return dialog


def _existing_claire() -> int:
    person_id = people.add_person("Claire Martin", NOW, organisation="Atelier Lumière")
    people.set_contact_points(person_id, "email", [ContactEntry("work", "claire@atelier-lumiere.fr")], NOW)
    return person_id


def notebook_folder():
    from pathlib import Path

    from relnote.db.database import database

    return Path(database.database).parent


def _cell(table, row, column) -> str:
    return table.item(row, column).text()


def test_preview_duplicates_and_summary(qtbot):
    _existing_claire()
    before = notebook_digest()
    dialog = _open(qtbot, FIXTURES / "google_contacts.csv")
    preview = dialog.preview

    assert preview.format_combo.currentText() == "Google Contacts"
    assert preview.encoding_combo.currentText() == "UTF-8 with BOM"
    assert preview.delimiter_combo.currentText() == "Comma ( , )"
    headers = [_cell(preview.mapping_table, row, 0) for row in range(preview.mapping_table.rowCount())]
    email_row = headers.index("E-mail 1 - Value")
    assert preview.mapping_table.cellWidget(email_row, 2).currentText() == "E-mail"
    assert [_cell(preview.people_table, row, 1) for row in range(3)] == [
        "Claire Martin", "Karim Benali", "Hélène Marie Dubois"]
    assert _cell(preview.people_table, 0, 3) == "claire@atelier-lumiere.fr, claire.martin@gmail.com"
    save_screenshot(dialog, "import-preview.png")

    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.stack.currentIndex() == DUPLICATES, timeout=10_000)
    model = dialog.duplicates_view.model()
    assert model.rowCount() == 1
    assert [model.index(0, column).data() for column in range(5)] == [
        "2", "Claire Martin (Atelier Lumière, claire@atelier-lumiere.fr)", "Claire Martin (Atelier Lumière)",
        "same e-mail: claire@atelier-lumiere.fr",
        "Merge"]
    assert dialog.next_button.text() == "Import"
    assert dialog.back_button.isVisible()
    qtbot.mouseClick(dialog.back_button, Qt.MouseButton.LeftButton)  # to look at the columns again
    assert dialog.stack.currentIndex() == PREVIEW and not dialog.back_button.isVisible()
    assert notebook_digest() == before
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.stack.currentIndex() == DUPLICATES, timeout=10_000)
    model = dialog.duplicates_view.model()

    choice = model.index(0, 4)
    dialog.duplicates_view.setCurrentIndex(choice)
    dialog.duplicates_view.edit(choice)
    editor = dialog.duplicates_view.findChild(QComboBox)
    editor.setCurrentIndex(editor.findData("skip"))
    editor.activated.emit(editor.currentIndex())
    assert model.index(0, 4).data() == "Skip"
    qtbot.mouseClick(dialog.back_button, Qt.MouseButton.LeftButton)  # and on again: the choice stays
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.stack.currentIndex() == DUPLICATES, timeout=10_000)
    model = dialog.duplicates_view.model()
    assert model.index(0, 4).data() == "Skip"
    save_screenshot(dialog, "import-duplicates.png")

    with qtbot.waitSignal(dialog.imported, timeout=10_000) as imported:
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.stack.currentIndex() == SUMMARY
    assert (imported.args[0].added, imported.args[0].skipped_duplicates) == (2, 1)
    assert summary_lines(dialog) == ["2 people added",
                                     "1 person already in your notebook left as they were (skipped)"]
    assert "Settings ▸ Backups can bring it back" in dialog.summary_label.text()
    assert Person.select().count() == 3
    assert len(list((notebook_folder() / "backups").glob("*-before-import*.db"))) == 1
    assert dialog.close_button.isVisible() and not dialog.next_button.isVisible()
    save_screenshot(dialog, "import-summary.png")


def test_on_a_small_laptop_screen_the_dialog_and_its_buttons_fit(qtbot, screen_room):
    room = QRect(0, 24, 1093, 590)  # 1366×768 at 1.25×, under a panel
    screen_room(ImportDialog, room)
    _existing_claire()
    dialog = _open(qtbot, FIXTURES / "google_contacts.csv")
    save_screenshot(dialog, "import-preview-on-a-small-laptop.png")
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.stack.currentIndex() == DUPLICATES, timeout=10_000)

    assert dialog.width() + FRAME_ROOM <= room.width() and dialog.height() + FRAME_ROOM <= room.height()
    assert dialog.next_button.text() == "Import"
    for button in (dialog.next_button, dialog.cancel_button, dialog.back_button):
        assert button.isVisible()
        assert dialog.rect().contains(QRect(button.mapTo(dialog, QPoint(0, 0)), button.size()))
    save_screenshot(dialog, "import-on-a-small-laptop.png")


def test_the_summary_says_when_the_file_had_other_values_and_where_they_went(qtbot):
    claire = _existing_claire()
    people.update_person(claire, NOW, role="Portraitiste")
    dialog = _open(qtbot, FIXTURES / "google_contacts.csv")
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.stack.currentIndex() == DUPLICATES, timeout=10_000)
    with qtbot.waitSignal(dialog.imported, timeout=10_000):
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert summary_lines(dialog)[:3] == [
        "2 people added", "1 person already in your notebook completed (merged)",
        "1 of them had other values in the file than in your notebook: yours are kept, and the file's are "
        "added to their notes"]
    assert people.load_profile(claire).role == "Portraitiste"
    assert "Organization Title: Photographe" in people.load_profile(claire).notes
    save_screenshot(dialog, "import-summary-other-values.png")


def summary_lines(dialog) -> list[str]:
    return [html.unescape(line) for line in re.findall(r"<li>(.*?)</li>", dialog.summary_label.text())]


def test_invalid_rows_are_refused_unless_the_user_skips_them(qtbot):
    dialog = _open(qtbot, FIXTURES / "broken.csv")
    before = notebook_digest()

    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.stack.currentIndex() == PROBLEMS, timeout=10_000)
    lines = [dialog.problems_list.item(row).text() for row in range(dialog.problems_list.count())]
    assert lines == ["Line 3: the row has no name", 'Line 5: a quote (") opens a cell and is never closed']
    assert "2 rows cannot be imported" in dialog.problems_label.text()
    assert not dialog.next_button.isEnabled()
    assert notebook_digest() == before
    save_screenshot(dialog, "import-problems.png")

    dialog.skip_invalid_check.click()
    assert dialog.next_button.isEnabled() and dialog.next_button.text() == "Import"
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.stack.currentIndex() == SUMMARY, timeout=10_000)
    assert summary_lines(dialog) == ["4 people added", "2 rows with problems left out"]


def test_when_no_row_can_be_imported_the_dialog_offers_no_other_rows_to_import(qtbot, tmp_path):
    path = tmp_path / "met.csv"
    path.write_text("Name,Met on\nÉmile Zola,31/02/2024\nGeorge Sand,yesterday\n", encoding="utf-8")
    dialog = _open(qtbot, path)
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.stack.currentIndex() == PROBLEMS, timeout=10_000)
    assert dialog.problems_label.text() == (
        "2 rows cannot be imported, so nothing will be imported as it is. No other row could be imported: "
        "fix the file and choose it again, or go back and leave out (not imported) a column whose values "
        "are wrong:")  # not "import the 0 other rows"
    assert not dialog.skip_invalid_check.isVisible() and not dialog.next_button.isEnabled()

    path.write_text("Name,Met on\nÉmile Zola,31/02/2024\nGeorge Sand,2024-02-03\n", encoding="utf-8")
    dialog = _open(qtbot, path)
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.stack.currentIndex() == PROBLEMS, timeout=10_000)
    assert dialog.problems_label.text().endswith(
        "or import the 1 remaining row and skip the ones listed:")  # not "the 1 other rows"
    assert dialog.skip_invalid_check.isVisible()


def test_the_files_dates_are_read_one_way_and_the_user_can_say_which(qtbot, tmp_path):
    path = tmp_path / "met.csv"
    rows = "".join(f"Person {n},03/04/2024\n" for n in range(300))
    path.write_text(f"Name,Met on\n{rows}Paul Durand,04/13/2024\n", encoding="utf-8")
    dialog = _open(qtbot, path)
    combo = dialog.preview.dates_combo
    assert combo.isEnabled() and combo.currentText() == "dd/mm/yyyy"
    assert _cell(dialog.preview.people_table, 0, 6) == "03/04/2024"  # 3 April, in the British format
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.stack.currentIndex() == PROBLEMS, timeout=10_000)
    assert dialog.problems_list.item(0).text().startswith(
        "Line 302: the file's dates are read day/month/year, and this one is a date only as month/day/year")
    assert "go back and say how the file writes them" in dialog.problems_label.text()
    save_screenshot(dialog, "import-date-order-problem.png")

    qtbot.mouseClick(dialog.back_button, Qt.MouseButton.LeftButton)
    combo.setCurrentIndex(1)
    combo.activated.emit(1)
    assert _cell(dialog.preview.people_table, 0, 6) == "04/03/2024"  # now 4 March
    save_screenshot(dialog, "import-dates-month-first.png")
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.stack.currentIndex() == SUMMARY, timeout=10_000)
    assert {person.met_on.isoformat() for person in Person.select()} == {"2024-03-04", "2024-04-13"}


def test_cancel_midway_leaves_the_notebook_exactly_as_it_was(qtbot, tmp_path, monkeypatch):
    _existing_claire()
    path = tmp_path / "many.csv"
    path.write_text("Name,E-mail,Tags\n" + "".join(f"Person {n},p{n}@example.org,tag{n % 5}\n" for n in range(3000)),
                    encoding="utf-8")
    before = notebook_digest()
    reached, release = threading.Event(), threading.Event()
    real_apply = import_dialog.apply_import

    def apply_with_a_pause(source, now, decisions, duplicates, skip_invalid, progress, cancelled, before_writing):
        calls = []

        def progress_then_pause(done, total):
            progress(done, total)
            calls.append(done)
            if len(calls) == 2:  # 512 rows are written
                reached.set()
                release.wait(10)

        return real_apply(source, now, decisions, duplicates, skip_invalid, progress=progress_then_pause,
                          cancelled=cancelled, before_writing=before_writing)

    monkeypatch.setattr(import_dialog, "apply_import", apply_with_a_pause)
    dialog = _open(qtbot, path)
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(reached.is_set, timeout=10_000)
    qtbot.waitUntil(lambda: dialog.progress_bar.value() > 0, timeout=5_000)
    assert dialog.stack.currentIndex() == WORKING
    assert dialog.working_label.text() == "Importing people…"
    save_screenshot(dialog, "import-progress.png")

    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    release.set()
    qtbot.waitUntil(lambda: dialog.stack.currentIndex() == SUMMARY, timeout=10_000)

    assert dialog.summary_title.text() == "<h3>Import cancelled</h3>"
    assert "exactly as it was" in dialog.summary_label.text()
    assert notebook_digest() == before
    assert not list((notebook_folder() / "backups").glob("*-before-import*.db"))  # its copy went too


def test_the_user_tells_which_column_holds_the_name(qtbot, tmp_path):
    path = tmp_path / "carnet.csv"
    path.write_text("Qui;Où;Courriel\nAnne Morel;Salon du livre;anne@morel.fr\n", encoding="utf-8")
    dialog = _open(qtbot, path)
    assert not dialog.next_button.isEnabled()
    assert "No column holds names" in dialog.preview.hint.text()

    who = dialog.preview.mapping_table.cellWidget(0, 2)
    who.setCurrentIndex(who.findData("display_name"))
    who.activated.emit(who.currentIndex())
    where = dialog.preview.mapping_table.cellWidget(1, 2)
    where.setCurrentIndex(where.findData("where_we_met"))
    where.activated.emit(where.currentIndex())

    assert dialog.next_button.isEnabled()
    assert _cell(dialog.preview.people_table, 0, 1) == "Anne Morel"
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.stack.currentIndex() == SUMMARY, timeout=10_000)
    anne = Person.get()
    assert (anne.display_name, anne.where_we_met) == ("Anne Morel", "Salon du livre")


def test_the_separator_can_be_overridden(qtbot):
    dialog = _open(qtbot, FIXTURES / "excel_fr.csv")
    assert dialog.preview.delimiter_combo.currentData() == ";"
    combo = dialog.preview.delimiter_combo
    combo.setCurrentIndex(combo.findData(","))
    combo.activated.emit(combo.currentIndex())
    qtbot.waitUntil(lambda: dialog.task is None and dialog.preview.source.delimiter == ",", timeout=10_000)
    assert dialog.preview.mapping_table.rowCount() == 1  # the header holds no comma: one column
    assert not dialog.next_button.isEnabled()


def test_a_binary_file_gets_a_clear_message(qtbot, tmp_path):
    path = tmp_path / "photo.jpg"
    path.write_bytes(bytes(range(256)) * 64)
    dialog = ImportDialog(None, path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.task is None, timeout=10_000)
    assert "not a text file" in dialog.preview.hint.text()
    assert not dialog.next_button.isEnabled()
    assert dialog.stack.currentIndex() == PREVIEW


def test_a_file_that_cannot_be_read_is_named_and_nothing_of_the_last_one_stays(qtbot, tmp_path):
    dialog = _open(qtbot, FIXTURES / "google_contacts.csv")
    assert dialog.preview.people_table.rowCount() == 3
    gone = tmp_path / "contacts.csv"  # chosen, then moved away before it was read
    dialog.load(gone)
    qtbot.waitUntil(lambda: dialog.task is None, timeout=10_000)
    assert dialog.preview.hint.text() == "contacts.csv cannot be imported: There is no such file."
    assert "contacts.csv" in dialog.preview.file_label.text()
    assert dialog.preview.people_table.rowCount() == 0 and dialog.preview.mapping_table.rowCount() == 0
    assert not dialog.next_button.isEnabled()
    gone.write_text("First Name,Last Name\nClaire,Martin\n", encoding="utf-8")  # back where it was
    dialog.preview.delimiter_combo.activated.emit(dialog.preview.delimiter_combo.currentIndex())
    qtbot.waitUntil(lambda: dialog.task is None and dialog.preview.source is not None, timeout=10_000)
    assert dialog.preview.people_table.rowCount() == 1 and dialog.next_button.isEnabled()


def test_notebook_menu_import_shows_the_new_people(qtbot, open_window, monkeypatch):
    window = open_window()
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *args, **kwargs: (str(FIXTURES / "linkedin_connections.csv"), ""))

    def drive(dialog):
        qtbot.addWidget(dialog)
        qtbot.waitUntil(lambda: dialog.task is None and dialog.preview.source is not None, timeout=10_000)
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.stack.currentIndex() == SUMMARY, timeout=10_000)
        qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(ImportDialog, "exec", drive)
    assert window.import_action.text() == "&Import…"
    window.show_page("today")
    today = window.today_page
    qtbot.waitUntil(lambda: not today.is_reading())
    assert today.journey_card.stage_counts["new"].text() == "0"
    window.import_action.trigger()

    assert window.people_page.list_panel.model.total() == 3
    qtbot.waitUntil(lambda: today.journey_card.stage_counts["new"].text() == "3")  # the page on screen follows


def test_background_work_uses_its_own_connection_and_closes_it(qtbot):
    import sqlite3

    from relnote.db.database import database
    from relnote.ui.background import BackgroundTask

    seen = []
    task = BackgroundTask(lambda progress, cancelled: seen.append(database.connection()) or 42)
    with qtbot.waitSignal(task.signals.succeeded, timeout=10_000) as succeeded:
        task.start()
    assert succeeded.args == [42]
    assert task.done.wait(5)
    assert seen[0] is not database.connection()  # not the GUI thread's
    with pytest.raises(sqlite3.ProgrammingError):
        seen[0].execute("SELECT 1")


def _import_through_the_menu(qtbot, window, monkeypatch, path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args, **kwargs: (str(path), ""))

    def drive(dialog):
        qtbot.addWidget(dialog)
        qtbot.waitUntil(lambda: dialog.task is None and dialog.preview.source is not None, timeout=10_000)
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)  # to the duplicates: merge
        qtbot.waitUntil(lambda: dialog.stack.currentIndex() == DUPLICATES, timeout=10_000)
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.stack.currentIndex() == SUMMARY, timeout=10_000)
        qtbot.mouseClick(dialog.close_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(ImportDialog, "exec", drive)
    window.import_action.trigger()


def test_an_edit_after_an_import_keeps_what_the_import_merged(qtbot, open_window, monkeypatch):
    claire = _existing_claire()
    window = open_window()
    window.people_page.show_person(claire)
    profile = window.people_page.person_panel.profile
    assert profile._texts["notes"].toPlainText() == "" and len(profile.emails.entries()) == 1

    _import_through_the_menu(qtbot, window, monkeypatch, FIXTURES / "google_contacts.csv")

    assert "loves film cameras" in profile._texts["notes"].toPlainText()  # the profile on screen follows
    assert [entry.value for entry in profile.emails.entries()] == [
        "claire@atelier-lumiere.fr", "claire.martin@gmail.com"]
    profile.emails.add_empty_row()
    profile.emails._rows[-1].value_edit.setText("claire@studio.fr")
    profile.emails.changed.emit()
    qtbot.keyClicks(profile._texts["role"], " argentique")
    profile.flush()
    stored = people.load_profile(claire)
    assert [entry.value for entry in stored.emails] == [
        "claire@atelier-lumiere.fr", "claire.martin@gmail.com", "claire@studio.fr"]
    assert "loves film cameras" in stored.notes and stored.role.endswith(" argentique")


def test_back_from_the_terminal_the_profile_shows_what_changed_there(qtbot, open_window):
    from datetime import timedelta

    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    claire = _existing_claire()
    window = open_window()
    window.people_page.show_person(claire)
    profile = window.people_page.person_panel.profile
    qtbot.keyClicks(profile._texts["city"], "Paris")
    profile.flush()  # the user's own edit: nothing to read again
    assert not profile.reload_if_changed_elsewhere()

    later = NOW + timedelta(days=400)  # `relnote import` in a terminal, while the window stays open
    people.update_person(claire, later, notes="Imported from her business card")
    people.set_tags(claire, ["Clients"], later)
    QApplication.sendEvent(window, QEvent(QEvent.Type.ActivationChange))  # the user comes back to Relnote

    assert profile._texts["notes"].toPlainText() == "Imported from her business card"
    assert profile.tags.text() == "Clients" and profile._texts["city"].text() == "Paris"


def test_a_namesake_is_shown_and_added_unless_the_user_merges(qtbot):
    people.add_person("Nadia Chevalier", NOW, organisation="Studio Chevalier & Associés")
    dialog = _open(qtbot, FIXTURES / "linkedin_connections.csv")
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.stack.currentIndex() == DUPLICATES, timeout=10_000)
    model = dialog.duplicates_view.model()
    assert [model.index(0, column).data() for column in range(2, 5)] == [
        "Nadia Chevalier (Studio Chevalier & Associés)", "same name only: a namesake?", "Add anyway"]
    save_screenshot(dialog, "import-namesake.png")
    with qtbot.waitSignal(dialog.imported, timeout=10_000) as imported:
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert (imported.args[0].added, imported.args[0].merged) == (3, 0)


def test_a_small_file_in_windows_1252_shows_its_columns_and_choices_whole(qtbot, tmp_path):
    path = tmp_path / "old_spreadsheet.csv"
    path.write_bytes("Prénom;Nom;Ville\nÉmile;Zola;Paris\n".encode("cp1252"))
    dialog = _open(qtbot, path)
    preview = dialog.preview
    assert preview.encoding_combo.currentText() == "Windows-1252"
    assert dialog.next_button.text() == "Import"  # nothing more to decide: the next click imports
    combo = preview.encoding_combo
    assert combo.width() >= combo.fontMetrics().horizontalAdvance(combo.currentText())
    table, header = preview.mapping_table, preview.mapping_table.horizontalHeader()
    assert sum(header.sectionSize(column) for column in range(3)) == table.viewport().width()  # fills its width
    choices = [table.cellWidget(row, 2) for row in range(table.rowCount())]
    assert all(header.sectionSize(2) >= choice.sizeHint().width() for choice in choices)
    save_screenshot(dialog, "import-preview-small-windows-1252.png")


def test_an_old_mac_file_names_its_line_and_reads_once_its_encoding_is_chosen(qtbot, tmp_path):
    path = tmp_path / "old_mac.csv"
    path.write_bytes("Name,Company\nClaire Martin,Atelier\nFrançois Duprè,Café\n".encode("mac_roman"))
    dialog = ImportDialog(None, path)
    qtbot.addWidget(dialog)
    dialog.show()
    preview = dialog.preview
    qtbot.waitUntil(lambda: dialog.task is None and "Line 3" in preview.hint.text(), timeout=10_000)
    assert not dialog.next_button.isEnabled()
    combo = preview.encoding_combo
    combo.setCurrentIndex(combo.findText("Mac OS Roman"))
    combo.activated.emit(combo.currentIndex())
    qtbot.waitUntil(lambda: dialog.task is None and preview.source is not None, timeout=10_000)
    assert [_cell(preview.people_table, row, 1) for row in range(2)] == ["Claire Martin", "François Duprè"]
    assert dialog.next_button.isEnabled()
