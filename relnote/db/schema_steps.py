"""The schema, one numbered step at a time. A released step is never edited; add a new one.

Steps are plain SQL (or `playhouse.migrate` operations) so that each one stays exactly what it
was when it was released, whatever the models look like today.
"""

STEP_1_PEOPLE_AND_MOMENTS = """
CREATE TABLE person (
    id INTEGER PRIMARY KEY,
    display_name TEXT NOT NULL,
    first_name TEXT NOT NULL DEFAULT '',
    last_name TEXT NOT NULL DEFAULT '',
    organisation TEXT NOT NULL DEFAULT '',
    role TEXT NOT NULL DEFAULT '',
    city TEXT NOT NULL DEFAULT '',
    how_we_met TEXT NOT NULL DEFAULT '',
    where_we_met TEXT NOT NULL DEFAULT '',
    met_on DATE,
    introduced_by_id INTEGER REFERENCES person (id) ON DELETE SET NULL,
    stage TEXT NOT NULL DEFAULT 'new',
    what_matters TEXT NOT NULL DEFAULT '',
    how_i_could_help TEXT NOT NULL DEFAULT '',
    cadence_days INTEGER,
    notes TEXT NOT NULL DEFAULT '',
    created_at DATETIME NOT NULL,
    updated_at DATETIME NOT NULL,
    archived_at DATETIME,
    last_moment_at DATETIME
);
CREATE INDEX person_display_name ON person (display_name COLLATE NOCASE);
CREATE INDEX person_last_moment_at ON person (last_moment_at);
CREATE INDEX person_created_at ON person (created_at);
CREATE INDEX person_introduced_by ON person (introduced_by_id);

CREATE TABLE contact_point (
    id INTEGER PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('email', 'phone', 'link')),
    label TEXT NOT NULL DEFAULT '',
    value TEXT NOT NULL,
    position INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX contact_point_person ON contact_point (person_id);
CREATE INDEX contact_point_value ON contact_point (value COLLATE NOCASE);

CREATE TABLE tag (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    cadence_days INTEGER
);

CREATE TABLE person_tag (
    id INTEGER PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    tag_id INTEGER NOT NULL REFERENCES tag (id) ON DELETE CASCADE,
    UNIQUE (person_id, tag_id)
);
CREATE INDEX person_tag_tag ON person_tag (tag_id);

CREATE TABLE moment (
    id INTEGER PRIMARY KEY,
    happened_at DATETIME NOT NULL,
    kind TEXT NOT NULL,
    initiated_by TEXT NOT NULL,
    summary TEXT NOT NULL DEFAULT '',
    notes TEXT NOT NULL DEFAULT '',
    created_at DATETIME NOT NULL
);
CREATE INDEX moment_happened_at ON moment (happened_at);

CREATE TABLE moment_person (
    id INTEGER PRIMARY KEY,
    moment_id INTEGER NOT NULL REFERENCES moment (id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    UNIQUE (moment_id, person_id)
);
CREATE INDEX moment_person_person ON moment_person (person_id);

CREATE TABLE stage_change (
    id INTEGER PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    changed_at DATETIME NOT NULL,
    from_stage TEXT NOT NULL,
    to_stage TEXT NOT NULL
);
CREATE INDEX stage_change_person ON stage_change (person_id, changed_at);
CREATE INDEX stage_change_changed_at ON stage_change (changed_at);
"""

STEP_2_JOURNAL_AND_FOLLOW_UPS = """
CREATE TABLE journal_entry (
    id INTEGER PRIMARY KEY,
    day DATE NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('gratitude', 'reflection')),
    position INTEGER NOT NULL DEFAULT 0,
    text TEXT NOT NULL DEFAULT '',
    created_at DATETIME NOT NULL,
    updated_at DATETIME NOT NULL
);
CREATE INDEX journal_entry_day ON journal_entry (day, kind, position);

CREATE TABLE journal_entry_person (
    id INTEGER PRIMARY KEY,
    entry_id INTEGER NOT NULL REFERENCES journal_entry (id) ON DELETE CASCADE,
    person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    UNIQUE (entry_id, person_id)
);
CREATE INDEX journal_entry_person_person ON journal_entry_person (person_id);

CREATE TABLE follow_up (
    id INTEGER PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
    reason TEXT NOT NULL CHECK (reason <> ''),
    due_at DATETIME NOT NULL,
    expecting INTEGER NOT NULL DEFAULT 0,
    done_at DATETIME,
    notified_at DATETIME,
    created_at DATETIME NOT NULL
);
CREATE INDEX follow_up_open_due ON follow_up (done_at, due_at);
CREATE INDEX follow_up_person ON follow_up (person_id);

CREATE TABLE setting (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
"""


# ---- step 3: full-text search ------------------------------------------------------------------
# One FTS5 row per person (rowid = person.id) gathering their names, work, e-mails, tags and notes,
# and external-content indexes over moments and journal entries. Triggers keep them in step with
# every write, including the raw SQL of the importer and of the demo notebook.

_SEARCH_TOKENIZER = "tokenize = 'unicode61 remove_diacritics 2'"

# Every person's search row; the triggers add a WHERE clause for one person, `search.rebuild_indexes`
# runs it whole.
PERSON_SEARCH_ROWS = """
INSERT INTO person_search (rowid, name, organisation, role, city, emails, tags, about)
SELECT p.id,
       p.display_name || ' ' || p.first_name || ' ' || p.last_name,
       p.organisation, p.role, p.city,
       (SELECT coalesce(group_concat(c.value, ' '), '') FROM contact_point c
         WHERE c.person_id = p.id AND c.kind = 'email'),
       (SELECT coalesce(group_concat(t.name, ' '), '') FROM person_tag pt JOIN tag t ON t.id = pt.tag_id
         WHERE pt.person_id = p.id),
       p.what_matters || ' ' || p.how_i_could_help || ' ' || p.notes || ' '
           || p.how_we_met || ' ' || p.where_we_met
  FROM person p"""


def _reindex_person(person_id_sql: str) -> str:
    """Trigger body statements that rewrite the search row of the person(s) `person_id_sql`."""
    return (f"DELETE FROM person_search WHERE rowid IN ({person_id_sql});\n"
            f"{PERSON_SEARCH_ROWS} WHERE p.id IN ({person_id_sql});")


def _trigger(name: str, event: str, body: str) -> str:
    return f"CREATE TRIGGER {name} AFTER {event} BEGIN\n{body}\nEND"


def _external_content_triggers(table: str, index: str, columns: tuple[str, ...]) -> list[str]:
    names = ", ".join(columns)
    new_values = ", ".join(f"new.{column}" for column in columns)
    old_values = ", ".join(f"old.{column}" for column in columns)
    remove = f"INSERT INTO {index} ({index}, rowid, {names}) VALUES ('delete', old.id, {old_values});"
    add = f"INSERT INTO {index} (rowid, {names}) VALUES (new.id, {new_values});"
    return [
        _trigger(f"{index}_after_insert", f"INSERT ON {table}", add),
        _trigger(f"{index}_after_delete", f"DELETE ON {table}", remove),
        _trigger(f"{index}_after_update", f"UPDATE OF {names} ON {table}", f"{remove}\n{add}"),
    ]


_PERSON_TEXT_COLUMNS = ("display_name, first_name, last_name, organisation, role, city, what_matters, "
                        "how_i_could_help, notes, how_we_met, where_we_met")

STEP_4_IMPORTED = [
    # When a person came in from a file: imported contacts are not people met that day (the daily
    # goal and the chart count only those added by hand).
    "ALTER TABLE person ADD COLUMN imported_at DATETIME",
]

STEP_5_SORT_NAME = [
    # Names sorted as people read them: "Émilie" with the E's, not after "Zoé". SQLite knows no such
    # order, so Relnote keeps the folded name (fold() in text_folding.py) beside the name it shows.
    "ALTER TABLE person ADD COLUMN sort_name TEXT NOT NULL DEFAULT ''",
    "UPDATE person SET sort_name = fold(display_name)",
    "DROP INDEX person_active_name",
    "CREATE INDEX person_active_name ON person (archived_at, sort_name)",
]

STEP_3_SEARCH = [
    f"""CREATE VIRTUAL TABLE person_search USING fts5 (
        name, organisation, role, city, emails, tags, about,
        {_SEARCH_TOKENIZER}, prefix = '1 2 3')""",
    f"""CREATE VIRTUAL TABLE moment_search USING fts5 (
        summary, notes, content = 'moment', content_rowid = 'id',
        {_SEARCH_TOKENIZER}, prefix = '2 3')""",
    f"""CREATE VIRTUAL TABLE journal_search USING fts5 (
        text, content = 'journal_entry', content_rowid = 'id',
        {_SEARCH_TOKENIZER}, prefix = '2 3')""",
    _trigger("person_search_after_person_insert", "INSERT ON person", _reindex_person("new.id")),
    _trigger("person_search_after_person_update", f"UPDATE OF {_PERSON_TEXT_COLUMNS} ON person",
             _reindex_person("new.id")),
    _trigger("person_search_after_person_delete", "DELETE ON person",
             "DELETE FROM person_search WHERE rowid = old.id;"),
    _trigger("person_search_after_contact_insert", "INSERT ON contact_point", _reindex_person("new.person_id")),
    _trigger("person_search_after_contact_update", "UPDATE ON contact_point",
             _reindex_person("SELECT old.person_id UNION SELECT new.person_id")),
    _trigger("person_search_after_contact_delete", "DELETE ON contact_point", _reindex_person("old.person_id")),
    _trigger("person_search_after_tagging", "INSERT ON person_tag", _reindex_person("new.person_id")),
    _trigger("person_search_after_untagging", "DELETE ON person_tag", _reindex_person("old.person_id")),
    _trigger("person_search_after_tag_rename", "UPDATE OF name ON tag",
             _reindex_person("SELECT person_id FROM person_tag WHERE tag_id = new.id")),
    *_external_content_triggers("moment", "moment_search", ("summary", "notes")),
    *_external_content_triggers("journal_entry", "journal_search", ("text",)),
    # What is already in the notebook:
    PERSON_SEARCH_ROWS,
    "INSERT INTO moment_search (moment_search) VALUES ('rebuild')",
    "INSERT INTO journal_search (journal_search) VALUES ('rebuild')",
    # The People list shows the people not archived, in one of three orders, 200 at a time: with
    # these, counting them and reading the first page touch only index pages, even with 50,000 people.
    "CREATE INDEX person_active_name ON person (archived_at, display_name COLLATE NOCASE)",
    "CREATE INDEX person_active_last_moment ON person (archived_at, last_moment_at)",
    "CREATE INDEX person_active_added ON person (archived_at, created_at)",
]

LATEST_STEP = 5  # the number of steps above, each one an entry of migrations.STEPS
