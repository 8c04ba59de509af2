"""PySide6's check of every imported module, made quicker, gives PySide's own answers."""

import subprocess
import sys

SCRIPT = """
import sys
import PySide6.QtCore
feature = sys.modules["shibokensupport.feature"]
original = feature._mod_uses_pyside
import relnote.cli  # installs the quicker check, first thing
import json, logging, sqlite3, relnote.ui.theme, relnote.core.people, relnote.db.database
quick = feature._mod_uses_pyside
assert quick is not original and quick.reads_bytes
for name in ("json", "logging", "sqlite3", "relnote.ui.theme", "relnote.core.people", "relnote.db.database",
             "relnote.cli", "PySide6.QtCore", "sys"):
    module = sys.modules[name]
    assert quick(module) == original(module), name
print(quick(sys.modules["relnote.ui.theme"]), quick(sys.modules["relnote.core.people"]))
"""


def test_the_quicker_check_answers_as_pyside_does():
    result = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.split() == ["True", "False"]
