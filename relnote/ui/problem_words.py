"""Words for what can go wrong with the notebook's files, shared by the window and the terminal.

Only QtCore is used here: the command line speaks these words too, without loading widgets."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

from relnote.core import backup_files as problems
from relnote.core.backup_files import BackupError

PROBLEM_WORDS = {
    problems.DISK_FULL: QT_TRANSLATE_NOOP("ProblemWords", "the disk is full"),
    problems.READ_ONLY: QT_TRANSLATE_NOOP("ProblemWords", "the folder or file is read-only"),
    problems.PERMISSION: QT_TRANSLATE_NOOP("ProblemWords", "permission denied"),
    problems.CANNOT_OPEN: QT_TRANSLATE_NOOP("ProblemWords", "the file cannot be opened"),
    problems.MISSING: QT_TRANSLATE_NOOP("ProblemWords", "the file is not there"),
    problems.BUSY: QT_TRANSLATE_NOOP("ProblemWords", "another program is writing to the notebook"),
    problems.DAMAGED: QT_TRANSLATE_NOOP("ProblemWords", "the file is damaged"),
    problems.NOT_A_NOTEBOOK: QT_TRANSLATE_NOOP("ProblemWords", "the file is not a Relnote notebook"),
    problems.TOO_NEW: QT_TRANSLATE_NOOP("ProblemWords", "the file was made by a newer Relnote"),
    problems.EMPTIED: QT_TRANSLATE_NOOP("ProblemWords", "the file is empty, although backups show it held a notebook"),
}


def problem_text(problem: str) -> str | None:
    """The words for one of `backup_files`' problems, or None for one without words of its own."""
    words = PROBLEM_WORDS.get(problem)
    return QCoreApplication.translate("ProblemWords", words) if words else None


def health_words(problems: list[str]) -> str:
    """A health report's first problems, in words where Relnote has its own."""
    return "; ".join(problem_text(problem) or problem for problem in problems[:3])


def reason_words(error) -> str:
    """Why an error carrying a problem key (and the system's own `detail`) happened: in Relnote's
    words where it has them, else in the system's."""
    return problem_text(error.problem) or error.detail or error.problem.replace("_", " ")


def problem_words(error: BackupError) -> str:
    """"the disk is full (/path/to/file)"."""
    return f"{reason_words(error)} ({error.path})"
