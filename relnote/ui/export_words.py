"""What an export says it wrote, in the window and in the terminal alike (QtCore only)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


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
