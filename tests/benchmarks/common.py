"""Shared by the benchmarks: the big demo notebook (made once, cached), percentiles, printing."""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CACHE_ENV = "RELNOTE_BENCH_CACHE"
BIG_PEOPLE = 50_000
BIG_MOMENTS = 1_000_000
SEED = 1


def cache_folder() -> Path:
    """Where the big notebook is kept between runs: $RELNOTE_BENCH_CACHE or the system's temp folder."""
    return Path(os.environ.get(CACHE_ENV) or Path(tempfile.gettempdir()) / "relnote-bench")


def big_notebook(people: int = BIG_PEOPLE, moments: int = BIG_MOMENTS) -> Path:
    """The data folder of a demo notebook of this size, made with `relnote demo` the first time."""
    from relnote.db.migrations import LATEST_STEP

    folder = cache_folder() / f"demo-{people}-{moments}-seed{SEED}"
    marker = folder / "made-for-benchmarks.json"
    wanted = {"people": people, "moments": moments, "seed": SEED, "schema_step": LATEST_STEP}
    if marker.exists() and json.loads(marker.read_text()) == wanted:
        return folder
    if folder.exists():
        for child in sorted(folder.rglob("*"), reverse=True):
            child.unlink() if child.is_file() else child.rmdir()
    folder.parent.mkdir(parents=True, exist_ok=True)
    print(f"(making the benchmark notebook once: {people:,} people, {moments:,} moments in {folder})",
          flush=True)
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "relnote", "--data-dir", str(folder), "demo", "--people", str(people),
                    "--moments", str(moments), "--seed", str(SEED)], check=True, stdout=subprocess.DEVNULL)
    print(f"(made in {time.perf_counter() - started:.1f} s)", flush=True)
    marker.write_text(json.dumps(wanted))
    return folder


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def median(values: list[float]) -> float:
    return statistics.median(values)


def report(label: str, value: float, unit: str, baseline: float | None = None, baseline_label: str = "",
           target: str = "") -> None:
    """One figure per line: `label: value unit (baseline …, ratio …×) target …`."""
    line = f"{label}: {value:.1f} {unit}"
    if baseline is not None:
        ratio = value / baseline if baseline else float("inf")
        line += f"  | baseline ({baseline_label}) {baseline:.1f} {unit}, ratio {ratio:.2f}x"
    if target:
        line += f"  | target {target}"
    print(line, flush=True)
