"""The CSV importer, fuzzed for a fixed budget: no exception escapes except the importer's own
errors, and a refused file leaves the notebook exactly as it was."""

import hashlib
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from relnote.core import people
from relnote.core.importing import ImportFileError, InvalidRowsError, import_file
from relnote.db.database import database
from relnote.db.models import Person
from tests.safety.support import NOW

HEADERS = ["First Name", "Last Name", "Name", "Organization Name", "E-mail 1 - Value", "Birthday", "Notes",
           "Labels", "Phone 1 - Value", "Prénom", "Nom", "Société", "Company", "Email Address", "Connected On",
           "stage", "display_name", "happened_at", "", "Website 1 - Value"]
CELL = st.one_of(
    st.text(max_size=40),
    st.sampled_from(["", '"', '""', "\n", "\r\n", ";", ",", "\t", "=cmd|' /C calc'!A0", "1985-03-12",
                     "31/02/2024", "* myContacts ::: Clients", "claire@example.org", "\x00", "\ufeff"]),
)


@st.composite
def csv_files(draw) -> bytes:
    header = draw(st.lists(st.sampled_from(HEADERS), min_size=0, max_size=8))
    separator = draw(st.sampled_from([",", ";", "\t"]))
    rows = draw(st.lists(st.lists(CELL, max_size=10), max_size=12))
    quote = draw(st.booleans())

    def line(cells):
        return separator.join(f'"{cell}"' if quote else cell for cell in cells)

    text = "\r\n".join([line(header), *(line(row) for row in rows)])
    encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "latin-1", "cp1252"]))
    data = text.encode(encoding, errors="replace")
    if draw(st.booleans()):  # damage a few bytes, as a truncated download would
        cut = draw(st.integers(0, len(data)))
        data = data[:cut] + draw(st.binary(max_size=8))
    return data


def digest() -> str:
    return hashlib.sha256("\n".join(database.connection().iterdump()).encode()).hexdigest()


@settings(max_examples=400, deadline=None, database=None, derandomize=True,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(data=csv_files())
def test_any_file_is_imported_or_refused_whole(notebook, data):
    if not Person.select().exists():  # someone to merge into
        people.add_person("Claire Martin", NOW, organisation="Atelier Lumière")
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "contacts.csv"
        source.write_bytes(data)
        before = digest()
        try:
            import_file(source, NOW)
        except (ImportFileError, InvalidRowsError):
            assert digest() == before
