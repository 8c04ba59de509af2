"""Run every benchmark (tests/benchmarks/bench_*.py), each in its own process, and print its figures.

    .venv/bin/python tests/benchmarks/run_all.py [bench names to run, e.g. search startup]

The first run makes the big demo notebook (50,000 people, 1,000,000 moments) in $RELNOTE_BENCH_CACHE
or the system's temp folder, and later runs reuse it. Benchmarks print figures and ratios to a
baseline measured in the same run; they never pass or fail a build.
"""

from __future__ import annotations

import os
import platform
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def machine() -> str:
    model = ""
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        model = next((line.split(":", 1)[1].strip() for line in cpuinfo.read_text().splitlines()
                      if line.startswith("model name")), "")
    from PySide6 import __version__ as pyside_version

    return (f"{platform.system()} {platform.machine()}, {os.cpu_count()} cores {model}, "
            f"Python {platform.python_version()}, PySide6 {pyside_version}, SQLite {sqlite3.sqlite_version}")


def main(chosen: list[str]) -> int:
    benches = sorted(HERE.glob("bench_*.py"))
    if chosen:
        benches = [bench for bench in benches if any(name in bench.stem for name in chosen)]
    print(f"Relnote benchmarks on {machine()}\n", flush=True)
    failed = []
    for bench in benches:
        print(f"== {bench.stem} ==", flush=True)
        started = time.perf_counter()
        result = subprocess.run([sys.executable, str(bench)], cwd=HERE.parents[1],
                                env={**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")},
                                stderr=subprocess.PIPE, text=True)
        if result.returncode != 0:
            failed.append(bench.stem)
            print(f"  {bench.stem} did not finish (exit {result.returncode}):\n"
                  + "\n".join("    " + line for line in result.stderr.strip().splitlines()[-8:]), flush=True)
        print(f"  ({time.perf_counter() - started:.0f} s)\n", flush=True)
    if failed:
        print(f"Did not finish: {', '.join(failed)}")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
