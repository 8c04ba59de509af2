import os
import stat

import pytest

from relnote.paths import DataDirError, prepare, resolve_paths


def mode(path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_data_dir_from_environment_is_private(tmp_path, monkeypatch):
    monkeypatch.setenv("RELNOTE_DATA_DIR", str(tmp_path / "mine"))
    paths = resolve_paths()
    prepare(paths)
    assert paths.database == tmp_path / "mine" / "relnote.db"
    assert mode(paths.data_dir) == 0o700
    assert mode(paths.database) == 0o600


def test_argument_wins_over_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("RELNOTE_DATA_DIR", str(tmp_path / "env"))
    assert resolve_paths(tmp_path / "arg").data_dir == tmp_path / "arg"


def test_default_is_the_platform_user_data_folder(monkeypatch, private_home):
    monkeypatch.delenv("RELNOTE_DATA_DIR")
    paths = resolve_paths()
    assert paths.data_dir == private_home / "data" / "Relnote"
    assert paths.config_dir == private_home / "config" / "Relnote"


def test_loose_permissions_are_tightened(tmp_path):
    folder = tmp_path / "loose"
    folder.mkdir(mode=0o755)
    os.chmod(folder, 0o755)
    (folder / "relnote.db").touch(mode=0o644)
    os.chmod(folder / "relnote.db", 0o644)
    paths = resolve_paths(folder)
    prepare(paths)
    assert mode(folder) == 0o700
    assert mode(paths.database) == 0o600


def test_a_file_in_place_of_the_folder_is_named(tmp_path):
    blocker = tmp_path / "notes.txt"
    blocker.write_text("not a folder")
    with pytest.raises(DataDirError) as caught:
        prepare(resolve_paths(blocker))
    assert caught.value.path == blocker
    assert "file" in caught.value.reason
