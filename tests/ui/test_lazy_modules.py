"""Modules the window's start leaves for later run once, when first used or when the start says so."""

from __future__ import annotations

import sys

from relnote.ui.lazy_modules import lazily, load_waiting_modules


def test_a_module_runs_once_when_first_used_or_when_the_start_loads_the_waiting_ones(tmp_path, monkeypatch):
    (tmp_path / "probe_used.py").write_text("import builtins\nbuiltins.probe_runs.append('used')\nVALUE = 7\n")
    (tmp_path / "probe_waiting.py").write_text("import builtins\nbuiltins.probe_runs.append('waiting')\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setattr("builtins.probe_runs", [], raising=False)
    import builtins

    used, waiting = lazily("probe_used"), lazily("probe_waiting")
    assert builtins.probe_runs == []  # nothing ran at import time
    assert used.VALUE == 7 and builtins.probe_runs == ["used"]
    assert lazily("probe_used") is used is sys.modules["probe_used"]
    load_waiting_modules()
    assert builtins.probe_runs == ["used", "waiting"]
    load_waiting_modules()
    assert builtins.probe_runs == ["used", "waiting"]
    for name in ("probe_used", "probe_waiting"):
        monkeypatch.delitem(sys.modules, name)
