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
