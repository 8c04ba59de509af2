"""`relnote demo` as a user types it: real processes, real files."""

import sqlite3
from pathlib import Path

from tests.sample_language import prose_languages
from tests.test_cli import in_language, relnote


def folder_contents(folder: Path) -> dict[str, bytes]:
    return {str(path.relative_to(folder)): path.read_bytes() for path in folder.rglob("*")
            if path.is_file() and "logs" not in path.parts}


def test_demo_fills_a_new_notebook_and_check_finds_it_sound(tmp_path):
    folder = str(tmp_path / "demo")
    result = relnote("--data-dir", folder, "demo", "--people", "40", "--moments", "300", "--seed", "4")
    assert result.returncode == 0, result.stderr
    assert "40 people, 300 moments" in result.stdout
    assert f"relnote --data-dir {folder}" in result.stdout
    check = relnote("--data-dir", folder, "check")
    assert check.returncode == 0, check.stderr
    assert "is sound: 40 people, 300 moments" in check.stdout


def test_demo_refuses_a_notebook_that_holds_anything(tmp_path):
    folder = str(tmp_path / "mine")
    assert relnote("--data-dir", folder, "demo", "--people", "5", "--moments", "10").returncode == 0
    before = folder_contents(tmp_path / "mine")
    again = relnote("--data-dir", folder, "demo", "--people", "500", "--moments", "10")
    assert again.returncode == 1
    assert again.stdout == "", "refused before saying it writes anything"
    assert "Traceback" not in again.stderr
    assert "already holds 5 people, 10 moments" in again.stderr
    assert "only fills an empty notebook" in again.stderr and "nothing was written" in again.stderr
    assert folder_contents(tmp_path / "mine") == before
    assert "is sound: 5 people, 10 moments" in relnote("--data-dir", folder, "check").stdout


def test_demo_refuses_in_the_terminals_language_with_one_person_said_as_one(tmp_path):
    folder = str(tmp_path / "mine")
    assert relnote("--data-dir", folder, "demo", "--people", "1", "--moments", "0").returncode == 0
    again = in_language("fr", "--data-dir", folder, "demo")
    assert again.returncode == 1 and again.stdout == ""
    assert "contient déjà 1 personne, 0 moment et " in again.stderr and "rien n’a été écrit" in again.stderr


def test_the_sample_is_written_in_the_terminals_language(tmp_path):
    for language in ("fr", "en"):
        folder = tmp_path / language
        result = in_language(language, "--data-dir", str(folder), "demo", "--people", "30", "--moments", "200")
        assert result.returncode == 0, result.stderr
        with sqlite3.connect(folder / "relnote.db") as written:
            assert list(prose_languages(written.execute)) == [language]


def test_demo_sizes_are_checked(tmp_path):
    none = relnote("--data-dir", str(tmp_path / "a"), "demo", "--people", "0")
    assert none.returncode == 2 and "at least one person" in none.stderr
    words = relnote("--data-dir", str(tmp_path / "b"), "demo", "--moments", "many")
    assert words.returncode == 2 and "“many” is not a whole number" in words.stderr
    assert "Traceback" not in none.stderr + words.stderr


def test_demo_is_listed_in_help():
    result = relnote("--help")
    assert "demo" in result.stdout
