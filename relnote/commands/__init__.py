"""Windowless commands: one module each, with `add_parser(commands)` and `run(args, paths)`.

Words for the terminal live in these modules; none of them imports Qt.
"""

from __future__ import annotations

import argparse
import importlib

from relnote.paths import NotebookPaths

COMMAND_MODULES = ("check", "demo_command", "today_command", "import_command", "export_command",
                   "backup_command", "restore_command")


def _module(name: str):
    return importlib.import_module(f"relnote.commands.{name}")


def add_parsers(commands) -> None:
    for name in COMMAND_MODULES:
        known = set(commands.choices)
        _module(name).add_parser(commands)
        for added in set(commands.choices) - known:
            commands.choices[added].set_defaults(command_module=name)


def run(args: argparse.Namespace, paths: NotebookPaths) -> int:
    from relnote.commands import faults

    module = _module(args.command_module)
    if getattr(module, "OPENS_THE_NOTEBOOK_ITSELF", False):  # check, restore: work on a damaged file
        return faults.run_explaining_faults(module.run, args, paths)
    if not faults.open_notebook_or_explain(paths):
        return 2
    return faults.run_explaining_faults(module.run, args, paths)
