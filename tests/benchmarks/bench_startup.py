"""Start-up and memory: Relnote on a notebook of 50,000 people and 1,000,000 moments, against a bare
PySide6 window, both started as new processes (offscreen) and timed to their first painted window.

    .venv/bin/python tests/benchmarks/bench_startup.py [--rounds 7]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.benchmarks.common import big_notebook, median, report  # noqa: E402


def first_paint(arguments: list[str]) -> dict:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # as on a user's machine, where compiled modules are kept
    started = time.time()
    result = subprocess.run([sys.executable, "-m", "tests.benchmarks.first_paint", *arguments], env=env,
                            capture_output=True, text=True, timeout=120,
                            cwd=Path(__file__).resolve().parents[2])
    lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
    if not lines:
        raise SystemExit(f"{arguments[0]} did not paint a window:\n{result.stderr[-2000:]}")
    figures = json.loads(lines[0])
    figures["startup_ms"] = (figures["painted_at"] - started) * 1000
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()
    folder = big_notebook()
    settings = folder / "settings.ini"
    bare, relnote = [], []
    first_paint(["bare"])  # warm the file cache for both programs alike
    first_paint(["relnote", str(folder)])
    for _ in range(args.rounds):
        bare.append(first_paint(["bare"]))
        if settings.exists():
            settings.unlink()  # the People page, as on a first start
        relnote.append(first_paint(["relnote", str(folder)]))
    report("start-up to first painted window, 50k people / 1M moments (median)",
           median([r["startup_ms"] for r in relnote]), "ms",
           median([r["startup_ms"] for r in bare]), "bare PySide6 window", "<= 1.5x")
    relnote_mib = median([r["rss_settled_kib"] for r in relnote]) / 1024
    bare_mib = median([r["rss_settled_kib"] for r in bare]) / 1024
    report("memory (RSS) with that notebook open, 1.5 s after the first paint", relnote_mib, "MiB",
           bare_mib, "bare PySide6 window", "<= +80 MB")
    print(f"  difference: {relnote_mib - bare_mib:+.1f} MiB", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
