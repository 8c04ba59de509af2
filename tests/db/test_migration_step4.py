"""Step 4: people can say when they came in from a file; a notebook of step 3 keeps everything."""

import sqlite3
from datetime import datetime

from relnote.core.activity import weekly_activity
from relnote.db.database import database, open_database
from relnote.db.migrations import LATEST_STEP, schema_step
from relnote.db.models import Person
from tests.db.test_migrations import make_notebook_at_step


def test_a_step_three_notebook_upgrades_and_its_people_stay_people_met_by_hand(notebook_paths):
    path = notebook_paths.database
    make_notebook_at_step(path, 3)
    raw = sqlite3.connect(path)
    raw.execute("INSERT INTO person (id, display_name, created_at, updated_at) "
                "VALUES (1, 'Hélène Dupont', '2024-03-01 09:00:00', '2024-03-01 09:00:00')")
    raw.commit()
    raw.close()

    open_database(path)
    assert schema_step(database) == LATEST_STEP >= 4
    helene = Person.get_by_id(1)
    assert (helene.display_name, helene.imported_at) == ("Hélène Dupont", None)
    assert weekly_activity(datetime(2024, 3, 2), 1)[-1].new_people == 1
