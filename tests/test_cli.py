"""The command line as a user types it: real processes, real files."""

import os
import subprocess
import sys

from relnote import __version__


def relnote(*args, env_data_dir=None):
    return subprocess.run([sys.executable, "-m", "relnote", *args], capture_output=True, text=True, timeout=60)


def test_version():
    result = relnote("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"Relnote {__version__}"


def test_check_on_a_new_notebook(tmp_path):
    result = relnote("--data-dir", str(tmp_path / "nb"), "check")
    assert result.returncode == 0, result.stderr
    assert "is sound: 0 people, 0 moments" in result.stdout
    assert (tmp_path / "nb" / "relnote.db").exists()


def test_data_folder_that_is_a_file_gets_a_clear_message(tmp_path):
    blocker = tmp_path / "notebook"
    blocker.write_text("")
    result = relnote("--data-dir", str(blocker), "check")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert f"cannot use the data folder {blocker}: this path is a file, not a folder" in result.stderr


def test_a_file_that_is_not_a_notebook_is_named_and_left_alone(tmp_path):
    folder = tmp_path / "nb"
    folder.mkdir()
    damaged = folder / "relnote.db"
    damaged.write_bytes(b"this is not an SQLite database at all" * 100)
    before = damaged.read_bytes()
    result = relnote("--data-dir", str(folder), "check")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert f"cannot open the notebook {damaged}" in result.stderr
    assert damaged.read_bytes() == before


def test_unknown_command_is_refused_without_traceback(tmp_path):
    result = relnote("--data-dir", str(tmp_path), "frobnicate")
    assert result.returncode == 2
    assert "invalid choice" in result.stderr
    assert "Traceback" not in result.stderr


def in_language(env_language: str, *args):
    env = {**os.environ, "LANGUAGE": env_language, "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8"}
    return subprocess.run([sys.executable, "-m", "relnote", *args], capture_output=True, text=True, timeout=60,
                          env=env)


def test_the_terminal_speaks_french_to_a_french_user(tmp_path):
    folder = str(tmp_path / "nb")
    check = in_language("fr", "--data-dir", folder, "check")
    assert check.returncode == 0, check.stderr
    assert "est intact\u00a0: 0 personne, 0 moment." in check.stdout

    missing = in_language("fr", "--data-dir", folder, "import", str(tmp_path / "contacts.csv"))
    assert missing.returncode == 1
    assert "relnote\u00a0: impossible d’importer" in missing.stderr and "Rien n’a changé." in missing.stderr

    today = in_language("fr", "--data-dir", folder, "today")
    assert today.stdout.splitlines()[2:4] == ["Relances à faire", "  rien de prévu aujourd’hui"]
    day_name = today.stdout.split()[1]  # the C locale's dates, asked for in French: a French day
    assert day_name in ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"), today.stdout

    help_text = in_language("fr", "--data-dir", folder, "--help").stdout
    assert help_text.startswith("utilisation\u00a0: relnote")
    assert "afficher cette aide et quitter" in help_text and "show this help" not in help_text

    forgotten = in_language("fr", "--data-dir", folder, "import")
    assert forgotten.returncode == 2
    assert forgotten.stderr.splitlines()[-1] == "relnote import\u00a0: erreur\u00a0: ces arguments sont obligatoires\u00a0: FICHIER"
    unknown = in_language("fr", "--data-dir", folder, "export", "--format", "xml")
    assert "argument --format\u00a0: choix non valable\u00a0: 'xml' (au choix\u00a0: " in unknown.stderr


def test_the_language_chosen_in_the_window_wins_in_the_terminal(tmp_path):
    folder = tmp_path / "nb"
    folder.mkdir()
    (folder / "settings.ini").write_text("[app]\nlanguage=fr\n")
    result = in_language("en", "--data-dir", str(folder), "check")
    assert "est intact" in result.stdout
    (folder / "settings.ini").write_text("[app]\nlanguage=en\n")
    result = in_language("fr", "--data-dir", str(folder), "check")
    assert "is sound: 0 people, 0 moments." in result.stdout


def test_a_reader_that_stops_early_is_no_error(tmp_path):
    folder = str(tmp_path / "nb")
    reader = subprocess.Popen([sys.executable, "-m", "relnote", "--data-dir", folder, "check"],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    reader.stdout.close()  # as `| head -1` does once it has its line
    errors = reader.stderr.read().decode()
    assert reader.wait(timeout=60) == 141
    assert "Traceback" not in errors


def test_a_french_csv_for_a_spreadsheet_reads_well_and_comes_back_as_a_spreadsheet(tmp_path):
    import csv

    folder, other, path = str(tmp_path / "nb"), str(tmp_path / "other"), tmp_path / "contacts.csv"
    relnote("--data-dir", folder, "demo", "--people", "20", "--moments", "50")
    exported = in_language("fr", "--data-dir", folder, "export", "people", "--for-spreadsheet", "--delimiter", ";",
                           "-o", str(path))
    assert exported.stdout.startswith("20 personnes exportées dans ")
    rows = list(csv.DictReader(open(path, encoding="utf-8-sig", newline=""), delimiter=";"))
    assert list(rows[0])[:8] == ["N° Relnote de la personne", "Nom complet", "Prénom", "Nom", "Société", "Fonction",
                                 "Ville", "Étape"]
    assert {row["Étape"] for row in rows} <= {"Premier contact", "Connaissance", "Relation", "Client potentiel",
                                              "Client", "Partenaire"}
    imported = in_language("fr", "--data-dir", other, "import", str(path))
    assert imported.returncode == 0 and imported.stdout.startswith("20 ajoutées")
    import sqlite3

    def contacts(notebook):
        return sqlite3.connect(f"{notebook}/relnote.db").execute(
            "SELECT p.display_name, c.kind, c.value FROM contact_point c JOIN person p ON p.id = c.person_id "
            "ORDER BY 1, 2, 3").fetchall()
    assert contacts(other) == contacts(folder)  # e-mails, phones and links found their columns again


def test_why_a_notebook_cannot_be_opened_is_said_in_french_and_a_newer_one_is_not_called_sound(tmp_path):
    import sqlite3

    folder = tmp_path / "nb"
    folder.mkdir()
    (folder / "relnote.db").write_bytes(b"SQLite format 3\x00" + b"\xff" * 4000)  # a header, then garbage
    damaged = in_language("fr", "--data-dir", str(folder), "check")
    assert damaged.returncode == 2
    assert "le fichier est endommagé" in damaged.stderr and "malformed" not in damaged.stderr
    assert "Traceback" not in damaged.stderr

    newer = tmp_path / "newer"
    newer.mkdir()
    connection = sqlite3.connect(newer / "relnote.db")
    connection.execute("CREATE TABLE person (id INTEGER PRIMARY KEY)")
    connection.execute("PRAGMA user_version = 99")
    connection.commit()
    connection.close()
    refused = in_language("en", "--data-dir", str(newer), "check")
    assert refused.returncode == 2 and "is sound" not in refused.stdout
    assert "the file was made by a newer Relnote" in refused.stderr
