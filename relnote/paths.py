"""Where Relnote keeps its files. No Qt here.

By default the notebook lives in the platform's user data folder. `--data-dir DIR` or the
`RELNOTE_DATA_DIR` environment variable moves everything (notebook, settings, logs, backups)
into one folder, which keeps a notebook self-contained and portable.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "Relnote"
DATA_DIR_ENV = "RELNOTE_DATA_DIR"
DATABASE_NAME = "relnote.db"
SAMPLE_FOLDER = "sample-notebook"  # beside the user's notebook: made up, to try Relnote
PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600


class DataDirError(Exception):
    """The data folder cannot be used; carries the path and the reason."""

    def __init__(self, path: Path, reason: str):
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


@dataclass(frozen=True)
class NotebookPaths:
    data_dir: Path
    config_dir: Path
    log_dir: Path

    @property
    def database(self) -> Path:
        return self.data_dir / DATABASE_NAME

    @property
    def is_sample(self) -> bool:
        """The sample notebook the welcome offers, kept in a folder beside the user's own notebook."""
        return self.data_dir.name == SAMPLE_FOLDER and (self.data_dir.parent / DATABASE_NAME).exists()

    @property
    def backups_dir(self) -> Path:
        return self.data_dir / "backups"

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.ini"


def resolve_paths(data_dir: str | os.PathLike | None = None) -> NotebookPaths:
    chosen = data_dir or os.environ.get(DATA_DIR_ENV)
    if chosen:
        root = Path(chosen).expanduser().absolute()
        return NotebookPaths(data_dir=root, config_dir=root, log_dir=root / "logs")
    return default_paths()


def default_paths() -> NotebookPaths:
    """The user's own notebook, where the platform keeps an application's data."""
    return NotebookPaths(
        data_dir=Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
        config_dir=Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
        log_dir=Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)),
    )


def ensure_private_dir(path: Path) -> None:
    """Create `path` (mode 0700) or check that it is a usable folder."""
    if path.exists() and not path.is_dir():
        raise DataDirError(path, "this path is a file, not a folder")
    try:
        for folder in reversed([path, *(parent for parent in path.parents if not parent.exists())]):
            folder.mkdir(mode=PRIVATE_DIR_MODE, exist_ok=True)  # missing parents too, as XDG asks
        if stat.S_IMODE(path.stat().st_mode) != PRIVATE_DIR_MODE:
            path.chmod(PRIVATE_DIR_MODE)
    except PermissionError:
        raise DataDirError(path, "permission denied") from None
    except OSError as error:
        raise DataDirError(path, error.strerror or str(error)) from None
    if not os.access(path, os.W_OK | os.X_OK):
        raise DataDirError(path, "the folder is not writable")


def ensure_private_file(path: Path) -> None:
    """Create `path` empty with mode 0600 if missing; tighten its mode if it exists."""
    try:
        fd = os.open(path, os.O_CREAT | os.O_RDWR, PRIVATE_FILE_MODE)
        os.close(fd)
        if stat.S_IMODE(path.stat().st_mode) != PRIVATE_FILE_MODE:
            path.chmod(PRIVATE_FILE_MODE)
    except IsADirectoryError:
        raise DataDirError(path, "this path is a folder, not a file") from None
    except PermissionError:
        raise DataDirError(path, "permission denied") from None
    except OSError as error:
        raise DataDirError(path, error.strerror or str(error)) from None


def prepare(paths: NotebookPaths) -> None:
    for folder in dict.fromkeys((paths.data_dir, paths.config_dir, paths.log_dir)):
        ensure_private_dir(folder)
    ensure_private_file(paths.database)
