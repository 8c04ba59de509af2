"""The Timeline with 1,000,000 moments: open and paint the first screen (against a plain list widget
painting the same rows), then scroll towards the end and say how many rows are held in memory.

    .venv/bin/python tests/benchmarks/bench_timeline.py [--scroll-seconds 60]
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tests.benchmarks.common import big_notebook, median, report  # noqa: E402

# See bench_search.py: PySide6 6.12 on Python 3.11 loses references to None.
_SPARE_NONE_REFERENCES = [None] * 10_000_000


def resident_mib() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scroll-seconds", type=float, default=600.0)
    args = parser.parse_args()
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication, QListWidget

    from relnote.db.database import open_database
    from relnote.db.timeline_queries import timeline_page
    from relnote.ui.models.timeline_model import PAGE_SIZE, WINDOW_PAGES
    from relnote.ui.pages.timeline_page import TimelinePage

    folder = big_notebook()
    app = QApplication.instance() or QApplication(["relnote"])
    open_database(folder / "relnote.db")

    opened, plain, texts = [], [], []
    for _ in range(5):
        started = time.perf_counter()
        page = TimelinePage()
        page.resize(1100, 800)
        page.show()
        app.processEvents()
        page.repaint()
        opened.append((time.perf_counter() - started) * 1000)
        texts = [page.model.index(row).data(Qt.ItemDataRole.DisplayRole) or "" for row in
                 range(page.model.rowCount())]
        page.close()
        page.deleteLater()
        app.processEvents()

        started = time.perf_counter()
        widget = QListWidget()
        widget.addItems([str(text) for text in texts])
        widget.resize(1100, 800)
        widget.show()
        app.processEvents()
        widget.repaint()
        plain.append((time.perf_counter() - started) * 1000)
        widget.close()
        widget.deleteLater()
        app.processEvents()
    report("timeline: open and paint the first screen, 1M moments (median of 5)", median(opened), "ms",
           median(plain), f"a plain QListWidget painting the same {len(texts)} rows", "<= 100 ms")

    page = TimelinePage()
    page.resize(1100, 800)
    page.show()
    app.processEvents()
    while page.model.read_events() < WINDOW_PAGES * PAGE_SIZE:
        page.view.scrollToBottom()
        app.processEvents()
    bar = page.view.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    depth = page.model.read_events()
    returns, one_page = [], []
    for _ in range(5):
        started = time.perf_counter()
        page.refresh()  # what coming back to the page, or changing a moment, does
        app.processEvents()
        returns.append((time.perf_counter() - started) * 1000)
        started = time.perf_counter()
        timeline_page(page.model.timeline_filter, PAGE_SIZE, None)
        one_page.append((time.perf_counter() - started) * 1000)
    report(f"timeline: come back to it after scrolling through {depth:,} events (median of 5)", median(returns),
           "ms", median(one_page), f"reading one page of {PAGE_SIZE} events")
    page.close()

    page = TimelinePage()
    page.resize(1100, 800)
    page.show()
    app.processEvents()
    before = resident_mib()
    started = time.perf_counter()
    most_rows = 0
    while page.model.canFetchMore() and time.perf_counter() - started < args.scroll_seconds:
        page.view.scrollToBottom()
        app.processEvents()
        most_rows = max(most_rows, page.model.rowCount())
    seconds = time.perf_counter() - started
    reached = not page.model.canFetchMore()
    print(f"timeline: scrolled {'to the end' if reached else 'for ' + format(seconds, '.0f') + ' s (not the end)'}"
          f" in {seconds:.1f} s through {page.model.read_events():,} events: at most {most_rows:,} rows held in "
          f"memory ({page.model.loaded_events():,} events now), RSS {before:.0f} -> {resident_mib():.0f} MiB",
          flush=True)

    for text in ("c", "ca", "cat", "catalogue photos", "gare", "hélène d"):  # as typed, a pause after each
        times = []
        for _ in range(3):
            page.model.update_filter(text="")
            started = time.perf_counter()
            page.model.update_filter(text=text)
            times.append((time.perf_counter() - started) * 1000)
        report(f"timeline: search {text!r} over 1M moments, first page (median of 3)", median(times), "ms")
    return 0


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    os._exit(code)  # skip the interpreter's final clean-up (see bench_search.py)
