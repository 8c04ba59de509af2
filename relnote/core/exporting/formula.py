"""Formula-safe text: a spreadsheet must never run a cell of an export as a formula.

A text starting with = + - @, a tab, CR or NUL is prefixed with a quote. A text already starting
with a quote gets one too, so that Relnote's importer can drop exactly one quote and restore the
original text, whatever it was.
"""

from __future__ import annotations

GUARD = "'"
TRIGGERS = ("=", "+", "-", "@", "\t", "\r", "\0", GUARD)


def neutralise(text: str) -> str:
    return GUARD + text if text.startswith(TRIGGERS) else text


def restore(text: str) -> str:
    return text[1:] if text.startswith(GUARD) else text


def unguarded(text: str) -> str:
    """In any other file: a quote only guarding a formula sign ("'+33 6…", as Relnote's CSV for spreadsheets
    writes it) is dropped; any other text is kept as it is."""
    return text[1:] if text.startswith(GUARD) and text[1:2] in ("=", "+", "-", "@") else text
