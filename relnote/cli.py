"""`relnote [--data-dir DIR] [COMMAND …]`. Commands without a window never load widgets; they speak
the user's language through QtCore's translations."""

from __future__ import annotations

import argparse
import os
import sys

import relnote.ui.pyside_import_check  # noqa: F401  (first: every later import is checked by PySide)
from relnote import __version__
from relnote.commands.words import say, speak_the_users_language, translated
from relnote.paths import DataDirError, prepare, resolve_paths
from relnote.ui.data_dir_refusal import reason_words


class _Formatter(argparse.HelpFormatter):
    def add_usage(self, usage, actions, groups, prefix=None):
        super().add_usage(usage, actions, groups, translated("usage: ") if prefix is None else prefix)


class RelnoteParser(argparse.ArgumentParser):
    """argparse with its own words (usage, sections, help) in the user's language."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, formatter_class=_Formatter, add_help=False, **kwargs)
        self._positionals.title = translated("arguments")  # argparse adds the colon; French adds a space before it
        self._optionals.title = translated("options")
        self.add_argument("-h", "--help", action="help", help=translated("show this help and quit"))

    def error(self, message: str):
        self.print_usage(sys.stderr)
        self.exit(2, translated("%1: error: %2").replace("%1", self.prog).replace("%2", message) + "\n")


def build_parser(with_commands: bool = True) -> argparse.ArgumentParser:
    parser = RelnoteParser(
        prog="relnote",
        description=translated("Relnote: a notebook for the people you meet. Without a command, opens the window."),
    )
    parser.add_argument("--version", action="version", version=f"Relnote {__version__}",
                        help=translated("show Relnote's version and quit"))
    parser.add_argument("--data-dir", metavar=translated("DIR"),
                        help=translated("the folder holding the notebook (default: your user data folder; "
                                "also RELNOTE_DATA_DIR)"))
    parser.add_argument("--hidden", action="store_true",
                        help=translated("start in the system tray without showing the window"))
    if with_commands:
        from relnote.commands import add_parsers

        add_parsers(parser.add_subparsers(dest="command", metavar=translated("COMMAND"), parser_class=RelnoteParser,
                                          required=True))
    else:
        parser.set_defaults(command=None)
    return parser


def _data_dir_in(argv: list[str]) -> str | None:
    """--data-dir, read before the arguments are parsed: the notebook's settings choose the language."""
    for position, word in enumerate(argv):
        if word == "--data-dir" and position + 1 < len(argv):
            return argv[position + 1]
        if word.startswith("--data-dir="):
            return word.split("=", 1)[1]
    return None


def _opens_the_window(argv: list[str]) -> bool:
    """No command and no help asked: the window opens, and the commands need not be loaded."""
    words = [word for word in argv if not word.startswith("-")]
    data_dir_values = {argv[i + 1] for i, word in enumerate(argv[:-1]) if word == "--data-dir"}
    return not set(words) - data_dir_values and not {"-h", "--help"} & set(argv)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    os.umask(0o077)  # every file Relnote writes (notebook, settings, lock, logs, exports) is the user's alone
    with_commands = not _opens_the_window(argv)
    if with_commands:
        speak_the_users_language(resolve_paths(_data_dir_in(argv)))
    args = build_parser(with_commands).parse_args(argv)
    try:
        paths = resolve_paths(args.data_dir)
        prepare(paths)
        if args.command is None:
            from relnote.app import run_window

            return run_window(paths, hidden=args.hidden)
        from relnote import commands

        status = commands.run(args, paths)
        sys.stdout.flush()  # a reader gone is noticed here rather than after main returns
        return status
    except DataDirError as error:
        say(translated("cannot use the data folder %1: %2.").replace("%1", str(error.path))
            .replace("%2", reason_words(error)))
        if args.command is None:  # started from a menu, there may be no terminal to read it
            from relnote.app import create_application
            from relnote.ui.data_dir_refusal import refuse_data_dir

            refuse_data_dir(create_application(), error)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `relnote today | head`: the reader stopped reading, which is no error
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141
