"""How to start this same Relnote again (for login autostart, or a second notebook)."""

from __future__ import annotations

import sys
from pathlib import Path


def relnote_command(data_dir: Path) -> list[str]:
    """The command that started this Relnote, aimed at the notebook in `data_dir`."""
    launcher = Path(sys.argv[0]).resolve() if sys.argv and sys.argv[0] else None
    frozen = getattr(sys, "frozen", False)
    if frozen or (launcher and launcher.name == "relnote" and launcher.is_file()):
        command = [str(Path(sys.executable) if frozen else launcher)]
    else:
        command = [sys.executable, "-m", "relnote"]
    return [*command, "--data-dir", str(data_dir)]
