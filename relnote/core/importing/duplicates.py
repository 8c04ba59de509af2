"""Finding the people of a file who are already in the notebook: same e-mail, or same name and
organisation (compared without case or accents). The same name alone may be a namesake: it is
offered too, and unless the user says otherwise the person is added."""

from __future__ import annotations

from dataclasses import dataclass

from relnote.core.importing.drafts import PersonDraft
from relnote.db import import_queries
from relnote.db.text_folding import fold

SAME_EMAIL = "same_email"
SAME_NAME_AND_ORGANISATION = "same_name_and_organisation"
SAME_NAME = "same_name"

MERGE = "merge"
SKIP = "skip"
ADD = "add"
CHOICES = (MERGE, SKIP, ADD)


@dataclass(frozen=True)
class DuplicateMatch:
    line: int
    name: str
    organisation: str
    email: str
    person_id: int
    person_name: str
    reason: str
    person_organisation: str = ""


def usual_choice(reason: str, choice: str) -> str:
    """What happens to a row found in the notebook when the user did not choose: a namesake is added."""
    return ADD if reason == SAME_NAME else choice


def _name_key(name: str, organisation: str) -> tuple[str, str]:
    return " ".join(fold(name).split()), " ".join(fold(organisation).split())


class DuplicateIndex:
    """The notebook's e-mails and names, loaded once per import."""

    def __init__(self) -> None:
        self.by_email: dict[str, int] = {}
        self.by_name: dict[tuple[str, str], int] = {}
        self.by_name_alone: dict[str, int] = {}
        for person_id, value in import_queries.email_addresses():
            self.by_email.setdefault(value.strip().casefold(), person_id)
        for person_id, name, organisation in import_queries.people_names_and_organisations():
            key = _name_key(name, organisation)
            self.by_name.setdefault(key, person_id)
            self.by_name_alone.setdefault(key[0], person_id)

    def find(self, draft: PersonDraft) -> tuple[int, str, str] | None:
        """(person id, reason, the e-mail that matched) or None."""
        if self.by_email:
            for _label, value in draft.emails:
                person_id = self.by_email.get(value.strip().casefold())
                if person_id is not None:
                    return person_id, SAME_EMAIL, value
        if self.by_name:
            key = _name_key(draft.display_name, draft.organisation)
            person_id = self.by_name.get(key)
            if person_id is not None:
                return person_id, SAME_NAME_AND_ORGANISATION, ""
            person_id = self.by_name_alone.get(key[0])
            if person_id is not None:
                return person_id, SAME_NAME, ""
        return None

    def match(self, draft: PersonDraft) -> DuplicateMatch | None:
        found = self.find(draft)
        if found is None:
            return None
        person_id, reason, email = found
        return DuplicateMatch(draft.line, draft.display_name, draft.organisation,
                              email or (draft.emails[0][1] if draft.emails else ""), person_id,
                              import_queries.display_name_of(person_id) or "", reason,
                              import_queries.organisation_of(person_id))
