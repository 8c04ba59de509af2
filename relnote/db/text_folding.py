"""Case and accent folding, registered in SQLite as `fold()` so "helene" finds "Hélène"."""

from __future__ import annotations

import unicodedata

from relnote.db.database import database


# Letters that Unicode does not decompose into a base letter and an accent.
_SEPARATE_LETTERS = str.maketrans({"œ": "oe", "æ": "ae", "ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th"})


def fold(text: str | None) -> str:
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFKD", text.casefold().translate(_SEPARATE_LETTERS))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@database.func("fold", deterministic=True)
def _sql_fold(text):
    return fold(text)


def like_pattern(text: str) -> str:
    """A LIKE pattern (escape character `\\`) matching `text` anywhere, folded."""
    escaped = fold(text).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"
