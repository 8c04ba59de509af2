"""What a column of an imported file can become (stable keys), and how a column is mapped."""

from __future__ import annotations

from dataclasses import dataclass

IGNORE = "ignore"
EXTRA = "extra"  # kept in the notes as "Header: value"
DISPLAY_NAME = "display_name"
FIRST_NAME = "first_name"
MIDDLE_NAME = "middle_name"
LAST_NAME = "last_name"
NICKNAME = "nickname"
ORGANISATION = "organisation"
ROLE = "role"
CITY = "city"
EMAIL = "email"
EMAIL_LABEL = "email_label"
PHONE = "phone"
PHONE_LABEL = "phone_label"
LINK = "link"
LINK_LABEL = "link_label"
TAGS = "tags"
NOTES = "notes"
MET_ON = "met_on"
WHERE_WE_MET = "where_we_met"
HOW_WE_MET = "how_we_met"
BIRTHDAY = "birthday"
ADDRESS = "address"
WHAT_MATTERS = "what_matters"
HOW_I_COULD_HELP = "how_i_could_help"
STAGE = "stage"
CADENCE_DAYS = "cadence_days"
# Only in Relnote's own export
PERSON_ID = "person_id"
INTRODUCED_BY_ID = "introduced_by_id"
INTRODUCED_BY = "introduced_by"
ADDED_ON = "added_on"
UPDATED_ON = "updated_on"
ARCHIVED_ON = "archived_on"
IMPORTED_ON = "imported_on"
LAST_MOMENT = "last_moment"
STAGE_HISTORY = "stage_history"

# What the user may choose for a column in the import dialog, in the order shown.
CHOOSABLE = (
    IGNORE, DISPLAY_NAME, FIRST_NAME, MIDDLE_NAME, LAST_NAME, NICKNAME, ORGANISATION, ROLE, CITY,
    EMAIL, EMAIL_LABEL, PHONE, PHONE_LABEL, LINK, LINK_LABEL, TAGS, NOTES, MET_ON, WHERE_WE_MET,
    HOW_WE_MET, WHAT_MATTERS, HOW_I_COULD_HELP, BIRTHDAY, ADDRESS, EXTRA,
)

VALUE_KINDS = {EMAIL: "email", PHONE: "phone", LINK: "link"}
LABEL_KINDS = {EMAIL_LABEL: "email", PHONE_LABEL: "phone", LINK_LABEL: "link"}

# Formats (also the values of `relnote import --format`)
AUTO = "auto"
GOOGLE = "google"
OUTLOOK = "outlook"
LINKEDIN = "linkedin"
SPREADSHEET = "spreadsheet"
VCARD = "vcard"
RELNOTE = "relnote"
FORMATS = (GOOGLE, OUTLOOK, LINKEDIN, SPREADSHEET, VCARD, RELNOTE)

# What a file holds
PEOPLE = "people"
MOMENTS = "moments"
JOURNAL = "journal"
FOLLOW_UPS = "follow-ups"
KINDS = (PEOPLE, MOMENTS, JOURNAL, FOLLOW_UPS)


@dataclass(frozen=True)
class ColumnTarget:
    """One column's role. `group` pairs a value with its label column (Google's "E-mail 2 - …");
    `label` is a fixed label for a value column such as Outlook's "Mobile Phone"."""

    target: str = IGNORE
    group: int = 0
    label: str = ""
