"""Words the command line prints (it runs without Qt, in English)."""

from __future__ import annotations


def plural(count: int, one: str, many: str) -> str:
    """"1 day", "3 days", with the count grouped by thousands: "1,204 people"."""
    return f"{count:,} {one if count == 1 else many}"
