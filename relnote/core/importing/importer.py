"""The import itself: a scan that finds problems and duplicates without writing, and an apply that
writes everything inside one transaction, or nothing at all (invalid rows, Cancel, any error)."""

from __future__ import annotations

from contextlib import AbstractContextManager, nullcontext
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Callable

from relnote.core.importing import targets as t
from relnote.core.importing.drafts import PersonDraft
from relnote.core.importing.duplicates import (
    ADD, CHOICES, MERGE, SKIP, DuplicateIndex, DuplicateMatch, usual_choice,
)
from relnote.core.importing.errors import FILE_NO_ROWS, ImportCancelled, ImportFileError, ProblemList, RowProblem
from relnote.core.importing.people_writer import PeopleWriter
from relnote.core.importing.rows import SourceReader
from relnote.core.importing.source import ImportSource, inspect_file
from relnote.core.importing.story_writer import StoryWriter
from relnote.db.database import database
from relnote.db.search import JOURNAL_INDEX, MOMENT_INDEX, PERSON_INDEX, indexing_deferred

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
CHECK_EVERY_ROWS = 512
DEFER_INDEXING_BYTES = 512 * 1024


@dataclass
class ScanReport:
    kind: str
    rows: int = 0
    problems: list[RowProblem] = field(default_factory=list)
    problem_count: int = 0
    invalid_rows: int = 0
    duplicates: list[DuplicateMatch] = field(default_factory=list)
    already_present: int = 0
    not_people: int = 0

    @property
    def valid_rows(self) -> int:
        return self.rows - self.invalid_rows


@dataclass
class ImportSummary:
    kind: str
    added: int = 0
    merged: int = 0
    skipped_duplicates: int = 0
    skipped_invalid: int = 0
    already_present: int = 0
    not_people: int = 0
    differing_kept_in_notes: int = 0  # people merged whose file values differed: kept in their notes
    dry_run: bool = False
    problems: list[RowProblem] = field(default_factory=list)


class _DryRunDone(Exception):
    pass


def _walk(source: ImportSource, handle: Callable, progress: Progress | None,
          cancelled: Cancelled | None) -> tuple[ProblemList, int, int]:
    """Feed each row to `handle(draft) -> problems`; returns (problems, rows, rows that are no person)."""
    problems = ProblemList()
    rows = not_people = 0
    total = max(source.size, 1)
    with SourceReader(source) as reader:
        for count, result in enumerate(reader):
            if count % CHECK_EVERY_ROWS == 0:
                if cancelled is not None and cancelled():
                    raise ImportCancelled
                if progress is not None:
                    progress(reader.position(), total)
            if result is None:
                not_people += 1
                continue
            rows += 1
            found = result if isinstance(result, list) else handle(result, bool(problems))
            for problem in found or ():
                problems.add(problem)
    if progress is not None:
        progress(total, total)
    if rows == 0:  # a header and nothing under it: better said than "0 added"
        raise ImportFileError(FILE_NO_ROWS, source.path)
    return problems, rows, not_people


def scan_source(source: ImportSource, progress: Progress | None = None,
                cancelled: Cancelled | None = None) -> ScanReport:
    """Read the whole file once, writing nothing: its problems, and the people already in the notebook."""
    report = ScanReport(source.kind)
    if source.kind == t.PEOPLE:
        index = DuplicateIndex()

        def handle(draft: PersonDraft, _invalid_so_far: bool):
            match = index.match(draft)
            if match is not None:
                report.duplicates.append(match)
    else:
        writer = StoryWriter(source.kind, datetime.now())

        def handle(draft, _invalid_so_far: bool):
            problems, exists, _ids = writer.check(draft)
            report.already_present += int(exists and not problems)
            return problems

    problems, report.rows, report.not_people = _walk(source, handle, progress, cancelled)
    report.problems, report.problem_count, report.invalid_rows = problems.kept, problems.total, problems.rows
    return report


def apply_import(source: ImportSource, now: datetime, decisions: dict[int, str] | None = None,
                 duplicates: str = MERGE, skip_invalid: bool = False, dry_run: bool = False,
                 progress: Progress | None = None, cancelled: Cancelled | None = None,
                 before_writing: Callable[[], AbstractContextManager] | None = None) -> ImportSummary:
    """Import the file in one transaction. `decisions` maps a duplicate's line to merge/skip/add;
    the others get `duplicates`. Unless it is a dry run, the writing happens inside the context
    `before_writing()` returns (the app's before-import backup, kept only if the import lands).
    Raises InvalidRowsError, ImportCancelled or ImportFileError, and then the notebook is exactly
    as it was."""
    if duplicates not in CHOICES:
        raise ValueError(duplicates)
    decisions = decisions or {}
    summary = ImportSummary(source.kind, dry_run=dry_run)
    guard = before_writing() if before_writing is not None and not dry_run else nullcontext()
    try:
        with guard, database.atomic("IMMEDIATE"):  # wait for another writer instead of failing at once
            if source.kind == t.PEOPLE:
                problems = _apply_people(source, now, decisions, duplicates, skip_invalid, summary,
                                         progress, cancelled)
            else:
                problems = _apply_story(source, now, skip_invalid, summary, progress, cancelled)
            if problems and not skip_invalid:
                raise problems.error()
            summary.skipped_invalid = problems.rows
            summary.problems = problems.kept
            if dry_run:
                raise _DryRunDone
    except _DryRunDone:
        pass
    return summary


def _search_indexing(source: ImportSource, index: str):
    """Large files skip the search triggers row by row and re-index once at the end (much faster);
    small ones keep the triggers, which is cheaper than re-indexing a large notebook."""
    return indexing_deferred(index) if source.size >= DEFER_INDEXING_BYTES else nullcontext()


def _apply_people(source, now, decisions, default_choice, skip_invalid, summary, progress, cancelled):
    with _search_indexing(source, PERSON_INDEX):
        return _write_people(source, now, decisions, default_choice, skip_invalid, summary, progress, cancelled)


def _write_people(source, now, decisions, default_choice, skip_invalid, summary, progress, cancelled):
    index = DuplicateIndex()
    writer = PeopleWriter(now, exact=source.format == t.RELNOTE)

    def handle(draft: PersonDraft, invalid_so_far: bool):
        if invalid_so_far and not skip_invalid:
            return None
        found = index.find(draft)
        choice = ADD if found is None else decisions.get(draft.line, usual_choice(found[1], default_choice))
        if choice == ADD:
            writer.add(draft)
            summary.added += 1
        elif choice == MERGE:
            if writer.merge(draft, found[0]):
                summary.differing_kept_in_notes += 1
            summary.merged += 1
        elif choice == SKIP:
            summary.skipped_duplicates += 1
        return None

    problems, _rows, summary.not_people = _walk(source, handle, progress, cancelled)
    writer.finish()
    return problems


def _apply_story(source, now, skip_invalid, summary, progress, cancelled):
    indexes = {t.MOMENTS: MOMENT_INDEX, t.JOURNAL: JOURNAL_INDEX}
    if source.kind not in indexes:
        return _write_story(source, now, skip_invalid, summary, progress, cancelled)
    with _search_indexing(source, indexes[source.kind]):
        return _write_story(source, now, skip_invalid, summary, progress, cancelled)


def _write_story(source, now, skip_invalid, summary, progress, cancelled):
    writer = StoryWriter(source.kind, now)

    def handle(draft, invalid_so_far: bool):
        problems, exists, ids = writer.check(draft)
        if problems:
            return problems
        if exists:
            summary.already_present += 1
        elif skip_invalid or not invalid_so_far:
            writer.write(draft, ids)
            summary.added += 1
        return None

    problems, _rows, _none = _walk(source, handle, progress, cancelled)
    writer.finish()
    return problems


def import_file(path: Path | str, now: datetime, fmt: str | None = None, encoding: str | None = None,
                delimiter: str | None = None, duplicates: str = MERGE, skip_invalid: bool = False,
                dry_run: bool = False, progress: Progress | None = None,
                cancelled: Cancelled | None = None,
                before_writing: Callable[[], object] | None = None,
                day_first: bool | None = None) -> ImportSummary:
    """Import a file into the open notebook in one pass, without any window (command line, benchmarks).
    `day_first` says how the file writes 03/04/2024; None reads it from the file's dates."""
    source = inspect_file(path, encoding=encoding, delimiter=delimiter, fmt=fmt)
    if day_first is not None:
        source = source.with_day_first(day_first)
    return apply_import(source, now, duplicates=duplicates, skip_invalid=skip_invalid, dry_run=dry_run,
                        progress=progress, cancelled=cancelled, before_writing=before_writing)
