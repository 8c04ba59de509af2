"""db and core never import Qt: walk their imports in a fresh interpreter."""

import pkgutil
import subprocess
import sys

import relnote.core
import relnote.db


def _modules(package) -> list[str]:
    return [package.__name__] + [
        f"{package.__name__}.{info.name}" for info in pkgutil.walk_packages(package.__path__)
    ]


def test_db_and_core_import_no_qt():
    modules = _modules(relnote.db) + _modules(relnote.core) + ["relnote.paths"]
    script = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "qt = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "print(','.join(qt))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "", f"Qt was imported by db/core: {result.stdout}"
    assert len(modules) > 8


def test_windowless_commands_load_qt_for_their_words_only():
    """The terminal speaks through Qt's translations (QtCore), and never loads widgets or graphics."""
    import relnote.commands

    names = ["relnote.cli"] + [f"relnote.commands.{name}" for name in relnote.commands.COMMAND_MODULES]
    script = (
        "import importlib, sys\n"
        f"for name in {names!r}:\n"
        "    importlib.import_module(name)\n"
        "print(sorted(m for m in sys.modules if m.startswith('PySide6.Qt')))\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "['PySide6.QtCore']"
