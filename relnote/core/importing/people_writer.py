"""Adding and merging imported people in bulk, inside the caller's transaction."""

from __future__ import annotations

from datetime import datetime

from relnote.core.importing.drafts import PersonDraft
from relnote.core.people import normalise_tags
from relnote.core.vocabulary import CONTACT_KINDS
from relnote.db import import_queries as q
from relnote.db.text_folding import fold

BATCH_SIZE = 2000
ADDED_TO_TEXT = ("what_matters", "how_i_could_help", "notes")
KEPT_IN_NOTES_WHEN_DIFFERENT = tuple(name for name in q.MERGEABLE_TEXT if name not in ADDED_TO_TEXT)


def stamp(moment: datetime | None) -> str | None:
    return None if moment is None else str(moment.replace(microsecond=0))


class PeopleWriter:
    def __init__(self, now: datetime, exact: bool):
        self.now = stamp(now)
        self.exact = exact
        self.connection = q.connection()
        self.next_id = q.max_person_id() + 1
        self.taken = q.person_ids() if exact else set()
        self.tags = {name.casefold(): tag_id for name, tag_id in q.tag_ids().items()}
        self.people: list[tuple] = []
        self.contacts: list[tuple] = []
        self.person_tags: list[tuple] = []
        self.stage_changes: list[tuple] = []
        self.by_source_id: dict[int, int] = {}
        self.introductions: list[tuple[int, int]] = []

    def _new_id(self, source_id: int | None) -> int:
        if source_id is not None and source_id not in self.taken:
            chosen = source_id
        else:
            while self.next_id in self.taken:
                self.next_id += 1
            chosen = self.next_id
            self.next_id += 1
        if self.exact:
            self.taken.add(chosen)
        return chosen

    def _tag_id(self, name: str) -> int:
        key = name.casefold()
        tag_id = self.tags.get(key)
        if tag_id is None:
            tag_id = self.tags[key] = q.create_tag(name)
        return tag_id

    def _remember(self, draft: PersonDraft, person_id: int) -> None:
        if draft.source_id is not None:
            self.by_source_id[draft.source_id] = person_id
        if draft.introduced_by_source_id is not None:
            self.introductions.append((person_id, draft.introduced_by_source_id))

    def _contact_entries(self, entries: list[tuple[str, str]]) -> list[tuple[str, str]]:
        if self.exact or len(entries) < 2:
            return entries
        unique: dict[str, tuple[str, str]] = {}
        for label, value in entries:
            unique.setdefault(value.casefold(), (label, value))
        return list(unique.values())

    def add(self, draft: PersonDraft) -> int:
        person_id = self._new_id(draft.source_id)
        created = stamp(draft.created_at) or self.now
        self.people.append((
            person_id, draft.display_name, draft.first_name, draft.last_name, draft.organisation, draft.role,
            draft.city, draft.how_we_met, draft.where_we_met,
            draft.met_on.isoformat() if draft.met_on else None, draft.stage, draft.what_matters,
            draft.how_i_could_help, draft.cadence_days, draft.notes, created,
            stamp(draft.updated_at) or created, stamp(draft.archived_at), self._imported_at(draft),
            fold(draft.display_name),
        ))
        for kind, entries in (("email", draft.emails), ("phone", draft.phones), ("link", draft.links)):
            if entries:
                for position, (label, value) in enumerate(self._contact_entries(entries)):
                    self.contacts.append((person_id, kind, label, value, position))
        if draft.tags:
            for name in normalise_tags(draft.tags):
                self.person_tags.append((person_id, self._tag_id(name)))
        self.stage_changes.extend((person_id, stamp(at), old, new) for at, old, new in draft.stage_history)
        self._remember(draft, person_id)
        if len(self.people) >= BATCH_SIZE:
            self.flush()
        return person_id

    def _imported_at(self, draft: PersonDraft):
        """Relnote's own export is restored as it was; anyone else's contacts came in now."""
        return stamp(draft.imported_at) if self.exact else self.now

    def merge(self, draft: PersonDraft, person_id: int) -> bool:
        """Fill the person's empty fields and add the e-mails, phones, links and tags they lack. Where
        the file says something else than the notebook, the notebook's value stays and the file's is
        added to the notes under the file's own heading: True when that happened."""
        self.flush()
        current = q.mergeable_fields(person_id)
        differing = self._differing(draft, current)
        from_file = {name: getattr(draft, name) for name in q.MERGEABLE_TEXT}
        from_file["notes"] = "\n".join(part for part in (draft.notes.strip(), differing) if part)
        changes = {name: value for name, value in from_file.items() if not current.get(name) and value}
        for name in ADDED_TO_TEXT:  # free text is never dropped: what the file says follows what was there
            theirs, ours = from_file[name].strip(), current.get(name) or ""
            if ours and theirs and theirs.casefold() not in ours.casefold():
                changes[name] = f"{ours.rstrip()}\n\n{theirs}"
        if current.get("met_on") is None and draft.met_on is not None:
            changes["met_on"] = draft.met_on.isoformat()
        if current.get("cadence_days") is None and draft.cadence_days is not None:
            changes["cadence_days"] = draft.cadence_days
        changes["updated_at"] = self.now
        q.update_person_fields(person_id, changes)
        known: dict[str, set[str]] = {kind: set() for kind in CONTACT_KINDS}
        next_position = dict.fromkeys(CONTACT_KINDS, 0)
        for kind, value, position in q.contact_values(person_id):
            known[kind].add(value.casefold())
            next_position[kind] = max(next_position[kind], position + 1)
        for kind in CONTACT_KINDS:
            for label, value in self._contact_entries(draft.contacts(kind)):
                if value.casefold() not in known[kind]:
                    known[kind].add(value.casefold())
                    self.contacts.append((person_id, kind, label, value, next_position[kind]))
                    next_position[kind] += 1
        for name in normalise_tags(draft.tags):
            self.person_tags.append((person_id, self._tag_id(name)))
        self._remember(draft, person_id)
        return bool(differing) and "notes" in changes

    @staticmethod
    def _differing(draft: PersonDraft, current: dict) -> str:
        """'Company: Studio Nord' lines for what the file says differently from the notebook."""
        lines = []
        for name in KEPT_IN_NOTES_WHEN_DIFFERENT:
            theirs, ours = getattr(draft, name).strip(), current.get(name) or ""
            if theirs and ours and fold(theirs) != fold(ours):
                lines.append(f"{draft.headers.get(name, name)}: {theirs}")
        met_on = current.get("met_on")
        if draft.met_on is not None and met_on is not None and str(met_on) != draft.met_on.isoformat():
            lines.append(f"{draft.headers.get('met_on', 'met_on')}: {draft.met_on.isoformat()}")
        return "\n".join(lines)

    def flush(self) -> None:
        if self.people:
            self.connection.executemany(q.INSERT_PERSON, self.people)
        if self.contacts:
            self.connection.executemany(q.INSERT_CONTACT_POINT, self.contacts)
        if self.person_tags:
            self.connection.executemany(q.INSERT_PERSON_TAG, self.person_tags)
        if self.stage_changes:
            self.connection.executemany(q.INSERT_STAGE_CHANGE, self.stage_changes)
        self.people, self.contacts, self.person_tags, self.stage_changes = [], [], [], []

    def finish(self) -> None:
        self.flush()
        pairs = [(self.by_source_id[source], person_id) for person_id, source in self.introductions
                 if source in self.by_source_id and self.by_source_id[source] != person_id]
        if pairs:
            q.set_introducers(pairs)
