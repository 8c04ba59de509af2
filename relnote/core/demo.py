"""A demo notebook: years of a freelancer's relationships, for trying Relnote and for the benchmarks.
People come from France and from English-speaking places; everything written about them is in one
language, the user's. The same seed, `now` and language always give the same notebook.

Rows are written with raw `executemany` in one transaction, and the search indexes are rebuilt
once at the end, so a million moments take seconds.
"""

from __future__ import annotations

import random
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from datetime import datetime, time, timedelta

from relnote.core import demo_words as words
from relnote.core.errors import ValidationError
from relnote.core.vocabulary import INITIATORS, STAGES
from relnote.db.database import database
from relnote.db.search import indexing_deferred
from relnote.db.text_folding import fold

YEARS_OF_HISTORY = 8
CHUNK = 20_000

STAGE_WEIGHTS = (30, 28, 20, 9, 9, 4)
KIND_WEIGHTS = {"coffee": 15, "call": 15, "email": 20, "message": 14, "video": 10, "met": 8, "event": 6,
                "help_given": 5, "help_received": 3, "introduction": 2, "other": 2}
INITIATOR_WEIGHTS = (45, 35, 20)
CADENCES = (14, 30, 60, 90)


class NotebookNotEmptyError(Exception):
    """The demo only fills an empty notebook; carries what the notebook already holds."""

    def __init__(self, people: int, moments: int, journal_entries: int):
        super().__init__(f"the notebook holds {people} people, {moments} moments, "
                         f"{journal_entries} journal entries")
        self.people = people
        self.moments = moments
        self.journal_entries = journal_entries


@dataclass(frozen=True)
class DemoSummary:
    people: int
    moments: int
    journal_entries: int
    follow_ups: int
    tags: int


def refuse_unless_empty() -> None:
    """Raises NotebookNotEmptyError if the open notebook holds anything that sample data would mix with."""
    held = [database.execute_sql(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
            for table in ("person", "moment", "journal_entry")]
    if any(held) or database.execute_sql("SELECT 1 FROM tag LIMIT 1").fetchone():
        raise NotebookNotEmptyError(*held)


def fill_demo_notebook(people: int, moments: int, seed: int, now: datetime,
                       language: str = words.ENGLISH) -> DemoSummary:
    """Fill the open, empty notebook, its prose in `language` ("fr" or "en"); raises
    NotebookNotEmptyError rather than mix in sample data."""
    if people < 1:
        raise ValidationError("people", "not_a_positive_number", people)
    if moments < 0:
        raise ValidationError("moments", "negative", moments)
    if language not in words.LANGUAGES:
        raise ValidationError("language", "unknown_language", language)
    with database.atomic():
        refuse_unless_empty()
        builder = _DemoBuilder(random.Random(seed), now.replace(microsecond=0), people, language)
        with indexing_deferred():
            builder.write_people()
            builder.write_moments(moments)
            journal_entries = builder.write_journal()
            follow_ups = builder.write_follow_ups()
            builder.write_last_moments()
    return DemoSummary(people, moments, journal_entries, follow_ups, len(words.TAGS[language]))


def _stamp(moment: datetime) -> str:
    return moment.isoformat(" ")


def _ascii(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if ch.isalnum() and ch.isascii())


class _DemoBuilder:
    def __init__(self, rng: random.Random, now: datetime, people: int, language: str):
        self.rng = rng
        self.language = language
        self.now = now
        self.start = datetime.combine((now - timedelta(days=365 * YEARS_OF_HISTORY)).date(), time())
        self.span = int((now - self.start).total_seconds())
        self._days = [(self.start.date() + timedelta(days=n)).isoformat() + " "
                      for n in range(self.span // 86_400 + 2)]
        self._clock = [f"{h:02}:{m:02}:{s:02}" for h in range(24) for m in range(60) for s in range(60)]
        self.latest_moment: dict[int, int] = {}
        self.count = people
        # Seconds after `start` at which each person (id = position + 1) was added, oldest first.
        self.added = sorted(rng.randrange(self.span - 86_400) for _ in range(people))
        self.names: list[str] = []
        self.organisations: list[str] = []
        self.cities: list[str] = []

    def at(self, seconds: int) -> datetime:
        return self.start + timedelta(seconds=seconds)

    def stamp(self, seconds: int) -> str:
        """The stored text of `at(seconds)`, without building a datetime (a million times)."""
        return self._days[seconds // 86_400] + self._clock[seconds % 86_400]

    def pick(self, table: dict, language: str | None = None):
        """One of the table's words in the notebook's language, or in a person's own (`language`)."""
        return self.rng.choice(table[language or self.language])

    def written(self, template: str, **values: str) -> str:
        return words.fill(template, self.language, **values)

    def topic(self) -> str:
        return self.pick(words.TOPICS)

    # ---- people -------------------------------------------------------------------------------
    def write_people(self) -> None:
        rng, connection = self.rng, database.connection()
        rows, contacts, changes = [], [], []
        for index in range(self.count):
            person_id = index + 1
            origin = words.FRENCH if rng.random() < 0.55 else words.ENGLISH  # their name, town, phone
            first = self.pick(words.FIRST_NAMES, origin)
            last = self.pick(words.LAST_NAMES, origin)
            organisation = self.pick(words.ORGANISATIONS, origin) if rng.random() < 0.8 else ""
            city = self.pick(words.CITIES, origin)
            self.names.append(f"{first} {last}")
            # Their stories speak of an organisation even when they have none of their own.
            self.organisations.append(organisation or self.pick(words.ORGANISATIONS, origin))
            self.cities.append(city)
            added = self.at(self.added[index])
            introducer = rng.randrange(1, person_id) if person_id > 10 and rng.random() < 0.1 else None
            how = self.pick(words.HOW_WE_WERE_INTRODUCED if introducer else words.HOW_WE_MET)
            stage = rng.choices(STAGES, STAGE_WEIGHTS)[0]
            rows.append((
                person_id, f"{first} {last}", first, last, organisation,
                self.pick(words.ROLES) if rng.random() < 0.7 else "", city, how,
                self.pick(words.WHERE_WE_MET), added.date().isoformat(), introducer, stage,
                self.written(self.pick(words.WHAT_MATTERS), topic=self.topic()) if rng.random() < 0.5 else "",
                self.written(self.pick(words.HOW_I_COULD_HELP), topic=self.topic()) if rng.random() < 0.4 else "",
                rng.choice(CADENCES) if rng.random() < 0.12 else None,
                self.pick(words.PERSON_NOTES) if rng.random() < 0.3 else "",
                _stamp(added), _stamp(added), fold(f"{first} {last}"),
            ))
            contacts += self._contact_points(person_id, first, last, organisation, origin)
            changes += self._stage_path(person_id, stage, self.added[index])
        connection.executemany(
            "INSERT INTO person (id, display_name, first_name, last_name, organisation, role, city, "
            "how_we_met, where_we_met, met_on, introduced_by_id, stage, what_matters, how_i_could_help, "
            "cadence_days, notes, created_at, updated_at, sort_name) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            rows)
        connection.executemany("INSERT INTO contact_point (person_id, kind, label, value, position) "
                               "VALUES (?,?,?,?,?)", contacts)
        connection.executemany("INSERT INTO stage_change (person_id, changed_at, from_stage, to_stage) "
                               "VALUES (?,?,?,?)", changes)
        self._write_tags(rows)

    def _contact_points(self, person_id, first, last, organisation, origin) -> list[tuple]:
        rng, points = self.rng, []
        handle = f"{_ascii(first)}.{_ascii(last)}"
        if rng.random() < 0.75:
            domain = (f"{_ascii(organisation)[:18]}.{'fr' if origin == words.FRENCH else 'co.uk'}"
                      if organisation and rng.random() < 0.6 else rng.choice(words.DOMAINS))
            points.append((person_id, "email", "work" if organisation else "personal", f"{handle}@{domain}", 0))
        if rng.random() < 0.45:
            digits = rng.randrange(10_000_000, 99_999_999)
            number = (f"+33 6 {str(digits)[:2]} {str(digits)[2:4]} {str(digits)[4:6]} {str(digits)[6:]}"
                      if origin == words.FRENCH else f"+44 7700 {str(digits)[:6]}")
            points.append((person_id, "phone", "mobile", number, 0))
        if rng.random() < 0.25:
            points.append((person_id, "link", "LinkedIn",
                           f"https://www.linkedin.com/in/{handle.replace('.', '-')}-{person_id}", 0))
        return points

    def _stage_path(self, person_id: int, stage: str, added: int) -> list[tuple]:
        """Stage changes from "new" to `stage`, some steps skipped, in time order."""
        target = STAGES.index(stage)
        if target == 0:
            return []
        steps = sorted({target, *(s for s in range(1, target) if self.rng.random() < 0.6)})
        times = sorted(self.rng.randrange(added + 3600, self.span) for _ in steps)
        previous, changes = STAGES[0], []
        for step, seconds in zip(steps, times):
            changes.append((person_id, _stamp(self.at(seconds)), previous, STAGES[step]))
            previous = STAGES[step]
        return changes

    def _write_tags(self, people_rows: list[tuple]) -> None:
        connection, rng, tags = database.connection(), self.rng, words.TAGS[self.language]
        connection.executemany("INSERT INTO tag (id, name, cadence_days) VALUES (?,?,?)",
                               [(i + 1, name, cadence) for i, (name, cadence) in enumerate(tags)])
        clients_tag, partners_tag = 1, 2
        links = []
        for row in people_rows:
            person_id, stage = row[0], row[11]
            chosen = set(rng.sample(range(1, len(tags) + 1), rng.choice((0, 0, 1, 1, 2, 3))))
            if stage == "client":
                chosen.add(clients_tag)
            if stage == "partner":
                chosen.add(partners_tag)
            links += [(person_id, tag) for tag in sorted(chosen)]
        connection.executemany("INSERT INTO person_tag (person_id, tag_id) VALUES (?,?)", links)

    # ---- moments ------------------------------------------------------------------------------
    def write_moments(self, total: int) -> None:
        # The hot loop of a million moments: plain floats from random() rather than choice().
        draw, connection, latest = self.rng.random, database.connection(), self.latest_moment
        first, span, stamp = self.added[0], self.span, self.stamp
        times = sorted(first + int(draw() * (span - first)) for _ in range(total))
        kinds = self.rng.choices(list(KIND_WEIGHTS), list(KIND_WEIGHTS.values()), k=total)
        initiators = self.rng.choices(INITIATORS, INITIATOR_WEIGHTS, k=total)
        language = self.language
        summaries, topics = words.MOMENT_SUMMARIES[language], words.TOPICS[language]
        moment_notes = words.MOMENT_NOTES[language]
        for chunk_start in range(0, total, CHUNK):
            moment_rows, links = [], []
            for index in range(chunk_start, min(total, chunk_start + CHUNK)):
                moment_id, seconds, kind = index + 1, times[index], kinds[index]
                people = self._participants(bisect_right(self.added, seconds),
                                            2 if kind == "introduction" else None)
                lead = people[0] - 1
                templates = summaries[kind]
                summary = words.fill(
                    templates[int(draw() * len(templates))], language, city=self.cities[lead],
                    org=self.organisations[lead], topic=topics[int(draw() * len(topics))],
                    other=self.names[people[-1] - 1])
                notes = moment_notes[int(draw() * len(moment_notes))] if draw() < 0.25 else ""
                written = min(span, seconds + 300 + int(draw() * 36_000))
                moment_rows.append((moment_id, stamp(seconds), kind, initiators[index], summary, notes,
                                    stamp(written)))
                for person in people:
                    links.append((moment_id, person))
                    latest[person] = seconds
            connection.executemany(
                "INSERT INTO moment (id, happened_at, kind, initiated_by, summary, notes, created_at) "
                "VALUES (?,?,?,?,?,?,?)", moment_rows)
            connection.executemany("INSERT INTO moment_person (moment_id, person_id) VALUES (?,?)", links)

    def _participants(self, known: int, wanted: int | None) -> list[int]:
        """Ids among the `known` people added so far; long-standing people come up more often."""
        draw = self.rng.random
        if wanted is None:
            size = draw()
            wanted = 1 if size < 0.85 else 2 if size < 0.97 else 3
        wanted = min(wanted, known)
        chosen: list[int] = []
        while len(chosen) < wanted:
            person = int(known * draw() ** 1.4) + 1
            if person not in chosen:
                chosen.append(person)
        return chosen

    def write_last_moments(self) -> None:
        """Each person's latest moment, tracked while writing (moments go in oldest first)."""
        database.connection().executemany(
            "UPDATE person SET last_moment_at = ? WHERE id = ?",
            [(self.stamp(seconds), person) for person, seconds in sorted(self.latest_moment.items())])

    # ---- journal and follow-ups ---------------------------------------------------------------
    def write_journal(self) -> int:
        rng, entries, mentions = self.rng, [], []
        day = self.start.date()
        while day <= self.now.date():
            evening = datetime(day.year, day.month, day.day, 20, 30)
            if evening > self.now:
                break  # the journal is written in the evening: not yet today
            known = bisect_right(self.added, int((evening - self.start).total_seconds()))
            written, used = [], set()
            if rng.random() < 0.35:
                written += [("gratitude", position) for position in range(rng.choice((1, 2, 3, 3)))]
            if rng.random() < 0.08:
                written.append(("reflection", 0))
            for kind, position in written:
                entry_id = len(entries) + 1
                mentioned = rng.randrange(known) + 1 if known and rng.random() < 0.3 else None
                if kind == "reflection":
                    text = self.pick(words.REFLECTIONS)
                else:
                    usable = [template for template in words.GRATITUDES[self.language]
                              if ("{name}" in template) == (mentioned is not None) and template not in used]
                    template = rng.choice(usable)  # one day's lines all differ
                    used.add(template)
                    text = self.written(template, name=self.names[mentioned - 1].split()[0] if mentioned else "")
                if kind == "gratitude" and mentioned:
                    mentions.append((entry_id, mentioned))
                stamp = _stamp(evening)
                entries.append((entry_id, day.isoformat(), kind, position, text, stamp, stamp))
            day += timedelta(days=1)
        connection = database.connection()
        connection.executemany("INSERT INTO journal_entry (id, day, kind, position, text, created_at, "
                               "updated_at) VALUES (?,?,?,?,?,?,?)", entries)
        connection.executemany("INSERT INTO journal_entry_person (entry_id, person_id) VALUES (?,?)", mentions)
        return len(entries)

    def write_follow_ups(self) -> int:
        rng, rows = self.rng, []
        for _ in range(max(1, self.count // 8)):
            person = rng.randrange(self.count) + 1
            reason = self.written(self.pick(words.FOLLOW_UP_REASONS), topic=self.topic())
            if rng.random() < 0.7:
                due = self.at(rng.randrange(self.added[person - 1], self.span - 86_400))
                done = min(self.now, due + timedelta(hours=rng.randrange(0, 72)))
                expecting = rng.random() < 0.15
            else:
                due = self.now + timedelta(hours=rng.randrange(-10 * 24, 30 * 24))
                done, expecting = None, rng.random() < 0.3
            created = max(self.at(self.added[person - 1]), due - timedelta(days=rng.randrange(1, 30)))
            rows.append((person, reason, _stamp(due), int(expecting), _stamp(done) if done else None,
                         _stamp(min(created, self.now))))
        database.connection().executemany(
            "INSERT INTO follow_up (person_id, reason, due_at, expecting, done_at, created_at) "
            "VALUES (?,?,?,?,?,?)", rows)
        return len(rows)
