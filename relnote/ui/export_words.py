"""Words of an export, in the window and in the terminal alike (QtCore only): what it wrote, and a CSV's
columns and values for reading in a spreadsheet."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from relnote.core.exporting.csv_export import Wording
from relnote.core.vocabulary import INITIATORS, MOMENT_KINDS, STAGES
from relnote.ui.labels import contact_labels, initiator_label, moment_kind_label, stage_label


def exported_text(what: str, fmt: str, count: int) -> str:
    """"Exported 12 people to %1." — `%1` is left for the file."""
    if what == "people":
        return QCoreApplication.translate("ExportWords", "Exported %Ln person(s) to %1.", "", count)
    if what == "moments":
        return QCoreApplication.translate("ExportWords", "Exported %Ln moment(s) to %1.", "", count)
    if what == "journal":
        return QCoreApplication.translate("ExportWords", "Exported %Ln journal entry(s) to %1.", "", count)
    if fmt == "ics":
        return QCoreApplication.translate("ExportWords", "Exported %Ln open follow-up(s) to %1.", "", count)
    return QCoreApplication.translate("ExportWords", "Exported %Ln follow-up(s) to %1.", "", count)


def _t(text: str) -> str:
    return QCoreApplication.translate("ExportWords", text)


def _column_names() -> dict[str, str]:
    return {
        "Relnote person ID": _t("Relnote person ID"), "Name": _t("Name"), "First name": _t("First name"),
        "Last name": _t("Last name"), "Organisation": _t("Organisation"), "Role": _t("Role"), "City": _t("City"),
        "Stage": _t("Stage"), "Tags": _t("Tags"), "How we met": _t("How we met"), "Where we met": _t("Where we met"),
        "Met on": _t("Met on"), "Introduced by": _t("Introduced by"), "Introduced by ID": _t("Introduced by ID"),
        "What matters to them": _t("What matters to them"), "How I could help": _t("How I could help"),
        "Keep in touch every (days)": _t("Keep in touch every (days)"), "Notes": _t("Notes"),
        "Added on": _t("Added on"), "Updated on": _t("Updated on"), "Archived on": _t("Archived on"),
        "Imported on": _t("Imported on"), "Last moment": _t("Last moment"), "Stage history": _t("Stage history"),
        "Relnote moment ID": _t("Relnote moment ID"), "When": _t("When"), "Kind": _t("Kind"),
        "Initiated by": _t("Who reached out"), "Summary": _t("Summary"), "People": _t("People"),
        "People IDs": _t("People IDs"), "Relnote journal entry ID": _t("Relnote journal entry ID"), "Day": _t("Day"),
        "Position": _t("Line"), "Text": _t("Text"), "Relnote follow-up ID": _t("Relnote follow-up ID"),
        "Person": _t("Person"), "Person ID": _t("Person ID"), "Reason": _t("Reason"), "Due": _t("Due"),
        "They expect to hear from me": _t("They expect to hear from me"), "Done on": _t("Done on"),
        "Reminded on": _t("Reminded on"),
    }


CONTACT_COLUMN = re.compile(r"^(E-mail|Phone|Link) (\d+)( label)?$")


def spreadsheet_wording() -> Wording:
    """Column names and coded values in the user's language, for a CSV read in a spreadsheet. Every word is
    looked up here, so that the export may run on another thread."""
    names = _column_names()
    contact_columns = {("E-mail", False): _t("E-mail %1"), ("E-mail", True): _t("E-mail %1 label"),
                       ("Phone", False): _t("Phone %1"), ("Phone", True): _t("Phone %1 label"),
                       ("Link", False): _t("Link %1"), ("Link", True): _t("Link %1 label")}
    contact_words = {word: {key.casefold(): shown for key, shown in contact_labels(kind)}
                     for word, kind in (("E-mail", "email"), ("Phone", "phone"), ("Link", "link"))}
    coded = {
        "Stage": {key: stage_label(key) for key in STAGES},
        "Kind": {**{key: moment_kind_label(key) for key in MOMENT_KINDS},
                 "gratitude": _t("Gratitude"), "reflection": _t("Reflection")},
        "Initiated by": {key: initiator_label(key) for key in INITIATORS},
        "They expect to hear from me": {"yes": _t("yes"), "no": _t("no")},
    }

    def header(column: str) -> str:
        contact = CONTACT_COLUMN.match(column)
        if contact is None:
            return names.get(column, column)
        word, number, label = contact.groups()
        return contact_columns[word, bool(label)].replace("%1", number)

    def value(column: str, stored: str) -> str:
        if column in coded:
            return coded[column].get(stored, stored)
        contact = CONTACT_COLUMN.match(column)
        if contact is not None and contact.group(3):
            return contact_words[contact.group(1)].get(stored.casefold(), stored)
        return stored

    return Wording(header, value)
