"""Idle cost of Relnote waiting in the tray: CPU seconds over 60 s, against a bare Qt program.

    .venv/bin/python tests/benchmarks/bench_idle_tray.py [--seconds 60]

Both programs run in the same Xvfb with the same tray host (trayer); the baseline is a bare
PySide6 QApplication with a tray icon and nothing else, measured in the same run.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BARE_TRAY_PROGRAM = """
import sys
from PySide6.QtGui import QIcon, QPixmap
from PySide6.QtWidgets import QApplication, QSystemTrayIcon
app = QApplication(sys.argv)
pixmap = QPixmap(22, 22)
pixmap.fill()
tray = QSystemTrayIcon(QIcon(pixmap))
tray.show()
app.setQuitOnLastWindowClosed(False)
app.exec()
"""


def cpu_seconds(pid: int) -> float:
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def measure(command: list[str], env: dict, settle: float, seconds: float) -> float:
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        time.sleep(settle)
        if process.poll() is not None:
            raise SystemExit(f"{command[0]} stopped early")
        before = cpu_seconds(process.pid)
        time.sleep(seconds)
        return cpu_seconds(process.pid) - before
    finally:
        process.terminate()
        process.wait(timeout=10)


def prepare_notebook(folder: Path) -> None:
    subprocess.run([sys.executable, "-m", "relnote", "--data-dir", str(folder), "check"], check=True,
                   capture_output=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=60.0)
    args = parser.parse_args()
    read_end, write_end = os.pipe()
    server = subprocess.Popen(["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
                              pass_fds=(write_end,), stderr=subprocess.DEVNULL)
    os.close(write_end)
    display = ":" + os.fdopen(read_end).readline().strip()
    env = {**os.environ, "DISPLAY": display, "QT_QPA_PLATFORM": "xcb"}
    tray = subprocess.Popen(["trayer", "--edge", "top", "--align", "right", "--SetDockType", "true"],
                            env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        with tempfile.TemporaryDirectory() as folder:
            prepare_notebook(Path(folder))
            baseline = measure([sys.executable, "-c", BARE_TRAY_PROGRAM], env, 3.0, args.seconds)
            relnote = measure([sys.executable, "-m", "relnote", "--data-dir", folder, "--hidden"], env, 5.0,
                              args.seconds)
    finally:
        tray.terminate()
        server.terminate()
    print(f"idle in the tray over {args.seconds:.0f} s: Relnote {relnote:.3f} CPU s, "
          f"bare Qt tray program {baseline:.3f} CPU s, difference {relnote - baseline:+.3f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
