"""Start Relnote at login: a freedesktop autostart entry (Linux and other XDG desktops)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

ENTRY_NAME = "relnote.desktop"


def autostart_supported() -> bool:
    return sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd"))


def autostart_entry() -> Path:
    config_home = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(config_home) / "autostart" / ENTRY_NAME


def is_enabled() -> bool:
    return autostart_entry().is_file()


def enable(command: list[str], start_hidden: bool = True) -> Path:
    """Write the entry; `command` starts Relnote (e.g. the `relnote` launcher with its arguments)."""
    entry = autostart_entry()
    entry.parent.mkdir(parents=True, exist_ok=True)
    arguments = [*command, "--hidden"] if start_hidden else list(command)
    entry.write_text(
        "[Desktop Entry]\n"
        "Type=Application\n"
        "Name=Relnote\n"
        "Comment=Your notebook of people and moments, in the tray\n"
        f"Exec={' '.join(_quote(argument) for argument in arguments)}\n"
        "Icon=relnote\n"
        "Terminal=false\n"
        "X-GNOME-Autostart-enabled=true\n",
        encoding="utf-8",
    )
    return entry


_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")


def _quote(argument: str) -> str:
    """Quote one Exec argument as the Desktop Entry specification asks."""
    argument = argument.replace("%", "%%")
    if not _RESERVED.intersection(argument):
        return argument
    escaped = "".join("\\" + ch if ch in '"`$\\' else ch for ch in argument)
    return f'"{escaped}"'


def disable() -> None:
    autostart_entry().unlink(missing_ok=True)
