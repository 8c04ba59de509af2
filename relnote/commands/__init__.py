"""Windowless commands: one module each, with `add_parser(commands)` and `run(args, paths)`.

Words for the terminal live in these modules; none of them imports Qt.
"""

from __future__ import annotations

import argparse
import importlib
import sys

from relnote.db.database import NotebookError, open_database
from relnote.paths import NotebookPaths

COMMAND_MODULES = ("check", "today_command", "import_command", "export_command")


def _module(name: str):
    return importlib.import_module(f"relnote.commands.{name}")


def add_parsers(commands) -> None:
    for name in COMMAND_MODULES:
        known = set(commands.choices)
        _module(name).add_parser(commands)
        for added in set(commands.choices) - known:
            commands.choices[added].set_defaults(command_module=name)


def open_notebook_or_explain(paths: NotebookPaths) -> bool:
    try:
        open_database(paths.database)
    except NotebookError as error:
        print(f"relnote: cannot open the notebook {error.path}: {error.reason}.", file=sys.stderr)
        return False
    return True


def run(args: argparse.Namespace, paths: NotebookPaths) -> int:
    if not open_notebook_or_explain(paths):
        return 2
    return _module(args.command_module).run(args, paths)
