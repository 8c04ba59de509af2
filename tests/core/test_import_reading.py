"""Reading files as they come: encodings, separators, header rows, dates, hostile input."""

from __future__ import annotations

import codecs
import io
from datetime import date

import pytest

from relnote.core.importing import ImportFileError, inspect_file
from relnote.core.importing.dates import (
    DateNotUnderstood, DateOrderMismatch, day_first_in, parse_birthday, parse_date,
)
from relnote.core.importing.errors import ROW_FIELD_TOO_LARGE, ROW_UNBALANCED_QUOTE, RowProblem
from relnote.core.importing.records import FIELD_SIZE_LIMIT, csv_records
from relnote.core.importing.rows import SourceReader
from relnote.core.importing.sniffing import choose_delimiter


def _write(tmp_path, name: str, data: bytes):
    path = tmp_path / name
    path.write_bytes(data)
    return path


def _rows(source):
    with SourceReader(source) as rows:
        return list(rows)


@pytest.mark.parametrize("encoding, expected", [
    ("utf-8", "utf-8"), ("utf-8-sig", "utf-8-sig"), ("cp1252", "cp1252"), ("utf-16", "utf-16"),
])
def test_encodings_are_recognised(tmp_path, encoding, expected):
    text = "Prénom;Nom;Société\r\nHélène;Dubois;Café Léon\r\n"
    source = inspect_file(_write(tmp_path, "people.csv", text.encode(encoding)))

    assert source.encoding == expected
    assert source.headers == ["Prénom", "Nom", "Société"]
    assert _rows(source)[0].display_name == "Hélène Dubois"


def test_a_utf8_mark_before_windows_text_is_an_encoding_problem_on_its_line_and_cp1252_reads_it(tmp_path):
    data = codecs.BOM_UTF8 + "Name,City\nClaire Martin,Lyon\nHélène Dupont,Besançon\n".encode("cp1252")
    path = _write(tmp_path, "pasted.csv", data)
    with pytest.raises(ImportFileError) as caught:
        inspect_file(path)
    assert (caught.value.problem, caught.value.line) == ("file_encoding", 3)
    source = inspect_file(path, encoding="cp1252")
    assert source.headers == ["Name", "City"]
    assert [draft.display_name for draft in _rows(source)] == ["Claire Martin", "Hélène Dupont"]


def test_cp1252_is_chosen_when_the_first_accent_comes_late(tmp_path):
    rows = "".join(f"Person {n};Org {n}\r\n" for n in range(60_000))
    data = ("Name;Company\r\n" + rows + "Amélie;Café\r\n").encode("cp1252")
    assert len(data) > 1 << 20

    source = inspect_file(_write(tmp_path, "late.csv", data))

    assert source.encoding == "cp1252"
    assert _rows(source)[-1].organisation == "Café"


def test_semicolon_file_whose_notes_hold_commas_is_not_read_as_commas():
    sample = ("Prénom;Nom;Commentaire\r\n"
              "Claire;Martin;Vue au salon, à rappeler, budget serré\r\n"
              "Karim;Benali;Rencontré au coworking, sympa\r\n")
    assert choose_delimiter(sample, truncated=False) == ";"


def test_tab_file_with_spaces_in_cells():
    sample = "Name\tCompany\tNotes\nClaire Martin\tAtelier Lumière\tloves film, cameras\n" \
             "Karim Benali\tStudio Nord\tprefers calls\n"
    assert choose_delimiter(sample, truncated=False) == "\t"


def test_the_user_can_override_the_separator(tmp_path):
    path = _write(tmp_path, "one.csv", b"Name,Company\nClaire Martin,Atelier\n")
    source = inspect_file(path, delimiter=";")
    assert source.delimiter == ";"
    assert source.headers == ["Name,Company"]


def test_header_row_is_found_by_its_content_after_a_preamble(tmp_path):
    data = ("Exported from my CRM on 2025-12-07\n\nReport;people\n"
            "First Name;Last Name;Email\nClaire;Martin;claire@example.org\n").encode()
    source = inspect_file(_write(tmp_path, "preamble.csv", data))
    assert (source.header_line, source.headers) == (4, ["First Name", "Last Name", "Email"])
    assert [draft.display_name for draft in _rows(source)] == ["Claire Martin"]


def test_columns_are_mapped_by_name_not_position(tmp_path):
    data = b"Email,Company,Last Name,First Name\nclaire@example.org,Atelier,Martin,Claire\n"
    draft = _rows(inspect_file(_write(tmp_path, "shuffled.csv", data)))[0]
    assert (draft.display_name, draft.organisation, draft.emails) == (
        "Claire Martin", "Atelier", [("", "claire@example.org")])


@pytest.mark.parametrize("text, expected", [
    ("2025-12-07", date(2025, 12, 7)),
    ("07/12/2025", date(2025, 12, 7)),
    ("7.12.25", date(2025, 12, 7)),
    ("07 Dec 2025", date(2025, 12, 7)),
    ("7 December 2025", date(2025, 12, 7)),
    ("Dec 7, 2025", date(2025, 12, 7)),
    ("7 déc. 2025", date(2025, 12, 7)),
    ("2025-12-07T10:15:00Z", date(2025, 12, 7)),
    ("0/0/00", None),
    ("", None),
])
def test_dates(text, expected):
    assert parse_date(text) == expected


def test_a_files_reading_of_dates_is_kept_and_a_lone_date_is_read_the_way_it_can_be():
    assert parse_date("3/14/1982", day_first=False) == date(1982, 3, 14)
    assert parse_date("3/4/1982", day_first=False) == date(1982, 3, 4)
    assert parse_date("3/4/1982", day_first=True) == date(1982, 4, 3)
    assert parse_date("3/14/1982") == date(1982, 3, 14)  # no file to go by: the only date it can be
    with pytest.raises(DateOrderMismatch):
        parse_date("3/14/1982", day_first=True)
    with pytest.raises(DateOrderMismatch):
        parse_birthday("14/3", day_first=False)


@pytest.mark.parametrize("values, usual, expected", [
    (["03/04/2024", "04/13/2024"], True, False),  # 13 can only be the day: month first throughout
    (["03/04/2024", "13/04/2024"], False, True),
    (["03/04/2024", "", "not a date"], True, True),  # nothing tells: the format's habit
    (["03/04/2024"], False, False),
    (["13/04/2024", "04/13/2024"], True, True),  # a file that mixes both: the habit, and the rows are listed
])
def test_one_reading_of_dates_per_file_from_the_dates_in_it(values, usual, expected):
    assert day_first_in(values, usual) is expected


def test_english_month_names_do_not_follow_the_locale(monkeypatch):
    import locale
    try:
        locale.setlocale(locale.LC_TIME, "fr_FR.UTF-8")
    except locale.Error:
        pass
    try:
        assert parse_date("07 Dec 2025") == date(2025, 12, 7)
    finally:
        locale.setlocale(locale.LC_TIME, "C")


@pytest.mark.parametrize("text", ["31/02/2025", "next tuesday", "2025-13-01", "07 Foo 2025"])
def test_dates_not_understood(text):
    with pytest.raises(DateNotUnderstood):
        parse_date(text)


@pytest.mark.parametrize("text, expected", [
    ("--07-21", "--07-21"), ("--0721", "--07-21"), ("21/07", "--07-21"), ("1985-03-12", "1985-03-12"),
    ("12/03/1985", "1985-03-12"), ("0/0/00", None),
])
def test_birthdays_with_or_without_a_year(text, expected):
    assert parse_birthday(text) == expected


def test_binary_file_is_refused_with_the_importers_own_error(tmp_path):
    path = _write(tmp_path, "photo.jpg", bytes(range(256)) * 64)
    with pytest.raises(ImportFileError) as caught:
        inspect_file(path)
    assert caught.value.problem == "file_binary"


@pytest.mark.parametrize("data, problem", [(b"", "file_empty"), (b"\n\n  \n", "file_empty")])
def test_empty_file(tmp_path, data, problem):
    with pytest.raises(ImportFileError) as caught:
        inspect_file(_write(tmp_path, "empty.csv", data))
    assert caught.value.problem == problem


def test_missing_file(tmp_path):
    with pytest.raises(ImportFileError) as caught:
        inspect_file(tmp_path / "nowhere.csv")
    assert caught.value.problem == "file_not_found"


def test_invalid_utf8_after_a_valid_start_names_its_line(tmp_path):
    filler = "".join(f"Person {n};Org {n}\r\n" for n in range(60_000))
    data = ("Name;Company\r\nHélène;Café\r\n" + filler).encode() + b"Bad;\xff\xfe\r\n"
    source = inspect_file(_write(tmp_path, "mixed.csv", data))
    assert source.encoding == "utf-8"
    with pytest.raises(ImportFileError) as caught:
        _rows(source)
    assert (caught.value.problem, caught.value.line) == ("file_encoding", 60_003)


def test_a_byte_windows_1252_leaves_undefined_names_its_line_rather_than_calling_the_file_a_picture(tmp_path):
    data = b"Name,Company\nClaire Martin,Atelier\nFran\x8dois Dupr\x8f,Caf\x8e\nPaul Durand,Gare\n"  # an old Mac file
    with pytest.raises(ImportFileError) as caught:
        inspect_file(_write(tmp_path, "mac.csv", data))
    assert (caught.value.problem, caught.value.line) == ("file_encoding", 3)


def test_a_gigantic_field_is_one_problem_and_reading_goes_on():
    giant = "x" * (FIELD_SIZE_LIMIT + 10)
    text = io.StringIO(f"Name,Notes\nClaire,short\nKarim,{giant}\nLéa,fine\n")
    records = list(csv_records(text, ",", expected_columns=2))
    assert records[0] == (1, ["Name", "Notes"])
    assert records[1] == (2, ["Claire", "short"])
    assert records[2] == RowProblem(3, ROW_FIELD_TOO_LARGE)
    assert records[3] == (4, ["Léa", "fine"])


def test_an_unclosed_quote_is_reported_on_its_line_and_the_next_lines_are_read_again():
    text = io.StringIO('Name,Notes\nSofia,"never closed\nLéa,Coworking\nJean,"two\nlines"\n')
    records = list(csv_records(text, ",", expected_columns=2))
    assert records[1] == RowProblem(2, ROW_UNBALANCED_QUOTE)
    assert records[2:] == [(3, ["Léa", "Coworking"]), (4, ["Jean", "two\nlines"])]


def test_a_quote_at_the_very_end_of_the_file():
    records = list(csv_records(io.StringIO('Name,Notes\nSofia,"open'), ",", expected_columns=2))
    assert records[-1] == RowProblem(2, ROW_UNBALANCED_QUOTE)


def test_a_file_with_no_name_column_is_refused_before_reading(tmp_path, notebook):
    from relnote.core.importing import import_file
    from tests.import_export_support import NOW

    path = _write(tmp_path, "numbers.csv", b"Amount;Date\n12;2025-01-01\n")
    with pytest.raises(ImportFileError) as caught:
        import_file(path, NOW)
    assert caught.value.problem == "file_no_people_columns"
