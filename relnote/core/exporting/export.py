"""One entry point for every export: what (people, moments, journal, follow-ups) in which format."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Callable

from relnote.core.errors import ValidationError
from relnote.core.exporting.csv_export import Wording, export_csv
from relnote.core.exporting.ical_export import export_ical
from relnote.core.exporting.vcard_export import export_vcard

WHAT = ("people", "moments", "journal", "follow-ups")
CSV, VCARD, ICS = "csv", "vcard", "ics"
FORMATS_FOR = {"people": (CSV, VCARD), "moments": (CSV,), "journal": (CSV,), "follow-ups": (CSV, ICS)}
SUFFIXES = {CSV: ".csv", VCARD: ".vcf", ICS: ".ics"}


def export(what: str, path: Path | str, now: datetime, fmt: str = CSV, delimiter: str = ",",
           bom: bool = True, as_todo: bool = False, progress: Callable[[int, int], None] | None = None,
           cancelled: Callable[[], bool] | None = None, wording: Wording | None = None) -> int:
    """Write the export; returns how many rows (cards, events) it holds. The file appears only
    when complete. Raises ValidationError for a format that does not suit `what`, ExportError."""
    if what not in FORMATS_FOR:
        raise ValidationError("what", "unknown_export", what)
    if fmt not in FORMATS_FOR[what]:
        raise ValidationError("format", "not_for_this_export", fmt)
    if delimiter not in (",", ";", "\t"):
        raise ValidationError("delimiter", "unknown_delimiter", delimiter)
    path = Path(path)
    if fmt == VCARD:
        return export_vcard(path)
    if fmt == ICS:
        return export_ical(path, now, as_todo)
    return export_csv(what, path, delimiter, bom, progress, cancelled, wording)
