"""Dates and times come back from the notebook as Python values, whichever way they were written."""

from datetime import date, datetime

from relnote.db.database import database
from relnote.db.models import Moment, Person


def test_times_and_dates_read_back_as_written(notebook):
    database.execute_sql(
        "INSERT INTO person (id, display_name, created_at, updated_at, met_on, last_moment_at) VALUES "
        "(1, 'Anne', '2026-03-14 09:30:00', '2026-03-14 09:30:00.123456', '2025-06-01', '2026-03-14T10:00:00')")
    anne = Person.get_by_id(1)
    assert anne.created_at == datetime(2026, 3, 14, 9, 30)
    assert anne.updated_at == datetime(2026, 3, 14, 9, 30, 0, 123456)
    assert anne.met_on == date(2025, 6, 1)
    assert anne.last_moment_at == datetime(2026, 3, 14, 10, 0)  # as another tool may write it
    assert anne.archived_at is None


def test_a_time_in_no_iso_shape_is_left_to_peewee_and_not_lost(notebook):
    database.execute_sql("INSERT INTO moment (id, happened_at, kind, initiated_by, created_at) VALUES "
                         "(1, 'yesterday-ish', 'call', 'me', '2026-03-14 09:30:00')")
    assert Moment.get_by_id(1).happened_at == "yesterday-ish"
