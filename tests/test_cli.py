"""The command line as a user types it: real processes, real files."""

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
