"""The journey: how many people are at each stage, who moved forward lately, where clients came from."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import datetime, timedelta

from relnote.core.vocabulary import STAGES
from relnote.db.today_queries import origins_of, stage_changes_since, stage_counts
from relnote.db.text_folding import fold

FORWARD_WINDOW_DAYS = 90
CLIENT_STAGES = ("client",)

INTRODUCED = "introduced"
THEY_REACHED_OUT = "them"
I_REACHED_OUT = "me"
BOTH_REACHED_OUT = "both"
NO_MOMENT_YET = "unknown"


@dataclass(frozen=True)
class ClientOrigin:
    """`how` is INTRODUCED (with the introducer), or who reached out first in the first moment."""
    how: str
    count: int
    introducer_id: int | None = None
    introducer_name: str = ""


@dataclass(frozen=True)
class Journey:
    at_stage: dict[str, int]
    moved_forward: int
    moved_forward_to: dict[str, int]
    client_origins: list[ClientOrigin]


def is_forward(from_stage: str, to_stage: str) -> bool:
    if from_stage not in STAGES or to_stage not in STAGES:
        return False
    return STAGES.index(to_stage) > STAGES.index(from_stage)


def moved_forward(now: datetime, days: int = FORWARD_WINDOW_DAYS) -> tuple[int, dict[str, int]]:
    """People whose stage went forward in the last `days` days, counted once each (at the furthest
    stage they reached in that time), and how many reached each stage."""
    furthest: dict[int, str] = {}
    for person_id, from_stage, to_stage in stage_changes_since(now - timedelta(days=days)):
        if is_forward(from_stage, to_stage):
            best = furthest.get(person_id)
            if best is None or STAGES.index(to_stage) > STAGES.index(best):
                furthest[person_id] = to_stage
    return len(furthest), dict(Counter(furthest.values()))


def client_origins() -> list[ClientOrigin]:
    """Where clients came from: the person who introduced them, else who reached out first."""
    introducers: Counter = Counter()
    names: dict[int, str] = {}
    reached: Counter = Counter()
    for _, introducer_id, introducer_name, first_initiator in origins_of(CLIENT_STAGES):
        if introducer_id is not None:
            introducers[introducer_id] += 1
            names[introducer_id] = introducer_name
        else:
            reached[first_initiator or NO_MOMENT_YET] += 1
    origins = [ClientOrigin(INTRODUCED, count, pid, names[pid]) for pid, count in introducers.items()]
    origins += [ClientOrigin(how, count) for how, count in reached.items()]
    origins.sort(key=lambda origin: (-origin.count, origin.how != INTRODUCED, fold(origin.introducer_name),
                                     origin.how))
    return origins


def journey(now: datetime) -> Journey:
    counts = stage_counts()
    forward, forward_to = moved_forward(now)
    return Journey({stage: counts.get(stage, 0) for stage in STAGES}, forward, forward_to, client_origins())
