"""Which language the sample notebook's prose is written in, the names of people, places and
organisations (French and English alike) set aside."""

from __future__ import annotations

import re

from relnote.core import demo_words

# Short words only one of the two languages uses ("a" and "on" are in both).
FUNCTION_WORDS = {
    demo_words.FRENCH: {"de", "le", "la", "les", "un", "une", "sur", "pour", "avec", "au", "aux", "des", "du",
                        "sa", "son", "leur", "et", "à", "d", "l", "qu", "m", "j", "par", "après", "ce", "nous"},
    demo_words.ENGLISH: {"the", "about", "with", "for", "their", "them", "they", "to", "at", "of", "from", "and",
                         "i", "my", "in", "me"},
}

_NAMES = sorted({name for table in (demo_words.FIRST_NAMES, demo_words.LAST_NAMES, demo_words.ORGANISATIONS,
                                    demo_words.CITIES) for names in table.values() for name in names},
                key=len, reverse=True)

# Every column where the sample writes sentences or words rather than names.
PROSE = """SELECT summary FROM moment UNION ALL SELECT notes FROM moment
    UNION ALL SELECT text FROM journal_entry UNION ALL SELECT reason FROM follow_up UNION ALL SELECT name FROM tag
    UNION ALL SELECT role FROM person UNION ALL SELECT how_we_met FROM person UNION ALL SELECT where_we_met FROM person
    UNION ALL SELECT what_matters FROM person UNION ALL SELECT how_i_could_help FROM person
    UNION ALL SELECT notes FROM person"""


def languages_of(text: str) -> set[str]:
    for name in _NAMES:
        text = text.replace(name, " ")
    words = set(re.findall(r"\w+", text.casefold()))
    return {language for language, function_words in FUNCTION_WORDS.items() if words & function_words}


def prose_languages(execute) -> dict[str, list[str]]:
    """The sample's prose by language it is written in; `execute` runs SQL on the notebook."""
    found: dict[str, list[str]] = {}
    for (text,) in execute(PROSE).fetchall():
        for language in languages_of(text or ""):
            found.setdefault(language, []).append(text)
    return found
