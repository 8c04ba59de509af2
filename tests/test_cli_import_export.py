"""`relnote import` and `relnote export` in a terminal: summaries, problems with line numbers, exit codes."""

import sqlite3
import subprocess
import sys

from relnote.core import people
from relnote.db.database import close_database, open_database
from relnote.db.models import Person
from tests.import_export_support import FIXTURES, NOW, notebook_digest


def relnote(*args):
    return subprocess.run([sys.executable, "-m", "relnote", *args], capture_output=True, text=True, timeout=120)


def test_import_prints_a_summary(notebook):
    close_database()
    result = relnote("--data-dir", str(notebook.data_dir), "import", str(FIXTURES / "google_contacts.csv"))

    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "3 added, 0 merged, 0 duplicates skipped."
    open_database(notebook.database)
    assert Person.select().count() == 3


def test_invalid_rows_are_listed_with_their_lines_and_nothing_changes(notebook):
    people.add_person("Claire Martin", NOW)
    before = notebook_digest()
    close_database()

    result = relnote("--data-dir", str(notebook.data_dir), "import", str(FIXTURES / "broken.csv"))

    assert result.returncode == 1
    assert "broken.csv has 2 problems; nothing was imported" in result.stderr
    assert "Line 3: the row has no name" in result.stderr
    assert 'Line 5: a quote (") opens a cell and is never closed' in result.stderr
    assert "--skip-invalid" in result.stderr
    open_database(notebook.database)
    assert notebook_digest() == before


def test_a_date_against_the_files_reading_is_named_and_dates_can_be_told(notebook, tmp_path):
    close_database()
    path = tmp_path / "met.csv"
    rows = "".join(f"Person {n},03/04/2024\n" for n in range(300))
    path.write_text(f"Name,Met on\n{rows}Paul Durand,04/13/2024\n", encoding="utf-8")
    refused = relnote("--data-dir", str(notebook.data_dir), "import", str(path))
    assert refused.returncode == 1
    assert ("Line 302: the file's dates are read day/month/year, and this one is a date only as month/day/year"
            in refused.stderr) and "(column “Met on”) (“04/13/2024”)" in refused.stderr
    assert "--dates day-first or --dates month-first" in refused.stderr
    told = relnote("--data-dir", str(notebook.data_dir), "import", "--dates", "month-first", str(path))
    assert told.returncode == 0, told.stderr
    open_database(notebook.database)
    assert Person.get(Person.display_name == "Person 0").met_on.isoformat() == "2024-03-04"


def test_skip_invalid_imports_the_valid_rows(notebook):
    close_database()
    result = relnote("--data-dir", str(notebook.data_dir), "import", str(FIXTURES / "broken.csv"),
                     "--skip-invalid", "--duplicates", "skip")

    assert result.returncode == 0, result.stderr
    assert "4 added" in result.stdout and "2 invalid rows skipped" in result.stdout
    assert "2 invalid rows skipped:\n  Line 3: the row has no name\n" in result.stdout


def test_dry_run_changes_nothing(notebook):
    before = notebook_digest()
    close_database()

    result = relnote("--data-dir", str(notebook.data_dir), "import", str(FIXTURES / "excel_fr.csv"), "--dry-run")

    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Dry run, nothing changed. It would have given: 3 added")
    open_database(notebook.database)
    assert notebook_digest() == before


def test_a_binary_file_is_refused_clearly(notebook, tmp_path):
    path = tmp_path / "photo.jpg"
    path.write_bytes(bytes(range(256)) * 100)
    close_database()

    result = relnote("--data-dir", str(notebook.data_dir), "import", str(path))

    assert result.returncode == 1
    assert "not a text file" in result.stderr and "Nothing was changed" in result.stderr
    assert "Traceback" not in result.stderr


def test_an_old_mac_file_is_refused_naming_its_line_then_read_with_the_encoding_said(notebook, tmp_path):
    path = tmp_path / "old_mac.csv"
    path.write_bytes("Name,Company\nClaire Martin,Atelier\nFrançois Duprè,Café\n".encode("mac_roman"))
    close_database()

    refused = relnote("--data-dir", str(notebook.data_dir), "import", str(path))
    assert refused.returncode == 1
    assert "Line 3:" in refused.stderr and "--encoding" in refused.stderr and "mac_roman" in refused.stderr
    read = relnote("--data-dir", str(notebook.data_dir), "import", str(path), "--encoding", "mac_roman")
    assert read.returncode == 0, read.stderr
    open_database(notebook.database)
    assert sorted(p.display_name for p in Person.select()) == ["Claire Martin", "François Duprè"]


def test_format_and_delimiter_can_be_forced(notebook):
    close_database()
    result = relnote("--data-dir", str(notebook.data_dir), "import", str(FIXTURES / "excel_fr.csv"),
                     "--format", "spreadsheet", "--delimiter", ";")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("3 added")


def test_export_then_import_into_another_notebook(notebook, tmp_path):
    people.add_person("=Claire Martin", NOW, organisation="+Atelier", notes="-1 idea")
    close_database()
    exported = tmp_path / "people.csv"

    result = relnote("--data-dir", str(notebook.data_dir), "export", "people", "-o", str(exported),
                     "--delimiter", ";")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"Exported 1 person to {exported}."
    raw = exported.read_text(encoding="utf-8-sig")
    assert "1;'=Claire Martin;;;'+Atelier;" in raw and ";'-1 idea;" in raw

    other = tmp_path / "other"
    result = relnote("--data-dir", str(other), "import", str(exported))
    assert result.returncode == 0, result.stderr
    open_database(other / "relnote.db")
    person = Person.get()
    assert (person.display_name, person.organisation, person.notes) == ("=Claire Martin", "+Atelier", "-1 idea")


def test_export_formats_that_do_not_fit_are_refused(notebook, tmp_path):
    close_database()
    result = relnote("--data-dir", str(notebook.data_dir), "export", "journal", "-o", str(tmp_path / "j.vcf"),
                     "--format", "vcard")
    assert result.returncode == 2
    assert "journal cannot be exported as vcard" in result.stderr
    assert not (tmp_path / "j.vcf").exists()


def test_vcard_and_calendar_exports(notebook, tmp_path):
    people.add_person("Claire Martin", NOW)
    close_database()
    result = relnote("--data-dir", str(notebook.data_dir), "export", "people", "-o", str(tmp_path / "p.vcf"),
                     "--format", "vcard")
    assert result.returncode == 0, result.stderr
    assert "FN:Claire Martin" in (tmp_path / "p.vcf").read_text(encoding="utf-8")
    result = relnote("--data-dir", str(notebook.data_dir), "export", "follow-ups", "-o", str(tmp_path / "f.ics"),
                     "--format", "ics", "--todo")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"Exported 0 open follow-ups to {tmp_path / 'f.ics'}."


def test_an_import_is_preceded_by_a_backup_but_a_dry_run_is_not(notebook):
    backups = notebook.data_dir / "backups"
    relnote("--data-dir", str(notebook.data_dir), "import", str(FIXTURES / "excel_fr.csv"), "--dry-run")
    assert not list(backups.glob("*-before-import*.db")) if backups.exists() else True
    result = relnote("--data-dir", str(notebook.data_dir), "import", str(FIXTURES / "google_contacts.csv"))
    assert result.returncode == 0, result.stderr
    copies = list(backups.glob("*-before-import*.db"))
    assert len(copies) == 1 and copies[0].name.endswith("-before-import--google_contacts.csv.db")  # which import
    with sqlite3.connect(copies[0]) as before:
        assert before.execute("SELECT COUNT(*) FROM person").fetchone()[0] == 0, "the copy is from before"


def test_a_refused_import_leaves_the_backups_as_they_were(notebook):
    """Five earlier before-import copies are kept; a refused import neither adds one nor pushes one out."""
    from datetime import timedelta

    from relnote.core.backups import BEFORE_IMPORT, make_backup

    people.add_person("Claire Martin", NOW)
    for hour in range(5):
        make_backup(notebook, BEFORE_IMPORT, NOW - timedelta(hours=5 - hour))
    backups = notebook.data_dir / "backups"
    before = sorted(path.name for path in backups.iterdir())
    close_database()

    result = relnote("--data-dir", str(notebook.data_dir), "import", str(FIXTURES / "broken.csv"))

    assert result.returncode == 1
    assert sorted(path.name for path in backups.iterdir()) == before
    result = relnote("--data-dir", str(notebook.data_dir), "import", str(FIXTURES / "google_contacts.csv"))
    assert result.returncode == 0, result.stderr
    after = sorted(path.name for path in backups.glob("*-before-import*.db"))
    assert len(after) == 5 and after[-1] not in before and before[0] not in after  # the oldest made room


def test_a_file_with_only_its_header_says_so(notebook, tmp_path):
    close_database()
    header_only = tmp_path / "contacts.csv"
    header_only.write_text("First Name,Last Name,E-mail\n\n", encoding="utf-8")
    result = relnote("--data-dir", str(notebook.data_dir), "import", str(header_only))
    assert result.returncode == 1
    assert "The file has nothing under its header row: no one to import. Nothing was changed." in result.stderr


def test_a_file_with_hundreds_of_problems_shows_the_first_twenty(notebook, tmp_path):
    close_database()
    nameless = tmp_path / "contacts.csv"
    nameless.write_text("First Name,Last Name,E-mail\n" + ",,someone@example.org\n" * 300, encoding="utf-8")
    result = relnote("--data-dir", str(notebook.data_dir), "import", str(nameless))
    lines = result.stderr.splitlines()
    assert "has 300 problems; nothing was imported" in lines[0]
    assert lines[1] == "  Line 2: the row has no name" and lines[20] == "  Line 21: the row has no name"
    assert lines[21] == "  … and 280 more."
