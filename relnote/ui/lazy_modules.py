"""Modules executed when first used rather than when imported: the window is painted before the
database layer (peewee and the models) is loaded, just after."""

from __future__ import annotations

import importlib.util
import sys
from types import ModuleType

_waiting: list[ModuleType] = []


def lazily(name: str) -> ModuleType:
    """The module `name`, executed at its first attribute access (the standard library's LazyLoader)."""
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.find_spec(name)
    loader = importlib.util.LazyLoader(spec.loader)
    spec.loader = loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    loader.exec_module(module)
    _waiting.append(module)
    return module


def load_waiting_modules() -> None:
    """Execute now, on this thread, the modules not used yet: before background work may reach them
    (the LazyLoader of Python 3.11 could then execute a module twice, once in each thread)."""
    while _waiting:
        _waiting.pop().__doc__  # noqa: B018 (any attribute executes it)
