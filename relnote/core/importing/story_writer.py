"""Moments, journal entries and follow-ups from Relnote's own exports, tied to the notebook's people."""

from __future__ import annotations

from datetime import datetime

from relnote.core.importing import targets as t
from relnote.core.importing.errors import ROW_UNKNOWN_PERSON, RowProblem
from relnote.core.importing.people_writer import stamp
from relnote.core.importing.relnote_rows import FollowUpDraft, JournalDraft, MomentDraft, PersonRef
from relnote.db import import_queries as q


class PeopleResolver:
    """A person of the export, found again: by the same ID and name, else by a name nobody else has."""

    def __init__(self) -> None:
        self.cache: dict[PersonRef, int | None] = {}

    def resolve(self, ref: PersonRef) -> int | None:
        if ref not in self.cache:
            self.cache[ref] = self._find(ref)
        return self.cache[ref]

    @staticmethod
    def _find(ref: PersonRef) -> int | None:
        if ref.source_id is not None:
            name = q.display_name_of(ref.source_id)
            if name is not None and (not ref.name or name == ref.name):
                return ref.source_id
        if ref.name:
            found = q.people_named(ref.name)
            if len(found) == 1:
                return found[0]
        return None

    def resolve_all(self, line: int, refs: list[PersonRef]) -> tuple[list[int], list[RowProblem]]:
        ids, problems = [], []
        for ref in refs:
            person_id = self.resolve(ref)
            if person_id is None:
                label = ref.name or (str(ref.source_id) if ref.source_id is not None else "")
                problems.append(RowProblem(line, ROW_UNKNOWN_PERSON, value=label))
            else:
                ids.append(person_id)
        return list(dict.fromkeys(ids)), problems


class StoryWriter:
    """`check` finds problems and already-present rows; `write` adds a row (in the caller's transaction)."""

    def __init__(self, kind: str, now: datetime):
        self.kind = kind
        self.now = stamp(now)
        self.resolver = PeopleResolver()
        self.touched: set[int] = set()

    def check(self, draft) -> tuple[list[RowProblem], bool, list[int]]:
        """(problems, already in the notebook, people ids)."""
        refs = [draft.person] if isinstance(draft, FollowUpDraft) else draft.people
        ids, problems = self.resolver.resolve_all(draft.line, refs)
        if problems:
            return problems, False, ids
        return [], self._exists(draft, ids), ids

    def _exists(self, draft, ids: list[int]) -> bool:
        if isinstance(draft, MomentDraft):
            return q.moment_exists(stamp(draft.happened_at), draft.kind, draft.summary, ids)
        if isinstance(draft, JournalDraft):
            return q.journal_entry_exists(draft.day.isoformat(), draft.kind, draft.position, draft.text, ids)
        return q.follow_up_exists(ids[0], draft.reason, stamp(draft.due_at))

    def write(self, draft, ids: list[int]) -> None:
        if isinstance(draft, MomentDraft):
            q.insert_moment((stamp(draft.happened_at), draft.kind, draft.initiated_by, draft.summary,
                             draft.notes, stamp(draft.created_at) or self.now), ids)
            self.touched.update(ids)
        elif isinstance(draft, JournalDraft):
            created = stamp(draft.created_at) or self.now
            q.insert_journal_entry((draft.day.isoformat(), draft.kind, draft.position, draft.text, created,
                                    stamp(draft.updated_at) or created), ids)
        else:
            q.insert_follow_up((ids[0], draft.reason, stamp(draft.due_at), int(draft.expecting),
                                stamp(draft.done_at), stamp(draft.notified_at),
                                stamp(draft.created_at) or self.now))

    def finish(self) -> None:
        if self.kind == t.MOMENTS and self.touched:
            q.refresh_last_moments(sorted(self.touched))
