"""Numbered schema steps, tracked with `PRAGMA user_version`."""

from __future__ import annotations

from pathlib import Path
from typing import Callable

from peewee import SqliteDatabase

from relnote.db import schema_steps
from relnote.db.schema_steps import LATEST_STEP
from relnote.db.text_folding import fold


def _run_script(sql: str) -> Callable[[SqliteDatabase], None]:
    def step(db: SqliteDatabase) -> None:
        for statement in sql.split(";"):
            if statement.strip():
                db.execute_sql(statement)

    return step


def _step_5_sort_names(db: SqliteDatabase) -> None:
    db.register_function(fold, "fold", 1, deterministic=True)
    for statement in schema_steps.STEP_5_SORT_NAME:
        db.execute_sql(statement)


STEPS: list[Callable[[SqliteDatabase], None]] = [
    _run_script(schema_steps.STEP_1_PEOPLE_AND_MOMENTS),
    _run_script(schema_steps.STEP_2_JOURNAL_AND_FOLLOW_UPS),
    lambda db: [db.execute_sql(statement) for statement in schema_steps.STEP_3_SEARCH],
    lambda db: [db.execute_sql(statement) for statement in schema_steps.STEP_4_IMPORTED],
    _step_5_sort_names,
]


def schema_step(db: SqliteDatabase) -> int:
    return db.execute_sql("PRAGMA user_version").fetchone()[0]


def pending_steps(db: SqliteDatabase) -> int:
    return max(0, LATEST_STEP - schema_step(db))


def upgrade(db: SqliteDatabase, path: Path, target: int = LATEST_STEP) -> None:
    """Bring the notebook to `target`, each step in its own transaction."""
    from relnote.db.database import NotebookTooNewError

    current = schema_step(db)
    if current > LATEST_STEP:
        raise NotebookTooNewError(path, current, LATEST_STEP)
    for number in range(current + 1, target + 1):
        with db.atomic():
            STEPS[number - 1](db)
            db.execute_sql(f"PRAGMA user_version = {number}")
