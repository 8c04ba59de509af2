"""Whether an e-mail, phone or link looks like one. A warning only: what the user typed is kept."""

from __future__ import annotations

import re

NOT_AN_EMAIL, NOT_A_PHONE, NOT_A_LINK = "not_an_email", "not_a_phone", "not_a_link"

_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s.]{2,}")
_PHONE = re.compile(r"\+?[\d\s().\-/]+((ext\.?|extension|poste|x)\s*\d+)?", re.IGNORECASE)
_PHONE_DIGITS = 4


def contact_problem(kind: str, value: str) -> str | None:
    """NOT_AN_EMAIL, NOT_A_PHONE or NOT_A_LINK when `value` does not look like its kind; None if it does
    or is empty."""
    value = value.strip()
    if not value:
        return None
    if kind == "email" and not _EMAIL.fullmatch(value):
        return NOT_AN_EMAIL
    if kind == "phone" and not (_PHONE.fullmatch(value) and sum(ch.isdigit() for ch in value) >= _PHONE_DIGITS):
        return NOT_A_PHONE
    if kind == "link" and (any(ch.isspace() for ch in value) or "." not in value):
        return NOT_A_LINK
    return None
