"""Privacy: no network at all, private modes, and nothing written outside the data, config and log
folders. A whole session of commands runs as real processes under a fake HOME, with the default
platform folders; a sitecustomize refuses and records any attempt to open a network socket."""

import os
import stat
import subprocess
import sys
from pathlib import Path

from tests.safety.support import no_traceback

NETWORK_GUARD = '''
import os, socket
_real = socket.socket
class _Guarded(_real):
    def __init__(self, family=-1, *args, **kwargs):
        if family in (socket.AF_INET, socket.AF_INET6) or family == -1:
            with open(os.environ["RELNOTE_NETWORK_LOG"], "a") as log:
                log.write(f"socket family {family}\\n")
            raise PermissionError("network access is not allowed in this test")
        super().__init__(family, *args, **kwargs)
socket.socket = _Guarded
_connect = socket.create_connection
def _refuse(*args, **kwargs):
    with open(os.environ["RELNOTE_NETWORK_LOG"], "a") as log:
        log.write(f"connection {args}\\n")
    raise PermissionError("network access is not allowed in this test")
socket.create_connection = _refuse
'''


def test_a_session_writes_only_private_files_in_relnotes_folders_and_never_uses_the_network(tmp_path):
    home = tmp_path / "session-home"
    home.mkdir()
    guard = tmp_path / "guard"
    guard.mkdir()
    (guard / "sitecustomize.py").write_text(NETWORK_GUARD)
    network_log = tmp_path / "network.log"
    env = {"HOME": str(home), "PATH": os.environ.get("PATH", "/usr/bin:/bin"), "LANG": "C.UTF-8",
           "PYTHONPATH": str(guard), "RELNOTE_NETWORK_LOG": str(network_log), "PYTHONDONTWRITEBYTECODE": "1"}
    source = tmp_path / "contacts.csv"
    source.write_text("First Name,Last Name,E-mail 1 - Value\nClaire,Martin,claire@example.org\n", encoding="utf-8")
    exported = tmp_path / "exports" / "people.csv"
    exported.parent.mkdir()
    session = [["demo", "--people", "40", "--moments", "120"], ["import", str(source)], ["today"],
               ["backup"], ["export", "people", "-o", str(exported)], ["check"]]
    for command in session:
        result = subprocess.run([sys.executable, "-m", "relnote", *command], env=env, capture_output=True,
                                text=True, timeout=120)
        no_traceback(result)
        assert result.returncode == 0, (command, result.stderr)
    backups = home / ".local" / "share" / "Relnote" / "backups"
    made = sorted(backups.iterdir())
    restored = subprocess.run([sys.executable, "-m", "relnote", "restore", str(made[0])], env=env,
                              capture_output=True, text=True, timeout=120)
    assert restored.returncode == 0, restored.stderr

    assert not network_log.exists(), network_log.read_text()
    allowed = [home / ".local" / "share" / "Relnote", home / ".config" / "Relnote",
               home / ".local" / "state" / "Relnote"]
    written = [path for path in home.rglob("*")]
    outside = [path for path in written if not any(path == root or root in path.parents for root in allowed)
               and not any(path in root.parents for root in allowed)]
    assert outside == []
    assert (home / ".local" / "share" / "Relnote" / "relnote.db").exists()
    for path in written:
        if any(path == root or root in path.parents for root in allowed):
            mode = stat.S_IMODE(path.stat().st_mode)
            assert mode == (0o700 if path.is_dir() else 0o600), (path, oct(mode))
    assert stat.S_IMODE(exported.stat().st_mode) & 0o077 == 0  # the export the user asked for is private too


def test_db_and_core_never_import_a_network_module():
    probe = ("import sys, relnote.core.backups, relnote.core.health, relnote.commands.faults; "
             "print(sorted(m for m in sys.modules if m in ('socket', 'ssl', 'http.client', 'urllib.request')))")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60,
                            cwd=Path(__file__).resolve().parents[2])
    assert result.stdout.strip() in ("[]", "['socket']"), result.stdout  # socket may come with logging
