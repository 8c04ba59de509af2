"""The columns of Relnote's own CSV exports, shared with the importer that reads them back.

Headers are fixed English words so that a file exported in one language imports in any other.
"""

from __future__ import annotations

import re

from relnote.core.importing import targets as t

PERSON_COLUMNS = (
    ("Relnote person ID", t.PERSON_ID),
    ("Name", t.DISPLAY_NAME),
    ("First name", t.FIRST_NAME),
    ("Last name", t.LAST_NAME),
    ("Organisation", t.ORGANISATION),
    ("Role", t.ROLE),
    ("City", t.CITY),
    ("Stage", t.STAGE),
    ("Tags", t.TAGS),
    ("How we met", t.HOW_WE_MET),
    ("Where we met", t.WHERE_WE_MET),
    ("Met on", t.MET_ON),
    ("Introduced by", t.INTRODUCED_BY),
    ("Introduced by ID", t.INTRODUCED_BY_ID),
    ("What matters to them", t.WHAT_MATTERS),
    ("How I could help", t.HOW_I_COULD_HELP),
    ("Keep in touch every (days)", t.CADENCE_DAYS),
    ("Notes", t.NOTES),
    ("Added on", t.ADDED_ON),
    ("Updated on", t.UPDATED_ON),
    ("Archived on", t.ARCHIVED_ON),
    ("Imported on", t.IMPORTED_ON),
    ("Last moment", t.LAST_MOMENT),
    ("Stage history", t.STAGE_HISTORY),
)
CONTACT_HEADERS = {"email": "E-mail", "phone": "Phone", "link": "Link"}
CONTACT_HEADER = re.compile(r"^(E-mail|Phone|Link) (\d+)( label)?$")

MOMENT_COLUMNS = ("Relnote moment ID", "When", "Kind", "Initiated by", "Summary", "Notes",
                  "People", "People IDs", "Added on")
JOURNAL_COLUMNS = ("Relnote journal entry ID", "Day", "Kind", "Position", "Text", "People",
                   "People IDs", "Added on", "Updated on")
FOLLOW_UP_COLUMNS = ("Relnote follow-up ID", "Person", "Person ID", "Reason", "Due",
                     "They expect to hear from me", "Done on", "Reminded on", "Added on")

KIND_BY_FIRST_HEADER = {
    PERSON_COLUMNS[0][0]: t.PEOPLE,
    MOMENT_COLUMNS[0]: t.MOMENTS,
    JOURNAL_COLUMNS[0]: t.JOURNAL,
    FOLLOW_UP_COLUMNS[0]: t.FOLLOW_UPS,
}

# Multi-valued cells (tags, people of a moment) hold one value per line: a tag never holds a
# line break, so the split is exact.
VALUE_SEPARATOR = "\n"
ID_SEPARATOR = "; "


def stage_change_line(changed_at: str, from_stage: str, to_stage: str) -> str:
    """One line of the "Stage history" cell: "2025-03-02T17:45:00Z new acquaintance"."""
    return f"{changed_at} {from_stage} {to_stage}"


def contact_headers(kind: str, number: int) -> tuple[str, str]:
    word = CONTACT_HEADERS[kind]
    return f"{word} {number}", f"{word} {number} label"


def person_column_target(header: str) -> t.ColumnTarget:
    for name, target in PERSON_COLUMNS:
        if header == name:
            return t.ColumnTarget(target)
    match = CONTACT_HEADER.match(header)
    if match is None:
        return t.ColumnTarget(t.IGNORE)
    kind = {"E-mail": t.EMAIL, "Phone": t.PHONE, "Link": t.LINK}[match.group(1)]
    if match.group(3):
        kind = {t.EMAIL: t.EMAIL_LABEL, t.PHONE: t.PHONE_LABEL, t.LINK: t.LINK_LABEL}[kind]
    return t.ColumnTarget(kind, int(match.group(2)))


def relnote_kind(headers: list[str]) -> str | None:
    return KIND_BY_FIRST_HEADER.get(headers[0]) if headers else None
