"""Exports as other programs read them: formula-safe CSV, vCard 3.0, iCalendar with an alarm."""

from __future__ import annotations

import csv
from datetime import datetime

import pytest

from relnote.core import people
from relnote.core.errors import ValidationError
from relnote.core.exporting.export import export
from relnote.core.exporting.files import ExportError
from relnote.core.exporting.formula import neutralise, restore
from relnote.core.exporting.vcard_export import fold
from relnote.core.importing import import_file
from relnote.core.people import ContactEntry
from relnote.db.models import FollowUp
from tests.import_export_support import NOW, labelled, profiles


@pytest.mark.parametrize("text", ["=1+1", "+33 6 12", "-2", "@SUM(A1)", "\tx", "\rx", "\0x", "'quoted", "plain"])
def test_neutralised_text_is_restored_exactly(text):
    guarded = neutralise(text)
    assert not guarded.startswith(("=", "+", "-", "@", "\t", "\r", "\0"))
    assert restore(guarded) == text


def test_people_csv_opens_in_a_spreadsheet_without_running_anything(notebook, tmp_path):
    person = people.add_person("Claire Martin", NOW, notes="=HYPERLINK(\"http://evil\")", met_on=datetime(2025, 12, 7).date())
    people.set_contact_points(person, "phone", [ContactEntry("mobile", "+33 6 12 34 56 78")], NOW)
    export("people", tmp_path / "people.csv", NOW)

    rows = list(csv.DictReader(open(tmp_path / "people.csv", encoding="utf-8-sig", newline="")))
    assert rows[0]["Notes"] == "'=HYPERLINK(\"http://evil\")"
    assert rows[0]["Phone 1"] == "'+33 6 12 34 56 78" and rows[0]["Phone 1 label"] == "mobile"
    assert rows[0]["Met on"] == "2025-12-07" and rows[0]["Added on"] == "2026-01-15T09:30:00Z"


def test_vcard_lines_are_folded_at_75_octets_without_splitting_characters():
    line = "NOTE:" + "é" * 100
    folded = fold(line).split("\r\n")
    assert all(len(part.encode("utf-8")) <= 75 for part in folded)
    assert "".join(part[1:] if index else part for index, part in enumerate(folded)) == line


def test_vcard_export_reads_back(notebook, tmp_path):
    person = people.add_person("Camille Rousseau", NOW, organisation="Rousseau; Événements", city="Lyon",
                               notes="Two lines\nwith, commas")
    people.set_contact_points(person, "email", [ContactEntry("work", "camille@example.org")], NOW)
    people.set_contact_points(person, "phone", [ContactEntry("Studio", "+33 1 44 55 66 77")], NOW)
    people.set_tags(person, ["Events", "Lyon, 69"], NOW)
    export("people", tmp_path / "people.vcf", NOW, fmt="vcard")
    text = (tmp_path / "people.vcf").read_bytes().decode("utf-8")
    assert "ORG:Rousseau\\; Événements\r\n" in text
    assert "item1.TEL:+33 1 44 55 66 77\r\nitem1.X-ABLabel:Studio\r\n" in text

    import_file(tmp_path / "people.vcf", NOW, duplicates="add")

    again = [profile for profile in profiles().values()][-1]
    assert (again.organisation, again.city, again.notes) == ("Rousseau; Événements", "Lyon", "Two lines\nwith, commas")
    assert labelled(again.phones) == [("Studio", "+33 1 44 55 66 77")]
    assert again.tags == ["Events", "Lyon, 69"]


def test_follow_ups_as_events_with_a_reminder(notebook, tmp_path):
    anne = people.add_person("Anne Morel", NOW)
    FollowUp.create(person=anne, reason="Send the quote, as promised", due_at=datetime(2026, 2, 1, 8, 0),
                    expecting=True, created_at=NOW)
    FollowUp.create(person=anne, reason="Done already", due_at=NOW, done_at=NOW, created_at=NOW)

    assert export("follow-ups", tmp_path / "f.ics", NOW, fmt="ics") == 1
    text = (tmp_path / "f.ics").read_bytes().decode("utf-8")
    event = text[text.index("BEGIN:VEVENT"):text.index("END:VEVENT")]
    for expected in ("UID:relnote-follow-up-1@relnote.local", "DTSTAMP:20260115T093000Z", "DTSTART:20260201T080000Z",
                     "SUMMARY:Anne Morel — Send the quote\\, as promised", "BEGIN:VALARM", "ACTION:DISPLAY",
                     "TRIGGER:-PT15M", "DESCRIPTION:Anne Morel — Send the quote\\, as promised", "PRIORITY:1"):
        assert expected in event
    assert text.startswith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n") and text.endswith("END:VCALENDAR\r\n")


def test_a_failed_export_leaves_no_file(notebook, tmp_path, monkeypatch):
    people.add_person("Anne Morel", NOW)
    from relnote.core.exporting import csv_export

    def broken_rows():
        headers, total, rows = original()

        def failing():
            yield from rows
            raise OSError(28, "No space left on device")
        return headers, total, failing()

    original = csv_export.ROW_SOURCES["people"]
    monkeypatch.setitem(csv_export.ROW_SOURCES, "people", broken_rows)
    out = tmp_path / "out"
    out.mkdir()
    with pytest.raises(ExportError):
        export("people", out / "people.csv", NOW)
    assert list(out.iterdir()) == []


def test_formats_that_do_not_fit_are_refused(notebook, tmp_path):
    with pytest.raises(ValidationError):
        export("moments", tmp_path / "m.vcf", NOW, fmt="vcard")


def test_vcard_gives_french_labels_their_standard_type(notebook, tmp_path):
    person = people.add_person("Camille Rousseau", NOW)
    people.set_contact_points(person, "phone", [ContactEntry("portable", "+33 6 00 00 00 01"),
                                                ContactEntry("Travail", "+33 1 00 00 00 02")], NOW)
    export("people", tmp_path / "people.vcf", NOW, fmt="vcard")
    text = (tmp_path / "people.vcf").read_text(encoding="utf-8")
    assert "TEL;TYPE=CELL:+33 6 00 00 00 01" in text and "TEL;TYPE=WORK:+33 1 00 00 00 02" in text
    assert "X-ABLabel" not in text


def test_a_csv_for_reading_in_a_spreadsheet_speaks_the_readers_words(notebook, tmp_path):
    from datetime import timedelta, timezone

    from relnote.core.exporting.csv_export import Wording

    person = people.add_person("Camille Rousseau", NOW, stage="potential_client")
    people.set_tags(person, ["Events", "Lyon"], NOW)
    people.set_contact_points(person, "email", [ContactEntry("work", "camille@example.org")], NOW)
    shown = {"Name": "Nom complet", "Stage": "Étape", "Added on": "Ajouté le", "E-mail 1 label": "Libellé e-mail 1"}
    words = {"potential_client": "Client potentiel", "new": "Premier contact", "work": "travail"}
    wording = Wording(lambda column: shown.get(column, column), lambda column, value: words.get(value, value),
                      timezone(timedelta(hours=1)))
    export("people", tmp_path / "people.csv", NOW, delimiter=";", wording=wording)

    [row] = list(csv.DictReader(open(tmp_path / "people.csv", encoding="utf-8-sig", newline=""), delimiter=";"))
    assert row["Nom complet"] == "Camille Rousseau" and row["Étape"] == "Client potentiel"
    assert row["Ajouté le"] == "2026-01-15 10:30"  # 09:30 UTC, in local time
    assert row["Tags"] == "Events, Lyon" and row["Libellé e-mail 1"] == "travail"
    assert row["Stage history"] == "2026-01-15 10:30 Premier contact → Client potentiel"
