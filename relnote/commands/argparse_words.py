"""argparse's own sentences (a missing argument, an unknown command…) in the user's language: argparse
asks gettext for them, and is given Qt's translations instead."""

from __future__ import annotations

import argparse

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

# Written as argparse writes them (Python 3.11 to 3.13), so that the translation tools find them.
SENTENCES = (
    QT_TRANSLATE_NOOP("Terminal", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("Terminal", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("Terminal", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("Terminal", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("Terminal", "expected one argument"),
    QT_TRANSLATE_NOOP("Terminal", "expected at most one argument"),
    QT_TRANSLATE_NOOP("Terminal", "expected at least one argument"),
    QT_TRANSLATE_NOOP("Terminal", "expected %s argument"),
    QT_TRANSLATE_NOOP("Terminal", "expected %s arguments"),
    QT_TRANSLATE_NOOP("Terminal", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("Terminal", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("Terminal", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("Terminal", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("Terminal", "ignored explicit argument %r"),
)


def _sentence(text: str) -> str:
    return QCoreApplication.translate("Terminal", text)


def _plural_sentence(singular: str, plural: str, count: int) -> str:
    return _sentence(singular if count == 1 else plural)


def translate_argparse() -> None:
    """From now on argparse's messages go through the installed translators (unknown ones stay English)."""
    argparse._ = _sentence
    argparse.ngettext = _plural_sentence
