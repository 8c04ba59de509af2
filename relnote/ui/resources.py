"""Where the icons and translations are: inside the installed package, or in the source tree.

QtGui is loaded only for the icon: the terminal finds its translations here without it."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon

_PACKAGE = Path(__file__).resolve().parent.parent


@lru_cache(maxsize=1)
def resources_dir() -> Path:
    for candidate in (_PACKAGE / "resources", _PACKAGE.parent / "resources"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("Relnote's resources folder is missing from this installation")


@lru_cache(maxsize=1)
def app_icon() -> QIcon:
    """One icon for the application and its windows, read once."""
    from PySide6.QtGui import QIcon

    return QIcon(str(resources_dir() / "icons" / "relnote.svg"))


def translations_dir() -> Path:
    return resources_dir() / "translations"


def give_the_application_its_icon() -> None:
    """Every window's icon, Relnote's. Reading the SVG loads Qt's SVG support (a few milliseconds): a
    start sets it just after the window's first paint, or before a dialog that comes first."""
    from PySide6.QtWidgets import QApplication

    QApplication.setWindowIcon(app_icon())
