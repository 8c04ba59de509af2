"""`relnote [--data-dir DIR] [COMMAND …]`. Commands without a window never import Qt."""

from __future__ import annotations

import argparse
import os
import sys

from relnote import __version__
from relnote.paths import DataDirError, prepare, resolve_paths


def build_parser(with_commands: bool = True) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="relnote",
        description="Relnote: a notebook for the people you meet. Without a command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"Relnote {__version__}")
    parser.add_argument("--data-dir", metavar="DIR",
                        help="the folder holding the notebook (default: your user data folder; "
                             "also RELNOTE_DATA_DIR)")
    parser.add_argument("--hidden", action="store_true",
                        help="start in the system tray without showing the window")
    if with_commands:
        from relnote.commands import add_parsers

        add_parsers(parser.add_subparsers(dest="command", metavar="COMMAND"))
    else:
        parser.set_defaults(command=None)
    return parser


def _opens_the_window(argv: list[str]) -> bool:
    """No command and no help asked: the window opens, and the commands need not be loaded."""
    words = [word for word in argv if not word.startswith("-")]
    data_dir_values = {argv[i + 1] for i, word in enumerate(argv[:-1]) if word == "--data-dir"}
    return not set(words) - data_dir_values and not {"-h", "--help"} & set(argv)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    os.umask(0o077)  # every file Relnote writes (notebook, settings, lock, logs, exports) is the user's alone
    args = build_parser(with_commands=not _opens_the_window(argv)).parse_args(argv)
    try:
        paths = resolve_paths(args.data_dir)
        prepare(paths)
        if args.command is None:
            from relnote.app import run_window

            return run_window(paths, hidden=args.hidden)
        from relnote import commands

        return commands.run(args, paths)
    except DataDirError as error:
        print(f"relnote: cannot use the data folder {error.path}: {error.reason}.", file=sys.stderr)
        if args.command is None:  # started from a menu, there may be no terminal to read it
            from relnote.app import create_application
            from relnote.ui.data_dir_refusal import refuse_data_dir

            refuse_data_dir(create_application(), error)
        return 2
    except KeyboardInterrupt:
        return 130
