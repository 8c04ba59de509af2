"""A quicker answer to the question PySide6 asks of every module imported after it.

Once loaded, PySide6 checks each newly imported module for `from __feature__ import …` by reading its
source through `inspect.getsource` (PYSIDE-2029), which decodes and splits whole files: some 140
modules, a fifth of Relnote's own work before the window's first paint. Reading the file's bytes
answers the same question, "does the source mention PySide6?", many times faster."""

from __future__ import annotations

import sys
from types import ModuleType

import PySide6.QtCore  # noqa: F401  (loads the check this module replaces)


def mentions_pyside(module: ModuleType, read_source) -> bool:
    path = getattr(module, "__file__", None)
    if not (isinstance(path, str) and path.endswith(".py")):
        return read_source(module)  # built in, compiled or without a source: PySide's own answer
    try:
        with open(path, "rb") as source:
            return b"PySide6" in source.read()
    except OSError:
        return read_source(module)


def check_imports_quickly() -> None:
    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if original is None or getattr(original, "reads_bytes", False):
        return  # another PySide6, or already done

    def quick_check(module: ModuleType) -> bool:
        return mentions_pyside(module, original)

    quick_check.reads_bytes = True
    feature._mod_uses_pyside = quick_check


check_imports_quickly()
